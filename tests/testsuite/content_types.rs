//! Content types: every page is checked against its type's schema, and each mistake is an
//! error at its line and column — an unknown field (with a did-you-mean), a missing
//! required field, a value of the wrong kind, an enum value not allowed, a reference to a
//! page that does not exist or is of the wrong type, a translation changing a fact — all
//! in one build, in the text, JSON and GitHub formats. And every field kind accepts a
//! good value and refuses a bad one.
//!
//! Fixtures: `content_types/invalid` (the default theme's types, one page with every kind
//! of mistake) and `content_types/kinds` (a small theme whose `sample` type has a field of
//! every kind, and a page where all are valid; the bad page is written by the test).

use crate::harness::{Run, Site};

const SAI: &str = "content/dau-tu/sai.md";
const DUNG_EN: &str = "content/dau-tu/dung.en.md";

/// Every error of the `invalid` fixture, as (path, line, column).
const INVALID_PLACES: &[(&str, usize, usize)] = &[
    (DUNG_EN, 4, 1),
    (SAI, 4, 1),
    (SAI, 7, 10),
    (SAI, 8, 18),
    (SAI, 9, 12),
    (SAI, 9, 37),
];

fn invalid(args: &[&str]) -> (Site, Run) {
    let site = Site::fixture("content_types/invalid");
    let run = site.build(args).exit_code(1);
    assert!(
        !site.path("output").exists(),
        "a failed build wrote output/"
    );
    (site, run)
}

#[test]
fn one_build_reports_every_content_type_mistake_at_its_place() {
    let (_, run) = invalid(&[]);
    run.error_at(SAI, 4, 1)
        .says("`sectr` is not a field of a `project` page")
        .quotes("sectr: agriculture")
        .helps("did you mean `sector`?");
    // `sectr` is one mistake: not also a required `sector` left out.
    assert!(!run.stderr.contains("needs `sector`"), "{}", run.stderr);
    run.error_at(SAI, 7, 10)
        .says("`area_ha` must be an area in hectares")
        .quotes("area_ha: \"5.200\"")
        .helps("without thousands separators");
    run.error_at(SAI, 8, 18)
        .says("`bot` is not an allowed value of `investment_form`")
        .quotes("investment_form: bot")
        .helps("`fdi`, `ppp`, `joint-venture` or `domestic`");
    let partners = "partners: [\"@/doi-tac/khong-co.md\", \"@/dau-tu/dung.md\"]";
    run.error_at(SAI, 9, 12)
        .says("there is no page `content/doi-tac/khong-co.md`")
        .quotes(partners);
    run.error_at(SAI, 9, 37)
        .says("`@/dau-tu/dung.md` is a `project` page")
        .says("`partners` must name `partner` pages")
        .quotes(partners);
    run.error_at(DUNG_EN, 4, 1)
        .says("`capital` is the same in every language")
        .says("`content/dau-tu/dung.md`")
        .quotes("capital: { amount: 2000, unit: billion, currency: VND }")
        .helps("remove `capital` here");

    let expected: Vec<String> = INVALID_PLACES
        .iter()
        .map(|(p, l, c)| format!("{p}:{l}:{c}"))
        .collect();
    assert_eq!(run.error_places(), expected, "{}", run.stderr);
    assert!(
        run.stderr.contains("found 6 errors in 2 files"),
        "{}",
        run.stderr
    );
}

