//! Messages in the author's language: every message outreach says to an author, in
//! Vietnamese and English, from Project Fluent catalogues (`en/*.ftl`, `vi/*.ftl`), each
//! with a stable code (`E0012`) that is the same in both languages, so CI annotations
//! and the guide for authors ("Khi gặp lỗi", `docs/khi-gap-loi.md`) can name it.
//!
//! A diagnostic keeps its English text (what the library's tests and the duplicate
//! filter read) and the [`Msg`] it was made from; printing formats the message again in
//! the language chosen for the run ([`choose`]): `--lang`, else `OUTREACH_LANG`, else the
//! system's language, else the site's default language, else English.
//!
//! A message is written once per catalogue:
//!
//! ```text
//! title-empty = the title is empty
//!     .code = E0001
//!     .help = write the page's title after `title:`
//! ```

use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// A language messages are written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    Vi,
}

impl Lang {
    /// The language a code or locale names (`vi`, `vi-VN`, `vi_VN.UTF-8`, `en-GB`…).
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code
            .trim()
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    fn catalogue(self) -> &'static Catalogue {
        match self {
            Lang::En => &EN,
            Lang::Vi => &VI,
        }
    }
}

/// One part of the catalogues: the same file name under `en/` and `vi/`, holding the
/// messages of one area, with the codes of its range (so parts written at the same time
/// never give two messages one code):
///
/// | part | codes |
/// |---|---|
/// | core: the run, encodings, titles, translations, fields' presence, dates | `E0001`–`E0099`, `W0001`–`W0099`, `M0001`–`M0099` |
/// | yaml: YAML syntax, tabs, characters pasted from Word | `E0100`–`E0199`, `W0100`–`W0199` |
/// | fields: money, figures, references, kinds, schemas, shortcodes' arguments | `E0200`–`E0299`, `W0200`–`W0299` |
/// | links: links, anchors, asset files, raw HTML, what is safe to publish | `E0300`–`E0399`, `W0300`–`W0399` |
/// | images: photos, covers, galleries | `E0400`–`E0499`, `W0400`–`W0499` |
/// | commands: `serve`, `new`, `init`, `translations`, the command line | `E0500`–`E0599`, `W0500`–`W0599`, `M0500`–`M0599` |
/// | editor: the editor in `serve` | `E0600`–`E0699`, `W0600`–`W0699`, `M0600`–`M0699` |
/// | site: site.yaml's settings, languages and labels | `E0700`–`E0799`, `W0700`–`W0799` |
/// | files: the content folder, file names, bundles, clashes, what is published | `E0800`–`E0899`, `W0800`–`W0899` |
pub struct Part {
    pub name: &'static str,
    pub en: &'static str,
    pub vi: &'static str,
    /// The first code number of its range (0 for core, then 100, 200…).
    pub first_code: u32,
}

macro_rules! part {
    ($name:literal, $first:expr) => {
        Part {
            name: $name,
            en: include_str!(concat!("en/", $name, ".ftl")),
            vi: include_str!(concat!("vi/", $name, ".ftl")),
            first_code: $first,
        }
    };
}

/// The catalogues' text, built into the binary.
pub const PARTS: &[Part] = &[
    part!("core", 0),
    part!("yaml", 100),
    part!("fields", 200),
    part!("links", 300),
    part!("images", 400),
    part!("commands", 500),
    part!("editor", 600),
    part!("site", 700),
    part!("files", 800),
];

struct Catalogue {
    bundle: FluentBundle<FluentResource>,
}

fn load(code: &str, text: fn(&Part) -> &'static str) -> Catalogue {
    let lang: unic_langid::LanguageIdentifier = code
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = FluentBundle::new_concurrent(vec![lang]);
    // No Unicode isolation marks around arguments: the text goes to terminals and logs.
    bundle.set_use_isolating(false);
    for part in PARTS {
        // The catalogues are part of the program, and a test reads them whole: a syntax
        // error in one is a bug caught there. Whatever parses is used.
        let resource = FluentResource::try_new(text(part).to_string()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
    }
    Catalogue { bundle }
}

static EN: LazyLock<Catalogue> = LazyLock::new(|| load("en", |p| p.en));
static VI: LazyLock<Catalogue> = LazyLock::new(|| load("vi", |p| p.vi));

/// A message's arguments: text, a count (which chooses the plural in English), or a
/// list of names, joined in the message's language (`a`, `b` or `c`; `a`, `b` hoặc `c`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    Count(i64),
    /// Any one of the names.
    OneOf(Vec<String>),
    /// Every one of the names.
    AllOf(Vec<String>),
}

impl Arg {
    /// The names, in backticks, one of which is meant.
    pub fn one_of(names: &[&str]) -> Arg {
        Arg::OneOf(names.iter().map(|n| n.to_string()).collect())
    }

