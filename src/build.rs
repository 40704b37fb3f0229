//! The build pipeline, one direction: config → sources → library → Markdown → templates →
//! output. Each stage takes the previous stage's value; diagnostics are collected across
//! all of them, so one run reports every problem it can find.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Result;

use crate::config::{self, Config, ConfigError, Overrides};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::library::{self, Library};
use crate::linkcheck::LinkCheckSink;
use crate::output::{OutputFolder, WriteStats, Writer};
pub use crate::progress::Progress;
use crate::render::{self, Sink};
use crate::source;

/// What the command line asks of a build.
#[derive(Clone, Debug, Default)]
pub struct BuildOptions {
    pub root: PathBuf,
    /// `None`: `output/` in the site root.
    pub output: Option<PathBuf>,
    pub base_url: Option<String>,
    pub drafts: bool,
    /// Check only: render everything, write nothing.
    pub dry_run: bool,
    /// Missing and stale translations are errors (`check --strict-translations`).
    pub strict_translations: bool,
    /// Where to report progress (a progress bar on a terminal).
    pub progress: Option<Arc<dyn Progress>>,
}

/// How long each phase took, for `--verbose`.
#[derive(Clone, Debug, Default)]
pub struct Timings {
    pub phases: Vec<(&'static str, Duration)>,
}

/// The result of a build that ran to the end (with or without content errors).
#[derive(Debug, Default)]
pub struct BuildReport {
    pub diagnostics: Diagnostics,
    /// Pages rendered per language code.
    pub pages: Vec<(String, usize)>,
    pub written: Option<WriteStats>,
    /// Per language with a search index: (code, index bytes, index files, HTML bytes).
    pub search: Vec<(String, u64, usize, u64)>,
    pub output: PathBuf,
    pub timings: Timings,
    /// What the photo stage did.
    pub images: crate::images::ImageStats,
}

impl BuildReport {
    pub fn failed(&self) -> bool {
        self.diagnostics.has_errors()
    }
}

/// A build that could not start: the wrong folder, an unusable output location, or I/O.
#[derive(Debug)]
pub struct UsageError(pub anyhow::Error);

impl UsageError {
    /// The error as said in `lang`: a site or output folder that cannot be used from the
    /// catalogue (with its code and help line), any other as written, its causes after
    /// it (`{:#}`).
    pub fn text(&self, lang: crate::messages::Lang) -> String {
        match self.0.downcast_ref::<crate::fsutil::Said>() {
            Some(said) => said.text(lang),
            None => format!("{:#}", self.0),
        }
    }
}

/// Writes nothing: `check` renders into it.
struct NullSink;

impl Sink for NullSink {
    fn write(&self, _: &str, _: &[u8]) -> Result<()> {
        Ok(())
    }
}

/// Loads site.yaml, turning "not found" into a usage error.
pub fn load_config(
    root: &Path,
    overrides: &Overrides,
) -> Result<std::result::Result<Config, Vec<Diagnostic>>, UsageError> {
    match config::load(root, overrides) {
        Ok(c) => Ok(Ok(c)),
        Err(ConfigError::Invalid(d)) => Ok(Err(d)),
        Err(ConfigError::NotFound(path)) => Err(UsageError(
            crate::fsutil::Said(
                crate::messages::Msg::new("site-not-found").arg("path", path.display().to_string()),
            )
            .into(),
        )),
    }
}

/// The content as far as the library stage: for commands that inspect rather than build.
pub struct Loaded {
    pub config: Config,
    pub library: Option<Library>,
    /// `content/_data/`, which content types may take enum values from.
    pub data: crate::data::Data,
    pub problems: Vec<Diagnostic>,
}

/// Loads site.yaml and the content into a library. `Err` for usage errors; content
/// problems are in `Loaded::problems` (site.yaml problems leave no config: `Ok(Err)`).
pub fn load_library(
    root: &Path,
    drafts: bool,
) -> Result<std::result::Result<Loaded, Vec<Diagnostic>>, UsageError> {
    let config = match load_config(root, &Overrides::default())? {
        Ok(c) => c,
        Err(d) => return Ok(Err(d)),
    };
    let mut problems = Vec::new();
    let mut files = source::load(&config, &mut problems);
    let data = crate::data::Data::load(std::mem::take(&mut files.data), &mut problems);
    let library = library::build(&config, files, drafts, &mut problems);
    Ok(Ok(Loaded {
        config,
        library,
        data,
        problems,
    }))
}

/// The site read and checked, ready to render: what every later stage reads.
pub struct Prepared {
    pub config: Config,
    pub library: Library,
    pub schemas: crate::types::Schemas,
    pub data: crate::data::Data,
    pub listings: crate::listing::Listings,
    pub shortcodes: render::shortcodes::Shortcodes,
    /// Every photo of the content, processed.
    pub images: Arc<crate::images::Images>,
}

impl Prepared {
    /// The render stage's view of the site.
    pub fn inputs<'a>(&'a self, progress: Option<&'a dyn Progress>) -> render::Inputs<'a> {
        render::Inputs {
            config: &self.config,
            library: &self.library,
            schemas: &self.schemas,
            data: &self.data,
            listings: &self.listings,
            shortcodes: &self.shortcodes,
            images: &self.images,
            progress,
            keep_search_docs: false,
        }
    }
}

/// Reads the content and checks it: sources, library, content types, listings, theme
/// declarations, photos. `None` when the site cannot be assembled at all (no home page).
pub fn prepare(
    config: Config,
    drafts: bool,
    strict_translations: bool,
    progress: Option<&dyn Progress>,
    problems: &mut Vec<Diagnostic>,
) -> Option<Prepared> {
    let mut files = source::load(&config, problems);
    let data = crate::data::Data::load(std::mem::take(&mut files.data), problems);
    let library = library::build(&config, files, drafts, problems)?;
    check_menu(&config, &library, problems);
    problems.extend(config.warnings.iter().cloned());
    let schemas = crate::types::load(&config, &data, problems);
    crate::types::validate(&config, &library, &schemas, problems);
    let listings = crate::listing::build(&config, &library, &schemas, problems);
    if strict_translations {
        problems.extend(crate::translations::strict_diagnostics(
            &config, &library, &schemas,
        ));
    }
    let shortcodes = render::shortcodes::load(&config, problems);
    let images = Arc::new(crate::images::prepare(&config, &library, progress));
    Some(Prepared {
        config,
        library,
        schemas,
        data,
        listings,
        shortcodes,
        images,
    })
}

/// What the preview keeps of a good build, to render one page again after an edit.
pub struct Live<'a> {
    pub inputs: &'a render::Inputs<'a>,
    pub site: &'a render::SiteContext<'a>,
    pub templates: &'a render::Templates,
    /// The folder the site was written to.
    pub output: &'a Path,
    /// Per language, the pages its search index was built from (sorted by URL; empty
    /// without `search:`), to build it again after an edit.
    pub search_docs: std::sync::Mutex<Vec<Vec<crate::search::SearchDoc>>>,
}

