//! YAML of any size: front matter, data files and site.yaml with a hundred thousand keys
//! are read (and every problem in them placed), and YAML nested more than 128 levels
//! deep is refused at the place where the 129th level opens, in plain words, however
//! the nesting is written. How long they take is measured by `scripts/yaml-stress.sh`,
//! not here.

use crate::harness::{Run, Site, facts_table};
use crate::hostile::build_failing;

const TOO_DEEP: &str = "lists and groups of fields are nested here more than 128 levels deep";
const FEWER_LEVELS: &str =
    "no page, data file or setting needs as many: write the value with fewer levels";
const OR_QUOTE: &str =
    "or, if the brackets are meant as text, put the whole value in double quotes";

/// `n` lines `k000001: giá trị 1`, each indented by `indent`.
fn keys(n: usize, indent: &str) -> String {
    (1..=n)
        .map(|i| format!("{indent}k{i:06}: giá trị {i}\n"))
        .collect()
}

/// Asserts `run` reports only the depth error at `path:line:column`, with both helps.
#[track_caller]
fn refused_as_too_deep_at(run: &Run, path: &str, line: usize, column: usize, brackets: bool) {
    let diag = run.error_at(path, line, column);
    assert_eq!(diag.message, TOO_DEEP);
    diag.helps(FEWER_LEVELS);
    assert_eq!(
        diag.rest.contains(OR_QUOTE),
        brackets,
        "the help speaks of quoting brackets only for brackets:\n{}",
        diag.rest
    );
    assert_eq!(run.error_places().len(), 1, "{}", run.stderr);
}

#[test]
fn two_hundred_thousand_brackets_in_front_matter_are_refused_at_the_129th() {
    // Symptom: refused correctly, but after 25 seconds.
    let page = format!(
        "---\ntitle: Sâu\nx: {}\n---\nNội dung.\n",
        "[".repeat(200_000)
    );
    let site = Site::minimal_with(&[("content/dau-tu/sau.md", &page)]);
    let run = build_failing(&site, &["content/dau-tu/sau.md"]);
    // `x: ` is 3 columns; the 129th `[` is the 132nd.
    refused_as_too_deep_at(&run, "content/dau-tu/sau.md", 3, 132, true);
    let check = site.run(&["check"]).exit_code(1);
    refused_as_too_deep_at(&check, "content/dau-tu/sau.md", 3, 132, true);
}

#[test]
fn two_hundred_thousand_braces_in_a_data_file_are_refused_at_the_129th() {
    // Symptom: refused correctly, but after 50 seconds (the file was read twice).
    let data = format!("vung: {}\n", "{".repeat(200_000));
    let site = Site::minimal_with(&[("content/_data/vung.yaml", &data)]);
    let run = build_failing(&site, &["content/_data/vung.yaml"]);
    refused_as_too_deep_at(&run, "content/_data/vung.yaml", 1, 6 + 129, true);
}

#[test]
fn brackets_nested_too_deeply_in_site_yaml_are_refused_at_the_129th() {
    let site = Site::minimal_with(&[]);
    let line = std::fs::read_to_string(site.path("site.yaml"))
        .expect("site.yaml")
        .lines()
        .count()
        + 1;
    site.append("site.yaml", &format!("extra: {}\n", "[ a, ".repeat(50_000)));
    let run = site.build(&[]).exit_code(1);
    // `extra: ` is 7 columns, each level 5 more: the 129th `[` is at 8 + 5 × 128.
    refused_as_too_deep_at(&run, "site.yaml", line, 8 + 5 * 128, true);
    assert!(
        !site.path("output").exists(),
        "a failed build created output/"
    );
}

#[test]
fn brackets_in_quotes_and_text_blocks_are_text_not_nesting() {
    let brackets = "[".repeat(300);
    let page = format!("---\ntitle: \"{brackets}\"\ndescription: '{brackets}'\n---\nNội dung.\n");
    let data = format!("ghi_chu: |\n  Ghi chú {brackets}\nten: a{brackets}\n");
    let site = Site::minimal_with(&[
        ("content/dau-tu/ngoac.md", &page),
        ("content/_data/ghi-chu.yaml", &data),
    ]);
    let run = site.build(&[]).success();
    assert!(run.read("dau-tu/ngoac/index.html").contains(&brackets));
}

#[test]
fn lists_nested_too_deeply_by_dashes_are_refused_at_the_129th() {
    // `- - - …`: one level per two characters, 100,000 of them.
    let page = format!(
        "---\ntitle: Sâu\nx:\n{}a\n---\nNội dung.\n",
        "- ".repeat(100_000)
    );
    let site = Site::minimal_with(&[("content/dau-tu/sau.md", &page)]);
    let run = build_failing(&site, &["content/dau-tu/sau.md"]);
    // The front matter is level 1 and `x:`'s list level 2: the 128th `-` opens level 129.
    refused_as_too_deep_at(&run, "content/dau-tu/sau.md", 4, 1 + 2 * 127, false);
}

#[test]
fn groups_nested_too_deeply_by_indentation_are_refused_at_the_129th() {
    let data: String = (0..600)
        .map(|i| format!("{}k{i}:\n", " ".repeat(i)))
        .collect();
    let site = Site::minimal_with(&[("content/_data/sau.yaml", &data)]);
    let run = build_failing(&site, &["content/_data/sau.yaml"]);
    // `k0` is in level 1; the group under `k127` (line 129, column 129) is level 129.
    refused_as_too_deep_at(&run, "content/_data/sau.yaml", 129, 129, false);
}

