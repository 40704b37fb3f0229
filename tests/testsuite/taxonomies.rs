//! Taxonomies declared in site.yaml: a page per term and language listing exactly the
//! pages with that term, at an address in the reader's language (`/linh-vuc/nong-nghiep/`,
//! `/en/sectors/agriculture/`), an index of the terms, and free-text tags per language.
//!
//! Fixture: `taxonomies/site` — three projects: two in agriculture (one of them not
//! translated, so English shows its fallback), one in energy; tags written per language.

use std::collections::BTreeSet;

use crate::harness::{
    Run, card_links, dead_internal_links, element, file_for_url, hreflang_alternates, shared_build,
    switcher_links, tags,
};

fn build() -> &'static Run {
    shared_build("taxonomies/site", |_| {})
}

/// The `<h1>` of a page.
fn heading(html: &str) -> String {
    let start = html.find("<h1>").expect("an h1") + 4;
    let end = html[start..].find("</h1>").expect("closed") + start;
    html[start..end].to_string()
}

/// The terms a taxonomy index lists: (url, label, count).
fn term_list(html: &str) -> Vec<(String, String, String)> {
    let list = element(html, "ul", "term-list").unwrap_or_else(|| panic!("no term list:\n{html}"));
    list.split("<li>")
        .skip(1)
        .map(|item| {
            let href = tags(item, "a")[0]["href"].clone();
            let label = crate::harness::strip_tags(&item[..item.find("</a>").expect("a link")]);
            let count = item
                .split("class=\"count\">(")
                .nth(1)
                .and_then(|c| c.split(')').next())
                .unwrap_or_default()
                .to_string();
            (href, label, count)
        })
        .collect()
}

