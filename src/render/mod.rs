//! Rendering: Markdown bodies for every page in every language it is shown in, then the
//! theme's templates around them, in parallel. Output goes to a [`Sink`] as it is made,
//! so memory stays flat however large the site.

mod charts;
mod context;

mod facts;
mod list_context;
pub mod shortcodes;

mod functions;
pub mod i18n;
pub mod templates;

pub use context::SiteContext;
pub use templates::{TemplateFile, Templates};

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use rayon::prelude::*;

use crate::config::Config;
use crate::diagnostics::Diagnostic;
use crate::library::{EntryId, Kind, Library};
use crate::listing::ListKind;
use crate::markdown::{self, LinkProblem, LinkResolver, Rendered};
use crate::suggest::did_you_mean;

/// What rendering reads besides the Markdown bodies.
pub struct Inputs<'a> {
    pub config: &'a Config,
    pub library: &'a Library,
    pub schemas: &'a crate::types::Schemas,
    pub data: &'a crate::data::Data,
    pub listings: &'a crate::listing::Listings,
    pub shortcodes: &'a shortcodes::Shortcodes,
    /// Told of each page rendered.
    pub progress: Option<&'a dyn crate::progress::Progress>,
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

/// The rendered Markdown of every entry in every language that shows it.
pub struct Bodies {
    /// Per entry, per language.
    rendered: Vec<Vec<Option<Rendered>>>,
}

impl Bodies {
    pub fn get(&self, id: EntryId, lang: usize) -> Option<&Rendered> {
        self.rendered.get(id)?.get(lang)?.as_ref()
    }
}

/// Resolves the links of one page in one language.
struct Resolver<'a> {
    library: &'a Library,
    shortcodes: &'a shortcodes::Shortcodes,
    codes: &'a [&'a str],
    lang: usize,
    entry: EntryId,
}

impl shortcodes::CallContext for Resolver<'_> {
    fn page_type(&self, content_path: &str) -> Result<String, LinkProblem> {
        self.resolve(content_path)
            .map(|(_, id)| crate::types::type_of(self.library, self.library.entry(id)).to_string())
    }

    fn asset(&self, relative: &str) -> Option<String> {
        LinkResolver::asset(self, relative)
    }
}

impl LinkResolver for Resolver<'_> {
    fn resolve(&self, content_path: &str) -> Result<(String, usize), LinkProblem> {
        let path = content_path.trim_start_matches('/');
        match self.library.resolve(path, self.codes) {
            Some(id) => Ok((
                functions::link_target(self.library.entry(id), self.lang),
                id,
            )),
            None if self.library.is_draft(path, self.codes) => Err(LinkProblem {
                message: format!(
                    "this links to `content/{path}`, which is a draft and is not published"
                ),
                help: Some(
                    "remove `draft: true` from that page, link elsewhere, or build with `--drafts`"
                        .into(),
                ),
            }),
            None => {
                let keys = self.library.entries.iter().map(|e| e.key.as_str());
                let wanted = crate::library::path_key(path, self.codes);
                let help = match did_you_mean(&wanted, keys) {
                    Some(k) => format!("did you mean `@/{}`?", self.library.content_path(k)),
                    None => "internal links name a file under content/, e.g. `@/dau-tu/_index.md`"
                        .into(),
                };
                Err(LinkProblem {
                    message: format!("this links to `content/{path}`, which does not exist"),
                    help: Some(help),
                })
            }
        }
    }

    fn asset(&self, relative: &str) -> Option<String> {
        let entry = self.library.entry(self.entry);
        entry
            .assets
            .iter()
            .chain(self.library.loose_assets.iter())
            .find(|a| a.name == relative)
            .map(|a| a.url.clone())
    }

    fn shortcode(&self, call: &mut markdown::shortcodes::Call) -> Vec<markdown::Problem> {
        shortcodes::check_call(self.shortcodes, call, self)
    }
}

