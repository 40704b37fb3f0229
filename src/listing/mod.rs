//! Listing pages: a section's pages split into numbered pages (`paginate_by`), the same
//! list in other orders (`sort_views: [capital, date]`), and taxonomies — a page per
//! term (each sector, district, tag…) and one listing every term — in every language.
//!
//! All of them are server-rendered, so filtering and sorting a list works without
//! JavaScript: each view is a page of its own.

mod sort;

pub use sort::sort_entries;

use std::collections::{BTreeMap, HashMap};

use serde_yaml::Value as Yaml;

use crate::config::{Config, localize_value};
use crate::diagnostics::Diagnostic;
use crate::library::{EntryId, Kind, Library, SortBy, compare};
use crate::text::slugify;
use crate::types::{FieldKind, Schemas};

/// What a listing page lists.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ListKind {
    /// A section's pages, in its own order or sorted by a field.
    Section { id: EntryId, sort: Option<String> },
    /// Every term of a taxonomy.
    TaxonomyIndex { taxonomy: usize },
    /// The pages with one term.
    TaxonomyTerm { taxonomy: usize, term: usize },
}

/// One page of a listing.
#[derive(Clone, Debug)]
pub struct ListPage {
    pub kind: ListKind,
    pub lang: usize,
    pub url: String,
    /// The URL of the listing's first page.
    pub first_url: String,
    /// The entries on this page, in order.
    pub items: Vec<EntryId>,
    /// 1-based.
    pub number: usize,
    pub total_pages: usize,
    pub total_items: usize,
    /// True for a section's first page in its own order: rendered as the section itself.
    pub primary: bool,
}

impl ListPage {
    /// The URL of page `n` of this listing.
    pub fn page_url(&self, n: usize) -> String {
        page_url(&self.first_url, n)
    }
}

fn page_url(first: &str, n: usize) -> String {
    if n <= 1 {
        first.to_string()
    } else {
        format!("{first}page/{n}/")
    }
}

/// A term of a taxonomy in one language.
#[derive(Clone, Debug)]
pub struct Term {
    /// The value as written (an enum key), or the slug of a free-text value.
    pub key: String,
    pub label: String,
    pub url: String,
    /// Pages with this term, newest first.
    pub pages: Vec<EntryId>,
}

/// A taxonomy in one language.
#[derive(Clone, Debug)]
pub struct TaxonomyView {
    pub name: String,
    pub title: String,
    pub url: String,
    pub terms: Vec<Term>,
}

/// Every listing page of the site.
#[derive(Clone, Debug, Default)]
pub struct Listings {
    pub pages: Vec<ListPage>,
    /// Per taxonomy, per language.
    pub taxonomies: Vec<Vec<TaxonomyView>>,
    /// (section, language) → its primary page, for the section's own rendering.
    primary: HashMap<(EntryId, usize), usize>,
}

impl Listings {
    /// The first page of a section in its own order, when the section is paginated.
    pub fn primary(&self, id: EntryId, lang: usize) -> Option<&ListPage> {
        self.primary.get(&(id, lang)).map(|&i| &self.pages[i])
    }
}

/// Builds every listing page; URL clashes with content pages are reported.
pub fn build(
    config: &Config,
    library: &Library,
    schemas: &Schemas,
    problems: &mut Vec<Diagnostic>,
) -> Listings {
    let mut listings = Listings::default();
    for (id, entry) in library.entries.iter().enumerate() {
        if entry.kind != Kind::Section {
            continue;
        }
        let meta = entry.default_meta();
        for lang in 0..config.languages.len() {
            let Some(r) = entry.renditions[lang].as_ref() else {
                continue;
            };
            let shown: Vec<EntryId> = entry
                .pages
                .iter()
                .copied()
                .filter(|&p| library.rendition(p, lang).is_some())
                .collect();
            if let Some(size) = meta.paginate_by {
                push_pages(
                    &mut listings,
                    ListKind::Section { id, sort: None },
                    lang,
                    &r.url,
                    &shown,
                    Some(size),
                    true,
                );
            }
            for field in meta.sort_views.iter().flatten() {
                let sorted = sort_entries(library, schemas, &shown, field);
                let first = format!("{}{}/", r.url, slugify(field));
                push_pages(
                    &mut listings,
                    ListKind::Section {
                        id,
                        sort: Some(field.clone()),
                    },
                    lang,
                    &first,
                    &sorted,
                    meta.paginate_by,
                    false,
                );
            }
        }
    }
    build_taxonomies(config, library, schemas, &mut listings, problems);
    check_clashes(config, library, &listings, problems);
    check_static_clashes(config, library, &listings, problems);
    check_search_clashes(config, library, problems);
    listings
}

