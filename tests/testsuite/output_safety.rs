//! outreach deletes only what it created. The output folder carries a marker file; a
//! non-empty folder without it is refused, and so is `--output` at the site's own folder,
//! `content/`, `themes/`, a folder above the site, `/` or the home folder, a dangling
//! link or a file — each with exit code 2, a message naming the folder, and every file
//! left where it was, before the build reads any content.
//!
//! To test each location rule on its own, the refused folders are given the marker first:
//! only the location rule can then refuse them.

use std::fs;
use std::path::Path;
use std::process::Command;

use crate::harness::{Site, copy_tree, repo_root, run_outreach};
use crate::manifest::Manifest;

/// The marker file, as the README documents it.
const MARKER: &str = ".outreach-output";

/// The bilingual fixture with the marker planted in the site folder and its sources.
fn site_with_planted_markers() -> Site {
    let site = Site::fixture("build_output/bilingual");
    for dir in ["", "content/", "themes/", "themes/default/"] {
        site.write(&format!("{dir}{MARKER}"), "planted by the test\n");
    }
    site
}

/// Runs `build --output OUTPUT` and asserts it is refused with exit code 2, a message
/// naming `shown`, and no file of the site changed, added or removed.
#[track_caller]
fn assert_refused(site: &Site, output: &str, shown: &Path) {
    let before = Manifest::of(site.root());
    let run = site.build(&["--output", output]).exit_code(2);
    assert!(
        run.stderr.contains("refusing to write the site into")
            && run.stderr.contains(&format!("`{}`", shown.display())),
        "--output {output}: the message does not refuse `{}`:\n{}",
        shown.display(),
        run.stderr
    );
    before.assert_same(
        &Manifest::of(site.root()),
        &format!("--output {output} changed the site's files"),
    );
}

#[test]
fn a_built_output_folder_carries_the_marker() {
    let run = Site::fixture("build_output/bilingual").build(&[]).success();
    assert!(run.has(MARKER), "no `{MARKER}` in output/");
}

#[test]
fn non_empty_folder_without_the_marker_is_refused() {
    let site = Site::fixture("build_output/bilingual");
    site.write("output/ghi-chu.txt", "an editor's notes");
    site.write("output/anh/logo.png", "not a png");
    let before = Manifest::of(&site.path("output"));
    let run = site.build(&[]).exit_code(2);
    assert!(run.stderr.contains(MARKER), "{}", run.stderr);
    assert!(
        run.stderr.contains("--output"),
        "no hint of --output:\n{}",
        run.stderr
    );
    before.assert_same(&Manifest::of(&site.path("output")), "the refused folder");
    assert!(!site.path(".output.staging").exists());
}

#[test]
fn empty_folder_without_the_marker_is_used() {
    // Nothing in it can be lost, so a folder made beforehand (by a deploy script) is fine.
    let site = Site::fixture("build_output/bilingual");
    fs::create_dir(site.path("public")).expect("create public/");
    let run = site.build(&["--output", "public"]).success();
    assert!(run.has("index.html") && run.has(MARKER));
}

#[test]
fn output_that_is_a_file_is_refused() {
    let site = Site::fixture("build_output/bilingual");
    site.write("output", "a file where the folder would be");
    site.build(&[]).exit_code(2);
    assert_eq!(
        fs::read_to_string(site.path("output")).expect("the file"),
        "a file where the folder would be"
    );
}

#[test]
fn output_at_the_site_root_is_refused() {
    let site = site_with_planted_markers();
    assert_refused(&site, ".", site.root());
    let root = site.root().to_str().expect("UTF-8 temp path").to_string();
    assert_refused(&site, &root, site.root());
}

#[test]
fn output_in_or_at_content_or_themes_is_refused() {
    let site = site_with_planted_markers();
    for (output, shown) in [
        ("content", "content"),
        ("content/", "content"),
        ("./content/../content", "content"),
        ("content/dau-tu", "content/dau-tu"),
        ("themes", "themes"),
        ("themes/default", "themes/default"),
        ("themes/default/static", "themes/default/static"),
    ] {
        assert_refused(&site, output, &site.path(shown));
    }
}

#[test]
fn output_above_the_site_is_refused() {
    // The site in `outer/site/`, the marker planted in `outer/`: a regression could only
    // ever replace the test's own folder.
    let outer = Site::empty();
    let root = outer.path("site");
    copy_tree(
        &repo_root().join("tests/fixtures/build_output/bilingual"),
        &root,
    );
    copy_tree(
        &repo_root().join("themes/default"),
        &root.join("themes/default"),
    );
    outer.write(MARKER, "planted by the test\n");
    let before = Manifest::of(outer.root());
    let run = run_outreach(
        &root,
        &["build", "--output", ".."],
        outer.root().to_path_buf(),
    )
    .exit_code(2);
    assert!(
        run.stderr.contains("refusing to write the site into")
            && run
                .stderr
                .contains(&format!("`{}`", outer.root().display())),
        "{}",
        run.stderr
    );
    before.assert_same(&Manifest::of(outer.root()), "--output .. changed files");
}

#[test]
fn output_through_a_link_to_content_is_refused() {
    let site = site_with_planted_markers();
    std::os::unix::fs::symlink(site.path("content"), site.path("public"))
        .expect("link public -> content");
    assert_refused(&site, "public", &site.path("content"));
}

#[test]
fn output_at_the_file_system_root_is_refused() {
    // Without a marker in `/`, the marker rule alone would refuse it too: the build can
    // never reach it, whichever rule broke.
    assert!(!Path::new("/").join(MARKER).exists(), "`/` has a marker");
    let site = Site::fixture("build_output/bilingual");
    assert_refused(&site, "/", Path::new("/"));
}

