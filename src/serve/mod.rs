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
use crate::diagnostics::{Format, render_in};
use crate::messages::{Lang, Msg};
use crate::scaffold::said;

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
    /// The language of the run: of the lines printed, the problems shown over the page
    /// and the preview's own answers in the browser.
    lang: Lang,
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
    /// The language of what the preview says.
    pub lang: Lang,
}

/// Runs the preview until the process is stopped.
pub fn serve(opts: &ServeOptions) -> Result<()> {
    let lang = opts.lang;
    let addr = connections::address(&opts.bind, opts.port, lang)?;
    let listener = connections::listen(addr, lang)?;
    if !connections::is_loopback(&addr) {
        let msg = Msg::new("serve-public").arg("addr", addr.to_string());
        errln!("warning: {}", said(&msg, lang));
    }
    remove_leftovers(lang);
    let preview = PreviewDir::create(lang)?;
    // Held while a build writes into the preview folder: a signal that stops the preview
    // waits for it, so the folder is never removed under a build (which would create
    // parts of it again).
    let writing = Arc::new(Mutex::new(()));
    stop_on_signal(preview.path().to_path_buf(), Arc::clone(&writing), lang)?;
    let folder = preview.path().display().to_string();
    errln!(
        "{}",
        Msg::new("serve-preview-folder")
            .arg("folder", folder)
            .text(lang)
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
        lang,
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
    let changes = watch::watch(&opts.root, lang)?;
    let root = opts.root.display().to_string();
    let watched_root = std::fs::canonicalize(&opts.root)
        .with_context(|| said(&Msg::new("folder-unreadable").arg("path", &root), lang))?;
    let serving = Msg::new("serve-serving").arg("url", &base_url).text(lang);
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
                errln!("{serving}");
            }
            held.take();
            let mut index = incremental::FileIndex::new(live);
            for batch in changes.iter() {
                errln!("{}", batch.describe().text(lang));
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
                    errln!("{serving}");
                }
            }
            Ok(_) => {}
        }
        first = false;
        if !again {
            match changes.recv() {
                Ok(batch) => errln!("{}", batch.describe().text(lang)),
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
fn remove_leftovers(lang: Lang) {
    let (removed, failed) = preview_dir::remove_leftovers();
    for dir in removed {
        let msg = Msg::new("serve-leftover-removed").arg("dir", dir.display().to_string());
        errln!("{}", msg.text(lang));
    }
    for (dir, e) in failed {
        let msg = Msg::new("serve-leftover-kept")
            .arg("dir", dir.display().to_string())
            .arg("error", e.to_string());
        errln!("warning: {}", said(&msg, lang));
    }
}

/// On Ctrl-C, SIGTERM or SIGHUP: removes the preview folder and ends the process, once
/// no build is writing into the folder. A second signal ends it at once, and the folder
/// is left to the next start.
fn stop_on_signal(folder: PathBuf, writing: Arc<Mutex<()>>, lang: Lang) -> Result<()> {
    let mut asked = false;
    let shown = folder.display().to_string();
    let handler = move || {
        if asked {
            let msg = Msg::new("serve-stopped-at-once").arg("folder", &shown);
            say(&msg.text(lang));
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
                    say(&Msg::new("serve-stopping").text(lang));
                    lock(&writing)
                }
            };
            // The lock stays held until the process ends: no build starts again.
            let shown = folder.display().to_string();
            match std::fs::remove_dir_all(&folder) {
                Ok(()) => {
                    say(&Msg::new("serve-stopped").arg("folder", shown).text(lang));
                    std::process::exit(0);
                }
                Err(e) => {
                    let msg = Msg::new("serve-cannot-remove-preview")
                        .arg("folder", shown)
                        .arg("error", e.to_string());
                    say(&format!("error: {}", said(&msg, lang)));
                    std::process::exit(1);
                }
            }
        };
        if let Err(e) = std::thread::Builder::new()
            .name("outreach-stop".to_string())
            .spawn(stop)
        {
            let msg = Msg::new("serve-cannot-stop").arg("error", e.to_string());
            say(&format!("error: {}", said(&msg, lang)));
            std::process::exit(1);
        }
    };
    ctrlc::set_handler(handler).context(said(&Msg::new("serve-no-signal-handler"), lang))
}

/// Prints a line on stderr, which may be gone (a closed terminal sends SIGHUP).
fn say(line: &str) {
    let _ = writeln!(std::io::stderr(), "{line}");
}

fn report_build(report: &BuildReport, started: Instant, state: &State, first: bool) {
    let diags = report.diagnostics.clone().sorted();
    let lang = state.lang;
    let text = render_in(&diags, Format::Text, lang);
    if report.failed() {
        err!("{text}");
        let msg = Msg::new("serve-not-rebuilt").arg("what", "site");
        errln!("{}", msg.text(lang));
        state.show_problems(&text);
        return;
    }
    if !text.is_empty() {
        err!("{text}");
    }
    let pages: usize = report.pages.iter().map(|(_, n)| n).sum();
    let msg = Msg::new("serve-built")
        .arg("pages", pages)
        .arg("ms", started.elapsed().as_millis().to_string());
    errln!("{}", msg.text(lang));
    if first {
        *state.error.lock().expect("lock") = None;
    } else {
        state.reloaded();
    }
}
