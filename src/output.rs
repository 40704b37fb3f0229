//! Writing the site without ever damaging the published one.
//!
//! A build writes into a staging folder beside `output/` and swaps it in (one atomic
//! `renameat2(RENAME_EXCHANGE)`) only when the whole build succeeded, so a failed or
//! killed build leaves the previous `output/` exactly as it was; the next build removes a
//! staging folder left behind. Files whose bytes did not change are hard-linked from the
//! previous output instead of rewritten. outreach only replaces folders it created: they
//! carry a marker file, and a non-empty folder without one is refused.

use std::fs;
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use anyhow::{Context, Result, bail};

use crate::fsutil;
use crate::messages::Msg;
use crate::render::Sink;

/// The error saying `msg` about the output folder.
fn refused(msg: Msg) -> anyhow::Error {
    fsutil::Said(msg).into()
}

/// The file that marks a folder as outreach's output.
pub const MARKER: &str = ".outreach-output";
const MARKER_TEXT: &str =
    "This folder is written by outreach. Each build replaces it completely.\n";
/// The end of the name of the folder a build is written into, beside the output
/// (`.output.staging`).
const STAGING: &str = ".staging";
/// The end of the name the previous output has while the two are swapped (`.output.old`).
const OLD: &str = ".old";

/// Counts of what a build wrote.
#[derive(Clone, Copy, Debug, Default)]
pub struct WriteStats {
    pub written: usize,
    pub unchanged: usize,
}

/// An output folder being prepared.
pub struct Writer {
    output: PathBuf,
    staging: PathBuf,
    /// The current output, to compare new files against.
    previous: Option<PathBuf>,
    written: AtomicUsize,
    unchanged: AtomicUsize,
    committed: bool,
    /// Folders already created in the staging folder.
    folders: std::sync::Mutex<std::collections::HashSet<PathBuf>>,
}

/// Refuses output folders that would destroy something: the site itself, its sources,
/// the file-system root or the home folder.
fn check_output_location(root: &Path, output: &Path) -> Result<()> {
    let root = absolute(root)?;
    let output = absolute(output)?;
    // The home folder as the file system sees it: `HOME` may be reached through a link.
    let home = std::env::var_os("HOME")
        .filter(|h| !h.is_empty())
        .map(|h| absolute(Path::new(&h)))
        .transpose()?;
    let shown = output.display().to_string();
    if output.parent().is_none() || Some(&output) == home.as_ref() {
        return Err(refused(Msg::new("output-whole-disk").arg("path", shown)));
    }
    if root.starts_with(&output) {
        return Err(refused(Msg::new("output-holds-site").arg("path", shown)));
    }
    for source in ["content", "themes", "templates", "static", "i18n"] {
        if output.starts_with(root.join(source)) {
            return Err(refused(
                Msg::new("output-in-sources")
                    .arg("path", shown)
                    .arg("source", source),
            ));
        }
    }
    Ok(())
}

/// `path` made absolute against the current folder, with `.` and `..` resolved by name.
fn absolute(path: &Path) -> Result<PathBuf> {
    let out = lexically_absolute(path)?;
    // Resolve symlinks where the path exists, so `out -> ..` cannot sneak past.
    Ok(fs::canonicalize(&out).unwrap_or(out))
}

/// `path` made absolute against the current folder, with `.` and `..` resolved by name
/// and links left as they are.
fn lexically_absolute(path: &Path) -> Result<PathBuf> {
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir()
            .context("cannot read the current folder")?
            .join(path)
    };
    let mut out = PathBuf::new();
    for c in joined.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other.as_os_str()),
        }
    }
    Ok(out)
}

/// An output location that passed every check, found before the build does any work.
#[derive(Clone, Debug)]
pub struct OutputFolder {
    /// Absolute, links resolved.
    path: PathBuf,
    /// The output already there (outreach's, by its marker), to compare new files with.
    previous: Option<PathBuf>,
}

impl OutputFolder {
    /// Checks that `output` is a place the build may replace: not the site or its
    /// sources ([`check_output_location`]), and either nothing yet (under folders that
    /// exist or can be made), an empty folder, or a folder outreach wrote. A dangling
    /// link, a file, or a folder of someone else's files is refused.
    pub fn check(root: &Path, output: &Path) -> Result<OutputFolder> {
        check_output_location(root, output)?;
        let exists = refuse_unusable(&lexically_absolute(output)?)?;
        let path = absolute(output)?;
        if !exists {
            return Ok(OutputFolder {
                path,
                previous: None,
            });
        }
        let non_empty = fs::read_dir(&path)
            .with_context(|| format!("failed to read `{}`", path.display()))?
            .next()
            .is_some();
        if non_empty && !path.join(MARKER).exists() {
            return Err(refused(
                Msg::new("output-not-outreachs")
                    .arg("path", path.display().to_string())
                    .arg("marker", MARKER),
            ));
        }
        Ok(OutputFolder {
            previous: non_empty.then(|| path.clone()),
            path,
        })
    }
}

