//! Markdown to HTML with pulldown-cmark: CommonMark plus tables, footnotes, strikethrough,
//! task lists and heading attributes.
//!
//! On top of the plain conversion: every heading gets an id (Vietnamese headings give
//! ASCII ids), internal links written `@/section/page.md#anchor` become the URL of that
//! page in the reader's language, relative links to a page's own files become their site
//! paths, and wide tables scroll inside a wrapper instead of widening a phone's page.
//! The stage knows nothing of the library or templates: links are resolved through
//! [`LinkResolver`].

mod headings;
pub mod highlight;
pub mod shortcodes;

pub use headings::Heading;

use std::collections::HashSet;

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd, html};

/// Answers the questions the Markdown stage asks about the rest of the site.
pub trait LinkResolver {
    /// The URL of the page at `content_path` (as written after `@/`) in the language being
    /// rendered, and an opaque id of the target (for checking `#anchor`s afterwards).
    fn resolve(&self, content_path: &str) -> Result<(String, usize), LinkProblem>;
    /// The site path of a file beside the page (`ban-do.svg`), if the page has one.
    fn asset(&self, relative: &str) -> Option<String>;
    /// Checks a shortcode call (and may rewrite its arguments); problems are at offsets
    /// of the page's body. By default there are no shortcodes.
    fn shortcode(&self, call: &mut shortcodes::Call) -> Vec<Problem> {
        vec![Problem {
            warning: false,
            offset: call.offset,
            message: format!("there is no shortcode `{}`", call.name),
            help: None,
        }]
    }
}

/// Why a link could not be resolved, for the author.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkProblem {
    pub message: String,
    pub help: Option<String>,
    /// The link's target failed to read, and that error is reported: say nothing more.
    pub quiet: bool,
}

/// A problem found while rendering, at a byte offset of the Markdown body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub offset: usize,
    pub message: String,
    pub help: Option<String>,
    /// A warning does not fail the build (raw HTML that runs script, say).
    pub warning: bool,
}

/// An internal link with an `#anchor`, to check once every page's headings are known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnchorLink {
    pub target: usize,
    pub anchor: String,
    pub offset: usize,
}

/// The rendered body and what templates and checks need to know about it.
#[derive(Clone, Debug, Default)]
pub struct Rendered {
    pub html: String,
    /// Headings of levels 2 and 3, for a table of contents.
    pub toc: Vec<Heading>,
    /// Every heading, in order.
    pub headings: Vec<Heading>,
    /// Every id on the page (headings, explicit ids, footnotes).
    pub anchors: HashSet<String>,
    pub anchor_links: Vec<AnchorLink>,
    /// The first paragraph as plain text.
    pub summary: String,
    /// All the page's text, without markup, for the search index.
    pub text: String,
    /// Shortcode calls, whose placeholders are in `html` until the render stage fills them.
    pub shortcodes: Vec<shortcodes::Call>,
    pub has_code: bool,
    pub problems: Vec<Problem>,
}

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// Renders `body` (the part after the front matter), with its shortcodes.
pub fn render(body: &str, resolver: &dyn LinkResolver) -> Rendered {
    let extracted = shortcodes::extract(body);
    let mut out = render_markdown(&extracted.text, resolver);
    // Offsets so far are in the text with placeholders; authors need the file's.
    for p in &mut out.problems {
        p.offset = extracted.original_offset(p.offset);
    }
    for link in &mut out.anchor_links {
        link.offset = extracted.original_offset(link.offset);
    }
    for p in &extracted.problems {
        out.problems.push(Problem {
            warning: false,
            offset: p.offset,
            message: p.message.clone(),
            help: p.help.clone(),
        });
    }
    let mut calls = extracted.calls;
    for call in &mut calls {
        let problems = resolver.shortcode(call);
        call.ok = problems.is_empty();
        out.problems.extend(problems);
        if let Some(inner) = &call.body {
            // A block's text is Markdown too (shortcodes do not nest).
            let rendered = render_markdown(inner, resolver);
            for mut p in rendered.problems {
                p.offset += call.body_offset;
                out.problems.push(p);
            }
            for mut link in rendered.anchor_links {
                link.offset += call.body_offset;
                out.anchor_links.push(link);
            }
            out.anchors.extend(rendered.anchors);
            call.body_html = Some(rendered.html);
        }
    }
    out.shortcodes = calls;
    if !out.shortcodes.is_empty() {
        out.summary = strip_placeholders(&out.summary);
        out.text = strip_placeholders(&out.text);
    }
    out
}

