//! The `outreach` command line: parses arguments, runs a command, prints its diagnostics
//! and exits with the documented code (0 success, 1 content or template errors, 2 usage
//! or I/O errors).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use outreach::build::{BuildOptions, BuildReport, UsageError, build, load_library};
use outreach::diagnostics::Format;
use outreach::messages::{Lang, Msg};

// Printing that never panics on a closed pipe: see the macros in the library.
use outreach::{err, errln, out, outln};

#[derive(Parser)]
#[command(
    name = "outreach",
    version,
    about = "Build bilingual external-information websites"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// The language of messages, `vi` or `en` (else OUTREACH_LANG, else the system's
    /// language, else the site's default language)
    #[arg(long, global = true, value_name = "LANG")]
    lang: Option<String>,
}

impl Command {
    /// The site's folder the command works on, when it has one already.
    fn root(&self) -> Option<&std::path::Path> {
        match self {
            Command::Build(a) => Some(&a.site.root),
            Command::Check(a) => Some(&a.site.root),
            Command::Translations(a) => Some(&a.root),
            Command::Serve(a) => Some(&a.root),
            Command::New(a) => Some(&a.root),
            Command::Init(_) => None,
        }
    }
}

/// The language messages are printed in, chosen once at the start of the run.
static LANG: std::sync::OnceLock<Lang> = std::sync::OnceLock::new();

fn lang() -> Lang {
    *LANG.get().unwrap_or(&Lang::En)
}

/// Diagnostics, printed in the run's language.
fn render(diags: &[outreach::diagnostics::Diagnostic], format: Format) -> String {
    outreach::diagnostics::render_in(diags, format, lang())
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into output/
    Build(BuildArgs),
    /// Run every check the build runs, and write nothing
    Check(CheckArgs),
    /// Which pages are translated, out of date or missing in each language
    Translations(TranslationsArgs),
    /// Preview the site, rebuilding and reloading the browser on every save
    Serve(ServeArgs),
    /// Start a page of a content type, in every language
    New(NewArgs),
    /// Create a new site with the default theme
    Init(InitArgs),
}

#[derive(Args)]
struct NewArgs {
    /// The content type (project, partner, delegation, event, news, page…)
    #[arg(value_name = "TYPE")]
    type_name: String,
    /// The page's name in its address, e.g. `cang-song-hau`
    slug: String,
    /// The section folder under content/ (default: the section whose pages are of TYPE)
    #[arg(long, value_name = "DIR")]
    section: Option<String>,
    /// The site's folder (the one with site.yaml)
    #[arg(long, default_value = ".")]
    root: PathBuf,
}

#[derive(Args)]
struct ServeArgs {
    /// The site's folder (the one with site.yaml)
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// The port to listen on
    #[arg(long, default_value_t = 1111)]
    port: u16,
    /// The address to listen on: 127.0.0.1 is this computer only; another address (0.0.0.0:
    /// every network) lets other computers see the preview, which is not meant for the public
    #[arg(long, default_value = "127.0.0.1")]
    bind: String,
    /// Include pages marked `draft: true`
    #[arg(long)]
    drafts: bool,
}

#[derive(Args)]
struct InitArgs {
    /// The folder of the new site (empty or new)
    dir: PathBuf,
    /// Write the full Hậu Giang example site instead of the neutral starter
    #[arg(long)]
    example: bool,
}

#[derive(Args)]
struct SiteArgs {
    /// The site's folder (the one with site.yaml)
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// Include pages marked `draft: true`
    #[arg(long)]
    drafts: bool,
    /// How to print problems
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
}

#[derive(Args)]
struct BuildArgs {
    #[command(flatten)]
    site: SiteArgs,
    /// Where to write the site [default: ROOT/output]
    #[arg(long)]
    output: Option<PathBuf>,
    /// The address the site is published at, instead of site.yaml's `base_url`
    #[arg(long)]
    base_url: Option<String>,
    /// Print how long each phase took
    #[arg(long, short)]
    verbose: bool,
}

