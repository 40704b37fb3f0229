//! What a content file's name says: its role and its language.
//!
//! `x.md` is a page in the default language and `x.en.md` its English translation;
//! `_index.md` describes the section (folder) it is in; `index.md` makes its folder a
//! page bundle whose other files are the page's assets.

use crate::config::is_language_code;
use crate::suggest::all_of;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    /// `_index.md`: the folder is a section.
    Section,
    /// `name.md`: a page.
    Page,
    /// `name/index.md`: the folder is a page with assets.
    Bundle,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileName {
    pub role: Role,
    /// The language from the suffix, `None` for the default language.
    pub lang: Option<String>,
    /// The folder of the section, or of the page's parent, relative to content/ ("" at the top).
    pub dir: String,
    /// The page's name (file stem or bundle folder name); "" for sections.
    pub stem: String,
}

impl FileName {
    /// Identifies the page or section across languages (`dau-tu/x`, `dau-tu/_index`).
    pub fn key(&self) -> String {
        match self.role {
            Role::Section if self.dir.is_empty() => "_index".to_string(),
            Role::Section => format!("{}/_index", self.dir),
            _ if self.dir.is_empty() => self.stem.clone(),
            _ => format!("{}/{}", self.dir, self.stem),
        }
    }
}

#[derive(Debug)]
pub struct NameError {
    pub message: String,
    pub help: String,
}

/// A `.yaml` file under content/ (outside `_data/`) is a record page: one file holding a
/// page in every language.
pub fn is_record_name(rel: &str) -> bool {
    rel.ends_with(".yaml") || rel.ends_with(".yml")
}

/// Reads `rel` (`dau-tu/x.en.md`, `doi-tac/x.yaml`), given the declared language codes.
pub fn parse_file_name(rel: &str, languages: &[&str]) -> Result<FileName, NameError> {
    let (dir, file) = match rel.rfind('/') {
        Some(i) => (&rel[..i], &rel[i + 1..]),
        None => ("", rel),
    };
    if is_record_name(rel) {
        let stem = file.trim_end_matches(".yaml").trim_end_matches(".yml");
        if let Some((_, suffix)) = stem.rsplit_once('.')
            && (languages.contains(&suffix) || is_language_code(suffix))
        {
            return Err(NameError {
                message: "a `.yaml` record page holds every language in one file, so its name has no language".into(),
                help: format!("rename it without `.{suffix}` and write translated fields as `title: {{ vi: \"…\", en: \"…\" }}`"),
            });
        }
        if stem == "_index" || stem == "index" {
            return Err(NameError {
                message: "a section or page folder is written in Markdown (`_index.md`, `index.md`), not as a `.yaml` record".into(),
                help: "rename the file, or write it as Markdown with front matter".into(),
            });
        }
        return Ok(FileName {
            role: Role::Page,
            lang: None,
            dir: dir.to_string(),
            stem: stem.to_string(),
        });
    }
    let base = file.strip_suffix(".md").unwrap_or(file);
    if let Some((stem, suffix)) = base.rsplit_once('.')
        && suffix != suffix.to_lowercase()
        && (languages.contains(&suffix.to_lowercase().as_str())
            || is_language_code(&suffix.to_lowercase()))
    {
        return Err(NameError {
            message: format!(
                "the language in a file name is written in lower case, but this one is `{suffix}`"
            ),
            help: format!("rename the file to `{stem}.{}.md`", suffix.to_lowercase()),
        });
    }
    let (stem, lang) = match base.rsplit_once('.') {
        Some((stem, suffix)) if languages.contains(&suffix) => (stem, Some(suffix.to_string())),
        Some((_, suffix)) if is_language_code(suffix) => {
            return Err(NameError {
                message: format!(
                    "the file name says its language is `{suffix}`, but site.yaml does not declare that language"
                ),
                help: format!(
                    "declare `{suffix}` under `languages:` in site.yaml, or rename the file (the languages are {})",
                    all_of(languages)
                ),
            });
        }
        _ => (base, None),
    };
    let default = languages.first().copied();
    let lang = lang.filter(|l| Some(l.as_str()) != default);
    let name = match stem {
        "_index" => FileName {
            role: Role::Section,
            lang,
            dir: dir.to_string(),
            stem: String::new(),
        },
        "index" => {
            let (parent, folder) = match dir.rfind('/') {
                Some(i) => (&dir[..i], &dir[i + 1..]),
                None => ("", dir),
            };
            if folder.is_empty() {
                return Err(NameError {
                    message: "`index.md` at the top of content/ would be a page without a name"
                        .into(),
                    help: "the home page is `content/_index.md`".into(),
                });
            }
            FileName {
                role: Role::Bundle,
                lang,
                dir: parent.to_string(),
                stem: folder.to_string(),
            }
        }
        _ => FileName {
            role: Role::Page,
            lang,
            dir: dir.to_string(),
            stem: stem.to_string(),
        },
    };
    Ok(name)
}

/// Files an editor or the system leaves beside content: hidden files, backups, swap files.
pub fn is_ignored_name(name: &str) -> bool {
    name.starts_with('.')
        || name.ends_with('~')
        || (name.starts_with('#') && name.ends_with('#'))
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".swo")
        || name.ends_with(".tmp")
        || name.ends_with(".bak")
        || name == "4913"
        || name == "Thumbs.db"
}

#[cfg(test)]
mod tests {
    use super::*;

    const LANGS: &[&str] = &["vi", "en"];

    #[test]
    fn page_translation_and_section_names() {
        let p = parse_file_name("dau-tu/tan-phu-thanh.en.md", LANGS).unwrap();
        assert_eq!(
            (p.role, p.lang.as_deref(), p.key().as_str()),
            (Role::Page, Some("en"), "dau-tu/tan-phu-thanh")
        );
        let s = parse_file_name("dau-tu/_index.md", LANGS).unwrap();
        assert_eq!(
            (s.role, s.lang.as_deref(), s.key().as_str()),
            (Role::Section, None, "dau-tu/_index")
        );
        let home = parse_file_name("_index.en.md", LANGS).unwrap();
        assert_eq!(home.key(), "_index");
        let b = parse_file_name("doi-tac/so-do/index.en.md", LANGS).unwrap();
        assert_eq!((b.role, b.key().as_str()), (Role::Bundle, "doi-tac/so-do"));
    }

    #[test]
    fn default_language_suffix_is_the_default_file() {
        let p = parse_file_name("x.vi.md", LANGS).unwrap();
        assert_eq!((p.lang.as_deref(), p.key().as_str()), (None, "x"));
    }

    #[test]
    fn undeclared_language_suffix_is_an_error_but_other_dots_are_names() {
        let e = parse_file_name("x.fr.md", LANGS).unwrap_err();
        assert!(e.message.contains("`fr`"));
        let p = parse_file_name("ke-hoach-v2.1.md", LANGS).unwrap();
        assert_eq!(p.stem, "ke-hoach-v2.1");
    }

    #[test]
    fn editor_leftovers_are_ignored() {
        for n in [".x.md.swp", "x.md~", "#x.md#", ".DS_Store", "4913"] {
            assert!(is_ignored_name(n), "{n}");
        }
        assert!(!is_ignored_name("x.md"));
    }
}
