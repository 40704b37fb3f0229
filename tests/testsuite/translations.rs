//! `outreach translations`: which translations are ok, stale, unstamped or missing (text
//! and JSON), `--mark-done FILE` stamping `source_hash:` without touching any other byte,
//! what makes a translation stale (the original's text, not its facts), and
//! `check --strict-translations`.
//!
//! Fixture: `translations/statuses` — after the test marks `du-an-b.en.md` done, one
//! English translation of each status.

use crate::harness::{Run, Site};

const FIXTURE: &str = "translations/statuses";

/// The fixture with `du-an-b.en.md` marked done: one translation of each status.
fn marked_site() -> Site {
    let site = Site::fixture(FIXTURE);
    mark_done(&site, "content/du-an-b.en.md");
    site
}

/// Runs `translations --mark-done FILE`, expecting success; returns the hash written.
#[track_caller]
fn mark_done(site: &Site, file: &str) -> String {
    let run = site
        .run(&["translations", "--mark-done", file])
        .exit_code(0);
    let hash = run
        .stderr
        .split("source_hash: ")
        .nth(1)
        .and_then(|rest| rest.split(')').next())
        .unwrap_or_else(|| panic!("no hash reported:\n{}", run.stderr))
        .to_string();
    assert!(
        hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()),
        "`{hash}` is not a 16-digit hash"
    );
    hash
}

/// `translations` as (language, status, file) per page, and the summary lines.
fn report(site: &Site) -> (Vec<(String, String, String)>, Vec<String>) {
    let run = site.run(&["translations"]).exit_code(0);
    let mut pages = Vec::new();
    let mut summaries = Vec::new();
    for line in run.stdout.lines() {
        if line.contains(": ") && line.contains(" ok, ") {
            summaries.push(line.to_string());
            continue;
        }
        let mut words = line.split_whitespace();
        let (Some(lang), Some(status)) = (words.next(), words.next()) else {
            continue;
        };
        let file = words.collect::<Vec<_>>().join(" ");
        pages.push((lang.to_string(), status.to_string(), file));
    }
    (pages, summaries)
}

/// The status `translations` reports for `file`.
#[track_caller]
fn status_of(site: &Site, file: &str) -> String {
    let (pages, _) = report(site);
    pages
        .into_iter()
        .find(|(_, _, f)| f.starts_with(file))
        .map(|(_, s, _)| s)
        .unwrap_or_else(|| panic!("{file} is not in the report"))
}

fn read(site: &Site, rel: &str) -> Vec<u8> {
    std::fs::read(site.path(rel)).expect("read a site file")
}

/// `after` with `line` taken out once, asserting it was there.
#[track_caller]
fn without(after: &[u8], line: &str) -> Vec<u8> {
    let text = String::from_utf8(after.to_vec()).expect("UTF-8");
    assert_eq!(
        text.matches(line).count(),
        1,
        "expected the line {line:?} once in:\n{text}"
    );
    text.replacen(line, "", 1).into_bytes()
}

#[test]
fn each_translation_has_a_status_and_each_language_a_summary() {
    let site = marked_site();
    let (pages, summaries) = report(&site);
    let expected = [
        ("en", "unstamped", "content/_index.en.md"),
        ("en", "stale", "content/du-an-a.en.md"),
        ("en", "ok", "content/du-an-b.en.md"),
        (
            "en",
            "missing",
            "content/du-an-c.md (no content/du-an-c.en.md)",
        ),
    ];
    let got: Vec<(&str, &str, &str)> = pages
        .iter()
        .map(|(l, s, f)| (l.as_str(), s.as_str(), f.as_str()))
        .collect();
    assert_eq!(got, expected);
    assert_eq!(summaries, ["en: 1 ok, 1 stale, 1 unstamped, 1 missing"]);
}

