//! The mistakes communications staff make, each reported for what it is, at its place,
//! with the fix: dates in the wrong order or impossible, empty titles.

use crate::harness::Site;
use crate::hostile::build_failing;

const PAGE: &str = "content/dau-tu/trang.md";

fn page(front_matter: &str) -> Site {
    Site::minimal_with(&[(PAGE, &format!("---\n{front_matter}---\nNội dung.\n"))])
}

#[test]
fn each_wrong_date_is_explained_for_what_it_is() {
    for (date, says, helps) in [
        (
            "2018-3-13",
            "`2018-3-13` needs two digits for the month and the day",
            "write `date: 2018-03-13`",
        ),
        (
            "13/03/2018",
            "`13/03/2018` is written day/month/year; outreach reads dates written year-month-day",
            "write `date: 2018-03-13` (13 March 2018)",
        ),
        (
            "2018-02-30",
            "`2018-02-30` is not a date: February 2018 has 28 days",
            "check the day, and write the date as year-month-day, e.g. `date: 2018-02-28`",
        ),
        (
            "2020-02-30",
            "February 2020 has 29 days",
            "`date: 2020-02-29`",
        ),
        (
            "2018-13-01",
            "`2018-13-01` has no month 13: a year has 12 months",
            "write it as year-month-day",
        ),
        (
            "mười ba tháng ba",
            "`mười ba tháng ba` is not a date",
            "write the date as year-month-day, e.g. `date: 2018-03-13`",
        ),
    ] {
        let site = page(&format!("title: Trang\ndate: {date}\n"));
        let run = build_failing(&site, &[PAGE]);
        run.error_at(PAGE, 3, 7).says(says).helps(helps);
        assert_eq!(run.error_places().len(), 1, "{date}: {}", run.stderr);
    }
}

#[test]
fn an_empty_title_or_required_field_is_an_error() {
    for title in ["\"\"", "\"   \"", "\"\u{a0}\u{200b}\""] {
        let site = page(&format!("title: {title}\n"));
        let run = build_failing(&site, &[PAGE]);
        run.error_at(PAGE, 2, 1)
            .says("the title is empty")
            .helps("write the page's title after `title:`");
        assert_eq!(run.error_places().len(), 1, "{title}: {}", run.stderr);
        let check = site.run(&["check"]).exit_code(1);
        assert_eq!(check.error_places(), run.error_places());
    }
    let site = Site::minimal_with(&[
        (
            "content/dau-tu/_index.md",
            "---\ntitle: Dự án\npage_type: project\n---\nx\n",
        ),
        (
            PAGE,
            "---\ntitle: Dự án\ndescription: \"\"\nsector: \"\"\ndistrict: vi-thanh\nstatus: calling\n---\nx\n",
        ),
    ]);
    let run = build_failing(&site, &[PAGE]);
    run.error_at(PAGE, 3, 1)
        .says("`description` is required, but it is empty");
    run.error_at(PAGE, 4, 1)
        .says("`sector` is required, but it is empty");
    assert_eq!(run.error_places().len(), 2, "{}", run.stderr);
}

#[test]
fn a_preview_image_that_is_not_there_is_an_error_not_a_missing_preview() {
    let bundle = "content/dau-tu/du-an/index.md";
    let site = Site::minimal_with(&[(bundle, "---\ntitle: Dự án\nimage: anh-bia.PNG\n---\nx\n")]);
    site.write_bytes(
        "content/dau-tu/du-an/anh-bia.png",
        &crate::harness::small_png(),
    );
    let run = build_failing(&site, &[bundle]);
    run.error_at(bundle, 3, 8)
        .says("there is no file `anh-bia.PNG` beside this page for `image:`")
        .helps("did you mean `anh-bia.png`? A published file name must match in capitals too");
    assert_eq!(run.error_places().len(), 1, "{}", run.stderr);

    site.write(
        bundle,
        "---\ntitle: Dự án\nimage: /anh/khong-co.png\n---\nx\n",
    );
    let run = build_failing(&site, &[bundle]);
    run.error_at(bundle, 3, 8)
        .says("there is no file `/anh/khong-co.png` in the site");

    site.write(bundle, "---\ntitle: Dự án\nimage: anh-bia.png\n---\nx\n");
    let run = site.build(&[]).success();
    assert!(
        run.read("dau-tu/du-an/index.html")
            .contains("content=\"https://example.org/dau-tu/du-an/anh-bia.png\""),
        "no og:image"
    );
}

