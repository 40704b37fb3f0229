//! Rendering the site: every page in every language, one language after another (each
//! in parallel), each page's body rendered as the page is, and each language's search
//! index as soon as its pages are done (so only one language's texts are held at a time).
//! The steps that need the whole rendered site — the anchor check ([`check_anchors`],
//! from the anchors [`RenderOutcome`] returns), the 404 pages ([`render_not_found`]),
//! the side outputs and the language picker — are the build's own steps (`build.rs`).

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use rayon::prelude::*;

use super::bodies::{AnchorInfo, PageContent, Summaries, render_content};
use super::templates::{self, Templates};
use super::{Inputs, Sink, SiteContext, choose_template, output_path};
use crate::diagnostics::{Diagnostic, Severity};
use crate::library::{EntryId, Library};
use crate::listing::ListKind;
use crate::messages::Msg;
use crate::suggest::did_you_mean;

/// One output page to render.
enum Job {
    /// An entry in a language.
    Entry(EntryId),
    /// A listing page (by index into `Listings::pages`).
    List(usize),
    /// The language's search page.
    Search,
}

/// A template error's file, line, column and message: the same on every page it breaks.
type TemplateErrorKey = (String, usize, usize, String);

/// What rendering produced, for the build's summary.
#[derive(Default)]
pub struct RenderOutcome {
    /// Pages rendered, per language.
    pub pages: Vec<usize>,
    /// Per language with a search index: (language code, index bytes, index files, HTML bytes).
    pub search: Vec<(String, u64, usize, u64)>,
    /// Per language, the pages indexed, sorted by URL: kept only when
    /// [`Inputs::keep_search_docs`] asks (the preview), empty otherwise.
    pub search_docs: Vec<Vec<crate::search::SearchDoc>>,
    /// Per entry, per language: the heading ids a page has and the `@/page.md#anchor`
    /// links it makes, for [`check_anchors`].
    pub anchors: Anchors,
}

/// Per entry, per language: a rendered page's ids and anchor links.
pub type Anchors = Vec<Vec<Option<AnchorInfo>>>;

/// Renders every shown entry, listing and search page in every language into `sink`
/// (the pages only: see the module's note for the steps after).
pub fn render_pages(
    inputs: &Inputs<'_>,
    summaries: &Summaries,
    templates: &Templates,
    sink: &dyn Sink,
    problems: &mut Vec<Diagnostic>,
) -> anyhow::Result<RenderOutcome> {
    let site = SiteContext::new(inputs, summaries);
    render_pages_in(inputs, &site, templates, sink, problems)
}