/// The first paragraph of `body` as plain text, without rendering the page: what
/// listings show for a page without a description.
pub fn summary_of(body: &str) -> String {
    if let Some(summary) = first_blocks(body).and_then(|b| first_paragraph(b, true)) {
        return summary;
    }
    first_paragraph(opening(body), false).unwrap_or_default()
}

/// The text of the first paragraph in `body` with any text, shortcodes left out. When
/// `alone` (the text is only the page's first blocks), `None` if that paragraph is empty
/// or holds a reference-style link not defined before it: the rest of the page decides
/// those.
fn first_paragraph(body: &str, alone: bool) -> Option<String> {
    let extracted;
    let text = if body.contains("{{") || body.contains("{%") {
        extracted = shortcodes::extract(body);
        extracted.text.as_str()
    } else {
        body
    };
    let undefined_reference = std::cell::Cell::new(false);
    let mut note_reference = |_: pulldown_cmark::BrokenLink<'_>| {
        undefined_reference.set(true);
        None
    };
    let mut summary = String::new();
    let mut in_paragraph = false;
    for event in Parser::new_with_broken_link_callback(text, options(), Some(&mut note_reference)) {
        match event {
            Event::Start(Tag::Paragraph) => in_paragraph = true,
            Event::End(TagEnd::Paragraph) if in_paragraph => {
                if !summary.trim().is_empty() {
                    break;
                }
                in_paragraph = false;
            }
            Event::Text(t) | Event::Code(t) if in_paragraph => summary.push_str(&t),
            Event::SoftBreak | Event::HardBreak if in_paragraph => summary.push(' '),
            _ => {}
        }
    }
    let summary = strip_placeholders(&summary);
    if alone && (summary.is_empty() || undefined_reference.get()) {
        return None;
    }
    Some(summary)
}

/// The blocks of `body` up to and including its first paragraph, when Markdown reads
/// that paragraph the same alone as in the whole page. Blocks are read line by line, so
/// the cut (a blank line, then a line that starts a block) changes no block before it;
/// only a reference-style link or footnote (a `]` not followed by `(`) can depend on
/// what follows, and a shortcode may run on past the cut. Most pages open without them,
/// and their summary then costs a few hundred bytes of parsing instead of the page's
/// first kilobytes. An HTML comment that runs past the cut hides the same text either
/// way; `first_paragraph` catches the rest: an empty paragraph, and a link that only
/// looks inline (`[a](b c)` is the reference `[a]`). `None` too when there is no place
/// to cut: the fallback then reads the whole page once, not twice.
fn first_blocks(body: &str) -> Option<&str> {
    let blocks = cut_after_first_paragraph(body, 0);
    if blocks.len() == body.len() {
        return None;
    }
    let bytes = blocks.as_bytes();
    let refers_on = bytes
        .iter()
        .enumerate()
        .any(|(i, &b)| b == b']' && bytes.get(i + 1) != Some(&b'('));
    (!refers_on && !blocks.contains('{')).then_some(blocks)
}

/// The start of `body` that holds its first paragraph: Markdown's block pass reads a
/// whole text before the first event, so a summary of a long page reads only its first
/// blocks — whole blocks, cut at a blank line outside code fences, at least 2 KB when
/// the page is longer.
fn opening(body: &str) -> &str {
    const ENOUGH: usize = 2048;
    if body.len() <= ENOUGH * 2 {
        return body;
    }
    cut_after_first_paragraph(body, ENOUGH)
}

/// `body` up to the first block that starts at least `enough` bytes in, after a line
/// that looks like a paragraph's; blocks are cut at a blank line outside code fences,
/// never inside a list or an indented block. All of `body` when there is no such place.
fn cut_after_first_paragraph(body: &str, enough: usize) -> &str {
    let mut in_fence = false;
    let mut offset = 0;
    let mut previous_blank = true;
    let mut seen_paragraph = false;
    for line in body.split_inclusive('\n') {
        let trimmed = line.trim_start();
        let fence = trimmed.starts_with("```") || trimmed.starts_with("~~~");
        let blank = trimmed.trim().is_empty();
        // A line after a blank one that does not continue a block (not indented, not a
        // list item) starts a new block.
        let starts_block = !in_fence
            && previous_blank
            && !blank
            && !line.starts_with([' ', '\t'])
            && !trimmed.starts_with(['-', '*', '+', '|', '>'])
            && !trimmed.starts_with(|c: char| c.is_ascii_digit());
        if starts_block {
            if offset >= enough && seen_paragraph {
                return &body[..offset];
            }
            seen_paragraph |= !fence && !trimmed.starts_with(['#', '<', '[', '!', '{']);
        }
        if fence {
            in_fence = !in_fence;
        }
        previous_blank = blank;
        offset += line.len();
    }
    body
}