#[derive(Args)]
struct CheckArgs {
    #[command(flatten)]
    site: SiteArgs,
    /// The address the site is published at, instead of site.yaml's `base_url`
    #[arg(long)]
    base_url: Option<String>,
    /// Treat missing and out-of-date translations as errors
    #[arg(long)]
    strict_translations: bool,
}

#[derive(Args)]
struct TranslationsArgs {
    /// The site's folder (the one with site.yaml)
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// `text` for people, `json` for tools
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    format: ReportFormat,
    /// Stamp these translations as up to date with their originals
    #[arg(long, value_name = "FILE", num_args = 1..)]
    mark_done: Vec<PathBuf>,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ReportFormat {
    Text,
    Json,
}

/// jemalloc instead of glibc's allocator: a build makes about 700 allocations a page from
/// two threads, and glibc grows each thread's heap a page at a time (tens of thousands of
/// `mprotect` calls and page faults at N = 10,000). Measured in the README's Speed section.
#[cfg(not(target_env = "msvc"))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let env = std::env::var("OUTREACH_LANG").ok();
    let site = cli
        .command
        .root()
        .and_then(outreach::config::default_language_of);
    let _ = LANG.set(outreach::messages::choose(
        cli.lang.as_deref(),
        env.as_deref(),
        outreach::messages::system_language().as_deref(),
        site.as_deref(),
    ));
    match cli.command {
        Command::Build(args) => {
            let opts = BuildOptions {
                root: args.site.root,
                output: args.output,
                base_url: args.base_url,
                drafts: args.site.drafts,
                dry_run: false,
                strict_translations: false,
                progress: progress_bar(args.site.format),
            };
            finish(build(&opts), args.site.format, args.verbose, false)
        }
        Command::Check(args) => {
            let opts = BuildOptions {
                root: args.site.root,
                base_url: args.base_url,
                drafts: args.site.drafts,
                dry_run: true,
                strict_translations: args.strict_translations,
                ..Default::default()
            };
            finish(build(&opts), args.site.format, false, true)
        }
        Command::Translations(args) => translations(args),
        Command::New(args) => new_page(args),
        Command::Serve(args) => {
            let opts = outreach::serve::ServeOptions {
                root: args.root,
                bind: args.bind,
                port: args.port,
                drafts: args.drafts,
            };
            match outreach::serve::serve(&opts) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    errln!("error: {e:#}");
                    ExitCode::from(2)
                }
            }
        }
        Command::Init(args) => match outreach::scaffold::init(
            &args.dir,
            if args.example {
                outreach::scaffold::Starter::Example
            } else {
                outreach::scaffold::Starter::Neutral
            },
        ) {
            Ok(files) => {
                errln!(
                    "created a new site in `{}` ({} files)\nnext: `outreach build --root {}` builds it into {}/output",
                    args.dir.display(),
                    files.len(),
                    args.dir.display(),
                    args.dir.display()
                );
                ExitCode::SUCCESS
            }
            Err(e) => {
                errln!("error: {e:#}");
                ExitCode::from(2)
            }
        },
    }
}

