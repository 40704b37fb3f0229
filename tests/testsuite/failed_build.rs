//! A failed build leaves the last good site in place: after a successful build, breaking
//! a file and building again must exit 1 and leave every byte of `output/` as it was,
//! with no half-written staging folder beside it.

use crate::harness::Site;

fn assert_output_unchanged_after(break_site: impl FnOnce(&Site)) {
    let site = Site::fixture("build_output/bilingual");
    let mut siblings_before = Vec::new();
    let failed = site.build_failing_after(|site| {
        siblings_before = entries(site.root());
        break_site(site);
    });
    assert!(failed.has("dau-tu/hau-giang/index.html"));
    assert!(
        failed.stderr.contains("output folder was not changed"),
        "{}",
        failed.stderr
    );
    assert_eq!(
        entries(site.root()),
        siblings_before,
        "the failed build left something beside output/"
    );
}

/// The names in a folder, hidden ones included (a staging folder is hidden).
fn entries(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("read folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn content_error_leaves_the_previous_output_untouched() {
    // Found while reading the content, before anything is rendered.
    assert_output_unchanged_after(|site| {
        site.write(
            "content/dau-tu/hau-giang.md",
            "---\ntitle: Hậu Giang: cơ hội đầu tư\n---\nĐã sửa.\n",
        );
    });
}

#[test]
fn render_error_leaves_the_previous_output_untouched() {
    // Found while rendering, after other pages were already written to staging.
    assert_output_unchanged_after(|site| {
        site.write(
            "content/dau-tu/hau-giang.md",
            "---\ntitle: Khu nông nghiệp Hậu Giang\ntemplate: nope.html\n---\nĐã sửa.\n",
        );
    });
}
