//! Links written without `@/` are checked when the site is built, not only by `check`:
//! a link to a Markdown file (`gioi-thieu.md`, `../gioi-thieu.md`, as Hugo users write
//! them) becomes that page's address in the reader's language; an address the site does
//! not have, or a page file named in the wrong case, is an error at the link with the
//! `@/` form or the right name.

use crate::harness::Site;
use crate::hostile::build_failing;

const PAGE: &str = "content/dau-tu/du-an/index.md";

fn site(body: &str) -> Site {
    let site = Site::minimal_with(&[
        (
            "content/gioi-thieu.md",
            "---\ntitle: Giới thiệu\n---\nTỉnh.\n",
        ),
        (
            "content/gioi-thieu.en.md",
            "---\ntitle: About\nslug: about\n---\nThe province.\n",
        ),
        (PAGE, &format!("---\ntitle: Dự án\n---\n{body}")),
        (
            "content/dau-tu/du-an/index.en.md",
            &format!("---\ntitle: Project\n---\n{body}"),
        ),
    ]);
    site.write_bytes(
        "content/dau-tu/du-an/anh-bia.png",
        &crate::harness::small_png(),
    );
    site
}

#[test]
fn links_to_markdown_files_become_the_pages_address_in_each_language() {
    let run = site("[Giới thiệu](../../gioi-thieu.md) [Về tỉnh](/gioi-thieu/) [Dự án](/en/investment/) [Sơ đồ](/sitemap.xml) [Ảnh](anh-bia.png)\n")
        .build(&[])
        .success();
    let vi = run.read("dau-tu/du-an/index.html");
    let en = run.read("en/investment/du-an/index.html");
    assert!(
        vi.contains("<a href=\"/gioi-thieu/\">Giới thiệu</a>"),
        "{vi}"
    );
    assert!(en.contains("<a href=\"/en/about/\">Giới thiệu</a>"), "{en}");
    for page in [&vi, &en] {
        assert!(page.contains("<a href=\"/gioi-thieu/\">Về tỉnh</a>"));
        assert!(page.contains("<a href=\"/dau-tu/du-an/anh-bia.png\">Ảnh</a>"));
    }
}

#[test]
fn a_dead_plain_link_is_a_build_error_suggesting_the_at_form() {
    let site = site("Xem [giới thiệu](/gioi-thieu-tinh/) và [trang](khong-co.md).\n");
    let run = build_failing(&site, &[PAGE, "content/dau-tu/du-an/index.en.md"]);
    run.error_at(PAGE, 4, 5)
        .says("this links to `/gioi-thieu-tinh/`, which is not an address of this site")
        .helps("did you mean the page at `/gioi-thieu/`? Link to it as `@/gioi-thieu.md`");
    run.error_at(PAGE, 4, 40)
        .says("this links to `khong-co.md`, and there is no `content/dau-tu/du-an/khong-co.md`");
    run.error_at("content/dau-tu/du-an/index.en.md", 4, 5)
        .says("`/gioi-thieu-tinh/`");
    assert_eq!(run.error_places().len(), 4, "{}", run.stderr);
}

#[test]
fn a_page_file_in_the_wrong_case_is_an_error_naming_the_right_one() {
    let site = site("![Ảnh bìa](anh-bia.PNG)\n");
    let run = build_failing(&site, &[PAGE, "content/dau-tu/du-an/index.en.md"]);
    run.error_at(PAGE, 4, 1)
        .says("there is no file `anh-bia.PNG` beside this page")
        .helps("did you mean `anh-bia.png`? A published file name must match in capitals too");
    assert_eq!(run.error_places().len(), 2, "{}", run.stderr);
}

#[test]
fn addresses_made_later_are_not_taken_for_dead_links() {
    let site =
        site("[Từ khóa](/tu-khoa/nong-nghiep/) [trang 2](/dau-tu/page/2/) [tin](/en/atom.xml)\n");
    let yaml = std::fs::read_to_string(site.path("site.yaml")).expect("site.yaml");
    site.write(
        "site.yaml",
        &format!("{yaml}taxonomies:\n  tags: {{ title: {{ vi: Từ khóa, en: Tags }}, slug: {{ vi: tu-khoa, en: tags }} }}\n"),
    );
    site.build(&[]).success();
}
