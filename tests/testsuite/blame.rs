//! Blame the file the author changed: a problem a page causes — a second spelling of a
//! term, a slug another page already has, an alias another page already has — is
//! reported once, at the line of that page that causes it, and the other party is named
//! in a note. site.yaml is blamed only for what is written in site.yaml.

use crate::harness::Site;

pub(crate) const TAXONOMIES: &str = "taxonomies:\n  sector:\n    title: { vi: \"Lĩnh vực\", en: \"Sectors\" }\n    slug: { vi: linh-vuc, en: sectors }\n  tags:\n    title: { vi: \"Từ khóa\", en: \"Tags\" }\n    slug: { vi: tu-khoa, en: tags }\n";

/// A project in `sector`, with `extra` front matter.
pub(crate) fn project(title: &str, sector: &str, extra: &str) -> String {
    format!(
        "---\ntitle: {title}\ndescription: Một dự án.\nsector: {sector}\ndistrict: vi-thanh\nstatus: calling\n{extra}---\nNội dung.\n"
    )
}

/// The minimal site with projects under `dau-tu/`, the sector and tags taxonomies, the
/// project `dau-tu/lua.md` in agriculture, and `files`.
pub(crate) fn site_with_projects(files: &[(&str, &str)]) -> Site {
    let lua = project("Vùng lúa", "agriculture", "tags: [Hàn Quốc]\n");
    let mut all: Vec<(&str, &str)> = vec![
        (
            "content/dau-tu/_index.md",
            "---\ntitle: Dự án\npage_type: project\n---\nCác dự án.\n",
        ),
        ("content/dau-tu/lua.md", &lua),
    ];
    all.extend_from_slice(files);
    let site = Site::minimal_with(&all);
    site.append("site.yaml", TAXONOMIES);
    site
}

const TRAI_CAY: &str = "content/dau-tu/trai-cay.md";

#[test]
fn a_second_spelling_of_an_enum_term_is_one_error_at_its_page_and_none_in_site_yaml() {
    // Symptom: after the error at the page, `site.yaml: error: two listings want the
    // address /en/sectors/agriculture/ … give the taxonomies different slugs`.
    let site = site_with_projects(&[(TRAI_CAY, &project("Trái cây", "energy", ""))]);
    let run = site
        .build_failing_after(|site| site.write(TRAI_CAY, &project("Trái cây", "Agriculture", "")));
    run.only_error_at(TRAI_CAY, 4, 9)
        .says("is not an allowed value of `sector`");
    // A non-breaking space after the value is trimmed, with a warning at the page.
    for sector in ["agriculture\u{a0}", "\"agriculture\u{a0}\""] {
        let site = site_with_projects(&[(TRAI_CAY, &project("Trái cây", sector, ""))]);
        let run = site.build(&[]).success();
        let places: Vec<String> = run
            .diagnostics()
            .iter()
            .map(|d| format!("{} {}:{}", d.severity, d.path, d.line))
            .collect();
        assert_eq!(places, [format!("warning {TRAI_CAY}:4")], "{}", run.stderr);
    }
}

#[test]
fn a_free_spelling_at_an_enum_terms_address_is_an_error_at_the_page_that_wrote_it() {
    // Pages of a type without a schema may write any value; one that makes the address of
    // an enum value's term is wrong wherever it comes in the site's order.
    let site = site_with_projects(&[]);
    std::fs::remove_file(site.path("themes/default/types/page.yaml")).expect("remove page.yaml");
    let before = "content/a-truoc.md";
    let after = "content/tin-tuc/z-sau.md";
    let run = site.build_failing_after(|site| {
        site.write(before, "---\ntitle: Trước\nsector: Agriculture\n---\nx\n");
        site.write(after, "---\ntitle: Sau\nsector: Agriculture\n---\nx\n");
    });
    assert_eq!(
        run.places(),
        [format!("error {before}:3:9"), format!("error {after}:3:9")],
        "{}",
        run.stderr
    );
    for page in [before, after] {
        run.error_at(page, 3, 9)
            .says("`Agriculture` and `agriculture` are two terms of `sector` at one address, `/en/sectors/agriculture/`")
            .quotes("sector: Agriculture")
            .helps("write `sector: agriculture` as the other page does, or another term");
        run.error_at(page, 3, 9)
            .notes("`content/dau-tu/lua.md:4:9` writes `agriculture`");
    }
}

