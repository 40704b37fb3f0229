//! The checks the Markdown stage makes besides converting: raw HTML (its ids, scripts and
//! addresses), images' alternative text, and addresses that a space broke.

use pulldown_cmark::{CowStr, Event, Tag, TagEnd};

use super::{Problem, Rendered, Said, raw_html};
use crate::messages::Msg;
use crate::text::url::{self, UrlPolicy};

/// The alternative text of an image describes it to readers who cannot see it: an image
/// without one is an error. `![-](…)` says the image only decorates, and is published with
/// an empty `alt`, as the HTML standard asks.
pub(super) fn check_alt_texts(
    html_events: &mut [Event<'_>],
    images: &[(usize, usize)],
    out: &mut Rendered,
) {
    for &(start, offset) in images {
        let (end, alt) = alt_text(html_events, start);
        match alt.trim() {
            "" => out
                .problems
                .push(Problem::error(offset, Msg::new("image-no-alt"))),
            "-" => {
                for e in &mut html_events[start + 1..end] {
                    *e = Event::Text(CowStr::Borrowed(""));
                }
            }
            _ => {}
        }
    }
}

/// Where the image starting at `start` ends (its `End`, or the end of the events), and
/// its alternative text: the text between.
pub(super) fn alt_text(html_events: &[Event<'_>], start: usize) -> (usize, String) {
    let end = html_events[start..]
        .iter()
        .position(|e| matches!(e, Event::End(TagEnd::Image)))
        .map_or(html_events.len(), |i| start + i);
    let alt = html_events[start + 1..end]
        .iter()
        .filter_map(|e| match e {
            Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
            _ => None,
        })
        .collect();
    (end, alt)
}

/// `![Ảnh](Ảnh toàn cảnh.png)`: a space in an address ends it, so Markdown publishes this
/// as text. Each such place outside code is an error with the `<…>` form that works.
pub(super) fn find_addresses_with_spaces(
    body: &str,
    events: &[(Event<'_>, std::ops::Range<usize>)],
    out: &mut Rendered,
) {
    if !body.contains("](") {
        return;
    }
    // Code, and the links and images Markdown did read, are not looked at.
    let skip: Vec<&std::ops::Range<usize>> = events
        .iter()
        .filter(|(e, _)| {
            matches!(
                e,
                Event::Code(_)
                    | Event::Html(_)
                    | Event::InlineHtml(_)
                    | Event::Start(Tag::CodeBlock(_) | Tag::Link { .. } | Tag::Image { .. })
            )
        })
        .map(|(_, r)| r)
        .collect();
    // As sorted, disjoint spans (an image may sit inside a link), for a binary search.
    let mut spans: Vec<std::ops::Range<usize>> = skip.into_iter().cloned().collect();
    spans.sort_by_key(|r| r.start);
    let mut merged: Vec<std::ops::Range<usize>> = Vec::with_capacity(spans.len());
    for r in spans {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    let skipped = |at: usize| {
        let i = merged.partition_point(|r| r.start <= at);
        i > 0 && merged[i - 1].contains(&at)
    };
    let mut from = 0;
    while let Some(i) = body[from..].find("](") {
        let at = from + i;
        from = at + 2;
        if skipped(at) {
            continue;
        }
        let rest = &body[at + 2..];
        let Some(close) = rest.find([')', '\n']) else {
            continue;
        };
        if !rest[close..].starts_with(')') {
            continue;
        }
        let inside = &rest[..close];
        // `[a](address "title")`: the title is not part of the address.
        let address = match inside.find(" \"").or_else(|| inside.find(" '")) {
            Some(i) if inside.ends_with(['"', '\'']) => inside[..i].trim_end(),
            _ => inside,
        };
        let title = &inside[address.len()..];
        if !address.contains(' ') || address.starts_with('<') {
            continue;
        }
        let start = body[..at]
            .rfind('[')
            .map_or(at, |b| if body[..b].ends_with('!') { b - 1 } else { b });
        let label = &body[start..at + 1];
        out.problems.push(Problem::error(
            start,
            Msg::new("address-with-space")
                .arg("address", address)
                .arg("label", label)
                .arg("title", title),
        ));
    }
}

/// Checks the page's raw HTML: its ids become anchors, an address a browser would run as
/// a script is an error, and a `<script>` or `on…=` handler is a warning (an error under
/// `raw_html: forbid`). Consecutive HTML events are read together, as one block, so that
/// a tag written over several lines is read whole.
pub(super) fn check_raw_html(
    events: &[(Event<'_>, std::ops::Range<usize>)],
    policy: &UrlPolicy,
    out: &mut Rendered,
) -> Vec<String> {
    let mut ids = Vec::new();
    // The run of HTML being collected, and where each piece starts in it and in the body.
    let mut run = String::new();
    let mut pieces: Vec<(usize, usize)> = Vec::new();
    let flush = |run: &mut String,
                 pieces: &mut Vec<(usize, usize)>,
                 out: &mut Rendered,
                 ids: &mut Vec<String>| {
        if run.is_empty() {
            return;
        }
        let found = raw_html::scan(run);
        let body_offset = |at: usize| {
            let i = pieces
                .partition_point(|&(start, _)| start <= at)
                .saturating_sub(1);
            let (start, body) = pieces[i];
            body + (at - start)
        };
        ids.extend(found.ids);
        for script in found.scripts {
            let (what, attribute) = match &script.what {
                raw_html::Runs::Script => ("script", ""),
                raw_html::Runs::Handler(attribute) => ("handler", attribute.as_str()),
            };
            let msg = |id| {
                Msg::new(id)
                    .arg("what", what)
                    .arg("attribute", attribute)
                    .arg("srcdoc", if script.in_srcdoc { "yes" } else { "no" })
            };
            let at = body_offset(script.offset);
            out.problems.push(if policy.forbid_raw_scripts {
                Problem::error(at, msg("raw-html-script-forbidden"))
            } else {
                Problem::warning(at, msg("raw-html-script"))
            });
        }
        for at in found.missing_alt {
            out.problems.push(Problem::error(
                body_offset(at),
                Msg::new("raw-html-img-no-alt"),
            ));
        }
        for a in found.addresses {
            if let Err(refused) = url::check(&a.value, a.usage, policy) {
                out.problems.push(Problem::error(
                    body_offset(a.offset),
                    Said::Msg(refused.msg.arg("where", format!("{}=", a.attribute))),
                ));
            }
        }
        run.clear();
        pieces.clear();
    };
    for (event, range) in events {
        match event {
            Event::Html(h) | Event::InlineHtml(h) => {
                pieces.push((run.len(), range.start));
                run.push_str(h);
            }
            _ => flush(&mut run, &mut pieces, out, &mut ids),
        }
    }
    flush(&mut run, &mut pieces, out, &mut ids);
    ids
}
