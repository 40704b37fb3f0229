//! Functions outreach adds to Tera: `t(key=…)` for theme strings, `url(path="@/…")` for
//! the address of a content page in the current language, `asset_url(path=…)` for theme
//! files.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use tera::{Kwargs, State, Tera, Value};

use super::i18n::{Strings, fill};
use crate::config::Config;
use crate::library::Library;

/// Per content key, per language: the URL a link should go to.
pub struct UrlTable {
    languages: Vec<String>,
    urls: HashMap<String, Vec<String>>,
}

impl UrlTable {
    pub fn new(config: &Config, library: &Library) -> Self {
        let mut urls = HashMap::new();
        for e in &library.entries {
            let per_lang = (0..config.languages.len())
                .map(|lang| link_target(e, lang))
                .collect();
            urls.insert(e.key.clone(), per_lang);
        }
        UrlTable {
            languages: config.languages.iter().map(|l| l.code.clone()).collect(),
            urls,
        }
    }

    fn url(&self, content_path: &str, lang: &str) -> Option<&str> {
        let codes: Vec<&str> = self.languages.iter().map(String::as_str).collect();
        let key = crate::library::path_key(content_path, &codes);
        let idx = codes.iter().position(|c| *c == lang).unwrap_or(0);
        self.urls.get(&key).map(|v| v[idx].as_str())
    }
}

/// Where a link to `e` goes in `lang`: its page in that language, else (a language that
/// omits untranslated pages) the default-language page.
pub fn link_target(e: &crate::library::Entry, lang: usize) -> String {
    match &e.renditions[lang] {
        Some(r) => r.url.clone(),
        None => e.urls[0].clone(),
    }
}

fn current_lang(state: &State) -> String {
    state
        .get::<String>("lang")
        .ok()
        .flatten()
        .unwrap_or_default()
}

/// Sections by key, per language: the section's summary with its `pages`, for
/// `get_section`. Filled once the summaries exist, before any page is rendered.
pub type SectionTable = HashMap<String, Vec<Option<Value>>>;

/// Registers `t`, `url`, `asset_url` and `get_section`.
pub fn register(
    tera: &mut Tera,
    strings: Arc<Strings>,
    urls: Arc<UrlTable>,
    sections: Arc<OnceLock<SectionTable>>,
) {
    let languages = urls.languages.clone();
    tera.register_function("get_section", move |kwargs: Kwargs, state: &State| -> tera::TeraResult<Value> {
        let path: String = kwargs.must_get("path")?;
        let lang = match kwargs.get::<String>("lang")? {
            Some(l) => l,
            None => current_lang(state),
        };
        let codes: Vec<&str> = languages.iter().map(String::as_str).collect();
        let Some(content_path) = path.strip_prefix("@/") else {
            return Err(tera::Error::message(format!(
                "get_section(): `{path}` is not a content path; write it as `@/section/_index.md`"
            )));
        };
        let key = crate::library::path_key(content_path, &codes);
        let idx = codes.iter().position(|c| *c == lang).unwrap_or(0);
        let table = sections.get().ok_or_else(|| tera::Error::message("get_section(): sections are not ready"))?;
        match table.get(&key) {
            Some(per_lang) => Ok(per_lang[idx].clone().or_else(|| per_lang[0].clone()).unwrap_or_else(Value::none)),
            None => Err(tera::Error::message(format!(
                "get_section(): there is no section `content/{content_path}`"
            ))),
        }
    });
    tera.register_function(
        "t",
        move |kwargs: Kwargs, state: &State| -> tera::TeraResult<Value> {
            let key: String = kwargs.must_get("key")?;
            let lang = match kwargs.get::<String>("lang")? {
                Some(l) => l,
                None => current_lang(state),
            };
            let Some(template) = strings.get(&lang, &key) else {
                return Err(tera::Error::message(format!(
                    "the theme string `{key}` has no `{lang}` text (add it to `{}`)",
                    strings.file(&lang).display()
                )));
            };
            let args: Vec<(String, String)> = kwargs
                .iter()
                .filter(|(k, _)| k.as_str() != Some("key") && k.as_str() != Some("lang"))
                .map(|(k, v)| (k.as_str().unwrap_or_default().to_string(), v.to_string()))
                .collect();
            Ok(Value::from(fill(template, &args)))
        },
    );
    tera.register_function(
        "url",
        move |kwargs: Kwargs, state: &State| -> tera::TeraResult<Value> {
            let path: String = kwargs.must_get("path")?;
            let lang = match kwargs.get::<String>("lang")? {
                Some(l) => l,
                None => current_lang(state),
            };
            let Some(content_path) = path.strip_prefix("@/") else {
                return Err(tera::Error::message(format!(
                    "url(): `{path}` is not a content path; write it as `@/section/page.md`"
                )));
            };
            match urls.url(content_path, &lang) {
                Some(u) => Ok(Value::from(u)),
                None => Err(tera::Error::message(format!(
                    "url(): there is no page `content/{content_path}`"
                ))),
            }
        },
    );
    tera.register_function(
        "asset_url",
        |kwargs: Kwargs, _: &State| -> tera::TeraResult<Value> {
            let path: String = kwargs.must_get("path")?;
            Ok(Value::from(format!("/{}", path.trim_start_matches('/'))))
        },
    );
}
