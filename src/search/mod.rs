//! Site search: a static index built with each language's pages, and the rules search.js
//! follows to query it, so a reader can search without a server.
//!
//! [`build_index`] turns a language's pages into small JSON files for `/search/<lang>/`;
//! `themes/default/static/search.js` fetches only the files a query needs. Matching ignores
//! case and diacritics ([`fold`]); every query word must match, the last one as a prefix
//! while it is typed; title hits rank above body hits. [`search`] is the same algorithm in
//! Rust: the reference search.js is tested against (`js_tests.rs`), and how the bytes one
//! search downloads are measured ([`files_for_query`]).
//!
//! # Files
//!
//! * `meta.json` — format version, build id, page count, the first term of every term shard,
//!   the number of doc shards, and the query limits search.js obeys.
//! * `t/<n>.json` — term shards of about [`TERM_SHARD_BYTES`]: a run of the sorted terms,
//!   each `[term, pages, titles, bodies]`. A term in many pages is
//!   `[term, pages, titles, bodies, p]`: its lists hold only its best [`HEAD_DOCS`] pages,
//!   enough for a prefix completion, and `p/<p>.json` holds them all. So a prefix loads only
//!   the shards its terms fall in, however common those terms are.
//! * `p/<n>.json` — `[titles, bodies]`: every page of one frequent term, fetched when a query
//!   word is exactly that term.
//! * `d/<n>.json` — `[[url, title, summary], …]` for the [`DOCS_PER_SHARD`] pages from
//!   `n × DOCS_PER_SHARD`, fetched for the hits on screen.
//!
//! `pages` is how many pages have the term; `titles` and `bodies` are posting lists as
//! strings of delta-encoded page numbers, bodies with a term-frequency bucket (`codec.rs`).
//! Pages are numbered in URL order and terms sorted as JavaScript compares strings.

mod build;
mod codec;
mod fold;
mod page_words;
mod query;

#[cfg(test)]
mod js_tests;
/// Generated pages for the search tests.
#[cfg(test)]
mod synthetic;

pub use build::build_index;
pub use fold::{MAX_TERM_CHARS, fold, prefix_weight, term_cmp, tokenize};
pub use query::{Hit, ParsedQuery, SearchOutcome, files_for_query, parse_query, search};

use serde::{Deserialize, Serialize};

/// The version of the file layout, in `meta.json`; search.js refuses a version it does not know.
pub const FORMAT_VERSION: u32 = 1;

/// A term shard is closed once it reaches about this many bytes.
pub const TERM_SHARD_BYTES: usize = 8 * 1024;

/// A term whose posting lists encode to more than this many bytes keeps only its best
/// [`HEAD_DOCS`] pages in its term shard and the rest in a `p/` file of its own.
pub const INLINE_POSTING_BYTES: usize = 256;

/// How many pages a frequent term keeps in its term shard: what a prefix completion matches.
pub const HEAD_DOCS: usize = 24;

/// Pages per doc shard: a result page of ten hits loads at most ten such files.
pub const DOCS_PER_SHARD: usize = 8;

/// A last word shorter than this ([`prefix_weight`]: Latin letters count 1, a Hangul syllable
/// 2) is not expanded as a prefix: it is left out until the reader types more, and alone it
/// waits for more. One letter would match a twentieth of the dictionary.
pub const MIN_PREFIX_CHARS: usize = 2;

/// Words after this many are ignored, so a pasted paragraph cannot fetch half the index.
pub const MAX_QUERY_WORDS: usize = 8;

/// A prefix loads at most this many term shards (the first ones of its range, where the
/// shortest completions are); longer completions of a very short prefix wait for more letters.
pub const MAX_PREFIX_SHARDS: usize = 3;

/// Results search.js shows at first and adds per "more results".
pub const RESULTS_PER_PAGE: usize = 10;

/// Summaries longer than this many characters are cut at a word, so a long description
/// cannot swell the doc shards.
pub const SUMMARY_CHARS: usize = 160;

/// One page to index, in its language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchDoc {
    /// The page's address as links on the site write it, e.g. `/dau-tu/khu-nong-nghiep/`.
    pub url: String,
    pub title: String,
    /// The plain text of the body, without HTML.
    pub text: String,
    /// Shown under the title in the results; cut to [`SUMMARY_CHARS`] characters.
    pub summary: String,
}

/// A language's search index: the files to write under `/search/<lang>/`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchIndex {
    /// Relative paths (`meta.json`, `t/12.json`, `p/3.json`, `d/3.json`) and contents, in a
    /// fixed order: the same pages give byte-identical files.
    pub files: Vec<(String, Vec<u8>)>,
}

impl SearchIndex {
    /// The bytes of all files together: what the build reports beside the HTML size.
    pub fn total_bytes(&self) -> u64 {
        self.files.iter().map(|(_, bytes)| bytes.len() as u64).sum()
    }

    /// The largest file and its size.
    pub fn largest_file(&self) -> Option<(&str, usize)> {
        self.files
            .iter()
            .map(|(path, bytes)| (path.as_str(), bytes.len()))
            .max_by_key(|&(path, len)| (len, std::cmp::Reverse(path)))
    }

    /// The contents of the file at `path`.
    pub fn file(&self, path: &str) -> Option<&[u8]> {
        self.files
            .iter()
            .find(|(p, _)| p == path)
            .map(|(_, bytes)| bytes.as_slice())
    }
}

/// `meta.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    pub version: u32,
    /// A hash of all the other files: search.js adds `?v=<build>` to their addresses, so
    /// caches never mix shards of two builds and may keep them for as long as they like.
    pub build: String,
    /// Pages in the index; their ids are `0..docs` in URL order.
    pub docs: u32,
    pub docs_per_shard: u32,
    pub doc_shards: u32,
    pub min_prefix: u32,
    pub max_words: u32,
    pub max_prefix_shards: u32,
    /// The first term of each term shard `t/<n>.json`, in [`term_cmp`] order.
    pub terms: Vec<String>,
}
