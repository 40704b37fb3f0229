//! Functions outreach adds to Tera: `t(key=…)` for theme strings, `url(path="@/…")` for
//! the address of a content page in the current language (and `url(path="/…")` for any
//! other address of the site), `asset_url(path=…)` for theme files. Every address they
//! give is under the base URL's path, so a site published at `https://x.org/repo/` works.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::Arc;

use tera::{Kwargs, State, Tera, Value};

use super::i18n::{Strings, fill};
use super::said_errors;
use crate::config::Config;
use crate::library::Library;
use crate::messages::Msg;

/// Per content key, per language: the URL a link should go to.
pub struct UrlTable {
    languages: Vec<String>,
    /// The path of the base URL, put before every address (see [`Config::site_url`]).
    base_path: String,
    urls: HashMap<String, Vec<String>>,
}

impl UrlTable {
    pub fn new(config: &Config, library: &Library) -> Self {
        let mut urls = HashMap::new();
        for e in &library.entries {
            let per_lang = (0..config.languages.len())
                .map(|lang| config.site_url(&link_target(e, lang)))
                .collect();
            urls.insert(e.key.clone(), per_lang);
        }
        UrlTable {
            languages: config.languages.iter().map(|l| l.code.clone()).collect(),
            base_path: config.base_path.clone(),
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

/// The `lang` argument if given, else the language of the page being rendered.
fn lang_arg<'k>(kwargs: &'k Kwargs, state: &State) -> tera::TeraResult<Lang<'k>> {
    if let Some(lang) = text_arg(kwargs, "lang")? {
        return Ok(Lang::Given(lang));
    }
    Ok(match state.get::<Value>("lang").ok().flatten() {
        Some(value) if value.as_str().is_some() => Lang::Page(value),
        other => Lang::Given(Cow::Owned(
            other.map(|v| text_of(&v).into_owned()).unwrap_or_default(),
        )),
    })
}

/// A language code from [`lang_arg`]: the page's `lang` value is kept as it is, not
/// copied out into a `String` on each of the dozen calls a page makes.
enum Lang<'k> {
    Given(Cow<'k, str>),
    /// A string value.
    Page(Value),
}

impl std::ops::Deref for Lang<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        match self {
            Lang::Given(code) => code,
            Lang::Page(value) => value.as_str().unwrap_or_default(),
        }
    }
}

impl std::fmt::Display for Lang<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self)
    }
}

/// A value as text: a string as it is, anything else written out. Tera's own `String`
/// argument writes every value out through `format!`, strings too: these functions run
/// a dozen times a page.
fn text_of(value: &Value) -> Cow<'_, str> {
    match value.as_str() {
        Some(s) => Cow::Borrowed(s),
        None => Cow::Owned(value.to_string()),
    }
}

/// A keyword argument as text, if given.
fn text_arg<'k>(kwargs: &'k Kwargs, name: &'k str) -> tera::TeraResult<Option<Cow<'k, str>>> {
    Ok(kwargs.get::<&Value>(name)?.map(text_of))
}

/// A required keyword argument as text.
fn must_text<'k>(kwargs: &'k Kwargs, name: &'k str) -> tera::TeraResult<Cow<'k, str>> {
    Ok(text_of(kwargs.must_get::<&Value>(name)?))
}

/// What `get_section`, `get_page` and `get_taxonomy` answer from: per key, per
/// language. Made with the site's values ([`super::SiteContext`]), before the templates'
/// functions are registered with it.
#[derive(Default)]
pub struct Lookups {
    /// A section's summary with its `pages` and `subsections`.
    pub sections: HashMap<String, Vec<Option<Value>>>,
    /// A page's summary.
    pub pages: HashMap<String, Vec<Option<Value>>>,
    /// A taxonomy with its terms.
    pub taxonomies: HashMap<String, Vec<Value>>,
    /// Field name → the taxonomy built from it.
    pub taxonomy_fields: HashMap<String, String>,
    /// Keys of pages that could not be read: asking for one is not a second error.
    pub unreadable: std::collections::HashSet<String>,
}

/// Marks a template error caused by a page that could not be read, whose own error is
/// reported: [`super::templates::tera_error_diagnostics`] leaves such errors out.
pub const BECAUSE_UNREADABLE: &str = "(because a content file could not be read)";

fn lang_index(languages: &[String], state: &State, kwargs: &Kwargs) -> tera::TeraResult<usize> {
    let lang = lang_arg(kwargs, state)?;
    Ok(languages.iter().position(|c| **c == *lang).unwrap_or(0))
}

