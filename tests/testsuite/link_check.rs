//! Links beyond what `links` covers: an `@/` link to a page that is not translated
//! follows the language's missing-translation rule (`fallback` or `omit`), and `outreach
//! check` follows every `href` and `src` of the rendered site — raw HTML and plain
//! Markdown links included — reporting each broken one once, at its place in the source,
//! in the text format and as GitHub annotations, without writing anything.
//!
//! Sites are written inline on the harness's minimal site.

use crate::harness::{Site, attribute_values};

/// A Vietnamese-only page with a heading, and a page in both languages linking it.
fn site_linking_an_untranslated_page(missing: &str) -> Site {
    let site_yaml = format!(
        "title: {{ vi: \"Hậu Giang thử nghiệm\", en: \"Hau Giang test\" }}\nbase_url: \"https://example.org\"\ndefault_language: vi\nlanguages:\n  vi: {{ name: \"Tiếng Việt\", locale: vi-VN }}\n  en: {{ name: \"English\", locale: en-GB, missing: {missing} }}\nmenu:\n  - {{ page: \"@/dau-tu/_index.md\" }}\n  - {{ page: \"@/doi-tac/_index.md\" }}\n"
    );
    Site::minimal_with(&[
        ("site.yaml", &site_yaml),
        (
            "content/dau-tu/chua-dich.md",
            "---\ntitle: Chưa dịch\n---\nChỉ có tiếng Việt.\n\n## Mục tiêu\n\nNội dung.\n",
        ),
        (
            "content/dau-tu/lien-ket.md",
            "---\ntitle: Liên kết\n---\nXem [trang chưa dịch](@/dau-tu/chua-dich.md) và [mục tiêu](@/dau-tu/chua-dich.md#muc-tieu).\n",
        ),
        (
            "content/dau-tu/lien-ket.en.md",
            "---\ntitle: Links\n---\nSee [the untranslated page](@/dau-tu/chua-dich.md) and [its goals](@/dau-tu/chua-dich.md#muc-tieu).\n",
        ),
    ])
}

fn prose_links(html: &str) -> Vec<String> {
    let prose = crate::harness::element(html, "div", "prose").expect("the page's text");
    attribute_values(prose, "href")
}

#[test]
fn a_link_to_an_untranslated_page_follows_the_languages_missing_rule() {
    // `missing: fallback`: English readers go to the English address of the original.
    let run = site_linking_an_untranslated_page("fallback")
        .build(&[])
        .success();
    assert_eq!(
        prose_links(&run.read("en/investment/lien-ket/index.html")),
        [
            "/en/investment/chua-dich/",
            "/en/investment/chua-dich/#muc-tieu"
        ]
    );
    assert!(
        run.read("en/investment/chua-dich/index.html")
            .contains("id=\"muc-tieu\"")
    );
    assert_eq!(
        prose_links(&run.read("dau-tu/lien-ket/index.html")),
        ["/dau-tu/chua-dich/", "/dau-tu/chua-dich/#muc-tieu"]
    );

    // `missing: omit`: there is no English page, so the link goes to the original.
    let run = site_linking_an_untranslated_page("omit")
        .build(&[])
        .success();
    assert!(!run.has("en/investment/chua-dich/index.html"));
    assert_eq!(
        prose_links(&run.read("en/investment/lien-ket/index.html")),
        ["/dau-tu/chua-dich/", "/dau-tu/chua-dich/#muc-tieu"]
    );
    assert!(
        crate::harness::dead_internal_links(&run).is_empty(),
        "{:?}",
        crate::harness::dead_internal_links(&run)
    );
}

/// A page in both languages with broken links that only the rendered site shows: raw
/// HTML, a plain Markdown link, an image, an anchor, and an address in Vietnamese.
fn site_with_broken_rendered_links() -> Site {
    Site::minimal_with(&[
        (
            "content/dau-tu/hong.md",
            "---\ntitle: Liên kết hỏng\n---\nTệp anh.png và /khong-co/ chỉ được nhắc đến.\n\nXem <a href=\"/khong-co/\">trang</a>, [mục](/dau-tu/#khong-co) và ![ảnh](anh.png).\n\nTrang cũ: [đầu tư](/đầu-tư/cũ/).\n",
        ),
        (
            "content/dau-tu/hong.en.md",
            "---\ntitle: Broken links\n---\nSee <img src=\"/en/missing.png\" alt=\"a missing picture\">.\n",
        ),
        // Not translated: English shows the Vietnamese text, with the same link.
        (
            "content/dau-tu/chua-dich.md",
            "---\ntitle: Chưa dịch\n---\nXem [trang cũ](/trang-cu/).\n",
        ),
    ])
}

