//! Translation status: for every page and every language besides the default, whether its
//! translation is `ok`, `stale` (the original changed since the translation was last
//! marked done), `unstamped` (never marked done) or `missing`.
//!
//! A translation is stamped with `source_hash:` — a hash of its original's translatable
//! content — by `outreach translations --mark-done FILE`. Language-neutral facts
//! (capital, area, dates) are inherited, not translated, so changing them does not make a
//! translation stale; changing the text does.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use serde::Serialize;

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Severity};
use crate::library::{Entry, Library, Variant};
use crate::messages::{Lang, Msg};
use crate::types::Schemas;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Ok,
    Stale,
    Unstamped,
    Missing,
}

impl Status {
    /// The status's name: its key in the JSON report, and which of the catalogue's
    /// `translations-status` and `translations-explanation` words say it.
    pub fn label(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Stale => "stale",
            Status::Unstamped => "unstamped",
            Status::Missing => "missing",
        }
    }
}

/// The status of one page in one language.
#[derive(Clone, Debug, Serialize)]
pub struct PageStatus {
    pub language: String,
    pub status: Status,
    /// The original (default-language) file.
    pub source: PathBuf,
    /// The translation file, existing or expected.
    pub translation: PathBuf,
    /// The original's title, and the translation's (when it has one of its own).
    pub title: String,
    pub translated_title: Option<String>,
    /// The day the translation was last marked done, when its stamp records it.
    pub checked: Option<String>,
    /// `stale`: what changed in the original since, when the stamp records its parts.
    pub changes: Option<Changes>,
}

/// Counts per language.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Summary {
    pub language: String,
    pub ok: usize,
    pub stale: usize,
    pub unstamped: usize,
    pub missing: usize,
}

/// The fields of `entry` whose change makes its translations stale: its text (title,
/// description, tags) and every field its content type marks as translated that its
/// original sets (so a theme that adds a field to a type leaves translations as they
/// were; the field counts once the original writes it).
pub fn translated_fields(library: &Library, schemas: &Schemas, entry: &Entry) -> Vec<String> {
    let mut fields: Vec<String> = ["title", "description", "tags"].map(String::from).to_vec();
    if let Some(schema) = schemas.get(crate::types::type_of(library, entry)) {
        let core = crate::types::core_field_names();
        let written = &entry.default_meta().fields;
        for (name, spec) in &schema.fields {
            if spec.translatable && !core.contains(&name.as_str()) && written.contains_key(name) {
                fields.push(name.clone());
            }
        }
    }
    fields
}

/// The text of `field` in `source`, as the stamps hash it.
fn field_text(source: &Variant, field: &str) -> String {
    match field {
        "title" => source.meta.title.clone().unwrap_or_default(),
        "description" => source.meta.description.clone().unwrap_or_default(),
        "tags" => source.meta.tags.clone().unwrap_or_default().join("\u{1f}"),
        other => source
            .meta
            .fields
            .get(other)
            .map(|v| serde_yaml::to_string(v).unwrap_or_default())
            .unwrap_or_default(),
    }
}

/// The paragraphs of `body` (blocks of lines between blank lines), each without its
/// trailing spaces: trailing spaces and blank lines are not a change of text.
fn paragraphs(body: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut block = String::new();
    for line in body.trim_end().lines() {
        let line = line.trim_end();
        if line.is_empty() {
            if !block.is_empty() {
                out.push(std::mem::take(&mut block));
            }
            continue;
        }
        if !block.is_empty() {
            block.push('\n');
        }
        block.push_str(line);
    }
    if !block.is_empty() {
        out.push(block);
    }
    out
}

/// The translatable content of an original, hashed: what `source_hash` records.
pub fn source_hash(source: &Variant, fields: &[String]) -> String {
    let mut hasher = blake3::Hasher::new();
    for field in fields {
        hasher.update(field.as_bytes());
        hasher.update(b"\0");
        hasher.update(field_text(source, field).trim().as_bytes());
        hasher.update(b"\0");
    }
    let body = source.body().unwrap_or_default();
    for line in body.trim_end().lines() {
        hasher.update(line.trim_end().as_bytes());
        hasher.update(b"\n");
    }
    hasher.finalize().to_hex()[..16].to_string()
}

/// A short hash of one part of an original.
fn part_hash(text: &str) -> String {
    blake3::hash(text.trim().as_bytes()).to_hex()[..8].to_string()
}

