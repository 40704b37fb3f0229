//! A site owns its model: its own `types/`, `shortcodes.yaml`, `i18n/` and templates
//! replace or extend the theme's, file by file, and an enum takes its values from the
//! site's data (`values_from: districts` reads `content/_data/districts.yaml`), so a
//! province never forks the theme for its districts or its own content types.

use crate::harness::{Site, facts_table};

/// A project page of the minimal site, in both languages, in district `district`.
fn project(district: &str) -> [(String, String); 2] {
    [
        (
            "content/dau-tu/cang.md".to_string(),
            format!(
                "---\ntitle: Cảng\ndescription: Một cảng.\nsector: logistics\ndistrict: {district}\nstatus: calling\n---\nNội dung.\n"
            ),
        ),
        (
            "content/dau-tu/cang.en.md".to_string(),
            "---\ntitle: Port\ndescription: A port.\nslug: port\n---\nText.\n".to_string(),
        ),
    ]
}

fn with<'a>(owned: &'a [(String, String)], more: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    owned
        .iter()
        .map(|(p, t)| (p.as_str(), t.as_str()))
        .chain(more.iter().copied())
        .collect()
}

const SECTION: (&str, &str) = (
    "content/dau-tu/_index.md",
    "---\ntitle: Dự án kêu gọi đầu tư\npage_type: project\n---\nCác dự án.\n",
);

#[test]
fn an_enums_values_come_from_the_sites_data_file_in_either_form() {
    let page = project("can-tho");
    // The form of a field's own `values:`…
    let site = Site::minimal_with(&with(
        &page,
        &[
            SECTION,
            (
                "content/_data/districts.yaml",
                "can-tho: { vi: \"Thành phố Cần Thơ\", en: \"Can Tho City\" }\n",
            ),
        ],
    ));
    let run = site.build(&[]).success();
    let en = facts_table(&run.read("en/investment/port/index.html"));
    assert!(
        en.contains(&("Location".into(), "Can Tho City".into())),
        "{en:?}"
    );
    let vi = facts_table(&run.read("dau-tu/cang/index.html"));
    assert!(
        vi.contains(&("Địa bàn".into(), "Thành phố Cần Thơ".into())),
        "{vi:?}"
    );
    // …or a list of entries with a key and a name, as templates often read them.
    let site = Site::minimal_with(&with(
        &page,
        &[
            SECTION,
            (
                "content/_data/districts.yaml",
                "- { key: soc-trang, name: { vi: Sóc Trăng, en: Soc Trang } }\n- { key: can-tho, name: { vi: Cần Thơ, en: Can Tho } }\n",
            ),
        ],
    ));
    let run = site.build(&[]).success();
    let en = facts_table(&run.read("en/investment/port/index.html"));
    assert!(
        en.contains(&("Location".into(), "Can Tho".into())),
        "{en:?}"
    );
}

#[test]
fn a_value_not_in_the_sites_data_is_an_error_at_the_page_listing_the_sites_values() {
    let page = project("vi-thanh");
    let site = Site::minimal_with(&with(
        &page,
        &[
            SECTION,
            (
                "content/_data/districts.yaml",
                "can-tho: { vi: Cần Thơ, en: Can Tho }\nsoc-trang: { vi: Sóc Trăng, en: Soc Trang }\n",
            ),
        ],
    ));
    let run = site.build(&[]).exit_code(1);
    run.error_at("content/dau-tu/cang.md", 5, 11)
        .says("`vi-thanh` is not an allowed value of `district`")
        .helps("the values are `can-tho` or `soc-trang`");
    assert_eq!(run.error_places().len(), 1, "{}", run.stderr);
}

#[test]
fn a_missing_data_file_is_one_error_naming_the_file_to_create_and_only_if_it_is_used() {
    // Two project pages, no districts.yaml: one error, with the file to create, and
    // the pages' own values are not also refused.
    let page = project("vi-thanh");
    let site = Site::minimal_with(&with(
        &page,
        &[
            SECTION,
            (
                "content/dau-tu/cau.md",
                "---\ntitle: Cầu\ndescription: Một cầu.\nsector: logistics\ndistrict: nga-bay\nstatus: calling\n---\nNội dung.\n",
            ),
        ],
    ));
    std::fs::remove_file(site.path("content/_data/districts.yaml")).expect("remove");
    let run = site.build(&[]).exit_code(1);
    let places = run.error_places();
    assert_eq!(places.len(), 1, "{}", run.stderr);
    assert!(
        places[0].starts_with("themes/default/types/project.yaml:"),
        "{places:?}"
    );
    assert!(
        run.stderr.contains(
            "the values of this field come from `content/_data/districts.yaml`, which does not exist"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("create `content/_data/districts.yaml`"),
        "{}",
        run.stderr
    );

    // A site with no projects needs no districts.
    let site = Site::minimal_with(&[]);
    std::fs::remove_file(site.path("content/_data/districts.yaml")).expect("remove");
    std::fs::remove_file(site.path("content/_data/countries.yaml")).expect("remove");
    let run = site.build(&[]).success();
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);
}

