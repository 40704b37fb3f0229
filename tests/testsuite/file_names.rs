//! Content files named the way people and their tools really name them: a translation
//! with a typo in its name is pointed at the original it was meant for, and a page saved
//! as `x.MD`, `x.md.txt` (Notepad, extensions hidden), `x.markdown` or with its language
//! in the wrong place (`x.md.en`, `x.eng.md`) is read as that page, with a warning giving
//! its right name. None of them is ever published as a raw file.

use crate::harness::{Run, Site};

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
    run.only_error_at(added, 0, 0).says(says).helps(help);
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

/// A page titled `title`.
fn page(title: &str) -> String {
    format!("---\ntitle: {title}\n---\nNội dung của {title}.\n")
}

/// Every file of the output whose name ends like a source file: none may be there.
fn raw_sources(run: &Run) -> Vec<String> {
    run.files()
        .into_keys()
        .filter(|p| {
            let lower = p.to_lowercase();
            [".md", ".txt", ".markdown", ".mdown", ".en", ".old"]
                .iter()
                .any(|ext| lower.ends_with(ext) && !lower.ends_with("robots.txt"))
        })
        .collect()
}

#[test]
fn pages_saved_under_other_names_are_read_as_pages_with_a_warning_naming_the_right_file() {
    // Symptom: `gioi-thieu.md.en`, `x.MD` and `x.md.txt` were copied into output/ as they
    // are — front matter and all — and the page itself was missing.
    let cases: &[(&str, &str, &str, &str)] = &[
        // (file written, its right name, why, the page it makes)
        (
            "content/a.MD",
            "a.md",
            "its extension `.MD` is written in capitals",
            "a/index.html",
        ),
        (
            "content/b.Md",
            "b.md",
            "its extension `.Md` is written in capitals",
            "b/index.html",
        ),
        (
            "content/c.md.txt",
            "c.md",
            "it ends in `.txt`, which Notepad adds when file name extensions are hidden",
            "c/index.html",
        ),
        (
            "content/d.markdown",
            "d.md",
            "`.markdown` is another program's extension for Markdown",
            "d/index.html",
        ),
        (
            "content/e.mdown",
            "e.md",
            "`.mdown` is another program's extension for Markdown",
            "e/index.html",
        ),
        (
            "content/gioi-thieu.md.en",
            "gioi-thieu.en.md",
            "the language `en` goes before `.md`, not after it",
            "en/gioi-thieu/index.html",
        ),
        (
            "content/g.en.markdown",
            "g.en.md",
            "`.markdown` is another program's extension for Markdown",
            "en/g/index.html",
        ),
        (
            "content/h.eng.md",
            "h.en.md",
            "the language is written `en` (as in site.yaml), not `eng`",
            "en/h/index.html",
        ),
        (
            "content/i.vn.md",
            "i.md",
            "the language is written `vi` (as in site.yaml), not `vn`",
            "i/index.html",
        ),
    ];
    let mut files: Vec<(String, String)> = Vec::new();
    for (file, right, _, _) in cases {
        let stem = right.split('.').next().expect("a stem");
        if right.contains(".en.") {
            files.push((file.to_string(), page(&format!("English {stem}"))));
            // Each translation gets its original.
            files.push((format!("content/{stem}.md"), page(&format!("Trang {stem}"))));
        } else {
            files.push((file.to_string(), page(&format!("Trang {stem}"))));
        }
    }
    let borrowed: Vec<(&str, &str)> = files
        .iter()
        .map(|(p, t)| (p.as_str(), t.as_str()))
        .collect();
    let run = Site::minimal_with(&borrowed).build(&[]).success();

    let mut expected: Vec<String> = cases
        .iter()
        .map(|(file, ..)| format!("warning {file}:0:0"))
        .collect();
    expected.sort();
    assert_eq!(run.places(), expected, "{}", run.stderr);
    for (file, right, why, output) in cases {
        let what = if right.contains(".en.") {
            "the English translation"
        } else {
            "the Tiếng Việt page"
        };
        run.warning_at(file, 0, 0)
            .says(&format!(
                "this file is read as {what}, but its name should be `{right}`: {why}"
            ))
            .helps(&format!("rename the file to `{right}`"));
        assert!(run.has(output), "{file} did not make {output}");
    }
    run.warning_at("content/c.md.txt", 0, 0)
        .helps("in File Explorer, first turn on View → Show → File name extensions");
    assert_eq!(raw_sources(&run), Vec::<String>::new());
    // The English page is the translation's, under the original's address.
    assert!(
        run.read("en/gioi-thieu/index.html")
            .contains("English gioi-thieu")
    );
}

#[test]
fn a_markdown_file_with_another_suffix_is_left_out_with_a_warning() {
    // Symptom: `lien-he.md.old`, an author's backup copy, was published as it is.
    let run = Site::minimal_with(&[LIEN_HE, ("content/lien-he.md.old", &page("Cũ"))])
        .build(&[])
        .success();
    run.only_warning_at("content/lien-he.md.old", 0, 0)
        .says("this file is left out of the site: its name ends in `.old` after the Markdown extension")
        .helps("if it is a page, rename it to `lien-he.md`; if it is an old copy, move it out of `content/`");
    assert_eq!(raw_sources(&run), Vec::<String>::new());
    assert!(run.has("lien-he/index.html"));
}

#[test]
fn a_language_after_the_extension_that_site_yaml_does_not_declare_is_an_error() {
    let site = Site::minimal_with(&[LIEN_HE]);
    let run =
        site.build_failing_after(|site| site.write("content/lien-he.md.fr", &page("Contact")));
    run.only_error_at("content/lien-he.md.fr", 0, 0).says(
        "the file name says its language is `fr`, but site.yaml does not declare that language",
    );
}

#[test]
fn a_misnamed_copy_beside_the_page_is_one_error_naming_both() {
    // `x.md` and `x.MD` can both exist on Linux: both are the Vietnamese page.
    let site = Site::minimal_with(&[LIEN_HE]);
    let run = site.build_failing_after(|site| site.write("content/lien-he.MD", &page("Bản sao")));
    let places = run.places();
    assert_eq!(places.len(), 2, "{}", run.stderr);
    assert!(
        places.contains(&"warning content/lien-he.MD:0:0".to_string()),
        "{places:?}"
    );
    let error = run
        .diagnostics()
        .into_iter()
        .find(|d| d.severity == "error")
        .expect("an error");
    assert!(
        error
            .message
            .contains("are both the Tiếng Việt version of the same page"),
        "{}",
        run.stderr
    );
}
