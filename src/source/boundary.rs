//! What the build may read: regular files inside the site's own folder, and nothing else.
//!
//! A symbolic link that leads out of the site (`content/passwd.txt -> /etc/passwd`, a
//! linked folder elsewhere on the disk) would publish whatever it points at, on every
//! push. Devices, named pipes and sockets are never files to publish either. Every file
//! the build reads — content, data, static files, templates, theme strings, types,
//! shortcodes, site.yaml — is found through [`Boundary::walk`] or checked with
//! [`Boundary::check`] first. A link that stays inside the site keeps working.

use std::cell::RefCell;
use std::path::{Path, PathBuf};

use walkdir::{DirEntry, WalkDir};

use crate::diagnostics::{Diagnostic, Severity, display_path};
use crate::messages::Msg;

/// An error saying the catalogue message `msg` about `path`.
fn error(path: impl Into<PathBuf>, msg: Msg) -> Diagnostic {
    Diagnostic::said(Severity::Error, path, msg)
}

/// The site's folder, with every link in its own path resolved.
#[derive(Clone, Debug)]
pub struct Boundary {
    /// As given (for the paths shown in diagnostics).
    root: PathBuf,
    /// Resolved: what every file read must lie inside.
    real: PathBuf,
}

/// What a checked path is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathKind {
    File,
    Folder,
    /// Nothing there (and no link either).
    Missing,
}

impl Boundary {
    pub fn new(root: &Path) -> Boundary {
        let real = std::fs::canonicalize(root)
            .or_else(|_| std::path::absolute(root))
            .unwrap_or_else(|_| root.to_path_buf());
        Boundary {
            root: root.to_path_buf(),
            real,
        }
    }

    /// Whether `path` may be read: `Err` (the diagnostic to report) for a link that leads
    /// outside the site, a link to nothing, or something that is neither a file nor a
    /// folder.
    pub fn check(&self, path: &Path) -> Result<PathKind, Diagnostic> {
        let own = match std::fs::symlink_metadata(path) {
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(PathKind::Missing),
            Err(e) => return Err(self.unreadable(path, &e)),
        };
        let real = match std::fs::canonicalize(path) {
            Ok(real) => real,
            Err(_) if own.file_type().is_symlink() => return Err(self.dangling(path)),
            Err(e) => return Err(self.unreadable(path, &e)),
        };
        if !real.starts_with(&self.real) {
            return Err(self.outside(path, &real));
        }
        let meta = std::fs::metadata(&real).map_err(|e| self.unreadable(path, &e))?;
        if meta.is_file() {
            Ok(PathKind::File)
        } else if meta.is_dir() {
            Ok(PathKind::Folder)
        } else {
            Err(self.special(path, meta.file_type()))
        }
    }

    /// Reads `path` if it is there and may be read: `Ok(None)` when there is nothing.
    pub fn read(&self, path: &Path) -> Result<Option<Vec<u8>>, Diagnostic> {
        match self.check(path)? {
            PathKind::Missing => Ok(None),
            PathKind::Folder => Err(error(self.shown(path), Msg::new("content-is-folder"))),
            PathKind::File => std::fs::read(path)
                .map(Some)
                .map_err(|e| self.unreadable(path, &e)),
        }
    }

    /// Reads `path` as text (NFC, `\n` line endings) if it is there and may be read:
    /// `Ok(None)` when there is nothing; a file that is not UTF-8 is a diagnostic.
    pub fn read_text(&self, path: &Path) -> Result<Option<String>, Diagnostic> {
        let Some(bytes) = self.read(path)? else {
            return Ok(None);
        };
        match std::str::from_utf8(&bytes) {
            Ok(text) => Ok(Some(crate::text::normalize_source(text))),
            Err(e) => Err(super::not_utf8(&self.shown(path), &bytes, &e)),
        }
    }

