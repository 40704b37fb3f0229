//! What templates see: `site`, `page` or `section`, the language switcher, hreflang
//! alternates, breadcrumbs and the menu, for one page in one language.
//!
//! Each page's summary (title, URL, description, fields…) is built once per language and
//! shared: Tera values hold their maps and strings behind `Arc`, so a section listing a
//! thousand pages references those summaries instead of copying them.

use rayon::prelude::*;
use tera::{Context, Map, Value};

use super::facts::FactContext;
use super::structured_data::Here;
use super::{Inputs, PageContent, Summaries};
use crate::l10n::{Localizer, Localizers};

use crate::config::{Config, MenuItem, localize_value};
use crate::library::{EntryId, Kind, Library};

/// The parts of a page's context that depend on which page it is.
pub(super) struct Common {
    pub canonical: String,
    pub translations: Vec<Value>,
    pub alternates: Vec<Value>,
    pub ancestors: Vec<Value>,
    /// The entry the menu marks as current (and its sections).
    pub menu_current: EntryId,
}

/// Values shared by every page of a build.
pub struct SiteContext<'a> {
    pub(super) config: &'a Config,
    pub(super) library: &'a Library,
    pub(super) schemas: &'a crate::types::Schemas,
    pub(super) listings: &'a crate::listing::Listings,
    site: Vec<Value>,
    /// Per language: `data.<file>`.
    data: Vec<Value>,
    /// Per section, per language: its `pages` and `subsections` lists, built once.
    lists: Vec<Vec<Option<(Value, Value)>>>,
    /// Per taxonomy, per language: the taxonomy with its terms, built once.
    pub(super) taxonomy_values: Vec<Vec<Value>>,
    /// What `get_section`, `get_page` and `get_taxonomy` answer from.
    lookups: std::sync::Arc<super::functions::Lookups>,
    /// Per entry, per language: the entry's summary, if that language shows it.
    pub(super) summaries: Vec<Vec<Option<Value>>>,
    /// Per language, the menu's items, built once: each page only picks, per item, the
    /// value that marks it active or the one that does not.
    menus: Vec<Vec<MenuEntry>>,
}

/// One menu item of one language: the page it leads to (none for an outside address)
/// and its value, inactive and active.
struct MenuEntry {
    target: Option<EntryId>,
    inactive: Value,
    active: Value,
}