/// Text without shortcode placeholders (a summary is plain text), each run of
/// whitespace one space and none at either end.
fn strip_placeholders(s: &str) -> String {
    plain_text(s, true)
}

/// `s` with each run of whitespace one space and none at either end, and without
/// shortcode placeholders when `placeholders` (`\u{E000}…\u{E001}`), in one pass that
/// copies whole words. Only a byte that can start whitespace or a placeholder in UTF-8
/// is decoded: ASCII spaces and controls, and the lead bytes `C2` (U+0085, U+00A0),
/// `E1`–`E3` (U+1680, U+2000–U+3000) and `EE` (U+E000, U+E001). Text that needs no
/// change is copied in one piece.
fn plain_text(s: &str, placeholders: bool) -> String {
    const fn may_start_space(b: u8) -> bool {
        matches!(b, b'\t'..=b'\r' | b' ' | 0xC2 | 0xE1..=0xE3 | 0xEE)
    }
    const SPECIAL: [bool; 256] = {
        let mut t = [false; 256];
        let mut b = 0;
        while b < 256 {
            t[b] = may_start_space(b as u8);
            b += 1;
        }
        t
    };
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut inside = false;
    let mut space = false;
    // Where the word being read started.
    let mut word: Option<usize> = None;
    let mut i = 0;
    while i < bytes.len() {
        let special = bytes[i..]
            .iter()
            .position(|&b| SPECIAL[b as usize])
            .map_or(bytes.len(), |p| i + p);
        if special > i && !inside && word.is_none() {
            if space {
                out.push(' ');
                space = false;
            }
            word = Some(i);
        }
        let Some(c) = s.get(special..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        i = special + c.len_utf8();
        // One space between two words stays in the word being copied.
        if c == ' ' && word.is_some() && bytes.get(i).is_some_and(|&b| !SPECIAL[b as usize]) {
            continue;
        }
        let kept = match c {
            '\u{E000}' if placeholders => {
                inside = true;
                false
            }
            '\u{E001}' if placeholders => {
                inside = false;
                false
            }
            c => !inside && !c.is_whitespace(),
        };
        if kept {
            if word.is_none() {
                if space {
                    out.push(' ');
                    space = false;
                }
                word = Some(special);
            }
            continue;
        }
        if let Some(start) = word.take() {
            out.push_str(&s[start..special]);
        }
        if !inside && c.is_whitespace() {
            space = !out.is_empty();
        }
    }
    if let Some(start) = word {
        out.push_str(&s[start..]);
    }
    out
}

/// Renders Markdown without looking for shortcodes.
fn render_markdown(body: &str, resolver: &dyn LinkResolver) -> Rendered {
    let mut out = Rendered::default();

    let mut events: Vec<(Event<'_>, std::ops::Range<usize>)> = Parser::new_ext(body, options())
        .into_offset_iter()
        .collect();

    let headings = headings::assign_ids(&mut events);
    for h in &headings {
        out.anchors.insert(h.id.clone());
    }
    out.toc = headings
        .iter()
        .filter(|h| (2..=3).contains(&h.level))
        .cloned()
        .collect();
    out.headings = headings;
    let mut same_page_links: Vec<(String, usize)> = Vec::new();

    let mut html_events: Vec<Event<'_>> = Vec::with_capacity(events.len() + 8);
    let mut in_first_paragraph = false;
    let mut summary_done = false;
    // A code block being collected: its language and text.
    let mut code: Option<(Option<String>, String)> = None;
    for (event, range) in events {
        match &event {
            Event::Text(t) | Event::Code(t) if code.is_none() => out.text.push_str(t),
            Event::SoftBreak
            | Event::HardBreak
            | Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::TableCell
                | TagEnd::BlockQuote(_)
                | TagEnd::CodeBlock,
            ) => out.text.push(' '),
            _ => {}
        }
        if let Some((_, text)) = code.as_mut() {
            match event {
                Event::Text(t) => text.push_str(&t),
                Event::End(TagEnd::CodeBlock) => {
                    let (lang, text) = code.take().unwrap_or_default();
                    html_events.push(Event::Html(CowStr::from(highlight::code_block(
                        &text,
                        lang.as_deref(),
                    ))));
                }
                _ => {}
            }
            continue;
        }
        match event {
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                if let Some(anchor) = dest_url.strip_prefix('#')
                    && !anchor.is_empty()
                {
                    same_page_links.push((anchor.to_string(), range.start));
                }
                let dest_url = rewrite_url(dest_url, range.start, resolver, &mut out);
                html_events.push(Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                }));
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest_url = rewrite_url(dest_url, range.start, resolver, &mut out);
                html_events.push(Event::Start(Tag::Image {
                    link_type,
                    dest_url,
                    title,
                    id,
                }));
            }
            Event::Start(Tag::Table(alignments)) => {
                html_events.push(Event::Html(CowStr::Borrowed("<div class=\"table-wrap\">")));
                html_events.push(Event::Start(Tag::Table(alignments)));
            }
            Event::End(TagEnd::Table) => {
                html_events.push(Event::End(TagEnd::Table));
                html_events.push(Event::Html(CowStr::Borrowed("</div>\n")));
            }
            Event::Start(Tag::FootnoteDefinition(ref name)) => {
                out.anchors.insert(name.to_string());
                html_events.push(event);
            }
            Event::Start(Tag::Paragraph) if !summary_done => {
                in_first_paragraph = true;
                html_events.push(event);
            }
            Event::End(TagEnd::Paragraph) if in_first_paragraph => {
                in_first_paragraph = false;
                summary_done = !out.summary.trim().is_empty();
                html_events.push(event);
            }
            Event::Text(ref t) | Event::Code(ref t) if in_first_paragraph => {
                out.summary.push_str(t);
                html_events.push(event);
            }
            Event::SoftBreak | Event::HardBreak if in_first_paragraph => {
                out.summary.push(' ');
                html_events.push(event);
            }
            Event::Start(Tag::CodeBlock(kind)) => {
                out.has_code = true;
                let lang = match kind {
                    pulldown_cmark::CodeBlockKind::Fenced(info) if !info.trim().is_empty() => {
                        Some(info.to_string())
                    }
                    _ => None,
                };
                code = Some((lang, String::new()));
            }
            Event::Html(ref h) | Event::InlineHtml(ref h) => {
                collect_html_ids(h, &mut out.anchors);
                if let Some(what) = script_in_html(h) {
                    out.problems.push(Problem {
                            offset: range.start,
                        message: format!("this raw HTML {what}, which runs in every reader's browser"),
                        help: Some("content should not carry scripts: ask the theme's designer for a shortcode or template instead".into()),
                        warning: true,
                    });
                }
                html_events.push(event);
            }
            other => html_events.push(other),
        }
    }
    for (anchor, offset) in same_page_links {
        if !out.anchors.contains(&anchor) {
            let help =
                match crate::suggest::did_you_mean(&anchor, out.anchors.iter().map(String::as_str))
                {
                    Some(a) => format!("did you mean `#{a}`?"),
                    None => "an anchor is a heading's id: `## Lịch sử` has the id `lich-su`".into(),
                };
            out.problems.push(Problem {
                warning: false,
                offset,
                message: format!("there is no heading or id `#{anchor}` on this page"),
                help: Some(help),
            });
        }
    }
    out.summary = plain_text(&out.summary, false);

    let mut html_out = String::with_capacity(body.len() * 3 / 2);
    html::push_html(&mut html_out, html_events.into_iter());
    out.html = html_out;
    out
}

