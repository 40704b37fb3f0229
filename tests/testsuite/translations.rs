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

/// `translations` as (language, status, file) per page, and the summary lines. A page's
/// line is `LANG STATUS FILE` in columns (the status in words, e.g. `out of date`); the
/// lines under it, indented, give its titles and what changed.
fn report(site: &Site) -> (Vec<(String, String, String)>, Vec<String>) {
    let (pages, summaries) = report_with_details(site);
    (pages.into_iter().map(|(p, _)| p).collect(), summaries)
}

/// [`report`], with each page's indented lines.
/// A page's report line, as (language, status, file), and the lines under it.
type PageLines = ((String, String, String), Vec<String>);

fn report_with_details(site: &Site) -> (Vec<PageLines>, Vec<String>) {
    let run = site.run(&["translations"]).exit_code(0);
    let mut pages: Vec<PageLines> = Vec::new();
    let mut summaries = Vec::new();
    for line in run.stdout.lines() {
        if line.contains(" up to date, ") {
            summaries.push(line.to_string());
        } else if let Some(detail) = line.strip_prefix("    ") {
            let (_, details) = pages.last_mut().expect("a detail line after a page line");
            details.push(detail.to_string());
        } else if line.len() > 18 {
            let lang = line[..3].trim().to_string();
            let status = line[4..17].trim().to_string();
            let file = line[18..].to_string();
            pages.push(((lang, status, file), Vec::new()));
        }
    }
    (pages, summaries)
}

/// The two stamp lines `--mark-done` wrote in `text`: `source_hash: …` and
/// `source_parts: "checked YYYY-MM-DD; …"`, each with its line ending.
#[track_caller]
fn stamp_lines(text: &str) -> (String, String) {
    let line = |key: &str| {
        text.split_inclusive('\n')
            .find(|l| l.starts_with(key))
            .unwrap_or_else(|| panic!("no `{key}` line in:\n{text}"))
            .to_string()
    };
    let parts = line("source_parts: ");
    let date = parts
        .strip_prefix("source_parts: \"checked ")
        .map(|rest| &rest[..10])
        .unwrap_or_default();
    assert!(
        date.len() == 10
            && date.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }),
        "no check date in {parts:?}"
    );
    (line("source_hash: "), parts)
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
    // The home page is a section: it comes first.
    let expected = [
        ("en", "never checked", "content/_index.en.md"),
        ("en", "out of date", "content/du-an-a.en.md"),
        ("en", "up to date", "content/du-an-b.en.md"),
        (
            "en",
            "missing",
            "content/du-an-c.md (write content/du-an-c.en.md)",
        ),
    ];
    let got: Vec<(&str, &str, &str)> = pages
        .iter()
        .map(|(l, s, f)| (l.as_str(), s.as_str(), f.as_str()))
        .collect();
    assert_eq!(got, expected);
    assert_eq!(
        summaries,
        ["en: 1 up to date, 1 out of date, 1 never checked, 1 missing (4 pages)"]
    );
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
fn mark_done_adds_two_lines_before_the_closing_fence_and_changes_nothing_else() {
    let site = Site::fixture(FIXTURE);
    let file = "content/du-an-b.en.md";
    let before = read(&site, file);
    assert_eq!(status_of(&site, file), "never checked");
    let hash = mark_done(&site, file);
    let after = read(&site, file);
    let text = String::from_utf8(after.clone()).expect("UTF-8");
    let (line, parts) = stamp_lines(&text);
    assert_eq!(line, format!("source_hash: {hash}\n"));
    assert_eq!(
        without(&without(&after, &line), &parts),
        before,
        "other bytes changed"
    );
    assert!(
        text.contains(&format!("\n{line}{parts}---\n")),
        "the stamp is not the last front-matter lines:\n{text}"
    );
    assert_eq!(status_of(&site, file), "up to date");
}