/// Refuses an output that is, or lies under, a dangling link or a file; `true` when the
/// output is there (a folder, or a link to one), `false` when it is still to be made.
fn refuse_unusable(output: &Path) -> Result<bool> {
    // The output itself, else the nearest folder above it that is there.
    let Some(place) = output.ancestors().find(|p| fs::symlink_metadata(p).is_ok()) else {
        return Ok(false);
    };
    let which = if place == output { "output" } else { "above" };
    let target = fs::read_link(place).ok();
    let link = if target.is_some() { "yes" } else { "no" };
    let target = target.unwrap_or_default().display().to_string();
    let said = |id| {
        Msg::new(id)
            .arg("place", which)
            .arg("path", place.display().to_string())
            .arg("target", &target)
            .arg("link", link)
    };
    match fs::metadata(place) {
        Err(_) => Err(refused(said("output-link-dangling"))),
        Ok(m) if !m.is_dir() => Err(refused(said("output-is-file"))),
        Ok(_) => Ok(place == output),
    }
}

impl Writer {
    /// Prepares a staging folder beside `output`, which [`OutputFolder::check`] let by.
    pub fn begin(output: &OutputFolder) -> Result<Writer> {
        let OutputFolder { path, previous } = output.clone();
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "output".into());
        let parent = path.parent().map(Path::to_path_buf).unwrap_or_default();
        fsutil::create_dir_all(&parent)?;
        let staging = parent.join(format!(".{name}{STAGING}"));
        // Leftovers of a build that was killed.
        fsutil::remove_dir_all(&staging)?;
        fsutil::remove_dir_all(&parent.join(format!(".{name}{OLD}")))?;
        fsutil::create_dir_all(&staging)?;
        Ok(Writer {
            output: path,
            staging,
            previous,
            written: AtomicUsize::new(0),
            unchanged: AtomicUsize::new(0),
            committed: false,
            folders: Default::default(),
        })
    }

    fn target(&self, rel: &str) -> Result<PathBuf> {
        let rel_path = Path::new(rel);
        if rel_path
            .components()
            .any(|c| !matches!(c, Component::Normal(_)))
        {
            bail!("internal error: output path `{rel}` leaves the output folder");
        }
        Ok(self.staging.join(rel_path))
    }

    /// Swaps the staging folder in as the new output.
    pub fn commit(mut self) -> Result<WriteStats> {
        fsutil::write(&self.staging.join(MARKER), MARKER_TEXT.as_bytes())?;
        if self.output.exists() {
            match exchange(&self.staging, &self.output) {
                Ok(()) => {
                    // The staging path now holds the previous output.
                    remove_tree(&self.staging)?;
                }
                Err(_) => {
                    // No atomic exchange on this system or file system: two renames,
                    // the old output kept aside until the new one is in place.
                    let old = self.staging.with_file_name(format!(
                        "{}{OLD}",
                        self.staging
                            .file_name()
                            .unwrap_or_default()
                            .to_string_lossy()
                            .trim_end_matches(STAGING)
                    ));
                    fs::rename(&self.output, &old).with_context(|| {
                        format!("failed to move `{}` aside", self.output.display())
                    })?;
                    fs::rename(&self.staging, &self.output).with_context(|| {
                        format!(
                            "failed to move the new site into `{}`",
                            self.output.display()
                        )
                    })?;
                    fsutil::remove_dir_all(&old)?;
                }
            }
        } else {
            fs::rename(&self.staging, &self.output).with_context(|| {
                format!(
                    "failed to move the new site into `{}`",
                    self.output.display()
                )
            })?;
        }
        self.committed = true;
        Ok(WriteStats {
            written: self.written.load(Ordering::Relaxed),
            unchanged: self.unchanged.load(Ordering::Relaxed),
        })
    }
}

/// Set to `renames`, the output is swapped in with two renames even where the system can
/// exchange two folders atomically: the way Windows and macOS builds always swap, which
/// the tests force on Linux.
pub const SWAP_ENV: &str = "OUTREACH_SWAP";

