//! `outreach serve`: live preview for authors. Builds the site into a private folder,
//! serves it on 127.0.0.1, watches `content/`, `themes/`, `site.yaml` (and the site's
//! `templates/`, `static/`, `i18n/`), rebuilds on every save and tells open tabs to
//! reload. A broken save never stops the server: the last good site stays served and
//! the problems show in the terminal and over the page until the next good save.

mod http;
mod watch;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use anyhow::{Context, Result, bail};

use crate::build::{BuildOptions, BuildReport, UsageError, build};
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
    let addr: SocketAddr = format!("{}:{}", opts.bind, opts.port)
        .parse()
        .with_context(|| format!("`{}` is not an address to listen on", opts.bind))?;
    let server = match tiny_http::Server::http(addr) {
        Ok(s) => s,
        Err(e) => {
            let in_use = e.to_string().contains("in use") || e.to_string().contains("os error 98");
            if in_use {
                bail!(
                    "the port {} is already in use (another `outreach serve`, or another program)\nhelp: choose another port, e.g. `outreach serve --port {}`",
                    opts.port,
                    opts.port.saturating_add(1)
                );
            }
            bail!("cannot listen on {addr}: {e}");
        }
    };
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
    rebuild(&build_opts, &state, true)?;
    eprintln!("serving the site at {base_url}/ (stop with Ctrl-C)");

    let server = Arc::new(server);
    for _ in 0..4 {
        let server = Arc::clone(&server);
        let state = Arc::clone(&state);
        std::thread::spawn(move || {
            while let Ok(request) = server.recv() {
                http::handle(request, &state);
            }
        });
    }
    let changes = watch::watch(&opts.root)?;
    for batch in changes {
        eprintln!("changed: {}", batch.describe());
        let _ = rebuild(&build_opts, &state, false);
    }
    let _ = std::fs::remove_dir_all(&site_dir);
    Ok(())
}

/// Builds the site; on success tells tabs to reload, on problems shows them.
fn rebuild(opts: &BuildOptions, state: &State, first: bool) -> Result<()> {
    let started = Instant::now();
    let result = build(opts);
    match result {
        Err(UsageError(e)) => {
            eprintln!("error: {e:#}");
            if first {
                return Err(e);
            }
            let text = format!("error: {e:#}");
            *state.error.lock().expect("lock") = Some(text.clone());
            state.broadcast(
                "problems",
                &serde_json::to_string(&text).unwrap_or_default(),
            );
            Ok(())
        }
        Ok(report) => {
            report_build(&report, started, state, first);
            Ok(())
        }
    }
}

fn report_build(report: &BuildReport, started: Instant, state: &State, first: bool) {
    let diags = report.diagnostics.clone().sorted();
    let text = render(&diags, Format::Text);
    if report.failed() {
        eprint!("{text}");
        eprintln!("the site was not rebuilt: the pages served are the last good build");
        *state.error.lock().expect("lock") = Some(text.clone());
        state.broadcast(
            "problems",
            &serde_json::to_string(&text).unwrap_or_default(),
        );
        return;
    }
    if !text.is_empty() {
        eprint!("{text}");
    }
    let pages: usize = report.pages.iter().map(|(_, n)| n).sum();
    eprintln!(
        "rebuilt {pages} pages in {} ms",
        started.elapsed().as_millis()
    );
    *state.error.lock().expect("lock") = None;
    if !first {
        state.broadcast("reload", "");
    }
}
