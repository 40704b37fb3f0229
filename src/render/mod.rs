//! Rendering: each page's Markdown body and the theme's templates around it, in every
//! language, in parallel. Output goes to a [`Sink`] as it is made, and no page's HTML
//! outlives its writing, so memory stays flat however large the site.

mod bodies;
mod charts;
mod context;
mod facts;
mod functions;
pub mod i18n;
mod list_context;
mod pages;
mod said_errors;
pub mod shortcodes;
mod structured_data;
mod template_ids;
pub mod templates;

pub use bodies::{PageContent, Summaries, render_content, summarize, summarize_entry};
pub use context::SiteContext;
pub use functions::Lookups;
pub use pages::{
    Anchors, EntryPage, RenderOutcome, check_anchors, render_entry_page, render_not_found,
    render_pages, render_pages_in,
};
pub use templates::{TemplateFile, Templates};

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Severity};
use crate::library::{EntryId, Kind, Library};
use crate::messages::Msg;
use crate::suggest::did_you_mean;

/// What rendering reads besides the Markdown bodies.
pub struct Inputs<'a> {
    pub config: &'a Config,
    pub library: &'a Library,
    pub schemas: &'a crate::types::Schemas,
    pub data: &'a crate::data::Data,
    pub listings: &'a crate::listing::Listings,
    pub shortcodes: &'a shortcodes::Shortcodes,
    /// Every photo of the content, processed.
    pub images: &'a crate::images::Images,
    /// Told of each page rendered.
    pub progress: Option<&'a dyn crate::progress::Progress>,
    /// Keep what the search index was built from in [`RenderOutcome::search_docs`], so
    /// the preview can update the index after a one-page edit.
    pub keep_search_docs: bool,
}

/// Where rendered files go: the output writer, or nowhere for `check`.
pub trait Sink: Sync {
    /// Stores `bytes` at `path` (relative to the output folder, `/` separators).
    fn write(&self, path: &str, bytes: &[u8]) -> anyhow::Result<()>;

    /// Stores a copy of the file `source` at `path`.
    fn copy(&self, path: &str, source: &std::path::Path) -> anyhow::Result<()> {
        self.write(path, &crate::fsutil::read(source)?)
    }
}

/// Sets up Tera with outreach's functions and the theme's templates and strings.
pub fn prepare_templates(
    config: &Config,
    library: &Library,
    images: &Arc<crate::images::Images>,
    lookups: Arc<functions::Lookups>,
    problems: &mut Vec<Diagnostic>,
) -> Option<Templates> {
    let files = templates::read_template_files(config, problems);
    // Checked before the templates are parsed, so a syntax error does not hide them.
    for id in library.ids() {
        for lang in 0..config.languages.len() {
            if library.rendition(id, lang).is_some()
                && let Err(d) = choose_template(library, &files, id, lang)
            {
                problems.push(d);
            }
        }
    }

    let mut strings = i18n::load(config, problems);
    i18n::check_keys(config, &mut strings, &files, problems);
    let mut tera = tera::Tera::new();
    // Locales were checked when site.yaml was read.
    let localizers = crate::l10n::Localizers::new(
        config
            .languages
            .iter()
            .map(|l| (l.code.clone(), l.locale.clone())),
    )
    .ok()
    .map(Arc::new);
    if let Some(l) = &localizers {
        crate::l10n::register_filters(&mut tera, l.clone());
    }
    functions::register(
        &mut tera,
        Arc::new(strings),
        Arc::new(functions::UrlTable::new(config, library)),
        lookups,
        localizers,
    );
    functions::register_images(&mut tera, Arc::clone(images));
    templates::load(tera, files, problems)
}

