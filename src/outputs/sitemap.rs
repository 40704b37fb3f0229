//! `sitemap.xml`: every canonical page with an `xhtml:link rel="alternate" hreflang` for
//! each language version, so search engines show readers the page in their language.

use tera::Value;

use crate::listing::ListKind;
use crate::render::{Sink, SiteContext, Templates};

/// Renders the `sitemap.xml` template (built in, or the site's or theme's own).
pub fn write(site: &SiteContext<'_>, templates: &Templates, sink: &dyn Sink) -> super::Outcome {
    let config = site.config();
    let library = site.library();
    let mut entries = Vec::new();
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
        let mut alternates: Vec<Value> = Vec::new();
        if versions.len() > 1 {
            let x_default = config.permalink(&entry.urls[0]);
            for (code, href) in versions
                .iter()
                .map(|(c, h)| (*c, h.as_str()))
                .chain([("x-default", x_default.as_str())])
            {
                alternates.push(super::map(vec![
                    ("lang", code.into()),
                    ("permalink", href.into()),
                ]));
            }
        }
        let alternates = Value::from(alternates);
        let mut own = entry.renditions.iter().flatten().filter(|r| !r.fallback);
        for (_, loc) in &versions {
            let mut fields = vec![
                ("permalink", Value::from(loc.as_str())),
                ("alternates", alternates.clone()),
            ];
            if let Some(date) = own.next().and_then(|r| r.meta.updated.or(r.meta.date)) {
                fields.push(("lastmod", Value::from(date.date().to_string())));
            }
            entries.push(super::map(fields));
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
            entries.push(super::map(vec![
                ("permalink", Value::from(config.permalink(&page.url))),
                ("alternates", Value::from(Vec::<Value>::new())),
            ]));
        }
    }
    let mut ctx = tera::Context::new();
    ctx.insert_value("entries", Value::from(entries));
    super::render_to(templates, "sitemap.xml", &ctx, "sitemap.xml", sink)
}
