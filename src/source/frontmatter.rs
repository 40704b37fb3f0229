//! Splitting a Markdown file into its YAML front matter (between `---` lines) and body.

/// The two parts of a content file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FrontMatter<'a> {
    /// The YAML between the fences; `None` when the file has no front matter.
    pub yaml: Option<&'a str>,
    /// The 1-based line of the first YAML line.
    pub yaml_line: usize,
    pub body: &'a str,
    /// The 1-based line where the body starts.
    pub body_line: usize,
}

/// The opening `---` has no closing line.
#[derive(Debug, PartialEq, Eq)]
pub struct Unclosed;

/// Splits normalised text (`\n` line endings, no BOM). A file that does not start with a
/// `---` line has no front matter; one that opens it but never closes it is an error.
pub fn split_front_matter(text: &str) -> Result<FrontMatter<'_>, Unclosed> {
    let first_end = text.find('\n').unwrap_or(text.len());
    if text[..first_end].trim_end() != "---" {
        return Ok(FrontMatter {
            yaml: None,
            yaml_line: 1,
            body: text,
            body_line: 1,
        });
    }
    let yaml_start = (first_end + 1).min(text.len());
    let mut line_start = yaml_start;
    let mut line_no = 2;
    while line_start < text.len() {
        let line_end = text[line_start..]
            .find('\n')
            .map_or(text.len(), |i| line_start + i);
        let line = text[line_start..line_end].trim_end();
        if line == "---" || line == "..." {
            let body_start = (line_end + 1).min(text.len());
            return Ok(FrontMatter {
                yaml: Some(&text[yaml_start..line_start]),
                yaml_line: 2,
                body: &text[body_start..],
                body_line: line_no + 1,
            });
        }
        line_start = line_end + 1;
        line_no += 1;
    }
    Err(Unclosed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_yaml_and_body_with_line_numbers() {
        let fm = split_front_matter("---\ntitle: A\n---\n# Body\n").unwrap();
        assert_eq!(fm.yaml, Some("title: A\n"));
        assert_eq!(fm.body, "# Body\n");
        assert_eq!((fm.yaml_line, fm.body_line), (2, 4));
    }

    #[test]
    fn no_fence_means_no_front_matter() {
        let fm = split_front_matter("# Only body\n").unwrap();
        assert_eq!(fm.yaml, None);
        assert_eq!(fm.body, "# Only body\n");
        let hr = split_front_matter("----\nx\n").unwrap();
        assert_eq!(hr.yaml, None);
    }

    #[test]
    fn unclosed_fence_is_an_error() {
        assert_eq!(split_front_matter("---\ntitle: A\n# Body\n"), Err(Unclosed));
        assert_eq!(split_front_matter("---"), Err(Unclosed));
    }

    #[test]
    fn empty_front_matter_and_empty_file() {
        let fm = split_front_matter("---\n---\n").unwrap();
        assert_eq!((fm.yaml, fm.body), (Some(""), ""));
        let empty = split_front_matter("").unwrap();
        assert_eq!(empty.yaml, None);
    }
}