/// What `source_parts:` records beside `source_hash`: the day the translation was
/// checked, and a short hash of each translatable field and each paragraph of the
/// original then, so the report can say what changed since.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parts {
    pub checked: Option<String>,
    pub fields: Vec<(String, String)>,
    pub body: Vec<String>,
}

impl Parts {
    /// The parts of `source` as it is now, checked on `checked`.
    pub fn of(source: &Variant, fields: &[String], checked: Option<String>) -> Parts {
        Parts {
            checked,
            fields: fields
                .iter()
                .map(|f| (f.clone(), part_hash(&field_text(source, f))))
                .collect(),
            body: paragraphs(&source.body().unwrap_or_default())
                .iter()
                .map(|p| part_hash(p))
                .collect(),
        }
    }

    /// As written in the front matter:
    /// `checked 2026-12-04; title 1a2b3c4d; description 5e6f7a8b; body 11aa22bb 33cc44dd`.
    pub fn to_line(&self) -> String {
        let mut parts = Vec::new();
        if let Some(d) = &self.checked {
            parts.push(format!("checked {d}"));
        }
        for (f, h) in &self.fields {
            parts.push(format!("{f} {h}"));
        }
        parts.push(
            format!("body {}", self.body.join(" "))
                .trim_end()
                .to_string(),
        );
        parts.join("; ")
    }

    /// Reads [`Parts::to_line`]'s text (what it does not know, it leaves out).
    pub fn parse(line: &str) -> Parts {
        let mut parts = Parts::default();
        for item in line.split(';').map(str::trim).filter(|i| !i.is_empty()) {
            let (name, value) = item.split_once(' ').unwrap_or((item, ""));
            match name {
                "checked" => parts.checked = Some(value.trim().to_string()),
                "body" => parts.body = value.split_whitespace().map(String::from).collect(),
                field => parts
                    .fields
                    .push((field.to_string(), value.trim().to_string())),
            }
        }
        parts
    }
}

/// What changed in an original since its translation was checked.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Changes {
    /// The translatable fields whose text changed (`title`, `description`, `agreements`…).
    pub fields: Vec<String>,
    /// The paragraphs of the original as it is now that are new or changed, numbered
    /// from 1, each with its first words.
    pub paragraphs: Vec<ChangedParagraph>,
    /// How many paragraphs of the original as it was are gone.
    pub removed_paragraphs: usize,
}

#[derive(Clone, Debug, Serialize)]
pub struct ChangedParagraph {
    pub number: usize,
    pub begins: String,
}

/// The first words of a paragraph, for a reader to find it.
fn first_words(paragraph: &str) -> String {
    let line = paragraph.lines().next().unwrap_or_default();
    let line = line.trim_start_matches(['#', '-', '*', '>', ' ']);
    let words: Vec<&str> = line.split_whitespace().take(8).collect();
    let mut begins = words.join(" ");
    if line.split_whitespace().count() > words.len() {
        begins.push('…');
    }
    begins
}

impl Changes {
    /// Compares the parts recorded at the check with the original as it is now.
    fn between(then: &Parts, source: &Variant, now: &Parts) -> Changes {
        let mut changes = Changes::default();
        for (field, hash) in &now.fields {
            let before = then.fields.iter().find(|(f, _)| f == field).map(|(_, h)| h);
            if before != Some(hash) {
                changes.fields.push(field.clone());
            }
        }
        let texts = paragraphs(&source.body().unwrap_or_default());
        for op in similar::capture_diff_slices(similar::Algorithm::Myers, &then.body, &now.body) {
            let (removed, added) = match op {
                similar::DiffOp::Equal { .. } => continue,
                similar::DiffOp::Delete { old_len, .. } => (old_len, 0..0),
                similar::DiffOp::Insert {
                    new_index, new_len, ..
                } => (0, new_index..new_index + new_len),
                similar::DiffOp::Replace {
                    old_len,
                    new_index,
                    new_len,
                    ..
                } => (
                    old_len.saturating_sub(new_len),
                    new_index..new_index + new_len,
                ),
            };
            changes.removed_paragraphs += removed;
            for i in added {
                changes.paragraphs.push(ChangedParagraph {
                    number: i + 1,
                    begins: texts.get(i).map(|p| first_words(p)).unwrap_or_default(),
                });
            }
        }
        changes
    }

