//! The site's content, resolved: every page and section with its translations paired,
//! front matter checked and inherited, its URL in every language, and what each
//! language shows for it (its own translation, the default-language fallback, or nothing).
//!
//! This is the value the render stage works from; it never needs to re-check anything.

mod assemble;
mod clashes;
pub mod meta;
mod orphans;
mod record;
mod urls;

pub use assemble::{build, compare};
pub use meta::{Meta, PageDate, SortBy};
pub use urls::unsafe_reason;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use crate::diagnostics::{Diagnostic, Severity};
use crate::messages::Msg;
use crate::source::{Role, SourceFile};
use crate::yaml::Positions;

/// Why a page's body could not be read again when it was rendered (its file changed
/// during the build): a catalogue message. As a `String` it is the English text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BodyProblem(pub Msg);

impl BodyProblem {
    /// The error in the page's file `path`, said in the run's language.
    pub fn diagnostic(&self, path: impl Into<PathBuf>) -> Diagnostic {
        Diagnostic::said(Severity::Error, path, self.0.clone())
    }
}

impl From<BodyProblem> for String {
    fn from(problem: BodyProblem) -> String {
        problem.0.text(crate::messages::Lang::En)
    }
}

pub type EntryId = usize;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Section,
    Page,
}

/// One language's version of a page or section: a Markdown file, or one language of a
/// `.yaml` record page.
#[derive(Clone, Debug)]
pub struct Variant {
    /// The index of its language in `Config::languages`.
    pub lang: usize,
    pub file: SourceFile,
    /// The front matter in force: for a translation, its own fields over the original's.
    pub meta: Arc<Meta>,
    /// The front matter as this file writes it (a translation: only what it translates).
    pub raw: serde_yaml::Mapping,
    pub positions: Positions,
    pub body: Body,
    /// A record page's fields written once per language (`title: { vi: …, en: … }`).
    pub localized: Vec<String>,
    /// The first paragraph of the body as plain text, for listings.
    pub summary: String,
}

/// Where a variant's Markdown body is.
#[derive(Clone, Debug)]
pub enum Body {
    /// After the front matter: from byte `start` of the file's (normalised) text, which
    /// starts on line `line`. When `kept` is false the body was let go after reading (a
    /// large site need not hold every text) and is read again from the file; the file's
    /// text is then kept only up to `start`, to check the front matter is unchanged.
    InFile {
        start: usize,
        line: usize,
        kept: bool,
    },
    /// A record page's `body: { vi: … }` value, which starts at `line`, `column` of its file.
    Record {
        text: String,
        line: usize,
        column: usize,
    },
}

