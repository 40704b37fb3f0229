//! Watching the site's sources for changes, debounced, with editor litter ignored.
//!
//! Editors save in different ways — writing in place, or writing a temporary file and
//! renaming it over the original — and leave swap and backup files about. The debouncer
//! merges a save's events; names like `.x.md.swp`, `x.md~` or `4913` are dropped; what is
//! left is a batch of source paths, and any batch means a rebuild.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

use anyhow::{Context, Result};
use notify_debouncer_full::notify::{EventKind, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, new_debouncer};

use crate::messages::{Lang, Msg};
use crate::scaffold::said;
use crate::source::is_ignored_name;

/// How long a save may keep writing before it counts as one change.
pub const DEBOUNCE: Duration = Duration::from_millis(50);

/// The changed source paths of one save.
pub struct Batch {
    pub paths: Vec<PathBuf>,
}

impl Batch {
    /// "changed: content/a.md, content/b.md and 2 more", to be said in the run's language.
    pub fn describe(&self) -> Msg {
        let shown: Vec<String> = self
            .paths
            .iter()
            .take(3)
            .map(|p| p.display().to_string())
            .collect();
        let more = self.paths.len().saturating_sub(3);
        Msg::new("serve-changed")
            .arg("files", shown.join(", "))
            .arg("more", more)
    }
}

/// True for a path a rebuild must follow: a source file, not editor litter.
fn is_source(root: &Path, path: &Path) -> bool {
    let Ok(rel) = path.strip_prefix(root) else {
        return false;
    };
    if rel
        .components()
        .any(|c| is_ignored_name(&c.as_os_str().to_string_lossy()))
    {
        return false;
    }
    match rel
        .components()
        .next()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
    {
        Some(first) => matches!(
            first.as_str(),
            "content" | "themes" | "templates" | "static" | "i18n" | "site.yaml"
        ),
        None => false,
    }
}

/// Starts watching; each batch of changed sources arrives on the receiver. Its errors are
/// said in `lang`.
pub fn watch(root: &Path, lang: Lang) -> Result<Receiver<Batch>> {
    let cannot_watch = |path: &Path| {
        let msg = Msg::new("serve-cannot-watch").arg("path", path.display().to_string());
        said(&msg, lang)
    };
    let shown = root.display().to_string();
    let root = std::fs::canonicalize(root)
        .with_context(|| said(&Msg::new("folder-unreadable").arg("path", &shown), lang))?;
    let (tx, rx) = channel();
    let watched_root = root.clone();
    let mut debouncer = new_debouncer(DEBOUNCE, None, move |result: DebounceEventResult| {
        let Ok(events) = result else { return };
        // Reading a file (a copy, a backup program) is not a change.
        let mut paths: Vec<PathBuf> = events
            .iter()
            .filter(|e| !matches!(e.kind, EventKind::Access(_)))
            .flat_map(|e| e.paths.iter())
            .filter(|p| is_source(&watched_root, p))
            .cloned()
            .collect();
        paths.sort();
        paths.dedup();
        if !paths.is_empty() {
            let _ = tx.send(Batch { paths });
        }
    })
    .with_context(|| said(&Msg::new("serve-cannot-watch").arg("path", "none"), lang))?;
    for name in ["content", "themes", "templates", "static", "i18n"] {
        let dir = root.join(name);
        if dir.is_dir() {
            debouncer
                .watch(&dir, RecursiveMode::Recursive)
                .with_context(|| cannot_watch(&dir))?;
        }
    }
    // site.yaml is watched through its folder (editors replace the file by renaming).
    debouncer
        .watch(&root, RecursiveMode::NonRecursive)
        .with_context(|| cannot_watch(&root))?;
    // The debouncer stops when dropped: it lives as long as the process.
    std::mem::forget(debouncer);
    Ok(rx)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editor_litter_and_output_are_not_sources() {
        let root = Path::new("/site");
        assert!(is_source(root, Path::new("/site/content/a.md")));
        assert!(is_source(root, Path::new("/site/site.yaml")));
        assert!(is_source(
            root,
            Path::new("/site/themes/default/templates/page.html")
        ));
        assert!(!is_source(root, Path::new("/site/content/.a.md.swp")));
        assert!(!is_source(root, Path::new("/site/content/a.md~")));
        assert!(!is_source(root, Path::new("/site/content/4913")));
        assert!(!is_source(root, Path::new("/site/output/index.html")));
        assert!(!is_source(root, Path::new("/site/.git/index")));
    }
}
