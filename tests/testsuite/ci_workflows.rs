//! The ready-made CI workflows (`.github/workflows/site.yml`, `.gitlab-ci.yml`) do what
//! the README says: their `outreach` steps, run as written on a copy of the example site,
//! check it, build it at the host's address, and leave the folder the host publishes.

use std::path::Path;
use std::process::Command;

use crate::harness::{copy_tree, repo_root};

fn yaml(file: &str) -> serde_yaml::Value {
    let text = std::fs::read_to_string(repo_root().join(file)).expect("read the workflow");
    serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{file} is not valid YAML: {e}"))
}

/// A copy of the example site with `target/release/outreach` being the binary under test.
fn example_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for part in ["content", "themes", "static"] {
        copy_tree(&repo_root().join(part), &dir.path().join(part));
    }
    std::fs::copy(repo_root().join("site.yaml"), dir.path().join("site.yaml")).expect("copy");
    std::fs::create_dir_all(dir.path().join("target/release")).expect("mkdir");
    std::os::unix::fs::symlink(
        env!("CARGO_BIN_EXE_outreach"),
        dir.path().join("target/release/outreach"),
    )
    .expect("symlink the binary");
    dir
}

/// Runs one script line or block with bash, as the CI runner would; returns its stdout.
fn run_script(dir: &Path, script: &str, env: &[(&str, &str)]) -> String {
    let out = Command::new("bash")
        .args(["-euo", "pipefail", "-c", script])
        .current_dir(dir)
        .envs(env.iter().copied())
        .output()
        .expect("run bash");
    assert!(
        out.status.success(),
        "the CI step failed:\n{script}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn outreach_steps(scripts: impl IntoIterator<Item = String>) -> Vec<String> {
    scripts
        .into_iter()
        .filter(|s| s.contains("outreach ") && !s.contains("cargo "))
        .collect()
}

#[test]
fn the_github_workflow_checks_builds_at_the_pages_address_and_publishes_output() {
    let workflow = yaml(".github/workflows/site.yml");
    let on = &workflow["on"];
    assert!(
        on["push"]["branches"][0] == "main",
        "publishes on a push to main"
    );
    let paths: Vec<&str> = on["push"]["paths"]
        .as_sequence()
        .expect("push paths")
        .iter()
        .filter_map(|p| p.as_str())
        .collect();
    for p in [
        "content/**",
        "site.yaml",
        "themes/**",
        "static/**",
        "templates/**",
        "i18n/**",
        "types/**",
        "shortcodes.yaml",
    ] {
        assert!(
            paths.contains(&p),
            "a change to {p} does not start the workflow"
        );
    }
    let steps = workflow["jobs"]["build"]["steps"]
        .as_sequence()
        .expect("build steps");
    let runs = outreach_steps(
        steps
            .iter()
            .filter_map(|s| s["run"].as_str().map(str::to_string)),
    );
    assert!(
        runs.iter()
            .any(|r| r.contains("outreach check --format github")),
        "no `outreach check --format github` step: {runs:?}"
    );
    let upload = steps
        .iter()
        .find(|s| {
            s["uses"]
                .as_str()
                .is_some_and(|u| u.starts_with("actions/upload-pages-artifact"))
        })
        .expect("an upload-pages-artifact step");
    assert_eq!(upload["with"]["path"], "output");
    let publish = &workflow["jobs"]["publish"];
    assert_eq!(publish["needs"], "build");
    assert!(
        publish["steps"][0]["uses"]
            .as_str()
            .is_some_and(|u| u.starts_with("actions/deploy-pages"))
    );

    // The steps as written, with the address GitHub Pages would give.
    let site = example_copy();
    let base = "https://haugiang.github.io/outreach";
    let mut annotations = String::new();
    for script in &runs {
        annotations += &run_script(site.path(), script, &[("BASE_URL", base)]);
    }
    assert!(
        !annotations.contains("::error"),
        "the example site has problems:\n{annotations}"
    );
    let home = std::fs::read_to_string(site.path().join("output/en/index.html"))
        .expect("the build step wrote output/");
    assert!(
        home.contains(&format!("{base}/en/")),
        "not built at {base}/"
    );
    // GitHub project Pages publish under a path: the theme's files are under it too.
    assert!(
        home.contains("href=\"/outreach/style.css\""),
        "the stylesheet is not under /outreach/"
    );
    // The resized photos are kept between runs, from before the build, where it wrote them.
    let cache = steps
        .iter()
        .position(|s| {
            s["uses"]
                .as_str()
                .is_some_and(|u| u.starts_with("actions/cache"))
        })
        .expect("an actions/cache step");
    let build = steps
        .iter()
        .position(|s| s["name"] == "Build the site")
        .expect("the build step");
    assert!(cache < build, "the cache is restored after the build");
    let path = steps[cache]["with"]["path"].as_str().expect("a cache path");
    assert!(
        steps[cache]["with"]["restore-keys"].as_str().is_some(),
        "a changed photo would start from an empty cache"
    );
    assert_cache_holds_photos(&site.path().join(path));
}

/// `dir`, a folder a workflow keeps between runs, holds the photos the build resized.
fn assert_cache_holds_photos(dir: &Path) {
    let names: Vec<String> = std::fs::read_dir(dir.join("images"))
        .unwrap_or_else(|e| panic!("the build wrote no {}/images: {e}", dir.display()))
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names.iter().any(|n| n.ends_with(".webp")),
        "no resized photo in {}: {names:?}",
        dir.display()
    );
}

#[test]
fn the_gitlab_pipeline_checks_and_builds_into_public_at_the_pages_address() {
    let pipeline = yaml(".gitlab-ci.yml");
    let pages = &pipeline["pages"];
    assert_eq!(pages["artifacts"]["paths"][0], "public");
    assert_eq!(pages["needs"][0], "check");
    let script = |job: &serde_yaml::Value| -> Vec<String> {
        job["script"]
            .as_sequence()
            .expect("a script")
            .iter()
            .filter_map(|s| s.as_str().map(str::to_string))
            .collect()
    };
    let check = outreach_steps(script(&pipeline["check"]));
    assert!(check.iter().any(|s| s.contains("outreach check")));
    let build = outreach_steps(script(pages));
    assert!(build.iter().any(|s| s.contains("--output public")));

    let site = example_copy();
    let base = "https://haugiang.gitlab.io/outreach";
    for s in check.iter().chain(&build) {
        run_script(site.path(), s, &[("CI_PAGES_URL", base)]);
    }
    let feed = std::fs::read_to_string(site.path().join("public/en/news/atom.xml"))
        .expect("the pages job wrote public/");
    assert!(
        feed.contains(&format!("{base}/en/news/")),
        "not built at {base}/"
    );
    let home = std::fs::read_to_string(site.path().join("public/en/index.html"))
        .expect("the pages job wrote public/");
    assert!(
        home.contains("href=\"/outreach/style.css\""),
        "the stylesheet is not under /outreach/"
    );
    // The resized photos are kept between pipelines.
    let kept: Vec<&str> = pipeline["cache"]["paths"]
        .as_sequence()
        .expect("cache paths")
        .iter()
        .filter_map(|p| p.as_str())
        .collect();
    let photos = kept
        .iter()
        .find(|p| p.starts_with(".outreach-cache"))
        .unwrap_or_else(|| panic!("the pipeline does not keep .outreach-cache: {kept:?}"));
    assert_cache_holds_photos(&site.path().join(photos));
}
