//! Heading ids: every heading gets one, from its text (`## Mục đích` → `muc-dich`), unique
//! on the page, so sections can be linked to and listed in a table of contents.

use std::collections::HashSet;
use std::ops::Range;

use pulldown_cmark::{CowStr, Event, Tag, TagEnd};
use serde::Serialize;

use crate::text::slugify;

/// A heading of the page, for a table of contents.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Heading {
    pub level: u8,
    pub id: String,
    pub title: String,
}

/// Gives every heading an id (keeping ids the author wrote with `{#id}`) and returns them.
pub fn assign_ids(events: &mut [(Event<'_>, Range<usize>)]) -> Vec<Heading> {
    let mut used: HashSet<String> = HashSet::new();
    // Explicit ids are reserved first so generated ones never take them.
    for (event, _) in events.iter() {
        if let Event::Start(Tag::Heading { id: Some(id), .. }) = event {
            used.insert(id.to_string());
        }
    }
    let mut headings = Vec::new();
    // The next number to try for each base id, so a page of many equal headings is not
    // quadratic.
    let mut next_n: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut i = 0;
    while i < events.len() {
        if let Event::Start(Tag::Heading { level, id, .. }) = &events[i].0 {
            let level = *level as u8;
            let explicit = id.as_ref().map(|s| s.to_string());
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
            let id = match explicit {
                Some(id) => id,
                None => {
                    let base = slugify(&title);
                    let mut candidate = base.clone();
                    let n = next_n.entry(base.clone()).or_insert(1);
                    while used.contains(&candidate) {
                        candidate = format!("{base}-{n}");
                        *n += 1;
                    }
                    used.insert(candidate.clone());
                    if let Event::Start(Tag::Heading { id, .. }) = &mut events[i].0 {
                        *id = Some(CowStr::from(candidate.clone()));
                    }
                    candidate
                }
            };
            headings.push(Heading { level, id, title });
            i = j;
        }
        i += 1;
    }
    headings
}

#[cfg(test)]
mod tests {
    use super::*;
    use pulldown_cmark::{Options, Parser};

    fn ids(md: &str) -> Vec<String> {
        let mut events: Vec<_> = Parser::new_ext(md, Options::ENABLE_HEADING_ATTRIBUTES)
            .into_offset_iter()
            .collect();
        assign_ids(&mut events).into_iter().map(|h| h.id).collect()
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
}
