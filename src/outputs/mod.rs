//! Side outputs made from the rendered site: `sitemap.xml` with every language version of
//! each page, `robots.txt`, an Atom feed per language for sections with `feed: true`,
//! redirect pages for `aliases`, and open data (`export:`) as JSON and CSV.

mod aliases;
mod export;
mod feeds;
mod sitemap;

use crate::diagnostics::Diagnostic;
use crate::render::{Sink, SiteContext};

/// Writes every side output into `sink`; problems (a feed entry without a date, an alias
/// that takes a page's address) go to `problems`.
/// `content` renders an entry's body in a language (feeds carry whole texts).
pub fn write_all(
    site: &SiteContext<'_>,
    content: &(dyn Fn(crate::library::EntryId, usize) -> String + Sync),
    sink: &dyn Sink,
    problems: &mut Vec<Diagnostic>,
) -> anyhow::Result<()> {
    // Independent of each other: written side by side, their problems kept in this order.
    let (mut feed_problems, mut alias_problems) = (Vec::new(), Vec::new());
    let (sitemap, (feeds, (aliases, export))) = rayon::join(
        || -> anyhow::Result<()> {
            sitemap::write(site, sink)?;
            sink.write(
                "robots.txt",
                format!(
                    "User-agent: *\nAllow: /\n\nSitemap: {}\n",
                    site.config().permalink("/sitemap.xml")
                )
                .as_bytes(),
            )
        },
        || {
            rayon::join(
                || feeds::write(site, content, sink, &mut feed_problems),
                || {
                    rayon::join(
                        || aliases::write(site, sink, &mut alias_problems),
                        || export::write(site, sink),
                    )
                },
            )
        },
    );
    problems.append(&mut feed_problems);
    problems.append(&mut alias_problems);
    sitemap.and(feeds).and(aliases).and(export)
}

/// Escapes text for XML (and HTML) content and attributes, copying the text between
/// the five special characters in whole runs (a feed escapes every page's content).
pub fn xml_escape(s: &str) -> String {
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
    use super::xml_escape;

    #[test]
    fn the_five_special_characters_are_escaped_and_the_rest_kept() {
        assert_eq!(
            xml_escape(r#"Dự án "Cần Thơ" <2018> & 'Hậu Giang'"#),
            "Dự án &quot;Cần Thơ&quot; &lt;2018&gt; &amp; &apos;Hậu Giang&apos;"
        );
        assert_eq!(xml_escape(""), "");
        assert_eq!(xml_escape("&&"), "&amp;&amp;");
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
            proptest::prop_assert_eq!(xml_escape(&s), each);
        }
    }
}