#[test]
fn an_image_without_alternative_text_is_an_error_and_decorative_ones_say_so() {
    let bundle = "content/dau-tu/du-an/index.md";
    let site = Site::minimal_with(&[(
        bundle,
        "---\ntitle: Dự án\n---\n![](anh.png)\n\nẢnh <img src=\"anh.png\"> giữa câu.\n\n![-](anh.png) ![Cánh đồng lúa](anh.png) <img src=\"anh.png\" alt=\"\">\n",
    )]);
    site.write_bytes("content/dau-tu/du-an/anh.png", &crate::harness::small_png());
    let run = build_failing(&site, &[bundle]);
    run.error_at(bundle, 4, 1)
        .says("this image has no alternative text")
        .helps("for an image that only decorates, write `![-](…)`");
    run.error_at(bundle, 6, 5)
        .says("this `<img>` has no `alt`")
        .helps("`alt=\"\"` for an image that only decorates");
    assert_eq!(run.error_places().len(), 2, "{}", run.stderr);

    site.write(
        bundle,
        "---\ntitle: Dự án\n---\n![-](anh.png) ![Cánh đồng lúa](anh.png)\n",
    );
    let html = site.build(&[]).success().read("dau-tu/du-an/index.html");
    assert!(
        html.contains("<img src=\"/dau-tu/du-an/anh-8w.png\"")
            && html.contains("alt=\"\" loading=\"eager\""),
        "the decorative image keeps an empty alt:\n{html}"
    );
    assert!(html.contains("alt=\"Cánh đồng lúa\""));
}

#[test]
fn an_image_address_with_spaces_gets_the_form_that_works() {
    let bundle = "content/dau-tu/du-an/index.md";
    let site = Site::minimal_with(&[(
        bundle,
        "---\ntitle: Dự án\n---\nToàn cảnh: ![Ảnh](Ảnh toàn cảnh.png) và [tệp](ke hoach.pdf \"Kế hoạch\").\n\n`![mã](a b.png)`\n",
    )]);
    site.write_bytes(
        "content/dau-tu/du-an/Ảnh toàn cảnh.png",
        &crate::harness::small_png(),
    );
    let run = build_failing(&site, &[bundle]);
    run.error_at(bundle, 4, 12)
        .says("`Ảnh toàn cảnh.png` has a space, which ends an address in Markdown, so this is published as plain text")
        .helps("put the address in angle brackets: `![Ảnh](<Ảnh toàn cảnh.png>)`");
    // A title does not make it an address.
    run.error_at(bundle, 4, 41)
        .says("`ke hoach.pdf` has a space")
        .helps("`[tệp](<ke hoach.pdf> \"Kế hoạch\")`");
    assert_eq!(run.error_places().len(), 2, "{}", run.stderr);

    site.write(
        bundle,
        "---\ntitle: Dự án\n---\nToàn cảnh: ![Ảnh](<Ảnh toàn cảnh.png>)\n",
    );
    let html = site.build(&[]).success().read("dau-tu/du-an/index.html");
    assert!(
        html.contains("src=\"/dau-tu/du-an/%E1%BA%A2nh%20to%C3%A0n%20c%E1%BA%A3nh-8w.png\""),
        "{html}"
    );
}

/// A project page of a section of projects, with `fields` in its front matter.
fn project_site(fields: &str) -> Site {
    Site::minimal_with(&[
        (
            "content/dau-tu/_index.md",
            "---\ntitle: Dự án\npage_type: project\n---\nx\n",
        ),
        (
            PAGE,
            &format!(
                "---\ntitle: Dự án\ndescription: Một dự án.\n{fields}district: vi-thanh\nstatus: calling\n---\nx\n"
            ),
        ),
    ])
}

#[test]
fn a_non_breaking_space_from_word_is_named_at_its_column() {
    let site = project_site("sector:\u{a0}agriculture\n");
    let run = build_failing(&site, &[PAGE]);
    run.error_at(PAGE, 4, 8)
        .says("a non-breaking space after `sector:`, probably pasted from Word or a web page")
        .helps("replace it with an ordinary space");
    assert_eq!(run.error_places().len(), 1, "{}", run.stderr);
}

#[test]
fn invisible_spaces_around_a_value_are_trimmed_with_a_warning() {
    let site = project_site("sector: \"logistics\u{a0}\"\n");
    let run = site.build(&[]).success();
    let warning = run
        .diagnostics()
        .into_iter()
        .find(|d| d.severity == "warning" && d.path == PAGE && d.line == 4)
        .unwrap_or_else(|| panic!("no warning at line 4:\n{}", run.stderr));
    assert_eq!(warning.column, 9, "{}", run.stderr);
    assert!(
        warning
            .message
            .contains("`logistics` has a non-breaking space around it"),
        "{}",
        warning.message
    );
    assert!(run.read("dau-tu/trang/index.html").contains("Logistics"));
}

#[test]
fn a_title_in_curly_quotes_is_a_warning() {
    let site = page("title: “Khu nông nghiệp”\n");
    let run = site.build(&[]).success();
    let warning = run
        .diagnostics()
        .into_iter()
        .find(|d| d.severity == "warning" && d.path == PAGE)
        .unwrap_or_else(|| panic!("no warning:\n{}", run.stderr));
    assert_eq!((warning.line, warning.column), (2, 8));
    assert!(warning.message.contains("is wrapped in curly quotes"));
    assert!(
        warning
            .rest
            .contains("write straight quotes, `\"Khu nông nghiệp\"`, or none")
    );
}
