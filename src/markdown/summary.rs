//! Summaries: the first paragraph of a page as plain text, read without rendering the
//! page, and the whitespace-collapsing that turns Markdown text into plain text.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use super::{options, shortcodes};

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
pub(super) fn strip_placeholders(s: &str) -> String {
    plain_text(s, true)
}

/// `s` with each run of whitespace one space and none at either end, and without
/// shortcode placeholders when `placeholders` (`\u{E000}…\u{E001}`), in one pass that
/// copies whole words. Only a byte that can start whitespace or a placeholder in UTF-8
/// is decoded: ASCII spaces and controls, and the lead bytes `C2` (U+0085, U+00A0),
/// `E1`–`E3` (U+1680, U+2000–U+3000) and `EE` (U+E000, U+E001). Text that needs no
/// change is copied in one piece.
pub(super) fn plain_text(s: &str, placeholders: bool) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;

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
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

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
    }
}