fn push_pages(
    listings: &mut Listings,
    kind: ListKind,
    lang: usize,
    first_url: &str,
    items: &[EntryId],
    size: Option<usize>,
    primary: bool,
) {
    let size = size.unwrap_or(usize::MAX).max(1);
    let total_pages = items.len().div_ceil(size).max(1);
    for n in 1..=total_pages {
        let start = (n - 1).saturating_mul(size).min(items.len());
        let end = start.saturating_add(size).min(items.len());
        let is_primary = primary && n == 1;
        if let ListKind::Section { id, .. } = kind
            && is_primary
        {
            listings.primary.insert((id, lang), listings.pages.len());
        }
        listings.pages.push(ListPage {
            kind: kind.clone(),
            lang,
            url: page_url(first_url, n),
            first_url: first_url.to_string(),
            items: items[start..end].to_vec(),
            number: n,
            total_pages,
            total_items: items.len(),
            primary: is_primary,
        });
    }
}

/// The terms `field` gives an entry in `lang`. A taxonomy's terms are a list: where no
/// content type says what the field holds, a text with commas (`keywords: a, b, c`) is
/// read as its items, with a warning at the file that writes it, as for `tags`. Where a
/// type says the field is a list, a text there was reported by validation: no term.
fn field_values(
    library: &Library,
    schemas: &Schemas,
    id: EntryId,
    lang: usize,
    field: &str,
    codes: &[&str],
    problems: &mut Vec<Diagnostic>,
) -> Vec<String> {
    let Some(r) = library.rendition(id, lang) else {
        return Vec::new();
    };
    if field == "tags" {
        return r.meta.tags.clone().unwrap_or_default();
    }
    let Some(raw) = r.meta.fields.get(field) else {
        return Vec::new();
    };
    match localize_value(raw, codes[lang], codes[0], codes) {
        Yaml::String(s) => {
            let entry = library.entry(id);
            let spec = schemas
                .get(crate::types::type_of(library, entry))
                .and_then(|t| t.fields.get(field));
            match (spec.map(|s| s.kind), crate::yaml::items_of_text(&s)) {
                (Some(FieldKind::List), _) => Vec::new(),
                (None, Some(items)) => {
                    let own = &entry.variants[r.variant];
                    let variant = if own.raw.contains_key(field) {
                        own
                    } else {
                        entry.default_variant()
                    };
                    let ctx = crate::config::YamlContext {
                        path: &variant.file.display,
                        text: &variant.file.text,
                        positions: &variant.positions,
                    };
                    let (message, help) = crate::yaml::list_written_as_text(field, &s, &items);
                    problems.push(ctx.warning_at_value(field, message, help));
                    items
                }
                _ => vec![s.trim().to_string()],
            }
        }
        Yaml::Sequence(items) => items
            .iter()
            .filter_map(|i| i.as_str().map(str::to_string))
            .collect(),
        Yaml::Number(n) => vec![n.to_string()],
        _ => Vec::new(),
    }
}

/// The enum labels of `field`, from the first schema that declares it as an enum.
fn enum_labels<'a>(schemas: &'a Schemas, field: &str) -> Option<&'a crate::types::FieldSpec> {
    schemas.types.values().find_map(|t| {
        let spec = t.fields.get(field)?;
        match spec.kind {
            FieldKind::Enum => Some(spec),
            FieldKind::List => spec.items.as_deref().filter(|i| i.kind == FieldKind::Enum),
            _ => None,
        }
    })
}

