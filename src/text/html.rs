//! The one way outreach reads HTML: html5gum, a tokenizer that follows the HTML standard,
//! so attribute values are read as a browser reads them — quoted in either quote or not at
//! all, names in any case, character references (`&#x09;`, `&colon;`, `&amp;`) decoded —
//! and the text of `<script>`, `<style>` and `<textarea>` is text, not tags. The raw-HTML
//! checks of the Markdown stage, the templates' reserved ids and `check`'s links all read
//! through here, and the one escaper, [`escape`], writes text back into HTML and XML.

use html5gum::emitters::callback::{CallbackEmitter, CallbackEvent};
use html5gum::{DefaultEmitter, Emitter, ForwardingEmitter, Span, StartTag, Token, Tokenizer};

/// Every start tag of `html` with its attributes (the first of a repeated name, as a
/// browser keeps) and its byte span in `html`.
pub fn start_tags(html: &str) -> impl Iterator<Item = StartTag<usize>> + '_ {
    let mut emitter = DefaultEmitter::<usize>::new_with_span();
    emitter.naively_switch_states(true);
    Tokenizer::new_with_emitter(html, emitter)
        .flatten()
        .filter_map(|token| match token {
            Token::StartTag(tag) => Some(tag),
            _ => None,
        })
}

/// Calls `each(name, value)` for every attribute of every start tag of `html`, in the
/// order written, with the value decoded. Faster than [`start_tags`] (nothing is allocated
/// per tag, text is not kept, the standard's parse errors are not looked for), which
/// matters when every page of a site is read.
pub fn for_each_attribute(html: &str, mut each: impl FnMut(&[u8], &[u8])) {
    let mut in_start_tag = false;
    let mut name: Vec<u8> = Vec::new();
    let mut emitter = CallbackEmitter::new(|event: CallbackEvent<'_>, _: Span<()>| {
        match event {
            CallbackEvent::OpenStartTag { .. } => in_start_tag = true,
            CallbackEvent::AttributeName { name: n } if in_start_tag => {
                name.clear();
                name.extend_from_slice(n);
            }
            CallbackEvent::AttributeValue { value } if in_start_tag => each(&name, value),
            CallbackEvent::CloseStartTag { .. } | CallbackEvent::EndTag { .. } => {
                in_start_tag = false;
            }
            _ => {}
        }
        None::<()>
    });
    emitter.naively_switch_states(true);
    for _ in Tokenizer::new_with_emitter(html, TagsOnly(emitter)) {}
}

/// An emitter that passes tags and attributes on and drops text and parse errors: the
/// tokenizer then skips the per-character checks that only serve error messages.
struct TagsOnly<E>(E);

impl<E: Emitter> ForwardingEmitter for TagsOnly<E> {
    type Token = E::Token;

    fn inner(&mut self) -> &mut impl Emitter<Token = Self::Token> {
        &mut self.0
    }

    #[inline]
    fn should_emit_errors(&mut self) -> bool {
        false
    }

    #[inline]
    fn emit_string(&mut self, _: &[u8]) {}
}

/// Escapes text for HTML and XML content and attributes, the one escaper of the program
/// (pages, code blocks, charts, feeds, the sitemap, redirect pages), copying the text
/// between the five special characters in whole runs (a feed escapes every page's content).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    let mut rest = s;
    while let Some(at) = rest
        .bytes()
        .position(|b| matches!(b, b'&' | b'<' | b'>' | b'"' | b'\''))
    {
        out.push_str(&rest[..at]);
        out.push_str(match rest.as_bytes()[at] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            _ => "&apos;",
        });
        rest = &rest[at + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attributes(html: &str) -> Vec<(String, String)> {
        let mut all = Vec::new();
        for_each_attribute(html, |name, value| {
            all.push((
                String::from_utf8_lossy(name).into_owned(),
                String::from_utf8_lossy(value).into_owned(),
            ));
        });
        all
    }

    #[test]
    fn attributes_are_read_in_any_quoting_with_entities_decoded() {
        assert_eq!(
            attributes("<a HREF='/a?x=1&amp;y=2' title=\"a &quot;b&quot;\"><img src=c.png alt>"),
            [
                ("href".into(), "/a?x=1&y=2".into()),
                ("title".into(), "a \"b\"".into()),
                ("src".into(), "c.png".into()),
            ]
        );
    }

    #[test]
    fn text_that_looks_like_attributes_is_not_read() {
        assert!(attributes("<p>x href=\"/a\" and id='b'</p><!-- <a href=/c> -->").is_empty());
        assert!(attributes("<script>a.innerHTML = '<a href=\"/d\">';</script>").is_empty());
        assert!(attributes("</p id=\"e\">").is_empty());
    }

    #[test]
    fn start_tags_have_their_span() {
        let html = "<p>x</p><a id=b>";
        let tags: Vec<_> = start_tags(html).collect();
        assert_eq!(tags.len(), 2);
        assert_eq!(&html[tags[1].span.start..tags[1].span.end], "<a id=b>");
    }

    #[test]
    fn the_five_special_characters_are_escaped_and_the_rest_kept() {
        assert_eq!(
            escape(r#"Dự án "Cần Thơ" <2018> & 'Hậu Giang'"#),
            "Dự án &quot;Cần Thơ&quot; &lt;2018&gt; &amp; &apos;Hậu Giang&apos;"
        );
        assert_eq!(escape(""), "");
        assert_eq!(escape("&&"), "&amp;&amp;");
    }

    proptest::proptest! {
        #[test]
        fn escaping_agrees_with_escaping_each_character(s in "[a-zậệ&<>\"' ]{0,40}") {
            let mut each = String::new();
            for c in s.chars() {
                match c {
                    '&' => each.push_str("&amp;"),
                    '<' => each.push_str("&lt;"),
                    '>' => each.push_str("&gt;"),
                    '"' => each.push_str("&quot;"),
                    '\'' => each.push_str("&apos;"),
                    c => each.push(c),
                }
            }
            proptest::prop_assert_eq!(escape(&s), each);
        }
    }
}
