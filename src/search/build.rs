//! Building a language's index: fold and count every page's words, invert them into posting
//! lists, and cut the sorted terms and the pages into shards (the layout is in `mod.rs`).
//!
//! Everything is ordered by value (pages by URL, terms by [`term_cmp`]), never by hash-map
//! iteration, so the same pages give byte-identical files whatever order they come in.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use rayon::prelude::*;

use super::codec::{encode_bodies, encode_titles, tf_bucket};
use super::fold::term_cmp;
use super::page_words::PageWords;
use super::{
    DOCS_PER_SHARD, FORMAT_VERSION, HEAD_DOCS, INLINE_POSTING_BYTES, MAX_PREFIX_SHARDS,
    MAX_QUERY_WORDS, MIN_PREFIX_CHARS, Meta, SearchDoc, SearchIndex, TERM_SHARD_BYTES,
};

/// Builds the search index of one language's pages.
pub fn build_index(docs: &[SearchDoc]) -> SearchIndex {
    let t0 = std::time::Instant::now();
    let lap = |what: &str| if std::env::var_os("SEARCH_PHASES").is_some() { eprintln!("{what}: {:.3?}", t0.elapsed()) };
    let mut order: Vec<&SearchDoc> = docs.iter().collect();
    order.par_sort_by(|a, b| {
        (&a.url, &a.title, &a.summary, &a.text).cmp(&(&b.url, &b.title, &b.summary, &b.text))
    });

    lap("sort");
    let chunks: Vec<Chunk> = order.par_chunks(CHUNK_PAGES).map(|c| Chunk::count(c)).collect();
    lap("count");
    let terms = sorted_terms(&chunks);
    lap("dict");
    let postings = invert(&chunks, &terms);
    lap("invert");
    let entries: Vec<TermEntry> = terms
        .par_iter()
        .zip(postings.par_iter())
        .map(|(term, posting)| TermEntry::new(term, posting))
        .collect();

    lap("encode");
    let mut files = Vec::new();
    let (shard_firsts, term_files, posting_files) = shard_terms(entries);
    let doc_files: Vec<Vec<u8>> = order.par_chunks(DOCS_PER_SHARD).map(doc_shard).collect();
    let meta = Meta {
        version: FORMAT_VERSION,
        docs: order.len() as u32,
        docs_per_shard: DOCS_PER_SHARD as u32,
        doc_shards: doc_files.len() as u32,
        min_prefix: MIN_PREFIX_CHARS as u32,
        max_words: MAX_QUERY_WORDS as u32,
        max_prefix_shards: MAX_PREFIX_SHARDS as u32,
        terms: shard_firsts,
    };
    files.push((
        "meta.json".to_owned(),
        serde_json::to_vec(&meta).expect("meta serialises"),
    ));
    for (dir, contents) in [("t", term_files), ("p", posting_files), ("d", doc_files)] {
        files.extend(
            contents
                .into_iter()
                .enumerate()
                .map(|(n, bytes)| (format!("{dir}/{n}.json"), bytes)),
        );
    }
    lap("write");
    SearchIndex { files }
}

/// Pages counted by one task. Term ids are local to the chunk, so counting a word costs one
/// lookup in a small map that stays warm, not an insert into a map per page.
const CHUNK_PAGES: usize = 64;

/// A run of consecutive pages, counted: its terms, and per page the title terms and the
/// body terms with their counts, as ids into `terms`.
struct Chunk {
    terms: Vec<Box<str>>,
    pages: Vec<(Vec<u32>, Vec<(u32, u32)>)>,
}

impl Chunk {
    fn count(docs: &[&SearchDoc]) -> Chunk {
        let mut chunk = Chunk {
            terms: Vec::new(),
            pages: Vec::with_capacity(docs.len()),
        };
        let mut ids = TermIds::default();
        // Per term id, its count in the current page; `seen` lists the ids to reset.
        let (mut tf, mut seen): (Vec<u32>, Vec<u32>) = (Vec::new(), Vec::new());
        let mut words = PageWords::default();
        for doc in docs {
            words.read(&doc.title);
            let mut title: Vec<u32> = words.iter().map(|w| ids.get(w, &mut chunk.terms)).collect();
            title.sort_unstable();
            title.dedup();

            words.read(&doc.text);
            for word in words.iter() {
                let id = ids.get(word, &mut chunk.terms) as usize;
                if id >= tf.len() {
                    tf.resize(id + 1, 0);
                }
                if tf[id] == 0 {
                    seen.push(id as u32);
                }
                tf[id] += 1;
            }
            let body = seen
                .drain(..)
                .map(|id| (id, std::mem::take(&mut tf[id as usize])))
                .collect();
            chunk.pages.push((title, body));
        }
        chunk
    }
}