#[test]
fn json_diagnostics_are_one_array_on_stdout() {
    for command in ["build", "check"] {
        let site = Site::fixture("content_types/invalid");
        // The address given, as the shipped workflows do: `check` would otherwise also
        // warn that site.yaml's `https://example.org` is a placeholder.
        let run = site
            .run(&[
                command,
                "--format",
                "json",
                "--base-url",
                "https://example.org",
            ])
            .exit_code(1);
        let json: serde_json::Value = serde_json::from_str(&run.stdout)
            .unwrap_or_else(|e| panic!("{command}: stdout is not JSON ({e}):\n{}", run.stdout));
        let items = json.as_array().expect("an array of diagnostics");
        let places: Vec<(String, u64, u64)> = items
            .iter()
            .map(|d| {
                assert_eq!(d["severity"], "error", "{d}");
                assert!(d["message"].as_str().is_some_and(|m| !m.is_empty()), "{d}");
                (
                    d["path"].as_str().unwrap_or_default().to_string(),
                    d["line"].as_u64().unwrap_or_default(),
                    d["column"].as_u64().unwrap_or_default(),
                )
            })
            .collect();
        let expected: Vec<(String, u64, u64)> = INVALID_PLACES
            .iter()
            .map(|(p, l, c)| (p.to_string(), *l as u64, *c as u64))
            .collect();
        assert_eq!(places, expected, "{command}");
        let enum_error = items
            .iter()
            .find(|d| d["line"] == 8)
            .expect("the enum error");
        assert_eq!(
            enum_error["help"],
            "the values are `fdi`, `ppp`, `joint-venture` or `domestic`"
        );
        assert_eq!(enum_error["source_line"], "investment_form: bot");
        assert!(!site.path("output").exists());
    }
}

#[test]
fn github_format_annotates_each_file_line_and_column() {
    let (_, run) = invalid(&["--format", "github"]);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), INVALID_PLACES.len(), "{}", run.stdout);
    for ((path, line, column), annotation) in INVALID_PLACES.iter().zip(&lines) {
        let head = format!("::error file={path},line={line},col={column},");
        assert!(
            annotation.starts_with(&head),
            "expected `{head}…`, got `{annotation}`"
        );
        assert!(
            annotation.contains("::") && !annotation.contains('\n'),
            "{annotation}"
        );
    }
    // The help follows the message on the annotation's own (escaped) second line.
    assert!(
        lines[1]
            .ends_with("`sectr` is not a field of a `project` page%0Ahelp: did you mean `sector`?"),
        "{}",
        lines[1]
    );
}

#[test]
fn every_field_kind_accepts_a_valid_value() {
    let run = Site::fixture("content_types/kinds").build(&[]).success();
    assert!(run.has("mau/dung/index.html"));
    assert!(
        run.stderr.lines().all(|l| !l.contains("warning")),
        "{}",
        run.stderr
    );
}

/// One wrong value per field kind, one field per line.
const EVERY_KIND_WRONG: &str = r#"---
title: Mọi trường đều sai
note: [a, b]
details: { a: 1 }
year: 2018.5
ratio: "mười hai"
active: "yes"
signed: 13/03/2018
level: medium
scores: 1, 2, 3
website: www.haugiang.gov.vn
email: songoaivu.haugiang.gov.vn
capital: { amount: 1500, unit: billion, currency: dong }
area: -5
location: { lat: 99, lon: 105.47 }
related: gioi-thieu.md
agreement: "Biên bản ghi nhớ"
---
"#;

#[test]
fn every_field_kind_refuses_a_wrong_value_at_its_place() {
    let site = Site::fixture("content_types/kinds");
    site.write("content/mau/sai.md", EVERY_KIND_WRONG);
    let run = site.build(&[]).exit_code(1);
    let file = "content/mau/sai.md";
    // (kind, line, column, what the message says)
    let expected: &[(&str, usize, usize, &str)] = &[
        ("text", 3, 7, "`note` must be text"),
        ("markdown", 4, 10, "`details` must be text"),
        ("integer", 5, 7, "`year` must be a whole number"),
        ("number", 6, 8, "`ratio` must be a number"),
        ("boolean", 7, 9, "`active` must be `true` or `false`"),
        ("date", 8, 9, "`13/03/2018` is written day/month/year"),
        ("enum", 9, 8, "`medium` is not an allowed value of `level`"),
        ("list", 10, 9, "`scores` must be a list"),
        ("url", 11, 10, "`www.haugiang.gov.vn` is not a web address"),
        (
            "email",
            12,
            8,
            "`songoaivu.haugiang.gov.vn` is not an email address",
        ),
        (
            "money",
            13,
            51,
            "`currency` must be a three-letter currency code",
        ),
        ("area", 14, 7, "cannot be negative"),
        ("geo", 15, 18, "`lat` must be between -90 and 90"),
        (
            "reference",
            16,
            10,
            "must name a page as `@/section/page.md`",
        ),
        ("group", 17, 12, "`agreement` must be a group of fields"),
    ];
    let text: Vec<&str> = EVERY_KIND_WRONG.lines().collect();
    for (kind, line, column, says) in expected {
        let d = run.error_at(file, *line, *column);
        assert!(
            d.message.contains(says),
            "{kind}: expected {says:?}, got {:?}",
            d.message
        );
        d.quotes(text[line - 1]);
    }
    assert_eq!(
        run.error_places().len(),
        expected.len(),
        "one error per wrong value:\n{}",
        run.stderr
    );
}

