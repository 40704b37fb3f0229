//! Template contexts of listing pages: a section's further pages and sorted views, and
//! taxonomy pages; and the `paginator` and `sort_views` values templates use to link
//! between them.

use tera::{Context, Value};

use super::context::{Common, SiteContext, map, text};
use super::structured_data::Here;
use crate::library::EntryId;
use crate::listing::{ListKind, ListPage, TaxonomyView};

impl SiteContext<'_> {
    /// `paginator`: this page's entries and the links to the others.
    pub fn paginator(&self, page: &ListPage) -> Value {
        let link = |n: usize| -> Value {
            if n >= 1 && n <= page.total_pages {
                self.link(&page.page_url(n))
            } else {
                Value::none()
            }
        };
        let numbers: Vec<Value> = page_window(page.number, page.total_pages)
            .into_iter()
            .map(|n| {
                map(vec![
                    ("number", n.map_or_else(Value::none, Value::from)),
                    (
                        "url",
                        n.map_or_else(Value::none, |n| self.link(&page.page_url(n))),
                    ),
                    ("current", Value::from(n == Some(page.number))),
                    ("gap", Value::from(n.is_none())),
                ])
            })
            .collect();
        map(vec![
            ("pages", Value::from(self.listed(&page.items, page.lang))),
            ("number", Value::from(page.number)),
            ("total_pages", Value::from(page.total_pages)),
            ("total_items", Value::from(page.total_items)),
            ("first", self.link(&page.page_url(1))),
            ("last", self.link(&page.page_url(page.total_pages))),
            ("previous", link(page.number.wrapping_sub(1))),
            ("next", link(page.number + 1)),
            ("numbers", Value::from(numbers)),
        ])
    }

    /// `sort_views`: the section's own order first, then each `sort_views` field, each
    /// with its label from the section's content type and whether it is the one shown.
    pub fn sort_views(&self, id: EntryId, lang: usize, current: Option<&str>) -> Vec<Value> {
        let entry = self.library.entry(id);
        let meta = entry.default_meta();
        let Some(r) = entry.renditions[lang].as_ref() else {
            return Vec::new();
        };
        let fields = meta.sort_views.clone().unwrap_or_default();
        if fields.is_empty() {
            return Vec::new();
        }
        let codes = self.config.language_codes();
        let schema = meta.page_type.as_deref().and_then(|t| self.schemas.get(t));
        let mut out = vec![map(vec![
            ("field", text("")),
            ("label", text("")),
            ("url", self.link(&r.url)),
            ("current", Value::from(current.is_none())),
        ])];
        for field in fields {
            let label = schema
                .and_then(|s| s.fields.get(&field))
                .filter(|spec| !spec.label.is_empty())
                .map(|spec| spec.label.get(codes[lang], codes[0]).to_string())
                .unwrap_or_default();
            out.push(map(vec![
                ("field", text(&field)),
                ("label", text(&label)),
                (
                    "url",
                    self.link(&format!("{}{}/", r.url, crate::text::slugify(&field))),
                ),
                ("current", Value::from(current == Some(field.as_str()))),
            ]));
        }
        out
    }

    /// The address of the search page in `lang`.
    pub fn search_url(&self, lang: usize) -> Option<String> {
        self.config.search_url(lang)
    }

    /// The context of the search page of a language: where its index is.
    pub fn for_search(&self, lang: usize) -> Context {
        let config = self.config;
        let url = config.search_url(lang).unwrap_or_default();
        let translations: Vec<Value> = config
            .languages
            .iter()
            .enumerate()
            .map(|(i, l)| {
                map(vec![
                    ("code", text(&l.code)),
                    ("name", text(&l.name)),
                    ("locale", text(&l.locale)),
                    ("url", self.link(&config.search_url(i).unwrap_or_default())),
                    ("current", Value::from(i == lang)),
                    ("kind", text("translation")),
                ])
            })
            .collect();
        let mut alternates: Vec<Value> = config
            .languages
            .iter()
            .enumerate()
            .map(|(i, l)| {
                map(vec![
                    ("hreflang", text(&l.code)),
                    (
                        "url",
                        text(&config.permalink(&config.search_url(i).unwrap_or_default())),
                    ),
                ])
            })
            .collect();
        alternates.push(map(vec![
            ("hreflang", text("x-default")),
            (
                "url",
                text(&config.permalink(&config.search_url(0).unwrap_or_default())),
            ),
        ]));
        let ancestors: Vec<Value> = self.summaries[self.library.root][lang]
            .iter()
            .cloned()
            .collect();
        let mut ctx = self.common(
            lang,
            Common {
                canonical: config.permalink(&url),
                translations,
                alternates,
                ancestors,
                menu_current: self.library.root,
            },
        );
        ctx.insert_value(
            "search",
            map(vec![
                ("url", self.link(&url)),
                (
                    "index",
                    self.link(&format!("/search/{}/", config.languages[lang].code)),
                ),
            ]),
        );
        ctx
    }

    /// The context of the `404.html` page of a language: the switcher links each home.
    pub fn for_not_found(&self, lang: usize) -> Context {
        let translations: Vec<Value> = self
            .config
            .languages
            .iter()
            .enumerate()
            .map(|(i, l)| {
                map(vec![
                    ("code", text(&l.code)),
                    ("name", text(&l.name)),
                    ("locale", text(&l.locale)),
                    ("url", self.link(&format!("{}/", l.prefix))),
                    ("current", Value::from(i == lang)),
                    ("kind", text("section")),
                ])
            })
            .collect();
        let prefix = &self.config.languages[lang].prefix;
        self.common(
            lang,
            Common {
                canonical: self.config.permalink(&format!("{prefix}/404.html")),
                translations,
                alternates: Vec::new(),
                ancestors: Vec::new(),
                menu_current: self.library.root,
            },
        )
    }

    /// The context of a listing page that is not a section's own first page.
    pub fn for_list_page(&self, page: &ListPage) -> Context {
        match &page.kind {
            ListKind::Section { id, sort } => {
                let mut ctx = self.for_rendition(*id, page.lang, None);
                let canonical = self.config.permalink(&page.url);
                // A later page or a sorted view is the section's list again: its trail, not
                // the section's own node, which its first page carries.
                let title = self
                    .library
                    .rendition(*id, page.lang)
                    .and_then(|r| r.meta.title.clone());
                let here = Here {
                    title: title.as_deref().unwrap_or_default(),
                    canonical: &canonical,
                };
                let ancestors = self.ancestors(*id, page.lang);
                ctx.insert_value(
                    "structured_data",
                    self.structured_data(page.lang, &ancestors, here, None),
                );
                ctx.insert_value("canonical", text(&canonical));
                // hreflang alternates name whole pages; a later page or a sorted view has none.
                ctx.insert_value("alternates", Value::from(Vec::<Value>::new()));
                ctx.insert_value(
                    "sort_views",
                    Value::from(self.sort_views(*id, page.lang, sort.as_deref())),
                );
                if let Some(field) = sort {
                    ctx.insert_value("sort", text(field));
                }
                ctx.insert_value("paginator", self.paginator(page));
                ctx
            }
            ListKind::TaxonomyIndex { taxonomy } => self.taxonomy_context(page, *taxonomy, None),
            ListKind::TaxonomyTerm { taxonomy, term } => {
                self.taxonomy_context(page, *taxonomy, Some(*term))
            }
        }
    }

    fn taxonomy_value(&self, view: &TaxonomyView, lang: usize) -> Value {
        let terms: Vec<Value> = view
            .terms
            .iter()
            .map(|t| {
                let count = t
                    .pages
                    .iter()
                    .filter(|&&p| self.library.rendition(p, lang).is_some())
                    .count();
                map(vec![
                    ("key", text(&t.key)),
                    ("label", text(&t.label)),
                    ("url", self.link(&t.url)),
                    ("count", Value::from(count)),
                ])
            })
            .collect();
        map(vec![
            ("name", text(&view.name)),
            ("title", text(&view.title)),
            ("url", self.link(&view.url)),
            ("terms", Value::from(terms)),
        ])
    }

    /// Every taxonomy in one language, for `get_taxonomy`.
    pub fn taxonomy_table(&self) -> Vec<Vec<Value>> {
        self.listings
            .taxonomies
            .iter()
            .map(|per_lang| {
                per_lang
                    .iter()
                    .enumerate()
                    .map(|(lang, view)| self.taxonomy_value(view, lang))
                    .collect()
            })
            .collect()
    }

    fn taxonomy_context(&self, page: &ListPage, taxonomy: usize, term: Option<usize>) -> Context {
        let lang = page.lang;
        let views = &self.listings.taxonomies[taxonomy];
        let view = &views[lang];
        let term_key = term.map(|t| view.terms[t].key.as_str());
        // The switcher: the same term in each language, else that language's list of terms.
        let translations: Vec<Value> = self
            .config
            .languages
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let same = term_key.and_then(|k| views[i].terms.iter().find(|t| t.key == k));
                let (url, kind) = match (term_key, same) {
                    (None, _) => (views[i].url.clone(), "translation"),
                    (Some(_), Some(t)) => (t.url.clone(), "translation"),
                    (Some(_), None) => (views[i].url.clone(), "section"),
                };
                map(vec![
                    ("code", text(&l.code)),
                    ("name", text(&l.name)),
                    ("locale", text(&l.locale)),
                    ("url", self.link(&url)),
                    ("current", Value::from(i == lang)),
                    ("kind", text(kind)),
                ])
            })
            .collect();
        let mut alternates: Vec<Value> = Vec::new();
        let mut default_url: Option<String> = None;
        if page.number == 1 {
            for (i, l) in self.config.languages.iter().enumerate() {
                let url = match term_key {
                    None => Some(views[i].url.clone()),
                    Some(k) => views[i]
                        .terms
                        .iter()
                        .find(|t| t.key == k)
                        .map(|t| t.url.clone()),
                };
                if let Some(url) = url {
                    if i == 0 {
                        default_url = Some(url.clone());
                    }
                    alternates.push(map(vec![
                        ("hreflang", text(&l.code)),
                        ("url", text(&self.config.permalink(&url))),
                    ]));
                }
            }
            // Like every page: x-default is the default language's version, else its list.
            let x_default = default_url.unwrap_or_else(|| views[0].url.clone());
            alternates.push(map(vec![
                ("hreflang", text("x-default")),
                ("url", text(&self.config.permalink(&x_default))),
            ]));
        }
        let mut ancestors: Vec<Value> = self.summaries[self.library.root][lang]
            .iter()
            .cloned()
            .collect();
        if term.is_some() {
            ancestors.push(map(vec![
                ("title", text(&view.title)),
                ("url", self.link(&view.url)),
            ]));
        }
        let canonical = self.config.permalink(&page.url);
        let here = Here {
            title: term.map_or(view.title.as_str(), |t| view.terms[t].label.as_str()),
            canonical: &canonical,
        };
        let structured = self.structured_data(lang, &ancestors, here, None);
        let mut ctx = self.common(
            lang,
            Common {
                canonical,
                translations,
                alternates,
                ancestors,
                menu_current: self.library.root,
            },
        );
        ctx.insert_value("structured_data", structured);
        let taxonomy_value = self.taxonomy_values[taxonomy][lang].clone();
        ctx.insert_value("taxonomy", taxonomy_value);
        if let Some(t) = term {
            let t = &view.terms[t];
            ctx.insert_value(
                "term",
                map(vec![
                    ("key", text(&t.key)),
                    ("label", text(&t.label)),
                    ("url", self.link(&t.url)),
                    ("count", Value::from(page.total_items)),
                ]),
            );
            ctx.insert_value("paginator", self.paginator(page));
        }
        ctx
    }
}

