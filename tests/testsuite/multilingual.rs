//! Sites in more than two languages: every language at its own prefix with its own slugs,
//! what a language shows for a page nobody translated (`missing: fallback` or `omit`), a
//! language switcher that never leads to a missing page, hreflang alternates, facts written
//! once and formatted per language, the default language in a subfolder, theme strings
//! checked in every language, localised template filters, and misnamed or unpaired files.
//!
//! Fixtures: `multilingual/three_languages` (vi at `/`, en with fallbacks, ko omitting),
//! `multilingual/formats` (a small theme printing figures through the filters). The other
//! sites are written inline.

use std::collections::BTreeSet;

use crate::harness::{
    Run, Site, dead_internal_links, facts_table, file_for_url, hreflang_alternates, repo_root,
    shared_build, switcher_links, tags,
};

const THREE_LANGUAGES: &str = "multilingual/three_languages";

/// The theme has no Korean strings, so the site lends it the English ones: this module
/// tests where pages go, not the theme's Korean.
fn lend_korean_strings(site: &Site) {
    let english = std::fs::read_to_string(repo_root().join("themes/default/i18n/en.yaml"))
        .expect("the theme's English strings");
    site.write("i18n/ko.yaml", &english);
}

/// The root language picker's links, as (href, hreflang).
fn picker_links(picker: &str) -> Vec<(String, String)> {
    tags(picker, "a")
        .into_iter()
        .filter_map(|a| Some((a.get("href")?.clone(), a.get("hreflang")?.clone())))
        .collect()
}

/// The three-language fixture, to change before building.
fn three_languages() -> Site {
    let site = Site::fixture(THREE_LANGUAGES);
    lend_korean_strings(&site);
    site
}

/// The three-language fixture as it is, built once for the tests that read it.
fn three_languages_built() -> &'static Run {
    shared_build(THREE_LANGUAGES, lend_korean_strings)
}

/// The language an output file should declare, from its path.
fn language_of(path: &str) -> &'static str {
    if path.starts_with("en/") {
        "en"
    } else if path.starts_with("ko/") {
        "ko"
    } else {
        "vi"
    }
}

#[test]
fn three_languages_each_live_under_their_prefix_with_their_own_slugs() {
    let run = three_languages_built();
    for page in [
        "index.html",
        "en/index.html",
        "ko/index.html",
        // `_index.en.md` says `slug: investment`, `_index.ko.md` says `slug: "투자"`.
        "dau-tu/index.html",
        "en/investment/index.html",
        "ko/tuja/index.html",
        // Pages follow their section's translated slug and have their own.
        "dau-tu/khu-nong-nghiep/index.html",
        "en/investment/high-tech-agriculture/index.html",
        "ko/tuja/nong-eop-danji/index.html",
    ] {
        assert!(run.has(page), "missing {page}");
    }
    for wrong in [
        "en/dau-tu/index.html",
        "ko/dau-tu/index.html",
        "en/investment/khu-nong-nghiep/index.html",
        "ko/tuja/khu-nong-nghiep/index.html",
    ] {
        assert!(
            !run.has(wrong),
            "{wrong} should be under its translated slug"
        );
    }
    let pages = run.html_files();
    assert!(pages.len() >= 15, "only {} pages", pages.len());
    for (path, html) in &pages {
        let lang = language_of(path);
        assert!(
            html.contains(&format!("<html lang=\"{lang}\">")),
            "{path} does not say it is in `{lang}`"
        );
    }
    assert!(
        pages["ko/tuja/nong-eop-danji/index.html"].contains("<h1>첨단 농업 단지</h1>"),
        "the Korean page does not show its Korean title"
    );
    let ko_list = crate::harness::card_links(&pages["ko/tuja/index.html"]);
    assert_eq!(
        ko_list,
        ["/ko/tuja/nong-eop-danji/"],
        "the Korean project list"
    );
}

