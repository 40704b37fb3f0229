//! A hash of every file in an output folder, for tests that compare whole sites ("is
//! `output/` byte-for-byte what it was?") without keeping every byte in memory.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

/// Every file under a folder, by `/`-separated relative path, with the BLAKE3 hash of its
/// bytes. Hidden files count (the `.outreach-output` marker is part of the output);
/// symbolic links are listed with their target, not followed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Manifest(pub BTreeMap<String, String>);

impl Manifest {
    pub fn of(root: &Path) -> Manifest {
        let mut files = BTreeMap::new();
        if root.is_dir() {
            collect(root, root, &mut files);
        }
        Manifest(files)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// The paths that differ from `other` (added, removed or changed), for messages.
    pub fn differences(&self, other: &Manifest) -> Vec<String> {
        let mut out = Vec::new();
        for (path, hash) in &self.0 {
            match other.0.get(path) {
                None => out.push(format!("only in the first: {path}")),
                Some(h) if h != hash => out.push(format!("changed: {path}")),
                Some(_) => {}
            }
        }
        for path in other.0.keys() {
            if !self.0.contains_key(path) {
                out.push(format!("only in the second: {path}"));
            }
        }
        out
    }

    /// Asserts the two manifests are equal, naming the first differing files.
    #[track_caller]
    pub fn assert_same(&self, other: &Manifest, what: &str) {
        let diff = self.differences(other);
        assert!(
            diff.is_empty(),
            "{what}: {} files differ, e.g.\n{}",
            diff.len(),
            diff.iter().take(15).cloned().collect::<Vec<_>>().join("\n")
        );
    }
}

fn collect(root: &Path, dir: &Path, out: &mut BTreeMap<String, String>) {
    let entries = fs::read_dir(dir).unwrap_or_else(|e| panic!("read {}: {e}", dir.display()));
    for entry in entries {
        let entry = entry.expect("a folder entry");
        let path = entry.path();
        let rel = path
            .strip_prefix(root)
            .expect("inside root")
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/");
        let kind = entry.file_type().expect("file type");
        if kind.is_symlink() {
            let target = fs::read_link(&path).expect("read a link");
            out.insert(rel, format!("symlink to {}", target.display()));
        } else if kind.is_dir() {
            collect(root, &path, out);
        } else {
            let bytes = fs::read(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
            out.insert(rel, blake3::hash(&bytes).to_hex().to_string());
        }
    }
}
