//! Heading ids: every heading gets one, from its text (`## Mục đích` → `muc-dich`), so
//! sections can be linked to and listed in a table of contents. Each is unique on the
//! page: among the headings, the body's other ids (footnotes, raw HTML) and the ids the
//! theme's templates write (`<main id="main">`). A heading whose id is taken gets a
//! suffix (`main-1`); one whose author chose the id with `{#…}` also gets a warning.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use pulldown_cmark::{CowStr, Event, Tag, TagEnd};
use serde::Serialize;

use super::{LinkResolver, Problem};
use crate::messages::Msg;
use crate::text::slugify;

/// A heading of the page, for a table of contents.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Heading {
    pub level: u8,
    pub id: String,
    pub title: String,
    /// The id the heading asked for (from its text or `{#…}`) when the theme's templates
    /// write that id themselves and the heading got another: what a link to it meant.
    #[serde(skip)]
    pub reserved: Option<String>,
}

/// The ids on a page so far, each with what has it (the heading “Mục đích”), for the
/// warning when a `{#…}` asks for one of them.
pub(super) type PageIds = HashMap<String, Holder>;

/// What has an id on the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Holder {
    /// An element of the page's raw HTML.
    Html,
    /// The footnote of this name.
    Footnote(String),
    /// The heading of this title.
    Heading(String),
    /// The theme's template of this name writes it.
    Template(String),
}

impl Holder {
    /// The holder as the arguments of `heading-id-taken`.
    fn args(&self, msg: Msg) -> Msg {
        let (case, name) = match self {
            Holder::Html => ("html", ""),
            Holder::Footnote(n) => ("footnote", n.as_str()),
            Holder::Heading(t) => ("heading", t.as_str()),
            Holder::Template(t) => ("template", t.as_str()),
        };
        msg.arg("holder", case).arg("name", name)
    }
}

/// A heading found in the events, before it has its id.
struct Found {
    event: usize,
    level: u8,
    title: String,
    /// The id it asks for: the one written with `{#…}`, else one made from its text.
    asked: String,
    written: bool,
    range: Range<usize>,
}

