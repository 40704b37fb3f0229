//! Atom feeds (`feed: true`), read back with an XML parser: one per language, newest entry
//! first, each entry a page translated into that language with its dates, summary and
//! text; the section's page announces the feed. A page without a date in a section with a
//! feed is an error at its file and line, reported once.
//!
//! Fixture: `outputs/site` (see `side_outputs`); the error cases are written inline.

use crate::harness::{Site, file_for_url, tags};
use crate::side_outputs::{BASE, built, file_of, title_of};

const ATOM_NS: &str = "http://www.w3.org/2005/Atom";

/// What a reader's feed reader takes from one `<entry>`.
#[derive(Debug)]
struct FeedEntry {
    title: String,
    id: String,
    link: String,
    published: jiff::Timestamp,
    updated: jiff::Timestamp,
    summary: String,
    content: String,
}

/// What a feed reader takes from a feed.
#[derive(Debug)]
struct Feed {
    lang: String,
    title: String,
    id: String,
    updated: jiff::Timestamp,
    self_link: String,
    page_link: String,
    entries: Vec<FeedEntry>,
}

fn timestamp(text: &str, what: &str) -> jiff::Timestamp {
    text.parse()
        .unwrap_or_else(|e| panic!("{what} `{text}` is not an RFC 3339 date-time: {e}"))
}

/// The Atom elements `name` under `node`.
fn atom<'a, 'input>(
    node: roxmltree::Node<'a, 'input>,
    name: &str,
) -> Vec<roxmltree::Node<'a, 'input>> {
    node.children()
        .filter(|c| c.tag_name().name() == name && c.tag_name().namespace() == Some(ATOM_NS))
        .collect()
}

/// Parses the Atom feed at output file `rel`, checking what RFC 4287 requires of it.
fn feed(rel: &str) -> Feed {
    let text = built().read(rel);
    let doc = roxmltree::Document::parse(&text)
        .unwrap_or_else(|e| panic!("{rel} is not well-formed XML: {e}"));
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "feed", "{rel}");
    assert_eq!(root.tag_name().namespace(), Some(ATOM_NS), "{rel}");
    let one_text = |node: roxmltree::Node<'_, '_>, name: &str| -> String {
        let found = atom(node, name);
        assert_eq!(found.len(), 1, "{rel}: expected one <{name}>");
        found[0].text().unwrap_or_default().to_string()
    };
    let link = |node: roxmltree::Node<'_, '_>, rel_attr: &str| -> String {
        let links: Vec<_> = atom(node, "link")
            .into_iter()
            .filter(|l| l.attribute("rel").unwrap_or("alternate") == rel_attr)
            .collect();
        assert_eq!(links.len(), 1, "{rel}: expected one <link rel={rel_attr}>");
        links[0].attribute("href").expect("href").to_string()
    };
    let entries = atom(root, "entry")
        .into_iter()
        .map(|e| {
            let authors = atom(e, "author");
            assert!(
                authors.len() == 1 && !one_text(authors[0], "name").is_empty(),
                "{rel}: an entry without an author"
            );
            let content = atom(e, "content");
            assert_eq!(content.len(), 1, "{rel}: an entry without content");
            assert_eq!(content[0].attribute("type"), Some("html"));
            FeedEntry {
                title: one_text(e, "title"),
                id: one_text(e, "id"),
                link: link(e, "alternate"),
                published: timestamp(&one_text(e, "published"), "published"),
                updated: timestamp(&one_text(e, "updated"), "updated"),
                summary: one_text(e, "summary"),
                content: content[0].text().unwrap_or_default().to_string(),
            }
        })
        .collect();
    Feed {
        lang: root
            .attribute(("http://www.w3.org/XML/1998/namespace", "lang"))
            .expect("xml:lang")
            .to_string(),
        title: one_text(root, "title"),
        id: one_text(root, "id"),
        updated: timestamp(&one_text(root, "updated"), "updated"),
        self_link: link(root, "self"),
        page_link: link(root, "alternate"),
        entries,
    }
}

