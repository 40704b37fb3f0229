//! A fuzz harness: random front matter, Markdown bodies and site.yaml files, made from
//! the fragments authors and attackers actually write (Word's non-breaking spaces, tabs,
//! decimal commas, unclosed brackets, script links, broken shortcodes, YAML anchors and
//! tags, control characters) mixed with arbitrary text, go through the real build.
//!
//! For every input: no panic; the build ends (a hang is caught by a generous limit, not
//! timed); every diagnostic says something, and one placed in the fuzzed file points at a
//! line and column that exist; a failed build leaves `output/` exactly as it was.
//!
//! `cargo test` runs a few dozen cases of each. A long run, in a release build:
//!
//! ```text
//! PROPTEST_CASES=5000 cargo test --release --test testsuite fuzz
//! ```

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

use outreach::build::{BuildOptions, build};
use proptest::prelude::*;
use proptest::test_runner::{Config as ProptestConfig, TestCaseError, TestRunner};

use crate::harness::{Site, tree};

/// How long one build may take before the harness calls it a hang: a small site builds
/// in well under a second, so only a hang (or a quadratic blow-up) comes near this.
const HANG_LIMIT: Duration = Duration::from_secs(60);

const PAGE: &str = "content/dau-tu/du-an.md";

/// Cases per property: `PROPTEST_CASES` when set, else a short run for `cargo test`.
fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(32);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Text that breaks naive parsers, for any value or line.
fn tricky() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Hậu Giang".to_string()),
        Just("\u{a0}".to_string()),
        Just("\t".to_string()),
        Just("\u{feff}".to_string()),
        Just("\u{0}".to_string()),
        Just("\r\n".to_string()),
        Just("“Khu nông nghiệp”".to_string()),
        Just("a\u{0309}".to_string()),
        Just("{{{{[[[[".to_string()),
        Just("]]}}".to_string()),
        Just("&anchor *anchor".to_string()),
        Just("!!binary AAAA".to_string()),
        Just("<<: *x".to_string()),
        Just("? ".to_string()),
        Just("javascript:alert(1)".to_string()),
        Just("&#106;avascript:x".to_string()),
        Just("1,500".to_string()),
        Just("9,74".to_string()),
        Just("1.500".to_string()),
        Just("-0".to_string()),
        Just("1e999".to_string()),
        Just("~".to_string()),
        Just("'".to_string()),
        Just("\"".to_string()),
        Just("#".to_string()),
        Just(":".to_string()),
        Just("---".to_string()),
        Just("@/dau-tu/_index.md".to_string()),
        Just("../../../etc/passwd".to_string()),
        Just("/.outreach-output".to_string()),
        "\\PC{0,12}",
        any::<String>().prop_map(|s| s.chars().take(16).collect()),
    ]
}

fn front_matter_line() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        Just("title"),
        Just("description"),
        Just("date"),
        Just("updated"),
        Just("tags"),
        Just("draft"),
        Just("weight"),
        Just("slug"),
        Just("path"),
        Just("aliases"),
        Just("template"),
        Just("image"),
        Just("sample"),
        Just("type"),
        Just("capital"),
        Just("sector"),
        Just("tieu_de"),
    ];
    prop_oneof![
        (key.clone(), tricky()).prop_map(|(k, v)| format!("{k}: {v}\n")),
        (key.clone(), tricky()).prop_map(|(k, v)| format!("{k}: \"{v}\"\n")),
        (key.clone(), tricky(), tricky()).prop_map(|(k, a, b)| format!("{k}: [{a}, {b}]\n")),
        (key.clone(), tricky()).prop_map(|(k, v)| format!("{k}:\n  - {v}\n  -\n")),
        (key, tricky(), tricky()).prop_map(|(k, a, b)| format!("{k}: {{ {a}: {b} }}\n")),
        Just("date: 2018-3-13\n".to_string()),
        Just("date: 2018-02-30\n".to_string()),
        Just("date: 13/03/2018\n".to_string()),
        Just("capital: { amount: 1,500, unit: billion, currency: VND }\n".to_string()),
        Just("location: { lat: 9,74, lon: 105,70 }\n".to_string()),
        Just("title:\u{a0}Dự án\n".to_string()),
        Just("\ttitle: x\n".to_string()),
        Just("title: a\ntitle: b\n".to_string()),
        Just("a: &a [*a]\n".to_string()),
        tricky().prop_map(|v| format!("{v}\n")),
    ]
}