/// Runs `outreach build --output OUTPUT` in `site` with `HOME` set to `home` (the
/// harness's runner does not set variables), expecting a refusal; returns stderr.
fn refused_with_home(site: &Site, home: &Path, output: &Path) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_outreach"))
        .arg("build")
        .arg("--output")
        .arg(output)
        .current_dir(site.root())
        .env("HOME", home)
        .env_remove("RUST_BACKTRACE")
        .output()
        .expect("run outreach");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(out.status.code(), Some(2), "expected a refusal:\n{stderr}");
    stderr
}

#[test]
fn output_at_the_home_folder_is_refused() {
    let site = Site::fixture("build_output/bilingual");
    site.write(&format!("home/{MARKER}"), "planted by the test\n");
    site.write("home/.bashrc", "# the user's\n");
    let home = site.path("home");
    let before = Manifest::of(&home);
    let stderr = refused_with_home(&site, &home, &home);
    assert!(
        stderr.contains(&format!("`{}`", home.display())),
        "{stderr}"
    );
    before.assert_same(&Manifest::of(&home), "the home folder");
}

#[test]
fn output_at_the_home_folder_reached_through_a_link_is_refused() {
    // Symptom: with HOME=/…/home-link (a link to /…/home, as /home → /data/home on some
    // servers), `--output $HOME` built into the home folder and deleted its files; only
    // the marker rule stood in the way, and a marker there switched it off.
    let site = Site::fixture("build_output/bilingual");
    site.write(&format!("home/{MARKER}"), "planted by the test\n");
    site.write("home/.bashrc", "# the user's\n");
    let link = site.path("home-link");
    std::os::unix::fs::symlink(site.path("home"), &link).expect("link to home");
    let before = Manifest::of(&site.path("home"));
    refused_with_home(&site, &link, &link);
    before.assert_same(&Manifest::of(&site.path("home")), "the home folder");
}

/// A page whose front matter is broken: a build that reads the content fails with exit
/// 1 and reports it before it writes anything, so a refusal with exit 2 and no such
/// report shows the output was checked before the content was read.
const BROKEN_PAGE: (&str, &str) = (
    "content/dau-tu/hong.md",
    "---\ntitle: [Trang hỏng\n---\nNội dung.\n",
);

/// Runs `build --output OUTPUT` on a site with [`BROKEN_PAGE`], expecting it refused
/// before the content is read: exit code 2, exactly `message` and `help` on stderr, and
/// nothing in the site changed, added or removed.
#[track_caller]
fn assert_refused_before_any_work(site: &Site, output: &str, message: &str, help: &str) {
    let before = Manifest::of(site.root());
    let run = site.build(&["--output", output]).exit_code(2);
    assert_eq!(
        run.stderr,
        format!("error: {message}\nhelp: {help}\n"),
        "--output {output}"
    );
    before.assert_same(
        &Manifest::of(site.root()),
        &format!("--output {output} changed the site's files"),
    );
}

#[test]
fn a_dangling_output_link_is_refused_before_any_work() {
    // Symptom: the whole site was built, then the build failed with "Not a directory
    // (os error 20)".
    let site = Site::minimal_with(&[BROKEN_PAGE]);
    std::os::unix::fs::symlink("khong-co-thu-muc", site.path("public")).expect("link public");
    assert_refused_before_any_work(
        &site,
        "public",
        &format!(
            "the output `{}` is a symbolic link to `khong-co-thu-muc`, which does not exist [E0839]",
            site.path("public").display()
        ),
        "create the folder it points to, remove the link, or choose another folder with `--output`",
    );
    assert!(
        fs::symlink_metadata(site.path("public")).is_ok_and(|m| m.is_symlink()),
        "the link is gone"
    );
    // The link works once its folder exists.
    fs::create_dir(site.path("khong-co-thu-muc")).expect("create the folder");
    site.write(BROKEN_PAGE.0, "---\ntitle: Đã sửa\n---\nNội dung.\n");
    let run = site.build(&["--output", "public"]).success();
    assert!(run.has("dau-tu/hong/index.html") && run.has(MARKER));
    assert!(site.path("khong-co-thu-muc").join(MARKER).is_file());
}

#[test]
fn an_output_that_is_a_file_or_under_one_is_refused_before_any_work() {
    let site = Site::minimal_with(&[BROKEN_PAGE, ("ghi-chu.txt", "an editor's notes\n")]);
    assert_refused_before_any_work(
        &site,
        "ghi-chu.txt",
        &format!(
            "the output `{}` is a file, not a folder [E0840]",
            site.path("ghi-chu.txt").display()
        ),
        "move the file elsewhere, or choose another folder with `--output`",
    );
    assert_refused_before_any_work(
        &site,
        "ghi-chu.txt/public",
        &format!(
            "the folder above the output `{}` is a file, not a folder [E0840]",
            site.path("ghi-chu.txt").display()
        ),
        "move the file elsewhere, or choose another folder with `--output`",
    );
}

#[test]
fn a_foreign_output_folder_is_refused_before_any_work() {
    // Symptom: the content was read and checked first, so a site with a mistake in it
    // reported that (exit 1) and said nothing of the folder it could never write.
    let site = Site::minimal_with(&[
        BROKEN_PAGE,
        ("public/index.html", "<p>someone's site</p>\n"),
    ]);
    assert_refused_before_any_work(
        &site,
        "public",
        &format!(
            "the output folder `{}` has files that outreach did not write (it has no `{MARKER}` marker), so the build will not replace it [E0838]",
            site.path("public").display()
        ),
        "move those files elsewhere, or choose another folder with `--output`",
    );
}