/// The page numbers a pagination bar shows: the first and the last, and two either side
/// of the current one; `None` where two or more numbers are left out (a single left-out
/// number is shown instead: it takes no more room than the gap). A list of 100 pages
/// gives at most 9 entries, so the bar fits a phone's width and a page's links do not
/// grow with the list.
fn page_window(current: usize, total: usize) -> Vec<Option<usize>> {
    const AROUND: usize = 2;
    let shown = |n: usize| n == 1 || n == total || n.abs_diff(current) <= AROUND;
    let mut out = Vec::new();
    let mut n = 1;
    while n <= total {
        if shown(n) {
            out.push(Some(n));
            n += 1;
            continue;
        }
        // n is left out, so the next shown number is the current one's first neighbour
        // (n is before it) or the last.
        let next = if n < current { current - AROUND } else { total };
        out.push((next - n == 1).then_some(n));
        n = next;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::page_window;

    fn bar(current: usize, total: usize) -> String {
        page_window(current, total)
            .iter()
            .map(|n| n.map_or("…".to_string(), |n| n.to_string()))
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn short_lists_show_every_number() {
        assert_eq!(bar(1, 1), "1");
        assert_eq!(bar(2, 3), "1 2 3");
        assert_eq!(bar(1, 5), "1 2 3 4 5");
        assert_eq!(bar(1, 7), "1 2 3 … 7");
        assert_eq!(bar(4, 7), "1 2 3 4 5 6 7");
    }

    #[test]
    fn long_lists_show_the_ends_and_the_neighbours_with_gaps() {
        assert_eq!(bar(1, 100), "1 2 3 … 100");
        assert_eq!(bar(4, 100), "1 2 3 4 5 6 … 100");
        assert_eq!(bar(5, 100), "1 2 3 4 5 6 7 … 100");
        assert_eq!(bar(6, 100), "1 … 4 5 6 7 8 … 100");
        assert_eq!(bar(50, 100), "1 … 48 49 50 51 52 … 100");
        assert_eq!(bar(96, 100), "1 … 94 95 96 97 98 99 100");
        assert_eq!(bar(100, 100), "1 … 98 99 100");
        assert_eq!(bar(1, 8), "1 2 3 … 8");
    }

    #[test]
    fn every_number_appears_once_in_order_with_the_current_one() {
        for total in 1..40 {
            for current in 1..=total {
                let w = page_window(current, total);
                let numbers: Vec<usize> = w.iter().flatten().copied().collect();
                assert!(
                    numbers.windows(2).all(|p| p[0] < p[1]),
                    "{current}/{total}: {w:?}"
                );
                assert!(
                    numbers.contains(&current) && numbers.contains(&1) && numbers.contains(&total)
                );
                assert!(w.len() <= 9, "{current}/{total}: {w:?}");
                // A gap stands for two or more numbers, never none or one.
                for (i, n) in w.iter().enumerate() {
                    if n.is_none() {
                        let (a, b) = (w[i - 1].unwrap(), w[i + 1].unwrap());
                        assert!(b - a > 2, "{current}/{total}: {w:?}");
                    }
                }
            }
        }
    }
}