fn new_page(args: NewArgs) -> ExitCode {
    let loaded = match load_library(&args.root, true) {
        Err(UsageError(e)) => {
            errln!("error: {e:#}");
            return ExitCode::from(2);
        }
        Ok(Err(diags)) => {
            err!("{}", render(&diags, Format::Text));
            return ExitCode::from(1);
        }
        Ok(Ok(l)) => l,
    };
    let Some(library) = &loaded.library else {
        err!("{}", render(&loaded.problems, Format::Text));
        return ExitCode::from(1);
    };
    let mut problems = Vec::new();
    let schemas = outreach::types::load(&loaded.config, &loaded.data, &mut problems);
    if !problems.is_empty() {
        err!("{}", render(&problems, Format::Text));
        return ExitCode::from(1);
    }
    match outreach::scaffold::new_page(
        &loaded.config,
        library,
        &schemas,
        &args.type_name,
        &args.slug,
        args.section.as_deref(),
    ) {
        Ok(files) => {
            for f in &files {
                errln!(
                    "created `{}`",
                    f.strip_prefix(&args.root).unwrap_or(f).display()
                );
            }
            errln!(
                "the page is a draft: preview it with `outreach build --drafts`, and remove `draft: true` to publish it"
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            errln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn translations(args: TranslationsArgs) -> ExitCode {
    let loaded = match load_library(&args.root, false) {
        Err(UsageError(e)) => {
            errln!("error: {e:#}");
            return ExitCode::from(2);
        }
        Ok(Err(diags)) => {
            err!("{}", render(&diags, Format::Text));
            return ExitCode::from(1);
        }
        Ok(Ok(l)) => l,
    };
    let Some(library) = &loaded.library else {
        err!("{}", render(&loaded.problems, Format::Text));
        return ExitCode::from(1);
    };
    let mut schema_problems = Vec::new();
    let schemas = outreach::types::load(&loaded.config, &loaded.data, &mut schema_problems);
    if !args.mark_done.is_empty() {
        let mut code = ExitCode::SUCCESS;
        for file in &args.mark_done {
            match outreach::translations::mark_done(&loaded.config, library, &schemas, file) {
                Ok(hash) => errln!(
                    "marked `{}` as up to date (source_hash: {hash})",
                    file.display()
                ),
                Err(e) => {
                    errln!("error: {e:#}");
                    code = ExitCode::from(2);
                }
            }
        }
        return code;
    }
    let (pages, summaries) = outreach::translations::statuses(&loaded.config, library, &schemas);
    match args.format {
        ReportFormat::Json => {
            let json = serde_json::json!({ "languages": summaries, "pages": pages });
            outln!(
                "{}",
                serde_json::to_string_pretty(&json).unwrap_or_default()
            );
        }
        ReportFormat::Text => {
            use outreach::translations::Status;
            for p in &pages {
                let file = match p.status {
                    Status::Missing if p.translation == p.source => {
                        format!("{} (no `{}` values in it)", p.source.display(), p.language)
                    }
                    Status::Missing => {
                        format!("{} (write {})", p.source.display(), p.translation.display())
                    }
                    _ => p.translation.display().to_string(),
                };
                outln!("{:<3} {:<13} {file}", p.language, p.status.words());
                match &p.translated_title {
                    Some(t) => outln!("    {} / {t}", p.title),
                    None => outln!("    {}", p.title),
                }
                let checked = p
                    .checked
                    .as_ref()
                    .map(|d| format!(" on {d}"))
                    .unwrap_or_default();
                match p.status {
                    Status::Stale => match &p.changes {
                        Some(c) => outln!(
                            "    checked{checked}; since then the original changed {}",
                            c.in_words()
                        ),
                        None => outln!(
                            "    the original's text changed since this translation was checked"
                        ),
                    },
                    Status::Unstamped => {
                        outln!("    nobody has marked this translation done yet")
                    }
                    Status::Ok if !checked.is_empty() => outln!("    checked{checked}"),
                    _ => {}
                }
            }
            for s in &summaries {
                outln!(
                    "{}: {} up to date, {} out of date, {} never checked, {} missing ({} pages)",
                    s.language,
                    s.ok,
                    s.stale,
                    s.unstamped,
                    s.missing,
                    s.ok + s.stale + s.unstamped + s.missing
                );
            }
            // What each status found means, on stderr beside the report.
            for status in [Status::Stale, Status::Unstamped, Status::Missing] {
                if pages.iter().any(|p| p.status == status) {
                    errln!("{}", status.explanation());
                }
            }
        }
    }
    ExitCode::SUCCESS
}

fn finish(
    result: Result<BuildReport, UsageError>,
    format: Format,
    verbose: bool,
    check: bool,
) -> ExitCode {
    let report = match result {
        Ok(r) => r,
        Err(UsageError(e)) => {
            errln!("error: {e:#}");
            return ExitCode::from(2);
        }
    };
    let failed = report.failed();
    // Counted after duplicates (one problem seen from two languages) are merged.
    let diags = report.diagnostics.sorted();
    let errors = diags.iter().filter(|d| d.is_error()).count();
    let warnings = diags.len() - errors;

    let printed = render(&diags, format);
    match format {
        Format::Text => err!("{printed}"),
        Format::Json | Format::Github => out!("{printed}"),
    }
    if verbose {
        for (phase, d) in &report.timings.phases {
            errln!("{phase:>10}: {:>7.1} ms", d.as_secs_f64() * 1000.0);
        }
        let images = report.images;
        errln!(
            "    images: {} photos, {} decoded, {} from the cache, {} cache entries pruned ({:.1} ms)",
            images.images,
            images.decoded,
            images.images.saturating_sub(images.decoded),
            images.pruned,
            images.took.as_secs_f64() * 1000.0
        );
        // syntect's definitions load only when a page has a fenced code block.
        errln!(
            "  syntaxes: {}",
            if outreach::markdown::highlight::syntaxes_loaded() {
                "loaded (a page has a code block)"
            } else {
                "not loaded (no code blocks)"
            }
        );
    }
    if failed {
        let files: std::collections::BTreeSet<_> = diags
            .iter()
            .filter(|d| d.is_error())
            .map(|d| &d.path)
            .collect();
        let found = Msg::new("summary-errors")
            .arg("errors", errors)
            .arg("files", files.len())
            .text(lang());
        if check {
            errln!("error: {found}");
        } else {
            let kept = Msg::new("summary-not-changed").text(lang());
            errln!("error: {found}; {kept}");
        }
        return ExitCode::from(1);
    }
    let pages: Vec<String> = report
        .pages
        .iter()
        .map(|(l, n)| format!("{n} {l}"))
        .collect();
    let total: f64 = report
        .timings
        .phases
        .iter()
        .map(|(_, d)| d.as_secs_f64())
        .sum();
    let warn = if warnings > 0 {
        format!(", {warnings} warning{}", plural(warnings))
    } else {
        String::new()
    };
    for (lang, bytes, files, html) in &report.search {
        let share = if *html > 0 {
            *bytes as f64 * 100.0 / *html as f64
        } else {
            0.0
        };
        errln!(
            "search index {lang}: {} in {files} files ({share:.1}% of the language's {} of HTML)",
            human_bytes(*bytes),
            human_bytes(*html)
        );
    }
    if check {
        errln!(
            "checked {} pages ({}){warn}: no errors",
            report.pages.iter().map(|(_, n)| n).sum::<usize>(),
            pages.join(", ")
        );
    } else if let Some(w) = report.written {
        errln!(
            "built {} pages ({}) into {} in {:.2} s: {} files written, {} unchanged{warn}",
            report.pages.iter().map(|(_, n)| n).sum::<usize>(),
            pages.join(", "),
            report.output.display(),
            total,
            w.written,
            w.unchanged
        );
    }
    ExitCode::SUCCESS
}

/// A progress bar on stderr when it is a terminal (never in CI logs or when piped).
struct Bar(indicatif::ProgressBar);

impl outreach::build::Progress for Bar {
    fn phase(&self, name: &str, total: Option<u64>) {
        match total {
            Some(n) => {
                self.0.set_style(
                    indicatif::ProgressStyle::with_template(
                        "{msg:>12} [{bar:30}] {pos}/{len} pages",
                    )
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
                );
                self.0.set_length(n);
                self.0.set_position(0);
            }
            None => self.0.set_style(
                indicatif::ProgressStyle::with_template("{spinner} {msg}")
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
            ),
        }
        self.0.set_message(name.to_string());
    }

    fn advance(&self, n: u64) {
        self.0.inc(n);
    }

    fn finish(&self) {
        self.0.finish_and_clear();
    }
}

fn progress_bar(format: Format) -> Option<std::sync::Arc<dyn outreach::build::Progress>> {
    use std::io::IsTerminal;
    if format != Format::Text || !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new_spinner();
    bar.enable_steady_tick(std::time::Duration::from_millis(120));
    Some(std::sync::Arc::new(Bar(bar)))
}

fn human_bytes(n: u64) -> String {
    if n >= 1024 * 1024 {
        format!("{:.1} MB", n as f64 / (1024.0 * 1024.0))
    } else {
        format!("{:.0} KB", n as f64 / 1024.0)
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
