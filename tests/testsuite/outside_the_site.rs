//! Nothing from outside the site is ever read, copied or served: a symbolic link that
//! leads out of the site's folder (to `/etc/passwd`, to `/proc/self/environ`, to a folder
//! elsewhere) is an error naming the link and where it points; devices and named pipes
//! are never read; links that stay inside the site keep working. The same in `check`.

use std::os::unix::fs::symlink;
use std::path::Path;

use crate::harness::Site;
use crate::hostile::build_failing;

/// A folder beside the site (not inside it) holding a secret file.
fn outside_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::write(dir.path().join("secret.txt"), "SECRET-OUTSIDE-THE-SITE\n").expect("write");
    dir
}

fn link(site: &Site, target: &Path, at: &str) {
    let at = site.path(at);
    std::fs::create_dir_all(at.parent().expect("a parent")).expect("create the folder");
    // In place of the theme's own file, where there is one.
    let _ = std::fs::remove_file(&at);
    symlink(target, at).expect("create a link");
}

/// No published file holds the secret or the system files' text.
#[track_caller]
fn nothing_published_from_outside(site: &Site) {
    let output = site.path("output");
    if !output.exists() {
        return;
    }
    for (rel, bytes) in crate::harness::tree(&output) {
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            !text.contains("SECRET-OUTSIDE-THE-SITE") && !text.contains("root:x:0:0"),
            "{rel} was published from outside the site"
        );
    }
}

#[test]
fn a_link_to_a_system_file_is_an_error_naming_both() {
    let site = Site::minimal_with(&[]);
    link(&site, Path::new("/etc/passwd"), "content/passwd.txt");
    let run = build_failing(&site, &["content/passwd.txt"]);
    run.error_at("content/passwd.txt", 0, 0)
        .says("this is a symbolic link to `/etc/passwd`, outside the site's folder")
        .helps("copy the file or folder into the site instead of linking to it");
    assert_eq!(run.error_places().len(), 1, "{}", run.stderr);
    nothing_published_from_outside(&site);
}

#[test]
fn a_link_to_the_builds_environment_is_never_read() {
    let site = Site::minimal_with(&[]);
    link(
        &site,
        Path::new("/proc/self/environ"),
        "content/dau-tu/env.txt",
    );
    let run = build_failing(&site, &["content/dau-tu/env.txt"]);
    run.error_at("content/dau-tu/env.txt", 0, 0)
        .says("symbolic link to `/proc/self/environ` (that is `/proc/")
        .says("outside the site's folder");
}

#[test]
fn a_linked_folder_outside_the_site_is_not_walked() {
    let outside = outside_folder();
    let site = Site::minimal_with(&[]);
    link(&site, outside.path(), "content/doi-tac/ngoai");
    let run = build_failing(&site, &["content/doi-tac/ngoai"]);
    run.error_at("content/doi-tac/ngoai", 0, 0)
        .says(&format!("symbolic link to `{}`", outside.path().display()));
    // Only the link is reported: nothing inside the folder was looked at.
    assert_eq!(run.error_places().len(), 1, "{}", run.stderr);
}

#[test]
fn links_outside_in_static_templates_i18n_and_types_are_errors() {
    let outside = outside_folder();
    let secret = outside.path().join("secret.txt");
    let site = Site::minimal_with(&[]);
    link(&site, &secret, "static/secret.txt");
    link(&site, outside.path(), "static/thu-muc");
    link(&site, &secret, "templates/partials/secret.html");
    link(&site, &secret, "i18n/en.yaml");
    link(&site, &secret, "themes/default/types/secret.yaml");
    link(&site, &secret, "themes/default/shortcodes.yaml");
    let files = [
        "static/secret.txt",
        "static/thu-muc",
        "templates/partials/secret.html",
        "i18n/en.yaml",
        "themes/default/types/secret.yaml",
        "themes/default/shortcodes.yaml",
    ];
    for command in ["build", "check"] {
        let run = site.run(&[command]).exit_code(1);
        for file in files {
            run.error_at(file, 0, 0).says("outside the site's folder");
        }
        let places = run.error_places();
        assert!(
            places
                .iter()
                .all(|p| files.iter().any(|f| p == &format!("{f}:0:0"))),
            "`{command}` reported other errors:\n{}",
            run.stderr
        );
    }
    assert!(!site.path("output").exists());
}

#[test]
fn site_yaml_linked_from_outside_is_refused() {
    let outside = outside_folder();
    std::fs::write(
        outside.path().join("site.yaml"),
        std::fs::read_to_string(Site::minimal_with(&[]).path("site.yaml")).expect("site.yaml"),
    )
    .expect("write");
    let site = Site::minimal_with(&[]);
    std::fs::remove_file(site.path("site.yaml")).expect("remove");
    link(&site, &outside.path().join("site.yaml"), "site.yaml");
    let run = site.build(&[]).exit_code(1);
    run.error_at("site.yaml", 0, 0)
        .says("outside the site's folder");
}

#[test]
fn links_that_stay_inside_the_site_keep_working() {
    let site = Site::minimal_with(&[(
        "content/dau-tu/du-an/index.md",
        "---\ntitle: Dự án\n---\n![Bản đồ](ban-do.svg)\n",
    )]);
    site.write(
        "shared/ban-do.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    );
    site.write("shared/files/note.txt", "inside\n");
    // A relative link to a file elsewhere in the site, and one to a folder.
    symlink(
        "../../../shared/ban-do.svg",
        site.path("content/dau-tu/du-an/ban-do.svg"),
    )
    .expect("link");
    link(&site, Path::new("../shared/files"), "static/tai-lieu");
    let run = site.build(&[]).success();
    assert!(run.has("dau-tu/du-an/ban-do.svg"), "{}", run.stderr);
    assert_eq!(run.read("tai-lieu/note.txt"), "inside\n");
}

#[test]
fn a_link_to_nothing_is_an_error_naming_its_target() {
    let site = Site::minimal_with(&[]);
    link(&site, Path::new("khong-co.png"), "content/dau-tu/anh.png");
    let run = build_failing(&site, &["content/dau-tu/anh.png"]);
    run.error_at("content/dau-tu/anh.png", 0, 0)
        .says("this is a symbolic link to `khong-co.png`, which does not exist")
        .helps("remove the link");
}

#[test]
fn a_named_pipe_is_never_read() {
    let site = Site::minimal_with(&[]);
    let fifo = site.path("content/dau-tu/ong.md");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    // Reading a FIFO nobody writes to would block forever; the harness's time limit
    // turns that into a failure.
    let run = build_failing(&site, &["content/dau-tu/ong.md"]);
    run.error_at("content/dau-tu/ong.md", 0, 0)
        .says("this is a named pipe (FIFO), not a file: outreach never reads it");
}

#[test]
fn a_link_to_a_device_is_an_error() {
    let site = Site::minimal_with(&[]);
    link(&site, Path::new("/dev/zero"), "static/zero.bin");
    let run = build_failing(&site, &["static/zero.bin"]);
    run.error_at("static/zero.bin", 0, 0)
        .says("symbolic link to `/dev/zero`, outside the site's folder");
}
