//! Blame the file the author changed: a problem a page causes — a slug another page
//! already has — is reported once, at the line of that page that causes it, and the
//! other party is named in a note.

use crate::harness::Site;

#[test]
fn a_slug_another_page_has_is_reported_at_that_slug_once_for_every_language() {
    // Symptom: two errors, both at line 1 of `khu-cong-nghiep.md`, whose address has
    // always been its file name; the page that took it was only named.
    let owner = "content/dau-tu/khu-cong-nghiep.md";
    for taker in ["content/dau-tu/khu-a.md", "content/dau-tu/zz.md"] {
        let site = Site::minimal_with(&[(owner, "---\ntitle: Khu công nghiệp\n---\nx\n")]);
        let run = site.build_failing_after(|site| {
            site.write(taker, "---\ntitle: Khu A\nslug: khu-cong-nghiep\n---\nx\n")
        });
        let error = run.only_error_at(taker, 3, 7);
        error
            .says(&format!("this page and `{owner}` both want the address `/dau-tu/khu-cong-nghiep/` (and `/en/investment/khu-cong-nghiep/` in English)"))
            .quotes("slug: khu-cong-nghiep")
            .helps("change this `slug:` so that the page has an address of its own");
        error.notes(&format!("`{owner}` has it from its file name"));
    }
}

#[test]
fn a_translation_with_a_slug_copied_from_another_is_the_one_blamed() {
    // Both set `slug: high-tech-zone`; it is the title of only one of them.
    let site = Site::minimal_with(&[
        ("content/dau-tu/khu.md", "---\ntitle: Khu\n---\nx\n"),
        (
            "content/dau-tu/khu.en.md",
            "---\ntitle: High-tech zone\nslug: high-tech-zone\n---\nx\n",
        ),
        ("content/dau-tu/cang.md", "---\ntitle: Cảng\n---\nx\n"),
        (
            "content/dau-tu/cang.en.md",
            "---\ntitle: River port\nslug: river-port\n---\nx\n",
        ),
    ]);
    let copy = "content/dau-tu/cang.en.md";
    let run = site.build_failing_after(|site| {
        site.write(
            copy,
            "---\ntitle: River port\nslug: high-tech-zone\n---\nx\n",
        )
    });
    let error = run.only_error_at(copy, 3, 7);
    error.says("this English page and `content/dau-tu/khu.en.md` both want the address `/en/investment/high-tech-zone/`");
    error.notes("`content/dau-tu/khu.en.md:3:7` asks for it with `slug: high-tech-zone`");
}

#[test]
fn of_two_file_names_that_make_one_address_the_one_not_written_as_an_address_is_blamed() {
    let site = Site::minimal_with(&[(
        "content/dau-tu/khu-cong-nghiep.md",
        "---\ntitle: Khu công nghiệp\n---\nx\n",
    )]);
    let run = site.build_failing_after(|site| {
        site.write(
            "content/dau-tu/Khu Cong Nghiep.md",
            "---\ntitle: Bản cũ\n---\nx\n",
        )
    });
    run.only_error_at("content/dau-tu/Khu Cong Nghiep.md", 0, 0)
        .says("this page and `content/dau-tu/khu-cong-nghiep.md` both want the address `/dau-tu/khu-cong-nghiep/`")
        .helps("rename this file, or give the page a `slug:` of its own");
}
