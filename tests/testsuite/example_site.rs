//! The repository's own example site (the Hậu Giang province site in `site.yaml` and
//! `content/`) builds cleanly, is bilingual, has no dead internal links, and builds to
//! the same bytes every time.

use crate::harness::{Run, attribute_values, file_for_url, repo_root, run_outreach, tree};

/// Builds the example site from the repository root into a temporary folder.
fn build_example(out: &tempfile::TempDir) -> Run {
    let output = out.path().join("site");
    let root = repo_root().to_str().expect("UTF-8 repository path");
    let output_arg = output.to_str().expect("UTF-8 temp path").to_string();
    run_outreach(
        repo_root(),
        &["build", "--root", root, "--output", &output_arg],
        output,
    )
    .success()
}

#[test]
fn example_site_builds_both_languages_with_no_dead_internal_links() {
    let out = tempfile::tempdir().expect("temp dir");
    let run = build_example(&out);
    let pages = run.html_files();

    let english = pages
        .keys()
        .filter(|p| p.starts_with("en/") && p.ends_with("index.html"))
        .count();
    let vietnamese = pages
        .keys()
        .filter(|p| !p.starts_with("en/") && p.ends_with("index.html"))
        .count();
    assert!(vietnamese >= 10, "only {vietnamese} Vietnamese pages");
    assert!(english >= 10, "only {english} English pages");

    let mut dead = Vec::new();
    let mut checked = 0;
    for (page, html) in &pages {
        for url in attribute_values(html, "href")
            .into_iter()
            .chain(attribute_values(html, "src"))
        {
            // Site paths only: not `//host/…`, `https://…`, `#top` or `mailto:`.
            if !url.starts_with('/') || url.starts_with("//") {
                continue;
            }
            checked += 1;
            if !run.has(&file_for_url(&url)) {
                dead.push(format!("{page}: {url}"));
            }
        }
    }
    assert!(checked > 100, "only {checked} internal links found");
    assert!(
        dead.is_empty(),
        "{} dead internal links:\n{}",
        dead.len(),
        dead.join("\n")
    );
}

#[test]
fn example_site_builds_to_the_same_bytes_every_time() {
    let (a, b) = (
        tempfile::tempdir().expect("temp dir"),
        tempfile::tempdir().expect("temp dir"),
    );
    let first = tree(&build_example(&a).output);
    let second = tree(&build_example(&b).output);
    assert_eq!(
        first.keys().collect::<Vec<_>>(),
        second.keys().collect::<Vec<_>>()
    );
    for (path, bytes) in &first {
        assert!(
            &second[path] == bytes,
            "`{path}` differs between two builds"
        );
    }
}
