//! URL slugs: from file names and `slug:` fields, Vietnamese letters transliterated
//! (`Đồng Văn Thanh` → `dong-van-thanh`), English slugs under `/en/`, and the same site
//! whether its names are written in composed (NFC) or decomposed (NFD) Unicode. An
//! address the build needs for itself (the search page and its index) is an error at the
//! `path:` or `slug:` that asks for it.
//!
//! Fixture: `slugs/names`. The NFD site is written inline, since a committed NFD file
//! name may be recomposed by a checkout.

use crate::harness::{Site, links_to_language, tree};

#[test]
fn file_name_gives_the_slug_when_none_is_set() {
    let run = Site::fixture("slugs/names").build(&[]).success();
    assert!(run.has("hau-giang/index.html"));
    assert!(run.has("en/hau-giang/index.html"));
    assert!(
        run.read("en/hau-giang/index.html")
            .contains("About Hau Giang Province")
    );
}

#[test]
fn vietnamese_slugs_and_file_names_are_transliterated() {
    let run = Site::fixture("slugs/names").build(&[]).success();
    // `slug: "Đồng Văn Thanh"`, inherited by the English fallback.
    assert!(run.has("dau-tu/dong-van-thanh/index.html"));
    assert!(run.has("en/investment/dong-van-thanh/index.html"));
    // A file named `Đồng Văn Thanh.md`.
    assert!(run.has("doi-tac/dong-van-thanh/index.html"));
    for path in run.files().keys() {
        assert!(path.is_ascii(), "output path `{path}` is not ASCII");
        assert!(!path.contains(' '), "output path `{path}` has a space");
    }
}

#[test]
fn english_section_slug_places_it_under_en() {
    let run = Site::fixture("slugs/names").build(&[]).success();
    assert!(run.has("en/investment/index.html"));
    assert!(!run.has("en/dau-tu/index.html"));
    // Pages of the section follow it.
    assert!(run.has("en/investment/dong-van-thanh/index.html"));
    let switch = links_to_language(&run.read("dau-tu/index.html"), "en");
    assert!(
        switch.contains(&"/en/investment/".to_string()),
        "{switch:?}"
    );
}

/// "Hậu Giang", "Tỉnh Hậu Giang" and "Vị Thanh" in both normal forms.
const NFC_NAME: &str = "Hậu Giang";
const NFD_NAME: &str = "Ha\u{323}\u{302}u Giang";
const NFC_TITLE: &str = "Tỉnh Hậu Giang";
const NFD_TITLE: &str = "Ti\u{309}nh Ha\u{323}\u{302}u Giang";
const NFC_BODY: &str = "Tỉnh lỵ là Vị Thanh.";
const NFD_BODY: &str = "Ti\u{309}nh ly\u{323} la\u{300} Vi\u{323} Thanh.";

fn site_named(name: &str, title: &str, body: &str) -> Site {
    let file = format!("content/dau-tu/{name}.md");
    let text = format!("---\ntitle: {title}\n---\n{body}\n");
    Site::minimal_with(&[(file.as_str(), text.as_str())])
}

#[test]
fn nfd_names_and_titles_build_the_same_site_as_nfc() {
    // The inputs really differ byte for byte.
    assert_ne!(NFC_NAME, NFD_NAME);
    assert_ne!(NFC_TITLE, NFD_TITLE);
    assert_ne!(NFC_BODY, NFD_BODY);

    let nfc = site_named(NFC_NAME, NFC_TITLE, NFC_BODY);
    let nfd = site_named(NFD_NAME, NFD_TITLE, NFD_BODY);
    assert!(
        nfd.path(&format!("content/dau-tu/{NFD_NAME}.md")).is_file(),
        "the file system did not keep the NFD name"
    );
    let nfc_run = nfc.build(&[]).success();
    let nfd_run = nfd.build(&[]).success();

    let page = nfc_run.read("dau-tu/hau-giang/index.html");
    assert!(page.contains(&format!("<h1>{NFC_TITLE}</h1>")), "{page}");

    let nfc_tree = tree(&nfc_run.output);
    let nfd_tree = tree(&nfd_run.output);
    assert_eq!(
        nfc_tree.keys().collect::<Vec<_>>(),
        nfd_tree.keys().collect::<Vec<_>>(),
        "the two sites have different files"
    );
    for (path, bytes) in &nfc_tree {
        assert!(
            &nfd_tree[path] == bytes,
            "`{path}` differs between the NFC and the NFD site"
        );
    }
}

