//! Photos beside the page, written `![alt](anh.jpg)`, become `<picture>` elements with
//! every published size (see [`crate::images`]), in place of Markdown's plain `<img>`.

use pulldown_cmark::{CowStr, Event};

use super::checks::alt_text;
use crate::images::Picture;

/// Replaces each image that starts at an index of `pictures` (from its `Start` to its
/// `End`) with its `<picture>`; its alternative text is the text between.
pub(super) fn replace_pictures(html_events: &mut [Event<'_>], pictures: Vec<(usize, Picture)>) {
    for (start, picture) in pictures {
        let (end, alt) = alt_text(html_events, start);
        html_events[start] = Event::Html(CowStr::from(picture.markup(alt.trim())));
        let last = end.min(html_events.len() - 1);
        for e in &mut html_events[start + 1..=last] {
            *e = Event::Text(CowStr::Borrowed(""));
        }
    }
}
