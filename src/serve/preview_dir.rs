//! The private folder a preview builds into. Its name in the temporary folder is random
//! and it is created in one step, so no other user can guess it, create it first or
//! read it (it is the owner's alone: 0700 on Unix). A marker inside names outreach and
//! the process that owns it. It goes when the preview stops, also on Ctrl-C and SIGTERM;
//! a folder left by a preview that was killed outright is removed at the next start,
//! only if it carries the marker and its process is gone.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

/// How the preview folders' names begin, in the temporary folder.
const PREFIX: &str = "outreach-serve-";
/// The marker file inside a preview folder.
const MARKER: &str = ".outreach-serve";
/// The marker's first line, which names outreach; the second is `pid: N`.
const MARKER_TITLE: &str = "This folder is a preview built by `outreach serve`. It is removed when that preview stops, or by the next `outreach serve` once the process below has ended.";

/// A preview's private folder, removed when dropped.
pub struct PreviewDir {
    dir: tempfile::TempDir,
}

impl PreviewDir {
    /// Creates the folder in the system's temporary folder, with its marker.
    pub fn create(lang: crate::messages::Lang) -> Result<PreviewDir> {
        let temp = std::env::temp_dir();
        let mut builder = tempfile::Builder::new();
        builder.prefix(PREFIX).rand_bytes(12);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            builder.permissions(fs::Permissions::from_mode(0o700));
        }
        let dir = builder.tempdir_in(&temp).with_context(|| {
            let msg = crate::messages::Msg::new("serve-no-preview-folder")
                .arg("temp", temp.display().to_string());
            crate::scaffold::said(&msg, lang)
        })?;
        let marker = format!("{MARKER_TITLE}\npid: {}\n", std::process::id());
        crate::fsutil::write(&dir.path().join(MARKER), marker.as_bytes())?;
        Ok(PreviewDir { dir })
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Where the site is built: a folder inside, so the build's staging folder (made
    /// beside its output) is inside too.
    pub fn site(&self) -> PathBuf {
        self.dir.path().join("site")
    }
}

/// Removes the preview folders in the temporary folder that a preview left when it was
/// killed: those with outreach's marker, owned by this user, whose process is gone.
/// Returns what it removed, and the folders it could not remove with the reason.
pub fn remove_leftovers() -> (Vec<PathBuf>, Vec<(PathBuf, std::io::Error)>) {
    let mut removed = Vec::new();
    let mut failed = Vec::new();
    let Ok(entries) = fs::read_dir(std::env::temp_dir()) else {
        return (removed, failed);
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if !entry.file_name().to_string_lossy().starts_with(PREFIX) || !is_leftover(&path) {
            continue;
        }
        match fs::remove_dir_all(&path) {
            Ok(()) => removed.push(path),
            // Another preview starting at the same moment removed it first.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => failed.push((path, e)),
        }
    }
    (removed, failed)
}

/// True for a folder (not a link to one) of this user's whose marker names a process
/// that has ended.
fn is_leftover(dir: &Path) -> bool {
    let Ok(meta) = fs::symlink_metadata(dir) else {
        return false;
    };
    if !meta.is_dir() || !owned_by_me(&meta) {
        return false;
    }
    let marker = dir.join(MARKER);
    if !fs::symlink_metadata(&marker).is_ok_and(|m| m.is_file()) {
        return false;
    }
    let Ok(text) = fs::read_to_string(&marker) else {
        return false;
    };
    marker_pid(&text).is_some_and(|pid| !process_alive(pid))
}

/// The process a marker names, if the text is outreach's marker.
fn marker_pid(text: &str) -> Option<u32> {
    let mut lines = text.lines();
    if lines.next() != Some(MARKER_TITLE) {
        return None;
    }
    lines.next()?.strip_prefix("pid: ")?.trim().parse().ok()
}

#[cfg(unix)]
fn owned_by_me(meta: &fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    meta.uid() == rustix::process::geteuid().as_raw()
}

/// Without owners to compare, the temporary folder is taken to be the user's own.
#[cfg(not(unix))]
fn owned_by_me(_meta: &fs::Metadata) -> bool {
    true
}

#[cfg(unix)]
fn process_alive(pid: u32) -> bool {
    let Some(pid) = i32::try_from(pid)
        .ok()
        .and_then(rustix::process::Pid::from_raw)
    else {
        return false;
    };
    // Signal 0 only asks: "no such process" is the one answer that means it has ended
    // (a process of another user answers "not permitted").
    !matches!(
        rustix::process::test_kill_process(pid),
        Err(rustix::io::Errno::SRCH)
    )
}

/// Where processes cannot be asked after, every leftover is taken to be in use: it is
/// never removed by mistake.
#[cfg(not(unix))]
fn process_alive(_pid: u32) -> bool {
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_outreachs_marker_names_a_process() {
        assert_eq!(
            marker_pid(&format!("{MARKER_TITLE}\npid: 4242\n")),
            Some(4242)
        );
        assert_eq!(marker_pid("pid: 4242\n"), None);
        assert_eq!(
            marker_pid(&format!("something else\n{MARKER_TITLE}\npid: 1\n")),
            None
        );
        assert_eq!(marker_pid(&format!("{MARKER_TITLE}\npid: many\n")), None);
        assert_eq!(marker_pid(MARKER_TITLE), None);
    }

    #[cfg(unix)]
    #[test]
    fn this_process_is_alive_and_an_ended_one_is_not() {
        assert!(process_alive(std::process::id()));
        let mut child = std::process::Command::new("true")
            .spawn()
            .expect("run `true`");
        let pid = child.id();
        child.wait().expect("wait for `true`");
        assert!(!process_alive(pid));
    }
}
