//! Heading ids never repeat an id of the page. The theme's templates write ids of their
//! own (`<main id="main">`, `<h2 id="toc-title">`), and so may a site's templates: a
//! heading whose id would be one of them gets a suffix (`## Main` → `main-1`), in the
//! page, its table of contents and the anchor checks alike. A `{#id}` written by the
//! author that is taken gets a suffix too, with a warning at the `{#…}`.
//!
//! Sites are written inline on the harness's minimal site.

use std::collections::BTreeMap;

use crate::harness::{Site, attribute_values, repo_root};

/// How many times each `id` appears in `html`.
fn id_counts(html: &str) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for id in attribute_values(html, "id") {
        *counts.entry(id).or_insert(0) += 1;
    }
    counts
}

#[test]
fn a_heading_never_takes_an_id_that_the_templates_write() {
    // Symptom: `## Main` got the id `main`, which base.html gives `<main>`: two elements
    // with one id, invalid HTML, and `#main` led to the wrong one.
    let theme_page =
        std::fs::read_to_string(repo_root().join("themes/default/templates/page.html"))
            .expect("the theme's page.html");
    // The site's own page.html, the theme's with one more literal id.
    let site_page = theme_page.replacen(
        "<article class=\"page\">",
        "<article class=\"page\">\n<p id=\"loi-chao\">Xin chào</p>",
        1,
    );
    assert_ne!(site_page, theme_page, "the theme's page.html changed");
    let site = Site::minimal_with(&[
        ("templates/page.html", site_page.as_str()),
        (
            "content/dau-tu/trang.md",
            "---\ntitle: Trang\n---\nMở đầu.\n\n## Main\n\nMột.\n\n## Main\n\nHai.\n\n## Toc title\n\nBa.\n\n## Lời chào\n\nBốn.\n",
        ),
    ]);
    let run = site.build(&[]).success();
    assert!(
        !run.stderr.contains("warning"),
        "ids made from heading text are not warned about:\n{}",
        run.stderr
    );
    let html = run.read("dau-tu/trang/index.html");
    for heading in [
        "<h2 id=\"main-1\">Main</h2>",
        "<h2 id=\"main-2\">Main</h2>",
        "<h2 id=\"toc-title-1\">Toc title</h2>",
        "<h2 id=\"loi-chao-1\">Lời chào</h2>",
    ] {
        assert!(html.contains(heading), "no {heading} in:\n{html}");
    }
    // The table of contents links the headings' final ids.
    for entry in [
        "<a href=\"#main-1\">Main</a>",
        "<a href=\"#main-2\">Main</a>",
        "<a href=\"#toc-title-1\">Toc title</a>",
        "<a href=\"#loi-chao-1\">Lời chào</a>",
    ] {
        assert!(html.contains(entry), "the table of contents lacks {entry}");
    }
    let repeated: Vec<_> = id_counts(&html)
        .into_iter()
        .filter(|(_, n)| *n > 1)
        .collect();
    assert!(repeated.is_empty(), "ids repeat on the page: {repeated:?}");
    for id in ["main", "toc-title", "loi-chao"] {
        assert_eq!(id_counts(&html).get(id), Some(&1), "the template's `{id}`");
    }
}

#[test]
fn a_written_id_that_is_taken_gets_a_suffix_and_a_warning_at_its_attribute() {
    let page = "---\ntitle: Trang\n---\n## Nội dung chính {#main}\n\nMột.\n\n## Lịch sử {#lich-su}\n\nHai.\n\n## Lịch sử khác {#lich-su}\n\nBa.\n";
    let site = Site::minimal_with(&[("content/dau-tu/trang.md", page)]);
    let run = site.build(&[]).success();
    run.warning_at("content/dau-tu/trang.md", 4, 19)
        .says("the heading id `main` is taken (the template `themes/default/templates/base.html` writes it), so this heading gets the id `main-1`")
        .quotes("## Nội dung chính {#main}")
        .helps("write another id in `{#…}`");
    run.warning_at("content/dau-tu/trang.md", 12, 17)
        .says("the heading id `lich-su` is taken (the heading “Lịch sử” has it), so this heading gets the id `lich-su-1`")
        .quotes("## Lịch sử khác {#lich-su}");
    let warnings = run
        .diagnostics()
        .into_iter()
        .filter(|d| d.severity == "warning")
        .count();
    assert_eq!(warnings, 2, "{}", run.stderr);
    let html = run.read("dau-tu/trang/index.html");
    for heading in [
        "<h2 id=\"main-1\">Nội dung chính</h2>",
        "<h2 id=\"lich-su\">Lịch sử</h2>",
        "<h2 id=\"lich-su-1\">Lịch sử khác</h2>",
    ] {
        assert!(html.contains(heading), "no {heading} in:\n{html}");
    }
    assert_eq!(id_counts(&html).get("main"), Some(&1), "{html}");
}

#[test]
fn links_to_a_renamed_heading_are_checked_against_its_final_id() {
    // Symptom: `[x](@/dau-tu/muc-tieu.md#main)` passed the check because `## Main` had
    // the id `main`; the browser took readers to the theme's `<main>` instead.
    let site = Site::minimal_with(&[
        (
            "content/dau-tu/muc-tieu.md",
            "---\ntitle: Mục tiêu\n---\n## Main\n\nNội dung.\n\nVề [đầu mục](#main).\n",
        ),
        (
            "content/dau-tu/lien-ket.md",
            "---\ntitle: Liên kết\n---\nXem [mục cũ](@/dau-tu/muc-tieu.md#main) và [mục mới](@/dau-tu/muc-tieu.md#main-1).\n",
        ),
    ]);
    let run = site.build(&[]).exit_code(1);
    let help = "the theme's templates write the id `main` themselves, so the heading “Main” has the id `main-1`: link to `#main-1`";
    run.error_at("content/dau-tu/lien-ket.md", 4, 5)
        .says("`content/dau-tu/muc-tieu.md` has no heading or id `#main`")
        .helps(help);
    run.error_at("content/dau-tu/muc-tieu.md", 8, 4)
        .says("there is no heading or id `#main` on this page")
        .helps(help);
    // The link to the final id is good: two errors, not three.
    assert_eq!(run.error_places().len(), 2, "{}", run.stderr);
    assert!(
        !site.path("output").exists(),
        "a failed build wrote output/"
    );
}