#[test]
fn fallback_language_shows_the_original_with_a_notice_and_points_search_engines_to_it() {
    let run = three_languages_built();
    let html = run.read("en/investment/cang-song-hau/index.html");
    assert!(html.contains("<html lang=\"en\">"), "{html}");
    assert!(
        html.contains("class=\"notice notice-translation\""),
        "no untranslated-page notice:\n{html}"
    );
    // The notice is in the reader's language (the theme's `fallback_notice`).
    let notice = crate::harness::strip_tags(
        crate::harness::element(&html, "p", "notice notice-translation").unwrap_or(""),
    );
    assert!(
        notice.contains("has not been translated into English yet"),
        "the notice is not in English: {notice}"
    );
    assert!(
        html.contains("<div class=\"prose\" lang=\"vi\">\n<p>Cảng sông Hậu chưa có bản dịch.</p>"),
        "the Vietnamese text is not marked as Vietnamese:\n{html}"
    );
    let canonical: Vec<String> = tags(&html, "link")
        .into_iter()
        .filter(|l| l.get("rel").map(String::as_str) == Some("canonical"))
        .filter_map(|l| l.get("href").cloned())
        .collect();
    assert_eq!(
        canonical,
        ["https://example.org/dau-tu/cang-song-hau/"],
        "the fallback must name the Vietnamese page as canonical"
    );
    // A translated page has neither the notice nor a foreign-language block.
    let translated = run.read("en/investment/high-tech-agriculture/index.html");
    assert!(!translated.contains("notice-translation"));
    assert!(
        translated.contains("<div class=\"prose\">"),
        "the English text is marked as another language:\n{translated}"
    );
}

#[test]
fn omit_language_has_no_page_for_an_untranslated_one_and_links_none() {
    let run = three_languages_built();
    let files = run.files();
    let korean: Vec<&String> = files.keys().filter(|p| p.starts_with("ko/")).collect();
    assert!(
        !korean
            .iter()
            .any(|p| p.contains("cang-song-hau") || p.contains("so-do")),
        "Korean pages for untranslated pages: {korean:?}"
    );
    // The untranslated Vietnamese section `doi-tac` is left out too…
    assert!(!run.has("ko/doi-tac/index.html"));
    // …but a page translated into Korean inside it is not.
    assert!(run.has("ko/doi-tac/gyeongbuk/index.html"));
    for (path, html) in run.html_files() {
        if path.starts_with("ko/") {
            assert!(
                !html.contains("cang-song-hau"),
                "{path} mentions the omitted page"
            );
        }
    }
}

#[test]
fn every_language_link_of_every_page_leads_to_a_page_that_exists() {
    let run = three_languages_built();
    let pages = run.html_files();
    let mut checked = 0;
    for (path, html) in &pages {
        let links = switcher_links(html);
        // A "not found" page stands for no page in particular; every other page has one
        // link per other language.
        if !path.ends_with("404.html") {
            assert_eq!(
                links.len(),
                2,
                "{path}: the switcher should link the two other languages, has {links:?}"
            );
        }
        let own = language_of(path);
        for (lang, href) in &links {
            assert_ne!(lang, own, "{path} links its own language");
            assert!(
                run.has(&file_for_url(href)),
                "{path}: the {lang} link `{href}` leads to no page"
            );
            checked += 1;
        }
        // The footer's language links make the same promise.
        for a in tags(html, "a") {
            if let (Some(_), Some(href)) = (a.get("hreflang"), a.get("href")) {
                assert!(
                    run.has(&file_for_url(href)),
                    "{path}: `{href}` leads to no page"
                );
            }
        }
    }
    assert!(checked >= 30, "only {checked} switcher links checked");

    // Where the links go when a language lacks the page.
    let expect = [
        // No English translation: the fallback; no Korean one: the nearest Korean section.
        (
            "dau-tu/cang-song-hau/index.html",
            "en",
            "/en/investment/cang-song-hau/",
        ),
        ("dau-tu/cang-song-hau/index.html", "ko", "/ko/tuja/"),
        ("en/investment/cang-song-hau/index.html", "ko", "/ko/tuja/"),
        // Neither the page nor its section is in Korean: the Korean home page.
        ("doi-tac/so-do/index.html", "ko", "/ko/"),
        // A Korean page in a section Korean omits still links its English fallback.
        (
            "ko/doi-tac/gyeongbuk/index.html",
            "en",
            "/en/doi-tac/gyeongbuk/",
        ),
        (
            "ko/doi-tac/gyeongbuk/index.html",
            "vi",
            "/doi-tac/gyeongbuk/",
        ),
        (
            "dau-tu/khu-nong-nghiep/index.html",
            "ko",
            "/ko/tuja/nong-eop-danji/",
        ),
    ];
    for (page, lang, href) in expect {
        let links = switcher_links(&pages[page]);
        assert!(
            links.contains(&(lang.to_string(), href.to_string())),
            "{page}: expected the {lang} link to be {href}, got {links:?}"
        );
    }
}

