//! Bad input: every mistake is reported as `path:line:column: error: message` with the
//! offending line quoted and a caret under the column, the build exits with code 1, and
//! nothing panics. One build reports every mistake, not only the first.
//!
//! Fixtures: `diagnostics/<case>`, each a valid site plus one kind of mistake. The
//! not-UTF-8 file is written by the test, since a committed copy would be "repaired".

use crate::harness::{Run, Site};

/// Builds fixture `diagnostics/<case>`, expecting failure with exit code 1 and every
/// error inside `file` (the case's broken file).
fn build_failing(case: &str, file: &str) -> Run {
    let site = Site::fixture(&format!("diagnostics/{case}"));
    let run = site.build(&[]).exit_code(1);
    assert_errors_only_in(&run, &[file]);
    assert!(
        !site.path("output").exists(),
        "a failed build created output/"
    );
    run
}

#[track_caller]
fn assert_errors_only_in(run: &Run, files: &[&str]) {
    let places = run.error_places();
    assert!(!places.is_empty(), "no errors reported:\n{}", run.stderr);
    for place in &places {
        assert!(
            files.iter().any(|f| place.starts_with(&format!("{f}:"))),
            "unexpected error at {place}:\n{}",
            run.stderr
        );
    }
}

const LATIN1_FILE: &str = "content/dau-tu/latin1.md";
/// `title: Café` saved as Latin-1: `é` is the single byte 0xE9.
const LATIN1_BYTES: &[u8] = b"---\ntitle: Caf\xe9\n---\nN\xf4i dung.\n";

#[test]
fn malformed_yaml_is_reported_at_the_stray_colon() {
    let run = build_failing("malformed_yaml", "content/dau-tu/hai-cham.md");
    run.error_at("content/dau-tu/hai-cham.md", 2, 17)
        .says("`:`")
        .quotes("title: Hậu Giang: cơ hội đầu tư")
        .helps("double quotes");
}

#[test]
fn unclosed_front_matter_is_reported_at_its_opening_line() {
    let run = build_failing("unclosed_front_matter", "content/dau-tu/chua-dong.md");
    run.error_at("content/dau-tu/chua-dong.md", 1, 1)
        .says("never closed")
        .quotes("---");
}

#[test]
fn fields_of_the_wrong_type_are_each_reported_at_their_value() {
    let run = build_failing("wrong_types", "content/dau-tu/sai-kieu.md");
    run.error_at("content/dau-tu/sai-kieu.md", 2, 8)
        .says("`title` must be text")
        .quotes("title: [a, b]");
    run.error_at("content/dau-tu/sai-kieu.md", 3, 9)
        .says("`weight` must be a whole number")
        .quotes("weight: many");
    run.error_at("content/dau-tu/sai-kieu.md", 4, 7)
        .says("`13/03/2018` is written day/month/year")
        .quotes("date: 13/03/2018")
        .helps("2018-03-13");
}

#[test]

fn title_of_the_wrong_type_is_not_also_reported_as_missing() {
    // Symptom: one mistake, two errors; the second sends the author to line 1, where the
    // front matter does have a title.
    let run = build_failing("wrong_types", "content/dau-tu/sai-kieu.md");
    assert_eq!(
        run.error_places(),
        [
            "content/dau-tu/sai-kieu.md:2:8",
            "content/dau-tu/sai-kieu.md:3:9",
            "content/dau-tu/sai-kieu.md:4:7",
        ],
        "{}",
        run.stderr
    );
}

#[test]
fn page_without_a_title_is_reported() {
    let run = build_failing("no_title", "content/dau-tu/khong-tieu-de.md");
    run.error_at("content/dau-tu/khong-tieu-de.md", 1, 1)
        .says("no title")
        .quotes("---")
        .helps("title:");
}

#[test]
fn file_that_is_not_utf8_is_reported_at_the_first_bad_byte() {
    let site = Site::fixture("diagnostics/not_utf8");
    site.write_bytes(LATIN1_FILE, LATIN1_BYTES);
    let run = site.build(&[]).exit_code(1);
    assert_errors_only_in(&run, &[LATIN1_FILE]);
    run.error_at(LATIN1_FILE, 2, 11)
        .says("not UTF-8")
        .quotes("title: Caf")
        .helps("UTF-8");
}