#[test]
fn json_report_has_the_same_statuses_for_tools() {
    let site = marked_site();
    let run = site.run(&["translations", "--format", "json"]).exit_code(0);
    let json: serde_json::Value = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", run.stdout));
    assert_eq!(
        json["languages"],
        serde_json::json!([{ "language": "en", "ok": 1, "stale": 1, "unstamped": 1, "missing": 1 }])
    );
    let pages: Vec<(String, String, String)> = json["pages"]
        .as_array()
        .expect("a list of pages")
        .iter()
        .map(|p| {
            (
                p["source"].as_str().unwrap_or_default().to_string(),
                p["translation"].as_str().unwrap_or_default().to_string(),
                p["status"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    let expected: Vec<(String, String, String)> = [
        ("content/_index.md", "content/_index.en.md", "unstamped"),
        ("content/du-an-a.md", "content/du-an-a.en.md", "stale"),
        ("content/du-an-b.md", "content/du-an-b.en.md", "ok"),
        ("content/du-an-c.md", "content/du-an-c.en.md", "missing"),
    ]
    .iter()
    .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
    .collect();
    assert_eq!(pages, expected);
}

#[test]
fn mark_done_adds_one_line_before_the_closing_fence_and_changes_nothing_else() {
    let site = Site::fixture(FIXTURE);
    let file = "content/du-an-b.en.md";
    let before = read(&site, file);
    assert_eq!(status_of(&site, file), "unstamped");
    let hash = mark_done(&site, file);
    let after = read(&site, file);
    let line = format!("source_hash: {hash}\n");
    assert_eq!(without(&after, &line), before, "other bytes changed");
    let text = String::from_utf8(after).expect("UTF-8");
    assert!(
        text.contains(&format!("\n{line}---\n")),
        "the stamp is not the last front-matter line:\n{text}"
    );
    assert_eq!(status_of(&site, file), "ok");
}

#[test]
fn mark_done_keeps_a_windows_files_line_endings() {
    let site = Site::fixture(FIXTURE);
    let file = "content/du-an-b.en.md";
    let crlf = "---\r\ntitle: High-tech agricultural zone\r\ndescription: The zone.\r\n---\r\nThe zone.\r\n";
    site.write(file, crlf);
    let hash = mark_done(&site, file);
    let after = read(&site, file);
    let line = format!("source_hash: {hash}\r\n");
    assert_eq!(
        without(&after, &line),
        crlf.as_bytes(),
        "other bytes changed"
    );
    assert!(
        !String::from_utf8_lossy(&after).contains(&format!("{hash}\n")),
        "the stamp ends with a bare LF in a CRLF file"
    );
    assert_eq!(status_of(&site, file), "ok");
}

#[test]
fn mark_done_replaces_an_old_stamp_in_place() {
    let site = Site::fixture(FIXTURE);
    let file = "content/du-an-a.en.md";
    let before = String::from_utf8(read(&site, file)).expect("UTF-8");
    assert_eq!(status_of(&site, file), "stale");
    let hash = mark_done(&site, file);
    let after = String::from_utf8(read(&site, file)).expect("UTF-8");
    assert_eq!(
        after,
        before.replace(
            "source_hash: 0123456789abcdef\n",
            &format!("source_hash: {hash}\n")
        ),
        "more than the stamp changed"
    );
    assert_ne!(hash, "0123456789abcdef");
    assert_eq!(status_of(&site, file), "ok");
}

#[test]
fn changing_the_originals_text_makes_a_translation_stale_but_changing_a_fact_does_not() {
    let site = marked_site();
    let file = "content/du-an-b.en.md";
    assert_eq!(status_of(&site, file), "ok");
    let original = String::from_utf8(read(&site, "content/du-an-b.md")).expect("UTF-8");

    // Facts are the same in every language: nothing to translate again.
    let new_facts = original
        .replace("area_ha: 5200", "area_ha: 6000")
        .replace("amount: 1500", "amount: 1800")
        .replace("status: calling", "status: licensed");
    assert_ne!(new_facts, original);
    site.write("content/du-an-b.md", &new_facts);
    assert_eq!(status_of(&site, file), "ok", "a changed fact made it stale");

    // Text is translated: a changed sentence is out of date in English.
    let new_text = new_facts.replace(
        "Thành lập năm 2018.",
        "Thành lập năm 2018, mở rộng năm 2020.",
    );
    assert_ne!(new_text, new_facts);
    site.write("content/du-an-b.md", &new_text);
    assert_eq!(status_of(&site, file), "stale");
}

#[test]
fn mark_done_on_an_original_is_a_usage_error_and_leaves_it_alone() {
    let site = Site::fixture(FIXTURE);
    let file = "content/du-an-b.md";
    let before = read(&site, file);
    let run = site
        .run(&["translations", "--mark-done", file])
        .exit_code(2);
    assert!(run.stderr.contains("not a translation"), "{}", run.stderr);
    assert!(
        run.stderr.contains("content/du-an-b.en.md"),
        "no hint at the translation to mark instead:\n{}",
        run.stderr
    );
    assert_eq!(read(&site, file), before, "the original was changed");
}

fn strict_check(site: &Site) -> Run {
    site.run(&["check", "--strict-translations"])
}

#[test]
fn strict_check_fails_on_missing_and_stale_translations_only() {
    let site = marked_site();
    // Without the option, untranslated pages are no error.
    site.run(&["check"]).exit_code(0);

    let run = strict_check(&site).exit_code(1);
    run.error_at("content/du-an-a.en.md", 4, 1)
        .says("out of date")
        .quotes("source_hash: 0123456789abcdef")
        .helps("--mark-done content/du-an-a.en.md");
    let missing = run
        .diagnostics()
        .into_iter()
        .find(|d| d.path == "content/du-an-c.md")
        .unwrap_or_else(|| panic!("no error for the missing translation:\n{}", run.stderr));
    assert_eq!(missing.severity, "error");
    missing
        .says("no English translation")
        .helps("content/du-an-c.en.md");
    // The unstamped home page and the up-to-date du-an-b are not errors.
    assert_eq!(run.error_places().len(), 2, "{}", run.stderr);
    assert!(!site.path("output").exists(), "check wrote output/");
}

#[test]

fn changing_a_translated_field_of_the_content_type_makes_the_translation_stale() {
    // Symptom: the Vietnamese event moves from Vị Thanh to Ngã Bảy, and `translations`
    // still reports the English page, which says "Vi Thanh City", as up to date. `place`
    // is a text field, translated (the English file sets its own), so it is hashed like
    // the title.
    let site = Site::fixture(FIXTURE);
    site.write(
        "content/hoi-thao.md",
        "---\ntitle: Hội thảo xúc tiến đầu tư\ntype: event\ndate: 2018-09-20\nplace: Thành phố Vị Thanh\n---\nHội thảo.\n",
    );
    site.write(
        "content/hoi-thao.en.md",
        "---\ntitle: Investment promotion conference\nplace: Vi Thanh City\n---\nThe conference.\n",
    );
    site.run(&["check"]).exit_code(0);
    mark_done(&site, "content/hoi-thao.en.md");
    assert_eq!(status_of(&site, "content/hoi-thao.en.md"), "ok");
    site.write(
        "content/hoi-thao.md",
        "---\ntitle: Hội thảo xúc tiến đầu tư\ntype: event\ndate: 2018-09-20\nplace: Thị xã Ngã Bảy\n---\nHội thảo.\n",
    );
    assert_eq!(status_of(&site, "content/hoi-thao.en.md"), "stale");
}

#[test]
fn each_language_has_its_own_summary() {
    // vi, en (fallback) and ko (omit): statuses do not depend on what a language shows.
    let site = Site::fixture("multilingual/three_languages");
    mark_done(&site, "content/dau-tu/khu-nong-nghiep.ko.md");
    let (pages, summaries) = report(&site);
    assert_eq!(
        summaries,
        [
            "en: 0 ok, 0 stale, 3 unstamped, 4 missing",
            "ko: 1 ok, 0 stale, 3 unstamped, 3 missing",
        ]
    );
    assert!(
        pages.contains(&(
            "ko".to_string(),
            "missing".to_string(),
            "content/doi-tac/so-do.md (no content/doi-tac/so-do.ko.md)".to_string()
        )),
        "{pages:?}"
    );
}

#[test]

fn untranslated_record_page_is_not_told_to_write_a_markdown_translation() {
    // Symptom: "missing content/doi-tac/chiba.yaml (no content/doi-tac/chiba.en.md)" and
    // "help: write `content/doi-tac/chiba.en.md`", but a record holds every language in
    // its own file: the English goes into `chiba.yaml` as `title: { …, en: … }`.
    let site = Site::fixture("records/site");
    let (pages, _) = report(&site);
    let chiba = pages
        .iter()
        .find(|(_, _, f)| f.starts_with("content/doi-tac/chiba.yaml"))
        .expect("the record is reported");
    assert_eq!(chiba.1, "missing");
    assert!(!chiba.2.contains("chiba.en.md"), "{chiba:?}");
    let run = strict_check(&site).exit_code(1);
    assert!(!run.stderr.contains("chiba.en.md"), "{}", run.stderr);
}

#[test]
fn the_report_says_what_each_status_it_found_means() {
    let site = marked_site();
    let run = site.run(&["translations"]).exit_code(0);
    for explained in [
        "stale: the original's text changed after the translation was marked done",
        "unstamped: never marked done, so nobody has said it follows the original",
        "missing: there is no translation",
    ] {
        assert!(
            run.stderr.contains(explained),
            "no `{explained}` in:\n{}",
            run.stderr
        );
    }
    // Only the statuses found are explained.
    let all_done = Site::fixture("multilingual/three_languages");
    let run = all_done.run(&["translations"]).exit_code(0);
    assert!(!run.stderr.contains("stale: "), "{}", run.stderr);
}
