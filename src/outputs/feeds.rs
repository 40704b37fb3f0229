//! Atom feeds: for each section with `feed: true`, `atom.xml` beside its page in every
//! language, newest first. The feed's `updated` is its newest entry's date, never the
//! build time, so rebuilding an unchanged site changes nothing.

use crate::diagnostics::Diagnostic;
use crate::library::{Body, Kind};
use crate::render::{Sink, SiteContext, Templates};

/// How many entries a feed carries.
const FEED_LIMIT: usize = 50;

pub fn write(
    site: &SiteContext<'_>,
    templates: &Templates,
    content: &(dyn Fn(usize, usize) -> String + Sync),
    sink: &dyn Sink,
    problems: &mut Vec<Diagnostic>,
) -> anyhow::Result<()> {
    let config = site.config();
    let library = site.library();
    let codes = config.language_codes();
    for section in &library.entries {
        if section.kind != Kind::Section || section.default_meta().feed != Some(true) {
            continue;
        }
        // Every entry needs a date: a feed reader orders by it. A `date` that is written but
        // wrong, or one the page's content type requires, is already reported by the type
        // check; saying it twice would count one mistake as two.
        for &p in &section.pages {
            let entry = library.entry(p);
            let v = entry.default_variant();
            let required_by_type = site
                .schemas()
                .get(crate::types::type_of(library, entry))
                .and_then(|schema| schema.fields.get("date"))
                .is_some_and(|spec| spec.required);
            if v.meta.date.is_none() && !v.raw.contains_key("date") && !required_by_type {
                // Where the field would go, as the type check places a missing field: the
                // line that closes the front matter.
                let line = match v.body {
                    Body::InFile { start, line, .. } if start > 0 => line.saturating_sub(1).max(1),
                    _ => 1,
                };
                problems.push(
                    Diagnostic::said(
                        crate::diagnostics::Severity::Error,
                        &v.file.display,
                        crate::messages::Msg::new("feed-needs-date"),
                    )
                    .at(&v.file.text, line, 1),
                );
            }
        }
        for (lang, language) in config.languages.iter().enumerate() {
            let Some(r) = section.renditions[lang].as_ref() else {
                continue;
            };
            let mut entries: Vec<usize> = section
                .pages
                .iter()
                .copied()
                .filter(|&p| {
                    library
                        .rendition(p, lang)
                        .is_some_and(|r| !r.fallback && r.meta.date.is_some())
                })
                .collect();
            entries.sort_by(|&a, &b| {
                let date = |id: usize| {
                    library
                        .rendition(id, lang)
                        .and_then(|r| r.meta.updated.or(r.meta.date))
                };
                date(b).cmp(&date(a)).then(a.cmp(&b))
            });
            entries.truncate(FEED_LIMIT);
            let feed_url = config.permalink(&format!("{}atom.xml", r.url));
            let updated = entries
                .first()
                .and_then(|&id| library.rendition(id, lang))
                .and_then(|r| r.meta.updated.or(r.meta.date))
                .map(|d| rfc3339(&d))
                .unwrap_or_else(|| "1970-01-01T00:00:00Z".into());
            let title = format!(
                "{} · {}",
                r.meta.title.as_deref().unwrap_or_default(),
                config.title.get(&language.code, codes[0])
            );
            let feed = super::map(vec![
                ("title", title.into()),
                ("url", feed_url.as_str().into()),
                ("page_url", config.permalink(&r.url).into()),
                ("updated", updated.into()),
                ("author", config.title.get(&language.code, codes[0]).into()),
            ]);
            // Each entry's HTML is its page's content rendered again: in parallel.
            let contents: Vec<String> = {
                use rayon::prelude::*;
                entries.par_iter().map(|&id| content(id, lang)).collect()
            };
            let mut items = Vec::with_capacity(entries.len());
            for (id, html) in entries.into_iter().zip(contents) {
                let er = library.rendition(id, lang).expect("filtered above");
                let date = er.meta.date.expect("filtered above");
                let summary = site
                    .summary(id, lang)
                    .and_then(|s| {
                        s.get_from_path("description")
                            .and_then(|d| d.as_str().map(str::to_string))
                    })
                    .unwrap_or_default();
                items.push(super::map(vec![
                    ("title", er.meta.title.as_deref().unwrap_or_default().into()),
                    ("permalink", config.permalink(&er.url).into()),
                    ("published", rfc3339(&date).into()),
                    ("updated", rfc3339(&er.meta.updated.unwrap_or(date)).into()),
                    ("summary", summary.into()),
                    ("content", html.into()),
                ]));
            }
            let mut ctx = tera::Context::new();
            ctx.insert_value("lang", language.code.as_str().into());
            ctx.insert_value("feed", feed);
            ctx.insert_value("entries", tera::Value::from(items));
            let path = format!("{}atom.xml", r.url.trim_start_matches('/'));
            if let Err(diags) = super::render_to(templates, "atom.xml", &ctx, &path, sink)? {
                problems.extend(diags);
            }
        }
    }
    Ok(())
}

fn rfc3339(d: &crate::library::PageDate) -> String {
    d.datetime.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}
