//! The theme's own words in every language (`themes/<theme>/i18n/<lang>.yaml`), read in
//! templates with `t(key="…")`.
//!
//! Every key a template uses is checked against every language when the site is built,
//! so a missing English string is a build error naming the key, the language and the
//! template — not a hole that a reader finds.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use rustc_hash::FxHashMap;

use serde_yaml::Value;

use super::templates::TemplateFile;
use crate::config::Config;
use crate::diagnostics::{Diagnostic, line_col};
use crate::messages::Msg;

/// Theme strings by language code, then key.
#[derive(Clone, Debug, Default)]
pub struct Strings {
    /// Looked up for every `t()` of every page: FxHash, not std's SipHash.
    by_lang: FxHashMap<String, FxHashMap<String, String>>,
    files: HashMap<String, PathBuf>,
    /// Keys a site's own `i18n/<lang>.yaml` sets, in any language: a key missing in one
    /// language belongs in the site's file for it when the site added it.
    site_keys: std::collections::HashSet<String>,
    /// (language, key) already reported as missing when the templates were checked.
    reported: std::collections::HashSet<(String, String)>,
    /// Languages with a strings file that could not be read (its error is reported): their
    /// keys are not also each reported missing.
    unreadable: std::collections::HashSet<String>,
}

impl Strings {
    pub fn get(&self, lang: &str, key: &str) -> Option<&str> {
        self.by_lang.get(lang)?.get(key).map(String::as_str)
    }

    /// True when a missing (language, key) was reported by [`check_keys`]: rendering then
    /// shows the key instead of failing a second time for the same problem.
    pub fn already_reported(&self, lang: &str, key: &str) -> bool {
        self.reported.contains(&(lang.to_string(), key.to_string()))
    }

    pub fn file(&self, lang: &str) -> PathBuf {
        self.files
            .get(lang)
            .cloned()
            .unwrap_or_else(|| PathBuf::from(format!("i18n/{lang}.yaml")))
    }

    /// Where `key`'s missing `lang` text belongs: the site's own `i18n/<lang>.yaml` for a
    /// key the site added, else the theme's file for the language.
    pub fn file_for_key(&self, lang: &str, key: &str) -> PathBuf {
        if self.site_keys.contains(key) {
            PathBuf::from("i18n").join(format!("{lang}.yaml"))
        } else {
            self.file(lang)
        }
    }
}

/// Reads the theme's i18n files (a site's `i18n/<lang>.yaml` overrides single keys).
pub fn load(config: &Config, problems: &mut Vec<Diagnostic>) -> Strings {
    let mut strings = Strings::default();
    for lang in &config.languages {
        let mut map = FxHashMap::default();
        let dirs = [
            (config.theme_dir().join("i18n"), false),
            (config.root.join("i18n"), true),
        ];
        for (dir, site_own) in dirs {
            let path = dir.join(format!("{}.yaml", lang.code));
            let display = crate::diagnostics::display_path(&config.root, &path);
            let text = match config.boundary.read_text(&path) {
                Ok(Some(text)) => text,
                Ok(None) => continue,
                Err(d) => {
                    problems.push(d);
                    strings.unreadable.insert(lang.code.clone());
                    continue;
                }
            };
            match crate::yaml::parse(&text, 1, &display, &text) {
                Ok(doc) => {
                    let mut own = FxHashMap::default();
                    flatten("", &doc.value, &mut own);
                    if site_own {
                        strings.site_keys.extend(own.keys().cloned());
                    }
                    map.extend(own);
                }
                Err(d) => {
                    problems.push(*d);
                    strings.unreadable.insert(lang.code.clone());
                }
            }
            strings.files.entry(lang.code.clone()).or_insert(display);
        }
        strings.by_lang.insert(lang.code.clone(), map);
    }
    strings
}

fn flatten(prefix: &str, value: &Value, out: &mut FxHashMap<String, String>) {
    match value {
        Value::Mapping(m) => {
            for (k, v) in m {
                let Some(k) = k.as_str() else { continue };
                let key = if prefix.is_empty() {
                    k.to_string()
                } else {
                    format!("{prefix}.{k}")
                };
                flatten(&key, v, out);
            }
        }
        Value::String(s) => {
            out.insert(prefix.to_string(), s.clone());
        }
        Value::Number(n) => {
            out.insert(prefix.to_string(), n.to_string());
        }
        Value::Bool(b) => {
            out.insert(prefix.to_string(), b.to_string());
        }
        _ => {}
    }
}