/// [`render_pages`] with the site's shared values already built.
pub fn render_pages_in(
    inputs: &Inputs<'_>,
    site: &SiteContext<'_>,
    templates: &Templates,
    sink: &dyn Sink,
    problems: &mut Vec<Diagnostic>,
) -> anyhow::Result<RenderOutcome> {
    let (config, library) = (inputs.config, inputs.library);
    let template_errors: Mutex<BTreeMap<TemplateErrorKey, (Diagnostic, usize)>> =
        Mutex::new(BTreeMap::new());
    let page_problems: Mutex<Vec<Diagnostic>> = Mutex::new(Vec::new());
    let mut outcome = RenderOutcome::default();
    let mut anchors: Anchors = library
        .entries
        .iter()
        .map(|_| (0..config.languages.len()).map(|_| None).collect())
        .collect();
    let total: usize = library
        .ids()
        .map(|id| library.entry(id).renditions.iter().flatten().count())
        .sum::<usize>()
        + inputs.listings.pages.iter().filter(|p| !p.primary).count();
    if let Some(p) = inputs.progress {
        p.phase("rendering", Some(total as u64));
    }

    // One language at a time: its search index needs only its own pages' text.
    for (lang, language) in config.languages.iter().enumerate() {
        let mut jobs: Vec<Job> = library
            .ids()
            .filter(|&id| library.rendition(id, lang).is_some())
            .map(Job::Entry)
            .collect();
        jobs.extend(
            inputs
                .listings
                .pages
                .iter()
                .enumerate()
                .filter(|(_, p)| !p.primary && p.lang == lang)
                .map(|(i, _)| Job::List(i)),
        );
        if config.search.is_some() {
            jobs.push(Job::Search);
        }
        let count = AtomicUsize::new(0);
        let html_bytes = AtomicU64::new(0);
        let docs: Mutex<Vec<crate::search::SearchDoc>> = Mutex::new(Vec::new());
        let page_anchors: Mutex<Vec<(EntryId, AnchorInfo)>> = Mutex::new(Vec::new());

        jobs.par_iter().try_for_each(|job| -> anyhow::Result<()> {
            if let Some(p) = inputs.progress {
                p.advance(1);
            }
            let mut local = Vec::new();
            // What to render: the template, its context, where it goes, and which file it shows.
            let rendered = match *job {
                Job::Entry(id) => {
                    let (job, content) = entry_job(inputs, site, templates, id, lang, &mut local);
                    if let Some(c) = &content {
                        let r = library.rendition(id, lang).expect("shown");
                        if config.search.is_some() && !r.fallback {
                            docs.lock().expect("lock").push(search_doc(
                                site,
                                id,
                                lang,
                                &site.config().site_url(&r.url),
                                c,
                            ));
                        }
                    }
                    if let Some(c) = content {
                        page_anchors.lock().expect("lock").push((id, c.anchors));
                    }
                    job
                }
                Job::List(i) => {
                    let list = &inputs.listings.pages[i];
                    let template = match &list.kind {
                        ListKind::Section { id, .. } => {
                            choose_template(library, &templates.files, *id, lang).ok()
                        }
                        ListKind::TaxonomyIndex { .. } => Some("taxonomy_list.html".to_string()),
                        ListKind::TaxonomyTerm { .. } => Some("taxonomy_term.html".to_string()),
                    };
                    match template {
                        Some(t) if templates.exists(&t) => Some((
                            t,
                            site.for_list_page(list),
                            list.url.clone(),
                            config.file.clone(),
                        )),
                        Some(t) => {
                            local.push(Diagnostic::said(
                                Severity::Error,
                                &config.file,
                                Msg::new("template-taxonomy-missing").arg("name", &t),
                            ));
                            None
                        }
                        None => None,
                    }
                }
                Job::Search => {
                    let url = site.search_url(lang).unwrap_or_default();
                    if templates.exists("search.html") {
                        Some((
                            "search.html".to_string(),
                            site.for_search(lang),
                            url,
                            config.file.clone(),
                        ))
                    } else {
                        local.push(Diagnostic::said(
                            Severity::Error,
                            &config.file,
                            Msg::new("template-search-missing").arg("name", "search.html"),
                        ));
                        None
                    }
                }
            };
            if !local.is_empty() {
                page_problems.lock().expect("lock").extend(local);
            }
            let Some((template, ctx, url, page)) = rendered else {
                return Ok(());
            };
            // Straight into bytes: Tera's String result would check the UTF-8 once more.
            let mut html = Vec::with_capacity(32 * 1024);
            match templates.tera.render_to(&template, &ctx, &mut html) {
                Ok(()) => {
                    sink.write(&output_path(&url), &html)?;
                    count.fetch_add(1, Ordering::Relaxed);
                    html_bytes.fetch_add(html.len() as u64, Ordering::Relaxed);
                }
                Err(e) => {
                    let diags =
                        templates::render_error_diagnostics(&e, &templates.files, Some(&page));
                    let mut map = template_errors.lock().expect("lock");
                    for d in diags {
                        let k = (
                            d.path.to_string_lossy().into_owned(),
                            d.line,
                            d.column,
                            d.message.clone(),
                        );
                        map.entry(k).and_modify(|(_, n)| *n += 1).or_insert((d, 0));
                    }
                }
            }
            Ok(())
        })?;

        for (id, info) in page_anchors.into_inner().expect("lock") {
            anchors[id][lang] = Some(info);
        }
        outcome.pages.push(count.into_inner());
        if config.search.is_some() {
            let mut docs = docs.into_inner().expect("lock");
            docs.sort_by(|a, b| a.url.cmp(&b.url));
            let index = crate::search::build_index(&docs);
            let code = &language.code;
            for (path, bytes) in &index.files {
                sink.write(&format!("search/{code}/{path}"), bytes)?;
            }
            if inputs.keep_search_docs {
                outcome.search_docs.resize_with(lang, Vec::new);
                outcome.search_docs.push(docs);
            }
            outcome.search.push((
                code.clone(),
                index.total_bytes(),
                index.files.len(),
                html_bytes.into_inner(),
            ));
        }
    }

    outcome.anchors = anchors;
    problems.extend(page_problems.into_inner().expect("lock"));
    for (_, (mut d, others)) in template_errors.into_inner().expect("lock") {
        if others > 0 {
            d = d.note_said(crate::messages::Msg::new("note-same-error").arg("others", others));
        }
        problems.push(d);
    }
    Ok(outcome)
}