#[test]
fn a_page_with_a_hundred_thousand_fields_builds_with_all_of_them() {
    // Symptom: over 60 seconds for front matter of 100,000 keys.
    const N: usize = 100_000;
    let page = format!(
        "---\ntitle: Bảng lớn\ntype: bang\ntemplate: event.html\n{}---\nNội dung.\n",
        keys(N, "")
    );
    let mut schema = String::from("label: { vi: \"Bảng\", en: \"Table\" }\nfields:\n");
    for i in 1..=N {
        schema.push_str(&format!("  k{i:06}: {{ kind: text }}\n"));
    }
    let site = Site::minimal_with(&[("content/dau-tu/bang-lon.md", &page)]);
    site.write("themes/default/types/bang.yaml", &schema);
    let run = site.build(&[]).success();
    let facts = facts_table(&run.read("dau-tu/bang-lon/index.html"));
    assert_eq!(facts.len(), N);
    assert_eq!(facts[0], ("k000001".to_string(), "giá trị 1".to_string()));
    assert_eq!(
        facts[N - 1],
        ("k100000".to_string(), format!("giá trị {N}"))
    );
}

#[test]
fn every_one_of_ten_thousand_unknown_fields_is_placed_and_quoted() {
    const N: usize = 10_000;
    let page = format!("---\ntitle: Nhiều trường\n{}---\nNội dung.\n", keys(N, ""));
    let site = Site::minimal_with(&[("content/dau-tu/nhieu.md", &page)]);
    let run = build_failing(&site, &["content/dau-tu/nhieu.md"]);
    assert_eq!(run.error_places().len(), N);
    // The key on line i + 2 is `k…i`, quoted from its own line.
    for i in [1, 2, N / 2, N] {
        run.error_at("content/dau-tu/nhieu.md", i + 2, 1)
            .says(&format!("`k{i:06}` is not a field of a `page` page"))
            .quotes(&format!("k{i:06}: giá trị {i}"));
    }
}

#[test]
fn a_data_file_with_a_hundred_thousand_keys_is_given_to_templates() {
    let data = keys(100_000, "");
    let template = "{% extends \"page.html\" %}{% block facts %}<p id=\"last\">{{ data.lon.k100000 }}</p>{% endblock facts %}";
    let site = Site::minimal_with(&[
        ("content/_data/lon.yaml", &data),
        (
            "content/dau-tu/du-lieu.md",
            "---\ntitle: Dữ liệu\ntemplate: du-lieu.html\n---\nNội dung.\n",
        ),
        ("templates/du-lieu.html", template),
    ]);
    let run = site.build(&[]).success();
    assert!(
        run.read("dau-tu/du-lieu/index.html")
            .contains("<p id=\"last\">giá trị 100000</p>"),
        "the last key is not on the page"
    );
}

#[test]
fn site_yaml_with_a_hundred_thousand_extra_keys_builds() {
    let site = Site::minimal_with(&[]);
    site.append("site.yaml", &format!("extra:\n{}", keys(100_000, "  ")));
    site.build(&[]).success();
}

/// YAML allows keys that are not text (`1.500:`, `~:`, `[a, b]:`, a tagged key). The
/// fuzz harness found `capital: { 1.500: !!binary AAAA }` making the build panic while
/// rendering the page's summary. Templates now see such keys as their YAML text.
#[test]
fn keys_that_are_not_text_reach_templates_as_their_yaml_text() {
    let odd = "{ 1.500: a, ~: b, [x, y]: c, !t k: d, 7: e, true: f, bin: !!binary AAAA }";
    let site = Site::minimal_with(&[
        (
            "content/gioi-thieu.md",
            "---\ntitle: Giới thiệu\ntemplate: odd.html\n---\nNội dung.\n",
        ),
        ("content/_data/odd.yaml", &format!("odd: {odd}\n")),
        (
            "templates/odd.html",
            "{% for k, v in data.odd.odd %}({{ k }}={{ v }}){% endfor %}\n",
        ),
    ]);
    let run = site.build(&[]).success();
    let html = run.read("gioi-thieu/index.html");
    for (k, v) in [
        ("1.5", "a"),
        ("null", "b"),
        ("- x\n- y", "c"),
        ("!t k", "d"),
        ("7", "e"),
        ("true", "f"),
    ] {
        assert!(
            html.contains(&format!("({k}={v})")),
            "key {k:?} in:\n{html}"
        );
    }
}

#[test]
fn a_field_with_a_key_that_is_not_text_is_an_error_at_its_place_not_a_panic() {
    let site = Site::minimal_with(&[(
        "content/dau-tu/du-an.md",
        "---\ntitle: Dự án\ncapital: { 1.500: !!binary AAAA }\n---\nNội dung.\n",
    )]);
    let run = site.build(&[]).exit_code(1);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    let places = run.error_places();
    assert!(
        places
            .iter()
            .any(|p| p.starts_with("content/dau-tu/du-an.md:3:")),
        "{}",
        run.stderr
    );
}
