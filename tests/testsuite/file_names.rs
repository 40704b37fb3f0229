//! Content files named the way people and their tools really name them: a translation
//! with a typo in its name is pointed at the original it was meant for.

use crate::harness::Site;

const LIEN_HE: (&str, &str) = (
    "content/lien-he.md",
    "---\ntitle: Liên hệ\n---\nSở Ngoại vụ tỉnh Hậu Giang.\n",
);

const CONTACT: &str = "---\ntitle: Contact\n---\nThe Department of Foreign Affairs.\n";

/// Adds the translation `added` to a site with `existing` files: the build fails with
/// one error, at the file, with `says` and `help`, and output/ is left as it was.
#[track_caller]
fn orphan(existing: &[(&str, &str)], added: &str, says: &str, help: &str) {
    let site = Site::minimal_with(existing);
    let run = site.build_failing_after(|site| site.write(added, CONTACT));
    assert_eq!(
        run.places(),
        [format!("error {added}:0:0")],
        "{}",
        run.stderr
    );
    run.error_at(added, 0, 0).says(says).helps(help);
}

#[test]
fn a_translation_with_a_typo_in_its_name_suggests_the_original_it_was_meant_for() {
    // Symptom: "create `content/lien-hee.md`", though `content/lien-he.md` is there.
    orphan(
        &[LIEN_HE],
        "content/lien-hee.en.md",
        "this is a translation, but there is no Tiếng Việt file `content/lien-hee.md` for it to translate",
        "did you mean `content/lien-he.md`? Rename this file to `content/lien-he.en.md` to make it that page's English translation",
    );
}

#[test]
fn the_original_is_found_whatever_the_diacritics_in_its_name() {
    orphan(
        &[(
            "content/dau-tu/khu-nông-nghiệp.md",
            "---\ntitle: Khu nông nghiệp\n---\nNội dung.\n",
        )],
        "content/dau-tu/khu-nong-nghiep.en.md",
        "no Tiếng Việt file `content/dau-tu/khu-nong-nghiep.md`",
        "did you mean `content/dau-tu/khu-nông-nghiệp.md`? Rename this file to `content/dau-tu/khu-nông-nghiệp.en.md`",
    );
}

#[test]
fn a_translation_in_the_wrong_folder_is_told_where_its_original_is() {
    orphan(
        &[LIEN_HE],
        "content/doi-tac/lien-he.en.md",
        "no Tiếng Việt file `content/doi-tac/lien-he.md`",
        "did you mean `content/lien-he.md`? Move this file to `content/lien-he.en.md`",
    );
}

#[test]
fn a_near_original_that_has_its_translation_already_is_not_offered_as_a_rename() {
    orphan(
        &[LIEN_HE, ("content/lien-he.en.md", CONTACT)],
        "content/lien-hee.en.md",
        "no Tiếng Việt file `content/lien-hee.md`",
        "the Tiếng Việt file nearest in name, `content/lien-he.md`, already has its English translation `content/lien-he.en.md`: if this file is a copy, delete it; if it translates another page, create `content/lien-hee.md`",
    );
}

#[test]
fn a_translation_far_from_every_original_is_told_to_create_it() {
    orphan(
        &[LIEN_HE],
        "content/bao-chi.en.md",
        "no Tiếng Việt file `content/bao-chi.md`",
        "create `content/bao-chi.md` (the Tiếng Việt original), or rename this file to it",
    );
}