pub(super) fn map(pairs: Vec<(&'static str, Value)>) -> Value {
    // Tera hashes every key as it builds its map; an ordered map to collect into costs a
    // few comparisons, where an IndexMap would hash each key a second time.
    let m: std::collections::BTreeMap<&'static str, Value> = pairs.into_iter().collect();
    Value::from(m)
}

pub(super) fn text(s: &str) -> Value {
    Value::from(s)
}

impl<'a> SiteContext<'a> {
    /// A site path as the templates link to it: under the base path (see
    /// [`Config::site_url`]).
    pub(super) fn link(&self, path: &str) -> Value {
        text(&self.config.site_url(path))
    }

    pub fn new(inputs: &Inputs<'a>, bodies: &Summaries) -> Self {
        let (config, library) = (inputs.config, inputs.library);
        let localizers = Localizers::new(
            config
                .languages
                .iter()
                .map(|l| (l.code.clone(), l.locale.clone())),
        )
        .ok();
        let codes = config.language_codes();
        let default = codes[0];
        let site = config
            .languages
            .iter()
            .enumerate()
            .map(|(lang_idx, lang)| {
                let languages: Vec<Value> = config
                    .languages
                    .iter()
                    .map(|l| {
                        map(vec![
                            ("code", text(&l.code)),
                            ("name", text(&l.name)),
                            ("locale", text(&l.locale)),
                            (
                                "home_url",
                                text(&config.site_url(&format!("{}/", l.prefix))),
                            ),
                        ])
                    })
                    .collect();
                map(vec![
                    ("title", text(config.title.get(&lang.code, default))),
                    (
                        "description",
                        text(config.description.get(&lang.code, default)),
                    ),
                    ("base_url", text(&config.base_url)),
                    ("default_language", text(default)),
                    (
                        "home_url",
                        text(&config.site_url(&format!("{}/", lang.prefix))),
                    ),
                    (
                        "search_url",
                        text(&config.site_url(&config.search_url(lang_idx).unwrap_or_default())),
                    ),
                    ("languages", Value::from(languages)),
                    (
                        "image_url",
                        text(config.image.as_deref().unwrap_or_default()),
                    ),
                    (
                        "extra",
                        Value::from_serializable(&localize_value(
                            &config.extra,
                            &lang.code,
                            default,
                            &codes,
                        )),
                    ),
                ])
            })
            .collect();
        let summaries = library
            .entries
            .par_iter()
            .enumerate()
            .map(|(id, _)| {
                (0..config.languages.len())
                    .map(|lang| {
                        let localizer = localizers
                            .as_ref()
                            .and_then(|l| l.get(&config.languages[lang].code));
                        summary(inputs, bodies, id, lang, localizer)
                    })
                    .collect()
            })
            .collect();
        let data = config
            .languages
            .iter()
            .map(|l| inputs.data.for_language(config, &l.code))
            .collect();
        let mut ctx = SiteContext {
            config,
            library,
            schemas: inputs.schemas,
            listings: inputs.listings,
            site,
            data,
            lists: Vec::new(),
            taxonomy_values: Vec::new(),
            lookups: Default::default(),
            summaries,
            menus: Vec::new(),
        };
        ctx.menus = (0..config.languages.len())
            .map(|lang| ctx.menu_entries(lang))
            .collect();
        ctx.lists = ctx.section_lists();
        ctx.taxonomy_values = ctx.taxonomy_table();
        ctx.lookups = std::sync::Arc::new(ctx.build_lookups());
        ctx
    }

    /// Every section's `pages` and `subsections` in every language.
    fn section_lists(&self) -> Vec<Vec<Option<(Value, Value)>>> {
        self.library
            .entries
            .iter()
            .enumerate()
            .map(|(id, e)| {
                (0..self.config.languages.len())
                    .map(|lang| {
                        if e.kind != Kind::Section || self.summaries[id][lang].is_none() {
                            return None;
                        }
                        Some((
                            Value::from(self.listed(&e.pages, lang)),
                            Value::from(self.listed(&e.subsections, lang)),
                        ))
                    })
                    .collect()
            })
            .collect()
    }

    pub fn summary(&self, id: EntryId, lang: usize) -> Option<&Value> {
        self.summaries[id][lang].as_ref()
    }

    pub fn config(&self) -> &Config {
        self.config
    }

    pub fn library(&self) -> &Library {
        self.library
    }

    pub fn listings(&self) -> &crate::listing::Listings {
        self.listings
    }

    pub fn schemas(&self) -> &crate::types::Schemas {
        self.schemas
    }

    /// What `get_section`, `get_page` and `get_taxonomy` answer from.
    pub fn lookups(&self) -> std::sync::Arc<super::functions::Lookups> {
        std::sync::Arc::clone(&self.lookups)
    }

    fn build_lookups(&self) -> super::functions::Lookups {
        let pages = self
            .library
            .entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == Kind::Page)
            .map(|(id, e)| (e.key.clone(), self.summaries[id].clone()))
            .collect();
        let taxonomies = self
            .config
            .taxonomies
            .iter()
            .map(|t| t.name.clone())
            .zip(self.taxonomy_values.iter().cloned())
            .collect();
        super::functions::Lookups {
            sections: self.section_table(),
            pages,
            taxonomies,
            taxonomy_fields: self
                .config
                .taxonomies
                .iter()
                .map(|t| (t.field.clone(), t.name.clone()))
                .collect(),
            unreadable: self.library.unreadable_keys().clone(),
        }
    }

    /// Every section's summary with its `pages` and `subsections`, per language.
    fn section_table(&self) -> std::collections::HashMap<String, Vec<Option<Value>>> {
        self.library
            .entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == Kind::Section)
            .map(|(id, e)| {
                let per_lang = (0..self.config.languages.len())
                    .map(|lang| {
                        let mut m = self.summaries[id][lang].as_ref()?.as_map()?.clone();
                        let (pages, subsections) = self.lists[id][lang].clone()?;
                        m.insert("pages".into(), pages);
                        m.insert("subsections".into(), subsections);
                        Some(Value::from(m))
                    })
                    .collect();
                (e.key.clone(), per_lang)
            })
            .collect()
    }

    /// The summaries of `ids` that `lang` shows.
    pub(super) fn listed(&self, ids: &[EntryId], lang: usize) -> Vec<Value> {
        ids.iter()
            .filter_map(|&i| self.summaries[i][lang].clone())
            .collect()
    }

    /// The full template context of entry `id` in language `lang` (which shows it).
    /// `content` is the page's rendered body; listing pages after the first have none.
    pub fn for_rendition(
        &self,
        id: EntryId,
        lang: usize,
        content: Option<&PageContent>,
    ) -> Context {
        let config = self.config;
        let library = self.library;
        let entry = library.entry(id);
        let rendition = entry.renditions[lang]
            .as_ref()
            .expect("rendered entries are shown");
        let mut value = self.summaries[id][lang]
            .as_ref()
            .and_then(|v| v.as_map().cloned())
            .unwrap_or_default();
        value.insert(
            "content".into(),
            Value::safe_string(content.map_or("", |c| c.html.as_str())),
        );
        value.insert(
            "toc".into(),
            Value::from_serializable(&content.map(|c| c.toc.clone()).unwrap_or_default()),
        );
        value.insert(
            "has_code".into(),
            Value::from(content.is_some_and(|c| c.has_code)),
        );
        let assets: Vec<Value> = entry
            .assets
            .iter()
            .map(|a| {
                map(vec![
                    ("name", text(&a.name)),
                    ("url", text(&config.site_url(&a.url))),
                ])
            })
            .collect();
        value.insert("assets".into(), Value::from(assets));
        if let Some((pages, subsections)) = self.lists[id][lang].clone() {
            value.insert("pages".into(), pages);
            value.insert("subsections".into(), subsections);
        }

        let canonical = if rendition.fallback {
            config.permalink(&entry.urls[0])
        } else {
            config.permalink(&rendition.url)
        };
        let ancestors = self.ancestors(id, lang);
        let here = Here {
            title: rendition.meta.title.as_deref().unwrap_or_default(),
            canonical: &canonical,
        };
        let structured = self.structured_data(lang, &ancestors, here, Some(id));
        let mut ctx = self.common(
            lang,
            Common {
                canonical,
                translations: self.switcher(id, lang),
                alternates: self.alternates(id),
                ancestors,
                menu_current: id,
            },
        );
        ctx.insert_value("structured_data", structured);
        ctx.insert_value("is_home", Value::from(id == library.root));
        let key = if entry.kind == Kind::Section {
            "section"
        } else {
            "page"
        };
        ctx.insert_value(key, Value::from(value));
        if entry.kind == Kind::Section {
            ctx.insert_value("sort_views", Value::from(self.sort_views(id, lang, None)));
            if let Some(first) = self.listings.primary(id, lang) {
                ctx.insert_value("paginator", self.paginator(first));
            }
        }
        ctx
    }

    /// What every page's context has: language, site, data, switcher, alternates, menu.
    pub(super) fn common(&self, lang: usize, parts: Common) -> Context {
        let language = &self.config.languages[lang];
        let mut ctx = Context::new();
        ctx.insert_value("lang", text(&language.code));
        ctx.insert_value("lang_name", text(&language.name));
        ctx.insert_value("locale", text(&language.locale));
        ctx.insert_value("site", self.site[lang].clone());
        ctx.insert_value("data", self.data[lang].clone());
        ctx.insert_value("is_home", Value::from(false));
        ctx.insert_value("canonical", text(&parts.canonical));
        ctx.insert_value("translations", Value::from(parts.translations));
        ctx.insert_value("alternates", Value::from(parts.alternates));
        ctx.insert_value("ancestors", Value::from(parts.ancestors));
        ctx.insert_value("structured_data", text(""));
        ctx.insert_value("menu", Value::from(self.menu(parts.menu_current, lang)));
        ctx
    }

    /// One link per language, each to a page that exists: this page's translation, its
    /// fallback, or the nearest section that language shows.
    pub(super) fn switcher(&self, id: EntryId, lang: usize) -> Vec<Value> {
        let library = self.library;
        self.config
            .languages
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let target = library.nearest_shown(id, i);
                let r = library
                    .rendition(target, i)
                    .expect("nearest_shown is shown");
                let kind = if target != id {
                    "section"
                } else if r.fallback {
                    "fallback"
                } else {
                    "translation"
                };
                map(vec![
                    ("code", text(&l.code)),
                    ("name", text(&l.name)),
                    ("locale", text(&l.locale)),
                    ("url", self.link(&r.url)),
                    ("current", Value::from(i == lang)),
                    ("kind", text(kind)),
                ])
            })
            .collect()
    }

    /// `hreflang` alternates: every language with its own translation, and `x-default`.
    fn alternates(&self, id: EntryId) -> Vec<Value> {
        let entry = self.library.entry(id);
        let mut out: Vec<Value> = self
            .config
            .languages
            .iter()
            .zip(&entry.renditions)
            .filter_map(|(l, r)| {
                let r = r.as_ref().filter(|r| !r.fallback)?;
                Some(map(vec![
                    ("hreflang", text(&l.code)),
                    ("url", text(&self.config.permalink(&r.url))),
                ]))
            })
            .collect();
        out.push(map(vec![
            ("hreflang", text("x-default")),
            ("url", text(&self.config.permalink(&entry.urls[0]))),
        ]));
        out
    }

    /// The sections above this entry that the language shows, from the home page down.
    pub(super) fn ancestors(&self, id: EntryId, lang: usize) -> Vec<Value> {
        let mut chain = Vec::new();
        let mut current = self.library.entry(id).parent;
        while let Some(p) = current {
            if let Some(s) = &self.summaries[p][lang] {
                chain.push(s.clone());
            }
            current = self.library.entry(p).parent;
        }
        chain.reverse();
        chain
    }

    /// The menu of a page of `id` in `lang`: items leading to `id` or a section above it
    /// are `active`.
    fn menu(&self, id: EntryId, lang: usize) -> Vec<Value> {
        self.menus[lang]
            .iter()
            .map(|item| match item.target {
                Some(t) if is_within(self.library, id, t) => item.active.clone(),
                _ => item.inactive.clone(),
            })
            .collect()
    }

    fn menu_entries(&self, lang: usize) -> Vec<MenuEntry> {
        let library = self.library;
        let codes = self.config.language_codes();
        let lang_code = codes[lang];
        let item = |title: &str, url: &str, active: bool, external: bool| {
            map(vec![
                ("title", text(title)),
                ("url", text(&self.config.site_url(url))),
                ("active", Value::from(active)),
                ("external", Value::from(external)),
            ])
        };
        let mut items = Vec::new();
        for entry in &self.config.menu {
            match entry {
                MenuItem::Page { target, title, .. } => {
                    let Some(t) = library.resolve(target, &codes) else {
                        continue;
                    };
                    let shown = library.nearest_shown(t, lang);
                    let r = library
                        .rendition(shown, lang)
                        .expect("nearest_shown is shown");
                    let title = match title {
                        Some(t) => t.get(lang_code, codes[0]).to_string(),
                        None => r.meta.title.clone().unwrap_or_default(),
                    };
                    items.push(MenuEntry {
                        target: Some(t),
                        inactive: item(&title, &r.url, false, false),
                        active: item(&title, &r.url, true, false),
                    });
                }
                MenuItem::Url { url, title } => {
                    let value = item(title.get(lang_code, codes[0]), url, false, true);
                    items.push(MenuEntry {
                        target: None,
                        inactive: value.clone(),
                        active: value,
                    });
                }
            }
        }
        items
    }
}

