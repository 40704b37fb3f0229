//! Internal links written `[text](@/section/page.md#anchor)`: each becomes the target's
//! address in the language of the page that links, anchors must name a heading of the
//! target, and a broken link is an error placed at the link itself.
//!
//! Fixtures: `links/internal` (links that work) and `links/broken`.

use crate::harness::Site;

#[test]
fn internal_links_go_to_the_linking_pages_language() {
    let run = Site::fixture("links/internal").build(&[]).success();
    let vi = run.read("dau-tu/lien-ket/index.html");
    for link in [
        "<a href=\"/dau-tu/hau-giang/\">khu nông nghiệp</a>",
        "<a href=\"/dau-tu/\">danh mục dự án</a>",
        "<a href=\"/dau-tu/hau-giang/#lich-su\">lịch sử của khu</a>",
        "<a href=\"/\">trang chủ</a>",
    ] {
        assert!(vi.contains(link), "the Vietnamese page lacks {link}\n{vi}");
    }
    let en = run.read("en/investment/lien-ket/index.html");
    for link in [
        "<a href=\"/en/investment/hau-giang/\">the agricultural zone</a>",
        "<a href=\"/en/investment/\">the project list</a>",
        "<a href=\"/en/investment/hau-giang/#lich-su\">the history of the zone</a>",
        "<a href=\"/en/\">the home page</a>",
    ] {
        assert!(en.contains(link), "the English page lacks {link}\n{en}");
    }
}

#[test]
fn anchor_links_land_on_a_heading_id() {
    let run = Site::fixture("links/internal").build(&[]).success();
    // `## Lịch sử` gets the id `lich-su`; the translation sets the same id explicitly.
    assert!(
        run.read("dau-tu/hau-giang/index.html")
            .contains("<h2 id=\"lich-su\">Lịch sử</h2>")
    );
    assert!(
        run.read("en/investment/hau-giang/index.html")
            .contains("<h2 id=\"lich-su\">History</h2>")
    );
}

#[test]
fn broken_links_and_anchors_are_errors_at_the_link() {
    let site = Site::fixture("links/broken");
    let run = site.build(&[]).exit_code(1);
    let line = "Xem [trang không có](@/dau-tu/khong-co.md) và [mục không có](@/dau-tu/hau-giang.md#khong-co).";
    run.error_at("content/dau-tu/lien-ket-hong.md", 6, 5)
        .says("content/dau-tu/khong-co.md")
        .says("does not exist")
        .quotes(line);
    run.error_at("content/dau-tu/lien-ket-hong.md", 6, 47)
        .says("#khong-co")
        .quotes(line);
    run.error_at("content/dau-tu/lien-ket-hong.en.md", 6, 5)
        .says("content/dau-tu/khong-co.md")
        .quotes("See [a missing page](@/dau-tu/khong-co.md).");
    assert_eq!(
        run.error_places().len(),
        3,
        "exactly the three broken links:\n{}",
        run.stderr
    );
    assert!(
        !site.path("output").exists(),
        "a failed build wrote output/"
    );
}

#[test]

fn broken_same_page_anchor_is_an_error() {
    // Symptom: `[x](#khong-co)` on a page without that id builds with exit 0 and a dead link.
    let page =
        "---\ntitle: Trang\n---\n## Lịch sử\n\nXem [lịch sử](#lich-su) và [mục khác](#khong-co).\n";
    let run = Site::minimal_with(&[("content/dau-tu/trang.md", page)])
        .build(&[])
        .exit_code(1);
    run.error_at("content/dau-tu/trang.md", 6, 28)
        .says("#khong-co")
        .quotes("Xem [lịch sử](#lich-su) và [mục khác](#khong-co).");
    assert_eq!(run.error_places().len(), 1, "{}", run.stderr);
}

#[test]

fn anchor_error_names_the_translation_that_lacks_the_id() {
    // Symptom: "`content/dau-tu/hau-giang.md` has no heading or id `#lich-su`", though
    // that file has `## Lịch sử`; the English file, whose heading is `## History`, lacks it.
    let site = Site::fixture("links/internal");
    site.write(
        "content/dau-tu/hau-giang.en.md",
        "---\ntitle: Hau Giang agricultural zone\n---\nThe zone.\n\n## History\n",
    );
    let run = site.build(&[]).exit_code(1);
    run.error_at("content/dau-tu/lien-ket.en.md", 5, 1)
        .says("content/dau-tu/hau-giang.en.md")
        .says("#lich-su");
}
