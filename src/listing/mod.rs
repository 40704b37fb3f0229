//! Listing pages: a section's pages split into numbered pages (`paginate_by`), the same
//! list in other orders (`sort_views: [capital, date]`), and taxonomies — a page per
//! term (each sector, district, tag…) and one listing every term — in every language.
//!
//! All of them are server-rendered, so filtering and sorting a list works without
//! JavaScript: each view is a page of its own.

mod clashes;
mod sort;
mod terms;

pub use clashes::{Owner, urls_taken};

pub use sort::sort_entries;

use std::collections::HashMap;

use crate::config::Config;
use crate::diagnostics::Diagnostic;
use crate::library::{EntryId, Kind, Library};
use crate::text::slugify;
use crate::types::Schemas;

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
    terms::build_taxonomies(config, library, schemas, &mut listings, problems);
    clashes::check_clashes(config, library, &listings, problems);
    clashes::check_static_clashes(config, library, &listings, problems);
    clashes::check_search_clashes(config, library, problems);
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