/// Rewrites `@/` links and links to the page's own files; leaves every other URL alone.
fn rewrite_url<'a>(
    dest: CowStr<'a>,
    offset: usize,
    resolver: &dyn LinkResolver,
    out: &mut Rendered,
) -> CowStr<'a> {
    if let Some(rest) = dest.strip_prefix("@/") {
        let (path, anchor) = match rest.split_once('#') {
            Some((p, a)) => (p, Some(a)),
            None => (rest, None),
        };
        return match resolver.resolve(path) {
            Ok((url, target)) => {
                if let Some(anchor) = anchor {
                    out.anchor_links.push(AnchorLink {
                        target,
                        anchor: anchor.to_string(),
                        offset,
                    });
                    CowStr::from(format!("{url}#{anchor}"))
                } else {
                    CowStr::from(url)
                }
            }
            Err(problem) if problem.quiet => dest,
            Err(problem) => {
                out.problems.push(Problem {
                    warning: false,
                    offset,
                    message: problem.message,
                    help: problem.help,
                });
                dest
            }
        };
    }
    if is_relative_file_link(&dest) {
        let (path, fragment) = match dest.split_once(['#', '?']) {
            Some((p, _)) => (p, &dest[p.len()..]),
            None => (&*dest, ""),
        };
        if let Some(url) = resolver.asset(path.trim_start_matches("./")) {
            return CowStr::from(format!("{url}{fragment}"));
        }
    }
    dest
}