    /// The names, in backticks, all of which are meant.
    pub fn all_of(names: &[&str]) -> Arg {
        Arg::AllOf(names.iter().map(|n| n.to_string()).collect())
    }
}

/// `a`, `b` or `c` in `lang`, each name in backticks.
fn joined(names: &[String], lang: Lang, all: bool) -> String {
    let word = match (lang, all) {
        (Lang::En, false) => "or",
        (Lang::En, true) => "and",
        (Lang::Vi, false) => "hoặc",
        (Lang::Vi, true) => "và",
    };
    crate::suggest::joined(names, word)
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Count(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

/// One message of the catalogues with its arguments, formatted when it is printed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Msg {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Msg {
    pub fn new(id: &'static str) -> Msg {
        Msg {
            id,
            args: Vec::new(),
        }
    }

    /// Adds an argument, `{ $name }` in the catalogues.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Msg {
        self.args.push((name, value.into()));
        self
    }

    /// The message's text in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        format(lang, self, None).unwrap_or_else(|| self.id.to_string())
    }

    /// Its help line in `lang`, if it has one.
    pub fn help(&self, lang: Lang) -> Option<String> {
        format(lang, self, Some("help"))
    }

    /// Its stable code (`E0012`).
    pub fn code(&self) -> Option<String> {
        code_of(self.id)
    }
}

/// The code of message `id`, from the English catalogue.
pub fn code_of(id: &str) -> Option<String> {
    let bundle = &Lang::En.catalogue().bundle;
    let attr = bundle.get_message(id)?.get_attribute("code")?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(attr.value(), None, &mut errors)
            .into_owned(),
    )
}

fn format(lang: Lang, msg: &Msg, attribute: Option<&str>) -> Option<String> {
    let bundle = &lang.catalogue().bundle;
    let message = bundle.get_message(msg.id)?;
    let pattern = match attribute {
        Some(a) => message.get_attribute(a)?.value(),
        None => message.value()?,
    };
    let mut args = FluentArgs::new();
    for (name, value) in &msg.args {
        match value {
            Arg::Text(s) => args.set(*name, FluentValue::from(s.as_str())),
            Arg::Count(n) => args.set(*name, FluentValue::from(*n)),
            Arg::OneOf(names) => args.set(*name, FluentValue::from(joined(names, lang, false))),
            Arg::AllOf(names) => args.set(*name, FluentValue::from(joined(names, lang, true))),
        }
    }
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, Some(&args), &mut errors)
            .into_owned(),
    )
}

/// The language of the run: `--lang`, else `OUTREACH_LANG`, else the system's
/// language, else the site's default language, else English. A choice that is not
/// Vietnamese or English passes to the next.
pub fn choose(
    flag: Option<&str>,
    env: Option<&str>,
    system: Option<&str>,
    site: Option<&str>,
) -> Lang {
    [flag, env, system, site]
        .into_iter()
        .flatten()
        .find_map(Lang::from_code)
        .unwrap_or(Lang::En)
}

/// The system's language (`LANG`/`LC_*` on Unix, the user's locale on Windows and
/// macOS), when it names one: `C` and `POSIX` name none.
pub fn system_language() -> Option<String> {
    sys_locale::get_locale().filter(|l| !matches!(l.as_str(), "C" | "POSIX" | "c"))
}

