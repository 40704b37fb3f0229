//! Shortcodes in Markdown — `{{ name(arg="…") }}` inline and `{% name(…) %} … {% end %}`
//! around text — as the default theme declares them (`project_card`, `partner_card`,
//! `figure`, `note`): rendered in the page's language, and every wrong call an error at
//! its line and column.
//!
//! Fixture: `shortcodes/site` — a page bundle (`gioi-thieu/`, with an image) using each
//! shortcode in Vietnamese and English. The wrong calls are written by the test.

use crate::harness::{Run, Site, element, shared_build, tags};

fn build() -> &'static Run {
    shared_build("shortcodes/site", |_| {})
}

/// The page's body (`div.prose`).
fn prose(run: &Run, page: &str) -> String {
    element(&run.read(page), "div", "prose")
        .unwrap_or_else(|| panic!("{page} has no prose"))
        .to_string()
}

#[test]
fn project_and_partner_cards_link_the_page_in_the_readers_language() {
    let run = build();
    for (page, project, partner) in [
        (
            "gioi-thieu/index.html",
            "<p class=\"card-title\"><a href=\"/dau-tu/khu-nong-nghiep/\">Khu nông nghiệp công nghệ cao</a></p>",
            "<p class=\"card-title\"><a href=\"/doi-tac/jeonnam/\">Tỉnh Jeollanam-do</a></p>",
        ),
        (
            "en/about/index.html",
            "<p class=\"card-title\"><a href=\"/en/investment/high-tech-agriculture/\">High-tech agricultural zone</a></p>",
            "<p class=\"card-title\"><a href=\"/en/partners/jeonnam/\">Jeollanam-do Province</a></p>",
        ),
    ] {
        let body = prose(run, page);
        assert_eq!(
            body.matches("class=\"card shortcode-card\"").count(),
            2,
            "{page}:\n{body}"
        );
        assert!(body.contains(project), "{page}: no project card:\n{body}");
        assert!(body.contains(partner), "{page}: no partner card:\n{body}");
        assert!(
            !body.contains("{{") && !body.contains("{%"),
            "{page}: a call left as text"
        );
    }
    // The project card shows the project's facts in the reader's language.
    let en = prose(run, "en/about/index.html");
    assert!(
        en.contains("<dt>Indicative capital</dt><dd>VND\u{a0}1,500 billion</dd>"),
        "{en}"
    );
    let vi = prose(run, "gioi-thieu/index.html");
    assert!(
        vi.contains("<dt>Tổng vốn dự kiến</dt><dd>1.500 tỷ đồng</dd>"),
        "{vi}"
    );
}

#[test]
fn figure_shows_the_bundles_image_with_its_alt_text_and_caption() {
    let run = build();
    for (page, alt, caption, width) in [
        (
            "gioi-thieu/index.html",
            "Bản đồ tỉnh Hậu Giang",
            "Vị trí các dự án",
            Some("320"),
        ),
        (
            "en/about/index.html",
            "Map of Hau Giang Province",
            "Where the projects are",
            None,
        ),
    ] {
        let body = prose(run, page);
        let figure =
            element(&body, "figure", "figure").unwrap_or_else(|| panic!("{page}: no figure"));
        let img = &tags(figure, "img")[0];
        assert_eq!(img["src"], "/gioi-thieu/ban-do.svg", "{page}");
        assert!(run.has("gioi-thieu/ban-do.svg"), "the image was not copied");
        assert_eq!(img["alt"], alt, "{page}");
        assert_eq!(img.get("width").map(String::as_str), width, "{page}");
        assert!(
            figure.contains(&format!("<figcaption>{caption}</figcaption>")),
            "{page}: {figure}"
        );
        // A block alone in its paragraph replaces it: no <p> around the figure.
        assert!(!body.contains("<p><figure"), "{page}: {body}");
    }
}