fn is_relative_file_link(dest: &str) -> bool {
    !(dest.is_empty()
        || dest.starts_with('#')
        || dest.starts_with('/')
        || dest.starts_with("..")
        || dest.contains("://")
        || dest.starts_with("mailto:")
        || dest.starts_with("tel:")
        || dest.starts_with("data:"))
}

/// Whether raw HTML runs script: a `<script>` element or an inline event handler
/// (`onclick=`, `onerror=`…). Authors are trusted, so it is a warning, not an error.
fn script_in_html(html: &str) -> Option<&'static str> {
    let lower = html.to_ascii_lowercase();
    let mut rest = lower.as_str();
    // Only tags are read: text between them may say anything ("online = miễn phí").
    while let Some(open) = rest.find('<') {
        rest = &rest[open + 1..];
        let name_len = rest
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        if name_len == 0 {
            continue;
        }
        if &rest[..name_len] == "script" {
            return Some("has a `<script>`");
        }
        rest = &rest[name_len..];
        // Attributes up to the closing `>`, quoted values skipped whole.
        loop {
            rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '/');
            if rest.is_empty() || rest.starts_with('>') {
                break;
            }
            let name_len = rest
                .find(|c: char| c.is_ascii_whitespace() || matches!(c, '=' | '>' | '/'))
                .unwrap_or(rest.len())
                .max(1);
            let name = &rest[..name_len];
            rest = rest[name_len..].trim_start();
            let mut value = "";
            if let Some(after) = rest.strip_prefix('=') {
                let after = after.trim_start();
                let (v, r) = match after.chars().next() {
                    Some(q @ ('"' | '\'')) => {
                        let body = &after[1..];
                        let end = body.find(q).unwrap_or(body.len());
                        (&body[..end], &body[(end + 1).min(body.len())..])
                    }
                    _ => {
                        let end = after
                            .find(|c: char| c.is_ascii_whitespace() || c == '>')
                            .unwrap_or(after.len());
                        (&after[..end], &after[end..])
                    }
                };
                value = v;
                rest = r;
            }
            if name.len() > 2
                && name.starts_with("on")
                && name.bytes().all(|b| b.is_ascii_lowercase())
            {
                return Some("has an inline event handler (`on…=`)");
            }
            if value.trim_start().starts_with("javascript:") {
                return Some("has a `javascript:` link");
            }
        }
    }
    None
}

