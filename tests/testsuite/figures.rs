//! Figures investors can trust: money, areas and coordinates are published with every
//! digit written (1.5 billion đồng is "1,5 tỷ đồng", not "2 tỷ đồng"), and where the
//! Vietnamese and English ways of writing numbers meet (`1.500`, `1,500`, `9,74`), or money
//! is written as text, the build stops at the value and says both readings and the field
//! to write.

use crate::harness::{Site, facts_table};
use crate::hostile::build_failing;

const PAGE: &str = "content/dau-tu/du-an.md";

fn project(fields: &str) -> String {
    format!(
        "---\ntitle: Dự án thử\ndescription: Một dự án.\nsector: agriculture\ndistrict: vi-thanh\nstatus: calling\nsample: true\n{fields}---\nNội dung.\n"
    )
}

fn site(fields: &str) -> Site {
    Site::minimal_with(&[
        (
            "content/dau-tu/_index.md",
            "---\ntitle: Dự án kêu gọi đầu tư\npage_type: project\n---\nCác dự án.\n",
        ),
        (
            "content/dau-tu/_index.en.md",
            "---\ntitle: Projects calling for investment\nslug: investment\n---\nProjects.\n",
        ),
        (PAGE, &project(fields)),
    ])
}

/// The row of the facts table labelled `label`.
fn fact(html: &str, label: &str) -> String {
    facts_table(html)
        .into_iter()
        .find(|(l, _)| l == label)
        .map(|(_, v)| v)
        .unwrap_or_else(|| panic!("no `{label}` in the facts table:\n{html}"))
}

#[test]
fn decimals_are_published_as_written_in_every_language() {
    for (capital, area, vi, en, vi_area, en_area) in [
        (
            "1.5",
            "12.25",
            "1,5 tỷ đồng",
            "VND\u{a0}1.5 billion",
            "12,25 ha",
            "12.25 ha",
        ),
        (
            "0.4",
            "0.125",
            "0,4 tỷ đồng",
            "VND\u{a0}0.4 billion",
            "0,125 ha",
            "0.125 ha",
        ),
        (
            "12.5",
            "5200",
            "12,5 tỷ đồng",
            "VND\u{a0}12.5 billion",
            "5.200 ha",
            "5,200 ha",
        ),
        (
            "1500",
            "1.5",
            "1.500 tỷ đồng",
            "VND\u{a0}1,500 billion",
            "1,5 ha",
            "1.5 ha",
        ),
    ] {
        let fields = format!(
            "area_ha: {area}\ncapital: {{ amount: {capital}, unit: billion, currency: VND }}\nlocation: {{ lat: 9.784512, lon: 105.470123 }}\n"
        );
        let run = site(&fields).build(&[]).success();
        let vi_page = run.read("dau-tu/du-an/index.html");
        let en_page = run.read("en/investment/du-an/index.html");
        assert_eq!(fact(&vi_page, "Tổng vốn dự kiến"), vi, "{capital}");
        assert_eq!(fact(&en_page, "Indicative capital"), en, "{capital}");
        assert_eq!(fact(&vi_page, "Diện tích"), vi_area, "{area}");
        assert_eq!(fact(&en_page, "Area"), en_area, "{area}");
        assert_eq!(fact(&en_page, "Coordinates"), "9.784512° N, 105.470123° E");
    }
}

#[test]
fn a_dot_before_three_digits_is_asked_about_not_guessed() {
    let site = site("area_ha: 5.200\ncapital: { amount: 1.500, unit: billion, currency: VND }\n");
    let run = build_failing(&site, &[PAGE]);
    run.error_at(PAGE, 8, 10)
        .says("`5.200` could mean 5200 (a dot between thousands, as Vietnamese writes it) or 5.2 (a decimal point, as YAML reads it)")
        .helps("write `area_ha: 5200` for 5200, or `area_ha: 5.2` for 5.2");
    run.error_at(PAGE, 9, 20)
        .says("`1.500` could mean 1500 (a dot between thousands, as Vietnamese writes it) or 1.5")
        .helps("write `amount: 1500` for 1500, or `amount: 1.5` for 1.5");
    assert_eq!(run.error_places().len(), 2, "{}", run.stderr);
}

