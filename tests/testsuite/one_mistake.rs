//! One mistake, one error: a page that cannot be read (saved as UTF-16 or Windows-1258,
//! a tab in its front matter) is reported once, at its own place. The pages that link to
//! it, embed its card or translate it say nothing of their own about it.

use crate::harness::Site;
use crate::hostile::build_failing;

const BROKEN: &str = "content/dau-tu/du-an.md";

const PROJECT: &str = "---\ntitle: Dự án\ndescription: Một dự án.\nsector: agriculture\ndistrict: vi-thanh\nstatus: calling\n---\nNội dung.\n";

/// A site whose home pages, in both languages, link to the project and show its card,
/// and whose project has an English translation.
fn site_depending_on_the_project() -> Site {
    let home = |title: &str| {
        format!(
            "---\ntitle: {title}\n---\nXem [dự án](@/dau-tu/du-an.md).\n\n{{{{ project_card(path=\"@/dau-tu/du-an.md\") }}}}\n"
        )
    };
    Site::minimal_with(&[
        ("content/_index.md", &home("Trang chủ")),
        ("content/_index.en.md", &home("Home")),
        (
            "content/dau-tu/_index.md",
            "---\ntitle: Dự án\npage_type: project\n---\nCác dự án: [một](@/dau-tu/du-an.md).\n",
        ),
        (BROKEN, PROJECT),
        (
            "content/dau-tu/du-an.en.md",
            "---\ntitle: Project\ndescription: A project.\n---\nText.\n",
        ),
    ])
}

/// Builds and checks: each reports exactly `place` and nothing else.
#[track_caller]
fn only_error(site: &Site, place: &str, says: &str) {
    let run = build_failing(site, &[BROKEN]);
    assert_eq!(run.error_places(), [place], "{}", run.stderr);
    assert!(run.stderr.contains(says), "{}", run.stderr);
    let warnings = run
        .diagnostics()
        .iter()
        .filter(|d| d.severity == "warning")
        .count();
    assert_eq!(warnings, 0, "{}", run.stderr);
    let check = site.run(&["check"]).exit_code(1);
    assert_eq!(check.error_places(), [place], "{}", check.stderr);
}

#[test]
fn the_site_builds_before_the_mistake() {
    site_depending_on_the_project().build(&[]).success();
}

#[test]
fn a_page_saved_as_utf16_is_one_error_naming_the_encoding() {
    let site = site_depending_on_the_project();
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(PROJECT.encode_utf16().flat_map(u16::to_le_bytes));
    site.write_bytes(BROKEN, &bytes);
    only_error(
        &site,
        &format!("{BROKEN}:0:0"),
        "the file is saved as UTF-16, not UTF-8",
    );
    let run = site.build(&[]);
    run.error_at(BROKEN, 0, 0)
        .helps("set the encoding to UTF-8");

    // Without a byte-order mark too.
    let bytes: Vec<u8> = PROJECT.encode_utf16().flat_map(u16::to_le_bytes).collect();
    site.write_bytes(BROKEN, &bytes);
    only_error(
        &site,
        &format!("{BROKEN}:0:0"),
        "the file is saved as UTF-16, not UTF-8",
    );
}

#[test]
fn a_page_saved_as_windows_1258_is_one_error_naming_the_encoding() {
    let site = site_depending_on_the_project();
    // "Tiêu đề" and "Nôi dung" in Windows-1258: ê is EA, đ is F0, a grave accent CC, ô F4.
    site.write_bytes(
        BROKEN,
        b"---\ntitle: Ti\xEAu \xF0\xEA\xCC\ndescription: x\nsector: agriculture\ndistrict: vi-thanh\nstatus: calling\n---\nN\xF4i dung.\n",
    );
    only_error(
        &site,
        &format!("{BROKEN}:0:0"),
        "the file is saved as Windows-1258 (a legacy Vietnamese encoding), not UTF-8",
    );
}

#[test]
fn a_tab_in_the_front_matter_is_one_error_at_its_line() {
    let site = site_depending_on_the_project();
    site.write(BROKEN, &PROJECT.replacen("sector:", "\tsector:", 1));
    only_error(&site, &format!("{BROKEN}:4:1"), "tab character");
}

#[test]
fn a_broken_at_link_is_one_error_in_check_too() {
    let site = site_depending_on_the_project();
    site.write(
        "content/dau-tu/_index.md",
        "---\ntitle: Dự án\npage_type: project\n---\nXem [một](@/dau-tu/khong-co.md) và [mục](@/dau-tu/du-an.md#khong-co).\n",
    );
    for command in ["build", "check"] {
        let run = site.run(&[command]).exit_code(1);
        assert_eq!(
            run.error_places(),
            [
                "content/dau-tu/_index.md:5:5",
                "content/dau-tu/_index.md:5:36"
            ],
            "{command}: {}",
            run.stderr
        );
    }
}
