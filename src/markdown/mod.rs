//! Markdown to HTML with pulldown-cmark: CommonMark plus tables, footnotes, strikethrough,
//! task lists and heading attributes.
//!
//! On top of the plain conversion: every heading gets an id (Vietnamese headings give
//! ASCII ids), internal links written `@/section/page.md#anchor` become the URL of that
//! page in the reader's language, relative links to a page's own files become their site
//! paths, and wide tables scroll inside a wrapper instead of widening a phone's page.
//! The stage knows nothing of the library or templates: links are resolved through
//! [`LinkResolver`].

mod checks;
mod headings;
pub mod highlight;
mod pictures;
mod raw_html;
pub mod shortcodes;
mod summary;

use checks::{check_alt_texts, check_raw_html, find_addresses_with_spaces};
pub use headings::{Heading, renamed_heading};
pub use summary::summary_of;
use summary::{plain_text, strip_placeholders};

use std::collections::HashSet;

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd, html};

use crate::diagnostics::{Diagnostic, Severity};
use crate::messages::Msg;
use crate::text::url::{self, UrlPolicy, Use};

/// The policy of a site that sets nothing in site.yaml.
static DEFAULT_POLICY: UrlPolicy = UrlPolicy {
    extra_schemes: Vec::new(),
    forbid_raw_scripts: false,
};

/// Answers the questions the Markdown stage asks about the rest of the site.
pub trait LinkResolver {
    /// The URL of the page at `content_path` (as written after `@/`) in the language being
    /// rendered, and an opaque id of the target (for checking `#anchor`s afterwards).
    fn resolve(&self, content_path: &str) -> Result<(String, usize), LinkProblem>;
    /// The site path of a file beside the page (`ban-do.svg`), if the page has one.
    fn asset(&self, relative: &str) -> Option<String>;
    /// The photo beside the page at `relative` with its published sizes, or why it
    /// cannot be shown; `None` when the file is no photo. By default there are none.
    fn picture(&self, _relative: &str) -> Option<Result<crate::images::Picture, LinkProblem>> {
        None
    }
    /// The template that writes the id `id` (`base.html`, for `<main id="main">`): no
    /// heading may take it. By default the page has no ids but its body's.
    fn reserved_id(&self, _id: &str) -> Option<&str> {
        None
    }
    /// Checks a shortcode call (and may rewrite its arguments); problems are at offsets
    /// of the page's body. By default there are no shortcodes.
    fn shortcode(&self, call: &mut shortcodes::Call) -> Vec<Problem> {
        vec![Problem::error(
            call.offset,
            Msg::new("shortcode-unknown")
                .arg("name", &call.name)
                .arg("case", "none-at-all"),
        )]
    }
    /// Which addresses the site publishes and whether raw HTML may run script.
    fn url_policy(&self) -> &UrlPolicy {
        &DEFAULT_POLICY
    }
    /// What a link written without `@/` leads to (`gioi-thieu.md`, `/en/about/`,
    /// `ban-do.PNG`), after the page's own files were looked at. By default nothing is
    /// known and the link is left as written.
    fn plain_link(&self, _path: &str) -> PlainLink {
        PlainLink::Unknown
    }
}

/// Where a plain link leads, for [`LinkResolver::plain_link`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlainLink {
    /// To this address (a Markdown file's page, in the reader's language).
    Url(String),
    /// Nowhere: what to tell the author.
    Missing(Said),
    /// To something outreach cannot check from here (an address it generates later).
    Unknown,
}

/// What a problem says to the author: a message of the catalogues, or the English text
/// of a stage whose messages are not in them yet (an address's refusal, a photo's
/// problem), said as it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Said {
    Msg(Msg),
    Text {
        message: String,
        help: Option<String>,
    },
}

impl Said {
    /// The message in English (what tests and the duplicate filter read).
    pub fn message(&self) -> String {
        match self {
            Said::Msg(m) => m.text(crate::messages::Lang::En),
            Said::Text { message, .. } => message.clone(),
        }
    }