impl Variant {
    /// Its file and front-matter positions, for placing diagnostics about its fields.
    pub fn yaml(&self) -> crate::config::YamlContext<'_> {
        crate::config::YamlContext {
            path: &self.file.display,
            text: &self.file.text,
            positions: &self.positions,
        }
    }

    /// `content/x.md:3:7`: where the value of `field` is, for a note naming it (the file
    /// alone when the field has no position).
    pub fn place_of(&self, field: &str) -> String {
        let file = self.file.display.display();
        match self.positions.value(field) {
            Some(p) => format!("{file}:{}:{}", p.line, p.column),
            None => file.to_string(),
        }
    }

    /// The Markdown body: from memory, or read again from its file.
    pub fn body(&self) -> Result<std::borrow::Cow<'_, str>, BodyProblem> {
        use std::borrow::Cow;
        match &self.body {
            Body::InFile {
                start, kept: true, ..
            } => Ok(Cow::Borrowed(&self.file.text[*start..])),
            Body::InFile { start, .. } => {
                let changed = || BodyProblem(Msg::new("body-changed"));
                let not_utf8 = || BodyProblem(Msg::new("body-not-utf8"));
                let bytes = std::fs::read(&self.file.abs).map_err(|e| {
                    BodyProblem(Msg::new("body-unreadable").arg("error", e.to_string()))
                })?;
                let front = self.file.text.as_bytes();
                if self.file.clean {
                    // The text is the file's bytes: only the body needs checking.
                    if !bytes.starts_with(front) {
                        return Err(changed());
                    }
                    let mut body = bytes;
                    body.drain(..*start);
                    return crate::text::string_from_utf8(body)
                        .map(Cow::Owned)
                        .map_err(|_| not_utf8());
                }
                let text = crate::text::string_from_utf8(bytes).map_err(|_| not_utf8())?;
                let text = crate::text::normalize_source(&text);
                if !text.as_bytes().starts_with(front) {
                    return Err(changed());
                }
                Ok(Cow::Owned(text[*start..].to_string()))
            }
            Body::Record { text, .. } => Ok(Cow::Borrowed(text)),
        }
    }

    /// Lets go of the body's text (it is read again when needed): the front matter stays
    /// for messages about its fields.
    pub fn release_body(&mut self) {
        if let Body::InFile { start, kept, .. } = &mut self.body
            && *kept
        {
            self.file.text.truncate(*start);
            self.file.text.shrink_to_fit();
            *kept = false;
        }
    }

    /// The 1-based line and column in the file of byte `offset` of `body`.
    pub fn body_position(&self, body: &str, offset: usize) -> (usize, usize) {
        let (l, c) = crate::diagnostics::line_col(body, offset);
        match &self.body {
            Body::InFile { line, .. } => (line + l - 1, c),
            // A block scalar's lines share one indentation, so columns shift alike.
            Body::Record { line, column, .. } => (line + l - 1, column + c - 1),
        }
    }

    /// A diagnostic about byte `offset` of `body`, with its line quoted.
    pub fn body_diagnostic(
        &self,
        body: &str,
        offset: usize,
        d: crate::diagnostics::Diagnostic,
    ) -> crate::diagnostics::Diagnostic {
        let (line, column) = self.body_position(body, offset);
        match &self.body {
            // A record's file text is kept whole.
            Body::Record { .. } => d.at(&self.file.text, line, column),
            // The file's body may have been let go: quote the line from `body`.
            Body::InFile { .. } => {
                let (rel_line, rel_column) = crate::diagnostics::line_col(body, offset);
                let mut d = d.at(body, rel_line, rel_column);
                d.line = line;
                d.column = column;
                d
            }
        }
    }
}

/// What one language shows for an entry.
#[derive(Clone, Debug)]
pub struct Rendition {
    /// The index of the variant whose content is shown.
    pub variant: usize,
    /// True when the language has no translation and shows the default-language content.
    pub fallback: bool,
    /// The front matter in force: the variant's own fields over the default language's
    /// (shared with the variant, not copied).
    pub meta: Arc<Meta>,
    pub url: String,
}

/// A file copied beside the pages (a page bundle's image, say).
#[derive(Clone, Debug)]
pub struct Asset {
    pub source: PathBuf,
    /// Its site path, e.g. `/doi-tac/so-do/ban-do.svg`.
    pub url: String,
    /// Its name relative to the page or section that owns it (`ban-do.svg`).
    pub name: String,
}

/// A page or section.
#[derive(Clone, Debug)]
pub struct Entry {
    /// `dau-tu/khu-cong-nghe-cao`, `dau-tu/_index`, `_index` for the home page.
    pub key: String,
    pub kind: Kind,
    pub role: Role,
    /// The section above (none for the home page).
    pub parent: Option<EntryId>,
    /// The default-language variant first.
    pub variants: Vec<Variant>,
    /// Per language (index as in `Config::languages`): what that language shows, if anything.
    pub renditions: Vec<Option<Rendition>>,
    /// Per language: the entry's URL, also where no rendition exists (children build on it).
    pub urls: Vec<String>,
    /// Sections: their pages, in the section's order.
    pub pages: Vec<EntryId>,
    /// Sections: their subsections, by weight then title.
    pub subsections: Vec<EntryId>,
    pub assets: Vec<Asset>,
    /// The default title as a slug, what listings sort by: made on first use, not at each
    /// comparison of a sort.
    pub title_key: std::sync::OnceLock<String>,
}

impl Entry {
    /// The default language's title as listings order it (its slug).
    pub fn title_key(&self) -> &str {
        self.title_key.get_or_init(|| {
            crate::text::slugify(self.default_meta().title.as_deref().unwrap_or_default())
        })
    }