/// `id="…"` attributes written in raw HTML count as anchors too.
fn collect_html_ids(html: &str, anchors: &mut HashSet<String>) {
    let mut rest = html;
    while let Some(i) = rest.find("id=\"") {
        rest = &rest[i + 4..];
        if let Some(end) = rest.find('"') {
            anchors.insert(rest[..end].to_string());
            rest = &rest[end..];
        } else {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Fake;
    impl LinkResolver for Fake {
        fn resolve(&self, path: &str) -> Result<(String, usize), LinkProblem> {
            match path {
                "doi-tac/jeollanam-do.md" => Ok(("/en/partners/jeollanam-do/".into(), 7)),
                _ => Err(LinkProblem {
                    message: format!("no page `{path}`"),
                    help: None,
                    quiet: false,
                }),
            }
        }
        fn asset(&self, relative: &str) -> Option<String> {
            (relative == "ban-do.svg").then(|| "/doi-tac/so-do/ban-do.svg".to_string())
        }
    }

    #[test]
    fn internal_links_resolve_and_anchors_are_recorded() {
        let r = render("See [J](@/doi-tac/jeollanam-do.md#lich-su).", &Fake);
        assert!(
            r.html
                .contains("href=\"/en/partners/jeollanam-do/#lich-su\""),
            "{}",
            r.html
        );
        assert_eq!(
            r.anchor_links,
            [AnchorLink {
                target: 7,
                anchor: "lich-su".into(),
                offset: 4
            }]
        );
    }

    #[test]
    fn broken_internal_link_is_a_problem_at_its_offset() {
        let r = render("Intro\n\n[x](@/nope.md)", &Fake);
        assert_eq!(r.problems.len(), 1);
        assert_eq!(r.problems[0].offset, 7);
    }

    #[test]
    fn bundle_files_become_site_paths_and_others_stay() {
        let r = render("![Bản đồ](ban-do.svg) [a](https://x.org) [b](#top)", &Fake);
        assert!(r.html.contains("src=\"/doi-tac/so-do/ban-do.svg\""));
        assert!(r.html.contains("href=\"https://x.org\""));
        assert!(r.html.contains("href=\"#top\""));
    }

    #[test]
    fn extensions_are_on_and_tables_scroll_in_a_wrapper() {
        let md = "| a | b |\n|---|---|\n| 1 | 2 |\n\n~~x~~\n\n- [x] done\n\nA[^1]\n\n[^1]: note\n";
        let r = render(md, &Fake);
        assert!(
            r.html.contains("<div class=\"table-wrap\"><table>"),
            "{}",
            r.html
        );
        assert!(r.html.contains("<del>x</del>"));
        assert!(r.html.contains("type=\"checkbox\""));
        assert!(r.html.contains("footnote-definition"));
    }

    #[test]
    fn summary_is_the_first_paragraph_as_text() {
        let r = render("# Title\n\nHậu Giang *mời* gọi\nđầu tư.\n\nSecond.", &Fake);
        assert_eq!(r.summary, "Hậu Giang mời gọi đầu tư.");
    }
}

#[cfg(test)]
mod script_tests {
    use super::*;

    struct NoLinks;
    impl LinkResolver for NoLinks {
        fn resolve(&self, _: &str) -> Result<(String, usize), LinkProblem> {
            Err(LinkProblem {
                message: String::new(),
                help: None,
                quiet: false,
            })
        }
        fn asset(&self, _: &str) -> Option<String> {
            None
        }
    }

    #[test]
    fn a_long_pages_summary_is_its_first_paragraph() {
        let mut body = String::from("## Giới thiệu\n\nĐoạn đầu tiên của trang.\n\n");
        for i in 0..400 {
            body.push_str(&format!(
                "Đoạn thứ {i}, dài để trang vượt quá vài kilobyte.\n\n"
            ));
        }
        body.push_str("[a]: https://example.org\n");
        assert_eq!(summary_of(&body), "Đoạn đầu tiên của trang.");
        assert!(opening(&body).len() < body.len() / 4);
        // A code fence is never cut in half.
        let fenced = format!("Mở đầu.\n\n```\n{}\n\nx\n```\n\nSau.\n", "a\n".repeat(3000));
        assert!(opening(&fenced).ends_with("```\n\n"));
        // The first paragraph may come after a long list: the cut waits for it.
        let listed = format!(
            "{}\nĐoạn sau danh sách.\n\n{}",
            "- mục\n".repeat(2000),
            "Tiếp.\n\n".repeat(2000)
        );
        assert_eq!(summary_of(&listed), "Đoạn sau danh sách.");
    }

    #[test]
    fn a_summary_read_alone_agrees_with_the_rest_of_the_page() {
        let cases = [
            // A reference defined further on; a link that is not one (a space in its
            // destination) and so reads as a reference; a footnote defined further on.
            (
                "Xem [quy hoạch].\n\nĐoạn hai.\n\n[quy hoạch]: /dau-tu/\n",
                "Xem quy hoạch.",
            ),
            (
                "Xem [a](b c).\n\nĐoạn hai.\n\n[a]: /dau-tu/\n",
                "Xem a(b c).",
            ),
            (
                "Có chú thích[^1].\n\nĐoạn hai.\n\n[^1]: Nguồn.\n",
                "Có chú thích.",
            ),
            // A comment that runs past blank lines hides what looks like a paragraph.
            ("<!-- ghi chú\n\nẨn.\n\n-->\n\nHiện.\n", "Hiện."),
            (
                "Đoạn đầu với [liên kết](/a).\n\nĐoạn hai.\n",
                "Đoạn đầu với liên kết.",
            ),
            // The first paragraph has no text: the next one is the summary.
            ("` `\n\nĐoạn có chữ.\n", "Đoạn có chữ."),
        ];
        for (body, summary) in cases {
            assert_eq!(summary_of(body), summary, "{body:?}");
            assert_eq!(
                first_paragraph(body, false).as_deref(),
                Some(summary),
                "{body:?}"
            );
        }
        // The usual opening is read alone: the first paragraph and the blank line after.
        let body = format!(
            "Đoạn đầu với [liên kết](/a).\n\n{}",
            "Đoạn sau.\n\n".repeat(500)
        );
        assert_eq!(
            first_blocks(&body),
            Some("Đoạn đầu với [liên kết](/a).\n\n")
        );
    }

    #[test]
    fn scripts_and_inline_handlers_are_found_and_words_are_not() {
        assert!(script_in_html("<script>alert(1)</script>").is_some());
        assert!(script_in_html("<img src=\"x\" onerror=\"alert(1)\">").is_some());
        assert!(script_in_html("<a href=\"javascript:alert(1)\">").is_some());
        assert!(script_in_html("<p class=\"on\">once upon</p>").is_none());
        assert!(script_in_html("<abbr title=\"Hội nghị\">HN</abbr>").is_none());
        assert!(script_in_html("<p>Đăng ký online = miễn phí.</p>").is_none());
        assert!(script_in_html("<a title='onclick=x' href=\"/a\">").is_none());
        assert!(script_in_html("<div\nonmouseover = 'x'>").is_some());
    }

    #[test]
    fn raw_html_that_runs_script_is_a_warning_at_its_place() {
        let r = render(
            "Text\n\n<img src=\"x\" onerror=\"alert(1)\"> <script>alert(1)</script>\n",
            &NoLinks,
        );
        let found: Vec<(usize, bool)> = r.problems.iter().map(|p| (p.offset, p.warning)).collect();
        assert_eq!(found, [(6, true), (39, true)], "{:?}", r.problems);
    }
}

/// Property tests: any body renders without panicking, and what the stage reports about
/// it (problem offsets, heading ids, the summary) stays usable by the later stages.
#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Resolves every `@/` link and knows one bundle file.
    struct Everything;
    impl LinkResolver for Everything {
        fn resolve(&self, path: &str) -> Result<(String, usize), LinkProblem> {
            if path.contains("missing") {
                Err(LinkProblem {
                    message: format!("no page `{path}`"),
                    help: None,
                    quiet: false,
                })
            } else {
                Ok((format!("/{}/", path.trim_end_matches(".md")), path.len()))
            }
        }
        fn asset(&self, relative: &str) -> Option<String> {
            (relative == "ban-do.svg").then(|| "/x/ban-do.svg".to_string())
        }
    }

    /// Markdown made of the constructs the stage treats specially, in any order and
    /// nesting: headings, links (`@/`, `#anchor`, bundle files), shortcodes, code, raw
    /// HTML with scripts, tables, footnotes, lists and quotes.
    fn markdown() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("# ".to_string()),
            Just("## Mục đích\n".to_string()),
            Just("### Mục đích {#muc}\n".to_string()),
            Just("[x](@/dau-tu/a.md#lich-su)".to_string()),
            Just("[y](@/missing.md)".to_string()),
            Just("[z](#muc-dich)".to_string()),
            Just("![a](ban-do.svg)".to_string()),
            Just("{{ figure(src=\"a.svg\", alt='Bản đồ') }}".to_string()),
            Just("{{ figure(src=a.svg) }}".to_string()),
            Just("{% note(kind=\"info\") %}".to_string()),
            Just("{% end %}".to_string()),
            Just("{{ ".to_string()),
            Just("`".to_string()),
            Just("```rust\n".to_string()),
            Just("~~~\n".to_string()),
            Just("<script>alert(1)</script>".to_string()),
            Just("<img src=x onerror=\"alert(1)\">".to_string()),
            Just("<div id=\"khung\">".to_string()),
            Just("| a | b |\n|---|---|\n| 1 | 2 |\n".to_string()),
            Just("[^1]\n\n[^1]: chú thích\n".to_string()),
            Just("- ".to_string()),
            Just("> ".to_string()),
            Just("1. ".to_string()),
            Just("\n".to_string()),
            Just("\n\n".to_string()),
            Just("    ".to_string()),
            Just("\u{E000}sc0\u{E001}".to_string()),
            "[a-zA-Zậệđ *_]{1,10}",
            any::<char>().prop_map(String::from),
        ];
        prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
    }

    fn check(body: &str) -> Result<(), TestCaseError> {
        let r = render(body, &Everything);
        for p in &r.problems {
            prop_assert!(p.offset <= body.len(), "problem {p:?} is past the end");
            prop_assert!(
                body.is_char_boundary(p.offset),
                "problem {p:?} is inside a character"
            );
        }
        for link in &r.anchor_links {
            prop_assert!(
                link.offset <= body.len(),
                "anchor link {link:?} is past the end"
            );
        }
        for h in &r.headings {
            prop_assert!(!h.id.is_empty(), "heading {h:?} has no id");
            prop_assert!(
                r.anchors.contains(&h.id),
                "heading id {} is not an anchor",
                h.id
            );
        }
        if !body.contains("{#") {
            let mut ids: Vec<&str> = r.headings.iter().map(|h| h.id.as_str()).collect();
            let all = ids.len();
            ids.sort_unstable();
            ids.dedup();
            prop_assert_eq!(ids.len(), all, "heading ids repeat: {:?}", r.headings);
        }
        prop_assert!(r.toc.iter().all(|h| (2..=3).contains(&h.level)));
        prop_assert_eq!(r.summary.trim(), r.summary.as_str());
        prop_assert!(
            !r.summary.contains("  ") && !r.summary.contains('\n'),
            "summary {:?}",
            r.summary
        );
        Ok(())
    }

    /// Opening blocks: paragraphs, and what could make reading them alone differ from
    /// reading the whole page — reference links defined further on, footnotes, HTML
    /// comments across blank lines, code fences, lists, tables, shortcodes, empty text.
    fn openings() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("Hậu Giang mời gọi đầu tư.".to_string()),
            Just("Tỉnh".to_string()),
            Just("\n".to_string()),
            Just("\n\n".to_string()),
            Just("[a]".to_string()),
            Just("[b][a]".to_string()),
            Just("[a](b c)".to_string()),
            Just("[x](/x)".to_string()),
            Just("\n\n[a]: /dau-tu\n".to_string()),
            Just("[^1]".to_string()),
            Just("\n\n[^1]: chú thích\n".to_string()),
            Just("<!--".to_string()),
            Just("-->".to_string()),
            Just("<div>".to_string()),
            Just("```\n".to_string()),
            Just("````\n".to_string()),
            Just("- ".to_string()),
            Just("1. ".to_string()),
            Just("> ".to_string()),
            Just("    ".to_string()),
            Just("# ".to_string()),
            Just("===\n".to_string()),
            Just("| a | b |\n|---|---|\n".to_string()),
            Just("{{ figure(src=\"a.svg\") }}".to_string()),
            Just("{% note() %}\n\nx\n\n{% end %}".to_string()),
            Just("** **".to_string()),
            Just("![ảnh](a.svg)".to_string()),
            "[a-zậệ ]{1,8}",
        ];
        prop::collection::vec(piece, 0..30).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn any_text_renders_without_panicking(body in any::<String>()) {
            check(&body)?;
        }

        #[test]
        fn markdown_with_links_shortcodes_and_html_renders(body in markdown()) {
            check(&body)?;
        }

        #[test]
        fn a_summary_read_from_the_opening_blocks_is_the_whole_pages(body in openings()) {
            // Short bodies: `opening` keeps all of them, so this is the whole page's
            // first paragraph, which `first_blocks` must not change.
            prop_assume!(body.len() <= 4096);
            prop_assert_eq!(
                summary_of(&body),
                first_paragraph(&body, false).unwrap_or_default(),
                "opening blocks {:?}",
                first_blocks(&body)
            );
        }

        #[test]
        fn plain_text_is_the_words_joined_by_one_space(
            s in "[ \\t\\n\\u{85}\\u{a0}\\u{1680}\\u{2003}\\u{2028}\\u{3000}a-zđệạ\\u{E000}\\u{E001}\\u{E002}]{0,40}",
            placeholders in any::<bool>(),
        ) {
            let mut kept = String::new();
            let mut inside = false;
            for c in s.chars() {
                match c {
                    '\u{E000}' if placeholders => inside = true,
                    '\u{E001}' if placeholders => inside = false,
                    c if !inside => kept.push(c),
                    _ => {}
                }
            }
            let words: Vec<&str> = kept.split_whitespace().collect();
            prop_assert_eq!(plain_text(&s, placeholders), words.join(" "));
        }

        #[test]
        fn deeply_nested_lists_and_quotes_render(depth in 0usize..3000, quote in any::<bool>()) {
            let body = if quote {
                format!("{} x", ">".repeat(depth))
            } else {
                format!("{}a", "- ".repeat(depth))
            };
            let r = render(&body, &Everything);
            prop_assert!(r.html.contains(if quote { "x" } else { "a" }), "the text is lost");
        }
    }
}
