//! The test harness: a site in a temporary folder, the real `outreach` binary run on it,
//! and what a user would look at afterwards — the exit code, the printed diagnostics and
//! the files in the output folder.
//!
//! Sites come from `tests/fixtures/<feature>/<case>/` or are written inline. Unless a
//! site brings its own `themes/`, the repository's real `themes/default/` is copied in,
//! so the tests exercise the theme that ships.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex, OnceLock};

use tempfile::TempDir;

/// A real 8 × 6 PNG, for tests that need a picture beside a page (outreach decodes and
/// resizes every photo, so a file of text named `.png` is an error).
pub fn small_png() -> Vec<u8> {
    use image::ImageEncoder;
    let img = image::RgbImage::from_fn(8, 6, |x, y| image::Rgb([x as u8 * 30, y as u8 * 40, 90]));
    let mut out = Vec::new();
    image::codecs::png::PngEncoder::new(&mut out)
        .write_image(img.as_raw(), 8, 6, image::ExtendedColorType::Rgb8)
        .expect("encode a PNG");
    out
}

/// The repository root (where Cargo.toml, site.yaml and content/ are).
pub fn repo_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn fixtures_dir() -> PathBuf {
    repo_root().join("tests").join("fixtures")
}

/// A site in a temporary folder, deleted when the site and every [`Run`] on it are
/// dropped (so `Site::fixture(…).build(&[])` can be inspected after the site is gone).
pub struct Site {
    /// `None` for a site in a folder the harness keeps (see [`shared_build`]).
    dir: Option<Arc<TempDir>>,
    root: PathBuf,
}

impl Site {
    /// A copy of `tests/fixtures/<name>` (e.g. `"build_output/bilingual"`).
    pub fn fixture(name: &str) -> Site {
        let source = fixtures_dir().join(name);
        assert!(
            source.join("site.yaml").is_file(),
            "fixture `{}` has no site.yaml",
            source.display()
        );
        let site = Site::empty();
        copy_tree(&source, &site.root);
        site.add_default_theme();
        site
    }

    /// A site made of `(path, text)` pairs, relative to the site root.
    pub fn inline(files: &[(&str, &str)]) -> Site {
        let site = Site::empty();
        for (path, text) in files {
            site.write(path, text);
        }
        site.add_default_theme();
        site
    }

    /// The smallest valid bilingual site for the real theme (whose home page shows the
    /// `dau-tu` and `doi-tac` sections), plus `files`, which may replace any of it.
    pub fn minimal_with(files: &[(&str, &str)]) -> Site {
        let mut all: Vec<(&str, &str)> = vec![
            ("site.yaml", MINIMAL_SITE_YAML),
            (
                "content/_index.md",
                "---\ntitle: Trang chủ\n---\nChào mừng.\n",
            ),
            ("content/_index.en.md", "---\ntitle: Home\n---\nWelcome.\n"),
            // The theme's project, partner and delegation types take these values
            // from the site (`values_from:`): the example site's lists.
            (
                "content/_data/districts.yaml",
                include_str!("../../content/_data/districts.yaml"),
            ),
            (
                "content/_data/countries.yaml",
                include_str!("../../content/_data/countries.yaml"),
            ),
            (
                "content/dau-tu/_index.md",
                "---\ntitle: Dự án kêu gọi đầu tư\n---\nCác dự án.\n",
            ),
            (
                "content/dau-tu/_index.en.md",
                "---\ntitle: Projects calling for investment\nslug: investment\n---\nProjects.\n",
            ),
            (
                "content/doi-tac/_index.md",
                "---\ntitle: Đối tác\n---\nCác đối tác.\n",
            ),
            (
                "content/doi-tac/_index.en.md",
                "---\ntitle: Partners\nslug: partners\n---\nPartners.\n",
            ),
        ];
        all.retain(|(p, _)| !files.iter().any(|(q, _)| q == p));
        all.extend_from_slice(files);
        Site::inline(&all)
    }