#[test]
fn enum_term_pages_list_exactly_their_pages_under_a_localized_address() {
    let run = build();
    // (term page, its heading, the pages it lists, newest first)
    let expected: &[(&str, &str, &[&str])] = &[
        (
            "linh-vuc/nong-nghiep/index.html",
            "Nông nghiệp",
            &["/dau-tu/trai-cay/", "/dau-tu/lua-gao/"],
        ),
        (
            "linh-vuc/nang-luong/index.html",
            "Năng lượng",
            &["/dau-tu/dien-mat-troi/"],
        ),
        // The untranslated project is in English too, as its fallback.
        (
            "en/sectors/agriculture/index.html",
            "Agriculture",
            &["/en/investment/trai-cay/", "/en/investment/rice-area/"],
        ),
        (
            "en/sectors/energy/index.html",
            "Energy",
            &["/en/investment/solar-farm/"],
        ),
    ];
    for (page, title, pages) in expected {
        let html = run.read(page);
        assert_eq!(heading(&html), *title, "{page}");
        assert_eq!(card_links(&html), *pages, "the pages listed on {page}");
        for href in *pages {
            assert!(run.has(&file_for_url(href)), "{page} lists missing {href}");
        }
    }
    let sector_pages: BTreeSet<String> = run
        .files()
        .into_keys()
        .filter(|p| p.starts_with("linh-vuc/") || p.starts_with("en/sectors/"))
        .collect();
    let want: BTreeSet<String> = [
        "linh-vuc/index.html",
        "linh-vuc/nang-luong/index.html",
        "linh-vuc/nong-nghiep/index.html",
        "en/sectors/index.html",
        "en/sectors/agriculture/index.html",
        "en/sectors/energy/index.html",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    assert_eq!(sector_pages, want, "a term page for each used sector only");
}

#[test]
fn taxonomy_index_lists_every_term_with_its_count() {
    let run = build();
    let vi = run.read("linh-vuc/index.html");
    assert_eq!(heading(&vi), "Lĩnh vực đầu tư");
    let s = |a: &str, b: &str, c: &str| (a.to_string(), b.to_string(), c.to_string());
    assert_eq!(
        term_list(&vi),
        [
            s("/linh-vuc/nang-luong/", "Năng lượng", "1"),
            s("/linh-vuc/nong-nghiep/", "Nông nghiệp", "2"),
        ]
    );
    let en = run.read("en/sectors/index.html");
    assert_eq!(heading(&en), "Investment sectors");
    assert_eq!(
        term_list(&en),
        [
            s("/en/sectors/agriculture/", "Agriculture", "2"),
            s("/en/sectors/energy/", "Energy", "1"),
        ]
    );
}

#[test]
fn free_text_tags_have_term_pages_in_the_language_they_are_written_in() {
    let run = build();
    let s = |a: &str, b: &str, c: &str| (a.to_string(), b.to_string(), c.to_string());
    assert_eq!(
        term_list(&run.read("tu-khoa/index.html")),
        [
            s("/tu-khoa/lua-gao/", "lúa gạo", "1"),
            s("/tu-khoa/nang-luong/", "năng lượng", "1"),
            s("/tu-khoa/trai-cay/", "trái cây", "1"),
            s("/tu-khoa/xuat-khau/", "xuất khẩu", "1"),
        ]
    );
    // The untranslated project's Vietnamese tag is no English term.
    assert_eq!(
        term_list(&run.read("en/tags/index.html")),
        [
            s("/en/tags/energy/", "energy", "1"),
            s("/en/tags/exports/", "exports", "1"),
            s("/en/tags/rice/", "rice", "1"),
        ]
    );
    assert!(!run.has("en/tags/trai-cay/index.html"));
    assert_eq!(
        card_links(&run.read("tu-khoa/lua-gao/index.html")),
        ["/dau-tu/lua-gao/"]
    );
    assert_eq!(
        card_links(&run.read("en/tags/rice/index.html")),
        ["/en/investment/rice-area/"]
    );
}

#[test]
fn term_pages_link_their_other_languages_and_never_a_missing_page() {
    let run = build();
    let link = |page: &str, lang: &str| -> String {
        switcher_links(&run.read(page))
            .into_iter()
            .find(|(l, _)| l == lang)
            .map(|(_, h)| h)
            .unwrap_or_else(|| panic!("{page} has no {lang} link"))
    };
    assert_eq!(
        link("linh-vuc/nong-nghiep/index.html", "en"),
        "/en/sectors/agriculture/"
    );
    assert_eq!(
        link("en/sectors/agriculture/index.html", "vi"),
        "/linh-vuc/nong-nghiep/"
    );
    // A tag written only in Vietnamese: the English list of tags.
    assert_eq!(link("tu-khoa/lua-gao/index.html", "en"), "/en/tags/");
    assert_eq!(link("linh-vuc/index.html", "en"), "/en/sectors/");

    assert_eq!(
        hreflang_alternates(&run.read("linh-vuc/nong-nghiep/index.html"))
            .into_iter()
            .filter(|(l, _)| l != "x-default")
            .collect::<Vec<_>>(),
        [
            (
                "en".to_string(),
                "https://example.org/en/sectors/agriculture/".to_string()
            ),
            (
                "vi".to_string(),
                "https://example.org/linh-vuc/nong-nghiep/".to_string()
            ),
        ]
    );
    let dead = dead_internal_links(run);
    assert!(dead.is_empty(), "dead links:\n{}", dead.join("\n"));
}

#[test]

fn term_pages_announce_an_x_default_like_every_other_page() {
    // Symptom: `/linh-vuc/nong-nghiep/` lists vi and en alternates but no x-default,
    // while every content page and section lists one.
    let run = build();
    for (page, default) in [
        ("linh-vuc/nong-nghiep/index.html", "/linh-vuc/nong-nghiep/"),
        (
            "en/sectors/agriculture/index.html",
            "/linh-vuc/nong-nghiep/",
        ),
        ("linh-vuc/index.html", "/linh-vuc/"),
    ] {
        let alternates = hreflang_alternates(&run.read(page));
        assert!(
            alternates.contains(&(
                "x-default".to_string(),
                format!("https://example.org{default}")
            )),
            "{page}: {alternates:?}"
        );
    }
}