#[test]
fn check_reports_each_broken_href_and_src_at_its_place_and_writes_nothing() {
    let site = site_with_broken_rendered_links();
    let run = site.run(&["check"]).exit_code(1);
    let vi = "content/dau-tu/hong.md";
    let line = "Xem <a href=\"/khong-co/\">trang</a>, [mục](/dau-tu/#khong-co) và ![ảnh](anh.png).";
    // At the link, not at the earlier mention of the same words in the text.
    run.error_at(vi, 6, 14)
        .says("`/khong-co/`")
        .says("not in the site")
        .quotes(line);
    run.error_at(vi, 6, 43)
        .says("`/dau-tu/#khong-co`")
        .says("no id `#khong-co`")
        .quotes(line);
    // Links in Markdown are checked when the page is built, at the link.
    run.error_at(vi, 6, 65)
        .says("there is no file `anh.png` beside this page")
        .quotes(line);
    // Written in Vietnamese: found where it is written, and named as it is written.
    run.error_at(vi, 8, 11)
        .says("`/đầu-tư/cũ/`")
        .quotes("Trang cũ: [đầu tư](/đầu-tư/cũ/).");
    run.error_at("content/dau-tu/hong.en.md", 4, 15)
        .says("`/en/missing.png`")
        .says("`/en/investment/hong/`");
    // One mistake shown on two pages (the original and its English fallback) is one error.
    // Symptom: the same error twice, at the same place, once per page.
    run.error_at("content/dau-tu/chua-dich.md", 4, 5)
        .says("`/trang-cu/`");
    assert_eq!(run.error_places().len(), 6, "{}", run.stderr);
    assert!(run.stderr.contains("found 6 errors"), "{}", run.stderr);
    assert!(!site.path("output").exists(), "check wrote output/");

    // The build finds the links in Markdown too; only `check` follows the rendered HTML.
    let build = site.build(&[]).exit_code(1);
    assert_eq!(
        build.error_places(),
        [
            "content/dau-tu/chua-dich.md:4:5",
            "content/dau-tu/hong.md:6:65",
            "content/dau-tu/hong.md:8:11"
        ],
        "{}",
        build.stderr
    );
}

#[test]
fn check_in_github_format_annotates_broken_links_with_file_line_and_column() {
    let run = site_with_broken_rendered_links()
        .run(&["check", "--format", "github"])
        .exit_code(1);
    let annotations: Vec<&str> = run
        .stdout
        .lines()
        .chain(run.stderr.lines())
        .filter(|l| l.starts_with("::error "))
        .collect();
    assert_eq!(annotations.len(), 6, "{}\n{}", run.stdout, run.stderr);
    for expected in [
        "::error file=content/dau-tu/hong.md,line=6,col=14,",
        "::error file=content/dau-tu/hong.md,line=8,col=11,",
        "::error file=content/dau-tu/hong.en.md,line=4,col=15,",
        "::error file=content/dau-tu/chua-dich.md,line=4,col=5,",
    ] {
        assert!(
            annotations.iter().any(|a| a.starts_with(expected)),
            "no annotation starting {expected:?}:\n{}",
            annotations.join("\n")
        );
    }
    assert!(
        annotations.iter().any(|a| a.contains("/đầu-tư/cũ/")),
        "{annotations:?}"
    );
}

#[test]
fn check_passes_a_site_whose_links_all_lead_somewhere() {
    let site = Site::fixture(crate::side_outputs::FIXTURE);
    let run = site.run(&["check"]).success();
    assert!(run.stderr.contains("no errors"), "{}", run.stderr);
    assert!(!site.path("output").exists(), "check wrote output/");
}
