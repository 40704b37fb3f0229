//! A page's own files (a bundle's `ban-do.svg`) are found however the link spells their
//! name: as written, percent-encoded (`a%20b.svg`, `%E1%BA%A3nh.svg`,
//! `g%F0%9F%98%80.svg`), in angle brackets (`<a b.svg>`), or decomposed as macOS writes
//! it. Every spelling is the same file, in the original, in a translation and in a
//! fallback page; a file that is not there is an error at its link, named as decoded.

use crate::harness::Site;

const SVG: &str = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>\n";

/// The same five links, written five ways.
const LINKS: &str = "Ảnh: ![a](a%20b.svg) ![b](<a b.svg>) ![c](g%F0%9F%98%80.svg) ![d](%E1%BA%A3nh.svg) ![e](a\u{0309}nh.svg) ![f](./ảnh.svg)\n";

fn site() -> Site {
    let vi = format!("---\ntitle: Dự án\n---\n{LINKS}");
    let en = format!("---\ntitle: Project\n---\n{LINKS}");
    let site = Site::minimal_with(&[
        // Translated.
        ("content/dau-tu/du-an/index.md", vi.as_str()),
        ("content/dau-tu/du-an/index.en.md", en.as_str()),
        // Not translated: English readers get the original at the English address.
        ("content/doi-tac/doi-tac/index.md", vi.as_str()),
    ]);
    for bundle in ["content/dau-tu/du-an", "content/doi-tac/doi-tac"] {
        for name in ["a b.svg", "g😀.svg", "ảnh.svg"] {
            site.write(&format!("{bundle}/{name}"), SVG);
        }
    }
    site
}

fn image_sources(html: &str) -> Vec<String> {
    crate::harness::tags(html, "img")
        .into_iter()
        .filter_map(|attrs| attrs.get("src").cloned())
        .collect()
}

#[test]
fn every_spelling_of_a_file_name_is_the_same_file_in_every_language() {
    let run = site().build(&[]).success();
    for (page, bundle) in [
        ("dau-tu/du-an/index.html", "/dau-tu/du-an"),
        ("en/investment/du-an/index.html", "/dau-tu/du-an"),
        ("doi-tac/doi-tac/index.html", "/doi-tac/doi-tac"),
        ("en/partners/doi-tac/index.html", "/doi-tac/doi-tac"),
    ] {
        let html = run.read(page);
        let space = format!("{bundle}/a%20b.svg");
        let emoji = format!("{bundle}/g%F0%9F%98%80.svg");
        let a = format!("{bundle}/%E1%BA%A3nh.svg");
        assert_eq!(
            image_sources(&html),
            [space.clone(), space, emoji, a.clone(), a.clone(), a],
            "{page}"
        );
    }
    // One copy of each file, under its decoded name.
    for name in ["a b.svg", "g😀.svg", "ảnh.svg"] {
        assert!(run.has(&format!("dau-tu/du-an/{name}")), "{name}");
    }
    // And `check` finds every link leads somewhere.
    site().run(&["check"]).success();
}

#[test]
fn a_missing_file_in_any_spelling_is_an_error_at_its_link() {
    let site = Site::minimal_with(&[(
        "content/dau-tu/du-an/index.md",
        "---\ntitle: Dự án\n---\nẢnh đầu tiên: ![a](a%20b.svg) và ảnh thiếu ![b](kh%C3%B4ng%20c%C3%B3.svg) và ![c](g%F0%9F%98%81.svg)\n",
    )]);
    site.write("content/dau-tu/du-an/a b.svg", SVG);
    let run = site.run(&["check"]).exit_code(1);
    run.error_at("content/dau-tu/du-an/index.md", 4, 44)
        .says("there is no file `không có.svg` beside this page");
    run.error_at("content/dau-tu/du-an/index.md", 4, 78)
        .says("there is no file `g😁.svg` beside this page");
    assert_eq!(run.error_places().len(), 2, "{}", run.stderr);
}
