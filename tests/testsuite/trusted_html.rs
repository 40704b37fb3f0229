//! Authors are trusted with raw HTML in Markdown — it reaches the page as written — but
//! `check` warns, at its line and column, about raw HTML that runs script (`<script>`,
//! inline `on…=` handlers). Front matter is data: every value a template prints, in every
//! page and feed, is HTML-escaped.
//!
//! Fixtures: `hostile/raw_html`, `hostile/handler_like_text` (laid over the minimal site)
//! and `hostile/front_matter_markup` (a site of its own: `<i id="fm">&'"` in every text
//! field of site.yaml and of a project, a partner and an event). `escaping.rs` checks the
//! title and description of a plain page.

use crate::harness::{Run, Site};

const RAW: &str = "content/dau-tu/nhung-html.md";

fn raw_html_site() -> Site {
    let site = Site::minimal_with(&[]);
    site.overlay_fixture("hostile/raw_html");
    site
}

/// `check` with the site's address given, as the shipped workflows do (so site.yaml's
/// placeholder `https://example.org` is not also warned about).
fn check(site: &Site) -> Run {
    site.run(&["check", "--base-url", "https://example.org"])
}

/// The warnings of a run, as `path:line:column`.
fn warning_places(run: &Run) -> Vec<String> {
    run.diagnostics()
        .iter()
        .filter(|d| d.severity == "warning")
        .map(|d| format!("{}:{}:{}", d.path, d.line, d.column))
        .collect()
}

#[test]
fn check_warns_about_scripts_and_inline_handlers_at_their_place() {
    let run = check(&raw_html_site()).success();
    let diags = run.diagnostics();
    let warning = |line: usize, column: usize| {
        diags
            .iter()
            .find(|d| {
                d.severity == "warning" && d.path == RAW && d.line == line && d.column == column
            })
            .unwrap_or_else(|| panic!("no warning at {RAW}:{line}:{column}:\n{}", run.stderr))
    };
    warning(6, 1)
        .says("`<script>`")
        .quotes("<script>trackVisit(\"dau-tu\")</script>");
    // Inline HTML in the middle of a sentence is placed at its handler.
    warning(8, 46).says("event handler (`onerror=`)");
    // Upper case and spaces around `=` are still a handler.
    warning(10, 23).says("event handler (`onclick=`)");
    // `title=`, `class="once"` and a table are not.
    assert_eq!(
        warning_places(&run),
        [
            format!("{RAW}:6:1"),
            format!("{RAW}:8:46"),
            format!("{RAW}:10:23")
        ],
        "{}",
        run.stderr
    );
}

#[test]
fn raw_html_reaches_the_page_as_written() {
    let run = raw_html_site().build(&[]).success();
    let page = run.read("dau-tu/nhung-html/index.html");
    for html in [
        "<script>trackVisit(\"dau-tu\")</script>",
        "<img src=\"/favicon.svg\" alt=\"Biểu tượng\" onerror=\"alert(1)\">",
        "<button type=\"button\" ONCLICK = \"openMap()\">Mở bản đồ</button>",
        "<abbr title=\"Ủy ban nhân dân\">UBND</abbr>",
        "<table class=\"bang-so-lieu\">",
    ] {
        assert!(page.contains(html), "the page lost `{html}`:\n{page}");
    }
}

#[test]
fn text_that_only_looks_like_a_handler_is_not_warned_about() {
    // Symptom: `<p>Đăng ký online = miễn phí.</p>` → "this raw HTML has an inline event
    // handler (`on…=`)": the check reads the element's text as if it were attributes.
    let site = Site::minimal_with(&[]);
    site.overlay_fixture("hostile/handler_like_text");
    let run = check(&site).success();
    assert_eq!(warning_places(&run), Vec::<String>::new(), "{}", run.stderr);
}

/// The marker every front-matter text carries, as written and as escaped.
const MARKUP: &str = "<i id=\"fm\">";
const ESCAPED: &str = "&lt;i id=&quot;fm&quot;&gt;&amp;";

#[test]
fn every_front_matter_value_a_template_prints_is_escaped() {
    let run = Site::fixture("hostile/front_matter_markup")
        .build(&[])
        .success();
    let files = run.files();
    let mut checked = 0;
    for (path, bytes) in &files {
        if !(path.ends_with(".html") || path.ends_with(".xml")) {
            continue;
        }
        checked += 1;
        let text = String::from_utf8_lossy(bytes);
        assert!(
            !text.contains(MARKUP),
            "{path} prints front matter as markup"
        );
        assert!(
            !text.contains("id=\"fm\""),
            "{path} lets a value out of its attribute"
        );
    }
    assert!(checked > 10, "only {checked} pages and feeds");

    // The values are printed — escaped — where the theme shows them.
    for (file, shown) in [
        ("dau-tu/khu-cong-nghiep/index.html", "<h1>Khu công nghiệp "),
        (
            "dau-tu/khu-cong-nghiep/index.html",
            "<meta name=\"description\" content=\"Mô tả ",
        ),
        ("dau-tu/khu-cong-nghiep/index.html", "<li>"),
        (
            "en/dau-tu/khu-cong-nghiep/index.html",
            "<h1>Industrial zone ",
        ),
        ("doi-tac/busan/index.html", "Biên bản "),
        ("su-kien/hoi-nghi/index.html", "Hội trường "),
        ("index.html", "Sở "),
        ("index.html", "Đầu tư "),
        ("dau-tu/atom.xml", "Khu công nghiệp "),
        ("tu-khoa/i-id-fm/index.html", "<h1>"),
    ] {
        let html = run.read(file);
        assert!(
            html.contains(&format!("{shown}{ESCAPED}")),
            "{file} does not show `{shown}` followed by the escaped value"
        );
    }
}