    /// A temporary folder with nothing in it (not even site.yaml).
    pub fn empty() -> Site {
        let dir = tempfile::Builder::new()
            .prefix("outreach-test-")
            .tempdir()
            .expect("create a temporary folder");
        // Canonical, so paths the binary prints compare equal to ours.
        let root = dir.path().canonicalize().expect("canonical temp path");
        Site {
            dir: Some(Arc::new(dir)),
            root,
        }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The absolute path of `rel` inside the site.
    pub fn path(&self, rel: &str) -> PathBuf {
        self.root.join(rel)
    }

    /// Writes `text` to `rel`, creating folders.
    pub fn write(&self, rel: &str, text: &str) {
        self.write_bytes(rel, text.as_bytes());
    }

    /// Adds `text` at the end of the site's file `rel` (a setting to site.yaml, say).
    pub fn append(&self, rel: &str, text: &str) {
        let old = fs::read_to_string(self.path(rel)).unwrap_or_else(|e| panic!("read {rel}: {e}"));
        self.write(rel, &format!("{old}{text}"));
    }

    /// Writes raw bytes (for files that are deliberately not UTF-8).
    pub fn write_bytes(&self, rel: &str, bytes: &[u8]) {
        let path = self.path(rel);
        fs::create_dir_all(path.parent().expect("a parent folder")).expect("create folders");
        fs::write(&path, bytes).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
    }

    /// Copies another fixture's files over this site (same-named files are replaced).
    pub fn overlay_fixture(&self, name: &str) {
        copy_tree(&fixtures_dir().join(name), &self.root);
    }

    fn add_default_theme(&self) {
        if !self.path("themes").exists() {
            copy_tree(
                &repo_root().join("themes").join("default"),
                &self.path("themes/default"),
            );
        }
    }

    /// Builds the site, which must succeed; lets `mistake` change it; builds again. That
    /// build must fail and leave every file of `output/` as the first build left it.
    #[track_caller]
    pub fn build_failing_after(&self, mistake: impl FnOnce(&Site)) -> Run {
        let good = self.build(&[]).success();
        let before = tree(&good.output);
        mistake(self);
        let failed = self.build(&[]).exit_code(1);
        let after = tree(&failed.output);
        assert_eq!(
            before.keys().collect::<Vec<_>>(),
            after.keys().collect::<Vec<_>>(),
            "the failed build added or removed output files"
        );
        for (path, bytes) in &before {
            assert!(&after[path] == bytes, "the failed build changed `{path}`");
        }
        failed
    }

    /// Runs `outreach build ARGS` in the site's folder. The output folder is the one
    /// after `--output` if given, else `output/` in the site.
    pub fn build(&self, args: &[&str]) -> Run {
        let mut all = vec!["build"];
        all.extend_from_slice(args);
        self.run(&all)
    }

    /// Runs `outreach ARGS` in the site's folder.
    pub fn run(&self, args: &[&str]) -> Run {
        let output = match args.iter().position(|a| *a == "--output") {
            Some(i) => {
                let p = PathBuf::from(args[i + 1]);
                if p.is_absolute() {
                    p
                } else {
                    self.root.join(p)
                }
            }
            None => self.root.join("output"),
        };
        let mut run = run_outreach(&self.root, args, output);
        run.keep_alive = self.dir.clone();
        run
    }
}

/// The one build of `fixture` that every test calling this shares, for tests that only
/// read the output: the suite builds such a fixture once, not once per test. `prepare`
/// may add files first (the same for every caller).
///
/// The site lives in Cargo's temporary folder for integration tests, under a name unique
/// to this process (a static is never dropped, so a `TempDir` would be left in `/tmp`);
/// the folders of earlier runs are removed when the first shared build starts.
pub fn shared_build(fixture: &str, prepare: fn(&Site)) -> &'static Run {
    static CELLS: Mutex<BTreeMap<String, &'static OnceLock<Run>>> = Mutex::new(BTreeMap::new());
    let cell: &'static OnceLock<Run> = CELLS
        .lock()
        .expect("the shared builds")
        .entry(fixture.to_string())
        .or_insert_with(|| Box::leak(Box::new(OnceLock::new())));
    cell.get_or_init(|| {
        let base = Path::new(env!("CARGO_TARGET_TMPDIR")).join("shared-builds");
        let this_run = base.join(std::process::id().to_string());
        static CLEAN: std::sync::Once = std::sync::Once::new();
        CLEAN.call_once(|| remove_earlier_runs(&base, &this_run));
        let root = this_run.join(fixture.replace('/', "-"));
        let _ = fs::remove_dir_all(&root);
        let source = fixtures_dir().join(fixture);
        assert!(
            source.join("site.yaml").is_file(),
            "fixture `{fixture}` has no site.yaml"
        );
        copy_tree(&source, &root);
        let site = Site {
            dir: None,
            root: root.canonicalize().expect("canonical shared path"),
        };
        site.add_default_theme();
        prepare(&site);
        site.build(&[]).success()
    })
}