    /// A diagnostic in file `path` saying it.
    pub fn diagnostic(
        &self,
        severity: Severity,
        path: impl Into<std::path::PathBuf>,
    ) -> Diagnostic {
        match self {
            Said::Msg(m) => Diagnostic::said(severity, path, m.clone()),
            Said::Text { message, help } => {
                let d = match severity {
                    Severity::Error => Diagnostic::error(path, message.clone()),
                    Severity::Warning => Diagnostic::warning(path, message.clone()),
                };
                match help {
                    Some(h) => d.help(h.clone()),
                    None => d,
                }
            }
        }
    }

    /// Whether it is the catalogue message `id`.
    pub fn is(&self, id: &str) -> bool {
        matches!(self, Said::Msg(m) if m.id == id)
    }
}

impl From<Msg> for Said {
    fn from(m: Msg) -> Said {
        Said::Msg(m)
    }
}

/// Why a link could not be resolved, for the author.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkProblem {
    pub said: Said,
    /// The link's target failed to read, and that error is reported: say nothing more.
    pub quiet: bool,
}

impl LinkProblem {
    pub fn new(said: impl Into<Said>) -> LinkProblem {
        LinkProblem {
            said: said.into(),
            quiet: false,
        }
    }
}

/// A problem found while rendering, at a byte offset of the Markdown body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub offset: usize,
    pub said: Said,
    /// A warning does not fail the build (raw HTML that runs script, say).
    pub warning: bool,
}

impl Problem {
    /// An error at `offset`.
    pub fn error(offset: usize, said: impl Into<Said>) -> Problem {
        Problem {
            offset,
            said: said.into(),
            warning: false,
        }
    }

    /// A warning at `offset`.
    pub fn warning(offset: usize, said: impl Into<Said>) -> Problem {
        Problem {
            offset,
            said: said.into(),
            warning: true,
        }
    }

    pub fn severity(&self) -> Severity {
        if self.warning {
            Severity::Warning
        } else {
            Severity::Error
        }
    }
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
    // Every id of the page so far: a block shortcode's headings are on the same page.
    let mut ids = headings::PageIds::new();
    let mut out = render_markdown(&extracted.text, resolver, &mut ids);
    // Offsets so far are in the text with placeholders; authors need the file's.
    for p in &mut out.problems {
        p.offset = extracted.original_offset(p.offset);
    }
    for link in &mut out.anchor_links {
        link.offset = extracted.original_offset(link.offset);
    }
    for p in &extracted.problems {
        out.problems.push(Problem::error(p.offset, p.msg.clone()));
    }
    let mut calls = extracted.calls;
    for call in &mut calls {
        let problems = resolver.shortcode(call);
        call.ok = problems.is_empty();
        out.problems.extend(problems);
        if let Some(inner) = &call.body {
            // A block's text is Markdown too (shortcodes do not nest).
            let rendered = render_markdown(inner, resolver, &mut ids);
            for mut p in rendered.problems {
                p.offset += call.body_offset;
                out.problems.push(p);
            }
            for mut link in rendered.anchor_links {
                link.offset += call.body_offset;
                out.anchor_links.push(link);
            }
            call.body_html = Some(rendered.html);
        }
    }
    out.shortcodes = calls;
    out.anchors = ids.into_keys().collect();
    if !out.shortcodes.is_empty() {
        out.summary = strip_placeholders(&out.summary);
        out.text = strip_placeholders(&out.text);
    }
    out
}

