//! File-system calls that say which path failed.
//!
//! A bare `No such file or directory` is useless to an author; every read and write in
//! outreach goes through these wrappers so the error names the file.

use std::fs;
use std::path::Path;

use anyhow::{Context, Result};

use crate::messages::{Lang, Msg};

/// An error that stops a run before it starts (the site's folder or the output folder
/// cannot be used), as a catalogue message: shown in English with its code and help line
/// where the error is printed as it is (`{:#}`), or in the run's language with
/// [`Said::text`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Said(pub Msg);

impl Said {
    /// `message [E0838]`, then `help: …` on the next line, in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        let mut out = self.0.text(lang);
        if let Some(code) = self.0.code() {
            out.push_str(&format!(" [{code}]"));
        }
        if let Some(help) = self.0.help(lang) {
            out.push_str("\nhelp: ");
            out.push_str(&help);
        }
        out
    }
}

impl std::fmt::Display for Said {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl std::error::Error for Said {}

pub fn read(path: &Path) -> Result<Vec<u8>> {
    fs::read(path).with_context(|| format!("failed to read `{}`", path.display()))
}

pub fn write(path: &Path, bytes: &[u8]) -> Result<()> {
    if let Some(parent) = path.parent() {
        create_dir_all(parent)?;
    }
    fs::write(path, bytes).with_context(|| format!("failed to write `{}`", path.display()))
}

pub fn create_dir_all(path: &Path) -> Result<()> {
    fs::create_dir_all(path)
        .with_context(|| format!("failed to create the folder `{}`", path.display()))
}

pub fn remove_dir_all(path: &Path) -> Result<()> {
    match fs::remove_dir_all(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            Err(e).with_context(|| format!("failed to remove `{}`", path.display()))
        }
        _ => Ok(()),
    }
}