/// The template an entry is rendered with, or a diagnostic saying which is missing.
pub(super) fn choose_template(
    library: &Library,
    files: &BTreeMap<String, TemplateFile>,
    id: EntryId,
    lang: usize,
) -> Result<String, Diagnostic> {
    let entry = library.entry(id);
    let r = entry.renditions[lang].as_ref().expect("shown");
    let variant = &entry.variants[r.variant];
    if let Some(t) = &r.meta.template {
        if files.contains_key(t) {
            return Ok(t.clone());
        }
        // A translation inherits `template:` from its original: the mistake is written
        // there, and reported there once (the same diagnostic for both languages).
        let variant = if variant.positions.value("template").is_some() {
            variant
        } else {
            entry.default_variant()
        };
        let pos = variant
            .positions
            .value("template")
            .unwrap_or(variant.positions.start());
        // Only templates that render a whole page are worth suggesting.
        let names: Vec<&str> = files
            .keys()
            .map(String::as_str)
            .filter(|n| {
                !n.starts_with("partials/")
                    && !n.starts_with("shortcodes/")
                    && !matches!(*n, "base.html" | "language_picker.html")
            })
            .collect();
        let msg = Msg::new("template-missing").arg("name", t);
        let msg = match did_you_mean(t, names.iter().copied()) {
            Some(n) => msg.arg("near", n),
            None => msg
                .arg("near", "none")
                .arg("names", crate::messages::Arg::all_of(&names)),
        };
        return Err(
            Diagnostic::said(Severity::Error, &variant.file.display, msg).at(
                &variant.file.text,
                pos.line,
                pos.column,
            ),
        );
    }
    let mut candidates: Vec<String> = Vec::new();
    match entry.kind {
        Kind::Section if id == library.root => {
            candidates.extend(["index.html".into(), "section.html".into()])
        }
        Kind::Section => candidates.push("section.html".into()),
        Kind::Page => {
            if let Some(parent) = entry.parent {
                let pm = library.entry(parent).default_meta();
                if let Some(t) = &pm.page_template {
                    candidates.push(t.clone());
                }
                if let Some(t) = r.meta.page_kind.as_ref().or(pm.page_type.as_ref()) {
                    candidates.push(format!("{t}.html"));
                }
            }
            candidates.push("page.html".into());
        }
    }
    candidates
        .iter()
        .find(|c| files.contains_key(c.as_str()))
        .cloned()
        .ok_or_else(|| {
            Diagnostic::said(
                Severity::Error,
                &variant.file.display,
                Msg::new("template-none-for-page").arg(
                    "candidates",
                    crate::messages::Arg::one_of(
                        &candidates.iter().map(String::as_str).collect::<Vec<_>>(),
                    ),
                ),
            )
        })
}

/// The output file of a URL: `/en/investment/` → `en/investment/index.html`.
pub fn output_path(url: &str) -> String {
    let trimmed = url.trim_start_matches('/');
    if trimmed.is_empty() || trimmed.ends_with('/') {
        format!("{trimmed}index.html")
    } else {
        trimmed.to_string()
    }
}

/// With every language under its own prefix, the site root is a page that sends the
/// reader to the language their browser asks for (a few lines of script), with plain
/// links for everyone else.
pub fn render_language_picker(
    config: &Config,
    templates: &Templates,
    sink: &dyn Sink,
) -> anyhow::Result<Result<(), Vec<Diagnostic>>> {
    let name = "language_picker.html";
    if !templates.exists(name) {
        return Ok(Err(vec![Diagnostic::said(
            Severity::Error,
            "themes",
            Msg::new("template-language-picker-missing").arg("name", name),
        )]));
    }
    let default = &config.languages[0].code;
    let languages: Vec<tera::Value> = config
        .languages
        .iter()
        .map(|l| {
            let m: tera::Map = [
                ("code", tera::Value::from(l.code.as_str())),
                ("name", tera::Value::from(l.name.as_str())),
                ("locale", tera::Value::from(l.locale.as_str())),
                (
                    "home_url",
                    tera::Value::from(config.site_url(&format!("{}/", l.prefix))),
                ),
                (
                    "permalink",
                    tera::Value::from(config.permalink(&format!("{}/", l.prefix))),
                ),
                (
                    "site_title",
                    tera::Value::from(config.title.get(&l.code, default)),
                ),
            ]
            .into_iter()
            .map(|(k, v)| (k.into(), v))
            .collect();
            tera::Value::from(m)
        })
        .collect();
    let site: tera::Map = [
        (
            "title",
            tera::Value::from(config.title.get(default, default)),
        ),
        ("base_url", tera::Value::from(config.base_url.as_str())),
        ("default_language", tera::Value::from(default.as_str())),
    ]
    .into_iter()
    .map(|(k, v)| (k.into(), v))
    .collect();
    let mut ctx = tera::Context::new();
    ctx.insert_value("lang", tera::Value::from(default.as_str()));
    ctx.insert_value("site", tera::Value::from(site));
    ctx.insert_value("languages", tera::Value::from(languages));
    match templates.tera.render(name, &ctx) {
        Ok(html) => {
            sink.write("index.html", html.as_bytes())?;
            Ok(Ok(()))
        }
        Err(e) => Ok(Err(templates::tera_error_diagnostics(&e, &templates.files))),
    }
}
