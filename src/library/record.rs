//! Record pages: one `.yaml` file that yields a page in every language.
//!
//! ```yaml
//! country: korea                                  # the same in every language
//! title: { vi: "Tỉnh Gyeongsangbuk", en: "Gyeongsangbuk-do" }
//! slug: { en: gyeongsangbuk-do }
//! body:
//!   vi: |
//!     Nội dung tiếng Việt…
//!   en: |
//!     English text…
//! ```
//!
//! Each language gets a variant whose own fields are the values written for it; fields
//! written once are the original's, inherited by every translation as usual. A language
//! that appears in no `{…}` map has no translation (the site's missing rule applies).

use serde_yaml::{Mapping, Value};

use super::meta::Meta;
use super::{Body, Variant};
use crate::config::{Config, YamlContext};
use crate::diagnostics::Diagnostic;
use crate::source::{FileName, SourceFile};
use crate::yaml::{self, Positions};

/// True when every key of `m` is a language code: a value written once per language.
fn is_localized(m: &Mapping, codes: &[&str]) -> bool {
    !m.is_empty()
        && m.keys()
            .all(|k| k.as_str().is_some_and(|k| codes.contains(&k)))
}

/// The variants of a record file, one per language it has text for.
pub fn parse_record(
    config: &Config,
    file: SourceFile,
) -> (Vec<(FileName, Variant)>, Vec<Diagnostic>) {
    let mut problems = Vec::new();
    let doc = match yaml::parse(&file.text, 1, &file.display, &file.text) {
        Ok(d) => d,
        Err(d) => return (Vec::new(), vec![*d]),
    };
    let map = match &doc.value {
        Value::Mapping(m) => m.clone(),
        Value::Null => Mapping::new(),
        other => {
            problems.push(
                Diagnostic::said(
                    crate::diagnostics::Severity::Error,
                    &file.display,
                    crate::messages::Msg::new("record-not-fields")
                        .arg("kind", super::meta::kind_key(other)),
                )
                .at(&file.text, 1, 1),
            );
            return (Vec::new(), problems);
        }
    };
    let codes = config.language_codes();
    let localized: Vec<String> = map
        .iter()
        .filter(|(_, v)| matches!(v, Value::Mapping(m) if is_localized(m, &codes)))
        .filter_map(|(k, _)| k.as_str().map(str::to_string))
        .collect();
    let mut variants = Vec::new();
    for (lang, code) in codes.iter().enumerate() {
        let mut raw = Mapping::new();
        let mut has_own = lang == 0;
        let mut body: Option<(String, usize, usize)> = None;
        for (k, v) in &map {
            let key = k.as_str().unwrap_or_default();
            let value = match v {
                Value::Mapping(m) if is_localized(m, &codes) => match m.get(*code) {
                    Some(v) => {
                        has_own = true;
                        Some((v.clone(), format!("{key}.{code}")))
                    }
                    None => None,
                },
                _ if lang == 0 => Some((v.clone(), key.to_string())),
                _ => None,
            };
            let Some((value, path)) = value else { continue };
            if key == "body" {
                let text = value.as_str().unwrap_or_default().to_string();
                let (line, column) = body_start(&file.text, &doc.positions, &path);
                body = Some((text, line, column));
            } else {
                raw.insert(k.clone(), value);
            }
        }
        if !has_own {
            continue;
        }
        let ctx = YamlContext {
            path: &file.display,
            text: &file.text,
            positions: &doc.positions,
        };
        let meta = Meta::from_yaml(&Value::Mapping(raw.clone()), &ctx, &mut problems);
        let (text, line, column) = body.unwrap_or_default();
        let text_for_summary = text.clone();
        let mut name = file.name.clone();
        name.lang = (lang != 0).then(|| code.to_string());
        variants.push((
            name,
            Variant {
                lang,
                file: file.clone(),
                meta: std::sync::Arc::new(meta),
                raw,
                positions: doc.positions.clone(),
                body: Body::Record {
                    text,
                    line: line.max(1),
                    column: column.max(1),
                },
                localized: localized.clone(),
                summary: crate::markdown::summary_of(&text_for_summary),
            },
        ));
    }
    (variants, problems)
}

/// Where the text of a `body` value starts: the line after a `|` or `>` block indicator
/// (at its indentation), else just inside the quotes.
fn body_start(text: &str, positions: &Positions, path: &str) -> (usize, usize) {
    let Some(pos) = positions.value(path) else {
        return (1, 1);
    };
    let line_text = text.lines().nth(pos.line - 1).unwrap_or_default();
    let at = line_text.chars().nth(pos.column - 1);
    match at {
        Some('|') | Some('>') => {
            let next = text.lines().nth(pos.line).unwrap_or_default();
            let indent = next.chars().take_while(|c| *c == ' ').count();
            (pos.line + 1, indent + 1)
        }
        Some('"') | Some('\'') => (pos.line, pos.column + 1),
        _ => (pos.line, pos.column),
    }
}