/// What the preview runs after a good build (see [`build_live`]).
pub type AfterBuild<'f> = dyn FnMut(&BuildReport, &Live<'_>) + 'f;

/// Runs the whole pipeline.
pub fn build(opts: &BuildOptions) -> Result<BuildReport, UsageError> {
    build_live(opts, None)
}

/// [`build`], then — when it wrote the site — `after` with the build's report and what
/// it kept, before anything is dropped (the preview's edit loop runs inside `after`).
pub fn build_live(
    opts: &BuildOptions,
    after: Option<&mut AfterBuild<'_>>,
) -> Result<BuildReport, UsageError> {
    let mut timings = Timings::default();
    let mut clock = Instant::now();
    let progress = opts.progress.clone();
    let mut lap = |name: &'static str, timings: &mut Timings| {
        let now = Instant::now();
        timings.phases.push((name, now - clock));
        clock = now;
        if let Some(p) = &progress {
            p.phase(&format!("{name} done"), None);
        }
    };
    let output = opts
        .output
        .clone()
        .unwrap_or_else(|| opts.root.join("output"));
    let mut report = BuildReport {
        output: output.clone(),
        ..Default::default()
    };
    let overrides = Overrides {
        base_url: opts.base_url.clone(),
    };
    let config = match load_config(&opts.root, &overrides)? {
        Ok(c) => c,
        Err(diags) => {
            report.diagnostics.extend(diags);
            return Ok(report);
        }
    };
    // Before any work: a build that cannot be written is not worth making.
    let output_folder = if opts.dry_run {
        None
    } else {
        Some(OutputFolder::check(&opts.root, &output).map_err(UsageError)?)
    };
    lap("config", &mut timings);

    let mut problems = Vec::new();
    // `check` is the gate before publishing: what `init` left to fill in is named.
    if opts.dry_run {
        problems.extend(config.placeholders.iter().cloned());
    }
    let Some(prepared) = prepare(
        config,
        opts.drafts,
        opts.strict_translations,
        progress.as_deref(),
        &mut problems,
    ) else {
        report.diagnostics.extend(problems);
        return Ok(report);
    };
    lap("library", &mut timings);
    let Prepared {
        config,
        library,
        images,
        ..
    } = &prepared;
    let mut inputs = prepared.inputs(progress.as_deref());
    inputs.keep_search_docs = after.is_some();
    let summaries = render::summarize(&inputs);
    lap("markdown", &mut timings);
    // The site's shared values first: the templates' `get_page` and `get_section`
    // answer from them.
    let site = render::SiteContext::new(&inputs, &summaries);
    let templates =
        render::prepare_templates(config, library, images, site.lookups(), &mut problems);
    lap("templates", &mut timings);
    let Some(templates) = templates else {
        report.diagnostics.extend(problems);
        return Ok(report);
    };

    let content_ok = !problems.iter().any(Diagnostic::is_error);
    let writer = match &output_folder {
        Some(folder) if content_ok => Some(Writer::begin(folder).map_err(UsageError)?),
        _ => None,
    };
    let base_sink: &dyn Sink = match &writer {
        Some(w) => w,
        None => &NullSink,
    };
    // `check` also follows every link of the rendered site.
    let link_check = opts
        .dry_run
        .then(|| LinkCheckSink::new(base_sink, &config.base_url, &config.base_path));
    let sink: &dyn Sink = match &link_check {
        Some(l) => l,
        None => base_sink,
    };
    let outcome = render::render_pages_in(&inputs, &site, &templates, sink, &mut problems)
        .map_err(UsageError)?;
    lap("render", &mut timings);
    // What needs every page rendered: each step on its own.
    render::check_anchors(library, &outcome.anchors, &mut problems);
    problems.extend(render::render_not_found(&site, &templates, sink).map_err(UsageError)?);
    // Feeds carry whole texts: each entry's body is rendered again (bodies are not held).
    let feed_body = |id: crate::library::EntryId, lang: usize| -> String {
        let mut ignored = Vec::new();
        render::render_content(&inputs, &templates, &site, id, lang, &mut ignored)
            .map(|c| c.html)
            .unwrap_or_default()
    };
    crate::outputs::write_all(&site, &templates, &feed_body, sink, &mut problems)
        .map_err(UsageError)?;
    if !config.languages[0].prefix.is_empty()
        && let Err(diags) =
            render::render_language_picker(config, &templates, sink).map_err(UsageError)?
    {
        problems.extend(diags);
    }
    lap("side outputs", &mut timings);
    problems.extend(images.make_requested());
    problems.extend(images.unreferenced_problems());
    if writer.is_some() || link_check.is_some() {
        copy_static(library, images, sink).map_err(UsageError)?;
        images.publish(sink).map_err(UsageError)?;
    }
    lap("static", &mut timings);
    if let Some(check) = link_check {
        let (sources, on_disk) = page_sources(library);
        problems.extend(check.verify(&sources, &on_disk));
        lap("links", &mut timings);
    }
    report.pages = config
        .languages
        .iter()
        .map(|l| l.code.clone())
        .zip(outcome.pages)
        .collect();
    report.search = outcome.search;
    let search_docs = outcome.search_docs;
    report.diagnostics.extend(problems);
    if let Some(w) = writer
        && !report.diagnostics.has_errors()
    {
        report.written = Some(w.commit().map_err(UsageError)?);
    }
    report.images = images.stats();
    if report.written.is_some() {
        report.images.pruned = images.prune();
    }
    lap("write", &mut timings);
    if let Some(p) = &progress {
        p.finish();
    }
    report.timings = timings;
    if let Some(after) = after
        && report.written.is_some()
    {
        let live = Live {
            inputs: &inputs,
            site: &site,
            templates: &templates,
            output: &output,
            search_docs: std::sync::Mutex::new(search_docs),
        };
        after(&report, &live);
    }
    // Letting go of a large site's pages and values takes a few hundred milliseconds on
    // one core: another thread does it, so the command can end (and the preview wait for
    // the next save) without waiting for it.
    drop(site);
    let _ = std::thread::Builder::new()
        .name("outreach-free".to_string())
        .spawn(move || drop((prepared, templates, summaries)));
    Ok(report)
}

