//! What both benches share: the corpus generator (`examples/corpus/`), a stub link
//! resolver, and a corpus site written to a temporary folder and loaded up to the
//! render stage with outreach's public API.
//!
//! The corpus size is `OUTREACH_BENCH_PAGES` page pairs (default 1,000: 2,022 pages with
//! the sections and the home page in both languages).

#![allow(dead_code)]

#[path = "../../examples/corpus/corpus.rs"]
pub mod corpus;
#[path = "../../examples/corpus/prose.rs"]
pub mod prose;
#[path = "../../examples/corpus/words.rs"]
pub mod words;

use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

use outreach::markdown::{LinkProblem, LinkResolver};
use outreach::render::Sink;

pub use corpus::Corpus;

/// Page pairs in the benches' corpus.
pub fn corpus_pages() -> usize {
    std::env::var("OUTREACH_BENCH_PAGES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1_000)
}

pub fn corpus(pages: usize) -> Corpus {
    Corpus {
        pages,
        seed: corpus::DEFAULT_SEED,
    }
}

/// The Markdown body of a generated file (what follows the front matter).
pub fn body(file: &str) -> &str {
    let rest = file.strip_prefix("---\n").expect("front matter");
    let end = rest.find("\n---\n").expect("closed front matter");
    &rest[end + 5..]
}

/// Answers every `@/` link with a made-up URL, as the library would, without one.
pub struct StubResolver;

impl LinkResolver for StubResolver {
    fn resolve(&self, content_path: &str) -> Result<(String, usize), LinkProblem> {
        let key = content_path.trim_end_matches(".md");
        Ok((format!("/en/{key}/"), key.len()))
    }

    fn asset(&self, _: &str) -> Option<String> {
        None
    }
}

/// A sink that keeps nothing but counts.
#[derive(Default)]
pub struct Discard {
    pub files: AtomicU64,
    pub bytes: AtomicU64,
}

impl Sink for Discard {
    fn write(&self, _: &str, bytes: &[u8]) -> anyhow::Result<()> {
        self.files.fetch_add(1, Ordering::Relaxed);
        self.bytes.fetch_add(bytes.len() as u64, Ordering::Relaxed);
        Ok(())
    }
}

/// A corpus site on disk, loaded as far as the render stage needs.
pub struct Site {
    /// Deleted when the site is dropped.
    pub dir: tempfile::TempDir,
    pub prepared: outreach::build::Prepared,
}

impl std::ops::Deref for Site {
    type Target = outreach::build::Prepared;
    fn deref(&self) -> &Self::Target {
        &self.prepared
    }
}

impl Site {
    /// Writes a corpus of `pages` page pairs and loads it; panics on any error.
    pub fn load(pages: usize) -> Site {
        let dir = tempfile::Builder::new()
            .prefix("outreach-bench-")
            .tempdir_in(bench_tmp())
            .expect("temporary folder");
        let theme = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default");
        corpus(pages)
            .write(dir.path(), &theme)
            .expect("corpus written");
        let config = match outreach::build::load_config(dir.path(), &Default::default()) {
            Ok(Ok(c)) => c,
            Ok(Err(d)) => panic!("site.yaml: {d:?}"),
            Err(e) => panic!("{:#}", e.0),
        };
        let mut problems = Vec::new();
        let prepared =
            outreach::build::prepare(config, false, false, None, &mut problems).expect("a library");
        assert_no_errors(&problems);
        Site { dir, prepared }
    }

    pub fn inputs(&self) -> outreach::render::Inputs<'_> {
        self.prepared.inputs(None)
    }

    /// Pages and sections in every language (listing pages not counted).
    pub fn entry_pages(&self) -> u64 {
        (self.library.entries.len() * self.config.languages.len()) as u64
    }
}

pub fn assert_no_errors(problems: &[outreach::diagnostics::Diagnostic]) {
    let errors: Vec<_> = problems.iter().filter(|d| d.is_error()).collect();
    assert!(errors.is_empty(), "the corpus has errors: {errors:#?}");
}

/// /dev/shm when there is one, so the corpus is read from memory as in `scripts/bench.sh`.
fn bench_tmp() -> std::path::PathBuf {
    let shm = Path::new("/dev/shm");
    if shm.is_dir() {
        shm.to_path_buf()
    } else {
        std::env::temp_dir()
    }
}
