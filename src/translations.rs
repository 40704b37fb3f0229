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
use crate::diagnostics::Diagnostic;
use crate::library::{Entry, Library, Variant};

/// The front-matter fields whose change makes a translation stale, besides the body.
const TRANSLATABLE_FIELDS: &[&str] = &["title", "description", "tags"];

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Ok,
    Stale,
    Unstamped,
    Missing,
}

impl Status {
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

/// The translatable content of an original, hashed: what `source_hash` records.
pub fn source_hash(source: &Variant) -> String {
    let mut hasher = blake3::Hasher::new();
    let meta = &source.meta;
    for field in TRANSLATABLE_FIELDS {
        let value = match *field {
            "title" => meta.title.clone().unwrap_or_default(),
            "description" => meta.description.clone().unwrap_or_default(),
            "tags" => meta.tags.clone().unwrap_or_default().join("\u{1f}"),
            _ => String::new(),
        };
        hasher.update(field.as_bytes());
        hasher.update(b"\0");
        hasher.update(value.trim().as_bytes());
        hasher.update(b"\0");
    }
    // Trailing spaces and blank lines at the end are not a change of text.
    for line in source.body().trim_end().lines() {
        hasher.update(line.trim_end().as_bytes());
        hasher.update(b"\n");
    }
    hasher.finalize().to_hex()[..16].to_string()
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
pub fn statuses(config: &Config, library: &Library) -> (Vec<PageStatus>, Vec<Summary>) {
    let mut pages = Vec::new();
    let mut summaries: Vec<Summary> = config.languages[1..]
        .iter()
        .map(|l| Summary {
            language: l.code.clone(),
            ..Default::default()
        })
        .collect();
    let mut entries: Vec<&Entry> = library.entries.iter().collect();
    entries.sort_by(|a, b| {
        a.default_variant()
            .file
            .display
            .cmp(&b.default_variant().file.display)
    });
    for entry in entries {
        let source = entry.default_variant();
        let current = source_hash(source);
        for (i, lang) in config.languages.iter().enumerate().skip(1) {
            let (status, translation) = match entry.variant_for(i) {
                None => (Status::Missing, expected_translation(entry, &lang.code)),
                Some(v) => {
                    let status = match &v.meta.source_hash {
                        None => Status::Unstamped,
                        Some(h) if *h == current => Status::Ok,
                        Some(_) => Status::Stale,
                    };
                    (status, v.file.display.clone())
                }
            };
            let s = &mut summaries[i - 1];
            match status {
                Status::Ok => s.ok += 1,
                Status::Stale => s.stale += 1,
                Status::Unstamped => s.unstamped += 1,
                Status::Missing => s.missing += 1,
            }
            pages.push(PageStatus {
                language: lang.code.clone(),
                status,
                source: source.file.display.clone(),
                translation,
            });
        }
    }
    (pages, summaries)
}

/// `check --strict-translations`: missing and stale translations as errors.
pub fn strict_diagnostics(config: &Config, library: &Library) -> Vec<Diagnostic> {
    let (pages, _) = statuses(config, library);
    let mut out = Vec::new();
    for p in pages {
        let lang = config
            .language(&p.language)
            .map_or(p.language.clone(), |l| l.name.clone());
        match p.status {
            Status::Missing => out.push(
                Diagnostic::error(&p.source, format!("this page has no {lang} translation"))
                    .help(format!("write `{}`", p.translation.display())),
            ),
            Status::Stale => {
                let mut d = Diagnostic::error(
                    &p.translation,
                    format!("this {lang} translation is out of date: `{}` has changed since it was marked done", p.source.display()),
                )
                .help(format!(
                    "update the translation, then run `outreach translations --mark-done {}`",
                    p.translation.display()
                ));
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
/// else in the file. Returns the hash written.
pub fn mark_done(config: &Config, library: &Library, file: &Path) -> Result<String> {
    let wanted = normalize_arg(&config.root, file);
    let Some(entry) = library.entries.iter().find(|e| {
        e.variants
            .iter()
            .any(|v| normalize_arg(&config.root, &v.file.abs) == wanted)
    }) else {
        bail!(
            "`{}` is not a page of this site (translations are files like `content/dau-tu/x.en.md`)",
            file.display()
        );
    };
    let variant = entry
        .variants
        .iter()
        .find(|v| normalize_arg(&config.root, &v.file.abs) == wanted)
        .expect("found above");
    if variant.lang == 0 {
        bail!(
            "`{}` is not a translation: it is the {} original; mark its translations done instead (e.g. `{}`)",
            file.display(),
            config.languages[0].name,
            expected_translation(
                entry,
                config.languages.get(1).map_or("en", |l| l.code.as_str())
            )
            .display()
        );
    }
    let hash = source_hash(entry.default_variant());
    let raw = std::fs::read(&variant.file.abs)
        .with_context(|| format!("failed to read `{}`", variant.file.abs.display()))?;
    let text = String::from_utf8(raw)
        .with_context(|| format!("`{}` is not UTF-8 text", file.display()))?;
    let stamped = stamp(&text, &hash);
    std::fs::write(&variant.file.abs, stamped)
        .with_context(|| format!("failed to write `{}`", variant.file.abs.display()))?;
    Ok(hash)
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

/// Sets `source_hash: <hash>` in the front matter of `text`, keeping every other byte:
/// an existing stamp's value is replaced in place; otherwise a line is added before the
/// closing `---`, with the file's own line ending.
pub fn stamp(text: &str, hash: &str) -> String {
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
        return format!("{bom}---{newline}source_hash: {hash}{newline}---{newline}{body}");
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
    let stamp_line = format!("source_hash: {hash}{newline}");
    if let Some(i) = (1..close).find(|&i| lines[i].starts_with("source_hash:")) {
        let ending = if lines[i].ends_with("\r\n") {
            "\r\n"
        } else if lines[i].ends_with('\n') {
            "\n"
        } else {
            ""
        };
        let replaced = format!("source_hash: {hash}{ending}");
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
    fn stamp_gives_a_file_without_front_matter_one() {
        assert_eq!(stamp("Body\n", "h"), "---\nsource_hash: h\n---\nBody\n");
    }
}
