//! `outreach serve`: live preview for authors. Builds the site into a private folder
//! (`preview_dir.rs`), serves it on 127.0.0.1 (`connections.rs`, `http.rs`), watches `content/`, `themes/`, `site.yaml` (and the site's
//! `templates/`, `static/`, `i18n/`), rebuilds on every save and tells open tabs to
//! reload. A broken save never stops the server: the last good site stays served and
//! the problems show in the terminal and over the page until the next good save.

mod connections;
mod http;
mod incremental;
mod preview_dir;
mod watch;

use std::io::Write;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError, TryLockError};
use std::time::Instant;

use anyhow::{Context, Result};

use preview_dir::PreviewDir;

use crate::build::{BuildOptions, BuildReport, Live, UsageError, build_live};
use crate::diagnostics::{Format, render};

/// What the preview shares between its threads.
pub struct State {
    site_dir: PathBuf,
    /// The path of site.yaml's `base_url` (`/repo`, or empty): the preview serves the
    /// site under it, as it is published, so the site's links work in the preview too.
    base_path: String,
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
        errln!(
            "warning: the preview listens on {addr}, where other computers can reach it, but it is not meant for the public: \
             anyone who reaches it sees every page as you save it, and it is not built to stand up to heavy or hostile traffic\n\
             help: to publish the site, build it with `outreach build` and upload `output/` (see docs/deploy.md); \
             to keep the preview to this computer, leave out `--bind`"
        );
    }
    remove_leftovers();
    let preview = PreviewDir::create()?;
    // Held while a build writes into the preview folder: a signal that stops the preview
    // waits for it, so the folder is never removed under a build (which would create
    // parts of it again).
    let writing = Arc::new(Mutex::new(()));
    stop_on_signal(preview.path().to_path_buf(), Arc::clone(&writing))?;
    errln!(
        "the preview is built in `{}` (readable only by you, removed when serve stops)",
        preview.path().display()
    );
    let site_dir = preview.site();
    // A site.yaml that cannot be read is reported by the first build.
    let base_path = crate::config::load(&opts.root, &Default::default())
        .map(|c| c.base_path)
        .unwrap_or_default();
    let state = Arc::new(State {
        site_dir: site_dir.clone(),
        base_path: base_path.clone(),
        error: Mutex::new(None),
        listeners: Mutex::new(Vec::new()),
    });
    let base_url = format!("http://{addr}{base_path}");
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
        let mut held = Some(lock(&writing));
        let mut after = |report: &BuildReport, live: &Live<'_>| {
            report_build(report, started, &state, first);
            if first {
                errln!("serving the site at {base_url}/ (stop with Ctrl-C)");
            }
            held.take();
            let mut index = incremental::FileIndex::new(live);
            for batch in changes.iter() {
                errln!("changed: {}", batch.describe());
                let _held = lock(&writing);
                match incremental::apply(live, &mut index, &watched_root, &batch, &state) {
                    incremental::Outcome::Done => {}
                    incremental::Outcome::Full => {
                        again = true;
                        return;
                    }
                }
            }
        };
        let built = build_live(&build_opts, Some(&mut after));
        drop(held);
        match built {
            // The first time, `main` prints it as it prints every error.
            Err(UsageError(e)) if first => return Err(e),
            Err(UsageError(e)) => {
                errln!("error: {e:#}");
                state.show_problems(&format!("error: {e:#}"));
            }
            // A failed build: its problems are shown; wait for the next save.
            Ok(report) if report.written.is_none() => {
                report_build(&report, started, &state, first);
                if first {
                    errln!("serving the site at {base_url}/ (stop with Ctrl-C)");
                }
            }
            Ok(_) => {}
        }
        first = false;
        if !again {
            match changes.recv() {
                Ok(batch) => errln!("changed: {}", batch.describe()),
                Err(_) => break,
            }
        }
    }
    drop(preview);
    Ok(())
}

fn lock(writing: &Mutex<()>) -> MutexGuard<'_, ()> {
    writing.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Removes what previews that were killed outright left in the temporary folder, saying so.
fn remove_leftovers() {
    let (removed, failed) = preview_dir::remove_leftovers();
    for dir in removed {
        errln!(
            "removed `{}`, left by an `outreach serve` that was killed",
            dir.display()
        );
    }
    for (dir, e) in failed {
        errln!(
            "warning: cannot remove `{}`, left by an `outreach serve` that was killed: {e}\nhelp: remove it by hand",
            dir.display()
        );
    }
}

/// On Ctrl-C, SIGTERM or SIGHUP: removes the preview folder and ends the process, once
/// no build is writing into the folder. A second signal ends it at once, and the folder
/// is left to the next start.
fn stop_on_signal(folder: PathBuf, writing: Arc<Mutex<()>>) -> Result<()> {
    let mut asked = false;
    let handler = move || {
        if asked {
            say(&format!(
                "stopped without waiting for the build; the next `outreach serve` removes `{}`",
                folder.display()
            ));
            std::process::exit(130);
        }
        asked = true;
        let folder = folder.clone();
        let writing = Arc::clone(&writing);
        // The handler returns at once, so a second signal is heard while this waits.
        let stop = move || {
            let _held = match writing.try_lock() {
                Ok(held) => held,
                Err(TryLockError::Poisoned(p)) => p.into_inner(),
                Err(TryLockError::WouldBlock) => {
                    say(
                        "stopping once the build in progress is written (press Ctrl-C again to stop at once)",
                    );
                    lock(&writing)
                }
            };
            // The lock stays held until the process ends: no build starts again.
            match std::fs::remove_dir_all(&folder) {
                Ok(()) => {
                    say(&format!(
                        "stopped; removed the preview folder `{}`",
                        folder.display()
                    ));
                    std::process::exit(0);
                }
                Err(e) => {
                    say(&format!(
                        "error: cannot remove the preview folder `{}`: {e}\nhelp: remove it by hand",
                        folder.display()
                    ));
                    std::process::exit(1);
                }
            }
        };
        if let Err(e) = std::thread::Builder::new()
            .name("outreach-stop".to_string())
            .spawn(stop)
        {
            say(&format!("error: cannot stop the preview in order: {e}"));
            std::process::exit(1);
        }
    };
    ctrlc::set_handler(handler).context("cannot set up the removal of the preview folder on Ctrl-C")
}

/// Prints a line on stderr, which may be gone (a closed terminal sends SIGHUP).
fn say(line: &str) {
    let _ = writeln!(std::io::stderr(), "{line}");
}

fn report_build(report: &BuildReport, started: Instant, state: &State, first: bool) {
    let diags = report.diagnostics.clone().sorted();
    let text = render(&diags, Format::Text);
    if report.failed() {
        err!("{text}");
        errln!("the site was not rebuilt: the pages served are the last good build");
        state.show_problems(&text);
        return;
    }
    if !text.is_empty() {
        err!("{text}");
    }
    let pages: usize = report.pages.iter().map(|(_, n)| n).sum();
    errln!(
        "built {pages} pages in {} ms",
        started.elapsed().as_millis()
    );
    if first {
        *state.error.lock().expect("lock") = None;
    } else {
        state.reloaded();
    }
}