/// True when `id` is `target` or inside it (the home page only contains itself here,
/// so a "Home" menu entry is not active everywhere).
fn is_within(library: &Library, id: EntryId, target: EntryId) -> bool {
    if id == target {
        return true;
    }
    if target == library.root {
        return false;
    }
    let mut current = library.entry(id).parent;
    while let Some(p) = current {
        if p == target {
            return true;
        }
        current = library.entry(p).parent;
    }
    false
}

/// The summary of entry `id` in language `lang`, or `None` if the language does not show it.
fn summary(
    inputs: &Inputs<'_>,
    bodies: &Summaries,
    id: EntryId,
    lang: usize,
    localizer: Option<&Localizer>,
) -> Option<Value> {
    let (config, library) = (inputs.config, inputs.library);
    let mut fields = base_summary(config, library, bodies, id, lang)?;
    let entry = library.entry(id);
    let r = entry.renditions[lang].as_ref()?;
    let codes = config.language_codes();
    if let Some(schema) = inputs.schemas.get(crate::types::type_of(library, entry)) {
        let cx = FactContext {
            library,
            config,
            codes: &codes,
            lang,
            localizer,
        };
        let (list, labels) = super::facts::facts(schema, &r.meta.fields, &cx);
        fields.push(("facts", Value::from(list)));
        fields.push(("labels", Value::from(labels)));
        if let Some(cover) = cover(inputs, entry, &r.meta, schema, codes[lang], codes[0]) {
            fields.push(("cover", cover));
        }
    }
    Some(map(fields))
}