#[test]
fn note_wraps_markdown_and_says_what_kind_it_is() {
    let run = build();
    let vi = prose(run, "gioi-thieu/index.html");
    let note = element(&vi, "aside", "note note-warning").unwrap_or_else(|| panic!("{vi}"));
    assert!(note.contains("<p class=\"note-title\">Lưu ý</p>"), "{note}");
    assert!(
        note.contains("<p>Số liệu <strong>minh họa</strong>.</p>"),
        "{note}"
    );
    // Without `kind`, a note is `info`.
    let en = prose(run, "en/about/index.html");
    let note = element(&en, "aside", "note note-info").unwrap_or_else(|| panic!("{en}"));
    assert!(
        note.contains("<p>Figures are <strong>illustrative</strong>.</p>"),
        "{note}"
    );
}

/// One wrong call per paragraph; the unclosed block last, since it runs to the end.
const WRONG_CALLS: &str = r#"---
title: Lỗi shortcode
---
{{ projct_card(path="@/dau-tu/khu-nong-nghiep.md") }}

{{ figure(src="/gioi-thieu/ban-do.svg", alt="Bản đồ", caption="Bản đồ", size=3) }}

{{ figure(src="/gioi-thieu/ban-do.svg", alt="Bản đồ") }}

{{ project_card(path="@/doi-tac/jeonnam.md") }}

{{ figure(src="khong-co.svg", alt="Ảnh", caption="Ảnh", width="rộng") }}

{% note(kind="info") %}
Ghi chú không đóng.
"#;

#[test]
fn wrong_shortcode_calls_are_errors_at_their_line_and_column() {
    let site = Site::fixture("shortcodes/site");
    site.write("content/loi.md", WRONG_CALLS);
    let run = site.build(&[]).exit_code(1);
    let file = "content/loi.md";
    let line = |n: usize| WRONG_CALLS.lines().nth(n - 1).expect("a line");
    run.error_at(file, 4, 1)
        .says("there is no shortcode `projct_card`")
        .quotes(line(4))
        .helps("did you mean `project_card`?");
    run.error_at(file, 6, 73)
        .says("the shortcode `figure` has no argument `size`")
        .quotes(line(6))
        .helps("`src`, `alt`, `caption`, `credit`, `width`");
    run.error_at(file, 8, 1)
        .says("the shortcode `figure` needs `caption`")
        .quotes(line(8))
        .helps("caption=");
    run.error_at(file, 10, 17)
        .says("`@/doi-tac/jeonnam.md` is a `partner` page")
        .says("`project_card` shows `project` pages")
        .quotes(line(10));
    run.error_at(file, 12, 11)
        .says("there is no file `khong-co.svg` beside this page")
        .quotes(line(12));
    run.error_at(file, 12, 57)
        .says("`width` must be a number")
        .quotes(line(12));
    run.error_at(file, 14, 1)
        .says("the shortcode `note` is opened here but never closed")
        .quotes(line(14))
        .helps("{% end %}");
    assert_eq!(
        run.error_places().len(),
        7,
        "each wrong call once (the English fallback shows the same page):\n{}",
        run.stderr
    );
    assert!(!site.path("output").exists());
}

/// A mistake in the theme's shortcodes.yaml is one error, there, in plain words: the
/// pages that call its shortcodes are not also told that those do not exist.
#[test]
fn a_mistake_in_shortcodes_yaml_is_one_error_not_one_per_call() {
    let site = Site::fixture("shortcodes/site");
    let file = "themes/default/shortcodes.yaml";
    let text = std::fs::read_to_string(site.path(file)).expect("shortcodes.yaml");
    let (index, line) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.trim_start().starts_with("help:"))
        .expect("a help line");
    site.write(
        file,
        &text.replacen(line, &line.replacen("help:", "hlp:", 1), 1),
    );
    let run = site.build(&[]).exit_code(1);
    run.error_at(file, index + 1, line.find("help:").unwrap() + 1)
        .says("has no setting `hlp`")
        .helps("did you mean `help`?");
    assert!(
        !run.stderr.contains("there is no shortcode"),
        "{}",
        run.stderr
    );
    assert_eq!(run.error_places().len(), 1, "{}", run.stderr);
}
