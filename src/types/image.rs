//! The `image` field kind: a photo with its alt text per language, an optional focal
//! point and credit — a page's cover.
//!
//! ```yaml
//! cover:
//!   file: anh-toan-canh.jpg      # beside the page, or /… from static/
//!   alt: "Toàn cảnh khu nông nghiệp công nghệ cao"
//!   focus: [0.5, 0.35]           # x and y from the top left, 0 to 1: kept in every crop
//!   credit: "Ảnh: Sở Ngoại vụ"
//! ```
//!
//! A translation writes only its words (`cover: { alt: "…" }`) and inherits the file,
//! focal point and credit. The alt text may also be written once per language
//! (`alt: { vi: "…", en: "…" }`), as a record page writes it.

use serde_yaml::{Mapping, Value};

use super::check::{References, ValueProblem, say, say_at_key};
use crate::messages::{Arg, Msg};

/// The parts an `image` value may have.
pub const PARTS: &[&str] = &["file", "alt", "decorative", "focus", "credit"];

/// Checks an `image` value at `path`.
pub(super) fn check(
    path: &str,
    field: &str,
    value: &Value,
    refs: &dyn References,
    out: &mut Vec<ValueProblem>,
) {
    let Value::Mapping(m) = value else {
        say(out, path, Msg::new("cover-not-a-map").arg("field", field));
        return;
    };
    for (k, _) in m {
        let key = k.as_str().unwrap_or_default();
        if !PARTS.contains(&key) {
            let near = crate::suggest::did_you_mean(key, PARTS.iter().copied());
            let msg = Msg::new("cover-unknown-part")
                .arg("part", key)
                .arg("near", near.unwrap_or("none"))
                .arg("parts", Arg::all_of(PARTS));
            say_at_key(out, &format!("{path}.{key}"), msg);
        }
    }
    let translation = refs.is_translation();
    match m.get("file") {
        Some(Value::String(file)) if !file.trim().is_empty() => {
            if let Err(msg) = refs.asset(file.trim()) {
                say(out, &format!("{path}.file"), msg);
            }
        }
        None if translation => {}
        Some(Value::String(_)) | None => {
            say(out, path, Msg::new("cover-no-file").arg("field", field));
        }
        Some(_) => say(
            out,
            &format!("{path}.file"),
            Msg::new("cover-part-not-text").arg("part", "file"),
        ),
    }
    let decorative = match m.get("decorative") {
        None => false,
        Some(Value::Bool(b)) => *b,
        Some(_) => {
            say(
                out,
                &format!("{path}.decorative"),
                Msg::new("cover-decorative-not-yes-no"),
            );
            true
        }
    };
    for part in ["alt", "credit"] {
        if let Some(v) = m.get(part) {
            check_words(path, part, v, refs, out);
        }
    }
    let has_alt = m.get("alt").is_some_and(|v| !is_blank(v));
    // A translation that writes no `alt` keeps its original's.
    let inherits_alt = translation && m.get("alt").is_none();
    if !(has_alt || decorative || inherits_alt) {
        let at = if m.contains_key("alt") {
            format!("{path}.alt")
        } else {
            path.to_string()
        };
        say(out, &at, Msg::new("cover-no-alt").arg("field", field));
    }
    if let Some(focus) = m.get("focus") {
        check_focus(&format!("{path}.focus"), focus, out);
    }
}

fn is_blank(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        Value::Mapping(m) => m.values().all(is_blank),
        _ => false,
    }
}

/// `alt` and `credit`: text, or text per language (`{ vi: …, en: … }`).
fn check_words(
    path: &str,
    part: &str,
    v: &Value,
    refs: &dyn References,
    out: &mut Vec<ValueProblem>,
) {
    match v {
        Value::String(_) | Value::Null => {}
        Value::Mapping(per_language) => {
            for (k, text) in per_language {
                let code = k.as_str().unwrap_or_default();
                let at = format!("{path}.{part}.{code}");
                if !refs.languages().contains(&code) {
                    let msg = Msg::new("cover-words-language")
                        .arg("part", part)
                        .arg("code", code)
                        .arg("codes", Arg::one_of(refs.languages()));
                    say_at_key(out, &at, msg);
                } else if !matches!(text, Value::String(_) | Value::Null) {
                    say(out, &at, Msg::new("cover-part-not-text").arg("part", part));
                }
            }
        }
        _ => say(
            out,
            &format!("{path}.{part}"),
            Msg::new("cover-part-not-text").arg("part", part),
        ),
    }
}

