//! Text written once per language: `title: { vi: "…", en: "…" }`, or one string for all.

use std::path::Path;

use serde::Serialize;
use serde_yaml::Value;

use crate::diagnostics::{Diagnostic, Severity};
use crate::messages::{Arg, Msg};
use crate::yaml::Positions;

/// A text with a version per language, or one version for every language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Localized {
    /// (language code, text), in the order written.
    by_lang: Vec<(String, String)>,
}

impl Localized {
    pub fn same_for_all(text: impl Into<String>) -> Self {
        Localized {
            by_lang: vec![(String::new(), text.into())],
        }
    }

    /// The text for `lang`, else for `default_lang`, else the first one written.
    pub fn get(&self, lang: &str, default_lang: &str) -> &str {
        let find = |l: &str| {
            self.by_lang
                .iter()
                .find(|(k, _)| k == l)
                .map(|(_, v)| v.as_str())
        };
        find(lang)
            .or_else(|| find(""))
            .or_else(|| find(default_lang))
            .or_else(|| self.by_lang.first().map(|(_, v)| v.as_str()))
            .unwrap_or("")
    }

    pub fn is_empty(&self) -> bool {
        self.by_lang.is_empty()
    }

    /// Reads a localised text at `field`, checking its language keys against `languages`.
    pub fn from_yaml(
        value: &Value,
        field: &str,
        languages: &[&str],
        ctx: &YamlContext<'_>,
        problems: &mut Vec<Diagnostic>,
    ) -> Option<Localized> {
        match value {
            Value::String(s) => Some(Localized::same_for_all(s.clone())),
            Value::Number(n) => Some(Localized::same_for_all(n.to_string())),
            Value::Mapping(map) => {
                let mut by_lang = Vec::new();
                for (k, v) in map {
                    let key = k.as_str().unwrap_or_default();
                    let path = format!("{field}.{key}");
                    if !languages.contains(&key) {
                        problems.push(
                            ctx.said_at_key(
                                &path,
                                Msg::new("language-undeclared")
                                    .arg("key", key)
                                    .arg("languages", Arg::all_of(languages)),
                            ),
                        );
                        continue;
                    }
                    match v {
                        Value::String(s) => by_lang.push((key.to_string(), s.clone())),
                        other => problems.push(
                            ctx.said_at_value(
                                &path,
                                Msg::new("localized-not-text")
                                    .arg("path", &path)
                                    .arg("key", key)
                                    .arg("per_language", "no")
                                    .arg("kind", crate::yaml::kind_key(other)),
                            ),
                        ),
                    }
                }
                Some(Localized { by_lang })
            }
            Value::Null => None,
            other => {
                problems.push(
                    ctx.said_at_value(
                        field,
                        Msg::new("localized-not-text")
                            .arg("path", field)
                            .arg("key", field.rsplit('.').next().unwrap_or(field))
                            .arg("per_language", "yes")
                            .arg("kind", crate::yaml::kind_key(other)),
                    ),
                );
                None
            }
        }
    }
}

/// A YAML document's file and positions, for placing diagnostics about its fields.
pub struct YamlContext<'a> {
    pub path: &'a Path,
    pub text: &'a str,
    pub positions: &'a Positions,
}