/// Exchanges two folders in one step (Linux's `renameat2(RENAME_EXCHANGE)`).
#[cfg(any(target_os = "linux", target_os = "android"))]
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    if std::env::var_os(SWAP_ENV).is_some_and(|v| v == "renames") {
        return Err(std::io::ErrorKind::Unsupported.into());
    }
    rustix::fs::renameat_with(
        rustix::fs::CWD,
        a,
        rustix::fs::CWD,
        b,
        rustix::fs::RenameFlags::EXCHANGE,
    )
    .map_err(std::io::Error::from)
}

/// Other systems have no atomic exchange of two folders: the caller renames twice.
#[cfg(not(any(target_os = "linux", target_os = "android")))]
fn exchange(_a: &Path, _b: &Path) -> std::io::Result<()> {
    Err(std::io::ErrorKind::Unsupported.into())
}

/// Removes a folder and everything in it, its subfolders in parallel (an old output can
/// hold tens of thousands of files).
fn remove_tree(path: &Path) -> Result<()> {
    use rayon::prelude::*;
    if let Ok(entries) = fs::read_dir(path) {
        let children: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        children.par_iter().try_for_each(|child| -> Result<()> {
            if child.is_dir() && !child.is_symlink() {
                fsutil::remove_dir_all(child)
            } else {
                fs::remove_file(child)
                    .with_context(|| format!("failed to remove `{}`", child.display()))
            }
        })?;
    }
    fsutil::remove_dir_all(path)
}

impl Sink for Writer {
    fn write(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        let target = self.target(rel)?;
        if let Some(parent) = target.parent() {
            // Many pages share a folder: create each folder once.
            let known = self
                .folders
                .lock()
                .map(|f| f.contains(parent))
                .unwrap_or(false);
            if !known {
                fsutil::create_dir_all(parent)?;
                if let Ok(mut f) = self.folders.lock() {
                    f.insert(parent.to_path_buf());
                }
            }
        }
        if let Some(prev_root) = &self.previous {
            let prev = prev_root.join(rel);
            let same = fs::metadata(&prev)
                .is_ok_and(|m| m.is_file() && m.len() == bytes.len() as u64)
                && fs::read(&prev).is_ok_and(|old| old == bytes);
            if same && link_fresh(&prev, &target) {
                self.unchanged.fetch_add(1, Ordering::Relaxed);
                return Ok(());
            }
        }
        write_fresh(&target, bytes)
            .with_context(|| format!("failed to write `{}`", target.display()))?;
        self.written.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }
}

/// Hard-links `prev` at `target`. A file already at `target` is removed first, never
/// written into: it may itself be a link into the live output.
fn link_fresh(prev: &Path, target: &Path) -> bool {
    match fs::hard_link(prev, target) {
        Ok(()) => true,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            fs::remove_file(target).is_ok() && fs::hard_link(prev, target).is_ok()
        }
        Err(_) => false,
    }
}

/// Writes `bytes` as a new file at `target`, replacing (not overwriting in place) a
/// file already there, which may be a hard link into the live output.
fn write_fresh(target: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let open = || {
        fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(target)
    };
    let mut file = match open() {
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            fs::remove_file(target)?;
            open()?
        }
        other => other?,
    };
    file.write_all(bytes)
}

impl Drop for Writer {
    fn drop(&mut self) {
        if !self.committed {
            let _ = fs::remove_dir_all(&self.staging);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::Lang;

    #[test]
    fn a_refused_output_folder_is_said_in_the_runs_language_with_its_code_and_help() {
        let root = std::env::temp_dir().join("outreach-site");
        let err = check_output_location(&root, &root.join("content/output"))
            .expect_err("an output inside content/ is refused");
        let refused = err
            .downcast_ref::<fsutil::Said>()
            .expect("a catalogue message");
        let shown = absolute(&root.join("content/output")).expect("absolute");
        assert_eq!(
            refused.text(Lang::Vi),
            format!(
                "outreach từ chối ghi trang web vào `{}`: thư mục đó nằm trong thư mục `content/` của trang web [E0837]\nhelp: chọn một thư mục bên ngoài `content/` bằng `--output`, ví dụ `--output output` (thư mục `output` trong thư mục của trang web)",
                shown.display()
            )
        );
        assert_eq!(
            err.to_string(),
            format!(
                "refusing to write the site into `{}`: it is inside the site's `content/` folder [E0837]\nhelp: choose a folder outside `content/` with `--output`, e.g. `--output output` (a folder `output` in the site's folder)",
                shown.display()
            )
        );
    }
}