/// The focal point: `[x, y]`, each from 0 to 1.
pub fn focus_of(v: &Value) -> Option<(f64, f64)> {
    let Value::Sequence(s) = v else {
        return None;
    };
    match s.as_slice() {
        [x, y] => Some((x.as_f64()?, y.as_f64()?)),
        _ => None,
    }
}

fn check_focus(path: &str, v: &Value, out: &mut Vec<ValueProblem>) {
    match focus_of(v) {
        None => say(out, path, Msg::new("cover-focus-shape")),
        Some((x, y)) if !(0.0..=1.0).contains(&x) || !(0.0..=1.0).contains(&y) => {
            say(
                out,
                path,
                Msg::new("cover-focus-outside").arg("focus", format!("[{x}, {y}]")),
            );
        }
        Some(_) => {}
    }
}

/// The alt text or credit of an `image` value for language `code`: its own text, or
/// its text for `code` when written per language (else the default language's).
pub fn words(m: &Mapping, part: &str, code: &str, default: &str) -> Option<String> {
    match m.get(part)? {
        Value::String(s) => Some(s.trim().to_string()),
        Value::Mapping(per) => per
            .get(code)
            .or_else(|| per.get(default))
            .and_then(Value::as_str)
            .map(|s| s.trim().to_string()),
        _ => None,
    }
    .filter(|s| !s.is_empty())
}

/// The files beside `entry`'s page: its own (a page bundle's, a section's), and for a
/// page written as a single file (`dau-tu/du-an.md`), the files in its folder that no
/// bundle holds.
pub fn beside<'a>(
    library: &'a crate::library::Library,
    entry: &'a crate::library::Entry,
) -> impl Iterator<Item = &'a crate::library::Asset> {
    let file = &entry.default_variant().file;
    let single_file = entry.kind == crate::library::Kind::Page
        && !file
            .rel
            .rsplit('/')
            .next()
            .is_some_and(|n| n.starts_with("index."));
    let folder = file.abs.parent().filter(|_| single_file);
    let loose = library
        .loose_assets
        .iter()
        .filter(move |a| folder.is_some() && a.source.parent() == folder);
    entry.assets.iter().chain(loose)
}

/// The site path of the photo an `image` value names (`anh.jpg` beside the page, or
/// `/anh/bia.jpg`), when it is there.
pub fn site_path(
    library: &crate::library::Library,
    entry: &crate::library::Entry,
    name: &str,
) -> Option<String> {
    let decoded = crate::text::decoded_name(name.trim());
    if decoded.starts_with('/') {
        return Some(decoded);
    }
    let wanted = decoded.trim_start_matches("./");
    beside(library, entry)
        .find(|a| a.name == wanted)
        .map(|a| a.url.clone())
}

/// Whether the file an `image` value names is a photo of the site: beside `entry` (see
/// [`beside`]), or a site path (`/anh/bia.jpg`). Names match in capitals too, as they
/// do once published.
pub fn find_asset(
    library: &crate::library::Library,
    entry: &crate::library::Entry,
    name: &str,
) -> Result<(), Msg> {
    let decoded = crate::text::decoded_name(name);
    let missing = |case: &str| {
        Msg::new("cover-file-missing")
            .arg("case", case)
            .arg("file", name)
    };
    if let Some(site_path) = decoded.strip_prefix('/') {
        if !library.has_address(site_path) {
            return Err(missing("site").arg("near", "none").arg("near_name", ""));
        }
    } else if crate::text::url::scheme(&decoded).is_some() {
        return Err(missing("site").arg("near", "none").arg("near_name", ""));
    } else {
        let wanted = decoded.trim_start_matches("./");
        if !beside(library, entry).any(|a| a.name == wanted) {
            let names = || beside(library, entry).map(|a| a.name.as_str());
            let lower = wanted.to_lowercase();
            let (near, near_name) = match names().find(|n| n.to_lowercase() == lower) {
                Some(n) => ("case", n.to_string()),
                None => match crate::suggest::did_you_mean(wanted, names()) {
                    Some(n) => ("other", n.to_string()),
                    None => ("none", String::new()),
                },
            };
            return Err(missing("bundle")
                .arg("near", near)
                .arg("near_name", near_name));
        }
    }
    let file_name = decoded.rsplit('/').next().unwrap_or(&decoded);
    if !crate::images::is_photo(file_name) {
        return Err(Msg::new("cover-file-not-photo").arg("file", name));
    }
    Ok(())
}
