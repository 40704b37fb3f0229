//! `sitemap.xml`: every canonical page with an `xhtml:link rel="alternate" hreflang` for
//! each language version, so search engines show readers the page in their language.

use std::fmt::Write as _;

use crate::listing::ListKind;
use crate::render::{Sink, SiteContext};
use crate::text::html::escape;

pub fn write(site: &SiteContext<'_>, sink: &dyn Sink) -> anyhow::Result<()> {
    let config = site.config();
    let library = site.library();
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for entry in &library.entries {
        // Each language's own version; a fallback's canonical page is the original.
        let versions: Vec<(&str, String)> = config
            .languages
            .iter()
            .zip(&entry.renditions)
            .filter_map(|(l, r)| {
                r.as_ref()
                    .filter(|r| !r.fallback)
                    .map(|r| (l.code.as_str(), config.permalink(&r.url)))
            })
            .collect();
        for (i, (_, loc)) in versions.iter().enumerate() {
            let _ = write!(xml, "  <url>\n    <loc>{}</loc>\n", escape(loc));
            let r = entry
                .renditions
                .iter()
                .flatten()
                .filter(|r| !r.fallback)
                .nth(i);
            if let Some(date) = r.and_then(|r| r.meta.updated.or(r.meta.date)) {
                let _ = writeln!(xml, "    <lastmod>{}</lastmod>", date.date());
            }
            if versions.len() > 1 {
                for (code, href) in &versions {
                    let _ = writeln!(
                        xml,
                        "    <xhtml:link rel=\"alternate\" hreflang=\"{code}\" href=\"{}\"/>",
                        escape(href)
                    );
                }
                let _ = writeln!(
                    xml,
                    "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>",
                    escape(&config.permalink(&entry.urls[0]))
                );
            }
            xml.push_str("  </url>\n");
        }
    }
    // Taxonomy pages are pages readers land on; later pages and sorted views are not.
    for page in &site.listings().pages {
        if page.number == 1
            && matches!(
                page.kind,
                ListKind::TaxonomyIndex { .. } | ListKind::TaxonomyTerm { .. }
            )
        {
            let _ = writeln!(
                xml,
                "  <url>\n    <loc>{}</loc>\n  </url>",
                escape(&config.permalink(&page.url))
            );
        }
    }
    xml.push_str("</urlset>\n");
    sink.write("sitemap.xml", xml.as_bytes())
}