/// Removes the shared builds of earlier runs, sparing any touched in the last hour (a
/// run of the suite that may still be going on).
fn remove_earlier_runs(base: &Path, this_run: &Path) {
    let Ok(entries) = fs::read_dir(base) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age.as_secs() > 3600);
        if path != this_run && old {
            let _ = fs::remove_dir_all(&path);
        }
    }
}

const MINIMAL_SITE_YAML: &str = r#"title: { vi: "Hậu Giang thử nghiệm", en: "Hau Giang test" }
base_url: "https://example.org"
default_language: vi
languages:
  vi: { name: "Tiếng Việt", locale: vi-VN }
  en: { name: "English", locale: en-GB }
menu:
  - { page: "@/dau-tu/_index.md" }
  - { page: "@/doi-tac/_index.md" }
"#;

/// How long one run of the binary may take: the slowest test (a 50 MB page in a debug
/// build) takes about 12 s here.
pub const RUN_TIME_LIMIT: std::time::Duration = std::time::Duration::from_secs(180);

/// Runs the real binary in `cwd`. Every run is checked for a panic: whatever the
/// input, outreach must answer with a message and an exit code, never a crash.
///
/// A run that has not ended after [`RUN_TIME_LIMIT`] is killed and fails its test, so a
/// hang (the one failure a hostile input could otherwise hide) stops the suite with the
/// command's name instead of stalling CI until its own limit.
pub fn run_outreach(cwd: &Path, args: &[&str], output: PathBuf) -> Run {
    use std::io::Read;
    use wait_timeout::ChildExt;
    let mut child = Command::new(env!("CARGO_BIN_EXE_outreach"))
        .args(args)
        .current_dir(cwd)
        .env_remove("RUST_BACKTRACE")
        // Messages in English unless a test asks for another language (`--lang vi`).
        .env("OUTREACH_LANG", "en")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run the outreach binary");
    // Both pipes are drained while the child runs, so a long report cannot block it.
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            if let Some(mut pipe) = pipe {
                let _ = pipe.read_to_end(&mut bytes);
            }
            bytes
        })
    };
    let stdout = drain(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let stderr = drain(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let status = match child
        .wait_timeout(RUN_TIME_LIMIT)
        .expect("wait for outreach")
    {
        Some(status) => status,
        None => {
            let _ = child.kill();
            let _ = child.wait();
            let stderr = String::from_utf8_lossy(&stderr.join().unwrap_or_default()).into_owned();
            panic!(
                "outreach {args:?} did not end within {} s and was killed; stderr so far:\n{stderr}",
                RUN_TIME_LIMIT.as_secs()
            );
        }
    };
    let run = Run {
        code: status.code(),
        stdout: String::from_utf8_lossy(&stdout.join().unwrap_or_default()).into_owned(),
        stderr: String::from_utf8_lossy(&stderr.join().unwrap_or_default()).into_owned(),
        output,
        keep_alive: None,
    };
    assert!(
        !run.stderr.contains("panicked"),
        "outreach {args:?} panicked:\n{}",
        run.stderr
    );
    assert!(
        run.code.is_some(),
        "outreach {args:?} was killed by a signal:\n{}",
        run.stderr
    );
    run
}

/// What one run of the binary left behind.
pub struct Run {
    /// The exit code (`None` only if killed by a signal, which the harness refuses).
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
    /// The output folder this run wrote to (or would have).
    pub output: PathBuf,
    /// The site's temporary folder, kept while the run is inspected.
    keep_alive: Option<Arc<TempDir>>,
}

impl Run {
    /// Asserts exit code 0 and returns the run.
    #[track_caller]
    pub fn success(self) -> Run {
        assert_eq!(
            self.code,
            Some(0),
            "expected the build to succeed; stderr:\n{}",
            self.stderr
        );
        self
    }

    /// Asserts `code` and returns the run.
    #[track_caller]
    pub fn exit_code(self, code: i32) -> Run {
        assert_eq!(
            self.code,
            Some(code),
            "expected exit code {code}; stderr:\n{}",
            self.stderr
        );
        self
    }

    /// True when the output folder has the file `rel`.
    pub fn has(&self, rel: &str) -> bool {
        self.output.join(rel).is_file()
    }

    /// The text of output file `rel`.
    #[track_caller]
    pub fn read(&self, rel: &str) -> String {
        let path = self.output.join(rel);
        match fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => panic!(
                "cannot read output file `{rel}` ({e}); the output has:\n{}",
                self.files().keys().cloned().collect::<Vec<_>>().join("\n")
            ),
        }
    }

    /// The bytes of output file `rel`.
    #[track_caller]
    pub fn read_bytes(&self, rel: &str) -> Vec<u8> {
        fs::read(self.output.join(rel))
            .unwrap_or_else(|e| panic!("cannot read output file `{rel}`: {e}"))
    }

    /// Every file of the output folder, by `/`-separated relative path.
    pub fn files(&self) -> BTreeMap<String, Vec<u8>> {
        tree(&self.output)
    }

    /// The HTML pages of the output folder, by relative path.
    pub fn html_files(&self) -> BTreeMap<String, String> {
        self.files()
            .into_iter()
            .filter(|(p, _)| p.ends_with(".html"))
            .map(|(p, b)| (p, String::from_utf8(b).expect("HTML output is UTF-8")))
            .collect()
    }

    /// The diagnostics printed on stderr (the text format).
    pub fn diagnostics(&self) -> Vec<Diag> {
        parse_diagnostics(&self.stderr)
    }

    /// The error at exactly `path:line:column`, failing with every diagnostic printed if
    /// there is none.
    #[track_caller]
    pub fn error_at(&self, path: &str, line: usize, column: usize) -> Diag {
        self.diagnostic_at("error", path, line, column)
    }

    /// The warning at exactly `path:line:column`, as [`Run::error_at`].
    #[track_caller]
    pub fn warning_at(&self, path: &str, line: usize, column: usize) -> Diag {
        self.diagnostic_at("warning", path, line, column)
    }

    /// The one error of the run, which must be at `path:line:column` and be all it
    /// reported (no other error, no warning).
    #[track_caller]
    pub fn only_error_at(&self, path: &str, line: usize, column: usize) -> Diag {
        self.only_diagnostic_at("error", path, line, column)
    }

    /// The one warning of the run, as [`Run::only_error_at`].
    #[track_caller]
    pub fn only_warning_at(&self, path: &str, line: usize, column: usize) -> Diag {
        self.only_diagnostic_at("warning", path, line, column)
    }

    #[track_caller]
    fn only_diagnostic_at(&self, severity: &str, path: &str, line: usize, column: usize) -> Diag {
        assert_eq!(
            self.places(),
            [format!("{severity} {path}:{line}:{column}")],
            "the whole report; stderr was:\n{}",
            self.stderr
        );
        self.diagnostic_at(severity, path, line, column)
    }

    #[track_caller]
    fn diagnostic_at(&self, severity: &str, path: &str, line: usize, column: usize) -> Diag {
        let diags = self.diagnostics();
        diags
            .iter()
            .find(|d| {
                d.severity == severity && d.path == path && d.line == line && d.column == column
            })
            .cloned()
            .unwrap_or_else(|| {
                panic!(
                    "no {severity} at {path}:{line}:{column}; stderr was:\n{}",
                    self.stderr
                )
            })
    }

    /// Every diagnostic, errors and warnings, as `severity path:line:column`, in the order
    /// printed: for asserting a run's whole report.
    pub fn places(&self) -> Vec<String> {
        self.diagnostics()
            .iter()
            .map(|d| format!("{} {}:{}:{}", d.severity, d.path, d.line, d.column))
            .collect()
    }

    /// Every error, as `path:line:column`.
    pub fn error_places(&self) -> Vec<String> {
        self.diagnostics()
            .iter()
            .filter(|d| d.severity == "error")
            .map(|d| format!("{}:{}:{}", d.path, d.line, d.column))
            .collect()
    }
}