impl YamlContext<'_> {
    /// A plain scalar as the author wrote it (`1.500`, which YAML reads as 1.5), when
    /// `field` is one: the text from its value's position to the end of the scalar.
    pub fn written(&self, field: &str) -> Option<&str> {
        let pos = self.positions.value(field)?;
        let line = self.text.lines().nth(pos.line.checked_sub(1)?)?;
        let start = line
            .char_indices()
            .nth(pos.column.checked_sub(1)?)
            .map(|(i, _)| i)?;
        let rest = &line[start..];
        if rest.starts_with(['"', '\'', '[', '{', '|', '>']) {
            return None;
        }
        let end = rest.find([',', '}', ']', '#']).unwrap_or(rest.len());
        Some(rest[..end].trim())
    }

    /// The catalogue message `msg` as an error at `field`'s key.
    pub fn said_at_key(&self, field: &str, msg: crate::messages::Msg) -> Diagnostic {
        let pos = self.positions.key(field).unwrap_or(self.positions.start());
        self.place_said(pos, msg)
    }

    /// The catalogue message `msg` as an error at `field`'s value (its key if the value
    /// has no position).
    pub fn said_at_value(&self, field: &str, msg: crate::messages::Msg) -> Diagnostic {
        let pos = self
            .positions
            .value(field)
            .or_else(|| self.positions.key(field))
            .unwrap_or(self.positions.start());
        self.place_said(pos, msg)
    }

    /// The catalogue message `msg` as a warning at `field`'s value (its key if the
    /// value has no position).
    pub fn warned_at_value(&self, field: &str, msg: Msg) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            ..self.said_at_value(field, msg)
        }
    }

    fn place_said(&self, pos: crate::yaml::Pos, msg: crate::messages::Msg) -> Diagnostic {
        let d = Diagnostic::said(Severity::Error, self.path, msg);
        match self.positions.line_text(pos.line) {
            Some(quoted) => d.at_quoting(pos.line, pos.column, quoted),
            None => d.at(self.text, pos.line, pos.column),
        }
    }

    pub fn error_at_key(&self, field: &str, msg: String, help: Option<String>) -> Diagnostic {
        let pos = self.positions.key(field).unwrap_or(self.positions.start());
        self.place(pos, msg, help)
    }

    pub fn error_at_value(&self, field: &str, msg: String, help: Option<String>) -> Diagnostic {
        let pos = self
            .positions
            .value(field)
            .or_else(|| self.positions.key(field))
            .unwrap_or(self.positions.start());
        self.place(pos, msg, help)
    }

    /// A warning at `field`'s value (its key if the value has no position).
    pub fn warning_at_value(&self, field: &str, msg: String, help: String) -> Diagnostic {
        let d = self.error_at_value(field, msg, Some(help));
        Diagnostic {
            severity: Severity::Warning,
            ..d
        }
    }

    fn place(&self, pos: crate::yaml::Pos, msg: String, help: Option<String>) -> Diagnostic {
        let d = Diagnostic::error(self.path, msg);
        let d = match self.positions.line_text(pos.line) {
            Some(quoted) => d.at_quoting(pos.line, pos.column, quoted),
            None => d.at(self.text, pos.line, pos.column),
        };
        match help {
            Some(h) => d.help(h),
            None => d,
        }
    }
}

/// Resolves every `{vi: …, en: …}` map inside `value` to the text for `lang` (else the
/// default language's), so templates see one value per language. A map counts as
/// localised when all its keys are declared language codes.
///
/// Every map key comes back as one a template can use: text, a whole number or yes/no.
/// YAML also allows `1.5:`, `~:`, `[a, b]:` or a tagged key, which templates (and JSON)
/// cannot hold; those keys become their YAML text, so no value is lost or refused.
pub fn localize_value(value: &Value, lang: &str, default_lang: &str, languages: &[&str]) -> Value {
    match value {
        Value::Mapping(map) => {
            let is_localized = !map.is_empty()
                && map
                    .keys()
                    .all(|k| k.as_str().is_some_and(|k| languages.contains(&k)));
            if is_localized {
                let pick = map
                    .get(lang)
                    .or_else(|| map.get(default_lang))
                    .or_else(|| map.values().next())
                    .cloned()
                    .unwrap_or(Value::Null);
                return localize_value(&pick, lang, default_lang, languages);
            }
            Value::Mapping(
                map.iter()
                    .map(|(k, v)| {
                        (
                            template_key(k),
                            localize_value(v, lang, default_lang, languages),
                        )
                    })
                    .collect(),
            )
        }
        Value::Sequence(items) => Value::Sequence(
            items
                .iter()
                .map(|v| localize_value(v, lang, default_lang, languages))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// A map key as templates can index it: see [`localize_value`].
fn template_key(key: &Value) -> Value {
    match key {
        Value::String(_) | Value::Bool(_) => key.clone(),
        Value::Number(n) if n.is_i64() || n.is_u64() => key.clone(),
        Value::Null => Value::String("null".into()),
        other => Value::String(
            serde_yaml::to_string(other)
                .map(|s| s.trim_end().to_string())
                .unwrap_or_default(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn localised_maps_resolve_at_any_depth() {
        let v: Value = serde_yaml::from_str(
            "agreements:\n  - title: { vi: Bản ghi nhớ, en: Memorandum }\n    year: 2017\nname: { vi: Hậu Giang }\n",
        )
        .unwrap();
        let en = localize_value(&v, "en", "vi", &["vi", "en"]);
        assert_eq!(
            en["agreements"][0]["title"],
            Value::String("Memorandum".into())
        );
        assert_eq!(
            en["agreements"][0]["year"],
            serde_yaml::from_str::<Value>("2017").unwrap()
        );
        assert_eq!(en["name"], Value::String("Hậu Giang".into()));
    }
}
