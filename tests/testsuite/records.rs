//! Record pages — one `.yaml` file holding a page in every language (`title: { vi: …,
//! en: … }`, `body: { vi: …, en: … }`) — and site data in `content/_data/*.yaml`, which
//! templates read as `data.<name>` with every `{ vi: …, en: … }` resolved to the page's
//! language.
//!
//! Fixture: `records/site` — two partner records (one in both languages, one in
//! Vietnamese only), two data files and a page rendered by the site's own
//! `templates/contacts.html`.

use crate::harness::{Site, facts_table, shared_build, switcher_links};

const FIXTURE: &str = "records/site";

#[test]
fn a_record_yields_a_page_in_each_language_it_is_written_in() {
    let run = shared_build(FIXTURE, |_| {});
    let vi = run.read("doi-tac/gyeongbuk/index.html");
    assert!(vi.contains("<h1>Tỉnh Gyeongsangbuk</h1>"), "{vi}");
    assert!(vi.contains("Tỉnh kết nghĩa của Hậu Giang tại Hàn Quốc."));
    assert!(
        vi.contains("<p>Hai tỉnh ký <strong>thỏa thuận hợp tác</strong> năm 2015.</p>"),
        "the Vietnamese body:\n{vi}"
    );
    // `slug: { en: … }` names the English address only.
    let en = run.read("en/partners/gyeongsangbuk-province/index.html");
    assert!(en.contains("<html lang=\"en\">"));
    assert!(en.contains("<h1>Gyeongsangbuk Province</h1>"), "{en}");
    assert!(
        en.contains(
            "<p>The two provinces signed a <strong>cooperation agreement</strong> in 2015.</p>"
        ),
        "the English body:\n{en}"
    );
    assert!(
        !en.contains("notice-translation"),
        "a translated record is no fallback"
    );
    assert!(
        !en.contains("thỏa thuận"),
        "Vietnamese text on the English page"
    );
    assert!(
        switcher_links(&vi).contains(&(
            "en".to_string(),
            "/en/partners/gyeongsangbuk-province/".to_string()
        )),
        "{:?}",
        switcher_links(&vi)
    );
    // Facts written once, labelled and formatted per language.
    let row = |rows: Vec<(String, String)>, label: &str| {
        rows.into_iter().find(|(l, _)| l == label).map(|(_, v)| v)
    };
    assert_eq!(
        row(facts_table(&vi), "Quốc gia").as_deref(),
        Some("Hàn Quốc")
    );
    assert_eq!(
        row(facts_table(&en), "Country").as_deref(),
        Some("Republic of Korea")
    );
}

#[test]

fn a_year_in_the_facts_table_has_no_thousands_separator() {
    // Symptom: "Relations since: 2,015" on the English page, "Quan hệ từ năm: 2.015" on
    // the Vietnamese one, for `since: 2015`.
    let run = shared_build(FIXTURE, |_| {});
    for (page, label) in [
        ("doi-tac/gyeongbuk/index.html", "Quan hệ từ năm"),
        (
            "en/partners/gyeongsangbuk-province/index.html",
            "Relations since",
        ),
    ] {
        let rows = facts_table(&run.read(page));
        let since = rows
            .iter()
            .find(|(l, _)| l == label)
            .map(|(_, v)| v.as_str());
        assert_eq!(since, Some("2015"), "{page}: {rows:?}");
    }
}

#[test]
fn a_record_written_only_in_vietnamese_falls_back_in_english() {
    let run = shared_build(FIXTURE, |_| {});
    let en = run.read("en/partners/chiba/index.html");
    // The untranslated title is marked as Vietnamese, like the text.
    assert!(en.contains("<h1 lang=\"vi\">Tỉnh Chiba</h1>"), "{en}");
    assert!(en.contains("class=\"notice notice-translation\""), "{en}");
    assert!(
        en.contains(
            "<div class=\"prose\" lang=\"vi\">\n<p>Hai bên đang tìm hiểu cơ hội hợp tác.</p>"
        ),
        "{en}"
    );
    assert!(en.contains("<link rel=\"canonical\" href=\"https://example.org/doi-tac/chiba/\">"));
    assert!(run.has("doi-tac/chiba/index.html"));
    // The English list shows it, marked as not translated.
    let list = run.read("en/partners/index.html");
    assert!(list.contains("href=\"/en/partners/chiba/\""), "{list}");
}