#[test]
fn a_misnamed_or_doubled_values_source_is_an_error_in_the_schema() {
    let site = Site::minimal_with(&[
        (
            "types/project.yaml",
            "label: { vi: Dự án, en: Project }\nfields:\n  district:\n    kind: enum\n    values_from: district\n  sector:\n    kind: enum\n    values: { a: A }\n    values_from: districts\n",
        ),
        SECTION,
        (
            "content/dau-tu/cang.md",
            "---\ntitle: Cảng\n---\nNội dung.\n",
        ),
    ]);
    let run = site.build(&[]).exit_code(1);
    run.error_at("types/project.yaml", 5, 18)
        .says("the values of this field come from `content/_data/district.yaml`, which does not exist")
        .helps("did you mean `districts`?");
    run.error_at("types/project.yaml", 9, 5)
        .says("a field takes its values either from `values:` or from `values_from:`, not both");
    assert_eq!(run.error_places().len(), 2, "{}", run.stderr);
}

#[test]
fn a_sites_own_type_replaces_the_themes_and_a_new_one_adds_a_type() {
    let site = Site::minimal_with(&[
        // The site's news has a required `source`, and no longer requires a date.
        (
            "types/news.yaml",
            "label: { vi: Tin, en: News }\nfields:\n  source:\n    kind: text\n    required: true\n    label: { vi: Nguồn, en: Source }\n",
        ),
        // A type the theme does not have.
        (
            "types/tender.yaml",
            "label: { vi: Mời thầu, en: Tender }\nfields:\n  deadline:\n    kind: date\n    required: true\n",
        ),
        (
            "content/tin-tuc/_index.md",
            "---\ntitle: Tin tức\npage_type: news\n---\nTin.\n",
        ),
        (
            "content/tin-tuc/tin.md",
            "---\ntitle: Một tin\n---\nNội dung.\n",
        ),
        (
            "content/moi-thau.md",
            "---\ntitle: Mời thầu\ntype: tender\ndeadline: 2026-13-01\n---\nNội dung.\n",
        ),
    ]);
    let run = site.build(&[]).exit_code(1);
    run.error_at("content/tin-tuc/tin.md", 3, 1)
        .says("a `news` page needs `source`, and this one has none");
    run.error_at("content/moi-thau.md", 4, 11)
        .says("`2026-13-01` has no month 13: a year has 12 months");
    assert_eq!(run.error_places().len(), 2, "{}", run.stderr);
    assert!(!run.stderr.contains("`date`"), "{}", run.stderr);
}

#[test]
fn a_sites_shortcodes_yaml_adds_and_replaces_the_themes_shortcodes() {
    let site = Site::minimal_with(&[
        (
            "shortcodes.yaml",
            "video:\n  help: A video.\n  args:\n    id: { required: true }\nnote:\n  body: true\n  args:\n    tone: { values: [calm, loud] }\n",
        ),
        (
            "templates/shortcodes/video.html",
            "<p class=\"video\">{{ id }}</p>\n",
        ),
        (
            "templates/shortcodes/note.html",
            "<aside class=\"note-{{ tone }}\">{{ body }}</aside>\n",
        ),
        (
            "content/gioi-thieu.md",
            "---\ntitle: Giới thiệu\n---\n{{ video(id=\"abc\") }}\n\n{% note(tone=\"calm\") %}\nBình tĩnh.\n{% end %}\n",
        ),
    ]);
    let run = site.build(&[]).success();
    let html = run.read("gioi-thieu/index.html");
    assert!(html.contains("<p class=\"video\">abc</p>"), "{html}");
    assert!(html.contains("<aside class=\"note-calm\">"), "{html}");

    // The site's `note` replaced the theme's: its `kind` argument is gone.
    site.write(
        "content/gioi-thieu.md",
        "---\ntitle: Giới thiệu\n---\n{% note(kind=\"info\") %}\nChú ý.\n{% end %}\n",
    );
    let run = site.build(&[]).exit_code(1);
    assert_eq!(run.error_places().len(), 1, "{}", run.stderr);
    assert!(
        run.error_places()[0].starts_with("content/gioi-thieu.md:4:"),
        "{}",
        run.stderr
    );
}