/// One diagnostic as printed: `path:line:column: error: message`, then the quoted line
/// with a caret under the column, then notes and help.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diag {
    pub path: String,
    /// 0 when the diagnostic has no position (`path: error: message`).
    pub line: usize,
    pub column: usize,
    pub severity: String,
    pub message: String,
    /// The source line quoted under the message.
    pub quoted: Option<String>,
    /// The 1-based column the caret points at.
    pub caret: Option<usize>,
    /// Everything after the header line (quote, notes, help), as printed.
    pub rest: String,
    /// The message's code (`E0012`), printed after it in brackets.
    pub code: Option<String>,
}

impl Diag {
    /// Asserts the message's code is `code`.
    #[track_caller]
    pub fn coded(&self, code: &str) -> &Diag {
        assert_eq!(
            self.code.as_deref(),
            Some(code),
            "the code of {}:{}:{} ({})",
            self.path,
            self.line,
            self.column,
            self.message
        );
        self
    }

    /// Asserts the message contains `fragment`.
    #[track_caller]
    pub fn says(&self, fragment: &str) -> &Diag {
        assert!(
            self.message.contains(fragment),
            "expected the message at {}:{}:{} to contain {fragment:?}, it is {:?}",
            self.path,
            self.line,
            self.column,
            self.message
        );
        self
    }