/// What rendering entry `id` in language `lang` takes: its template, context, URL and
/// source file (`None` when its template is missing), and its rendered body.
#[allow(clippy::type_complexity)]
fn entry_job(
    inputs: &Inputs<'_>,
    site: &SiteContext<'_>,
    templates: &Templates,
    id: EntryId,
    lang: usize,
    local: &mut Vec<Diagnostic>,
) -> (
    Option<(String, tera::Context, String, std::path::PathBuf)>,
    Option<PageContent>,
) {
    let library = inputs.library;
    let entry = library.entry(id);
    let r = entry.renditions[lang].as_ref().expect("shown");
    let template = match choose_template(library, &templates.files, id, lang) {
        Ok(t) => Some(t),
        Err(d) => {
            local.push(d);
            None
        }
    };
    let content = render_content(inputs, templates, site, id, lang, local);
    let page = entry.variants[r.variant].file.display.clone();
    let ctx = site.for_rendition(id, lang, content.as_ref());
    (template.map(|t| (t, ctx, r.url.clone(), page)), content)
}

/// Renders entry `id`'s page in language `lang` again, for the preview after an edit of
/// its text: the output path and HTML, or the problems that stop it.
pub fn render_entry_page(
    inputs: &Inputs<'_>,
    site: &SiteContext<'_>,
    templates: &Templates,
    id: EntryId,
    lang: usize,
) -> Result<EntryPage, Vec<Diagnostic>> {
    let mut problems = Vec::new();
    let (job, content) = entry_job(inputs, site, templates, id, lang, &mut problems);
    if problems.iter().any(Diagnostic::is_error) {
        return Err(problems);
    }
    let Some((template, ctx, url, page)) = job else {
        return Err(problems);
    };
    let search = content.as_ref().and_then(|c| {
        let r = inputs.library.rendition(id, lang)?;
        (inputs.config.search.is_some() && !r.fallback)
            .then(|| search_doc(site, id, lang, &site.config().site_url(&r.url), c))
    });
    let mut html = Vec::with_capacity(32 * 1024);
    match templates.tera.render_to(&template, &ctx, &mut html) {
        Ok(()) => Ok(EntryPage {
            path: output_path(&url),
            html,
            search,
        }),
        Err(e) => Err(templates::render_error_diagnostics(
            &e,
            &templates.files,
            Some(&page),
        )),
    }
}

/// One page rendered again by the preview.
pub struct EntryPage {
    /// Where it goes in the output folder (`dau-tu/x/index.html`).
    pub path: String,
    pub html: Vec<u8>,
    /// What the language's search index knows of it, when the site has search and the
    /// page is not shown in another language's text.
    pub search: Option<crate::search::SearchDoc>,
}

/// What the search index knows of a page.
fn search_doc(
    site: &SiteContext<'_>,
    id: EntryId,
    lang: usize,
    url: &str,
    content: &PageContent,
) -> crate::search::SearchDoc {
    let summary = site.summary(id, lang);
    let field = |name: &str| -> String {
        summary
            .and_then(|s| s.get_from_path(name))
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    };
    let description = field("description");
    crate::search::SearchDoc {
        url: url.to_string(),
        title: field("title"),
        text: format!("{description} {}", content.text),
        summary: if description.is_empty() {
            field("summary")
        } else {
            description
        },
    }
}