#[test]
fn each_language_has_an_atom_feed_that_parses_back() {
    let run = built();
    for (file, lang, section, expected) in [
        (
            "tin-tuc/atom.xml",
            "vi",
            "/tin-tuc/",
            // Newest first; the draft is left out.
            vec![
                "/tin-tuc/hoi-nghi/",
                "/tin-tuc/chi-tieng-viet/",
                "/tin-tuc/ban-hanh-ke-hoach/",
            ],
        ),
        (
            "en/news/atom.xml",
            "en",
            "/en/news/",
            // The untranslated news is not an English entry.
            vec!["/en/news/investment-conference/", "/en/news/plan-issued/"],
        ),
    ] {
        let feed = feed(file);
        assert_eq!(feed.lang, lang, "{file}");
        assert_eq!(feed.self_link, format!("{BASE}/{file}"));
        assert_eq!(feed.id, feed.self_link, "{file}: a stable id");
        assert_eq!(feed.page_link, format!("{BASE}{section}"));
        assert!(!feed.title.is_empty(), "{file}: an empty title");
        let links: Vec<String> = feed.entries.iter().map(|e| e.link.clone()).collect();
        let expected: Vec<String> = expected.iter().map(|p| format!("{BASE}{p}")).collect();
        assert_eq!(links, expected, "{file}: the entries, newest first");
        // The feed's date is its newest entry's, not the time of the build.
        let newest = feed
            .entries
            .iter()
            .map(|e| e.updated)
            .max()
            .expect("entries");
        assert_eq!(feed.updated, newest, "{file}");

        for entry in &feed.entries {
            assert_eq!(entry.id, entry.link, "{file}: the entry's id");
            assert!(entry.published <= entry.updated, "{file}: {entry:?}");
            let page_file = file_of(&entry.link, BASE).expect("an entry on the site");
            let html = run.read(&page_file);
            assert!(
                title_of(&html).starts_with(&entry.title),
                "{file}: the entry title {:?} is not the page's",
                entry.title
            );
            assert!(
                !entry.summary.is_empty(),
                "{file}: {} has no summary",
                entry.link
            );
            assert!(
                entry.content.starts_with("<p>"),
                "{file}: the content of {} is not its HTML: {:?}",
                entry.link,
                entry.content
            );
        }
    }

    let vi = feed("tin-tuc/atom.xml");
    let plan = &vi.entries[2];
    assert_eq!(plan.title, "Ban hành kế hoạch đối ngoại năm 2018");
    assert_eq!(plan.published, timestamp("2018-03-13T00:00:00Z", "test"));
    // Markup and ampersands in the text survive the round trip as text.
    assert_eq!(
        plan.summary,
        "Ủy ban nhân dân tỉnh ban hành kế hoạch công tác đối ngoại & hợp tác quốc tế."
    );
    assert!(plan.content.contains("<em>được</em>"), "{:?}", plan.content);
    let conference = &vi.entries[0];
    assert_eq!(
        conference.published,
        timestamp("2018-06-15T00:00:00Z", "test")
    );
    assert_eq!(
        conference.updated,
        timestamp("2018-06-20T00:00:00Z", "test")
    );
    let en = feed("en/news/atom.xml");
    assert_eq!(
        en.entries[1].summary,
        "The provincial People's Committee issues its plan for external affairs & international cooperation."
    );
    // Links in the English text lead to English pages.
    assert!(
        en.entries[0]
            .content
            .contains("href=\"/en/investment/high-tech-agriculture/\""),
        "{:?}",
        en.entries[0].content
    );
}

