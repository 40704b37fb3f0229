//! The folder of processed photos (`.outreach-cache/images/` in the site), so that a
//! rebuild decodes nothing it decoded before. Entries are named by a hash of the source
//! bytes and the settings that made them, so an edited photo or a changed quality makes
//! new entries; entries no build used are removed after a successful build.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use super::encode::Size;

/// Bumped when the processing changes, so old entries are not reused.
const PROCESSING_VERSION: &[u8] = b"outreach-images-1";

/// Where the cache lives in a site.
pub const CACHE_DIR: &str = ".outreach-cache/images";

pub(crate) struct Cache {
    dir: PathBuf,
    /// The names of the entries this build read or wrote.
    used: Mutex<HashSet<String>>,
}

/// What the cache knows of a photo without decoding it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Meta {
    /// Upright.
    pub size: Size,
    /// The fallback is PNG (not JPEG).
    pub png: bool,
}

impl Cache {
    pub(crate) fn new(root: &Path) -> Cache {
        Cache {
            dir: root.join(CACHE_DIR),
            used: Mutex::default(),
        }
    }

    /// The key of a photo's bytes.
    pub(crate) fn key(bytes: &[u8]) -> String {
        let mut hasher = blake3::Hasher::new();
        hasher.update(PROCESSING_VERSION);
        hasher.update(bytes);
        hasher.finalize().to_hex()[..32].to_string()
    }

    fn mark(&self, name: &str) -> PathBuf {
        if let Ok(mut used) = self.used.lock() {
            used.insert(name.to_string());
        }
        self.dir.join(name)
    }

    /// The file of one size of a photo, in one format (`webp`, `jpg`, `png`).
    pub(crate) fn variant(&self, key: &str, width: u32, quality: u8, extension: &str) -> PathBuf {
        self.mark(&format!("{key}-{width}-q{quality}.{extension}"))
    }

    /// The link preview of a photo around focal point `focus` (see [`super::social`]).
    pub(crate) fn preview(&self, key: &str, focus: super::social::Focus, quality: u8) -> PathBuf {
        self.mark(&format!("{key}-og{}-{}-q{quality}.jpg", focus.x, focus.y))
    }

    pub(crate) fn meta(&self, key: &str) -> Option<Meta> {
        let path = self.mark(&format!("{key}.meta"));
        let text = std::fs::read_to_string(path).ok()?;
        let mut words = text.split_whitespace();
        let width = words.next()?.parse().ok()?;
        let height = words.next()?.parse().ok()?;
        let png = words.next()? == "png";
        Some(Meta {
            size: Size { width, height },
            png,
        })
    }

    pub(crate) fn put_meta(&self, key: &str, meta: Meta) -> anyhow::Result<()> {
        let path = self.mark(&format!("{key}.meta"));
        let text = format!(
            "{} {} {}\n",
            meta.size.width,
            meta.size.height,
            if meta.png { "png" } else { "jpg" }
        );
        write_whole(&path, text.as_bytes())
    }

    /// Removes every entry this build did not use (after a successful build).
    pub(crate) fn prune(&self) -> usize {
        let Ok(used) = self.used.lock() else {
            return 0;
        };
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return 0;
        };
        let mut removed = 0;
        for entry in entries.flatten() {
            let name = entry.file_name();
            let keep = name.to_str().is_some_and(|n| used.contains(n));
            if !keep && entry.path().is_file() && std::fs::remove_file(entry.path()).is_ok() {
                removed += 1;
            }
        }
        removed
    }
}

/// Writes a cache file whole or not at all: a build killed halfway leaves no half file
/// that a later build would take for an entry.
pub(crate) fn write_whole(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    if let Some(dir) = path.parent() {
        crate::fsutil::create_dir_all(dir)?;
    }
    // One photo in two bundles is written by two threads at once: each its own file.
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(format!(".{}-{n}.tmp", std::process::id()));
    let tmp = PathBuf::from(tmp);
    crate::fsutil::write(&tmp, bytes)?;
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        anyhow::anyhow!("failed to write `{}`: {e}", path.display())
    })
}