/// Renders Markdown without looking for shortcodes; `ids` has the ids of the page so
/// far, and gets this part's. (`anchors` is left for [`render`] to fill from `ids`.)
fn render_markdown(
    body: &str,
    resolver: &dyn LinkResolver,
    ids: &mut headings::PageIds,
) -> Rendered {
    let mut out = Rendered::default();

    let mut events: Vec<(Event<'_>, std::ops::Range<usize>)> = Parser::new_ext(body, options())
        .into_offset_iter()
        .collect();

    // The body's ids that are not headings', which no heading may take either.
    for id in check_raw_html(&events, resolver.url_policy(), &mut out) {
        ids.entry(id).or_insert(headings::Holder::Html);
    }
    for (event, _) in &events {
        if let Event::Start(Tag::FootnoteDefinition(name)) = event {
            ids.entry(name.to_string())
                .or_insert_with(|| headings::Holder::Footnote(name.to_string()));
        }
    }
    let (headings, problems) = headings::assign_ids(&mut events, body, ids, resolver);
    out.problems.extend(problems);
    out.toc = headings
        .iter()
        .filter(|h| (2..=3).contains(&h.level))
        .cloned()
        .collect();
    out.headings = headings;
    let mut same_page_links: Vec<(String, usize)> = Vec::new();
    find_addresses_with_spaces(body, &events, &mut out);
    // Where each image starts in `html_events`, and in the body, to check its alt text.
    let mut images: Vec<(usize, usize)> = Vec::new();
    // Images that are photos beside the page, by where they start in `html_events`.
    let mut pictures: Vec<(usize, crate::images::Picture)> = Vec::new();

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
                let dest_url = rewrite_url(dest_url, range.start, resolver, Use::Link, &mut out);
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
                let photo = is_relative_file_link(&dest_url)
                    .then(|| {
                        let path = dest_url.split(['#', '?']).next().unwrap_or_default();
                        resolver.picture(path.trim_start_matches("./"))
                    })
                    .flatten();
                let dest_url = match photo {
                    Some(Ok(picture)) => {
                        pictures.push((html_events.len(), picture));
                        dest_url
                    }
                    Some(Err(problem)) => {
                        out.problems.push(Problem::error(range.start, problem.said));
                        CowStr::Borrowed("#")
                    }
                    None => rewrite_url(dest_url, range.start, resolver, Use::Image, &mut out),
                };
                images.push((html_events.len(), range.start));
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
            other => html_events.push(other),
        }
    }
    for (anchor, offset) in same_page_links {
        if !ids.contains_key(&anchor) {
            let msg = Msg::new("anchor-missing-here").arg("anchor", &anchor);
            let msg = match renamed_heading(&out.headings, &anchor) {
                Some(h) => msg
                    .arg("case", "renamed")
                    .arg("heading", &h.title)
                    .arg("id", &h.id),
                None => match crate::suggest::did_you_mean(&anchor, ids.keys().map(String::as_str))
                {
                    Some(a) => msg.arg("case", "near").arg("near", a),
                    None => msg.arg("case", "none"),
                },
            };
            out.problems.push(Problem::error(offset, msg));
        }
    }
    check_alt_texts(&mut html_events, &images, &mut out);
    pictures::replace_pictures(&mut html_events, pictures);
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
    usage: Use,
    out: &mut Rendered,
) -> CowStr<'a> {
    if let Err(refused) = url::check(&dest, usage, resolver.url_policy()) {
        out.problems
            .push(Problem::error(offset, Said::Msg(refused.msg)));
        return CowStr::Borrowed("#");
    }
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
            // The target's own error is reported; the link leads nowhere meanwhile.
            Err(problem) if problem.quiet => CowStr::Borrowed("#"),
            Err(problem) => {
                out.problems.push(Problem::error(offset, problem.said));
                // Reported here: `check` need not find it again in the page.
                CowStr::Borrowed("#")
            }
        };
    }
    let is_relative = is_relative_file_link(&dest);
    let is_absolute = dest.starts_with('/') && !dest.starts_with("//");
    if !(is_relative || is_absolute || dest.starts_with("..")) {
        return dest;
    }
    let (path, fragment) = match dest.split_once(['#', '?']) {
        Some((p, _)) => (p, &dest[p.len()..]),
        None => (&*dest, ""),
    };
    if is_relative && let Some(url) = resolver.asset(path.trim_start_matches("./")) {
        return CowStr::from(format!("{url}{fragment}"));
    }
    if path.is_empty() {
        return dest;
    }
    match resolver.plain_link(path) {
        PlainLink::Url(url) => CowStr::from(format!("{url}{fragment}")),
        PlainLink::Missing(said) => {
            out.problems.push(Problem::error(offset, said));
            // Reported here: `check` need not find it again in the page.
            CowStr::Borrowed("#")
        }
        PlainLink::Unknown => dest,
    }
}