#[test]
fn hreflang_alternates_name_each_real_translation_and_x_default() {
    let run = three_languages_built();
    let url = |p: &str| format!("https://example.org{p}");
    let pairs = |list: &[(&str, &str)]| -> BTreeSet<(String, String)> {
        list.iter().map(|(l, p)| (l.to_string(), url(p))).collect()
    };
    let all_three = pairs(&[
        ("vi", "/dau-tu/khu-nong-nghiep/"),
        ("en", "/en/investment/high-tech-agriculture/"),
        ("ko", "/ko/tuja/nong-eop-danji/"),
        ("x-default", "/dau-tu/khu-nong-nghiep/"),
    ]);
    // A fallback is not a translation: only the original and x-default.
    let vietnamese_only = pairs(&[
        ("vi", "/dau-tu/cang-song-hau/"),
        ("x-default", "/dau-tu/cang-song-hau/"),
    ]);
    let vi_and_ko = pairs(&[
        ("vi", "/doi-tac/gyeongbuk/"),
        ("ko", "/ko/doi-tac/gyeongbuk/"),
        ("x-default", "/doi-tac/gyeongbuk/"),
    ]);
    for (page, expected) in [
        ("dau-tu/khu-nong-nghiep/index.html", &all_three),
        ("en/investment/high-tech-agriculture/index.html", &all_three),
        ("ko/tuja/nong-eop-danji/index.html", &all_three),
        ("dau-tu/cang-song-hau/index.html", &vietnamese_only),
        ("en/investment/cang-song-hau/index.html", &vietnamese_only),
        ("doi-tac/gyeongbuk/index.html", &vi_and_ko),
        ("en/doi-tac/gyeongbuk/index.html", &vi_and_ko),
        ("ko/doi-tac/gyeongbuk/index.html", &vi_and_ko),
    ] {
        assert_eq!(
            &hreflang_alternates(&run.read(page)),
            expected,
            "the hreflang alternates of {page}"
        );
    }
}

#[test]
fn facts_written_once_in_vietnamese_are_formatted_for_each_language() {
    let run = three_languages_built();
    let vi = facts_table(&run.read("dau-tu/khu-nong-nghiep/index.html"));
    let en = facts_table(&run.read("en/investment/high-tech-agriculture/index.html"));
    let row = |rows: &[(String, String)], label: &str| -> Option<String> {
        rows.iter()
            .find(|(l, _)| l == label)
            .map(|(_, v)| v.clone())
    };
    assert_eq!(row(&vi, "Diện tích").as_deref(), Some("5.200 ha"), "{vi:?}");
    assert_eq!(row(&en, "Area").as_deref(), Some("5,200 ha"), "{en:?}");
    assert_eq!(
        row(&vi, "Tổng vốn dự kiến").as_deref(),
        Some("1.500 tỷ đồng"),
        "{vi:?}"
    );
    assert_eq!(
        row(&en, "Indicative capital").as_deref(),
        Some("VND\u{a0}1,500 billion"),
        "{en:?}"
    );
    assert_eq!(row(&en, "Sector").as_deref(), Some("Agriculture"), "{en:?}");
    // The English file writes no fact, yet shows every one the Vietnamese file has.
    assert_eq!(vi.len(), en.len(), "vi {vi:?}\nen {en:?}");
    assert_eq!(vi.len(), 5, "{vi:?}");
}

const SUBFOLDER_SITE_YAML: &str = r#"title: { vi: "Hậu Giang thử nghiệm", en: "Hau Giang test" }
base_url: "https://example.org"
default_language: vi
default_language_in_subfolder: true
languages:
  vi: { name: "Tiếng Việt", locale: vi-VN }
  en: { name: "English", locale: en-GB }
menu:
  - { page: "@/dau-tu/_index.md" }
  - { page: "@/doi-tac/_index.md" }
"#;

