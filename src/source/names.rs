//! What a content file's name says: its role and its language.
//!
//! `x.md` is a page in the default language and `x.en.md` its English translation;
//! `_index.md` describes the section (folder) it is in; `index.md` makes its folder a
//! page bundle whose other files are the page's assets.

use crate::config::is_language_code;
use crate::messages::{Arg, Msg};

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

/// What is wrong with a content file's name: a catalogue message.
pub type NameError = crate::messages::Msg;

/// A `.yaml` file under content/ (outside `_data/`) is a record page: one file holding a
/// page in every language.
pub fn is_record_name(rel: &str) -> bool {
    rel.ends_with(".yaml") || rel.ends_with(".yml")
}

/// Extensions other programs give Markdown files (lower case).
const MARKDOWN_EXTENSIONS: &[&str] = &["md", "markdown", "mdown", "mkd", "mkdn", "mdwn"];

/// How a content file's name departs from `name.lang.md` while the file is still plainly
/// a page: read as one, with a warning to rename it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Misnaming {
    /// `.MD`, `.Md`: the extension in capitals.
    ExtensionCase(String),
    /// `.markdown`, `.mdown`…: another program's extension for Markdown.
    OtherExtension(String),
    /// `.md.txt`: the `.txt` Notepad adds when file name extensions are hidden.
    Txt,
    /// `.md.en`: the language after the extension.
    LanguageAfter(String),
    /// `.eng.md`, `.vn.md`: a language written another way than its code.
    LanguageAlias { written: String, code: String },
}

/// What a file under content/ (outside `_data/`) is, from its name.
#[derive(Debug, PartialEq, Eq)]
pub enum ContentName {
    /// A file copied as it is (an image, a PDF…).
    Asset,
    /// A page, section or record page. `rel` is its path as outreach names it
    /// (`a/x.en.md` for `a/x.md.en`); `misnamed` says how the file's own name differs.
    Source {
        rel: String,
        misnamed: Vec<Misnaming>,
    },
    /// A Markdown file with something after its extension that is not a language
    /// (`x.md.old`): neither a page nor a file to publish. The name it would have as a page.
    Stray { page_name: String, suffix: String },
}

/// Classifies `rel` (`dau-tu/x.md.en`, `x.MD`, `so-do.png`), given the declared language
/// codes, default first.
pub fn content_name(rel: &str, languages: &[&str]) -> ContentName {
    if is_record_name(rel) {
        return ContentName::Source {
            rel: rel.to_string(),
            misnamed: Vec::new(),
        };
    }
    let (dir, file) = match rel.rfind('/') {
        Some(i) => (&rel[..=i], &rel[i + 1..]),
        None => ("", rel),
    };
    let mut parts: Vec<&str> = file.split('.').collect();
    let is_markdown = |p: &str| MARKDOWN_EXTENSIONS.contains(&p.to_lowercase().as_str());
    let mut misnamed = Vec::new();
    if parts.len() >= 3
        && parts.last().is_some_and(|p| p.eq_ignore_ascii_case("txt"))
        && parts[1..parts.len() - 1].iter().any(|p| is_markdown(p))
    {
        parts.pop();
        misnamed.push(Misnaming::Txt);
    }
    let mut lang_after = None;
    let last = parts.len() - 1;
    if last >= 2 && is_markdown(parts[last - 1]) && !is_markdown(parts[last]) {
        let suffix = parts[last];
        match language_of(suffix, languages) {
            Some(code) => {
                misnamed.push(Misnaming::LanguageAfter(suffix.to_string()));
                lang_after = Some(code);
                parts.pop();
            }
            None => {
                let page_name = format!("{}.md", parts[..last - 1].join("."));
                return ContentName::Stray {
                    page_name,
                    suffix: suffix.to_string(),
                };
            }
        }
    }
    let ext = parts.last().copied().unwrap_or_default();
    if parts.len() < 2 || !is_markdown(ext) {
        return ContentName::Asset;
    }
    if ext != "md" {
        misnamed.push(if ext.eq_ignore_ascii_case("md") {
            Misnaming::ExtensionCase(format!(".{ext}"))
        } else {
            Misnaming::OtherExtension(format!(".{ext}"))
        });
    }
    parts.pop();
    // A language written before the extension in another way (`eng`, `vn`).
    if lang_after.is_none()
        && parts.len() >= 2
        && let Some(suffix) = parts.last().copied()
        && !languages.contains(&suffix)
        && !languages.contains(&suffix.to_lowercase().as_str())
        && let Some(code) =
            language_of(suffix, languages).filter(|c| languages.contains(&c.as_str()))
    {
        misnamed.push(Misnaming::LanguageAlias {
            written: suffix.to_string(),
            code: code.clone(),
        });
        parts.pop();
        lang_after = Some(code);
    }
    let mut name = parts.join(".");
    // The default language's file has no suffix.
    if let Some(code) = lang_after.filter(|c| Some(&c.as_str()) != languages.first()) {
        name.push('.');
        name.push_str(&code);
    }
    name.push_str(".md");
    ContentName::Source {
        rel: format!("{dir}{name}"),
        misnamed,
    }
}