fn is_relative_file_link(dest: &str) -> bool {
    !(dest.is_empty()
        || dest.starts_with('#')
        || dest.starts_with('/')
        || dest.starts_with("..")
        || url::scheme(dest).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Fake;
    impl LinkResolver for Fake {
        fn resolve(&self, path: &str) -> Result<(String, usize), LinkProblem> {
            match path {
                "doi-tac/jeollanam-do.md" => Ok(("/en/partners/jeollanam-do/".into(), 7)),
                _ => Err(LinkProblem::new(
                    Msg::new("link-page-missing").arg("path", path),
                )),
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

    // A scan for `id="` took `data-id="x"` for an id and missed `id='x'`.
    #[test]
    fn raw_html_ids_in_any_quoting_are_anchors_and_data_ids_are_not() {
        let r = render(
            "<div data-id=\"ban-do\" id='khung'></div>\n\n<p id=ghi-chu>x</p>\n",
            &Fake,
        );
        assert!(r.anchors.contains("khung") && r.anchors.contains("ghi-chu"));
        assert!(!r.anchors.contains("ban-do"), "{:?}", r.anchors);
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
            Err(LinkProblem::new(Msg::new("link-page-missing")))
        }
        fn asset(&self, _: &str) -> Option<String> {
            None
        }
    }

    #[test]
    fn raw_html_that_runs_script_is_a_warning_at_its_place() {
        let r = render(
            "Text\n\n<img src=\"x\" alt=\"\" onerror=\"alert(1)\"> <script>alert(1)</script>\n",
            &NoLinks,
        );
        let found: Vec<(usize, bool)> = r.problems.iter().map(|p| (p.offset, p.warning)).collect();
        assert_eq!(found, [(26, true), (46, true)], "{:?}", r.problems);
    }

    #[test]
    fn a_tag_over_several_lines_is_read_whole_and_placed_at_its_attribute() {
        let body =
            "Text\n\n<div>\n<a class=\"x\"\n   href=\"JaVa&#x09;Script:alert(1)\">x</a>\n</div>\n";
        let r = render(body, &NoLinks);
        let offsets: Vec<usize> = r.problems.iter().map(|p| p.offset).collect();
        assert_eq!(offsets, [body.find("href").unwrap()], "{:?}", r.problems);
        assert!(!r.problems[0].warning);
    }

    #[test]
    fn links_and_images_to_script_addresses_are_errors() {
        for body in [
            "[x](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "[x](&#106;avascript:alert(1))",
            "[x](vbscript:msgbox)",
            "[x](data:text/html,hi)",
            "![x](data:text/html,hi)",
            "<javascript:alert(1)>",
            "[x][r]\n\n[r]: javascript:alert(1)",
        ] {
            let r = render(body, &NoLinks);
            assert_eq!(r.problems.len(), 1, "{body}: {:?}", r.problems);
            assert!(!r.problems[0].warning);
            assert!(
                r.html.contains("href=\"#\"") || r.html.contains("src=\"#\""),
                "{body}: {}",
                r.html
            );
        }
        let r = render(
            "![x](data:image/png;base64,AAAA) [m](mailto:a@b.vn)",
            &NoLinks,
        );
        assert!(r.problems.is_empty(), "{:?}", r.problems);
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
                Err(LinkProblem::new(
                    Msg::new("link-page-missing").arg("path", path),
                ))
            } else {
                Ok((format!("/{}/", path.trim_end_matches(".md")), path.len()))
            }
        }
        fn asset(&self, relative: &str) -> Option<String> {
            (relative == "ban-do.svg").then(|| "/x/ban-do.svg".to_string())
        }
        fn reserved_id(&self, id: &str) -> Option<&str> {
            ["muc-dich", "muc"].contains(&id).then_some("base.html")
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
        let mut ids: Vec<&str> = r.headings.iter().map(|h| h.id.as_str()).collect();
        let all = ids.len();
        ids.sort_unstable();
        ids.dedup();
        prop_assert_eq!(ids.len(), all, "heading ids repeat: {:?}", r.headings);
        prop_assert!(
            !ids.iter().any(|id| Everything.reserved_id(id).is_some()),
            "a heading took the template's id: {:?}",
            r.headings
        );
        prop_assert!(r.toc.iter().all(|h| (2..=3).contains(&h.level)));
        prop_assert_eq!(r.summary.trim(), r.summary.as_str());
        prop_assert!(
            !r.summary.contains("  ") && !r.summary.contains('\n'),
            "summary {:?}",
            r.summary
        );
        Ok(())
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