    /// "the title, `agreements`, paragraph 2 ("…"), paragraph 5 ("…") and 1 paragraph
    /// removed", in `lang`.
    pub fn in_words(&self, lang: Lang) -> String {
        let mut items: Vec<String> = self
            .fields
            .iter()
            .map(|f| {
                let item = match f.as_str() {
                    "title" | "description" | "tags" => f.as_str(),
                    _ => "field",
                };
                Msg::new("translations-change")
                    .arg("item", item)
                    .arg("field", f)
                    .text(lang)
            })
            .collect();
        for p in &self.paragraphs {
            let item = Msg::new("translations-change")
                .arg("item", "paragraph")
                .arg("number", p.number)
                .arg("begins", &p.begins);
            items.push(item.text(lang));
        }
        if self.removed_paragraphs > 0 {
            let item = Msg::new("translations-change")
                .arg("item", "removed")
                .arg("count", self.removed_paragraphs);
            items.push(item.text(lang));
        }
        let count = items.len();
        let last = items.pop().unwrap_or_default();
        Msg::new("translations-changes")
            .arg("count", count)
            .arg("rest", items.join(", "))
            .arg("last", last)
            .text(lang)
    }
}

fn is_record(entry: &Entry) -> bool {
    crate::source::is_record_name(&entry.default_variant().file.rel)
}

/// The path a translation of `entry` into `code` would have.
fn expected_translation(entry: &Entry, code: &str) -> PathBuf {
    let source = &entry.default_variant().file.display;
    let name = source.file_name().unwrap_or_default().to_string_lossy();
    let stem = name.strip_suffix(".md").unwrap_or(&name);
    let stem = stem.rsplit_once('.').map_or(stem, |(s, _)| s);
    source.with_file_name(format!("{stem}.{code}.md"))
}

/// Every page's status in every non-default language, and a summary per language.
pub fn statuses(
    config: &Config,
    library: &Library,
    schemas: &Schemas,
) -> (Vec<PageStatus>, Vec<Summary>) {
    let mut pages = Vec::new();
    let mut summaries: Vec<Summary> = config.languages[1..]
        .iter()
        .map(|l| Summary {
            language: l.code.clone(),
            ..Default::default()
        })
        .collect();
    // Sections first, then projects, then other pages, then news and events; each
    // group in the order of its files.
    let rank = |entry: &Entry| match entry.kind {
        crate::library::Kind::Section => 0,
        _ => match crate::types::type_of(library, entry) {
            "project" => 1,
            "news" | "event" => 3,
            _ => 2,
        },
    };
    let mut entries: Vec<&Entry> = library.entries.iter().collect();
    entries.sort_by(|a, b| {
        (rank(a), &a.default_variant().file.display)
            .cmp(&(rank(b), &b.default_variant().file.display))
    });
    for entry in entries {
        let source = entry.default_variant();
        let fields = translated_fields(library, schemas, entry);
        let current = source_hash(source, &fields);
        let title = source.meta.title.clone().unwrap_or_default();
        for (i, lang) in config.languages.iter().enumerate().skip(1) {
            let mut page = PageStatus {
                language: lang.code.clone(),
                status: Status::Missing,
                source: source.file.display.clone(),
                translation: if is_record(entry) {
                    source.file.display.clone()
                } else {
                    expected_translation(entry, &lang.code)
                },
                title: title.clone(),
                translated_title: None,
                checked: None,
                changes: None,
            };
            if let Some(v) = entry.variant_for(i) {
                let then = v.meta.source_parts.as_deref().map(Parts::parse);
                page.translation = v.file.display.clone();
                page.translated_title = v.meta.title.clone().filter(|t| *t != title);
                page.checked = then.as_ref().and_then(|p| p.checked.clone());
                page.status = match &v.meta.source_hash {
                    None => Status::Unstamped,
                    Some(h) if *h == current => Status::Ok,
                    Some(_) => Status::Stale,
                };
                if page.status == Status::Stale
                    && let Some(then) = &then
                {
                    let now = Parts::of(source, &fields, None);
                    page.changes = Some(Changes::between(then, source, &now));
                }
            }
            let s = &mut summaries[i - 1];
            match page.status {
                Status::Ok => s.ok += 1,
                Status::Stale => s.stale += 1,
                Status::Unstamped => s.unstamped += 1,
                Status::Missing => s.missing += 1,
            }
            pages.push(page);
        }
    }
    (pages, summaries)
}

