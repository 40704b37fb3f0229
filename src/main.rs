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

mod cli;

// Every command's and option's help comes from the catalogues (`cli-about`,
// `cli-option`), in the language chosen before parsing: see `cli::command`.
#[derive(Parser)]
#[command(name = "outreach", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
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
    Build(BuildArgs),
    Check(CheckArgs),
    Translations(TranslationsArgs),
    Serve(ServeArgs),
    New(NewArgs),
    Init(InitArgs),
}

#[derive(Args)]
struct NewArgs {
    #[arg(value_name = "TYPE")]
    type_name: String,
    slug: String,
    #[arg(long, value_name = "DIR")]
    section: Option<String>,
    #[arg(long, default_value = ".")]
    root: PathBuf,
}

#[derive(Args)]
struct ServeArgs {
    #[arg(long, default_value = ".")]
    root: PathBuf,
    #[arg(long, default_value_t = 1111)]
    port: u16,
    #[arg(long, default_value = "127.0.0.1")]
    bind: String,
    #[arg(long)]
    drafts: bool,
}

#[derive(Args)]
struct InitArgs {
    dir: PathBuf,
    #[arg(long)]
    example: bool,
}

#[derive(Args)]
struct SiteArgs {
    #[arg(long, default_value = ".")]
    root: PathBuf,
    #[arg(long)]
    drafts: bool,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
}

#[derive(Args)]
struct BuildArgs {
    #[command(flatten)]
    site: SiteArgs,
    #[arg(long)]
    output: Option<PathBuf>,
    #[arg(long)]
    base_url: Option<String>,
    #[arg(long, short)]
    verbose: bool,
}

#[derive(Args)]
struct CheckArgs {
    #[command(flatten)]
    site: SiteArgs,
    #[arg(long)]
    base_url: Option<String>,
    #[arg(long)]
    strict_translations: bool,
}