/// Renders every shown (entry, language) body; link problems become diagnostics.
pub fn render_bodies(inputs: &Inputs<'_>, problems: &mut Vec<Diagnostic>) -> Bodies {
    let (config, library) = (inputs.config, inputs.library);
    let codes = config.language_codes();
    let results: Vec<(Vec<Option<Rendered>>, Vec<Diagnostic>)> = library
        .entries
        .par_iter()
        .enumerate()
        .map(|(id, entry)| {
            let mut diags = Vec::new();
            let per_lang = (0..config.languages.len())
                .map(|lang| {
                    let r = entry.renditions[lang].as_ref()?;
                    let variant = &entry.variants[r.variant];
                    let resolver = Resolver {
                        library,
                        shortcodes: inputs.shortcodes,
                        codes: &codes,
                        lang,
                        entry: id,
                    };
                    let rendered = markdown::render(variant.body(), &resolver);
                    for p in &rendered.problems {
                        let (line, column) = variant.body_position(p.offset);
                        let mut d = if p.warning {
                            Diagnostic::warning(&variant.file.display, p.message.clone())
                        } else {
                            Diagnostic::error(&variant.file.display, p.message.clone())
                        }
                        .at(&variant.file.text, line, column);
                        if let Some(h) = &p.help {
                            d = d.help(h.clone());
                        }
                        diags.push(d);
                    }
                    Some(rendered)
                })
                .collect();
            (per_lang, diags)
        })
        .collect();
    let mut rendered = Vec::with_capacity(results.len());
    for (per_lang, diags) in results {
        rendered.push(per_lang);
        problems.extend(diags);
    }
    let bodies = Bodies { rendered };
    check_anchors(library, &bodies, problems);
    bodies
}

/// Every `@/page.md#anchor` must name an id on that page.
fn check_anchors(library: &Library, bodies: &Bodies, problems: &mut Vec<Diagnostic>) {
    for (id, entry) in library.entries.iter().enumerate() {
        for (lang, r) in entry.renditions.iter().enumerate() {
            let (Some(r), Some(body)) = (r, bodies.get(id, lang)) else {
                continue;
            };
            let variant = &entry.variants[r.variant];
            for link in &body.anchor_links {
                let target_lang = if library.rendition(link.target, lang).is_some() {
                    lang
                } else {
                    0
                };
                let Some(target_body) = bodies.get(link.target, target_lang) else {
                    continue;
                };
                if target_body.anchors.contains(&link.anchor) {
                    continue;
                }
                let (line, column) = variant.body_position(link.offset);
                let target = library.entry(link.target);
                let shown = target.renditions[target_lang]
                    .as_ref()
                    .map_or(0, |r| r.variant);
                let target_file = &target.variants[shown].file.display;
                let help = anchor_help(&link.anchor, target_body, bodies.get(link.target, 0));

                problems.push(
                    Diagnostic::error(
                        &variant.file.display,
                        format!(
                            "`{}` has no heading or id `#{}`",
                            target_file.display(),
                            link.anchor
                        ),
                    )
                    .at(&variant.file.text, line, column)
                    .help(help),
                );
            }
        }
    }
}

/// Sets up Tera with outreach's functions and the theme's templates and strings.
pub fn prepare_templates(
    config: &Config,
    library: &Library,
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
    let lookups = functions::LookupCell::default();

    functions::register(
        &mut tera,
        Arc::new(strings),
        Arc::new(functions::UrlTable::new(config, library)),
        lookups.clone(),
        localizers,
    );
    templates::load(tera, files, lookups, problems)
}