#[test]
fn mark_done_keeps_a_windows_files_line_endings() {
    let site = Site::fixture(FIXTURE);
    let file = "content/du-an-b.en.md";
    let crlf = "---\r\ntitle: High-tech agricultural zone\r\ndescription: The zone.\r\n---\r\nThe zone.\r\n";
    site.write(file, crlf);
    let hash = mark_done(&site, file);
    let after = read(&site, file);
    let (line, parts) = stamp_lines(&String::from_utf8_lossy(&after));
    assert_eq!(line, format!("source_hash: {hash}\r\n"));
    assert!(parts.ends_with("\"\r\n"), "{parts:?}");
    assert_eq!(
        without(&without(&after, &line), &parts),
        crlf.as_bytes(),
        "other bytes changed"
    );
    assert_eq!(status_of(&site, file), "up to date");
}

#[test]
fn mark_done_replaces_an_old_stamp_in_place() {
    let site = Site::fixture(FIXTURE);
    let file = "content/du-an-a.en.md";
    let before = String::from_utf8(read(&site, file)).expect("UTF-8");
    assert_eq!(status_of(&site, file), "out of date");
    let hash = mark_done(&site, file);
    let after = String::from_utf8(read(&site, file)).expect("UTF-8");
    let (_, parts) = stamp_lines(&after);
    // The old stamp is replaced in place; the parts line is added after it. Marking it
    // done again replaces both in place.
    assert_eq!(
        after,
        before
            .replace(
                "source_hash: 0123456789abcdef\n",
                &format!("source_hash: {hash}\n")
            )
            .replace("---\nThe", &format!("{parts}---\nThe")),
        "more than the stamp changed"
    );
    assert_ne!(hash, "0123456789abcdef");
    assert_eq!(status_of(&site, file), "up to date");
    mark_done(&site, file);
    assert_eq!(String::from_utf8(read(&site, file)).expect("UTF-8"), after);
}