/// A page's cover: the first field of its type of kind `image`, as templates show it —
/// `src`, `srcset`, `webp_srcset`, `sizes`, `width`, `height`, `alt`, `decorative`,
/// `credit`, `position` (the focal point for CSS `object-position`) and the link
/// preview's `og_url`, `og_width`, `og_height`. A translation's own `alt` and `credit`
/// are used, and the original's file, focal point and credit where it sets none.
fn cover(
    inputs: &Inputs<'_>,
    entry: &crate::library::Entry,
    meta: &crate::library::Meta,
    schema: &crate::types::ContentType,
    code: &str,
    default: &str,
) -> Option<Value> {
    use crate::types::image;
    let (name, _) = schema
        .fields
        .iter()
        .find(|(_, f)| f.kind == crate::types::FieldKind::Image)?;
    let own = meta
        .fields
        .get(name)
        .and_then(serde_yaml::Value::as_mapping);
    let original = entry
        .default_meta()
        .fields
        .get(name)
        .and_then(serde_yaml::Value::as_mapping);
    let part = |key: &str| {
        own.and_then(|m| m.get(key))
            .or_else(|| original.and_then(|m| m.get(key)))
    };
    let words = |key: &str| {
        own.and_then(|m| image::words(m, key, code, default))
            .or_else(|| original.and_then(|m| image::words(m, key, code, default)))
    };
    let url = image::site_path(inputs.library, entry, part("file")?.as_str()?)?;
    let focus = part("focus")
        .and_then(image::focus_of)
        .map_or(crate::images::social::Focus::MIDDLE, |(x, y)| {
            crate::images::social::Focus::from_fractions(x, y)
        });
    let made = inputs.images.cover(&url, focus)?;
    let decorative = part("decorative").and_then(serde_yaml::Value::as_bool) == Some(true);
    let mut m = made.picture.to_map();
    {
        let alt = if decorative {
            String::new()
        } else {
            words("alt").unwrap_or_default()
        };
        m.insert("alt".into(), text(&alt));
        m.insert("decorative".into(), Value::from(decorative));
        m.insert("credit".into(), text(&words("credit").unwrap_or_default()));
        m.insert("position".into(), text(&focus.css()));
        m.insert(
            "og_url".into(),
            text(&inputs.config.absolute(&made.preview_url)),
        );
        m.insert("og_width".into(), Value::from(made.preview_width));
        m.insert("og_height".into(), Value::from(made.preview_height));
    }
    Some(Value::from(m))
}