#[test]
fn template_syntax_error_is_reported_in_the_template() {
    let site = Site::fixture("diagnostics/template_syntax");
    let run = site.build(&[]).exit_code(1);
    let template = "themes/default/templates/page.html";
    run.error_at(template, 5, 21)
        .quotes("  <h1>{{ page.title </h1>");
    assert!(!site.path("output").exists());
}

#[test]
fn missing_template_is_reported_at_the_template_field() {
    let run = build_failing("missing_template", "content/dau-tu/mau-rieng.md");
    run.error_at("content/dau-tu/mau-rieng.md", 3, 11)
        .says("`nope.html`")
        .says("does not exist")
        .quotes("template: nope.html");
}

/// The content cases, each a fixture whose broken file sits beside the same valid site.
const CONTENT_CASES: &[&str] = &[
    "malformed_yaml",
    "unclosed_front_matter",
    "wrong_types",
    "no_title",
    "missing_template",
];

#[test]
fn one_build_reports_every_mistake() {
    let site = Site::fixture("diagnostics/not_utf8");
    for case in CONTENT_CASES {
        site.overlay_fixture(&format!("diagnostics/{case}"));
    }
    site.write_bytes(LATIN1_FILE, LATIN1_BYTES);
    let run = site.build(&[]).exit_code(1);
    for (path, line, column) in [
        ("content/dau-tu/hai-cham.md", 2, 17),
        ("content/dau-tu/chua-dong.md", 1, 1),
        ("content/dau-tu/sai-kieu.md", 2, 8),
        ("content/dau-tu/sai-kieu.md", 3, 9),
        ("content/dau-tu/sai-kieu.md", 4, 7),
        ("content/dau-tu/khong-tieu-de.md", 1, 1),
        ("content/dau-tu/mau-rieng.md", 3, 11),
        (LATIN1_FILE, 2, 11),
    ] {
        run.error_at(path, line, column);
    }
    assert_errors_only_in(
        &run,
        &[
            "content/dau-tu/hai-cham.md",
            "content/dau-tu/chua-dong.md",
            "content/dau-tu/sai-kieu.md",
            "content/dau-tu/khong-tieu-de.md",
            "content/dau-tu/mau-rieng.md",
            LATIN1_FILE,
        ],
    );
    assert!(!site.path("output").exists());
    assert!(
        run.stdout.is_empty(),
        "text diagnostics belong on stderr; stdout had:\n{}",
        run.stdout
    );
}

#[test]

fn template_syntax_error_does_not_hide_a_missing_template() {
    // Symptom: the author fixes the template, rebuilds, and only then learns of the
    // second mistake, which was in the fixture all along.
    let run = Site::fixture("diagnostics/template_syntax")
        .build(&[])
        .exit_code(1);
    run.error_at("themes/default/templates/page.html", 5, 21);
    run.error_at("content/dau-tu/mau-rieng.md", 3, 11)
        .says("`nope.html`");
}

#[test]

fn error_count_counts_each_problem_once() {
    // Symptom: `mau-rieng.md` has no English file, so English shows the Vietnamese page
    // too; its one error is printed once but counted twice.
    let run = build_failing("missing_template", "content/dau-tu/mau-rieng.md");
    let shown = run.error_places().len();
    assert_eq!(shown, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("found 1 error in 1 file"),
        "the summary does not match the {shown} error shown:\n{}",
        run.stderr
    );
}

#[test]
fn a_theme_that_does_not_exist_is_one_error_at_the_theme_field() {
    let (run, line) = build_with_setting("theme: defualt");
    run.error_at("site.yaml", line, 8)
        .says("there is no theme `defualt`")
        .helps("did you mean `default`?");
    assert_eq!(run.error_places().len(), 1, "{}", run.stderr);
}

#[test]
fn a_misspelt_template_function_is_placed_and_the_likely_one_suggested() {
    let site = Site::minimal_with(&[]);
    let footer = site.path("themes/default/templates/partials/footer.html");
    let text = std::fs::read_to_string(&footer).expect("the theme's footer");
    site.write(
        "themes/default/templates/partials/footer.html",
        &format!("{{{{ get_pgae(path=\"dau-tu/_index.md\") }}}}\n{text}"),
    );
    let run = site.build(&[]).exit_code(1);
    run.error_at("themes/default/templates/partials/footer.html", 1, 4)
        .says("there is no template function `get_pgae`")
        .helps("did you mean `get_page`?")
        .helps("`bar_chart`");
}