/// The template an entry is rendered with, or a diagnostic saying which is missing.
fn choose_template(
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
        let pos = variant
            .positions
            .value("template")
            .unwrap_or(variant.positions.start());
        // Only templates that render a whole page are worth suggesting.
        let names: Vec<&str> = files
            .keys()
            .map(String::as_str)
            .filter(|n| {
                !n.starts_with("partials/") && !matches!(*n, "base.html" | "language_picker.html")
            })
            .collect();
        let help = match did_you_mean(t, names.iter().copied()) {
            Some(n) => format!("did you mean `{n}`?"),
            None => format!("the templates are {}", crate::suggest::all_of(&names)),
        };
        return Err(Diagnostic::error(
            &variant.file.display,
            format!("the template `{t}` does not exist"),
        )
        .at(&variant.file.text, pos.line, pos.column)
        .help(help));
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
            Diagnostic::error(
                &variant.file.display,
                format!(
                    "the theme has no template to render this page (looked for {})",
                    crate::suggest::one_of(
                        &candidates.iter().map(String::as_str).collect::<Vec<_>>()
                    )
                ),
            )
            .help("add one of these to the theme's templates folder")
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

/// `404.html` in every language (`/404.html`, `/en/404.html`), from the theme's `404.html`.
fn render_not_found(
    site: &SiteContext<'_>,
    templates: &Templates,
    sink: &dyn Sink,
    problems: &Mutex<Vec<Diagnostic>>,
) -> anyhow::Result<()> {
    if !templates.exists("404.html") {
        return Ok(());
    }
    for lang in 0..site.config().languages.len() {
        let ctx = site.for_not_found(lang);
        match templates.tera.render("404.html", &ctx) {
            Ok(html) => {
                let prefix = site.config().languages[lang].prefix.trim_start_matches('/');
                let path = if prefix.is_empty() {
                    "404.html".to_string()
                } else {
                    format!("{prefix}/404.html")
                };
                sink.write(&path, html.as_bytes())?;
            }
            Err(e) => problems
                .lock()
                .expect("lock")
                .extend(templates::tera_error_diagnostics(&e, &templates.files)),
        }
    }
    Ok(())
}

/// With every language under its own prefix, the site root is a page that sends the
/// reader to the language their browser asks for (a few lines of script), with plain
/// links for everyone else.
fn render_language_picker(
    config: &Config,
    templates: &Templates,
    sink: &dyn Sink,
) -> anyhow::Result<Result<(), Vec<Diagnostic>>> {
    let name = "language_picker.html";
    if !templates.exists(name) {
        return Ok(Err(vec![Diagnostic::error(
            "themes",
            format!(
                "the theme has no `{name}`, which the site root needs when every language has its own prefix"
            ),
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
                ("home_url", tera::Value::from(format!("{}/", l.prefix))),
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

/// Renders every shortcode call with `shortcodes/<name>.html` and puts the results in the
/// pages' HTML: per entry, per language, the finished HTML of pages that have calls.
fn expand_shortcodes(
    inputs: &Inputs<'_>,
    bodies: &Bodies,
    templates: &Templates,
    site: &SiteContext<'_>,
    problems: &mut Vec<Diagnostic>,
) -> Vec<Vec<Option<String>>> {
    let library = inputs.library;
    let results: Vec<(Vec<Option<String>>, Vec<Diagnostic>)> = library
        .entries
        .par_iter()
        .enumerate()
        .map(|(id, entry)| {
            let mut diags = Vec::new();
            let per_lang = (0..inputs.config.languages.len())
                .map(|lang| {
                    let body = bodies.get(id, lang)?;
                    if body.shortcodes.is_empty() {
                        return None;
                    }
                    let r = entry.renditions[lang].as_ref()?;
                    let page = &entry.variants[r.variant].file.display;
                    let rendered: Vec<String> = body
                        .shortcodes
                        .iter()
                        .map(|call| {
                            let name = format!("shortcodes/{}.html", call.name);
                            if !call.ok {
                                return String::new();
                            }
                            if !templates.exists(&name) {
                                // An unknown shortcode was reported where it is called.
                                if inputs.shortcodes.specs.contains_key(&call.name) {
                                    diags.push(Diagnostic::error(
                                        &inputs.shortcodes.file,
                                        format!(
                                            "the shortcode `{}` has no template `{name}`",
                                            call.name
                                        ),
                                    ));
                                }
                                return String::new();
                            }
                            let mut ctx = shortcodes::call_context(call);
                            ctx.insert_value(
                                "lang",
                                tera::Value::from(inputs.config.languages[lang].code.as_str()),
                            );
                            if let Some(h) = &call.body_html {
                                ctx.insert_value("body", tera::Value::safe_string(h));
                            }
                            if let Some(s) = site.summary(id, lang) {
                                ctx.insert_value("page", s.clone());
                            }
                            match templates.tera.render(&name, &ctx) {
                                Ok(html) => html,
                                Err(e) => {
                                    diags.extend(match e.kind() {
                                        tera::ErrorKind::RenderingError(report) => {
                                            vec![templates::report_diagnostic(
                                                report,
                                                &templates.files,
                                                Some(page),
                                            )]
                                        }
                                        _ => {
                                            templates::tera_error_diagnostics(&e, &templates.files)
                                        }
                                    });
                                    String::new()
                                }
                            }
                        })
                        .collect();
                    Some(shortcodes::substitute(&body.html, &rendered))
                })
                .collect();
            (per_lang, diags)
        })
        .collect();
    let mut html = Vec::with_capacity(results.len());
    for (per_lang, diags) in results {
        html.push(per_lang);
        problems.extend(diags);
    }
    html
}

/// One output page to render.
enum Job {
    /// An entry in a language.
    Entry(EntryId, usize),
    /// A listing page (by index into `Listings::pages`).
    List(usize),
}

/// A template error's file, line, column and message: the same on every page it breaks.
type TemplateErrorKey = (String, usize, usize, String);

/// Renders every shown entry in every language into `sink`; returns the pages per language.
pub fn render_pages(
    inputs: &Inputs<'_>,
    bodies: &Bodies,
    templates: &Templates,
    sink: &dyn Sink,
    problems: &mut Vec<Diagnostic>,
) -> anyhow::Result<Vec<usize>> {
    let (config, library) = (inputs.config, inputs.library);
    let mut site = SiteContext::new(inputs, bodies);
    templates.lookups.set(site.lookups());
    site.set_html(expand_shortcodes(
        inputs, bodies, templates, &site, problems,
    ));
    let mut jobs: Vec<Job> = library
        .ids()
        .flat_map(|id| {
            (0..config.languages.len())
                .filter_map(move |lang| library.rendition(id, lang).map(|_| Job::Entry(id, lang)))
        })
        .collect();
    jobs.extend(
        inputs
            .listings
            .pages
            .iter()
            .enumerate()
            .filter(|(_, p)| !p.primary)
            .map(|(i, _)| Job::List(i)),
    );
    // Template errors repeat on every page that uses the template: keep the first.
    let template_errors: Mutex<BTreeMap<TemplateErrorKey, (Diagnostic, usize)>> =
        Mutex::new(BTreeMap::new());
    let page_problems: Mutex<Vec<Diagnostic>> = Mutex::new(Vec::new());
    let counts: Vec<std::sync::atomic::AtomicUsize> = (0..config.languages.len())
        .map(|_| std::sync::atomic::AtomicUsize::new(0))
        .collect();

    if let Some(p) = inputs.progress {
        p.phase("rendering", Some(jobs.len() as u64));
    }
    jobs.par_iter().try_for_each(|job| -> anyhow::Result<()> {
        if let Some(p) = inputs.progress {
            p.advance(1);
        }
        // What to render: the template, its context, where it goes, and which file it shows.
        let (template, ctx, url, lang, page) = match *job {
            Job::Entry(id, lang) => {
                let entry = library.entry(id);
                let r = entry.renditions[lang].as_ref().expect("shown");
                let template = match choose_template(library, &templates.files, id, lang) {
                    Ok(t) => t,
                    Err(d) => {
                        page_problems.lock().expect("lock").push(d);
                        return Ok(());
                    }
                };
                let page = entry.variants[r.variant].file.display.clone();
                (template, site.for_rendition(id, lang), r.url.clone(), lang, page)
            }
            Job::List(i) => {
                let list = &inputs.listings.pages[i];
                let template = match &list.kind {
                    ListKind::Section { id, .. } => match choose_template(library, &templates.files, *id, list.lang) {
                        Ok(t) => t,
                        Err(_) => return Ok(()),
                    },
                    ListKind::TaxonomyIndex { .. } => "taxonomy_list.html".to_string(),
                    ListKind::TaxonomyTerm { .. } => "taxonomy_term.html".to_string(),
                };
                if !templates.exists(&template) {
                    page_problems.lock().expect("lock").push(
                        Diagnostic::error(&config.file, format!("the theme has no `{template}`, which taxonomy pages need"))
                            .help("add it to the theme's templates folder, or remove `taxonomies` from site.yaml"),
                    );
                    return Ok(());
                }
                (template, site.for_list_page(list), list.url.clone(), list.lang, config.file.clone())
            }
        };
        // Straight into bytes: Tera's String result would check the UTF-8 once more.
        let mut html = Vec::with_capacity(32 * 1024);
        match templates.tera.render_to(&template, &ctx, &mut html) {
            Ok(()) => {
                sink.write(&output_path(&url), &html)?;
                counts[lang].fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            }
            Err(e) => {
                let diags = match e.kind() {
                    tera::ErrorKind::RenderingError(report) => {
                        vec![templates::report_diagnostic(report, &templates.files, Some(&page))]
                    }
                    _ => templates::tera_error_diagnostics(&e, &templates.files),
                };
                let mut map = template_errors.lock().expect("lock");
                for d in diags {
                    let k = (d.path.to_string_lossy().into_owned(), d.line, d.column, d.message.clone());
                    map.entry(k).and_modify(|(_, n)| *n += 1).or_insert((d, 0));
                }
            }
        }
        Ok(())
    })?;

    render_not_found(&site, templates, sink, &page_problems)?;
    crate::outputs::write_all(&site, sink, problems)?;
    if !config.languages[0].prefix.is_empty() {
        match render_language_picker(config, templates, sink)? {
            Ok(()) => {}
            Err(diags) => page_problems.lock().expect("lock").extend(diags),
        }
    }
    problems.extend(page_problems.into_inner().expect("lock"));
    for (_, (mut d, others)) in template_errors.into_inner().expect("lock") {
        if others > 0 {
            d = d.note(format!("the same error occurs on {others} other page(s)"));
        }
        problems.push(d);
    }
    Ok(counts.into_iter().map(|c| c.into_inner()).collect())
}

/// What to suggest for a missing `#anchor`: a near id; the translated heading's id when
/// the anchor is the original's (headings are translated, so their ids differ); else the
/// ids the page has.
fn anchor_help(anchor: &str, target: &Rendered, original: Option<&Rendered>) -> String {
    if let Some(a) = did_you_mean(anchor, target.anchors.iter().map(String::as_str)) {
        return format!("did you mean `#{a}`?");
    }
    if let Some(original) = original
        && original.headings.len() == target.headings.len()
        && let Some(i) = original.headings.iter().position(|h| h.id == anchor)
    {
        return format!(
            "`#{anchor}` is the original's heading; in this translation it is `#{}`",
            target.headings[i].id
        );
    }
    let mut ids: Vec<&str> = target.headings.iter().map(|h| h.id.as_str()).collect();
    if ids.is_empty() {
        return "that page has no headings; an anchor is a heading's id (`## Lịch sử` → `#lich-su`)".into();
    }
    let more = ids.len() > 8;
    ids.truncate(8);
    let list: Vec<String> = ids.iter().map(|i| format!("`#{i}`")).collect();
    format!(
        "its headings are {}{}",
        list.join(", "),
        if more { ", …" } else { "" }
    )
}
