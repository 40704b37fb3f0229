//! The search index as the build writes it to `search/<lang>/`: which pages each language
//! indexes, that every Vietnamese tone mark on every vowel and `đ`/`Đ` fold away in the
//! built files (written composed or decomposed), that typing without diacritics finds
//! Vietnamese pages with title hits first, the search page of each language, and the size
//! the build reports.
//!
//! The unit tests in `src/search/` cover the folding function character by character (and
//! search.js against it); these read the index files a reader's browser downloads and
//! query them with the same algorithm (`outreach::search::search`).
//!
//! Fixture: `outputs/site` (see `side_outputs`), plus two pages of every toned vowel that
//! [`add_tone_mark_pages`] writes, one in NFC and one in NFD.

use std::collections::BTreeSet;

use outreach::search::{Meta, SearchIndex, search};
use unicode_normalization::UnicodeNormalization;

use crate::harness::{Run, Site};
use crate::side_outputs::{built, example_site, meta_tags, unescape};

/// Each Vietnamese vowel in its twelve forms — the base and five tones, lower then upper
/// case — written out, not composed by code, so the table checks the code.
const VOWELS: &[(char, &str)] = &[
    ('a', "aàáảãạ AÀÁẢÃẠ"),
    ('a', "ăằắẳẵặ ĂẰẮẲẴẶ"),
    ('a', "âầấẩẫậ ÂẦẤẨẪẬ"),
    ('e', "eèéẻẽẹ EÈÉẺẼẸ"),
    ('e', "êềếểễệ ÊỀẾỂỄỆ"),
    ('i', "iìíỉĩị IÌÍỈĨỊ"),
    ('o', "oòóỏõọ OÒÓỎÕỌ"),
    ('o', "ôồốổỗộ ÔỒỐỔỖỘ"),
    ('o', "ơờớởỡợ ƠỜỚỞỠỢ"),
    ('u', "uùúủũụ UÙÚỦŨỤ"),
    ('u', "ưừứửữự ƯỪỨỬỮỰ"),
    ('y', "yỳýỷỹỵ YỲÝỶỸỴ"),
];

/// Every letter the tone-mark pages spell, with the letter it folds to: 144 vowel forms,
/// then `đ` and `Đ`.
fn letters() -> Vec<(char, char)> {
    let mut out: Vec<(char, char)> = VOWELS
        .iter()
        .flat_map(|(base, forms)| forms.chars().filter(|c| *c != ' ').map(|c| (c, *base)))
        .collect();
    out.extend([('đ', 'd'), ('Đ', 'd')]);
    assert_eq!(out.len(), 12 * 12 + 2);
    out
}

/// The word that carries `letter` on the tone-mark pages: `q…x`, so that no other word of
/// the site folds to the same term.
fn word(letter: char) -> String {
    if letter.is_uppercase() {
        format!("Q{letter}X")
    } else {
        format!("q{letter}x")
    }
}

/// The two tone-mark pages' addresses.
const TONE_PAGES: [&str; 2] = ["/bang-dau-thanh/", "/bang-dau-thanh-nfd/"];

/// Adds `content/bang-dau-thanh.md`, every letter in a word of its own and composed (NFC),
/// and `content/bang-dau-thanh-nfd.md`, the same text decomposed (NFD, as some Mac editors
/// save it).
pub fn add_tone_mark_pages(site: &Site) {
    let words: Vec<String> = letters().into_iter().map(|(c, _)| word(c)).collect();
    let body = words.join(" ");
    let page = |title: &str| {
        format!(
            "---\ntitle: \"{title}\"\ntype: page\n---\nMỗi nguyên âm với mọi dấu thanh: {body}.\n"
        )
    };
    site.write("content/bang-dau-thanh.md", &page("Bảng dấu thanh"));
    let nfd: String = page("Bảng dấu thanh (NFD)").nfd().collect();
    assert_ne!(
        nfd,
        page("Bảng dấu thanh (NFD)"),
        "the text has something to decompose"
    );
    site.write("content/bang-dau-thanh-nfd.md", &nfd);
}

/// The index files of `lang` in the output, as the search code reads them.
fn index(run: &Run, lang: &str) -> SearchIndex {
    let prefix = format!("search/{lang}/");
    let files: Vec<(String, Vec<u8>)> = run
        .files()
        .into_iter()
        .filter_map(|(path, bytes)| Some((path.strip_prefix(&prefix)?.to_string(), bytes)))
        .collect();
    assert!(!files.is_empty(), "no index under {prefix}");
    SearchIndex { files }
}

fn json(index: &SearchIndex, path: &str) -> serde_json::Value {
    serde_json::from_slice(
        index
            .file(path)
            .unwrap_or_else(|| panic!("the index has no {path}")),
    )
    .unwrap_or_else(|e| panic!("{path} is not JSON: {e}"))
}

fn meta(index: &SearchIndex) -> Meta {
    serde_json::from_value(json(index, "meta.json")).expect("meta.json")
}