#[test]
fn site_data_is_read_by_templates_in_the_pages_language() {
    let run = shared_build(FIXTURE, |_| {});
    let vi = run.read("lien-he/index.html");
    let en = run.read("en/contact/index.html");
    assert!(
        vi.contains(
            "<p class=\"office\">Sở Ngoại vụ tỉnh Hậu Giang — songoaivu@haugiang.example.org</p>"
        ),
        "{vi}"
    );
    assert!(
        en.contains(
            "<p class=\"office\">Hau Giang Department of Foreign Affairs — songoaivu@haugiang.example.org</p>"
        ),
        "{en}"
    );
    for (html, first, second) in [
        (&vi, "Thành phố Vị Thanh", "Thị xã Ngã Bảy"),
        (&en, "Vi Thanh City", "Nga Bay Town"),
    ] {
        let list = format!(
            "<li data-key=\"vi-thanh\">{first}</li>\n  <li data-key=\"nga-bay\">{second}</li>"
        );
        assert!(html.contains(&list), "expected {list:?} in:\n{html}");
    }
    // The data files are not pages.
    assert!(!run.files().keys().any(|p| p.contains("_data")));
}

/// A record with a misspelt field and a broken link in each language's body.
const BROKEN_RECORD: &str = r#"country: korea
partner_kind: province
title: { vi: "Tỉnh Jeollanam", en: "Jeollanam Province" }
description: { vi: "Đối tác.", en: "A partner." }
countri: korea
body:
  vi: |
    Xem [trang](@/doi-tac/khong-co.md).
  en: |
    See [the page](@/doi-tac/missing.md).
"#;

#[test]
fn errors_in_a_record_are_placed_in_the_yaml_file() {
    let site = Site::fixture(FIXTURE);
    site.write("content/doi-tac/jeonnam.yaml", BROKEN_RECORD);
    let run = site.build(&[]).exit_code(1);
    let file = "content/doi-tac/jeonnam.yaml";
    // Once, though both languages' pages have the field.
    run.error_at(file, 5, 1)
        .says("`countri` is not a field of a `partner` page")
        .helps("did you mean `country`?");
    // Links inside `body.vi` and `body.en`, at their line and column in the record.
    run.error_at(file, 8, 9)
        .says("content/doi-tac/khong-co.md")
        .quotes("    Xem [trang](@/doi-tac/khong-co.md).");
    run.error_at(file, 10, 9)
        .says("content/doi-tac/missing.md")
        .quotes("    See [the page](@/doi-tac/missing.md).");
    assert_eq!(run.error_places().len(), 3, "{}", run.stderr);
}

#[test]

fn record_cannot_give_a_fact_a_different_value_per_language() {
    // Symptom: the Vietnamese page says the partner is in Korea, the English one that it
    // is in Japan, and the build succeeds; a Markdown translation doing the same is an
    // error ("`country` is the same in every language…").
    let site = Site::fixture(FIXTURE);
    site.write(
        "content/doi-tac/sai.yaml",
        "country: { vi: korea, en: japan }\npartner_kind: province\ntitle: { vi: \"Tỉnh sai\", en: \"Wrong province\" }\ndescription: { vi: \"Mô tả.\", en: \"Description.\" }\n",
    );
    let run = site.build(&[]).exit_code(1);
    run.error_at("content/doi-tac/sai.yaml", 1, 1)
        .says("`country` is the same in every language");
}