/// `check --strict-translations`: missing and stale translations as errors.
pub fn strict_diagnostics(
    config: &Config,
    library: &Library,
    schemas: &Schemas,
) -> Vec<Diagnostic> {
    let (pages, _) = statuses(config, library, schemas);
    let mut out = Vec::new();
    for p in pages {
        let lang = config
            .language(&p.language)
            .map_or(p.language.clone(), |l| l.name.clone());
        let missing = |case: &str| {
            let msg = Msg::new("translation-missing")
                .arg("language", &lang)
                .arg("case", case)
                .arg("code", &p.language)
                .arg("default_code", &config.languages[0].code)
                .arg("translation", p.translation.display().to_string());
            Diagnostic::said(Severity::Error, &p.source, msg)
        };
        match p.status {
            Status::Missing if p.translation == p.source => out.push(missing("record")),
            Status::Missing => out.push(missing("file")),
            Status::Stale => {
                let msg = Msg::new("translation-stale")
                    .arg("language", &lang)
                    .arg("source", p.source.display().to_string())
                    .arg("file", p.translation.display().to_string());
                let mut d = Diagnostic::said(Severity::Error, &p.translation, msg);
                if let Some(v) = find_variant(library, &p.translation)
                    && let Some(pos) = v.positions.key("source_hash")
                {
                    d = d.at(&v.file.text, pos.line, pos.column);
                }
                out.push(d);
            }
            Status::Ok | Status::Unstamped => {}
        }
    }
    out
}

fn find_variant<'a>(library: &'a Library, display: &Path) -> Option<&'a Variant> {
    library
        .entries
        .iter()
        .flat_map(|e| e.variants.iter())
        .find(|v| v.file.display == display)
}

/// Stamps the translation at `file` with its original's current hash, changing nothing
/// else in the file. A record page (`.yaml`) is stamped for every language it has.
/// Returns the hash written; its errors are said in `lang`.
pub fn mark_done(
    config: &Config,
    library: &Library,
    schemas: &Schemas,
    file: &Path,
    lang: Lang,
) -> Result<String> {
    let shown = file.display().to_string();
    let said = |msg: Msg| crate::scaffold::said(&msg, lang);
    let wanted = normalize_arg(&config.root, file);
    let Some(entry) = library.entries.iter().find(|e| {
        e.variants
            .iter()
            .any(|v| normalize_arg(&config.root, &v.file.abs) == wanted)
    }) else {
        bail!(said(Msg::new("mark-done-not-a-page").arg("file", &shown)));
    };
    let Some(variant) = entry
        .variants
        .iter()
        .find(|v| normalize_arg(&config.root, &v.file.abs) == wanted)
    else {
        bail!(said(Msg::new("mark-done-not-a-page").arg("file", &shown)));
    };
    let hash = source_hash(
        entry.default_variant(),
        &translated_fields(library, schemas, entry),
    );
    let abs = variant.file.abs.display().to_string();
    let raw = std::fs::read(&variant.file.abs)
        .with_context(|| said(Msg::new("file-unreadable").arg("path", &abs)))?;
    let text = String::from_utf8(raw)
        .with_context(|| said(Msg::new("mark-done-not-utf8").arg("file", &shown)))?;
    let stamped = if is_record(entry) {
        let languages: Vec<&str> = entry
            .variants
            .iter()
            .filter(|v| v.lang != 0)
            .map(|v| config.languages[v.lang].code.as_str())
            .collect();
        if languages.is_empty() {
            let code = config.languages.get(1).map_or("en", |l| l.code.as_str());
            bail!(said(
                Msg::new("mark-done-no-translation")
                    .arg("file", &shown)
                    .arg("code", code)
            ));
        }
        stamp_record(&text, &languages, &hash)
    } else if variant.lang == 0 {
        let example = expected_translation(
            entry,
            config.languages.get(1).map_or("en", |l| l.code.as_str()),
        );
        bail!(said(
            Msg::new("mark-done-original")
                .arg("file", &shown)
                .arg("language", &config.languages[0].name)
                .arg("example", example.display().to_string())
        ));
    } else {
        let fields = translated_fields(library, schemas, entry);
        let today = jiff::Zoned::now().date().to_string();
        let parts = Parts::of(entry.default_variant(), &fields, Some(today));
        set_line(
            &stamp(&text, &hash),
            "source_parts",
            &format!("\"{}\"", parts.to_line()),
        )
    };
    std::fs::write(&variant.file.abs, stamped)
        .with_context(|| said(Msg::new("file-unwritable").arg("path", &abs)))?;
    Ok(hash)
}