/// The fields every summary has.
fn base_summary(
    config: &Config,
    library: &Library,
    bodies: &Summaries,
    id: EntryId,
    lang: usize,
) -> Option<Vec<(&'static str, Value)>> {
    let entry = library.entry(id);
    let r = entry.renditions[lang].as_ref()?;
    let meta = &r.meta;
    let codes = config.language_codes();
    let variant = &entry.variants[r.variant];
    let content_lang = &config.languages[variant.lang].code;
    let page_type = match entry.kind {
        Kind::Section => "section".to_string(),
        Kind::Page => meta
            .page_kind
            .clone()
            .or_else(|| {
                entry
                    .parent
                    .and_then(|p| library.entry(p).default_meta().page_type.clone())
            })
            .unwrap_or_else(|| "page".to_string()),
    };
    let fields: Map = meta
        .fields
        .iter()
        .map(|(k, v)| {
            (
                k.clone().into(),
                Value::from_serializable(&localize_value(v, codes[lang], codes[0], &codes)),
            )
        })
        .collect();
    let first_paragraph = bodies.get(id, lang).unwrap_or_default();
    let tags: Vec<Value> = meta.tags.iter().flatten().map(|t| text(t)).collect();
    Some(vec![
        (
            "kind",
            text(if entry.kind == Kind::Section {
                "section"
            } else {
                "page"
            }),
        ),
        ("key", text(&entry.key)),
        ("title", text(meta.title.as_deref().unwrap_or_default())),
        (
            "description",
            text(meta.description.as_deref().unwrap_or_default()),
        ),
        ("summary", text(first_paragraph)),
        ("url", text(&config.site_url(&r.url))),
        ("permalink", text(&config.permalink(&r.url))),
        ("lang", text(codes[lang])),
        ("content_lang", text(content_lang)),
        ("fallback", Value::from(r.fallback)),
        ("date", Value::from(meta.date.map(|d| d.iso()))),
        ("updated", Value::from(meta.updated.map(|d| d.iso()))),
        ("weight", Value::from(meta.weight)),
        ("tags", Value::from(tags)),
        ("sample", Value::from(meta.sample.unwrap_or(false))),
        ("draft", Value::from(meta.draft.unwrap_or(false))),
        ("type", text(&page_type)),
        (
            "page_type",
            text(match entry.kind {
                Kind::Section => meta.page_type.as_deref().unwrap_or("page"),
                Kind::Page => "",
            }),
        ),
        ("fields", Value::from(fields)),
        (
            "image_url",
            text(&image_url(config, entry, meta.image.as_deref())),
        ),
        (
            "feed_url",
            text(&if meta.feed == Some(true) && entry.kind == Kind::Section {
                config.site_url(&format!("{}atom.xml", r.url))
            } else {
                String::new()
            }),
        ),
        (
            "export_json",
            text(
                &meta
                    .export
                    .as_ref()
                    .filter(|_| entry.kind == Kind::Section)
                    .map(|n| config.site_url(&format!("{}{}.json", r.url, crate::text::slugify(n))))
                    .unwrap_or_default(),
            ),
        ),
        (
            "export_csv",
            text(
                &meta
                    .export
                    .as_ref()
                    .filter(|_| entry.kind == Kind::Section)
                    .map(|n| config.site_url(&format!("{}{}.csv", r.url, crate::text::slugify(n))))
                    .unwrap_or_default(),
            ),
        ),
    ])
}

/// The absolute address of a page's `image:` (a file beside it, a site path or an
/// address), for link previews; empty when it has none.
fn image_url(config: &Config, entry: &crate::library::Entry, image: Option<&str>) -> String {
    let Some(image) = image else {
        return String::new();
    };
    if image.contains("://") {
        return image.to_string();
    }
    if image.starts_with('/') {
        return config.permalink(image);
    }
    entry
        .assets
        .iter()
        .find(|a| a.name == image.trim_start_matches("./"))
        .map(|a| config.permalink(&a.url))
        .unwrap_or_default()
}
