//! `outreach serve`: live preview for authors. Builds the site into a private folder,
//! serves it on 127.0.0.1 (`connections.rs`, `http.rs`), watches `content/`, `themes/`, `site.yaml` (and the site's
//! `templates/`, `static/`, `i18n/`), rebuilds on every save and tells open tabs to
//! reload. A broken save never stops the server: the last good site stays served and
//! the problems show in the terminal and over the page until the next good save.

mod connections;
mod http;
mod incremental;
mod watch;

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use anyhow::{Context, Result};

use crate::build::{BuildOptions, BuildReport, Live, UsageError, build_live};
use crate::diagnostics::{Format, render};

/// What the preview shares between its threads.
pub struct State {
    site_dir: PathBuf,
    /// The problems of the last build, if it failed.
    error: Mutex<Option<String>>,
    /// Open event streams.
    listeners: Mutex<Vec<Sender<String>>>,
}

impl State {
    fn site_dir(&self) -> PathBuf {
        self.site_dir.clone()
    }

    fn current_error(&self) -> Option<String> {
        self.error.lock().expect("lock").clone()
    }

    fn subscribe(&self) -> Receiver<String> {
        let (tx, rx) = channel();
        self.listeners.lock().expect("lock").push(tx);
        rx
    }

    /// Shows `text` (the problems of a failed build) in the terminal's place: over every
    /// open tab, and over pages opened until the next good build.
    fn show_problems(&self, text: &str) {
        *self.error.lock().expect("lock") = Some(text.to_string());
        self.broadcast("problems", &serde_json::to_string(text).unwrap_or_default());
    }

    /// A good build: the overlay goes and open tabs reload.
    fn reloaded(&self) {
        *self.error.lock().expect("lock") = None;
        self.broadcast("reload", "");
    }

    /// Sends a server-sent event to every open tab, forgetting closed ones.
    fn broadcast(&self, event: &str, data: &str) {
        let data_lines: String = data.lines().map(|l| format!("data: {l}\n")).collect();
        let message = format!(
            "event: {event}\n{}\n",
            if data_lines.is_empty() {
                "data: \n".to_string()
            } else {
                data_lines
            }
        );
        self.listeners
            .lock()
            .expect("lock")
            .retain(|tx| tx.send(message.clone()).is_ok());
    }
}

/// Options of `outreach serve`.
pub struct ServeOptions {
    pub root: PathBuf,
    pub bind: String,
    pub port: u16,
    pub drafts: bool,
}

/// Runs the preview until the process is stopped.
pub fn serve(opts: &ServeOptions) -> Result<()> {
    let addr = connections::address(&opts.bind, opts.port)?;
    let listener = connections::listen(addr)?;
    if !connections::is_loopback(&addr) {
        eprintln!(
            "warning: the preview listens on {addr}, where other computers can reach it, but it is not meant for the public: \
             anyone who reaches it sees every page as you save it, and it is not built to stand up to heavy or hostile traffic\n\
             help: to publish the site, build it with `outreach build` and upload `output/` (see docs/deploy.md); \
             to keep the preview to this computer, leave out `--bind`"
        );
    }
    let site_dir = std::env::temp_dir().join(format!("outreach-serve-{}", std::process::id()));
    let state = Arc::new(State {
        site_dir: site_dir.clone(),
        error: Mutex::new(None),
        listeners: Mutex::new(Vec::new()),
    });
    let base_url = format!("http://{addr}");
    let build_opts = BuildOptions {
        root: opts.root.clone(),
        output: Some(site_dir.clone()),
        base_url: Some(base_url.clone()),
        drafts: opts.drafts,
        ..Default::default()
    };
    connections::answer_all(listener, Arc::clone(&state))?;
    // Watching starts before the first build, so no save is missed.
    let changes = watch::watch(&opts.root)?;
    let watched_root = std::fs::canonicalize(&opts.root)
        .with_context(|| format!("cannot read `{}`", opts.root.display()))?;
    let mut first = true;
    loop {
        let started = Instant::now();
        // Set when an edit needs the whole site built again; `None` after a good build
        // means the watcher stopped.
        let mut again = false;
        let mut after = |report: &BuildReport, live: &Live<'_>| {
            report_build(report, started, &state, first);
            if first {
                eprintln!("serving the site at {base_url}/ (stop with Ctrl-C)");
            }
            let mut index = incremental::FileIndex::new(live);
            for batch in changes.iter() {
                eprintln!("changed: {}", batch.describe());
                match incremental::apply(live, &mut index, &watched_root, &batch, &state) {
                    incremental::Outcome::Done => {}
                    incremental::Outcome::Full => {
                        again = true;
                        return;
                    }
                }
            }
        };
        match build_live(&build_opts, Some(&mut after)) {
            Err(UsageError(e)) => {
                eprintln!("error: {e:#}");
                if first {
                    return Err(e);
                }
                state.show_problems(&format!("error: {e:#}"));
            }
            // A failed build: its problems are shown; wait for the next save.
            Ok(report) if report.written.is_none() => {
                report_build(&report, started, &state, first);
                if first {
                    eprintln!("serving the site at {base_url}/ (stop with Ctrl-C)");
                }
            }
            Ok(_) => {}
        }
        first = false;
        if !again {
            match changes.recv() {
                Ok(batch) => eprintln!("changed: {}", batch.describe()),
                Err(_) => break,
            }
        }
    }
    let _ = std::fs::remove_dir_all(&site_dir);
    Ok(())
}

fn report_build(report: &BuildReport, started: Instant, state: &State, first: bool) {
    let diags = report.diagnostics.clone().sorted();
    let text = render(&diags, Format::Text);
    if report.failed() {
        eprint!("{text}");
        eprintln!("the site was not rebuilt: the pages served are the last good build");
        state.show_problems(&text);
        return;
    }
    if !text.is_empty() {
        eprint!("{text}");
    }
    let pages: usize = report.pages.iter().map(|(_, n)| n).sum();
    eprintln!(
        "built {pages} pages in {} ms",
        started.elapsed().as_millis()
    );
    if first {
        *state.error.lock().expect("lock") = None;
    } else {
        state.reloaded();
    }
}