/// Sets `source_hash: { en: <hash>, … }` in a record page, replacing an earlier stamp
/// (and its indented lines) in place, else adding it at the end.
pub fn stamp_record(text: &str, languages: &[&str], hash: &str) -> String {
    let newline = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let entries: Vec<String> = languages.iter().map(|l| format!("{l}: {hash}")).collect();
    let line = format!("source_hash: {{ {} }}{newline}", entries.join(", "));
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    if let Some(start) = lines.iter().position(|l| l.starts_with("source_hash:")) {
        let mut end = start + 1;
        while end < lines.len() && lines[end].starts_with([' ', '\t']) {
            end += 1;
        }
        let mut out: String = lines[..start].concat();
        out.push_str(&line);
        out.push_str(&lines[end..].concat());
        return out;
    }
    let mut out = text.to_string();
    if !out.is_empty() && !out.ends_with('\n') {
        out.push_str(newline);
    }
    out.push_str(&line);
    out
}

/// A path given on the command line, comparable with the library's file paths.
fn normalize_arg(root: &Path, p: &Path) -> PathBuf {
    let candidates = [p.to_path_buf(), root.join(p)];
    for c in candidates {
        if let Ok(canon) = std::fs::canonicalize(&c) {
            return canon;
        }
    }
    p.to_path_buf()
}

/// Sets `source_hash: <hash>` in the front matter of `text`: see [`set_line`].
pub fn stamp(text: &str, hash: &str) -> String {
    set_line(text, "source_hash", hash)
}

/// Sets `key: value` in the front matter of `text`, keeping every other byte: an
/// existing line of `key` is replaced in place; otherwise a line is added before the
/// closing `---`, with the file's own line ending.
pub fn set_line(text: &str, key: &str, value: &str) -> String {
    let prefix = format!("{key}:");
    let newline = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let bom = if text.starts_with('\u{feff}') {
        "\u{feff}"
    } else {
        ""
    };
    let body = &text[bom.len()..];
    let mut lines: Vec<&str> = body.split_inclusive('\n').collect();
    let is_fence = |l: &str| l.trim_end() == "---";
    if lines.first().is_none_or(|l| !is_fence(l)) {
        return format!("{bom}---{newline}{key}: {value}{newline}---{newline}{body}");
    }
    let close = lines
        .iter()
        .enumerate()
        .skip(1)
        .find(|(_, l)| is_fence(l) || l.trim_end() == "...")
        .map(|(i, _)| i);
    let Some(close) = close else {
        return text.to_string();
    };
    let stamp_line = format!("{key}: {value}{newline}");
    if let Some(i) = (1..close).find(|&i| lines[i].starts_with(&prefix)) {
        let ending = if lines[i].ends_with("\r\n") {
            "\r\n"
        } else if lines[i].ends_with('\n') {
            "\n"
        } else {
            ""
        };
        let replaced = format!("{key}: {value}{ending}");
        let mut out = String::from(bom);
        for (j, l) in lines.iter().enumerate() {
            out.push_str(if j == i { &replaced } else { l });
        }
        return out;
    }
    // The line before the closing fence may lack a newline only if the file is odd; keep it.
    lines.insert(close, &stamp_line);
    let mut out = String::from(bom);
    for l in lines {
        out.push_str(l);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::stamp;

    #[test]
    fn stamp_adds_a_line_before_the_closing_fence() {
        assert_eq!(
            stamp("---\ntitle: A\n---\nBody\n", "abc"),
            "---\ntitle: A\nsource_hash: abc\n---\nBody\n"
        );
    }

    #[test]
    fn stamp_replaces_an_old_stamp_and_keeps_crlf_and_bom() {
        assert_eq!(
            stamp(
                "\u{feff}---\r\ntitle: A\r\nsource_hash: old\r\n---\r\nBody\r\n",
                "new"
            ),
            "\u{feff}---\r\ntitle: A\r\nsource_hash: new\r\n---\r\nBody\r\n"
        );
    }

    #[test]
    fn record_stamps_replace_the_old_one_or_go_at_the_end() {
        use super::stamp_record;
        assert_eq!(
            stamp_record("title: {vi: a, en: b}\n", &["en"], "h1"),
            "title: {vi: a, en: b}\nsource_hash: { en: h1 }\n"
        );
        assert_eq!(
            stamp_record("a: 1\nsource_hash:\n  en: old\nb: 2\n", &["en", "ko"], "h2"),
            "a: 1\nsource_hash: { en: h2, ko: h2 }\nb: 2\n"
        );
    }

    #[test]
    fn stamp_gives_a_file_without_front_matter_one() {
        assert_eq!(stamp("Body\n", "h"), "---\nsource_hash: h\n---\nBody\n");
    }
}