#[test]
fn a_missing_template_inherited_by_a_translation_is_one_error_where_it_is_written() {
    let site = Site::minimal_with(&[
        (
            "content/doi-tac/lien-he.md",
            "---\ntitle: Liên hệ\ntemplate: contatc.html\n---\nĐịa chỉ.\n",
        ),
        (
            "content/doi-tac/lien-he.en.md",
            "---\ntitle: Contact\n---\nAddress.\n",
        ),
    ]);
    let run = site.build(&[]).exit_code(1);
    run.error_at("content/doi-tac/lien-he.md", 3, 11)
        .says("the template `contatc.html` does not exist")
        .quotes("template: contatc.html");
    assert_eq!(run.error_places().len(), 1, "{}", run.stderr);
    assert!(!run.stderr.contains("shortcodes/"), "{}", run.stderr);
}

#[test]
fn a_site_template_that_extends_the_theme_template_it_replaces_is_named_with_the_fix() {
    let site = Site::minimal_with(&[(
        "templates/page.html",
        "{# my page #}\n{% extends \"page.html\" %}\n{% block facts %}{% endblock facts %}\n",
    )]);
    let run = site.build(&[]).exit_code(1);
    run.error_at("templates/page.html", 2, 1)
        .says("`page.html` extends itself")
        .helps("copy the theme's `page.html`");
    assert_eq!(run.error_places().len(), 1, "{}", run.stderr);
}

#[test]
fn templates_that_extend_each_other_in_a_loop_are_shown_as_the_loop() {
    let site = Site::minimal_with(&[
        ("templates/a.html", "{% extends \"b.html\" %}\n"),
        ("templates/b.html", "{% extends \"a.html\" %}\n"),
    ]);
    let run = site.build(&[]).exit_code(1);
    let places = run.error_places();
    assert_eq!(places.len(), 1, "{}", run.stderr);
    let d = if places[0].starts_with("templates/a.html") {
        run.error_at("templates/a.html", 1, 1)
    } else {
        run.error_at("templates/b.html", 1, 1)
    };
    d.says("extends itself through").says("→");
}

#[test]
fn a_template_error_found_while_rendering_names_the_template_line_and_the_page() {
    let site = Site::minimal_with(&[
        (
            "templates/hong.html",
            "{% extends \"base.html\" %}\n{% block main %}{{ page.fields.nope.sub }}{% endblock main %}\n",
        ),
        (
            "content/doi-tac/hong.md",
            "---\ntitle: Trang hỏng\ntemplate: hong.html\n---\nNội dung.\n",
        ),
        (
            "content/doi-tac/hong.en.md",
            "---\ntitle: Broken page\n---\nText.\n",
        ),
    ]);
    let run = site.build(&[]).exit_code(1);
    let places = run.error_places();
    assert_eq!(places.len(), 1, "{}", run.stderr);
    run.error_at("templates/hong.html", 2, 32)
        .says("there is no field `nope` here")
        .helps("is defined");
    assert!(
        run.stderr.contains("while rendering `content/doi-tac/hong"),
        "{}",
        run.stderr
    );
    assert!(
        !site.path("output").exists(),
        "a failed build wrote output/"
    );
}

#[test]
fn a_file_that_fails_to_read_is_one_error_not_one_per_link_menu_entry_or_page_below_it() {
    // Symptom: one unclosed bracket in a section's `_index.md` gave 121 errors on the
    // example site: every link to it, the menu, and every page of the section checked
    // as a plain `page` because the section's `page_type` was lost.
    let site = Site::fixture("outputs/site");
    for file in [
        "content/dau-tu/_index.md",
        "content/doi-tac/jeollanam-do.md",
    ] {
        let text = std::fs::read_to_string(site.path(file)).expect("fixture file");
        let broken = text.replacen("\ntitle: ", "\ntitle: [chưa đóng ", 1);
        assert_ne!(text, broken);
        site.write(file, &broken);
    }
    site.write(
        "content/tin-tuc/lien-ket.md",
        "---\ntitle: Liên kết\ndescription: Các liên kết.\ndate: 2018-05-01\n---\nXem [dự án](@/dau-tu/_index.md) và [đối tác](@/doi-tac/jeollanam-do.md).\n",
    );
    let run = site.build(&[]).exit_code(1);
    run.error_at("content/dau-tu/_index.md", 2, 8)
        .says("is not closed");
    run.error_at("content/doi-tac/jeollanam-do.md", 2, 8)
        .says("is not closed");
    assert_eq!(run.error_places().len(), 2, "{}", run.stderr);
}

