//! The same input builds to the same bytes: whatever the number of threads, whether the
//! build starts from nothing or rebuilds over its previous output, and whatever the
//! files' modification times — no timestamps, no hash-map ordering in the output.
//!
//! Every test builds the repository's example site (the largest site the suite has) and
//! compares the output folders by the hash of every file. Two fresh builds into separate
//! folders are compared in `example_site.rs`.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, SystemTime};

use crate::harness::{Site, copy_tree, repo_root};
use crate::manifest::Manifest;

/// A copy of the example site (site.yaml, content/, static/, themes/), so tests can change
/// it without touching the repository.
fn example_site_copy() -> Site {
    let site = Site::empty();
    for dir in ["content", "static", "themes"] {
        copy_tree(&repo_root().join(dir), &site.path(dir));
    }
    std::fs::copy(repo_root().join("site.yaml"), site.path("site.yaml")).expect("copy site.yaml");
    site
}

/// Builds the site at `root` into `output` with `RAYON_NUM_THREADS=threads` (or rayon's
/// default), asserting success; returns the output's manifest.
fn build_with_threads(root: &Path, output: &Path, threads: Option<usize>) -> Manifest {
    let mut command = Command::new(env!("CARGO_BIN_EXE_outreach"));
    command
        .arg("build")
        .arg("--root")
        .arg(root)
        .arg("--output")
        .arg(output)
        .env_remove("RUST_BACKTRACE")
        .env_remove("RAYON_NUM_THREADS");
    if let Some(n) = threads {
        command.env("RAYON_NUM_THREADS", n.to_string());
    }
    let out = command.output().expect("run outreach");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(out.status.code(), Some(0), "the build failed:\n{stderr}");
    let manifest = Manifest::of(output);
    assert!(
        manifest.len() > 100,
        "only {} files in {}",
        manifest.len(),
        output.display()
    );
    manifest
}

#[test]
fn one_thread_and_two_threads_build_the_same_bytes() {
    let out = tempfile::tempdir().expect("temp dir");
    let one = build_with_threads(repo_root(), &out.path().join("one"), Some(1));
    let two = build_with_threads(repo_root(), &out.path().join("two"), Some(2));
    one.assert_same(&two, "RAYON_NUM_THREADS=1 and =2 built different sites");
}

#[test]
fn rebuilding_over_the_previous_output_writes_the_same_bytes() {
    // The second build hard-links every unchanged file from the first: the result must
    // still be exactly a fresh build.
    let out = tempfile::tempdir().expect("temp dir");
    let output = out.path().join("site");
    let first = build_with_threads(repo_root(), &output, None);
    let second = build_with_threads(repo_root(), &output, None);
    first.assert_same(&second, "a rebuild of the same input changed the output");
    let fresh = build_with_threads(repo_root(), &out.path().join("fresh"), None);
    fresh.assert_same(
        &second,
        "a rebuild differs from a build into an empty folder",
    );
}

/// Sets the modification time of every file under `dir`.
fn set_file_times(dir: &Path, time: SystemTime) {
    for entry in std::fs::read_dir(dir).expect("read a folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            set_file_times(&path, time);
        } else {
            std::fs::File::options()
                .write(true)
                .open(&path)
                .and_then(|f| f.set_modified(time))
                .unwrap_or_else(|e| panic!("set the time of {}: {e}", path.display()));
        }
    }
}

#[test]
fn file_modification_times_do_not_reach_the_output() {
    // Symptom this guards against: `updated` dates, feed timestamps or sitemap `lastmod`
    // taken from the file system, so a fresh checkout publishes a different site.
    let site = example_site_copy();
    let out = tempfile::tempdir().expect("temp dir");
    let old = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000_000); // 2001-09-09
    let new = SystemTime::UNIX_EPOCH + Duration::from_secs(2_000_000_000); // 2033-05-18

    set_file_times(site.root(), old);
    let built_old = build_with_threads(site.root(), &out.path().join("old"), None);
    set_file_times(site.root(), new);
    let built_new = build_with_threads(site.root(), &out.path().join("new"), None);
    built_old.assert_same(&built_new, "the same files with other modification times");

    // And the copy is the example site: its output is the repository's build.
    let repo = build_with_threads(repo_root(), &out.path().join("repo"), None);
    repo.assert_same(&built_new, "the copied example site builds differently");
}