/// Each output page's source file, and where each source file is on disk, for placing problems
/// found in the rendered site.
fn page_sources(library: &Library) -> (HashMap<String, PathBuf>, HashMap<PathBuf, PathBuf>) {
    let mut sources = HashMap::new();
    let mut on_disk = HashMap::new();
    for e in &library.entries {
        for r in e.renditions.iter().flatten() {
            let file = &e.variants[r.variant].file;
            sources.insert(render::output_path(&r.url), file.display.clone());
            on_disk
                .entry(file.display.clone())
                .or_insert_with(|| file.abs.clone());
        }
    }
    (sources, on_disk)
}

/// Menu entries must name pages that exist.
fn check_menu(config: &Config, library: &Library, problems: &mut Vec<Diagnostic>) {
    let codes = config.language_codes();
    for item in &config.menu {
        if let config::MenuItem::Page {
            target,
            line,
            column,
            ..
        } = item
            && library.resolve(target, &codes).is_none()
            // A page that failed to read has its own error; the menu is not a second one.
            && !library.is_unreadable(target, &codes)
        {
            let keys = library.entries.iter().map(|e| e.key.as_str());
            let wanted = library::path_key(target, &codes);
            let near = crate::suggest::did_you_mean(&wanted, keys)
                .map(|k| library.content_path(k))
                .unwrap_or_else(|| "none".to_string());
            problems.push(
                Diagnostic::said(
                    crate::diagnostics::Severity::Error,
                    &config.file,
                    crate::messages::Msg::new("menu-page-missing")
                        .arg("target", target)
                        .arg("near", near),
                )
                .at(&config.text, *line, *column),
            );
        }
    }
}

/// Copies the theme's and the site's `static/` files and every content asset but the
/// photos, which the photo stage publishes resized.
fn copy_static(library: &Library, images: &crate::images::Images, writer: &dyn Sink) -> Result<()> {
    for (rel, file) in &library.statics {
        if !images.takes(&format!("/{rel}")) {
            writer.copy(rel, file)?;
        }
    }
    for asset in library
        .entries
        .iter()
        .flat_map(|e| e.assets.iter())
        .chain(library.loose_assets.iter())
        .filter(|a| !images.takes(&a.url))
    {
        writer.copy(asset.url.trim_start_matches('/'), &asset.source)?;
    }
    Ok(())
}