#[test]
fn default_language_in_a_subfolder_and_a_language_picker_at_the_root() {
    let run = Site::minimal_with(&[
        ("site.yaml", SUBFOLDER_SITE_YAML),
        (
            "content/dau-tu/hau-giang.md",
            "---\ntitle: Khu nông nghiệp Hậu Giang\n---\nNội dung.\n",
        ),
        (
            "content/dau-tu/hau-giang.en.md",
            "---\ntitle: Hau Giang agricultural zone\n---\nText.\n",
        ),
    ])
    .build(&[])
    .success();
    for page in [
        "vi/index.html",
        "vi/dau-tu/index.html",
        "vi/dau-tu/hau-giang/index.html",
        "en/index.html",
        "en/investment/hau-giang/index.html",
    ] {
        assert!(run.has(page), "missing {page}");
    }
    assert!(
        !run.has("dau-tu/index.html"),
        "a Vietnamese page at the root"
    );
    assert!(
        run.read("vi/dau-tu/hau-giang/index.html")
            .contains("<html lang=\"vi\">")
    );

    let picker = run.read("index.html");
    let links = picker_links(&picker);
    assert_eq!(
        links,
        [
            ("/vi/".to_string(), "vi".to_string()),
            ("/en/".to_string(), "en".to_string())
        ],
        "the picker's plain links:\n{picker}"
    );
    let script_start = picker.find("<script>").expect("the picker has a script");
    let script_end = picker.find("</script>").expect("the script ends");
    assert!(
        script_end - script_start < 1000,
        "the picker's script is not small: {} bytes",
        script_end - script_start
    );
    assert!(
        !picker.contains("class=\"lang-switch\""),
        "the picker is not a content page"
    );
    let dead = dead_internal_links(&run);
    assert!(dead.is_empty(), "dead links:\n{}", dead.join("\n"));
}

#[test]
fn three_languages_each_under_its_prefix_with_a_picker_at_the_root() {
    let site = three_languages();
    site.append("site.yaml", "default_language_in_subfolder: true\n");
    let run = site.build(&[]).success();
    for page in [
        "vi/index.html",
        "vi/dau-tu/khu-nong-nghiep/index.html",
        "en/investment/high-tech-agriculture/index.html",
        "ko/tuja/nong-eop-danji/index.html",
        // `en` falls back to the Vietnamese text; `ko` leaves the page out.
        "en/investment/cang-song-hau/index.html",
    ] {
        assert!(run.has(page), "missing {page}");
    }
    assert!(
        !run.has("ko/tuja/cang-song-hau/index.html"),
        "ko omits untranslated pages"
    );
    let pages = run.html_files();
    for (path, html) in &pages {
        if path == "index.html" || path == "404.html" {
            continue;
        }
        assert!(
            path.starts_with("vi/") || path.starts_with("en/") || path.starts_with("ko/"),
            "{path} is outside every language's folder"
        );
        let lang = &path[..2];
        assert!(
            html.contains(&format!("<html lang=\"{lang}\">")),
            "{path} does not say it is in `{lang}`"
        );
    }
    let picker = &pages["index.html"];
    let links = picker_links(picker);
    let expected: Vec<(String, String)> = [("/vi/", "vi"), ("/en/", "en"), ("/ko/", "ko")]
        .iter()
        .map(|(h, l)| (h.to_string(), l.to_string()))
        .collect();
    assert_eq!(links, expected, "the picker's links:\n{picker}");
    for lang in ["vi", "en", "ko"] {
        assert!(
            picker.contains(&format!("\"{lang}\": \"/{lang}/\"")),
            "the picker's script does not know /{lang}/:\n{picker}"
        );
    }
    // The switcher on a page Korean omits leads to the nearest Korean section instead.
    let switch = switcher_links(&pages["vi/dau-tu/cang-song-hau/index.html"]);
    assert!(
        switch
            .iter()
            .any(|(lang, href)| lang == "ko" && href == "/ko/tuja/"),
        "{switch:?}"
    );
    let dead = dead_internal_links(&run);
    assert!(dead.is_empty(), "dead links:\n{}", dead.join("\n"));
}

/// A site's own page.html: the theme's, plus a line with a theme string of its own (it
/// keeps the `facts` block that the theme's project.html and partner.html fill).
const INVESTOR_PAGE: &str = "{% extends \"base.html\" %}\n{% block main %}\n<h1>{{ page.title }}</h1>\n<p class=\"investor\">{{ t(key=\"investor_note\") }}</p>\n{% block facts %}{% endblock facts %}\n{{ page.content }}\n{% endblock main %}\n";

