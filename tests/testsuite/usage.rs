//! Usage errors exit with code 2 and say what to do: a folder that is not a site, an
//! unknown option.

use std::path::PathBuf;

use crate::harness::{Site, run_outreach};

#[test]
fn folder_without_site_yaml_is_a_usage_error() {
    let dir = Site::empty();
    let root = dir.root().to_str().expect("UTF-8 temp path");
    for (args, missing) in [
        (vec!["build"], "site.yaml".to_string()),
        (vec!["build", "--root", root], format!("{root}/site.yaml")),
    ] {
        let run = run_outreach(dir.root(), &args, dir.path("output")).exit_code(2);
        assert!(
            run.stderr.contains(&format!("`{missing}`"))
                || run.stderr.contains(&format!("`./{missing}`")),
            "the message does not name the missing `{missing}`:\n{}",
            run.stderr
        );
        assert!(
            run.stderr.contains("not an outreach site"),
            "{}",
            run.stderr
        );
        assert!(run.stderr.contains("--root"), "no hint to use --root");
        assert!(!dir.path("output").exists(), "wrote output/ for a non-site");
    }
}

#[test]
fn root_that_does_not_exist_is_a_usage_error() {
    let dir = Site::empty();
    let missing: PathBuf = dir.path("no-such-folder");
    let missing = missing.to_str().expect("UTF-8 temp path");
    let run = run_outreach(
        dir.root(),
        &["build", "--root", missing],
        dir.path("output"),
    )
    .exit_code(2);
    assert!(run.stderr.contains("no-such-folder"), "{}", run.stderr);
}

#[test]
fn unknown_option_is_a_usage_error() {
    let site = Site::fixture("build_output/bilingual");
    let run = site.build(&["--no-such-option"]).exit_code(2);
    assert!(run.stderr.contains("--no-such-option"), "{}", run.stderr);
    assert!(!site.path("output").exists());
}