#[test]
fn the_news_page_announces_its_feed_in_each_language() {
    let run = built();
    for (page, feed) in [
        ("tin-tuc/index.html", "/tin-tuc/atom.xml"),
        ("en/news/index.html", "/en/news/atom.xml"),
    ] {
        let html = run.read(page);
        let announced: Vec<String> = tags(&html, "link")
            .into_iter()
            .filter(|l| l.get("type").map(String::as_str) == Some("application/atom+xml"))
            .filter_map(|l| l.get("href").cloned())
            .collect();
        assert_eq!(announced, [feed], "{page}: the feed in <head>");
        assert!(run.has(&file_for_url(feed)), "{feed} is not in the output");
        assert!(
            html.contains(&format!("<a href=\"{feed}\" type=\"application/atom+xml\"")),
            "{page} has no visible link to {feed}"
        );
    }
    // Sections without `feed: true` have none.
    assert!(!run.has("dau-tu/atom.xml"));
    assert!(
        !run.read("dau-tu/index.html")
            .contains("application/atom+xml")
    );
}

/// The smallest site with a section that has a feed and `page` of it, of content type
/// `page_type` (`None`: pages of the section are ordinary pages).
fn site_with_feed(page_type: Option<&str>, page: &str) -> Site {
    let page_type = page_type
        .map(|t| format!("page_type: {t}\n"))
        .unwrap_or_default();
    Site::minimal_with(&[
        (
            "content/tin-tuc/_index.md",
            &format!("---\ntitle: Tin tức\n{page_type}feed: true\n---\nTin.\n"),
        ),
        (
            "content/tin-tuc/_index.en.md",
            "---\ntitle: News\nslug: news\n---\nNews.\n",
        ),
        (
            "content/tin-tuc/co-ngay.md",
            "---\ntitle: Tin có ngày\ndescription: Có ngày.\ndate: 2018-03-13\n---\nNội dung.\n",
        ),
        ("content/tin-tuc/khong-ngay.md", page),
    ])
}

#[test]
fn feed_entry_without_a_date_is_an_error_at_its_file_and_line() {
    let site = site_with_feed(
        None,
        "---\ntitle: Tin không có ngày\ndescription: Thiếu ngày.\n---\nNội dung.\n",
    );
    let run = site.build(&[]).exit_code(1);
    // At the closing `---`, where the missing line goes.
    run.error_at("content/tin-tuc/khong-ngay.md", 4, 1)
        .says("`feed: true`")
        .says("`date`")
        .quotes("---")
        .helps("date: ");
    assert_eq!(run.error_places().len(), 1, "{}", run.stderr);
    assert!(
        !site.path("output").exists(),
        "a failed build wrote output/"
    );

    // `check` finds it too.
    let check = site.run(&["check"]).exit_code(1);
    check.error_at("content/tin-tuc/khong-ngay.md", 4, 1);
}

#[test]
fn news_without_a_date_in_a_feed_is_reported_once() {
    // Symptom: two errors for one missing line — "a `news` page needs `date`" at the
    // closing `---` and "…in a section with a feed…, so it needs a `date`" on line 2.
    let run = site_with_feed(
        Some("news"),
        "---\ntitle: Tin không có ngày\ndescription: Thiếu ngày.\n---\nNội dung.\n",
    )
    .build(&[])
    .exit_code(1);
    assert_eq!(
        run.error_places(),
        ["content/tin-tuc/khong-ngay.md:4:1"],
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("found 1 error"), "{}", run.stderr);
}

#[test]
fn a_wrong_date_in_a_feed_is_reported_once_at_the_date() {
    // Symptom: a date that is not a date was reported at its value and again as missing.
    let run = site_with_feed(
        None,
        "---\ntitle: Tin sai ngày\ndate: 2018-02-30\n---\nNội dung.\n",
    )
    .build(&[])
    .exit_code(1);
    let places = run.error_places();
    assert_eq!(places.len(), 1, "{}", run.stderr);
    assert!(
        places[0].starts_with("content/tin-tuc/khong-ngay.md:3:"),
        "{}",
        run.stderr
    );
}