#[test]
fn theme_string_missing_from_the_themes_file_points_to_the_themes_file() {
    let site = Site::minimal_with(&[]);
    let path = site.path("themes/default/i18n/en.yaml");
    let english = std::fs::read_to_string(&path).expect("the theme's English strings");
    let without: String = english
        .lines()
        .filter(|l| !l.starts_with("skip_to_content:"))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_ne!(
        without, english,
        "the theme's en.yaml has no skip_to_content"
    );
    site.write("themes/default/i18n/en.yaml", &without);
    let run = site.build(&[]).exit_code(1);
    // Where base.html uses the string, found in the file so that edits above it elsewhere
    // in the layout do not move the expected place.
    let base = std::fs::read_to_string(site.path("themes/default/templates/base.html"))
        .expect("the theme's base.html");
    let (line, column) = base
        .lines()
        .enumerate()
        .find_map(|(i, l)| Some((i + 1, l.find("t(key=\"skip_to_content\")")? + 1)))
        .expect("base.html uses skip_to_content");
    run.error_at("themes/default/templates/base.html", line, column)
        .says("`skip_to_content`")
        .helps("add `skip_to_content: \"…\"` to `themes/default/i18n/en.yaml`");
}

#[test]
fn theme_string_missing_in_one_language_is_an_error_at_its_use() {
    let site = Site::minimal_with(&[
        ("templates/page.html", INVESTOR_PAGE),
        // The site adds the string in Vietnamese only.
        ("i18n/vi.yaml", "investor_note: \"Dành cho nhà đầu tư\"\n"),
        (
            "content/dau-tu/hau-giang.md",
            "---\ntitle: Hậu Giang\n---\nNội dung.\n",
        ),
    ]);
    let run = site.build(&[]).exit_code(1);
    run.error_at("templates/page.html", 4, 24)
        .says("`investor_note`")
        .says("English (en)")
        .quotes("<p class=\"investor\">{{ t(key=\"investor_note\") }}</p>")
        // The site added the string: its English belongs in the site's own file.
        .helps("add `investor_note: \"…\"` to `i18n/en.yaml`");
    assert!(
        run.diagnostics()
            .iter()
            .all(|d| d.path == "templates/page.html" && !d.message.contains("Tiếng Việt")),
        "only English lacks the string:\n{}",
        run.stderr
    );
    assert!(!site.path("output").exists());
}

#[test]

fn missing_theme_string_is_reported_once() {
    // Symptom: "found 2 errors in 1 file" for one missing line in en.yaml; the second copy
    // ("has no `en` text … while rendering") repeats the first in other words.
    let run = Site::minimal_with(&[
        ("templates/page.html", INVESTOR_PAGE),
        ("i18n/vi.yaml", "investor_note: \"Dành cho nhà đầu tư\"\n"),
        (
            "content/dau-tu/hau-giang.md",
            "---\ntitle: Hậu Giang\n---\nNội dung.\n",
        ),
    ])
    .build(&[])
    .exit_code(1);
    assert_eq!(
        run.error_places(),
        ["templates/page.html:4:24"],
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("found 1 error in 1 file"),
        "{}",
        run.stderr
    );
}

#[test]
fn template_filters_format_numbers_money_areas_and_dates_per_language() {
    let run = Site::fixture("multilingual/formats").build(&[]).success();
    let value = |html: &str, id: &str| -> String {
        let open = format!("<p id=\"{id}\">");
        let start = html
            .find(&open)
            .unwrap_or_else(|| panic!("no #{id}:\n{html}"))
            + open.len();
        let end = html[start..].find("</p>").expect("closed") + start;
        html[start..end].to_string()
    };
    let vi = run.read("so-lieu/index.html");
    let en = run.read("en/figures/index.html");
    for (id, vi_text, en_text) in [
        ("number", "1.234,5", "1,234.5"),
        ("money", "1.500 tỷ đồng", "VND\u{a0}1,500 billion"),
        ("area", "5.200 ha", "5,200 ha"),
        ("date", "ngày 13 tháng 3 năm 2018", "13 March 2018"),
    ] {
        assert_eq!(value(&vi, id), vi_text, "Vietnamese {id}");
        assert_eq!(value(&en, id), en_text, "English {id}");
    }
}