/// Every `@/page.md#anchor` must name an id on that page.
pub fn check_anchors(library: &Library, anchors: &Anchors, problems: &mut Vec<Diagnostic>) {
    for (source, per_lang) in anchors.iter().enumerate() {
        for (lang, info) in per_lang.iter().enumerate() {
            let Some(info) = info else { continue };
            for link in &info.links {
                let target_lang = if library.rendition(link.target, lang).is_some() {
                    lang
                } else {
                    0
                };
                let Some(target) = anchors[link.target][target_lang].as_ref() else {
                    continue;
                };
                if target.ids.contains(&link.anchor) {
                    continue;
                }
                let target_entry = library.entry(link.target);
                let shown = target_entry.renditions[target_lang]
                    .as_ref()
                    .map_or(0, |r| r.variant);
                let target_file = &target_entry.variants[shown].file.display;
                let msg = Msg::new("anchor-missing-there")
                    .arg("file", target_file.display().to_string())
                    .arg("anchor", &link.anchor);
                let msg = anchor_help(msg, &link.anchor, target, anchors[link.target][0].as_ref());
                problems.push(link_place(library, source, lang, link.offset, msg));
            }
        }
    }
}

/// An error `message` at byte `offset` of the body entry `id` shows in language `lang`.
/// The body is read again: only broken links need it, and keeping every link's line for
/// them cost memory on every page.
fn link_place(library: &Library, id: EntryId, lang: usize, offset: usize, msg: Msg) -> Diagnostic {
    let entry = library.entry(id);
    let shown = entry.renditions[lang].as_ref().map_or(0, |r| r.variant);
    let variant = &entry.variants[shown];
    let d = Diagnostic::said(Severity::Error, &variant.file.display, msg);
    match variant.body() {
        Ok(body) => variant.body_diagnostic(&body, offset, d),
        Err(_) => d,
    }
}

/// What to suggest for a missing `#anchor`, as `msg`'s arguments: a near id; the
/// translated heading's id when the anchor is the original's (headings are translated,
/// so their ids differ); else the ids the page has.
fn anchor_help(msg: Msg, anchor: &str, target: &AnchorInfo, original: Option<&AnchorInfo>) -> Msg {
    if let Some(h) = crate::markdown::renamed_heading(&target.headings, anchor) {
        return msg
            .arg("case", "renamed")
            .arg("heading", &h.title)
            .arg("id", &h.id);
    }
    if let Some(a) = did_you_mean(anchor, target.ids.iter().map(String::as_str)) {
        return msg.arg("case", "near").arg("near", a);
    }
    if let Some(original) = original
        && original.headings.len() == target.headings.len()
        && let Some(i) = original.headings.iter().position(|h| h.id == anchor)
    {
        return msg
            .arg("case", "original")
            .arg("id", &target.headings[i].id);
    }
    let mut ids: Vec<&str> = target.headings.iter().map(|h| h.id.as_str()).collect();
    if ids.is_empty() {
        return msg.arg("case", "no-headings");
    }
    let more = ids.len() > 8;
    ids.truncate(8);
    let list: Vec<String> = ids.iter().map(|i| format!("`#{i}`")).collect();
    msg.arg("case", if more { "many" } else { "list" })
        .arg("ids", list.join(", "))
}

/// `404.html` in every language (`/404.html`, `/en/404.html`), from the theme's `404.html`;
/// the template's problems, if any.
pub fn render_not_found(
    site: &SiteContext<'_>,
    templates: &Templates,
    sink: &dyn Sink,
) -> anyhow::Result<Vec<Diagnostic>> {
    let mut problems = Vec::new();
    if !templates.exists("404.html") {
        return Ok(problems);
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
            Err(e) => problems.extend(templates::tera_error_diagnostics(&e, &templates.files)),
        }
    }
    Ok(problems)
}
