//! `sitemap.xml`, read back with an XML parser: every canonical page once, each with an
//! `xhtml:link rel="alternate" hreflang` for every language version (and `x-default`)
//! that agrees with the page's own `<link rel="alternate">`s; no fallback, redirect,
//! draft or "not found" page; `lastmod` from the page's dates.
//!
//! Fixture: `outputs/site` (see `side_outputs`).

use std::collections::{BTreeMap, BTreeSet};

use crate::harness::hreflang_alternates;
use crate::side_outputs::{BASE, built, canonicals, file_of, is_redirect, url_of};

const SITEMAP_NS: &str = "http://www.sitemaps.org/schemas/sitemap/0.9";
const XHTML_NS: &str = "http://www.w3.org/1999/xhtml";

/// One `<url>` of the sitemap.
#[derive(Debug)]
struct Entry {
    lastmod: Option<String>,
    /// `(hreflang, href)` of its `xhtml:link rel="alternate"`s.
    alternates: BTreeSet<(String, String)>,
}

/// The sitemap's entries by `loc`, failing on a repeated `loc` or a malformed file.
fn sitemap() -> BTreeMap<String, Entry> {
    let text = built().read("sitemap.xml");
    let doc = roxmltree::Document::parse(&text)
        .unwrap_or_else(|e| panic!("sitemap.xml is not well-formed XML: {e}"));
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "urlset");
    assert_eq!(root.tag_name().namespace(), Some(SITEMAP_NS));
    let mut out = BTreeMap::new();
    for url in root.children().filter(|n| n.is_element()) {
        assert_eq!(url.tag_name().name(), "url");
        let child_text = |name: &str| {
            url.children()
                .find(|c| {
                    c.tag_name().name() == name && c.tag_name().namespace() == Some(SITEMAP_NS)
                })
                .and_then(|c| c.text())
                .map(str::to_string)
        };
        let loc = child_text("loc").expect("every <url> has a <loc>");
        let alternates = url
            .children()
            .filter(|c| c.tag_name().name() == "link" && c.tag_name().namespace() == Some(XHTML_NS))
            .map(|l| {
                assert_eq!(l.attribute("rel"), Some("alternate"), "{loc}");
                (
                    l.attribute("hreflang").expect("hreflang").to_string(),
                    l.attribute("href").expect("href").to_string(),
                )
            })
            .collect();
        let entry = Entry {
            lastmod: child_text("lastmod"),
            alternates,
        };
        assert!(
            out.insert(loc.clone(), entry).is_none(),
            "{loc} is listed twice"
        );
    }
    out
}

#[test]
fn every_language_version_is_listed_with_hreflang_alternates_that_match_the_page() {
    let run = built();
    let sitemap = sitemap();
    for (loc, entry) in &sitemap {
        let file = file_of(loc, BASE).unwrap_or_else(|| panic!("{loc} is not on {BASE}"));
        let html = run.read(&file);
        // A sitemap lists canonical addresses only.
        assert_eq!(
            canonicals(&html),
            std::slice::from_ref(loc),
            "{loc} is not its page's canonical"
        );
        let on_page = hreflang_alternates(&html);
        let languages = on_page.iter().filter(|(l, _)| l != "x-default").count();
        if languages > 1 {
            assert_eq!(
                entry.alternates, on_page,
                "the sitemap's alternates of {loc} differ from the page's"
            );
        } else {
            assert!(
                entry.alternates.is_subset(&on_page),
                "{loc}: {:?} is not among the page's {on_page:?}",
                entry.alternates
            );
        }
        // Every alternate is itself listed, and lists this one back.
        for (lang, href) in &entry.alternates {
            let other = sitemap
                .get(href)
                .unwrap_or_else(|| panic!("{loc}: the {lang} alternate {href} is not listed"));
            if lang != "x-default" {
                assert!(
                    other.alternates.iter().any(|(_, h)| h == loc),
                    "{href} does not name {loc} back"
                );
            }
        }
    }

    // Both versions of a translated page, each naming both and the default.
    let zone: BTreeSet<(String, String)> = [
        ("vi", "/dau-tu/khu-nong-nghiep/"),
        ("en", "/en/investment/high-tech-agriculture/"),
        ("x-default", "/dau-tu/khu-nong-nghiep/"),
    ]
    .into_iter()
    .map(|(l, p)| (l.to_string(), format!("{BASE}{p}")))
    .collect();
    for loc in [
        "/dau-tu/khu-nong-nghiep/",
        "/en/investment/high-tech-agriculture/",
    ] {
        assert_eq!(sitemap[&format!("{BASE}{loc}")].alternates, zone, "{loc}");
    }
}

#[test]
fn every_canonical_page_is_listed_and_nothing_else() {
    let run = built();
    let sitemap = sitemap();
    let listed: BTreeSet<&String> = sitemap.keys().collect();
    for (file, html) in run.html_files() {
        let url = url_of(&file, BASE);
        let listed_here = listed.contains(&url);
        let not_a_page = is_redirect(&html)
            || file.ends_with("404.html")
            || file.starts_with("tim-kiem/")
            || file.starts_with("en/search/");
        if not_a_page {
            assert!(!listed_here, "{url} is listed, but is not a page to index");
        } else if canonicals(&html) == [url.clone()] {
            assert!(
                listed_here,
                "{url} is a canonical page missing from the sitemap"
            );
        } else {
            assert!(
                !listed_here,
                "{url} is listed, but its canonical is elsewhere"
            );
        }
    }
    for absent in [
        "/en/investment/cang-song-hau/",
        "/en/news/chi-tieng-viet/",
        "/tin-tuc/ban-nhap/",
        "/tin-tuc/2018/ke-hoach/",
        "/ke-hoach-cu.html",
        "/en/news/2018/plan/",
        "/404.html",
    ] {
        assert!(
            !listed.contains(&format!("{BASE}{absent}")),
            "{absent} is listed"
        );
    }
    // Nine pages in both languages, four in Vietnamese only (English shows them as
    // fallbacks, which are not listed).
    assert_eq!(sitemap.len(), 9 * 2 + 4, "{listed:#?}");
}

#[test]
fn lastmod_is_the_pages_last_update() {
    let sitemap = sitemap();
    for (loc, lastmod) in [
        ("/tin-tuc/hoi-nghi/", Some("2018-06-20")),
        ("/en/news/investment-conference/", Some("2018-06-20")),
        ("/tin-tuc/ban-hanh-ke-hoach/", Some("2018-03-13")),
        ("/dau-tu/khu-nong-nghiep/", Some("2018-04-02")),
        ("/doi-tac/jeollanam-do/", None),
    ] {
        assert_eq!(
            sitemap[&format!("{BASE}{loc}")].lastmod.as_deref(),
            lastmod,
            "{loc}"
        );
    }
}