/// Registers a `get_*(path="@/…")` function answering from one table of `Lookups`.
fn register_lookup(
    tera: &mut Tera,
    name: &'static str,
    languages: Vec<String>,
    lookups: Arc<Lookups>,
    table: fn(&Lookups) -> &HashMap<String, Vec<Option<Value>>>,
) {
    tera.register_function(
        name,
        move |kwargs: Kwargs, state: &State| -> tera::TeraResult<Value> {
            let path = must_text(&kwargs, "path")?;
            let idx = lang_index(&languages, state, &kwargs)?;
            let codes: Vec<&str> = languages.iter().map(String::as_str).collect();
            let Some(content_path) = path.strip_prefix("@/") else {
                return Err(said_errors::error(
                    Msg::new("template-fn-not-content-path")
                        .arg("function", name)
                        .arg("path", path.as_ref()),
                ));
            };
            let key = crate::library::path_key(content_path, &codes);
            let all = Arc::clone(&lookups);
            match table(&all).get(&key) {
                Some(per_lang) => Ok(per_lang[idx]
                    .clone()
                    .or_else(|| per_lang[0].clone())
                    .unwrap_or_else(Value::none)),
                None if all.unreadable.contains(&key) => Err(tera::Error::message(format!(
                    "{name}(): `content/{content_path}` {BECAUSE_UNREADABLE}"
                ))),
                None => Err(said_errors::error(
                    Msg::new("template-fn-no-page")
                        .arg("function", name)
                        .arg("path", content_path),
                )),
            }
        },
    );
}

/// Registers `totals(path, by, sum)` and `bar_chart(rows, title, id)`.
fn register_charts(
    tera: &mut Tera,
    languages: Vec<String>,
    lookups: Arc<Lookups>,
    localizers: Option<Arc<crate::l10n::Localizers>>,
) {
    type TotalsMemo = (usize, HashMap<(String, String, String, usize), Value>);
    let memo: std::sync::Mutex<TotalsMemo> = std::sync::Mutex::new((0, HashMap::new()));
    tera.register_function(
        "totals",
        move |kwargs: Kwargs, state: &State| -> tera::TeraResult<Value> {
            let path: String = kwargs.must_get("path")?;
            let by: String = kwargs.must_get("by")?;
            let sum: String = kwargs.must_get("sum")?;
            let idx = lang_index(&languages, state, &kwargs)?;
            let codes: Vec<&str> = languages.iter().map(String::as_str).collect();
            let all = Arc::clone(&lookups);
            // Every page of a listing asks for the same totals: sum once per site state.
            let generation = Arc::as_ptr(&all) as usize;
            let memo_key = (path.clone(), by.clone(), sum.clone(), idx);
            if let Ok(memo) = memo.lock()
                && memo.0 == generation
                && let Some(v) = memo.1.get(&memo_key)
            {
                return Ok(v.clone());
            }
            let key = crate::library::path_key(path.trim_start_matches("@/"), &codes);
            let section = all
                .sections
                .get(&key)
                .and_then(|per_lang| per_lang[idx].clone())
                .ok_or_else(|| {
                    said_errors::error(Msg::new("template-fn-no-section").arg("path", &path))
                })?;
            let pages = section
                .get_from_path("pages")
                .and_then(Value::as_array)
                .unwrap_or_default()
                .to_vec();
            let rows = super::charts::totals(&pages, &by, &sum);
            let localizer = localizers.as_ref().and_then(|l| l.get(codes[idx]));
            let mut value = super::charts::rows_value(&rows, localizer);
            // Each row links to its term page when a taxonomy is built from `by`.
            if let Some(terms) = all
                .taxonomy_fields
                .get(&by)
                .and_then(|t| all.taxonomies.get(t))
                .and_then(|per_lang| per_lang[idx].get_from_path("terms").cloned())
            {
                let linked: Vec<Value> = value
                    .as_array()
                    .unwrap_or_default()
                    .iter()
                    .map(|row| {
                        let mut m = row.as_map().cloned().unwrap_or_default();
                        let url = terms.as_array().unwrap_or_default().iter().find_map(|t| {
                            (t.get_from_path("key").and_then(Value::as_str)
                                == row.get_from_path("key").and_then(Value::as_str))
                            .then(|| t.get_from_path("url").cloned())
                            .flatten()
                        });
                        m.insert("url".into(), url.unwrap_or_else(Value::none));
                        Value::from(m)
                    })
                    .collect();
                value = Value::from(linked);
            }
            if let Ok(mut memo) = memo.lock() {
                if memo.0 != generation {
                    *memo = (generation, HashMap::new());
                }
                memo.1.insert(memo_key, value.clone());
            }
            Ok(value)
        },
    );
    tera.register_function(
        "bar_chart",
        |kwargs: Kwargs, _: &State| -> tera::TeraResult<Value> {
            let rows: Vec<Value> = kwargs.must_get("rows")?;
            let title: String = kwargs.get("title")?.unwrap_or_default();
            let id: String = kwargs.get("id")?.unwrap_or_else(|| "chart".to_string());
            Ok(Value::safe_string(&super::charts::bar_chart(
                &rows, &title, &id,
            )))
        },
    );
}