fn build_taxonomies(
    config: &Config,
    library: &Library,
    schemas: &Schemas,
    listings: &mut Listings,
    problems: &mut Vec<Diagnostic>,
) {
    let codes = config.language_codes();
    for (t_index, taxonomy) in config.taxonomies.iter().enumerate() {
        let spec = enum_labels(schemas, &taxonomy.field);
        let mut per_lang = Vec::new();
        for (lang, language) in config.languages.iter().enumerate() {
            let slug = slugify(taxonomy.slug.get(&language.code, codes[0]));
            let base = format!("{}/{slug}/", language.prefix);
            let mut terms: BTreeMap<String, Term> = BTreeMap::new();
            for id in library.ids() {
                let entry = library.entry(id);
                let Some(r) = entry.renditions[lang].as_ref() else {
                    continue;
                };
                // Free text in a fallback page is in the wrong language for this list.
                if entry.kind != Kind::Page || (r.fallback && spec.is_none()) {
                    continue;
                }
                for value in field_values(
                    library,
                    schemas,
                    id,
                    lang,
                    &taxonomy.field,
                    &codes,
                    problems,
                ) {
                    let (key, label) = match spec {
                        Some(s) => (
                            value.clone(),
                            s.value_label(&value, &language.code, codes[0]).to_string(),
                        ),
                        None => (slugify(&value), value.clone()),
                    };
                    // The address reads in the page's language: /linh-vuc/nong-nghiep/.
                    let term = terms.entry(key.clone()).or_insert_with(|| Term {
                        url: format!("{base}{}/", slugify(&label)),
                        key,
                        label,
                        pages: Vec::new(),
                    });

                    if !term.pages.contains(&id) {
                        term.pages.push(id);
                    }
                }
            }
            let mut terms: Vec<Term> = terms.into_values().collect();
            for term in &mut terms {
                term.pages
                    .sort_by(|&a, &b| compare(library.entry(a), library.entry(b), SortBy::Date));
            }
            terms.sort_by_key(|t| (slugify(&t.label), t.key.clone()));
            push_pages(
                listings,
                ListKind::TaxonomyIndex { taxonomy: t_index },
                lang,
                &base,
                &[],
                None,
                false,
            );
            for (term_index, term) in terms.iter().enumerate() {
                push_pages(
                    listings,
                    ListKind::TaxonomyTerm {
                        taxonomy: t_index,
                        term: term_index,
                    },
                    lang,
                    &term.url,
                    &term.pages,
                    taxonomy.paginate_by,
                    false,
                );
            }
            per_lang.push(TaxonomyView {
                name: taxonomy.name.clone(),
                title: taxonomy.title.get(&language.code, codes[0]).to_string(),
                url: base,
                terms,
            });
        }
        listings.taxonomies.push(per_lang);
    }
}

/// A file in the theme's or the site's `static/` folder is copied to the output as it is,
/// after the pages: one at a page's address (`static/dau-tu/index.html`) would replace the
/// page without a word. An error at the file, naming the page. (A site's static file may
/// replace the theme's of the same name, and either may replace a side output such as
/// `robots.txt`: those are overrides, not clashes.)
fn check_static_clashes(
    config: &Config,
    library: &Library,
    listings: &Listings,
    problems: &mut Vec<Diagnostic>,
) {
    let files: HashMap<&str, &std::path::PathBuf> = library
        .statics
        .iter()
        .filter(|(rel, _)| rel.ends_with("index.html"))
        .map(|(rel, file)| (rel.as_str(), file))
        .collect();
    if files.is_empty() {
        return;
    }
    let mut clash = |url: &str, page: &dyn Fn() -> String| {
        let rel = format!("{}index.html", url.trim_start_matches('/'));
        if let Some(file) = files.get(rel.as_str()) {
            problems.push(
                Diagnostic::error(
                    crate::diagnostics::display_path(&config.root, file),
                    format!("this file would be published at `/{rel}` and replace {}", page()),
                )
                .help("rename or remove the file; to change the page, edit its content file or its template"),
            );
        }
    };
    for e in &library.entries {
        for (lang, r) in e.renditions.iter().enumerate() {
            if let Some(r) = r {
                clash(&r.url, &|| {
                    format!(
                        "the {} page of `{}`",
                        config.languages[lang].name,
                        e.variants[r.variant].file.display.display()
                    )
                });
            }
        }
    }
    // A listing's first page is its section's page, named above.
    for page in listings.pages.iter().filter(|p| !p.primary) {
        clash(&page.url, &|| match &page.kind {
            ListKind::Section { .. } => format!("page {} of a list", page.number),
            ListKind::TaxonomyIndex { taxonomy } | ListKind::TaxonomyTerm { taxonomy, .. } => {
                format!(
                    "a page of the taxonomy `{}`",
                    config.taxonomies[*taxonomy].name
                )
            }
        });
    }
    for lang in 0..config.languages.len() {
        if let Some(url) = config.search_url(lang) {
            clash(&url, &|| "the search page".to_string());
        }
    }
}

