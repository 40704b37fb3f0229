//! Lists written as text: `tags: nông nghiệp công nghệ cao, dự án trọng điểm, Hàn Quốc`,
//! as an author lists things in a sentence. Where outreach reads the field itself (`tags`,
//! `aliases`, `sort_views`, a taxonomy field no content type describes) the text is read
//! as its items, with a warning at its line showing the list form; where a content type
//! says the field is a list, it is an error showing that form. Never one long term.

use crate::harness::{Site, tree};

const TAXONOMIES: &str = "taxonomies:\n  tags:\n    title: { vi: \"Từ khóa\", en: \"Tags\" }\n    slug: { vi: tu-khoa, en: tags }\n";

const PAGE: &str = "content/dau-tu/du-an.md";

/// The minimal site with a tags taxonomy and the page `PAGE` with `front_matter`.
fn site_with_page(front_matter: &str) -> Site {
    let site = Site::minimal_with(&[(PAGE, &format!("---\n{front_matter}---\nNội dung.\n"))]);
    site.append("site.yaml", TAXONOMIES);
    site
}

#[test]
fn tags_written_as_one_text_are_read_as_the_list_with_a_warning_showing_it() {
    // Symptom: one tag, `/tu-khoa/nong-nghiep-cong-nghe-cao-du-an-trong-diem-han-quoc/`,
    // and not a word.
    let line = "tags: nông nghiệp công nghệ cao, dự án trọng điểm, Hàn Quốc";
    let run = site_with_page(&format!("title: Dự án\n{line}\n"))
        .build(&[])
        .success();
    run.only_warning_at(PAGE, 3, 7)
        .says("`tags` is a list, but here it is written as one text: it is read as the 3 items between its commas")
        .quotes(line)
        .helps("write it as a list: `tags: [nông nghiệp công nghệ cao, dự án trọng điểm, Hàn Quốc]` (if it is one item with a comma in it, put it in quotes inside the brackets: `tags: [\"nông nghiệp công nghệ cao, dự án trọng điểm, Hàn Quốc\"]`)");
    assert!(!run.has("tu-khoa/nong-nghiep-cong-nghe-cao-du-an-trong-diem-han-quoc/index.html"));

    // The site is the one the list form makes, byte for byte.
    let listed = site_with_page(
        "title: Dự án\ntags: [nông nghiệp công nghệ cao, dự án trọng điểm, Hàn Quốc]\n",
    )
    .build(&[])
    .success();
    assert_eq!(listed.places(), Vec::<String>::new(), "{}", listed.stderr);
    assert!(listed.has("tu-khoa/han-quoc/index.html"));
    assert_eq!(tree(&run.output), tree(&listed.output));
}

#[test]
fn semicolons_aliases_and_sorted_views_written_as_text_are_lists_too() {
    let run = Site::minimal_with(&[
        (
            "content/dau-tu/_index.md",
            "---\ntitle: Dự án\nsort_views: title, date\n---\nCác dự án.\n",
        ),
        (
            PAGE,
            "---\ntitle: Dự án\ntags: du lịch; Ngã Bảy\naliases: /cu/du-an/, /cu/du-an-2/\n---\nNội dung.\n",
        ),
    ]);
    run.append("site.yaml", TAXONOMIES);
    let run = run.build(&[]).success();
    assert_eq!(
        run.places(),
        [
            "warning content/dau-tu/_index.md:3:13".to_string(),
            format!("warning {PAGE}:3:7"),
            format!("warning {PAGE}:4:10"),
        ],
        "{}",
        run.stderr
    );
    run.warning_at(PAGE, 3, 7)
        .says("the 2 items between its semicolons")
        .helps("`tags: [du lịch, Ngã Bảy]`");
    run.warning_at(PAGE, 4, 10)
        .helps("`aliases: [/cu/du-an/, /cu/du-an-2/]`");
    run.warning_at("content/dau-tu/_index.md", 3, 13)
        .helps("`sort_views: [title, date]`");
    for page in [
        "tu-khoa/du-lich/index.html",
        "tu-khoa/nga-bay/index.html",
        "cu/du-an/index.html",
        "cu/du-an-2/index.html",
        "dau-tu/title/index.html",
        "dau-tu/date/index.html",
    ] {
        assert!(run.has(page), "no {page}:\n{}", run.stderr);
    }
}

#[test]
fn a_content_types_list_written_as_text_is_an_error_showing_the_list_form() {
    let site = Site::minimal_with(&[
        (
            "content/doan-ra/_index.md",
            "---\ntitle: Đoàn ra\npage_type: delegation\n---\nx\n",
        ),
        (
            "content/doan-ra/han-quoc.md",
            "---\ntitle: Đoàn công tác Hàn Quốc\ndescription: Đoàn công tác.\ndirection: outgoing\ncountries: [korea]\n---\nx\n",
        ),
    ]);
    let file = "content/doan-ra/han-quoc.md";
    let run = site.build_failing_after(|site| {
        site.write(
            file,
            "---\ntitle: Đoàn công tác Hàn Quốc\ndescription: Đoàn công tác.\ndirection: outgoing\ncountries: korea, japan\n---\nx\n",
        )
    });
    run.only_error_at(file, 5, 12)
        .says("`countries` must be a list, but here it is text")
        .quotes("countries: korea, japan")
        .helps("write it as a list: `countries: [korea, japan]`");
}

#[test]
fn a_taxonomy_field_no_content_type_describes_is_read_as_its_items() {
    // A theme without content types: `keywords` is whatever the author writes.
    let site = site_with_page("title: Dự án\nkeywords: cảng biển, logistics\n");
    std::fs::remove_dir_all(site.path("themes/default/types")).expect("remove the types");
    site.append(
        "site.yaml",
        "  keywords:\n    title: { vi: \"Chủ đề\", en: \"Topics\" }\n    slug: { vi: chu-de, en: topics }\n",
    );
    let run = site.build(&[]).success();
    run.only_warning_at(PAGE, 3, 11)
        .says("`keywords` is a list, but here it is written as one text")
        .helps("`keywords: [cảng biển, logistics]`");
    assert!(run.has("chu-de/cang-bien/index.html"), "{}", run.stderr);
    assert!(run.has("chu-de/logistics/index.html"));
    assert!(!run.has("chu-de/cang-bien-logistics/index.html"));
}