/// A chunk's term ids. Nearly every word is at most 8 bytes; those are looked up by the
/// bytes as one integer (no string compare), longer ones by string.
#[derive(Default)]
struct TermIds {
    short: FxHashMap<u64, u32>,
    long: FxHashMap<Box<str>, u32>,
}

impl TermIds {
    /// The id of `word`, added to `terms` if new.
    fn get(&mut self, word: &str, terms: &mut Vec<Box<str>>) -> u32 {
        let next = terms.len() as u32;
        let id = if word.len() <= 8 {
            // Words have no NUL, so zero padding keeps different words different.
            let mut key = [0u8; 8];
            key[..word.len()].copy_from_slice(word.as_bytes());
            *self.short.entry(u64::from_le_bytes(key)).or_insert(next)
        } else {
            match self.long.get(word) {
                Some(&id) => id,
                None => *self.long.entry(word.into()).or_insert(next),
            }
        };
        if id == next {
            terms.push(word.into());
        }
        id
    }
}

/// Every term of every page, once, in index order.
fn sorted_terms(chunks: &[Chunk]) -> Vec<&str> {
    let mut set: FxHashSet<&str> = FxHashSet::default();
    for chunk in chunks {
        set.extend(chunk.terms.iter().map(|t| &**t));
    }
    let mut terms: Vec<&str> = set.into_iter().collect();
    terms.par_sort_unstable_by(|a, b| term_cmp(a, b));
    terms
}

/// One term's pages: where it is in the title, and in the body with its tf bucket.
#[derive(Default)]
struct Posting {
    titles: Vec<u32>,
    bodies: Vec<(u32, u8)>,
}

/// Posting lists for `terms`, pages in ascending order.
fn invert(chunks: &[Chunk], terms: &[&str]) -> Vec<Posting> {
    let ids: FxHashMap<&str, u32> = terms.iter().enumerate().map(|(i, &t)| (t, i as u32)).collect();
    let global: Vec<Vec<u32>> = chunks
        .par_iter()
        .map(|chunk| chunk.terms.iter().map(|t| ids[&**t]).collect())
        .collect();
    let mut postings: Vec<Posting> = terms.iter().map(|_| Posting::default()).collect();
    let mut doc = 0u32;
    for (chunk, global) in chunks.iter().zip(&global) {
        for (title, body) in &chunk.pages {
            for &t in title {
                postings[global[t as usize] as usize].titles.push(doc);
            }
            for &(t, tf) in body {
                postings[global[t as usize] as usize].bodies.push((doc, tf_bucket(tf)));
            }
            doc += 1;
        }
    }
    postings
}

/// A term as its shard writes it: the JSON of its entry, and its full lists when the
/// entry has only the head.
struct TermEntry<'a> {
    term: &'a str,
    json: Vec<u8>,
    full: Option<Vec<u8>>,
}