fn markdown_fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        tricky().prop_map(|t| format!("## {t}\n\n")),
        Just("## Main\n\n".to_string()),
        Just("## Mục {#main}\n\n".to_string()),
        Just("## A {#a}\n\n## A {#a}\n\n".to_string()),
        tricky().prop_map(|t| format!("[liên kết]({t})\n")),
        tricky().prop_map(|t| format!("![ảnh]({t})\n")),
        tricky().prop_map(|t| format!("[x](@/dau-tu/_index.md#{t})\n")),
        Just("[x](@/khong-co.md)\n".to_string()),
        Just("[x](JaVaScRiPt:alert(1)) ![y](data:text/html,x)\n".to_string()),
        tricky().prop_map(|t| format!("<a href=\"{t}\" onclick=\"x\">a</a>\n")),
        tricky().prop_map(|t| format!("<div id='{t}'>\n<img\n src={t}>\n</div>\n\n")),
        Just("<a href=\"java&#x09;script:x\">x</a>\n".to_string()),
        Just("<script>alert(1)</script>\n\n".to_string()),
        tricky().prop_map(|t| format!("{{{{ figure(src=\"{t}\", alt=\"a\", caption=\"c\") }}}}\n")),
        tricky().prop_map(|t| format!("{{{{ project_card(path=\"{t}\") }}}}\n")),
        Just("{{ figure(\n".to_string()),
        Just("{% note(kind=\"warning\") %}\nGhi chú.\n{% end %}\n".to_string()),
        Just("{% note() %}\nkhông đóng\n".to_string()),
        Just("{% end %}\n".to_string()),
        tricky().prop_map(|t| format!("```{t}\nfn main() {{}}\n```\n")),
        Just("```\nkhông đóng\n".to_string()),
        Just("| a | b |\n|---|---|\n| 1 | 2 |\n\n".to_string()),
        Just("[^1]\n\n[^1]: chú thích\n".to_string()),
        Just("> > > trích dẫn\n".to_string()),
        Just("- a\n  - b\n    - c\n".to_string()),
        Just("---\n".to_string()),
        tricky(),
    ]
}

/// site.yaml: each line of a valid file kept, dropped or replaced, then settings added.
fn site_yaml() -> impl Strategy<Value = String> {
    const LINES: [&str; 9] = [
        "title: { vi: \"Thử\", en: \"Test\" }\n",
        "base_url: \"https://example.org\"\n",
        "default_language: vi\n",
        "languages:\n",
        "  vi: { name: \"Tiếng Việt\", locale: vi-VN }\n",
        "  en: { name: \"English\", locale: en-GB }\n",
        "menu:\n",
        "  - { page: \"@/dau-tu/_index.md\" }\n",
        "  - { page: \"@/doi-tac/_index.md\" }\n",
    ];
    let line = |text: &'static str| {
        prop_oneof![
            6 => Just(text.to_string()),
            1 => Just(String::new()),
            1 => tricky().prop_map(|t| format!("{t}\n")),
            1 => tricky().prop_map(move |t| {
                let key = text.split(':').next().unwrap_or_default();
                format!("{key}: {t}\n")
            }),
        ]
    };
    let added = prop_oneof![
        Just("theme: khong-co\n".to_string()),
        Just("raw_html: forbid\n".to_string()),
        Just("raw_html: [x]\n".to_string()),
        Just("url_schemes: [sms, javascript, \"\"]\n".to_string()),
        Just("taxonomies:\n  tags: { title: T, paginate_by: -1 }\n".to_string()),
        Just("search: { path: { vi: tim-kiem, en: search } }\n".to_string()),
        Just("search: yes\n".to_string()),
        Just("image: \"data:text/html,x\"\n".to_string()),
        Just("default_language_in_subfolder: true\n".to_string()),
        Just("extra: { a: [1, { b: \"vbscript:x\" }] }\n".to_string()),
        tricky().prop_map(|t| format!("{t}: {t}\n")),
    ];
    (LINES.map(line), prop::collection::vec(added, 0..3))
        .prop_map(|(lines, added)| lines.concat() + &added.concat())
}