/// Every term of the index, from its term shards.
fn terms(index: &SearchIndex) -> BTreeSet<String> {
    let shards = meta(index).terms.len();
    assert!(shards > 0, "an index without terms");
    (0..shards)
        .flat_map(|n| {
            json(index, &format!("t/{n}.json"))
                .as_array()
                .expect("a term shard is an array")
                .iter()
                .map(|entry| entry[0].as_str().expect("a term").to_string())
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The indexed pages, `(url, title)`, from the doc shards.
fn docs(index: &SearchIndex) -> Vec<(String, String)> {
    let meta = meta(index);
    let docs: Vec<(String, String)> = (0..meta.doc_shards)
        .flat_map(|n| {
            json(index, &format!("d/{n}.json"))
                .as_array()
                .expect("a doc shard is an array")
                .iter()
                .map(|d| (d[0].as_str().unwrap().into(), d[1].as_str().unwrap().into()))
                .collect::<Vec<_>>()
        })
        .collect();
    assert_eq!(docs.len(), meta.docs as usize, "meta.json's page count");
    docs
}

/// The addresses a query finds, best first.
fn found(index: &SearchIndex, query: &str) -> Vec<String> {
    search(index, query, 50)
        .hits
        .into_iter()
        .map(|h| h.url)
        .collect()
}

#[test]
fn each_language_indexes_its_own_translated_pages_only() {
    let run = built();
    let expected: [(&str, &[&str]); 2] = [
        (
            "vi",
            &[
                "/",
                "/bang-dau-thanh-nfd/",
                "/bang-dau-thanh/",
                "/dau-tu/",
                "/dau-tu/cang-song-hau/",
                "/dau-tu/khu-nong-nghiep/",
                "/dau-tu/xuc-tien/",
                "/doi-tac/",
                "/doi-tac/jeollanam-do/",
                "/tin-tuc/",
                "/tin-tuc/ban-hanh-ke-hoach/",
                "/tin-tuc/chi-tieng-viet/",
                "/tin-tuc/hoi-nghi/",
            ],
        ),
        // No fallback (its text is Vietnamese), draft, alias, 404 or search page.
        (
            "en",
            &[
                "/en/",
                "/en/investment/",
                "/en/investment/high-tech-agriculture/",
                "/en/investment/promotion/",
                "/en/news/",
                "/en/news/investment-conference/",
                "/en/news/plan-issued/",
                "/en/partners/",
                "/en/partners/jeollanam-do/",
            ],
        ),
    ];
    for (lang, urls) in expected {
        let index = index(run, lang);
        assert_eq!(meta(&index).version, outreach::search::FORMAT_VERSION);
        let docs = docs(&index);
        let got: Vec<&str> = docs.iter().map(|(u, _)| u.as_str()).collect();
        assert_eq!(got, urls, "the pages of the {lang} index, in address order");
        // Each result shows the title the page itself has.
        for (url, title) in &docs {
            let html = run.read(&crate::harness::file_for_url(url));
            let og_title = meta_tags(&html)["og:title"][0].clone();
            assert_eq!(
                &unescape(&og_title),
                title,
                "the title of {url} in the index"
            );
        }
    }
}

#[test]
fn every_tone_mark_on_every_vowel_and_d_with_stroke_fold_in_the_built_index() {
    let run = built();
    let index = index(run, "vi");
    let terms = terms(&index);
    // Nothing Vietnamese survives folding: every term is plain lower-case ASCII.
    let unfolded: Vec<&String> = terms
        .iter()
        .filter(|t| {
            !t.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
        .collect();
    assert!(unfolded.is_empty(), "terms left unfolded: {unfolded:?}");
    // The 146 words of the tone-mark pages became exactly one term per base letter.
    let q_words: BTreeSet<&str> = terms
        .iter()
        .map(String::as_str)
        .filter(|t| t.len() == 3 && t.starts_with('q') && t.ends_with('x'))
        .collect();
    assert_eq!(
        q_words,
        BTreeSet::from(["qax", "qdx", "qex", "qix", "qox", "qux", "qyx"])
    );
    assert!(terms.contains("bang") && terms.contains("dau") && terms.contains("thanh"));

    // Each spelling, typed composed, decomposed or bare, finds both pages.
    let both: BTreeSet<String> = TONE_PAGES.iter().map(|u| u.to_string()).collect();
    for (letter, base) in letters() {
        let typed = word(letter);
        let decomposed: String = typed.nfd().collect();
        let bare = format!("q{base}x");
        for query in [&typed, &decomposed, &bare] {
            let hits: BTreeSet<String> = found(&index, query).into_iter().collect();
            assert_eq!(
                hits, both,
                "`{query}` (U+{:04X}) does not find exactly the tone-mark pages",
                letter as u32
            );
        }
    }
    // The decomposed page is shown with its title composed, as every other title.
    let docs = docs(&index);
    let nfd_title = &docs
        .iter()
        .find(|(u, _)| u == TONE_PAGES[1])
        .expect("the NFD page is indexed")
        .1;
    assert_eq!(nfd_title, "Bảng dấu thanh (NFD)");
    assert_eq!(nfd_title.nfc().collect::<String>(), *nfd_title);
}

#[test]
fn typing_without_diacritics_finds_vietnamese_pages_with_title_hits_first() {
    let run = built();
    let vi = index(run, "vi");
    let hits = found(&vi, "dau tu nong nghiep");
    assert!(
        hits.contains(&"/dau-tu/khu-nong-nghiep/".to_string()),
        "`dau tu nong nghiep` misses the page with `đầu tư` and `nông nghiệp`: {hits:?}"
    );
    assert_eq!(found(&vi, "Đầu tư nông nghiệp"), hits);

    let hau_giang = found(&vi, "Hau Giang");
    assert!(
        hau_giang.contains(&"/doi-tac/jeollanam-do/".to_string()),
        "`Hau Giang` misses `Hậu Giang`: {hau_giang:?}"
    );
    assert_eq!(found(&vi, "hau giang"), hau_giang);
    assert_eq!(found(&vi, "HẬU GIANG"), hau_giang);
    assert_eq!(
        found(&vi, "duong"),
        ["/doi-tac/jeollanam-do/"],
        "`duong` → `đường`"
    );

    // The last word is a prefix while it is being typed.
    assert!(found(&vi, "nong ngh").contains(&"/dau-tu/khu-nong-nghiep/".to_string()));
    assert!(found(&vi, "xuc ti").contains(&"/dau-tu/xuc-tien/".to_string()));

    // `nông nghiệp` is in one title and in the text of other pages: the title comes first.
    let ranked = found(&vi, "nong nghiep");
    assert_eq!(
        ranked.first().map(String::as_str),
        Some("/dau-tu/khu-nong-nghiep/"),
        "{ranked:?}"
    );
    assert!(
        ranked.contains(&"/doi-tac/jeollanam-do/".to_string()),
        "a body hit is missing: {ranked:?}"
    );

    // The English index has the English pages only: the untranslated port is not in it.
    let en = index(run, "en");
    assert_eq!(found(&en, "plan"), ["/en/news/plan-issued/"]);
    assert!(found(&en, "cang").is_empty());
    assert!(found(&en, "investment").contains(&"/en/investment/".to_string()));
}

#[test]
fn each_language_has_a_search_page_that_loads_its_own_index() {
    let run = built();
    for (page, index_dir) in [
        ("tim-kiem/index.html", "/search/vi/"),
        ("en/search/index.html", "/search/en/"),
    ] {
        let html = run.read(page);
        assert!(
            html.contains(&format!("data-index=\"{index_dir}\"")),
            "{page} does not point search.js at {index_dir}"
        );
        assert!(html.contains("<script src=\"/search.js\""), "{page}");
        assert!(run.has("search.js"));
        assert!(run.has(&format!("{}meta.json", index_dir.trim_start_matches('/'))));
    }
    // Every page's header searches in its own language.
    assert!(
        run.read("en/partners/index.html")
            .contains("action=\"/en/search/\"")
    );
    assert!(
        run.read("doi-tac/index.html")
            .contains("action=\"/tim-kiem/\"")
    );
}

/// The bytes of the output's files under `prefix` (`search/vi/`), and of its HTML pages in
/// the language whose pages `in_lang` picks.
fn sizes(run: &Run, prefix: &str, in_lang: impl Fn(&str) -> bool) -> (usize, usize, usize) {
    let files = run.files();
    let index: Vec<usize> = files
        .iter()
        .filter(|(p, _)| p.starts_with(prefix))
        .map(|(_, b)| b.len())
        .collect();
    let html: usize = files
        .iter()
        .filter(|(p, _)| p.ends_with(".html") && in_lang(p))
        .map(|(_, b)| b.len())
        .sum();
    (index.iter().sum(), index.len(), html)
}

/// Checks the build's report line of `lang`'s index against the files, and the budget: an
/// index under a quarter of the language's HTML.
fn assert_reported_and_small(run: &Run, lang: &str) {
    let prefix = format!("search/{lang}/");
    let (bytes, count, html) = sizes(run, &prefix, |p| {
        if lang == "vi" {
            !p.starts_with("en/")
        } else {
            p.starts_with("en/")
        }
    });
    let line = run
        .stderr
        .lines()
        .find(|l| l.starts_with(&format!("search index {lang}: ")))
        .unwrap_or_else(|| {
            panic!(
                "the build does not report the {lang} index:\n{}",
                run.stderr
            )
        });
    assert!(
        line.contains(&format!(" KB in {count} files (")),
        "the report `{line}` does not match the {count} files written"
    );
    let size = format!(": {:.0} KB in", bytes as f64 / 1024.0);
    assert!(
        line.contains(&size),
        "the report `{line}` does not match the {bytes} bytes written"
    );
    assert!(
        bytes * 4 < html,
        "the {lang} index is {bytes} bytes, over a quarter of {html} bytes of HTML"
    );
}

#[test]
fn the_build_reports_each_index_size_and_it_stays_under_a_quarter_of_the_html() {
    for lang in ["vi", "en"] {
        assert_reported_and_small(built(), lang);
        assert_reported_and_small(example_site(), lang);
    }
}