#[test]
fn a_second_spelling_of_a_free_term_is_a_warning_at_the_later_page() {
    let file = "content/dau-tu/trai-cay.md";
    let run = site_with_projects(&[(
        file,
        &project("Trái cây", "agriculture", "tags: [trái cây, Han Quoc]\n"),
    )])
    .build(&[])
    .success();
    let warning = run.only_warning_at(file, 7, 18);
    warning
        .says("`Han Quoc` is listed as `Hàn Quốc`, the spelling of the first page with this term of `tags` (both make `/tu-khoa/han-quoc/`)")
        .helps("spell it `Hàn Quốc` here too, or change both");
    warning.notes("`content/dau-tu/lua.md:7:8` spells it `Hàn Quốc`");
    // One term, both pages.
    let term = run.read("tu-khoa/han-quoc/index.html");
    assert!(term.contains("/dau-tu/lua/") && term.contains("/dau-tu/trai-cay/"));
}

#[test]
fn a_term_with_no_letter_or_digit_is_left_out_with_a_warning() {
    // Symptom: `tags: ["—"]` published the tag page `/tu-khoa/untitled/`.
    let file = "content/dau-tu/trai-cay.md";
    let run = site_with_projects(&[(
        file,
        &project("Trái cây", "agriculture", "tags: [trái cây, \"—\"]\n"),
    )])
    .build(&[])
    .success();
    run.only_warning_at(file, 7, 18)
        .says("`—` has no letter or digit, so it cannot be a term of `tags`: it is left out");
    assert!(!run.has("tu-khoa/untitled/index.html"));
    assert!(run.has("tu-khoa/trai-cay/index.html"));
}

#[test]
fn a_slug_another_page_has_is_reported_at_that_slug_once_for_every_language() {
    // Symptom: two errors, both at line 1 of `khu-cong-nghiep.md`, whose address has
    // always been its file name; the page that took it was only named.
    let owner = "content/dau-tu/khu-cong-nghiep.md";
    for taker in ["content/dau-tu/khu-a.md", "content/dau-tu/zz.md"] {
        let site = Site::minimal_with(&[(owner, "---\ntitle: Khu công nghiệp\n---\nx\n")]);
        let run = site.build_failing_after(|site| {
            site.write(taker, "---\ntitle: Khu A\nslug: khu-cong-nghiep\n---\nx\n")
        });
        let error = run.only_error_at(taker, 3, 7);
        error
            .says(&format!("this page and `{owner}` both want the address `/dau-tu/khu-cong-nghiep/` (and `/en/investment/khu-cong-nghiep/` in English)"))
            .quotes("slug: khu-cong-nghiep")
            .helps("change this `slug:` so that the page has an address of its own");
        error.notes(&format!("`{owner}` has it from its file name"));
    }
}

#[test]
fn a_translation_with_a_slug_copied_from_another_is_the_one_blamed() {
    // Both set `slug: high-tech-zone`; it is the title of only one of them.
    let site = Site::minimal_with(&[
        ("content/dau-tu/khu.md", "---\ntitle: Khu\n---\nx\n"),
        (
            "content/dau-tu/khu.en.md",
            "---\ntitle: High-tech zone\nslug: high-tech-zone\n---\nx\n",
        ),
        ("content/dau-tu/cang.md", "---\ntitle: Cảng\n---\nx\n"),
        (
            "content/dau-tu/cang.en.md",
            "---\ntitle: River port\nslug: river-port\n---\nx\n",
        ),
    ]);
    let copy = "content/dau-tu/cang.en.md";
    let run = site.build_failing_after(|site| {
        site.write(
            copy,
            "---\ntitle: River port\nslug: high-tech-zone\n---\nx\n",
        )
    });
    let error = run.only_error_at(copy, 3, 7);
    error.says("this English page and `content/dau-tu/khu.en.md` both want the address `/en/investment/high-tech-zone/`");
    error.notes("`content/dau-tu/khu.en.md:3:7` asks for it with `slug: high-tech-zone`");
}