/// One build of `site`, on a thread so that a hang fails the case instead of the suite.
fn build_once(root: &Path) -> Result<outreach::build::BuildReport, TestCaseError> {
    let (send, receive) = mpsc::channel();
    let opts = BuildOptions {
        root: root.to_path_buf(),
        ..BuildOptions::default()
    };
    std::thread::spawn(move || {
        // A panic drops `send` unsent.
        let _ = send.send(build(&opts));
    });
    match receive.recv_timeout(HANG_LIMIT) {
        Ok(Ok(report)) => Ok(report),
        Ok(Err(usage)) => Err(TestCaseError::fail(format!(
            "the build could not start: {:?}",
            usage.0
        ))),
        Err(mpsc::RecvTimeoutError::Disconnected) => Err(TestCaseError::fail("the build panicked")),
        Err(mpsc::RecvTimeoutError::Timeout) => Err(TestCaseError::fail(format!(
            "the build did not end within {HANG_LIMIT:?}"
        ))),
    }
}

/// Writes `file`, builds, and checks what every build must do whatever the input.
fn check_case(
    site: &Site,
    file: &str,
    text: &str,
    last_good: &mut BTreeMap<String, Vec<u8>>,
) -> Result<(), TestCaseError> {
    site.write(file, text);
    let report = build_once(site.root())?;
    let diagnostics = report.diagnostics.clone().sorted();
    // Printing every diagnostic, in every format, must not panic either.
    for format in [
        outreach::diagnostics::Format::Text,
        outreach::diagnostics::Format::Json,
        outreach::diagnostics::Format::Github,
    ] {
        outreach::diagnostics::render(&diagnostics, format);
    }
    let lines: Vec<&str> = text.split('\n').collect();
    for d in &diagnostics {
        prop_assert!(!d.message.trim().is_empty(), "an empty message: {d:?}");
        if d.path == Path::new(file) && d.line > 0 {
            prop_assert!(
                d.line <= lines.len(),
                "line {} of a {}-line file: {d:?}",
                d.line,
                lines.len()
            );
            if let Some(quoted) = &d.source_line {
                prop_assert!(
                    d.column <= quoted.chars().count() + 1,
                    "column {} of a {}-character line: {d:?}",
                    d.column,
                    quoted.chars().count()
                );
            }
        }
    }
    let output = tree(&site.path("output"));
    if report.failed() {
        prop_assert!(
            output == *last_good,
            "a failed build changed output/:\n{}",
            outreach::diagnostics::render(&diagnostics, Default::default())
        );
    } else {
        *last_good = output;
    }
    Ok(())
}

/// Runs `cases` over a minimal site whose `file` each case rewrites.
fn fuzz(file: &str, strategy: impl Strategy<Value = String>) {
    let site = Site::minimal_with(&[(PAGE, "---\ntitle: Dự án\n---\nNội dung.\n")]);
    let mut last_good = BTreeMap::new();
    let original = std::fs::read_to_string(site.path(file)).expect("the file");
    check_case(&site, file, &original, &mut last_good).expect("the site builds");
    assert!(!last_good.is_empty(), "the starting site built nothing");
    let last_good = std::cell::RefCell::new(last_good);
    let mut runner = TestRunner::new(config());
    let result = runner.run(&strategy, |text| {
        check_case(&site, file, &text, &mut last_good.borrow_mut())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}

#[test]
fn random_front_matter_never_panics_hangs_or_damages_output() {
    let strategy = prop::collection::vec(front_matter_line(), 0..12)
        .prop_map(|lines| format!("---\ntitle: Dự án\n{}---\nNội dung.\n", lines.concat()));
    fuzz(PAGE, strategy);
}

#[test]
fn random_markdown_never_panics_hangs_or_damages_output() {
    let strategy = prop::collection::vec(markdown_fragment(), 0..16)
        .prop_map(|parts| format!("---\ntitle: Dự án\n---\n{}", parts.concat()));
    fuzz(PAGE, strategy);
}

#[test]
fn random_site_yaml_never_panics_hangs_or_damages_output() {
    fuzz("site.yaml", site_yaml());
}

#[test]
fn arbitrary_bytes_in_a_page_never_panic() {
    let site = Site::minimal_with(&[(PAGE, "---\ntitle: Dự án\n---\nNội dung.\n")]);
    let mut last_good = BTreeMap::new();
    check_case(&site, PAGE, "---\ntitle: Dự án\n---\nx\n", &mut last_good).expect("builds");
    let mut runner = TestRunner::new(config());
    let result = runner.run(&prop::collection::vec(any::<u8>(), 0..200), |bytes| {
        site.write_bytes(PAGE, &bytes);
        build_once(site.root()).map(|_| ())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}