    pub fn default_variant(&self) -> &Variant {
        &self.variants[0]
    }

    pub fn variant_for(&self, lang: usize) -> Option<&Variant> {
        self.variants.iter().find(|v| v.lang == lang)
    }

    /// The default language's merged front matter (sorting and structure use it).
    pub fn default_meta(&self) -> &Meta {
        &self.default_variant().meta
    }

    /// The file and field that give the variant `shown` its address: its own `path:` or
    /// `slug:` (`path:` wins, as it does for the address), else the original's that it
    /// inherits; `None` when neither writes one, and the file's name makes the address.
    pub fn address_source(&self, shown: usize) -> Option<(&Variant, &'static str)> {
        let own = &self.variants[shown];
        [own, self.default_variant()]
            .into_iter()
            .find_map(|variant| {
                ["path", "slug"]
                    .into_iter()
                    .find(|field| variant.positions.get(field).is_some())
                    .map(|field| (variant, field))
            })
    }
}

/// Every entry of the site.
#[derive(Clone, Debug)]
pub struct Library {
    pub entries: Vec<Entry>,
    pub root: EntryId,
    /// Files under content/ that belong to no page bundle, by their site path.
    pub loose_assets: Vec<Asset>,
    /// The theme's and the site's `static/` files, as (site path, file), the site's after
    /// the theme's.
    pub statics: Vec<(String, std::path::PathBuf)>,
    by_key: HashMap<String, EntryId>,
    /// Pages left out as drafts, so a link to one can say so.
    drafts: Vec<String>,
    /// Originals whose file could not be read (their error is reported): a link to one,
    /// or the type of a page in a section whose `_index.md` is one, is not a second error.
    unreadable: std::collections::HashSet<String>,
    /// Every address a page, page file or static file has, without the leading `/`:
    /// made on first use, for checking plain links.
    addresses: std::sync::OnceLock<std::collections::HashSet<String>>,
}

impl Library {
    /// Whether `/path` (without its leading `/`) is the address of a page in some
    /// language, a page's own file or a static file.
    pub fn has_address(&self, path: &str) -> bool {
        let all = self.addresses.get_or_init(|| {
            let mut all = std::collections::HashSet::new();
            for e in &self.entries {
                all.extend(e.urls.iter().map(|u| u.trim_start_matches('/').to_string()));
                all.extend(
                    e.renditions
                        .iter()
                        .flatten()
                        .map(|r| r.url.trim_start_matches('/').to_string()),
                );
                all.extend(
                    e.assets
                        .iter()
                        .map(|a| a.url.trim_start_matches('/').to_string()),
                );
            }
            all.extend(
                self.loose_assets
                    .iter()
                    .map(|a| a.url.trim_start_matches('/').to_string()),
            );
            all.extend(
                self.statics
                    .iter()
                    .map(|(p, _)| p.trim_start_matches('/').to_string()),
            );
            all
        });
        all.contains(path.trim_start_matches('/'))
    }

    pub fn entry(&self, id: EntryId) -> &Entry {
        &self.entries[id]
    }

    pub fn rendition(&self, id: EntryId, lang: usize) -> Option<&Rendition> {
        self.entries[id].renditions[lang].as_ref()
    }

    /// Finds an entry from a content path as written after `@/` (`dau-tu/x.md`,
    /// `dau-tu/_index.md`, `doi-tac/so-do/index.md`, `x.en.md`).
    pub fn resolve(&self, content_path: &str, languages: &[&str]) -> Option<EntryId> {
        self.by_key.get(&path_key(content_path, languages)).copied()
    }

    /// The content path authors write for an entry key (`dau-tu/x.md`, `doi-tac/y.yaml`,
    /// `a/b/index.md`): its default-language file under content/.
    pub fn content_path(&self, key: &str) -> String {
        self.by_key
            .get(key)
            .map(|&id| self.entries[id].default_variant().file.rel.clone())
            .unwrap_or_else(|| format!("{key}.md"))
    }

    /// True when `content_path` names a page left out because it is a draft.
    /// True when `content_path` names a file whose front matter could not be read.
    /// The keys of originals that could not be read (their error is reported).
    pub fn unreadable_keys(&self) -> &std::collections::HashSet<String> {
        &self.unreadable
    }