#[test]
fn changing_the_originals_text_makes_a_translation_stale_but_changing_a_fact_does_not() {
    let site = marked_site();
    let file = "content/du-an-b.en.md";
    assert_eq!(status_of(&site, file), "up to date");
    let original = String::from_utf8(read(&site, "content/du-an-b.md")).expect("UTF-8");

    // Facts are the same in every language: nothing to translate again.
    let new_facts = original
        .replace("area_ha: 5200", "area_ha: 6000")
        .replace("amount: 1500", "amount: 1800")
        .replace("status: calling", "status: licensed");
    assert_ne!(new_facts, original);
    site.write("content/du-an-b.md", &new_facts);
    assert_eq!(
        status_of(&site, file),
        "up to date",
        "a changed fact made it stale"
    );

    // Text is translated: a changed sentence is out of date in English.
    let new_text = new_facts.replace(
        "Thành lập năm 2018.",
        "Thành lập năm 2018, mở rộng năm 2020.",
    );
    assert_ne!(new_text, new_facts);
    site.write("content/du-an-b.md", &new_text);
    assert_eq!(status_of(&site, file), "out of date");
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
    assert_eq!(status_of(&site, "content/hoi-thao.en.md"), "up to date");
    site.write(
        "content/hoi-thao.md",
        "---\ntitle: Hội thảo xúc tiến đầu tư\ntype: event\ndate: 2018-09-20\nplace: Thị xã Ngã Bảy\n---\nHội thảo.\n",
    );
    assert_eq!(status_of(&site, "content/hoi-thao.en.md"), "out of date");
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
            "en: 0 up to date, 0 out of date, 3 never checked, 4 missing (7 pages)",
            "ko: 1 up to date, 0 out of date, 3 never checked, 3 missing (7 pages)",
        ]
    );
    assert!(
        pages.contains(&(
            "ko".to_string(),
            "missing".to_string(),
            "content/doi-tac/so-do.md (write content/doi-tac/so-do.ko.md)".to_string()
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
        "out of date: the original's text changed after the translation was marked done",
        "never checked: nobody has marked the translation done, so nobody has said it follows the original",
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
    assert!(!run.stderr.contains("out of date: "), "{}", run.stderr);
}

#[test]
fn an_out_of_date_translation_names_its_titles_the_check_date_and_what_changed() {
    let site = marked_site();
    let original = String::from_utf8(read(&site, "content/du-an-b.md")).expect("UTF-8");
    let changed = original
        .replace(
            "title: Khu nông nghiệp công nghệ cao",
            "title: Khu nông nghiệp công nghệ cao Long Mỹ",
        )
        .replace(
            "## Lịch sử\n\nThành lập năm 2018.\n",
            "Diện tích mở rộng thêm năm 2020, với nhiều nhà đầu tư mới.\n",
        );
    site.write("content/du-an-b.md", &changed);
    let (pages, _) = report_with_details(&site);
    let (page, details) = pages
        .iter()
        .find(|((_, _, f), _)| f == "content/du-an-b.en.md")
        .expect("du-an-b.en.md in the report");
    assert_eq!(page.1, "out of date");
    assert_eq!(
        details[0],
        "Khu nông nghiệp công nghệ cao Long Mỹ / High-tech agricultural zone"
    );
    let (_, parts) = stamp_lines(&String::from_utf8(read(&site, "content/du-an-b.en.md")).unwrap());
    let date = &parts["source_parts: \"checked ".len()..][..10];
    assert_eq!(
        details[1],
        format!(
            "checked on {date}; since then the original changed the title, paragraph 2 (\"Diện tích mở rộng thêm năm 2020, với…\") and 1 paragraph removed"
        )
    );

    // The same facts for tools.
    let run = site.run(&["translations", "--format", "json"]).exit_code(0);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    let b = json["pages"]
        .as_array()
        .expect("pages")
        .iter()
        .find(|p| p["translation"] == "content/du-an-b.en.md")
        .expect("du-an-b.en.md");
    assert_eq!(b["status"], "stale");
    assert_eq!(b["title"], "Khu nông nghiệp công nghệ cao Long Mỹ");
    assert_eq!(b["translated_title"], "High-tech agricultural zone");
    assert_eq!(b["checked"], date);
    assert_eq!(b["changes"]["fields"], serde_json::json!(["title"]));
    assert_eq!(b["changes"]["paragraphs"][0]["number"], 2);
    assert_eq!(b["changes"]["removed_paragraphs"], 1);
}

#[test]
fn a_translation_stamped_before_parts_were_recorded_is_out_of_date_without_details() {
    // `du-an-a.en.md` has only `source_hash:` (an older stamp): the report cannot say
    // what changed, and says so.
    let site = marked_site();
    let (pages, _) = report_with_details(&site);
    let (_, details) = pages
        .iter()
        .find(|((_, _, f), _)| f == "content/du-an-a.en.md")
        .expect("du-an-a.en.md");
    assert_eq!(
        details.last().map(String::as_str),
        Some("the original's text changed since this translation was checked")
    );
}

#[test]
fn sections_and_projects_come_before_other_pages_and_news_last() {
    let site = Site::minimal_with(&[
        (
            "content/tin-tuc/_index.md",
            "---\ntitle: Tin tức\npage_type: news\n---\nTin.\n",
        ),
        (
            "content/tin-tuc/a-tin.md",
            "---\ntitle: Tin\ndate: 2018-03-13\ndescription: Một tin.\n---\nTin.\n",
        ),
        ("content/a-trang.md", "---\ntitle: Trang\n---\nTrang.\n"),
        (
            "content/dau-tu/_index.md",
            "---\ntitle: Dự án\npage_type: project\n---\nCác dự án.\n",
        ),
        (
            "content/dau-tu/z-du-an.md",
            "---\ntitle: Dự án Z\ndescription: Một dự án.\nsector: energy\ndistrict: vi-thuy\nstatus: calling\n---\nDự án.\n",
        ),
    ]);
    let (pages, _) = report(&site);
    let order: Vec<&str> = pages.iter().map(|(_, _, f)| f.as_str()).collect();
    let position = |prefix: &str| {
        order
            .iter()
            .position(|f| f.starts_with(prefix))
            .unwrap_or_else(|| panic!("{prefix} not in {order:?}"))
    };
    let sections = [
        "content/_index",
        "content/dau-tu/_index",
        "content/tin-tuc/_index",
    ]
    .map(&position);
    let project = position("content/dau-tu/z-du-an.md");
    let page = position("content/a-trang.md");
    let news = position("content/tin-tuc/a-tin.md");
    assert!(sections.iter().all(|s| *s < project), "{order:?}");
    assert!(project < page && page < news, "{order:?}");
}