impl<'a> TermEntry<'a> {
    fn new(term: &'a str, posting: &Posting) -> TermEntry<'a> {
        let pages = count_union(&posting.titles, &posting.bodies);
        let titles = encode_titles(&posting.titles);
        let bodies = encode_bodies(&posting.bodies);
        if titles.len() + bodies.len() <= INLINE_POSTING_BYTES {
            let json = serde_json::to_vec(&(term, pages, titles, bodies)).expect("entry");
            return TermEntry { term, json, full: None };
        }
        let head = best_pages(posting);
        let head_titles: Vec<u32> = posting
            .titles
            .iter()
            .copied()
            .filter(|d| head.binary_search(d).is_ok())
            .collect();
        let head_bodies: Vec<(u32, u8)> = posting
            .bodies
            .iter()
            .copied()
            .filter(|(d, _)| head.binary_search(d).is_ok())
            .collect();
        TermEntry {
            term,
            // The `p/` number is appended when the shards are laid out.
            json: serde_json::to_vec(&(
                term,
                pages,
                encode_titles(&head_titles),
                encode_bodies(&head_bodies),
            ))
            .expect("entry"),
            full: Some(serde_json::to_vec(&(titles, bodies)).expect("posting file")),
        }
    }
}

/// The number of pages in either list (both ascending).
fn count_union(titles: &[u32], bodies: &[(u32, u8)]) -> u32 {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < titles.len() || j < bodies.len() {
        match (titles.get(i), bodies.get(j).map(|b| b.0)) {
            (Some(&t), Some(b)) if t == b => (i, j) = (i + 1, j + 1),
            (Some(&t), Some(b)) if t < b => i += 1,
            (Some(_), None) => i += 1,
            _ => j += 1,
        }
        n += 1;
    }
    n
}

/// The [`HEAD_DOCS`] pages a term ranks highest in (title first, then body tf bucket, then
/// the lower id), ascending. Linear: pages fall in eight classes, taken best class first.
fn best_pages(posting: &Posting) -> Vec<u32> {
    let classed = merge_classes(&posting.titles, &posting.bodies);
    let mut per_class = [0usize; 8];
    for &(_, class) in &classed {
        per_class[class as usize] += 1;
    }
    // Take every page of the classes above `cut`, and the first `room` pages of `cut`.
    let (mut cut, mut room) = (0, HEAD_DOCS);
    for class in (0..8).rev() {
        if per_class[class] >= room {
            cut = class;
            break;
        }
        room -= per_class[class];
    }
    classed
        .into_iter()
        .filter(|&(_, class)| {
            let take = class as usize > cut || (class as usize == cut && room > 0);
            if class as usize == cut && take {
                room -= 1;
            }
            take
        })
        .map(|(doc, _)| doc)
        .collect()
}

/// Every page of a term in id order with its class: 4 if in the title, plus the body bucket.
fn merge_classes(titles: &[u32], bodies: &[(u32, u8)]) -> Vec<(u32, u8)> {
    let mut out = Vec::with_capacity(titles.len().max(bodies.len()));
    let (mut i, mut j) = (0, 0);
    loop {
        let next = match (titles.get(i), bodies.get(j)) {
            (Some(&t), Some(&(b, bucket))) if t == b => (i, j) = (i + 1, j + 1),
            _ => {}
        };
        let _ = next;
        break;
    }
    out
}

/// Lays the entries out in shards of about [`TERM_SHARD_BYTES`]: returns each shard's first
/// term, the shard files and the `p/` files.
fn shard_terms(entries: Vec<TermEntry>) -> (Vec<String>, Vec<Vec<u8>>, Vec<Vec<u8>>) {
    let (mut firsts, mut shards, mut posting_files) = (Vec::new(), Vec::new(), Vec::new());
    let mut shard: Vec<u8> = Vec::new();
    for entry in entries {
        if !shard.is_empty() && shard.len() + entry.json.len() + 2 > TERM_SHARD_BYTES {
            shard.push(b']');
            shards.push(std::mem::take(&mut shard));
        }
        if shard.is_empty() {
            firsts.push(entry.term.to_owned());
            shard.push(b'[');
        } else {
            shard.push(b',');
        }
        match entry.full {
            None => shard.extend_from_slice(&entry.json),
            Some(full) => {
                // The entry's closing `]` gives way to `,<p>]`.
                shard.extend_from_slice(&entry.json[..entry.json.len() - 1]);
                shard.extend_from_slice(format!(",{}]", posting_files.len()).as_bytes());
                posting_files.push(full);
            }
        }
    }
    if !shard.is_empty() {
        shard.push(b']');
        shards.push(shard);
    }
    (firsts, shards, posting_files)
}

/// `d/<n>.json`: `[url, title, summary]` of each page in the chunk.
fn doc_shard(chunk: &[&SearchDoc]) -> Vec<u8> {
    let rows: Vec<(&str, &str, &str)> = chunk
        .iter()
        .map(|d| (d.url.as_str(), d.title.as_str(), d.summary.as_str()))
        .collect();
    serde_json::to_vec(&rows).expect("doc shard")
}

/// The Firefox/rustc hash: the maps here are keyed by short words and hashed tens of millions
/// of times per build, where SipHash's protection against crafted keys buys nothing.
#[derive(Default, Clone, Copy)]
struct FxHasher(u64);

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.add(u64::from_le_bytes(chunk.try_into().expect("8 bytes")));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(last));
        }
    }

    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }

    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    fn finish(&self) -> u64 {
        // The table index is the hash's low bits; after a multiply they depend only on the
        // low bits of the input, i.e. on a word's first letters, which Vietnamese words share.
        self.0.rotate_left(26)
    }
}

type FxHashMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;
type FxHashSet<K> = HashSet<K, BuildHasherDefault<FxHasher>>;
