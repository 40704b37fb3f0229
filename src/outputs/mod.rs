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