/// The ids of every message in a catalogue's text, in order.
pub fn ids(ftl: &str) -> Vec<String> {
    match FluentResource::try_new(ftl.to_string()) {
        Ok(r) | Err((r, _)) => r
            .entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_catalogues_parse_and_hold_the_same_messages_with_the_same_codes() {
        let mut codes = std::collections::BTreeSet::new();
        let mut all = std::collections::BTreeSet::new();
        for part in PARTS {
            for (lang, ftl) in [("en", part.en), ("vi", part.vi)] {
                if let Err((_, errors)) = FluentResource::try_new(ftl.to_string()) {
                    panic!("{lang}/{}.ftl does not parse: {errors:?}", part.name);
                }
            }
            let (en, vi) = (ids(part.en), ids(part.vi));
            assert_eq!(
                en, vi,
                "en/{0}.ftl and vi/{0}.ftl list different messages",
                part.name
            );
            for id in &en {
                assert!(all.insert(id.clone()), "`{id}` is in two parts");
                let code = code_of(id).unwrap_or_else(|| panic!("`{id}` has no code"));
                assert!(
                    code.len() == 5 && code.starts_with(['E', 'W', 'M']),
                    "`{id}`: `{code}` is not a code like E0012"
                );
                let number: u32 = code[1..].parse().unwrap_or(u32::MAX);
                assert!(
                    (part.first_code.max(1)..part.first_code + 100).contains(&number),
                    "`{id}`: `{code}` is outside the range of part `{}`",
                    part.name
                );
                assert!(codes.insert(code.clone()), "`{code}` is used twice");
            }
        }
        assert!(!all.is_empty());
        for id in &all {
            let vi_code = VI
                .bundle
                .get_message(id)
                .and_then(|m| m.get_attribute("code"))
                .map(|a| format!("{:?}", a.value()));
            let en_code = EN
                .bundle
                .get_message(id)
                .and_then(|m| m.get_attribute("code"))
                .map(|a| format!("{:?}", a.value()));
            assert_eq!(vi_code, en_code, "`{id}` has another code in vi.ftl");
            // A help line in one language is a help line in the other.
            let help = |c: &Catalogue| {
                c.bundle
                    .get_message(id)
                    .and_then(|m| m.get_attribute("help"))
                    .is_some()
            };
            assert_eq!(
                help(&EN),
                help(&VI),
                "`{id}` has a help line in one language only"
            );
        }
    }

    #[test]
    fn every_argument_a_message_uses_is_used_in_both_languages() {
        // `{ $field }` in one language and not the other is a message that says less.
        let vars =
            |ftl: &str| -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
                let mut out = std::collections::BTreeMap::new();
                let mut id = String::new();
                for line in ftl.lines() {
                    if let Some((name, _)) = line.split_once(" =")
                        && !line.starts_with([' ', '#'])
                    {
                        id = name.trim().to_string();
                    }
                    if line.starts_with('#') || id.starts_with('-') {
                        continue;
                    }
                    let set: &mut std::collections::BTreeSet<String> =
                        out.entry(id.clone()).or_default();
                    for part in line.split('$').skip(1) {
                        let name: String = part
                            .chars()
                            .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '-')
                            .collect();
                        set.insert(name);
                    }
                }
                out
            };
        for part in PARTS {
            assert_eq!(vars(part.en), vars(part.vi), "part `{}`", part.name);
        }
    }

    #[test]
    fn the_guide_for_authors_names_only_codes_that_exist() {
        let guide = include_str!("../../docs/khi-gap-loi.md");
        let known: std::collections::BTreeSet<String> = PARTS
            .iter()
            .flat_map(|p| ids(p.en))
            .filter_map(|id| code_of(&id))
            .collect();
        let bytes = guide.as_bytes();
        let mut named = 0;
        for i in 0..bytes.len().saturating_sub(4) {
            let starts = matches!(bytes[i], b'E' | b'W' | b'M')
                && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric());
            let digits = bytes[i + 1..i + 5].iter().all(u8::is_ascii_digit);
            let ends = bytes.get(i + 5).is_none_or(|b| !b.is_ascii_alphanumeric());
            if starts && digits && ends {
                let code = &guide[i..i + 5];
                assert!(
                    known.contains(code),
                    "the guide names `{code}`, which no message has"
                );
                named += 1;
            }
        }
        assert!(named > 20, "the guide names {named} codes");
    }

    #[test]
    fn the_language_is_the_first_choice_that_names_one() {
        assert_eq!(choose(Some("vi"), Some("en"), None, None), Lang::Vi);
        assert_eq!(
            choose(None, Some("en_GB.UTF-8"), Some("vi-VN"), None),
            Lang::En
        );
        assert_eq!(
            choose(None, None, Some("vi_VN.UTF-8"), Some("en")),
            Lang::Vi
        );
        assert_eq!(choose(None, None, Some("de-DE"), Some("vi")), Lang::Vi);
        assert_eq!(choose(Some("ko"), None, None, None), Lang::En);
    }

    #[test]
    fn lists_are_joined_in_the_messages_language_as_suggest_joins_them_in_english() {
        let names = ["a", "b", "c"];
        assert_eq!(
            joined(&names.map(String::from), Lang::En, false),
            crate::suggest::one_of(&names)
        );
        assert_eq!(
            joined(&names.map(String::from), Lang::En, true),
            crate::suggest::all_of(&names)
        );
        assert_eq!(
            joined(&names.map(String::from), Lang::Vi, false),
            "`a`, `b` hoặc `c`"
        );
        assert_eq!(joined(&["a".to_string()], Lang::Vi, true), "`a`");
    }

    #[test]
    fn a_count_chooses_the_english_plural() {
        let one = Msg::new("summary-errors")
            .arg("errors", 1usize)
            .arg("files", 1usize);
        let many = Msg::new("summary-errors")
            .arg("errors", 3usize)
            .arg("files", 2usize);
        assert_eq!(one.text(Lang::En), "found 1 error in 1 file");
        assert_eq!(many.text(Lang::En), "found 3 errors in 2 files");
        assert_eq!(many.text(Lang::Vi), "có 3 lỗi trong 2 tệp");
    }
}