    /// Asserts the quoted source line is `line` and the caret sits under the column.
    #[track_caller]
    pub fn quotes(&self, line: &str) -> &Diag {
        assert_eq!(
            self.quoted.as_deref(),
            Some(line),
            "quoted line of {}:{}:{}",
            self.path,
            self.line,
            self.column
        );
        assert_eq!(
            self.caret,
            Some(self.column),
            "the caret of {}:{}:{} is not under the column:\n{}",
            self.path,
            self.line,
            self.column,
            self.rest
        );
        self
    }

    /// Asserts a note under the diagnostic is exactly `note`.
    #[track_caller]
    pub fn notes(&self, note: &str) -> &Diag {
        assert!(
            self.rest
                .lines()
                .any(|l| l.trim_start().strip_prefix("= note: ") == Some(note)),
            "expected the note {note:?} at {}:{}:{}; got:\n{}",
            self.path,
            self.line,
            self.column,
            self.rest
        );
        self
    }

    /// Asserts the help text contains `fragment`.
    #[track_caller]
    pub fn helps(&self, fragment: &str) -> &Diag {
        assert!(
            self.rest.contains("= help:") && self.rest.contains(fragment),
            "expected help containing {fragment:?} at {}:{}:{}; got:\n{}",
            self.path,
            self.line,
            self.column,
            self.rest
        );
        self
    }
}

/// Reads the text format back. Each diagnostic starts with a header line; the lines up
/// to the next header (or the final summary) belong to it.
pub fn parse_diagnostics(stderr: &str) -> Vec<Diag> {
    let mut out: Vec<Diag> = Vec::new();
    for line in stderr.lines() {
        if let Some(d) = parse_header(line) {
            out.push(d);
            continue;
        }
        let Some(d) = out.last_mut() else { continue };
        // The summary line `error: found N errors …` ends the last diagnostic.
        if line.starts_with("error: ") || line.starts_with("warning: ") {
            continue;
        }
        d.rest.push_str(line);
        d.rest.push('\n');
        // `N | source` quotes the line; ` | ^` is the caret under it.
        if let Some((gutter, text)) = line.split_once(" | ") {
            let gutter = gutter.trim();
            if d.quoted.is_none() && gutter == d.line.to_string() {
                d.quoted = Some(text.to_string());
            } else if gutter.is_empty()
                && d.quoted.is_some()
                && d.caret.is_none()
                && let Some(i) = text.find('^')
            {
                d.caret = Some(text[..i].chars().count() + 1);
            }
        }
    }
    for d in &mut out {
        d.rest = d.rest.trim_end().to_string();
    }
    out
}