/// A site with every kind of misnamed or unpaired content file, built once.
fn misnamed_files() -> (Site, Run) {
    let site = Site::minimal_with(&[
        // French is not declared in site.yaml.
        ("content/dau-tu/x.fr.md", "---\ntitle: Projet\n---\n"),
        // An English translation of a file that does not exist.
        ("content/dau-tu/y.en.md", "---\ntitle: Orphan\n---\n"),
        // Two Vietnamese versions of one page, twice over.
        ("content/dau-tu/z.md", "---\ntitle: Trang Z\n---\n"),
        ("content/dau-tu/z/index.md", "---\ntitle: Thư mục Z\n---\n"),
        ("content/dau-tu/w.md", "---\ntitle: Trang W\n---\n"),
        ("content/dau-tu/w.vi.md", "---\ntitle: Trang W (vi)\n---\n"),
    ]);
    let run = site.build(&[]).exit_code(1);
    (site, run)
}

#[test]
fn misnamed_and_unpaired_content_files_are_errors_that_name_them() {
    let (site, run) = misnamed_files();
    let diags = run.diagnostics();
    let error_in = |path: &str| {
        diags
            .iter()
            .find(|d| d.severity == "error" && d.path == path)
            .unwrap_or_else(|| panic!("no error in {path}:\n{}", run.stderr))
            .clone()
    };
    error_in("content/dau-tu/x.fr.md")
        .says("`fr`")
        .says("site.yaml does not declare")
        .helps("languages:");
    error_in("content/dau-tu/y.en.md")
        .says("no Tiếng Việt file `content/dau-tu/y.md`")
        .helps("content/dau-tu/y.md");

    // Each clash is reported once, in one of its files, naming the other.
    for (a, b) in [
        ("content/dau-tu/z.md", "content/dau-tu/z/index.md"),
        ("content/dau-tu/w.md", "content/dau-tu/w.vi.md"),
    ] {
        let clash: Vec<_> = diags
            .iter()
            .filter(|d| d.severity == "error" && (d.path == a || d.path == b))
            .collect();
        assert_eq!(clash.len(), 1, "{a} / {b}:\n{}", run.stderr);
        let other = if clash[0].path == a { b } else { a };
        assert!(
            clash[0].message.contains(&format!("`{other}`")),
            "the error in {} does not name {other}: {}",
            clash[0].path,
            clash[0].message
        );
    }
    assert_eq!(
        run.error_places().len(),
        4,
        "one error per mistake:\n{}",
        run.stderr
    );
    assert!(
        !site.path("output").exists(),
        "a failed build wrote output/"
    );
}

#[test]
fn two_translations_with_one_address_is_an_error_naming_both() {
    let site = three_languages();
    site.write(
        "content/dau-tu/cang-song-hau.en.md",
        "---\ntitle: Hau River port\nslug: high-tech-agriculture\n---\nThe port.\n",
    );
    let run = site.build(&[]).exit_code(1);
    let (a, b) = (
        "content/dau-tu/cang-song-hau.en.md",
        "content/dau-tu/khu-nong-nghiep.en.md",
    );
    let clash: Vec<_> = run
        .diagnostics()
        .into_iter()
        .filter(|d| d.message.contains("/en/investment/high-tech-agriculture/"))
        .collect();
    assert_eq!(clash.len(), 1, "{}", run.stderr);
    let other = if clash[0].path == a { b } else { a };
    assert!(
        clash[0].path == a || clash[0].path == b,
        "the error is in neither file:\n{}",
        run.stderr
    );
    clash[0].says(&format!("`{other}`")).helps("slug:");
    assert_eq!(run.error_places().len(), 1, "{}", run.stderr);
}

#[test]

fn upper_case_language_suffix_is_an_error_suggesting_the_lower_case_one() {
    // Symptom: the author's English translation is checked as a Vietnamese project
    // ("a `project` page needs `description`…", four times) and would be published at
    // `/dau-tu/khu-nong-nghiep-en/`; nothing says that `.EN` is the problem.
    let site = three_languages();
    site.write(
        "content/dau-tu/khu-nong-nghiep.EN.md",
        "---\ntitle: High-tech agricultural zone\n---\nText.\n",
    );
    let run = site.build(&[]).exit_code(1);
    let diags = run.diagnostics();
    assert_eq!(diags.len(), 1, "{}", run.stderr);
    assert_eq!(diags[0].path, "content/dau-tu/khu-nong-nghiep.EN.md");
    diags[0].says("`EN`").helps("khu-nong-nghiep.en.md");
}
