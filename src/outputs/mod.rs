//! Side outputs made from the rendered site: `sitemap.xml` with every language version of
//! each page, `robots.txt`, an Atom feed per language for sections with `feed: true`,
//! redirect pages for `aliases`, and open data (`export:`) as JSON and CSV.
//!
//! The sitemap, the feeds and `robots.txt` are templates, built in (`render::templates::BUILTIN_TEMPLATES`)
//! as Zola's are: a theme's or a site's own `templates/sitemap.xml`, `atom.xml` or
//! `robots.txt` replaces outreach's.

mod aliases;
mod export;
mod feeds;
mod sitemap;

use crate::diagnostics::Diagnostic;
use crate::render::{Sink, SiteContext, Templates};

/// A side output written, or the template's problems (a theme's `sitemap.xml` that uses
/// a variable outreach does not give); the outer error is a failed write.
type Outcome = anyhow::Result<Result<(), Vec<Diagnostic>>>;

fn map(pairs: Vec<(&'static str, tera::Value)>) -> tera::Value {
    let m: std::collections::BTreeMap<&'static str, tera::Value> = pairs.into_iter().collect();
    tera::Value::from(m)
}

/// Renders template `name` with `ctx` into the file `path` of the output.
fn render_to(
    templates: &Templates,
    name: &str,
    ctx: &tera::Context,
    path: &str,
    sink: &dyn Sink,
) -> Outcome {
    let mut out = Vec::new();
    match templates.tera.render_to(name, ctx, &mut out) {
        Ok(()) => {
            sink.write(path, &out)?;
            Ok(Ok(()))
        }
        Err(e) => Ok(Err(crate::render::templates::tera_error_diagnostics(
            &e,
            &templates.files,
        ))),
    }
}

/// `robots.txt`: every crawler welcome, and where the sitemap is.
fn write_robots(site: &SiteContext<'_>, templates: &Templates, sink: &dyn Sink) -> Outcome {
    let mut ctx = tera::Context::new();
    ctx.insert_value(
        "sitemap_url",
        site.config().permalink("/sitemap.xml").into(),
    );
    render_to(templates, "robots.txt", &ctx, "robots.txt", sink)
}

/// Writes every side output into `sink`; problems (a feed entry without a date, an alias
/// that takes a page's address) go to `problems`.
/// `content` renders an entry's body in a language (feeds carry whole texts).
pub fn write_all(
    site: &SiteContext<'_>,
    templates: &Templates,
    content: &(dyn Fn(crate::library::EntryId, usize) -> String + Sync),
    sink: &dyn Sink,
    problems: &mut Vec<Diagnostic>,
) -> anyhow::Result<()> {
    // Independent of each other: written side by side, their problems kept in this order.
    let (mut feed_problems, mut alias_problems) = (Vec::new(), Vec::new());
    let (sitemap, (feeds, (aliases, export))) = rayon::join(
        || -> anyhow::Result<Vec<Diagnostic>> {
            let mut diags = sitemap::write(site, templates, sink)?
                .err()
                .unwrap_or_default();
            diags.extend(
                write_robots(site, templates, sink)?
                    .err()
                    .unwrap_or_default(),
            );
            Ok(diags)
        },
        || {
            rayon::join(
                || feeds::write(site, templates, content, sink, &mut feed_problems),
                || {
                    rayon::join(
                        || aliases::write(site, sink, &mut alias_problems),
                        || export::write(site, sink),
                    )
                },
            )
        },
    );
    problems.extend(sitemap?);
    problems.append(&mut feed_problems);
    problems.append(&mut alias_problems);
    feeds.and(aliases).and(export)
}
