//! A failed build leaves the last good site in place: after a successful build, breaking
//! a file and building again must exit 1 and leave every byte of `output/` as it was,
//! with no half-written staging folder beside it.

use crate::harness::{Site, tree};

fn assert_output_unchanged_after(break_site: impl FnOnce(&Site)) {
    let site = Site::fixture("build_output/bilingual");
    let good = site.build(&[]).success();
    let before = tree(&good.output);
    assert!(before.contains_key("dau-tu/hau-giang/index.html"));
    let siblings_before = entries(site.root());

    break_site(&site);
    let failed = site.build(&[]).exit_code(1);
    assert!(
        failed.stderr.contains("output folder was not changed"),
        "{}",
        failed.stderr
    );

    let after = tree(&failed.output);
    assert_eq!(
        before.keys().collect::<Vec<_>>(),
        after.keys().collect::<Vec<_>>(),
        "the failed build added or removed output files"
    );
    for (path, bytes) in &before {
        assert!(&after[path] == bytes, "the failed build changed `{path}`");
    }
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
