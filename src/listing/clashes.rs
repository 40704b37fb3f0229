//! The addresses listing pages take, checked: against content pages, against each other,
//! against the site's static files and the search page. Each clash is reported at what
//! made it — a page's `slug:` or `path:` (or its file name), a section's `sort_views`,
//! or site.yaml only for two taxonomies given one `slug` there — naming the other side.

use std::collections::HashMap;
use std::path::PathBuf;

use super::{ListKind, ListPage, Listings};
use crate::config::Config;
use crate::diagnostics::{Diagnostic, Severity};
use crate::library::{EntryId, Library};
use crate::messages::Msg;

/// A file in the theme's or the site's `static/` folder is copied to the output as it is,
/// after the pages: one at a page's address (`static/dau-tu/index.html`) would replace the
/// page without a word. An error at the file, naming the page. (A site's static file may
/// replace the theme's of the same name, and either may replace a side output such as
/// `robots.txt`: those are overrides, not clashes.)
pub(super) fn check_static_clashes(
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
    // `page` adds to the message what the file would replace.
    let mut clash = |url: &str, page: &dyn Fn(Msg) -> Msg| {
        let rel = format!("{}index.html", url.trim_start_matches('/'));
        if let Some(file) = files.get(rel.as_str()) {
            problems.push(Diagnostic::said(
                Severity::Error,
                crate::diagnostics::display_path(&config.root, file),
                page(Msg::new("static-clash").arg("rel", rel)),
            ));
        }
    };
    for e in &library.entries {
        for (lang, r) in e.renditions.iter().enumerate() {
            if let Some(r) = r {
                clash(&r.url, &|msg| {
                    msg.arg("page", "page")
                        .arg("language", &config.languages[lang].name)
                        .arg(
                            "file",
                            e.variants[r.variant].file.display.display().to_string(),
                        )
                });
            }
        }
    }
    // A listing's first page is its section's page, named above.
    for page in listings.pages.iter().filter(|p| !p.primary) {
        clash(&page.url, &|msg| {
            described(
                msg.arg("page", "listing"),
                LISTING,
                config,
                library,
                listings,
                page,
            )
        });
    }
    for lang in 0..config.languages.len() {
        if let Some(url) = config.search_url(lang) {
            clash(&url, &|msg| msg.arg("page", "search"));
        }
    }
}

/// No page may take the search page's address, nor one in the folder of a search index
/// (`/search/en/`), which the build writes itself. Each clash is an error at the `path:`
/// or `slug:` that gives the page its address.
pub(super) fn check_search_clashes(
    config: &Config,
    library: &Library,
    problems: &mut Vec<Diagnostic>,
) {
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
            let msg = if search_pages.contains(&r.url) {
                Msg::new("search-page-clash").arg("url", &r.url)
            } else if let Some((_, code)) = index_folders
                .iter()
                .find(|(folder, _)| r.url.starts_with(folder.as_str()))
            {
                Msg::new("search-index-clash")
                    .arg("url", &r.url)
                    .arg("code", *code)
            } else {
                continue;
            };
            let (variant, field) = e
                .address_source(r.variant)
                .unwrap_or((&e.variants[r.variant], "slug"));
            problems.push(variant.yaml().said_at_value(field, msg));
        }
    }
}

/// What a listing page is, in words: `page 2 of the list of `content/dau-tu/_index.md``,
/// `the page of the `tags` term `Hàn Quốc``…
pub(super) fn describe(
    config: &Config,
    library: &Library,
    listings: &Listings,
    page: &ListPage,
) -> String {
    match &page.kind {
        ListKind::Section { id, sort } => {
            let file = library.entry(*id).default_variant().file.display.display();
            let list = match sort {
                Some(field) => format!("the list of `{file}` sorted by `{field}`"),
                None => format!("the list of `{file}`"),
            };
            if page.number > 1 {
                format!("page {} of {list}", page.number)
            } else {
                list
            }
        }
        ListKind::TaxonomyIndex { taxonomy } => {
            format!(
                "the list of every term of `{}`",
                config.taxonomies[*taxonomy].name
            )
        }
        ListKind::TaxonomyTerm { taxonomy, term } => {
            let label = listings.taxonomies[*taxonomy][page.lang].terms[*term]
                .label
                .as_str();
            let paged = if page.number > 1 {
                format!("page {} of ", page.number)
            } else {
                String::new()
            };
            format!(
                "{paged}the page of the `{}` term `{label}`",
                config.taxonomies[*taxonomy].name
            )
        }
    }
}