/// The language code `suffix` names, if it names one: a declared code in any case, a
/// language code, or a common other spelling of a declared one (`eng`, `vn`, `english`).
fn language_of(suffix: &str, languages: &[&str]) -> Option<String> {
    let lower = suffix.to_lowercase();
    if languages.contains(&lower.as_str()) {
        return Some(lower);
    }
    if let Some(code) = language_alias(&lower).filter(|a| languages.contains(a)) {
        return Some(code.to_string());
    }
    // A common language the site does not declare (`x.md.fr`): read as that language,
    // which `parse_file_name` then reports as not declared. Not any two letters: `x.md.gz`
    // is a compressed copy, not a page in a language called `gz`.
    KNOWN_LANGUAGES.contains(&lower.as_str()).then_some(lower)
}

/// The codes of the languages [`language_alias`] knows other spellings of.
const KNOWN_LANGUAGES: &[&str] = &[
    "vi", "en", "fr", "de", "ja", "ko", "zh", "ru", "es", "th", "lo", "km",
];

/// The code of a language written another common way: its three-letter code, a country
/// code used for it, or its English name.
fn language_alias(written: &str) -> Option<&'static str> {
    Some(match written {
        "vie" | "vn" | "vietnamese" => "vi",
        "eng" | "english" | "gb" | "us" => "en",
        "fra" | "fre" | "french" => "fr",
        "deu" | "ger" | "german" => "de",
        "jpn" | "jp" | "japanese" => "ja",
        "kor" | "kr" | "korean" => "ko",
        "zho" | "chi" | "cn" | "chinese" => "zh",
        "rus" | "russian" => "ru",
        "spa" | "spanish" => "es",
        "tha" | "thai" => "th",
        "lao" => "lo",
        "khm" => "km",
        _ => return None,
    })
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
            return Err(Msg::new("record-name-has-language").arg("suffix", suffix));
        }
        if stem == "_index" || stem == "index" {
            return Err(Msg::new("record-name-is-index"));
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
        return Err(Msg::new("file-language-capitals")
            .arg("suffix", suffix)
            .arg("right", format!("{stem}.{}.md", suffix.to_lowercase())));
    }
    let (stem, lang) = match base.rsplit_once('.') {
        Some((stem, suffix)) if languages.contains(&suffix) => (stem, Some(suffix.to_string())),
        Some((_, suffix)) if is_language_code(suffix) => {
            return Err(Msg::new("file-language-undeclared")
                .arg("suffix", suffix)
                .arg("languages", Arg::all_of(languages)));
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
                return Err(Msg::new("file-index-at-top"));
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
        assert!(e.text(crate::messages::Lang::En).contains("`fr`"));
        let p = parse_file_name("ke-hoach-v2.1.md", LANGS).unwrap();
        assert_eq!(p.stem, "ke-hoach-v2.1");
    }

    fn named(rel: &str) -> (String, Vec<Misnaming>) {
        match content_name(rel, LANGS) {
            ContentName::Source { rel, misnamed } => (rel, misnamed),
            other => panic!("{rel}: {other:?}"),
        }
    }

    #[test]
    fn pages_named_as_outreach_names_them_are_read_as_they_are() {
        for rel in [
            "a/x.md",
            "a/x.en.md",
            "_index.en.md",
            "b/index.md",
            "ke-hoach-v2.1.md",
            "x.EN.md",
            "x.fr.md",
        ] {
            assert_eq!(named(rel), (rel.to_string(), Vec::new()), "{rel}");
        }
        assert_eq!(content_name("a/so-do.png", LANGS), ContentName::Asset);
        assert_eq!(content_name("a/ghi-chu.txt", LANGS), ContentName::Asset);
    }

    #[test]
    fn markdown_named_another_way_is_read_under_its_right_name() {
        use Misnaming::*;
        let cases: &[(&str, &str, &[Misnaming])] = &[
            ("a/x.MD", "a/x.md", &[ExtensionCase(".MD".into())]),
            ("x.en.Md", "x.en.md", &[ExtensionCase(".Md".into())]),
            ("x.markdown", "x.md", &[OtherExtension(".markdown".into())]),
            ("x.en.mdown", "x.en.md", &[OtherExtension(".mdown".into())]),
            ("x.md.txt", "x.md", &[Txt]),
            ("_index.en.md.txt", "_index.en.md", &[Txt]),
            ("x.md.en", "x.en.md", &[LanguageAfter("en".into())]),
            ("x.md.vi", "x.md", &[LanguageAfter("vi".into())]),
            ("x.md.fr", "x.fr.md", &[LanguageAfter("fr".into())]),
            (
                "x.eng.md",
                "x.en.md",
                &[LanguageAlias {
                    written: "eng".into(),
                    code: "en".into(),
                }],
            ),
            (
                "x.vn.md",
                "x.md",
                &[LanguageAlias {
                    written: "vn".into(),
                    code: "vi".into(),
                }],
            ),
            (
                "x.en.markdown.txt",
                "x.en.md",
                &[Txt, OtherExtension(".markdown".into())],
            ),
        ];
        for (rel, right, why) in cases {
            assert_eq!(named(rel), (right.to_string(), why.to_vec()), "{rel}");
        }
    }

    #[test]
    fn markdown_with_another_suffix_is_a_stray_not_an_asset() {
        for (rel, suffix) in [("a/x.md.old", "old"), ("x.md.gz", "gz")] {
            assert_eq!(
                content_name(rel, LANGS),
                ContentName::Stray {
                    page_name: "x.md".into(),
                    suffix: suffix.into()
                },
                "{rel}"
            );
        }
    }

    #[test]
    fn editor_leftovers_are_ignored() {
        for n in [".x.md.swp", "x.md~", "#x.md#", ".DS_Store", "4913"] {
            assert!(is_ignored_name(n), "{n}");
        }
        assert!(!is_ignored_name("x.md"));
    }
}
