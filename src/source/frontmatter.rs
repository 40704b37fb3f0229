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

/// Property tests: any text splits without panicking, and the parts put back together
/// are the file (so line numbers in diagnostics count the real lines).
#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Lines that matter to the splitter (fences, near-fences, YAML, blank, multibyte)
    /// joined with `\n`, sometimes with a trailing newline.
    fn file_text() -> impl Strategy<Value = String> {
        let line = prop_oneof![
            Just("---".to_string()),
            Just("--- ".to_string()),
            Just("...".to_string()),
            Just("----".to_string()),
            Just(" ---".to_string()),
            Just(String::new()),
            "[a-z_]{1,6}: [^\n]{0,12}",
            "[^\n]{0,16}",
        ];
        (prop::collection::vec(line, 0..10), any::<bool>()).prop_map(|(lines, newline)| {
            let mut text = lines.join("\n");
            if newline {
                text.push('\n');
            }
            text
        })
    }

    fn check_split(text: &str) -> Result<(), TestCaseError> {
        let first_line = text.split('\n').next().unwrap_or_default();
        match split_front_matter(text) {
            Ok(fm) => match fm.yaml {
                None => {
                    prop_assert_eq!(fm.body, text);
                    prop_assert_eq!(fm.body_line, 1);
                    prop_assert!(first_line.trim_end() != "---");
                }
                Some(yaml) => {
                    prop_assert_eq!(first_line.trim_end(), "---");
                    prop_assert_eq!(fm.yaml_line, 2);
                    // fence, YAML, closing fence and body are the whole file, in order.
                    let yaml_start = first_line.len() + 1;
                    prop_assert_eq!(&text[yaml_start..yaml_start + yaml.len()], yaml);
                    prop_assert!(text.ends_with(fm.body));
                    let closing = &text[yaml_start + yaml.len()..text.len() - fm.body.len()];
                    let closing_trimmed = closing.trim_end_matches('\n').trim_end();
                    prop_assert!(
                        closing_trimmed == "---" || closing_trimmed == "...",
                        "closing fence {:?}",
                        closing
                    );
                    prop_assert!(yaml.is_empty() || yaml.ends_with('\n'));
                    prop_assert!(
                        !yaml
                            .split('\n')
                            .any(|l| l.trim_end() == "---" || l.trim_end() == "...")
                    );
                    // The body starts on the line after the closing fence.
                    let before_body = &text[..text.len() - fm.body.len()];
                    let lines_before = before_body.matches('\n').count();
                    let expected = if before_body.ends_with('\n') {
                        lines_before + 1
                    } else {
                        lines_before + 2
                    };
                    prop_assert_eq!(fm.body_line, expected);
                }
            },
            Err(Unclosed) => {
                prop_assert_eq!(first_line.trim_end(), "---");
                prop_assert!(
                    !text
                        .split('\n')
                        .skip(1)
                        .any(|l| l.trim_end() == "---" || l.trim_end() == "...")
                );
            }
        }
        Ok(())
    }

    proptest! {
        #[test]
        fn any_text_splits_without_panicking(text in any::<String>()) {
            let _ = split_front_matter(&text);
        }

        #[test]
        fn split_parts_are_the_file_in_order(text in file_text()) {
            check_split(&text)?;
        }

        #[test]
        fn front_matter_with_multibyte_and_carriage_returns(
            yaml in "[^\n]{0,20}(\n[^\n]{0,20}){0,3}",
            body in any::<String>(),
            fence_space in "[ \t\r]{0,2}",
        ) {
            let text = format!("---{fence_space}\n{yaml}\n---{fence_space}\n{body}");
            check_split(&text)?;
        }
    }
}