    pub fn is_unreadable(&self, content_path: &str, languages: &[&str]) -> bool {
        self.unreadable.contains(&path_key(content_path, languages))
    }

    /// True when a section folder above `entry` has an `_index.md` that could not be read:
    /// what that section would have set for its pages (their type) is unknown.
    pub fn in_unreadable_section(&self, entry: &Entry) -> bool {
        let mut dir = entry.key.as_str();
        while let Some((parent, _)) = dir.rsplit_once('/') {
            if self.unreadable.contains(&format!("{parent}/_index")) {
                return true;
            }
            dir = parent;
        }
        false
    }

    pub fn is_draft(&self, content_path: &str, languages: &[&str]) -> bool {
        let key = path_key(content_path, languages);
        self.drafts.contains(&key)
    }

    /// The entry itself if `lang` shows it, else its nearest section that `lang` shows
    /// (the home page always exists): where a language switcher may safely link.
    pub fn nearest_shown(&self, id: EntryId, lang: usize) -> EntryId {
        let mut current = Some(id);
        while let Some(c) = current {
            if self.entries[c].renditions[lang].is_some() {
                return c;
            }
            current = self.entries[c].parent;
        }
        self.root
    }

    /// Entries in a stable order: sections and pages as the walk found them.
    pub fn ids(&self) -> impl Iterator<Item = EntryId> {
        0..self.entries.len()
    }
}

/// The key of a content path: `dau-tu/x.en.md` → `dau-tu/x`, `a/_index.md` → `a/_index`,
/// `a/b/index.md` → `a/b`.
pub fn path_key(content_path: &str, languages: &[&str]) -> String {
    let p = crate::text::nfc(content_path.trim_start_matches('/')).into_owned();
    let p = p.strip_suffix(".md").unwrap_or(&p);
    let p = match p.rsplit_once('.') {
        Some((stem, suffix)) if languages.contains(&suffix) => stem,
        _ => p,
    };
    if p == "index" {
        return "_index".into();
    }
    match p.strip_suffix("/index") {
        Some(bundle) => bundle.to_string(),
        None => p.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::path_key;

    #[test]
    fn content_paths_map_to_keys() {
        let langs = ["vi", "en"];
        assert_eq!(path_key("dau-tu/x.md", &langs), "dau-tu/x");
        assert_eq!(path_key("dau-tu/x.en.md", &langs), "dau-tu/x");
        assert_eq!(path_key("dau-tu/_index.md", &langs), "dau-tu/_index");
        assert_eq!(path_key("_index.md", &langs), "_index");
        assert_eq!(path_key("doi-tac/so-do/index.md", &langs), "doi-tac/so-do");
    }

    #[test]
    fn a_body_whose_front_matter_changed_during_the_build_is_said_in_both_languages() {
        use crate::messages::Lang;
        let dir = tempfile::tempdir().expect("a temporary folder");
        let abs = dir.path().join("a.md");
        std::fs::write(&abs, "---\ntitle: Khác\n---\nNội dung.\n").expect("write");
        let text = "---\ntitle: A\n---\n".to_string();
        let variant = super::Variant {
            lang: 0,
            file: crate::source::SourceFile {
                rel: "a.md".into(),
                display: "content/a.md".into(),
                abs,
                text: text.clone(),
                clean: true,
                name: crate::source::parse_file_name("a.md", &["vi", "en"]).expect("a name"),
            },
            meta: Default::default(),
            raw: Default::default(),
            positions: Default::default(),
            body: super::Body::InFile {
                start: text.len(),
                line: 4,
                kept: false,
            },
            localized: Vec::new(),
            summary: String::new(),
        };
        let problem = variant.body().expect_err("the front matter changed");
        let d = problem.diagnostic("content/a.md");
        assert_eq!(d.code.as_deref(), Some("E0842"));
        assert_eq!(
            d.in_language(Lang::Vi).message,
            "phần đầu (front matter) của tệp đã thay đổi trong lúc outreach đang tạo trang web; hãy chạy lại `outreach build`"
        );
        assert_eq!(
            String::from(problem),
            "the file's front matter changed while the site was being built; build again"
        );
    }
}