/// Gives every heading of `events` (parsed from `body`) an id no one else on the page
/// has, records each in `ids`, and returns the headings with a warning for each `{#…}`
/// that could not be kept. Written ids that are free are kept first, so no other heading
/// takes them; then each other heading, in order, gets the id it asks for or, when that is
/// taken, the first free `id-1`, `id-2`….
pub(super) fn assign_ids(
    events: &mut [(Event<'_>, Range<usize>)],
    body: &str,
    ids: &mut PageIds,
    resolver: &dyn LinkResolver,
) -> (Vec<Heading>, Vec<Problem>) {
    let found = find_headings(events);
    let written: HashSet<String> = found
        .iter()
        .filter(|h| h.written)
        .map(|h| h.asked.clone())
        .collect();
    let mut final_ids: Vec<Option<String>> = vec![None; found.len()];
    // Why a written id could not be kept: what has it.
    let mut holders: Vec<Option<Holder>> = vec![None; found.len()];
    for (k, h) in found.iter().enumerate().filter(|(_, h)| h.written) {
        let holder = ids.get(&h.asked).cloned().or_else(|| {
            resolver
                .reserved_id(&h.asked)
                .map(|t| Holder::Template(t.to_string()))
        });
        if holder.is_none() {
            ids.insert(h.asked.clone(), Holder::Heading(h.title.clone()));
            final_ids[k] = Some(h.asked.clone());
        }
        holders[k] = holder;
    }
    // The next number to try for each base id, so a page of many equal headings is not
    // quadratic.
    let mut next_n: HashMap<String, usize> = HashMap::new();
    let mut problems = Vec::new();
    for (k, h) in found.iter().enumerate() {
        if final_ids[k].is_some() {
            continue;
        }
        let taken = |c: &str| {
            ids.contains_key(c) || written.contains(c) || resolver.reserved_id(c).is_some()
        };
        let id = if taken(&h.asked) {
            suffixed(&h.asked, &mut next_n, taken)
        } else {
            h.asked.clone()
        };
        if let Some(holder) = &holders[k] {
            let asked = &h.asked;
            problems.push(Problem::warning(
                attribute_offset(body, &h.range, asked),
                holder.args(
                    Msg::new("heading-id-taken")
                        .arg("asked", asked)
                        .arg("id", &id),
                ),
            ));
        }
        ids.insert(id.clone(), Holder::Heading(h.title.clone()));
        final_ids[k] = Some(id);
    }
    let headings = found
        .into_iter()
        .zip(final_ids)
        .map(|(h, id)| {
            let id = id.unwrap_or_default();
            if let Event::Start(Tag::Heading { id: event_id, .. }) = &mut events[h.event].0 {
                *event_id = Some(CowStr::from(id.clone()));
            }
            let renamed = h.asked != id && resolver.reserved_id(&h.asked).is_some();
            Heading {
                level: h.level,
                reserved: renamed.then_some(h.asked),
                id,
                title: h.title,
            }
        })
        .collect();
    (headings, problems)
}

/// Every heading of `events`, with its text as one line.
fn find_headings(events: &[(Event<'_>, Range<usize>)]) -> Vec<Found> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < events.len() {
        if let (Event::Start(Tag::Heading { level, id, .. }), range) = &events[i] {
            let mut title = String::new();
            let mut j = i + 1;
            while j < events.len() {
                match &events[j].0 {
                    Event::End(TagEnd::Heading(_)) => break,
                    Event::Text(t) | Event::Code(t) => title.push_str(t),
                    _ => {}
                }
                j += 1;
            }
            let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
            found.push(Found {
                event: i,
                level: *level as u8,
                asked: id
                    .as_ref()
                    .map_or_else(|| slugify(&title), |s| s.to_string()),
                written: id.is_some(),
                title,
                range: range.clone(),
            });
            i = j;
        }
        i += 1;
    }
    found
}

/// `base-1`, `base-2`…: the first that is not `taken`.
fn suffixed(
    base: &str,
    next_n: &mut HashMap<String, usize>,
    taken: impl Fn(&str) -> bool,
) -> String {
    let n = next_n.entry(base.to_string()).or_insert(1);
    loop {
        let candidate = format!("{base}-{n}");
        *n += 1;
        if !taken(&candidate) {
            return candidate;
        }
    }
}

/// Where the `{#id …}` of the heading at `range` begins; the heading's start if it is
/// not found.
fn attribute_offset(body: &str, range: &Range<usize>, id: &str) -> usize {
    let Some(text) = body.get(range.clone()) else {
        return range.start;
    };
    let wanted = format!("#{id}");
    text.match_indices('{')
        .rev()
        .find(|(at, _)| {
            text[*at..].split('}').next().is_some_and(|attrs| {
                attrs
                    .split_whitespace()
                    .any(|a| a.trim_start_matches('{') == wanted)
            })
        })
        .map_or(range.start, |(at, _)| range.start + at)
}

/// For a link to `#anchor`: the heading that asked for that id and got another because
/// the theme's templates write it, where the link should go instead.
pub fn renamed_heading<'h>(headings: &'h [Heading], anchor: &str) -> Option<&'h Heading> {
    headings
        .iter()
        .find(|h| h.reserved.as_deref() == Some(anchor))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markdown::LinkProblem;
    use pulldown_cmark::{Options, Parser};

    /// A theme whose templates write `main` and `toc`.
    struct Theme;
    impl LinkResolver for Theme {
        fn resolve(&self, _: &str) -> Result<(String, usize), LinkProblem> {
            unreachable!("no links here")
        }
        fn asset(&self, _: &str) -> Option<String> {
            None
        }
        fn reserved_id(&self, id: &str) -> Option<&str> {
            ["main", "toc"].contains(&id).then_some("base.html")
        }
    }

    fn assigned(md: &str) -> (Vec<Heading>, Vec<Problem>) {
        let mut events: Vec<_> = Parser::new_ext(md, Options::ENABLE_HEADING_ATTRIBUTES)
            .into_offset_iter()
            .collect();
        assign_ids(&mut events, md, &mut PageIds::new(), &Theme)
    }

    fn ids(md: &str) -> Vec<String> {
        assigned(md).0.into_iter().map(|h| h.id).collect()
    }

    #[test]
    fn vietnamese_headings_get_ascii_ids_unique_on_the_page() {
        assert_eq!(
            ids("## Mục đích\n\n## Mục đích\n\n### Đoàn ra `2018`\n"),
            ["muc-dich", "muc-dich-1", "doan-ra-2018"]
        );
    }

    #[test]
    fn explicit_ids_are_kept_and_reserved() {
        assert_eq!(ids("## A {#b}\n\n## B\n"), ["b", "b-1"]);
    }

    #[test]
    fn the_templates_ids_are_never_taken() {
        let (headings, problems) = assigned("## Main\n\n## Main\n\n## TOC\n");
        let ids: Vec<&str> = headings.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids, ["main-1", "main-2", "toc-1"]);
        assert_eq!(headings[0].reserved.as_deref(), Some("main"));
        assert!(problems.is_empty(), "generated ids are not warned about");
    }

    #[test]
    fn suffixes_follow_the_order_of_the_page() {
        // The written `{#main}` cannot be kept, so it is numbered in its place.
        assert_eq!(
            ids("## Main\n\n## Again {#main}\n\n## Kept {#main-1}\n"),
            ["main-2", "main-3", "main-1"]
        );
    }

    #[test]
    fn a_written_id_that_is_taken_gets_a_suffix_and_a_warning_at_its_attribute() {
        let md = "## Intro {#x}\n\n## Again {#x}\n\n## Third {#x-1}\n\n## Body {#main}\n";
        let (headings, problems) = assigned(md);
        let ids: Vec<&str> = headings.iter().map(|h| h.id.as_str()).collect();
        // The second `{#x}` does not take `x-1`, which the third heading wrote.
        assert_eq!(ids, ["x", "x-2", "x-1", "main-1"]);
        let messages: Vec<(usize, String)> = problems
            .iter()
            .map(|p| (p.offset, p.said.message()))
            .collect();
        let found: Vec<(usize, &str)> = messages.iter().map(|(o, m)| (*o, m.as_str())).collect();
        assert_eq!(
            found,
            [
                (
                    // The second heading's `{#x}`.
                    24,
                    "the heading id `x` is taken (the heading “Intro” has it), so this heading gets the id `x-2`"
                ),
                (
                    md.find("{#main}").unwrap_or(0),
                    "the heading id `main` is taken (the template `base.html` writes it), so this heading gets the id `main-1`"
                ),
            ]
        );
        assert!(problems.iter().all(|p| p.warning));
    }
}