/// A list with one wrong item, and a group lacking its required field and having one
/// it does not know.
const NESTED_WRONG: &str = "---\ntitle: Thiếu\nscores: [1, \"hai\", 3]\nagreement: { date: 2018-03-13, place: Seoul }\n---\n";

#[test]
fn list_items_and_group_fields_are_checked_one_by_one() {
    let site = Site::fixture("content_types/kinds");
    site.write("content/mau/sai.md", NESTED_WRONG);
    let run = site.build(&[]).exit_code(1);
    let file = "content/mau/sai.md";
    run.error_at(file, 3, 13)
        .says("each item of `scores` must be a whole number, but this one is text")
        .quotes("scores: [1, \"hai\", 3]");
    run.error_at(file, 4, 12)
        .says("`agreement` has no `title`")
        .quotes("agreement: { date: 2018-03-13, place: Seoul }");
    let unknown: Vec<_> = run
        .diagnostics()
        .into_iter()
        .filter(|d| d.message.contains("`place` is not a field of `agreement`"))
        .collect();
    assert_eq!(unknown.len(), 1, "{}", run.stderr);
    assert_eq!(unknown[0].line, 4);
    assert_eq!(run.error_places().len(), 3, "{}", run.stderr);
}

#[test]

fn unknown_field_inside_a_group_is_reported_at_its_name() {
    // Symptom: "`place` is not a field of `agreement`" with the caret under `Seoul`.
    let site = Site::fixture("content_types/kinds");
    site.write("content/mau/sai.md", NESTED_WRONG);
    let run = site.build(&[]).exit_code(1);
    run.error_at("content/mau/sai.md", 4, 32)
        .says("`place` is not a field of `agreement`")
        .quotes("agreement: { date: 2018-03-13, place: Seoul }");
}

/// A schema that cannot be read is one error, in the schema: its pages and the fields
/// that refer to its type are not also told that the type does not exist.
#[test]
fn a_broken_schema_is_one_error_in_the_schema_not_one_per_page_of_its_type() {
    let site = Site::fixture("content_types/kinds");
    let schema = "themes/mini/types/sample.yaml";
    let text = std::fs::read_to_string(site.path(schema)).expect("sample.yaml");
    site.write(schema, &text.replace("required: true", "required: maybe"));
    // A second schema whose field refers to pages of the broken type.
    site.write(
        "themes/mini/types/note.yaml",
        "label: { vi: \"Ghi chú\", en: \"Note\" }\nfields:\n  about: { kind: reference, type: sample }\n",
    );
    let run = site.build(&[]).exit_code(1);
    let line = text
        .lines()
        .position(|l| l.contains("required: true"))
        .expect("a required field")
        + 1;
    let column = text.lines().nth(line - 1).unwrap().find("true").unwrap() + 1;
    run.error_at(schema, line, column)
        .says("should be `true` or `false`, not the text \"maybe\"");
    assert!(
        !run.stderr.contains("no content type") && !run.stderr.contains("no such content type"),
        "a broken schema's type was also reported missing:\n{}",
        run.stderr
    );
    assert_eq!(run.error_places().len(), 1, "{}", run.stderr);
}
