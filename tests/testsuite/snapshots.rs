//! Snapshot tests (insta): what an author reads for each broken-site fixture, in English
//! and in Vietnamese, and a few whole pages. A change to any of them shows as a diff in
//! review instead of slipping through assertions that check only fragments.
//!
//! The snapshots are the files in `tests/testsuite/snapshots/`. After a deliberate
//! change, write them again and read the diff before committing:
//!
//! ```text
//! INSTA_UPDATE=always cargo test --test testsuite snapshots
//! git diff tests/testsuite/snapshots/
//! ```
//!
//! (`cargo insta review`, from the `cargo-insta` tool, does the same interactively.) In CI
//! (`CI` set) a snapshot that differs fails and nothing is written.

use crate::harness::{Site, parse_diagnostics};

/// The fixtures a build refuses: each one's diagnostics are its snapshot.
const BROKEN: &[&str] = &[
    "diagnostics/malformed_yaml",
    "diagnostics/missing_template",
    "diagnostics/no_title",
    "diagnostics/template_syntax",
    "diagnostics/unclosed_front_matter",
    "diagnostics/wrong_types",
    "content_types/invalid",
    "links/broken",
];

fn settings() -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings
}

#[test]
fn what_each_broken_fixture_tells_its_author_in_english_and_vietnamese() {
    let _guard = settings().bind_to_scope();
    for fixture in BROKEN {
        let site = Site::fixture(fixture);
        for lang in ["en", "vi"] {
            let run = site.build(&["--lang", lang]).exit_code(1);
            assert!(
                !site.path("output").exists(),
                "{fixture}: a failed build wrote output/"
            );
            let name = format!("diagnostics-{}-{lang}", fixture.replace('/', "-"));
            insta::assert_snapshot!(name, run.stderr);
        }
    }
}

#[test]
fn whole_pages_of_the_outputs_fixture() {
    let _guard = settings().bind_to_scope();
    let run = Site::fixture("outputs/site").build(&[]).success();
    for (name, file) in [
        ("page-home-vi", "index.html"),
        ("page-project-vi", "dau-tu/cang-song-hau/index.html"),
        ("page-partner-en", "en/partners/jeollanam-do/index.html"),
        ("page-sitemap", "sitemap.xml"),
    ] {
        insta::assert_snapshot!(name, run.read(file));
    }
}

#[test]
fn every_diagnostic_of_the_broken_fixtures_has_a_code_and_is_said_in_vietnamese() {
    let mut untranslated = Vec::new();
    for fixture in BROKEN {
        let site = Site::fixture(fixture);
        let en = parse_diagnostics(&site.build(&["--lang", "en"]).exit_code(1).stderr);
        let vi = parse_diagnostics(&site.build(&["--lang", "vi"]).exit_code(1).stderr);
        assert_eq!(
            en.len(),
            vi.len(),
            "{fixture}: another number of diagnostics"
        );
        assert!(!en.is_empty(), "{fixture}: no diagnostics");
        for (e, v) in en.iter().zip(&vi) {
            let place = format!("{fixture}: {}:{}:{}", v.path, v.line, v.column);
            assert_eq!(
                (&e.path, e.line, e.column),
                (&v.path, v.line, v.column),
                "{place}: in another order"
            );
            assert_eq!(e.code, v.code, "{place}: another code");
            if v.code.is_none() || e.message == v.message {
                untranslated.push(format!("{place}: {} [{:?}]", v.message, v.code));
            }
        }
    }
    assert!(
        untranslated.is_empty(),
        "said in English only, or without a code:\n{}",
        untranslated.join("\n")
    );
}