fn parse_header(line: &str) -> Option<Diag> {
    for severity in ["error", "warning"] {
        let marker = format!(": {severity}: ");
        let Some(i) = line.find(&marker) else {
            continue;
        };
        let place = &line[..i];
        let mut message = line[i + marker.len()..].to_string();
        // `message [E0012]`: the code is not part of the message.
        let mut code = None;
        if message.ends_with(']')
            && let Some(open) = message.rfind(" [")
        {
            let inside = &message[open + 2..message.len() - 1];
            if inside.len() == 5
                && inside.starts_with(['E', 'W', 'M'])
                && inside[1..].bytes().all(|b| b.is_ascii_digit())
            {
                code = Some(inside.to_string());
                message.truncate(open);
            }
        }
        let mut parts = place.rsplitn(3, ':');
        let (c, l, p) = (parts.next(), parts.next(), parts.next());
        let (path, line_no, column) = match (
            c.and_then(|c| c.parse().ok()),
            l.and_then(|l| l.parse().ok()),
            p,
        ) {
            (Some(c), Some(l), Some(p)) => (p.to_string(), l, c),
            _ => (place.to_string(), 0, 0),
        };
        if path.is_empty() || path.starts_with(char::is_whitespace) {
            return None;
        }
        return Some(Diag {
            path,
            line: line_no,
            column,
            severity: severity.to_string(),
            message,
            quoted: None,
            caret: None,
            rest: String::new(),
            code,
        });
    }
    None
}

/// Every file under `root`, by `/`-separated relative path, with its bytes.
pub fn tree(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    if root.is_dir() {
        collect(root, root, &mut out);
    }
    out
}

fn collect(root: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
    for entry in fs::read_dir(dir).expect("read a folder") {
        let path = entry.expect("a folder entry").path();
        if path.is_dir() {
            collect(root, &path, out);
        } else {
            let rel = path.strip_prefix(root).expect("inside root");
            let rel: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            out.insert(rel.join("/"), fs::read(&path).expect("read a file"));
        }
    }
}

/// Copies the folder `from` into `to`, merging with what is there.
pub fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("create folder");
    for entry in fs::read_dir(from).unwrap_or_else(|e| panic!("read {}: {e}", from.display())) {
        let entry = entry.expect("a folder entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("file type").is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).expect("copy a file");
        }
    }
}

/// The values of every `name="…"` attribute in `html` (for `href`, `src`).
pub fn attribute_values(html: &str, name: &str) -> Vec<String> {
    let needle = format!(" {name}=\"");
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(&needle) {
        rest = &rest[i + needle.len()..];
        if let Some(end) = rest.find('"') {
            out.push(rest[..end].to_string());
            rest = &rest[end..];
        }
    }
    out
}

/// Every start tag `<tag …>` in `html`, as its attributes (double-quoted values only,
/// which is what the theme writes).
pub fn tags(html: &str, tag: &str) -> Vec<BTreeMap<String, String>> {
    let open = format!("<{tag} ");
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(&open) {
        rest = &rest[i + open.len()..];
        let end = rest.find('>').unwrap_or(rest.len());
        let mut attrs = BTreeMap::new();
        let mut s = &rest[..end];
        while let Some(eq) = s.find("=\"") {
            let name = s[..eq].trim().rsplit(' ').next().unwrap_or_default();
            let after = &s[eq + 2..];
            let Some(close) = after.find('"') else { break };
            attrs.insert(name.to_string(), after[..close].to_string());
            s = &after[close + 1..];
        }
        out.push(attrs);
        rest = &rest[end..];
    }
    out
}

/// The output file a site path is served from: `/a/b/` → `a/b/index.html`, without
/// `#fragment` or `?query`.
pub fn file_for_url(url: &str) -> String {
    let path = url.split(['#', '?']).next().unwrap_or_default();
    let path = path.trim_start_matches('/');
    if path.is_empty() || path.ends_with('/') {
        format!("{path}index.html")
    } else {
        path.to_string()
    }
}

/// The `href`s of every `<a hreflang="LANG">` in `html`: the language switcher's (and
/// footer's) links to the page's version in that language.
pub fn links_to_language(html: &str, lang: &str) -> Vec<String> {
    tags(html, "a")
        .into_iter()
        .filter(|a| a.get("hreflang").map(String::as_str) == Some(lang))
        .filter_map(|a| a.get("href").cloned())
        .collect()
}