#[test]
fn a_comma_inside_a_number_is_explained_at_the_number() {
    let site = site(
        "capital: { amount: 1,500, unit: billion, currency: VND }\nlocation: { lat: 9,74, lon: 105,70 }\n",
    );
    let run = build_failing(&site, &[PAGE]);
    run.error_at(PAGE, 8, 20)
        .says("`1,500` has a comma inside the number, so YAML reads it as two things")
        .helps("`amount: 1500` (English reading) or `amount: 1.5` (Vietnamese reading)");
    // Both coordinates, one mistake: one error.
    run.error_at(PAGE, 9, 18)
        .says("`9,74` and `105,70` have decimal commas, so YAML reads each as two things")
        .helps("write a decimal point: `lat: 9.74, lon: 105.70`");
    assert_eq!(run.error_places().len(), 2, "{}", run.stderr);
    assert!(
        !run.stderr.contains("``"),
        "a message names an empty field:\n{}",
        run.stderr
    );
}

#[test]
fn money_written_as_text_gets_the_fields_to_write() {
    let site = site("capital: 1.500 tỷ đồng\n");
    let run = build_failing(&site, &[PAGE]);
    run.error_at(PAGE, 8, 10)
        .says("`capital` is written as text, `1.500 tỷ đồng`")
        .helps("write `capital: { amount: 1500, unit: billion, currency: VND }`");

    let site = self::site("capital: VND 1,500 billion\n");
    let run = build_failing(&site, &[PAGE]);
    run.error_at(PAGE, 8, 10)
        .helps("write `capital: { amount: 1500, unit: billion, currency: VND }`");

    let site = self::site("capital: { amount: \"1.500.000\", currency: VND }\n");
    let run = build_failing(&site, &[PAGE]);
    run.error_at(PAGE, 8, 20)
        .says("`amount` must be a number")
        .helps("`amount: 1500000`");
}

#[test]
fn a_fraction_of_the_smallest_coin_is_refused() {
    let site = site("capital: { amount: 1500.7, currency: VND }\n");
    let run = build_failing(&site, &[PAGE]);
    run.error_at(PAGE, 8, 20)
        .says("`1500.7` has more decimals than VND can pay: its smallest unit is one VND")
        .helps("round the amount to 0 decimals, or write it in a smaller `unit`");
    // In billions, the same digits are whole đồng.
    site.write(
        PAGE,
        &project("capital: { amount: 1500.7, unit: billion, currency: VND }\n"),
    );
    site.build(&[]).success();
}

#[test]
fn a_schema_rounds_only_where_it_says_so() {
    let site = site("area_ha: 12.25\ncapital: { amount: 1.5, unit: billion, currency: VND }\n");
    let schema = "themes/default/types/project.yaml";
    let text = std::fs::read_to_string(site.path(schema)).expect("the project type");
    site.write(
        schema,
        &text.replacen(
            "  area_ha:\n    kind: area\n",
            "  area_ha:\n    kind: area\n    decimals: 0\n",
            1,
        ),
    );
    let run = site.build(&[]).success();
    let vi_page = run.read("dau-tu/du-an/index.html");
    assert_eq!(fact(&vi_page, "Diện tích"), "12 ha");
    assert_eq!(fact(&vi_page, "Tổng vốn dự kiến"), "1,5 tỷ đồng");

    // Money is never rounded: `decimals` there is a mistake in the schema.
    site.write(
        schema,
        &text.replacen(
            "  capital:\n    kind: money\n",
            "  capital:\n    kind: money\n    decimals: 0\n",
            1,
        ),
    );
    let run = site.build(&[]).exit_code(1);
    let line = text
        .lines()
        .position(|l| l == "  capital:")
        .expect("a capital field")
        + 3;
    run.error_at(schema, line, 5)
        .says("`decimals` rounds `number` and `area` fields only");
}