/// The names of the arguments that describe a listing page in a message, as
/// [`describe`] says it in English: what it lists (`section`, `sorted`, `index`,
/// `term`), whether it is a later page and which, the section's file, the field it is
/// sorted by, the taxonomy and the term's label.
struct ListingArgs {
    listing: &'static str,
    paged: &'static str,
    number: &'static str,
    file: &'static str,
    sort: &'static str,
    taxonomy: &'static str,
    label: &'static str,
}

const LISTING: ListingArgs = ListingArgs {
    listing: "listing",
    paged: "paged",
    number: "number",
    file: "file",
    sort: "sort",
    taxonomy: "taxonomy",
    label: "label",
};

/// The second listing of a message about two.
const OTHER_LISTING: ListingArgs = ListingArgs {
    listing: "other",
    paged: "other_paged",
    number: "other_number",
    file: "other_file",
    sort: "other_sort",
    taxonomy: "other_taxonomy",
    label: "other_label",
};

/// `msg` with the arguments `names` that describe `page` (see [`describe`]).
fn described(
    msg: Msg,
    names: ListingArgs,
    config: &Config,
    library: &Library,
    listings: &Listings,
    page: &ListPage,
) -> Msg {
    let (listing, file, sort, taxonomy, label) = match &page.kind {
        ListKind::Section { id, sort } => (
            if sort.is_some() { "sorted" } else { "section" },
            library
                .entry(*id)
                .default_variant()
                .file
                .display
                .display()
                .to_string(),
            sort.clone().unwrap_or_default(),
            String::new(),
            String::new(),
        ),
        ListKind::TaxonomyIndex { taxonomy } => (
            "index",
            String::new(),
            String::new(),
            config.taxonomies[*taxonomy].name.clone(),
            String::new(),
        ),
        ListKind::TaxonomyTerm { taxonomy, term } => (
            "term",
            String::new(),
            String::new(),
            config.taxonomies[*taxonomy].name.clone(),
            listings.taxonomies[*taxonomy][page.lang].terms[*term]
                .label
                .clone(),
        ),
    };
    // The list of every term is one page.
    let paged = page.number > 1 && !matches!(page.kind, ListKind::TaxonomyIndex { .. });
    msg.arg(names.listing, listing)
        .arg(names.paged, if paged { "yes" } else { "no" })
        .arg(names.number, page.number)
        .arg(names.file, file)
        .arg(names.sort, sort)
        .arg(names.taxonomy, taxonomy)
        .arg(names.label, label)
}

/// What gives a listing page its address, for a note under a clash.
fn origin(config: &Config, library: &Library, listings: &Listings, page: &ListPage) -> Msg {
    match &page.kind {
        ListKind::Section { id, sort } => {
            let variant = library.entry(*id).default_variant();
            let field = if sort.is_some() {
                "sort_views"
            } else {
                "paginate_by"
            };
            let pos = variant
                .positions
                .value(field)
                .map(|p| format!(":{}:{}", p.line, p.column))
                .unwrap_or_default();
            Msg::new("note-listing-origin")
                .arg("case", "section")
                .arg("place", format!("{}{pos}", variant.file.display.display()))
                .arg("field", field)
                .arg("taxonomy", "")
                .arg("term", "")
        }
        ListKind::TaxonomyIndex { taxonomy } => Msg::new("note-listing-origin")
            .arg("case", "taxonomy")
            .arg("place", config.file.display().to_string())
            .arg("field", "slug")
            .arg("taxonomy", config.taxonomies[*taxonomy].name.as_str())
            .arg("term", ""),
        ListKind::TaxonomyTerm { taxonomy, term } => {
            let term = &listings.taxonomies[*taxonomy][page.lang].terms[*term];
            let first = term.pages.first().map(|&id| {
                library
                    .entry(id)
                    .default_variant()
                    .file
                    .display
                    .display()
                    .to_string()
            });
            Msg::new("note-listing-origin")
                .arg(
                    "case",
                    if first.is_some() {
                        "term"
                    } else {
                        "term-nowhere"
                    },
                )
                .arg("place", first.unwrap_or_default())
                .arg("field", "")
                .arg("taxonomy", "")
                .arg("term", term.label.as_str())
        }
    }
}