/// Checks that every `t(key="…")` in the templates has a string in every language.
pub fn check_keys(
    config: &Config,
    strings: &mut Strings,
    templates: &BTreeMap<String, TemplateFile>,
    problems: &mut Vec<Diagnostic>,
) {
    let uses_strings = templates.values().any(|f| !used_keys(&f.source).is_empty());
    for lang in &config.languages {
        // A language with no strings at all is one problem, not one per key.
        if !strings.files.contains_key(&lang.code) {
            if !uses_strings {
                continue;
            }
            let expected = config
                .theme_dir()
                .join("i18n")
                .join(format!("{}.yaml", lang.code));
            let existing = match strings.files.values().next() {
                Some(existing) => existing.display().to_string(),
                None => "none".into(),
            };
            problems.push(Diagnostic::said(
                crate::diagnostics::Severity::Error,
                crate::diagnostics::display_path(&config.root, &expected),
                Msg::new("theme-strings-missing")
                    .arg("language", &lang.name)
                    .arg("code", &lang.code)
                    .arg("existing", existing),
            ));
            continue;
        }
        if strings.unreadable.contains(&lang.code) {
            continue;
        }
        for file in templates.values() {
            for (offset, key) in used_keys(&file.source) {
                if strings.get(&lang.code, &key).is_some() {
                    continue;
                }
                let (line, column) = line_col(&file.source, offset);
                let i18n_file = strings.file_for_key(&lang.code, &key);
                problems.push(
                    Diagnostic::said(
                        crate::diagnostics::Severity::Error,
                        &file.display,
                        Msg::new("theme-string-missing")
                            .arg("key", &key)
                            .arg("language", &lang.name)
                            .arg("code", &lang.code)
                            .arg("file", i18n_file.display().to_string()),
                    )
                    .at(&file.source, line, column),
                );
                strings.reported.insert((lang.code.clone(), key));
            }
        }
    }
    // Keys of a language whose file is missing or unreadable were reported with the file.
    for lang in &config.languages {
        if !strings.files.contains_key(&lang.code) || strings.unreadable.contains(&lang.code) {
            for file in templates.values() {
                for (_, key) in used_keys(&file.source) {
                    strings.reported.insert((lang.code.clone(), key));
                }
            }
        }
    }
}

/// Every literal key passed to `t(key=…)` in a template, with its byte offset.
pub fn used_keys(source: &str) -> Vec<(usize, String)> {
    let mut keys = Vec::new();
    let bytes = source.as_bytes();
    let mut from = 0;
    while let Some(i) = source[from..].find("t(") {
        let at = from + i;
        from = at + 2;
        if at > 0
            && (bytes[at - 1].is_ascii_alphanumeric()
                || bytes[at - 1] == b'_'
                || bytes[at - 1] == b'.')
        {
            continue;
        }
        let rest = source[at + 2..].trim_start();
        let Some(rest) = rest.strip_prefix("key") else {
            continue;
        };
        let Some(rest) = rest.trim_start().strip_prefix('=') else {
            continue;
        };
        let rest = rest.trim_start();
        let Some(quote) = rest.chars().next().filter(|c| *c == '"' || *c == '\'') else {
            continue;
        };
        if let Some(end) = rest[1..].find(quote) {
            keys.push((at, rest[1..1 + end].to_string()));
        }
    }
    keys
}

/// Fills `{name}` placeholders of a theme string from the call's other arguments.
pub fn fill(template: &str, args: &[(String, String)]) -> String {
    let mut out = template.to_string();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_literal_keys_but_not_other_calls() {
        let src = "{{ t(key=\"nav.home\") }} {{ format(key=\"x\") }} {{ t( key = 'lang' ) }}";
        let keys: Vec<String> = used_keys(src).into_iter().map(|(_, k)| k).collect();
        assert_eq!(keys, ["nav.home", "lang"]);
    }

    #[test]
    fn placeholders_are_filled() {
        assert_eq!(
            fill(
                "Trang {n} / {total}",
                &[("n".into(), "2".into()), ("total".into(), "5".into())]
            ),
            "Trang 2 / 5"
        );
    }
}