/// No page may take the search page's address, nor one in the folder of a search index
/// (`/search/en/`), which the build writes itself. Each clash is an error at the `path:`
/// or `slug:` that gives the page its address.
fn check_search_clashes(config: &Config, library: &Library, problems: &mut Vec<Diagnostic>) {
    if config.search.is_none() {
        return;
    }
    let search_pages: Vec<String> = (0..config.languages.len())
        .filter_map(|lang| config.search_url(lang))
        .collect();
    let index_folders: Vec<(String, &str)> = config
        .languages
        .iter()
        .map(|l| (format!("/search/{}/", l.code), l.code.as_str()))
        .collect();
    for e in &library.entries {
        for r in e.renditions.iter().flatten() {
            let (message, help) = if search_pages.contains(&r.url) {
                (
                    format!(
                        "this page and the search page both want the address `{}`",
                        r.url
                    ),
                    "give the page another `slug:`, or change `search.path` in site.yaml",
                )
            } else if let Some((_, code)) = index_folders
                .iter()
                .find(|(folder, _)| r.url.starts_with(folder.as_str()))
            {
                (
                    format!(
                        "the address `{}` is in `/search/{code}/`, the folder the build writes the `{code}` search index in",
                        r.url
                    ),
                    "give the page (or its section) another `slug:` or `path:`",
                )
            } else {
                continue;
            };
            let (variant, field) = address_source(e, r.variant);
            let ctx = crate::config::YamlContext {
                path: &variant.file.display,
                text: &variant.file.text,
                positions: &variant.positions,
            };
            problems.push(ctx.error_at_value(field, message, Some(help.into())));
        }
    }
}

/// The file and field that give a page its address: its own `path:` or `slug:` (`path:`
/// wins, as it does for the address), else the original's that it inherits, else its own
/// file (whose name then makes the address).
fn address_source(
    e: &crate::library::Entry,
    shown: usize,
) -> (&crate::library::Variant, &'static str) {
    let own = &e.variants[shown];
    for variant in [own, e.default_variant()] {
        for field in ["path", "slug"] {
            if variant.positions.get(field).is_some() {
                return (variant, field);
            }
        }
    }
    (own, "slug")
}

/// A listing page may not take the address of a content page, nor another listing's.
fn check_clashes(
    config: &Config,
    library: &Library,
    listings: &Listings,
    problems: &mut Vec<Diagnostic>,
) {
    let mut taken: HashMap<&str, EntryId> = HashMap::new();
    for (id, e) in library.entries.iter().enumerate() {
        for r in e.renditions.iter().flatten() {
            taken.insert(&r.url, id);
        }
    }
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, page) in listings.pages.iter().enumerate() {
        if page.primary {
            continue;
        }
        if let Some(&id) = taken.get(page.url.as_str()) {
            let file = &library.entry(id).default_variant().file;
            let what = match &page.kind {
                ListKind::Section { sort: Some(f), .. } => format!("the list sorted by `{f}`"),
                ListKind::Section { .. } => format!("page {} of a list", page.number),
                ListKind::TaxonomyIndex { taxonomy } | ListKind::TaxonomyTerm { taxonomy, .. } => {
                    format!("the taxonomy `{}`", config.taxonomies[*taxonomy].name)
                }
            };
            problems.push(
                Diagnostic::error(
                    &file.display,
                    format!("this page and {what} both want the address `{}`", page.url),
                )
                .at(&file.text, 1, 1)
                .help(
                    "give the page another `slug:`, or change the taxonomy's `slug` in site.yaml",
                ),
            );
        } else if let Some(&other) = seen.get(page.url.as_str()) {
            if listings.pages[other].kind != page.kind {
                problems.push(
                    Diagnostic::error(
                        &config.file,
                        format!("two listings want the address `{}`", page.url),
                    )
                    .help("give the taxonomies different `slug`s"),
                );
            }
        } else {
            seen.insert(&page.url, i);
        }
    }
}

/// Every address the site's pages take — content pages and listing pages — with the
/// file (or site.yaml, for listings) that gives it.
pub fn urls_taken(library: &Library, pages: &[ListPage]) -> HashMap<String, std::path::PathBuf> {
    let mut taken = HashMap::new();
    for e in &library.entries {
        for r in e.renditions.iter().flatten() {
            taken.insert(r.url.clone(), e.variants[r.variant].file.display.clone());
        }
    }
    for p in pages {
        taken
            .entry(p.url.clone())
            .or_insert_with(|| std::path::PathBuf::from("site.yaml"));
    }
    taken
}