#[test]
fn of_two_file_names_that_make_one_address_the_one_not_written_as_an_address_is_blamed() {
    let site = Site::minimal_with(&[(
        "content/dau-tu/khu-cong-nghiep.md",
        "---\ntitle: Khu công nghiệp\n---\nx\n",
    )]);
    let run = site.build_failing_after(|site| {
        site.write(
            "content/dau-tu/Khu Cong Nghiep.md",
            "---\ntitle: Bản cũ\n---\nx\n",
        )
    });
    run.only_error_at("content/dau-tu/Khu Cong Nghiep.md", 0, 0)
        .says("this page and `content/dau-tu/khu-cong-nghiep.md` both want the address `/dau-tu/khu-cong-nghiep/`")
        .helps("rename this file, or give the page a `slug:` of its own");
}

#[test]
fn a_page_at_a_terms_address_is_reported_at_its_path_naming_the_term() {
    // Symptom: the error was at line 1, column 1 of the page.
    let page = "content/gioi-thieu.md";
    let site = site_with_projects(&[]);
    let run = site.build_failing_after(|site| {
        site.write(
            page,
            "---\ntitle: Hàn Quốc\npath: tu-khoa/han-quoc\n---\nx\n",
        )
    });
    let error = run.only_error_at(page, 3, 7);
    error
        .says("this page and the page of the `tags` term `Hàn Quốc` both want the address `/tu-khoa/han-quoc/`")
        .helps("give the page another `path:`");
    error.notes("the term `Hàn Quốc` is written in `content/dau-tu/lua.md`");
}

#[test]
fn an_alias_another_page_has_names_it_with_its_line() {
    let site = Site::minimal_with(&[(
        "content/dau-tu/a.md",
        "---\ntitle: A\naliases: [/cu/trang/]\n---\nx\n",
    )]);
    let run = site.build_failing_after(|site| {
        site.write(
            "content/dau-tu/b.md",
            "---\ntitle: B\naliases: [/cu/trang/]\n---\nx\n",
        )
    });
    let error = run.only_error_at("content/dau-tu/b.md", 3, 11);
    error.says("the alias `/cu/trang/` is also an alias of `content/dau-tu/a.md`");
    error.notes("`content/dau-tu/a.md:3:11` has the same alias");
}

#[test]
fn an_alias_at_a_terms_address_names_the_term_not_site_yaml() {
    // Symptom: "the alias `/tu-khoa/han-quoc/` is the address of `site.yaml`".
    let page = "content/dau-tu/trai-cay.md";
    let site = site_with_projects(&[(page, &project("Trái cây", "agriculture", ""))]);
    let run = site.build_failing_after(|site| {
        site.write(
            page,
            &project("Trái cây", "agriculture", "aliases: [/tu-khoa/han-quoc/]\n"),
        )
    });
    run.only_error_at(page, 7, 11).says(
        "the alias `/tu-khoa/han-quoc/` is the address of the page of the `tags` term `Hàn Quốc`",
    );
}

#[test]
fn two_taxonomies_with_one_slug_are_one_error_at_the_slug_in_site_yaml() {
    // Symptom: `site.yaml: error: two listings want the address …`, without a line, once
    // for the index and again for every term the two taxonomies share.
    let site = site_with_projects(&[]);
    let run = site.build_failing_after(|site| {
        let yaml = std::fs::read_to_string(site.path("site.yaml")).expect("site.yaml");
        site.write(
            "site.yaml",
            &yaml.replace(
                "slug: { vi: tu-khoa, en: tags }",
                "slug: { vi: linh-vuc, en: tags }",
            ),
        );
    });
    let line = run
        .diagnostics()
        .first()
        .map(|d| d.line)
        .expect("a diagnostic");
    let error = run.only_error_at("site.yaml", line, 17);
    error
        .says("the taxonomies `sector` and `tags` both have the slug `linh-vuc` in `vi`, so their pages would have the same addresses")
        .quotes("    slug: { vi: linh-vuc, en: tags }")
        .helps("give `tags` a `slug` of its own");
}

#[test]
fn a_note_is_said_in_the_runs_language_too() {
    let file = "content/dau-tu/trai-cay.md";
    let site = site_with_projects(&[(
        file,
        &project("Trái cây", "agriculture", "tags: [trái cây, Han Quoc]\n"),
    )]);
    let vi = site.build(&["--lang", "vi"]).success();
    vi.only_warning_at(file, 7, 18)
        .notes("`content/dau-tu/lua.md:7:8` viết là `Hàn Quốc`");
}