/// A listing page may not take the address of a content page, nor another listing's. A
/// clash with a page is the page's (at its `slug:` or `path:`, else its file name); two
/// taxonomies at one address are site.yaml's; a section's list at a taxonomy's address is
/// the section's (its `sort_views` or `paginate_by`).
pub(super) fn check_clashes(
    config: &Config,
    library: &Library,
    listings: &Listings,
    problems: &mut Vec<Diagnostic>,
) {
    let mut taken: HashMap<&str, (EntryId, usize)> = HashMap::new();
    for (id, e) in library.entries.iter().enumerate() {
        for (lang, r) in e.renditions.iter().enumerate() {
            if let Some(r) = r {
                taken.insert(&r.url, (id, lang));
            }
        }
    }
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, page) in listings.pages.iter().enumerate() {
        if page.primary {
            continue;
        }
        if let Some(&(id, lang)) = taken.get(page.url.as_str()) {
            let e = library.entry(id);
            let Some(r) = e.renditions[lang].as_ref() else {
                continue;
            };
            let is_taxonomy = !matches!(page.kind, ListKind::Section { .. });
            let msg = described(
                Msg::new("listing-page-clash")
                    .arg("url", &page.url)
                    .arg("taxonomy_slug", if is_taxonomy { "yes" } else { "no" }),
                LISTING,
                config,
                library,
                listings,
                page,
            );
            let d = match e.address_source(r.variant) {
                Some((variant, field)) => {
                    variant.yaml().said_at_value(field, msg.arg("field", field))
                }
                None => Diagnostic::said(
                    Severity::Error,
                    &e.variants[r.variant].file.display,
                    msg.arg("field", "none"),
                ),
            };
            problems.push(d.note_said(origin(config, library, listings, page)));
        } else if let Some(&other) = seen.get(page.url.as_str()) {
            let first = &listings.pages[other];
            if first.kind == page.kind {
                continue;
            }
            problems.extend(listings_clash(config, library, listings, first, page));
        } else {
            seen.insert(&page.url, i);
        }
    }
}

/// Two listing pages at one address, one of them a section's list: the section's, at
/// what asks for its list. (Two taxonomies with one slug are reported where site.yaml is
/// read; `None` then.)
fn listings_clash(
    config: &Config,
    library: &Library,
    listings: &Listings,
    first: &ListPage,
    page: &ListPage,
) -> Option<Diagnostic> {
    let (section_page, other) = match (&page.kind, &first.kind) {
        (ListKind::Section { .. }, _) => (page, first),
        (_, ListKind::Section { .. }) => (first, page),
        _ => return None,
    };
    let ListKind::Section { id, sort } = &section_page.kind else {
        return None;
    };
    let variant = library.entry(*id).default_variant();
    let field = if sort.is_some() {
        "sort_views"
    } else {
        "paginate_by"
    };
    let msg = Msg::new("listings-clash").arg("url", &page.url);
    let msg = described(msg, LISTING, config, library, listings, section_page);
    let msg = described(msg, OTHER_LISTING, config, library, listings, other);
    Some(
        variant
            .yaml()
            .said_at_value(field, msg)
            .note_said(origin(config, library, listings, other)),
    )
}

/// Who has an address, for a message about an alias that would replace it.
#[derive(Clone, Debug)]
pub enum Owner {
    /// A content page, by its file.
    Page(PathBuf),
    /// A listing page, in words.
    Listing(String),
}

/// Every address the site's pages take — content pages and listing pages — with who has it.
pub fn urls_taken(
    config: &Config,
    library: &Library,
    listings: &Listings,
) -> HashMap<String, Owner> {
    let mut taken = HashMap::new();
    for e in &library.entries {
        for r in e.renditions.iter().flatten() {
            taken.insert(
                r.url.clone(),
                Owner::Page(e.variants[r.variant].file.display.clone()),
            );
        }
    }
    for p in &listings.pages {
        taken
            .entry(p.url.clone())
            .or_insert_with(|| Owner::Listing(describe(config, library, listings, p)));
    }
    taken
}