#[test]
fn a_setting_of_the_wrong_kind_is_explained_in_plain_words_at_its_value() {
    let (run, line) = build_with_setting("search: true");
    run.error_at("site.yaml", line, 9)
        .says("`search` should be a group of fields, not yes/no (`true`)")
        .quotes("search: true")
        .helps("search: { path: { vi: tim-kiem, en: search } }");
    assert!(!run.stderr.contains("RawSearch"), "{}", run.stderr);
    assert_eq!(run.error_places().len(), 1, "{}", run.stderr);
}

/// Builds a minimal site with `setting` added as the last line of its site.yaml,
/// expecting the build to fail; gives the run and that line's number.
fn build_with_setting(setting: &str) -> (Run, usize) {
    let site = crate::harness::Site::minimal_with(&[]);
    let yaml = std::fs::read_to_string(site.path("site.yaml")).expect("site.yaml");
    site.write("site.yaml", &format!("{yaml}{setting}\n"));
    (site.build(&[]).exit_code(1), yaml.lines().count() + 1)
}

/// serde stops at the first problem in site.yaml; one run still reports them all, each at
/// its place, and a misspelt setting is not also reported missing.
#[test]
fn every_wrong_setting_in_site_yaml_is_reported_in_one_run() {
    let site = crate::harness::Site::minimal_with(&[]);
    let yaml = std::fs::read_to_string(site.path("site.yaml")).expect("site.yaml");
    let broken = yaml.replace(
        "en: { name: \"English\", locale: en-GB }",
        "en: { nmae: \"English\", locale: en-GB, missing: yes }",
    ) + "theme: [default]\nsearch: true\nsearhc: { path: tim-kiem }\ntaxonomies:\n  tags: { title: Tags, paginate_by: ten }\n";
    assert!(
        broken.contains("nmae"),
        "the minimal site's English line changed"
    );
    site.write("site.yaml", &broken);
    let run = site.build(&[]).exit_code(1);
    let line_of = |needle: &str| broken.lines().position(|l| l.contains(needle)).unwrap() + 1;
    let col_of = |needle: &str, at: &str| {
        let line = broken.lines().nth(line_of(needle) - 1).unwrap();
        line[..line.find(at).unwrap()].chars().count() + 1
    };
    let en = line_of("nmae");
    run.error_at("site.yaml", en, col_of("nmae", "nmae"))
        .says("site.yaml has no setting called `nmae`")
        .helps("did you mean `name`?");
    run.error_at("site.yaml", en, col_of("nmae", "yes"))
        .says("`languages.en.missing` cannot be `yes`")
        .helps("write `fallback` or `omit`");
    run.error_at("site.yaml", line_of("theme: ["), 8)
        .says("`theme` should be text, not a list");
    run.error_at("site.yaml", line_of("search: true"), 9)
        .says("`search` should be a group of fields, not yes/no (`true`)")
        .helps("search: { path: { vi: tim-kiem, en: search } }");
    run.error_at("site.yaml", line_of("searhc"), 1)
        .says("site.yaml has no setting called `searhc`")
        .helps("did you mean `search`?");
    run.error_at(
        "site.yaml",
        line_of("paginate_by: ten"),
        col_of("paginate_by: ten", "ten"),
    )
    .says(
        "`taxonomies.tags.paginate_by` should be a whole number (0 or more), not the text \"ten\"",
    );
    assert_eq!(run.error_places().len(), 6, "{}", run.stderr);
    assert!(
        run.stderr.contains("found 6 errors in 1 file"),
        "{}",
        run.stderr
    );
}

/// One open quote in the theme's English strings is one error, at the quote: the keys
/// the templates use are not each reported missing in English.
#[test]
fn an_unreadable_strings_file_is_one_error_at_the_open_quote() {
    let site = crate::harness::Site::minimal_with(&[]);
    let file = "themes/default/i18n/en.yaml";
    let text = std::fs::read_to_string(site.path(file)).expect("en.yaml");
    let (index, line) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.ends_with('"') && !l.starts_with('#'))
        .expect("a quoted string");
    site.write(file, &text.replacen(line, &line[..line.len() - 1], 1));
    let run = site.build(&[]).exit_code(1);
    run.error_at(file, index + 1, line.find('"').unwrap() + 1)
        .says("a quoted value is not closed")
        .helps("add the closing quote");
    assert_eq!(run.error_places().len(), 1, "{}", run.stderr);
}