    /// Every file under `dir` (none if it is not there), in file-name order, skipping
    /// editor and system files. Links are followed only while they stay inside the site;
    /// every link refused, loop or unreadable entry is a diagnostic in `problems`.
    pub fn walk(&self, dir: &Path, problems: &mut Vec<Diagnostic>) -> Vec<PathBuf> {
        match self.check(dir) {
            Ok(PathKind::Folder) => {}
            Ok(_) => return Vec::new(),
            Err(d) => {
                problems.push(d);
                return Vec::new();
            }
        }
        let refused = RefCell::new(Vec::new());
        let walker = WalkDir::new(dir)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| {
                if e.depth() > 0 && super::is_ignored_name(&e.file_name().to_string_lossy()) {
                    return false;
                }
                match self.admit(e) {
                    Ok(()) => true,
                    Err(d) => {
                        refused.borrow_mut().push(d);
                        false
                    }
                }
            });
        let mut files = Vec::new();
        for entry in walker {
            match entry {
                Ok(e) if e.file_type().is_file() => files.push(e.into_path()),
                Ok(_) => {}
                Err(err) => problems.push(self.walk_error(&err)),
            }
        }
        problems.extend(refused.into_inner());
        files
    }

    /// Whether a walk may take `entry`: a link (or the walk's own folder, which may sit
    /// under one) is resolved and checked; anything else was found inside a checked
    /// folder, so only its kind matters.
    fn admit(&self, entry: &DirEntry) -> Result<(), Diagnostic> {
        if entry.depth() == 0 || entry.path_is_symlink() {
            return self.check(entry.path()).map(|_| ());
        }
        let kind = entry.file_type();
        if kind.is_file() || kind.is_dir() {
            Ok(())
        } else {
            Err(self.special(entry.path(), kind))
        }
    }

    /// A path as diagnostics show it: relative to the site's folder.
    fn shown(&self, path: &Path) -> PathBuf {
        display_path(&self.root, path)
    }

    fn outside(&self, path: &Path, real: &Path) -> Diagnostic {
        let written = std::fs::read_link(path).ok();
        let real_shown = real.display().to_string();
        let (target, resolved) = match written {
            Some(w) if w != real => (w.display().to_string(), "other"),
            _ => (real_shown.clone(), "same"),
        };
        let link = if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
            "link"
        } else {
            "through"
        };
        error(
            self.shown(path),
            Msg::new("content-link-outside")
                .arg("link", link)
                .arg("target", target)
                .arg("resolved", resolved)
                .arg("real", real_shown),
        )
    }

    fn dangling(&self, path: &Path) -> Diagnostic {
        let target = std::fs::read_link(path).map(|t| t.display().to_string());
        let has_target = if target.is_ok() { "yes" } else { "no" };
        error(
            self.shown(path),
            Msg::new("content-link-dangling")
                .arg("has_target", has_target)
                .arg("target", target.unwrap_or_default()),
        )
    }

    fn special(&self, path: &Path, kind: std::fs::FileType) -> Diagnostic {
        error(
            self.shown(path),
            Msg::new("content-not-a-file").arg("kind", special_kind(kind)),
        )
    }

    fn unreadable(&self, path: &Path, err: &std::io::Error) -> Diagnostic {
        unreadable(self.shown(path), err)
    }

    fn walk_error(&self, err: &walkdir::Error) -> Diagnostic {
        let path = err.path().map(|p| self.shown(p)).unwrap_or_default();
        if let Some(p) = err.path()
            && err
                .io_error()
                .is_some_and(|e| e.kind() == std::io::ErrorKind::NotFound)
            && std::fs::symlink_metadata(p).is_ok_and(|m| m.file_type().is_symlink())
        {
            return self.dangling(p);
        }
        if let Some(ancestor) = err.loop_ancestor() {
            return error(
                path,
                Msg::new("content-link-loop")
                    .arg("ancestor", self.shown(ancestor).display().to_string()),
            );
        }
        error(
            path,
            Msg::new("content-entry-unreadable").arg("error", err.to_string()),
        )
    }
}

/// The error for a file that cannot be read (`err` says why, in the system's words).
pub fn unreadable(shown: impl Into<PathBuf>, err: &std::io::Error) -> Diagnostic {
    error(
        shown,
        Msg::new("content-unreadable").arg("error", err.to_string()),
    )
}

/// What a non-file, non-folder entry is (`fifo`, `socket`, `device`, `other`), which the
/// catalogues say in plain words.
fn special_kind(kind: std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "fifo";
        }
        if kind.is_socket() {
            return "socket";
        }
        if kind.is_block_device() || kind.is_char_device() {
            return "device";
        }
    }
    let _ = kind;
    "other"
}