#[derive(Args)]
struct TranslationsArgs {
    #[arg(long, default_value = ".")]
    root: PathBuf,
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    format: ReportFormat,
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
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let env = std::env::var("OUTREACH_LANG").ok();
    let asked = cli::lang_flag(&args);
    let system = outreach::messages::system_language();
    let help_lang =
        outreach::messages::choose(asked.as_deref(), env.as_deref(), system.as_deref(), None);
    let cli = match cli::parse(&args, help_lang) {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    let site = cli
        .command
        .root()
        .and_then(outreach::config::default_language_of);
    let _ = LANG.set(outreach::messages::choose(
        cli.lang.as_deref(),
        env.as_deref(),
        system.as_deref(),
        site.as_deref(),
    ));
    if let Some(asked) = cli.lang.as_deref()
        && Lang::from_code(asked).is_none()
    {
        // `--lang vn` is a common slip for `vi`.
        let near = if asked.eq_ignore_ascii_case("vn") {
            "vi"
        } else {
            "none"
        };
        let msg = Msg::new("cli-unknown-language")
            .arg("lang", asked)
            .arg("near", near);
        errln!("warning: {}", outreach::scaffold::said(&msg, lang()));
    }
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
                lang: lang(),
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
            lang(),
        ) {
            Ok(files) => {
                let created = Msg::new("init-created")
                    .arg("dir", args.dir.display().to_string())
                    .arg("files", files.len());
                errln!("{}", created.text(lang()));
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
        Err(usage) => {
            errln!("error: {}", usage.text(lang()));
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
        lang(),
    ) {
        Ok(files) => {
            for f in &files {
                let file = f.strip_prefix(&args.root).unwrap_or(f).display();
                let created = Msg::new("new-created").arg("file", file.to_string());
                errln!("{}", created.text(lang()));
            }
            errln!("{}", Msg::new("new-draft").text(lang()));
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
        Err(usage) => {
            errln!("error: {}", usage.text(lang()));
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
            match outreach::translations::mark_done(&loaded.config, library, &schemas, file, lang())
            {
                Ok(hash) => {
                    let marked = Msg::new("mark-done-marked")
                        .arg("file", file.display().to_string())
                        .arg("hash", hash);
                    errln!("{}", marked.text(lang()));
                }
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
            let lang = lang();
            let words = |status: Status| {
                Msg::new("translations-status")
                    .arg("status", status.label())
                    .text(lang)
            };
            // The statuses line up in a column as wide as the longest in this language.
            let width = [
                Status::Ok,
                Status::Stale,
                Status::Unstamped,
                Status::Missing,
            ]
            .map(|s| words(s).chars().count())
            .into_iter()
            .max()
            .unwrap_or(0);
            for p in &pages {
                let source = p.source.display().to_string();
                let file = match p.status {
                    Status::Missing => Msg::new("translations-missing-file")
                        .arg(
                            "case",
                            if p.translation == p.source {
                                "record"
                            } else {
                                "file"
                            },
                        )
                        .arg("source", source)
                        .arg("code", &p.language)
                        .arg("translation", p.translation.display().to_string())
                        .text(lang),
                    _ => p.translation.display().to_string(),
                };
                outln!("{:<3} {:<width$} {file}", p.language, words(p.status));
                match &p.translated_title {
                    Some(t) => outln!("    {} / {t}", p.title),
                    None => outln!("    {}", p.title),
                }
                let date = p.checked.clone().unwrap_or_else(|| "none".to_string());
                match p.status {
                    Status::Stale => match &p.changes {
                        Some(c) => outln!(
                            "    {}",
                            Msg::new("translations-changed-since")
                                .arg("date", date)
                                .arg("changes", c.in_words(lang))
                                .text(lang)
                        ),
                        None => outln!(
                            "    {}",
                            Msg::new("translations-changed-unknown").text(lang)
                        ),
                    },
                    Status::Unstamped => {
                        outln!("    {}", Msg::new("translations-never-checked").text(lang))
                    }
                    Status::Ok if p.checked.is_some() => outln!(
                        "    {}",
                        Msg::new("translations-checked")
                            .arg("date", date)
                            .text(lang)
                    ),
                    _ => {}
                }
            }
            for s in &summaries {
                let summary = Msg::new("translations-summary")
                    .arg("language", &s.language)
                    .arg("ok", s.ok)
                    .arg("stale", s.stale)
                    .arg("unstamped", s.unstamped)
                    .arg("missing", s.missing)
                    .arg("total", s.ok + s.stale + s.unstamped + s.missing);
                outln!("{}", summary.text(lang));
            }
            // What each status found means, on stderr beside the report.
            for status in [Status::Stale, Status::Unstamped, Status::Missing] {
                if pages.iter().any(|p| p.status == status) {
                    let explained =
                        Msg::new("translations-explanation").arg("status", status.label());
                    errln!("{}", explained.text(lang));
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
        Err(usage) => {
            errln!("error: {}", usage.text(lang()));
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
            let phase = phase_name(phase, false);
            errln!("{phase:>10}: {:>7.1} ms", d.as_secs_f64() * 1000.0);
        }
        let images = report.images;
        let said = Msg::new("build-verbose-images")
            .arg("images", images.images)
            .arg("decoded", images.decoded)
            .arg("cached", images.images.saturating_sub(images.decoded))
            .arg("pruned", images.pruned)
            .arg("ms", format!("{:.1}", images.took.as_secs_f64() * 1000.0));
        errln!("    {}", said.text(lang()));
        // syntect's definitions load only when a page has a fenced code block.
        let loaded = outreach::markdown::highlight::syntaxes_loaded();
        let said =
            Msg::new("build-verbose-syntaxes").arg("loaded", if loaded { "yes" } else { "no" });
        errln!("  {}", said.text(lang()));
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
    for (lang, bytes, files, html) in &report.search {
        let share = if *html > 0 {
            *bytes as f64 * 100.0 / *html as f64
        } else {
            0.0
        };
        let said = Msg::new("build-search-index")
            .arg("language", lang)
            .arg("size", human_bytes(*bytes))
            .arg("files", *files)
            .arg("share", format!("{share:.1}"))
            .arg("html", human_bytes(*html));
        errln!("{}", said.text(self::lang()));
    }
    let count = report.pages.iter().map(|(_, n)| n).sum::<usize>();
    if check {
        let said = Msg::new("check-checked")
            .arg("pages", count)
            .arg("languages", pages.join(", "))
            .arg("warnings", warnings);
        errln!("{}", said.text(lang()));
    } else if let Some(w) = report.written {
        let said = Msg::new("build-built")
            .arg("pages", count)
            .arg("languages", pages.join(", "))
            .arg("output", report.output.display().to_string())
            .arg("seconds", format!("{total:.2}"))
            .arg("written", w.written)
            .arg("unchanged", w.unchanged)
            .arg("warnings", warnings);
        errln!("{}", said.text(lang()));
    }
    ExitCode::SUCCESS
}

/// A progress bar on stderr when it is a terminal (never in CI logs or when piped).
struct Bar(indicatif::ProgressBar);

impl outreach::build::Progress for Bar {
    fn phase(&self, name: &str, total: Option<u64>) {
        match total {
            Some(n) => {
                // What is counted, in the run's language; indicatif's own braces doubled.
                let counted = Msg::new("progress-count").arg("phase", name).text(lang());
                let counted = counted.replace('{', "{{").replace('}', "}}");
                self.0.set_style(
                    indicatif::ProgressStyle::with_template(&format!(
                        "{{msg:>12}} [{{bar:30}}] {{pos}}/{{len}} {counted}"
                    ))
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
        let shown = match name.strip_suffix(" done") {
            Some(phase) => phase_name(phase, true),
            None => phase_name(name, false),
        };
        self.0.set_message(shown);
    }

    fn advance(&self, n: u64) {
        self.0.inc(n);
    }

    fn finish(&self) {
        self.0.finish_and_clear();
    }
}

/// A phase of the build (`library`, `rendering`…) in the run's language, `done` or not.
fn phase_name(phase: &str, done: bool) -> String {
    // A selector's key has no spaces: `side outputs` is `side-outputs`.
    Msg::new("progress-phase")
        .arg("phase", phase.replace(' ', "-"))
        .arg("name", phase)
        .arg("done", if done { "yes" } else { "no" })
        .text(lang())
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