/// Registers `t`, `url`, `asset_url`, `get_section`, `get_page`, `get_taxonomy`,
/// `totals` and `bar_chart`.
pub fn register(
    tera: &mut Tera,
    strings: Arc<Strings>,
    urls: Arc<UrlTable>,
    lookups: Arc<Lookups>,
    localizers: Option<Arc<crate::l10n::Localizers>>,
) {
    let languages = urls.languages.clone();
    let base_path = urls.base_path.clone();
    register_charts(tera, languages.clone(), lookups.clone(), localizers);
    // Tera's own `group_by` collects into a hash map, so groups come out in a different
    // order on every run; output must be byte-identical, so groups keep first-seen order.
    tera.register_filter(
        "group_by",
        |items: Vec<Value>, kwargs: Kwargs, _: &State| -> tera::TeraResult<Value> {
            let attribute: String = kwargs.must_get("attribute")?;
            let mut groups: tera::Map = tera::Map::new();
            for item in items {
                let Some(key) = item.get_from_path(&attribute).filter(|k| !k.is_none()) else {
                    continue;
                };
                let key = tera::value::Key::from(key.to_string());
                let mut list = groups
                    .get(&key)
                    .and_then(Value::as_array)
                    .map(<[Value]>::to_vec)
                    .unwrap_or_default();
                list.push(item);
                groups.insert(key, Value::from(list));
            }
            Ok(Value::from(groups))
        },
    );

    register_lookup(
        tera,
        "get_section",
        languages.clone(),
        lookups.clone(),
        |l| &l.sections,
    );
    register_lookup(tera, "get_page", languages.clone(), lookups.clone(), |l| {
        &l.pages
    });
    tera.register_function(
        "get_taxonomy",
        move |kwargs: Kwargs, state: &State| -> tera::TeraResult<Value> {
            let name: String = kwargs.must_get("name")?;
            let idx = lang_index(&languages, state, &kwargs)?;
            let all = Arc::clone(&lookups);
            let required = kwargs.get::<bool>("required")?.unwrap_or(true);
            match all.taxonomies.get(&name) {
                Some(per_lang) => Ok(per_lang[idx].clone()),
                None if !required => Ok(Value::none()),
                None => {
                    let mut names: Vec<&str> = all.taxonomies.keys().map(String::as_str).collect();
                    names.sort();
                    Err(said_errors::error(
                        Msg::new("template-fn-no-taxonomy")
                            .arg("name", &name)
                            .arg("names", crate::messages::Arg::all_of(&names)),
                    ))
                }
            }
        },
    );
    tera.register_function(
        "t",
        move |kwargs: Kwargs, state: &State| -> tera::TeraResult<Value> {
            let key = must_text(&kwargs, "key")?;
            let lang = lang_arg(&kwargs, state)?;
            let Some(template) = strings.get(&lang, &key) else {
                if strings.already_reported(&lang, &key) {
                    return Ok(Value::from(key.as_ref()));
                }
                return Err(said_errors::error(
                    Msg::new("template-fn-string-missing")
                        .arg("key", key.as_ref())
                        .arg("lang", lang.to_string())
                        .arg(
                            "file",
                            strings.file_for_key(&lang, &key).display().to_string(),
                        ),
                ));
            };
            // Most calls name only the key: the text as it is, not a copy to fill.
            if kwargs
                .iter()
                .all(|(k, _)| matches!(k.as_str(), Some("key" | "lang")))
            {
                return Ok(Value::from(template));
            }
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
            let path = must_text(&kwargs, "path")?;
            let lang = lang_arg(&kwargs, state)?;
            let Some(content_path) = path.strip_prefix("@/") else {
                if path.starts_with('/') && !path.starts_with("//") {
                    return Ok(Value::from(format!("{}{path}", urls.base_path)));
                }
                return Err(said_errors::error(
                    Msg::new("template-fn-url-not-a-path").arg("path", path.as_ref()),
                ));
            };
            match urls.url(content_path, &lang) {
                Some(u) => Ok(Value::from(u)),
                None => Err(said_errors::error(
                    Msg::new("template-fn-url-no-page").arg("path", content_path),
                )),
            }
        },
    );
    tera.register_function(
        "asset_url",
        move |kwargs: Kwargs, _: &State| -> tera::TeraResult<Value> {
            let path = must_text(&kwargs, "path")?;
            Ok(Value::from(format!(
                "{base_path}/{}",
                path.trim_start_matches('/')
            )))
        },
    );
}

/// Registers `resize_image(path=…, width=…)`: a photo of the content at a width, as
/// `{url, webp_url, width, height}`.
pub fn register_images(tera: &mut Tera, images: Arc<crate::images::Images>) {
    tera.register_function(
        "resize_image",
        move |kwargs: Kwargs, _: &State| -> tera::TeraResult<Value> {
            let path = must_text(&kwargs, "path")?;
            let width: u32 = kwargs.must_get("width")?;
            images.resize(&path, width).map_err(tera::Error::message)
        },
    );
}