#[test]
fn nfd_translation_pairs_with_its_nfc_original_and_nfd_links_resolve() {
    // A translation saved on a Mac (NFD name, NFD link) beside an original saved on
    // Windows (NFC): they are one page, and the link finds it. (A link to a name with a
    // space is written in angle brackets, as CommonMark requires.)
    let original = format!("content/dau-tu/{NFC_NAME}.md");
    let translation = format!("content/dau-tu/{NFD_NAME}.en.md");
    let linking =
        format!("---\ntitle: Links\n---\nSee [the province](<@/dau-tu/{NFD_NAME}.md>).\n");
    let site = Site::minimal_with(&[
        (
            original.as_str(),
            "---\ntitle: Tỉnh Hậu Giang\n---\nNội dung.\n",
        ),
        (
            translation.as_str(),
            "---\ntitle: Hau Giang Province\n---\nText.\n",
        ),
        ("content/dau-tu/lien-ket.en.md", linking.as_str()),
        ("content/dau-tu/lien-ket.md", "---\ntitle: Liên kết\n---\n"),
    ]);
    assert!(
        site.path(&translation).is_file(),
        "the NFD name was not kept"
    );
    let run = site.build(&[]).success();
    let en = run.read("en/investment/hau-giang/index.html");
    assert!(en.contains("<h1>Hau Giang Province</h1>"), "{en}");
    assert!(
        !en.contains("notice-translation"),
        "the translation was not paired"
    );
    assert!(
        run.read("en/investment/lien-ket/index.html")
            .contains("<a href=\"/en/investment/hau-giang/\">the province</a>")
    );
}

#[test]
fn a_page_path_over_the_search_page_or_its_index_is_an_error_at_the_path() {
    // Symptom: a page at `/search/en/…` was written into the folder of the English search
    // index without a word; a page at the search page's address was blamed on line 1.
    let site = Site::minimal_with(&[
        (
            "content/dau-tu/tim.md",
            "---\ntitle: Tìm\npath: tim-kiem\n---\nNội dung.\n",
        ),
        (
            "content/dau-tu/chi-muc.md",
            "---\ntitle: Chỉ mục\nslug: khong-dung\npath: search/en/trang\n---\nNội dung.\n",
        ),
        (
            "content/search/en.md",
            "---\ntitle: Tiếng Anh\n---\nNội dung.\n",
        ),
        (
            "content/dau-tu/dung.md",
            "---\ntitle: Đúng chỗ\npath: search/english\n---\nNội dung.\n",
        ),
    ]);
    site.append(
        "site.yaml",
        "search:\n  path: { vi: tim-kiem, en: search }\n",
    );
    let run = site.build(&[]).exit_code(1);
    run.error_at("content/dau-tu/tim.md", 3, 7)
        .says("this page and the search page both want the address `/tim-kiem/`")
        .quotes("path: tim-kiem")
        .helps("give the page another `slug:`, or change `search.path` in site.yaml");
    run.error_at("content/dau-tu/chi-muc.md", 4, 7)
        .says("the address `/search/en/trang/` is in `/search/en/`, the folder the build writes the `en` search index in")
        .quotes("path: search/en/trang")
        .helps("give the page (or its section) another `slug:` or `path:`");
    // An address made from the file's name: at the front matter's first line.
    run.error_at("content/search/en.md", 2, 1)
        .says("the address `/search/en/` is in `/search/en/`");
    // `/search/english/` is not in the index's folder: three errors, not four.
    assert_eq!(run.error_places().len(), 3, "{}", run.stderr);
    assert!(!site.path("output").exists());
}