/// The part of `html` from the first `<tag class="class"` (or `<tag class="class …"`) to
/// its matching closing `</tag>` (nested elements of the same tag included), or `None`.
pub fn element<'a>(html: &'a str, tag: &str, class: &str) -> Option<&'a str> {
    let exact = format!("<{tag} class=\"{class}\"");
    let first_of_many = format!("<{tag} class=\"{class} ");
    let start = html.find(&exact).or_else(|| html.find(&first_of_many))?;
    let (open, close) = (format!("<{tag}"), format!("</{tag}>"));
    let mut depth = 0usize;
    let mut at = start;
    loop {
        // The next `<tag` that is this tag, not a longer name (`<p` is not `<path`).
        let mut from = at;
        let next_open = loop {
            match html[from..].find(&open).map(|i| i + from) {
                Some(i) if html[i + open.len()..].starts_with([' ', '>', '\n']) => break Some(i),
                Some(i) => from = i + open.len(),
                None => break None,
            }
        };
        let next_close = html[at..].find(&close).map(|i| i + at)?;
        match next_open {
            Some(o) if o < next_close => {
                depth += 1;
                at = o + open.len();
            }
            _ => {
                depth -= 1;
                at = next_close + close.len();
                if depth == 0 {
                    return Some(&html[start..at]);
                }
            }
        }
    }
}

/// The language switcher's links (`nav.lang-switch a[href]`), as (hreflang, href).
pub fn switcher_links(html: &str) -> Vec<(String, String)> {
    let Some(nav) = element(html, "nav", "lang-switch") else {
        return Vec::new();
    };
    tags(nav, "a")
        .into_iter()
        .filter_map(|a| Some((a.get("hreflang")?.clone(), a.get("href")?.clone())))
        .collect()
}

/// The `<link rel="alternate" hreflang="…" href="…">` of a page, as (hreflang, href).
pub fn hreflang_alternates(html: &str) -> BTreeSet<(String, String)> {
    tags(html, "link")
        .into_iter()
        .filter(|l| l.get("rel").map(String::as_str) == Some("alternate"))
        .filter_map(|l| Some((l.get("hreflang")?.clone(), l.get("href")?.clone())))
        .collect()
}

/// The rows of a page's facts table (`table.facts`), as (label, value) with the markup
/// of links removed.
pub fn facts_table(html: &str) -> Vec<(String, String)> {
    let Some(table) = element(html, "table", "facts") else {
        return Vec::new();
    };
    let mut rows = Vec::new();
    let mut rest = table;
    while let Some(i) = rest.find("<th scope=\"row\">") {
        rest = &rest[i + "<th scope=\"row\">".len()..];
        let Some(end) = rest.find("</th>") else { break };
        let label = strip_tags(&rest[..end]);
        let Some(td) = rest.find("<td>") else { break };
        let Some(td_end) = rest.find("</td>") else {
            break;
        };
        rows.push((label, strip_tags(&rest[td + 4..td_end])));
        rest = &rest[td_end..];
    }
    rows
}

/// The links of the cards a listing shows (`.card-title a`), in order.
pub fn card_links(html: &str) -> Vec<String> {
    let needle = "<h2 class=\"card-title\"><a href=\"";
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(needle) {
        rest = &rest[i + needle.len()..];
        if let Some(end) = rest.find('"') {
            out.push(rest[..end].to_string());
        }
    }
    out
}

/// Text with its tags removed and surrounding white space trimmed.
pub fn strip_tags(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.trim().to_string()
}

/// The site paths (`/…`, not `//host`) linked from every HTML page by `href` or `src`
/// that are not in the output, as `page: url`.
pub fn dead_internal_links(run: &Run) -> Vec<String> {
    let mut dead = Vec::new();
    for (page, html) in run.html_files() {
        for url in attribute_values(&html, "href")
            .into_iter()
            .chain(attribute_values(&html, "src"))
        {
            if url.starts_with('/') && !url.starts_with("//") && !run.has(&file_for_url(&url)) {
                dead.push(format!("{page}: {url}"));
            }
        }
    }
    dead
}

/// Runs `outreach ARGS` in `site` with no language setting (`OUTREACH_LANG`, `LANG`,
/// `LC_*`, `LANGUAGE`) but those of `env`: its exit code, stdout and stderr.
pub fn run_with_only_env(
    site: &Site,
    args: &[&str],
    env: &[(&str, &str)],
) -> (i32, String, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_outreach"));
    cmd.args(args).current_dir(site.root());
    for var in ["OUTREACH_LANG", "LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE"] {
        cmd.env_remove(var);
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run outreach");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}
