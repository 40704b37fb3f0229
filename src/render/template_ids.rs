//! The ids the templates write themselves (`<main id="main">`, `<h2 id="toc-title">`).
//! A heading of the body that took one would give the page two elements with one id,
//! which is invalid HTML and sends `#main` links to the wrong place; so these ids are
//! reserved, and a heading that would take one gets a suffix instead.
//!
//! Only literal ids count: `id="home-{{ loop.index }}"` is made by the template at render
//! time and cannot be known here. Tera's tags are blanked out first, so what is left is
//! the HTML the template writes around them, which a real HTML tokenizer then reads
//! (quotes, comments, `<script>` text and entities as a browser reads them).

use std::collections::{BTreeMap, HashMap};

use super::templates::TemplateFile;
use crate::text::html::start_tags;

/// Stands for a `{{ … }}` expression in the blanked text: a letter, so an expression in a
/// tag name (`<{{ tag }} id="x">`) still reads as a tag, then a character no template
/// writes, by which an attribute built from an expression is recognised.
const EXPRESSION: &str = "x\u{E000}";

/// Every literal id of the templates, with the first template (by name) that writes it.
#[derive(Clone, Debug, Default)]
pub struct ReservedIds {
    by_id: HashMap<String, String>,
}

impl ReservedIds {
    /// The ids of `files` (the theme's templates with the site's overrides in place).
    pub fn of(files: &BTreeMap<String, TemplateFile>) -> ReservedIds {
        let mut by_id = HashMap::new();
        for file in files.values() {
            for id in literal_ids(&file.source) {
                by_id
                    .entry(id)
                    .or_insert_with(|| file.display.display().to_string());
            }
        }
        ReservedIds { by_id }
    }

    /// The template that writes the id `id` (`themes/default/templates/base.html`).
    pub fn template_of(&self, id: &str) -> Option<&str> {
        self.by_id.get(id).map(String::as_str)
    }
}

/// The ids written literally in a template's `id` attributes, in order.
fn literal_ids(template: &str) -> Vec<String> {
    let html = blank_tera(template);
    let mut ids = Vec::new();
    for tag in start_tags(&html) {
        if let Some(value) = tag.attributes.get(b"id".as_slice()) {
            let id = String::from_utf8_lossy(&value.value);
            if !id.is_empty() && !id.contains(EXPRESSION) {
                ids.push(id.into_owned());
            }
        }
    }
    ids
}

/// The template with each `{% … %}` and `{# … #}` replaced by a space and each
/// `{{ … }}` by [`EXPRESSION`]; the text of `{% raw %}` blocks is kept as written.
fn blank_tera(template: &str) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        rest = &rest[open..];
        let close = match rest.as_bytes().get(1) {
            Some(b'{') => "}}",
            Some(b'%') => "%}",
            Some(b'#') => "#}",
            _ => {
                out.push('{');
                rest = &rest[1..];
                continue;
            }
        };
        let end = tag_end(rest, close);
        let tag = &rest[..end];
        rest = &rest[end..];
        if close == "}}" {
            out.push_str(EXPRESSION);
            continue;
        }
        out.push(' ');
        if close == "%}" && tag_words(tag).eq(["raw"]) {
            let text_end = raw_end(rest);
            out.push_str(&rest[..text_end]);
            rest = &rest[text_end..];
        }
    }
    out.push_str(rest);
    out
}

/// The length of the Tera tag at the start of `text` (up to and including `close`),
/// stepping over strings in it; the whole text when it is never closed.
fn tag_end(text: &str, close: &str) -> usize {
    let bytes = text.as_bytes();
    let mut i = 2;
    while i < bytes.len() {
        match bytes[i] {
            q @ (b'"' | b'\'' | b'`') if close != "#}" => {
                i += 1;
                while i < bytes.len() && bytes[i] != q {
                    i += 1;
                }
            }
            _ if bytes[i..].starts_with(close.as_bytes()) => return i + close.len(),
            _ => {}
        }
        i += 1;
    }
    text.len()
}

/// The words of a `{% … %}` tag, without its delimiters and whitespace control.
fn tag_words(tag: &str) -> impl Iterator<Item = &str> {
    tag.trim_start_matches("{%")
        .trim_end_matches("%}")
        .trim_matches('-')
        .split_whitespace()
}

/// Where the `{% endraw %}` that closes a raw block begins in `text`.
fn raw_end(text: &str) -> usize {
    let mut from = 0;
    while let Some(at) = text[from..].find("{%").map(|i| i + from) {
        let end = at + tag_end(&text[at..], "%}");
        if tag_words(&text[at..end]).eq(["endraw"]) {
            return at;
        }
        from = at + 2;
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literal_ids_are_found_in_any_quoting_and_built_ones_are_not() {
        let template = r#"{% extends "base.html" %}
<main id="main" class="wrap">
<h2 ID='toc-title'>{{ t(key="on_this_page") }}</h2>
<input id=q name=q>
<h2 id="home-{{ loop.index }}">{{ listing.title }}</h2>
<a {% if x %}id="chosen"{% endif %} href="/">x</a>
{{ bar_chart(rows=group, id="chart-capital") }}
{# <p id="commented-out-by-tera"> #}
<!-- <p id="commented-out-in-html"> -->
<script>var s = '<p id="in-a-script">';</script>
<p id="caf&eacute;" title="{{ '}}' }}">
{% raw %}<p id="raw-{{ x }}">{% endraw %}
<{{ tag }} id="after-an-expression">
<p data-id="not-an-id" id="">
"#;
        assert_eq!(
            literal_ids(template),
            [
                "main",
                "toc-title",
                "q",
                "chosen",
                "café",
                "raw-{{ x }}",
                "after-an-expression"
            ]
        );
    }

    #[test]
    fn an_unclosed_tag_hides_the_rest_and_nothing_panics() {
        assert_eq!(literal_ids("<p id=\"a\">{{ oops <p id=\"b\">"), ["a"]);
        assert_eq!(literal_ids("{% raw %}<p id=\"c\">"), ["c"]);
        assert!(literal_ids("{").is_empty() && literal_ids("{{").is_empty());
    }

    #[test]
    fn the_first_template_by_name_is_named() {
        let file = |display: &str, source: &str| TemplateFile {
            display: display.into(),
            source: source.into(),
        };
        let files = BTreeMap::from([
            (
                "base.html".to_string(),
                file("t/base.html", "<main id=\"main\">"),
            ),
            (
                "page.html".to_string(),
                file("t/page.html", "<div id=\"main\">"),
            ),
        ]);
        let ids = ReservedIds::of(&files);
        assert_eq!(ids.template_of("main"), Some("t/base.html"));
        assert_eq!(ids.template_of("toc"), None);
    }
}
