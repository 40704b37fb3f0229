//! Building a language's index: fold and count every page's words, invert them into posting
//! lists, and cut the sorted terms and the pages into shards (the layout is in `mod.rs`).
//!
//! Everything is ordered by value (pages by URL, terms by [`term_cmp`]), never by hash-map
//! iteration, so the same pages give byte-identical files whatever order they come in.

use std::collections::{HashMap, HashSet};

use rayon::prelude::*;

use super::codec::{encode_bodies, encode_titles, tf_bucket};
use super::fold::{fold_into, term_cmp, words};
use super::{
    DOCS_PER_SHARD, FORMAT_VERSION, HEAD_DOCS, INLINE_POSTING_BYTES, MAX_PREFIX_SHARDS,
    MAX_QUERY_WORDS, MIN_PREFIX_CHARS, Meta, SearchDoc, SearchIndex, TERM_SHARD_BYTES,
};

/// Builds the search index of one language's pages.
pub fn build_index(docs: &[SearchDoc]) -> SearchIndex {
    let mut order: Vec<&SearchDoc> = docs.iter().collect();
    order.par_sort_by(|a, b| {
        (&a.url, &a.title, &a.summary, &a.text).cmp(&(&b.url, &b.title, &b.summary, &b.text))
    });

    let folded: Vec<(String, String)> = order
        .par_iter()
        .map(|doc| {
            let (mut title, mut text) = (String::new(), String::with_capacity(doc.text.len()));
            fold_into(&doc.title, &mut title);
            fold_into(&doc.text, &mut text);
            (title, text)
        })
        .collect();
    let pages: Vec<PageTerms> = folded
        .par_iter()
        .map(|(title, text)| PageTerms::count(title, text))
        .collect();

    let terms = sorted_terms(&pages);
    let postings = invert(&pages, &terms);
    let entries: Vec<TermEntry> = terms
        .par_iter()
        .zip(postings.par_iter())
        .map(|(term, posting)| TermEntry::new(term, posting))
        .collect();

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
    SearchIndex { files }
}

/// One page's distinct title terms and body terms with their counts, borrowed from its
/// folded text.
struct PageTerms<'a> {
    title: Vec<&'a str>,
    body: Vec<(&'a str, u32)>,
}

impl<'a> PageTerms<'a> {
    fn count(title: &'a str, text: &'a str) -> PageTerms<'a> {
        let mut title: Vec<&str> = words(title).collect();
        title.sort_unstable();
        title.dedup();
        let mut counts: HashMap<&str, u32> = HashMap::new();
        for word in words(text) {
            *counts.entry(word).or_insert(0) += 1;
        }
        let mut body: Vec<(&str, u32)> = counts.into_iter().collect();
        body.sort_unstable();
        PageTerms { title, body }
    }

    fn terms(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.title
            .iter()
            .copied()
            .chain(self.body.iter().map(|&(t, _)| t))
    }
}

/// Every term of every page, once, in index order.
fn sorted_terms<'a>(pages: &[PageTerms<'a>]) -> Vec<&'a str> {
    let set = pages
        .par_iter()
        .fold(HashSet::new, |mut set: HashSet<&str>, page| {
            set.extend(page.terms());
            set
        })
        .reduce(HashSet::new, |mut a, b| {
            let (big, small) = if a.len() >= b.len() { (a, b) } else { (b, a) };
            a = big;
            a.extend(small);
            a
        });
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

/// Posting lists for `terms` (pages in ascending order, as they are visited).
fn invert(pages: &[PageTerms], terms: &[&str]) -> Vec<Posting> {
    let ids: HashMap<&str, u32> = terms.iter().enumerate().map(|(i, &t)| (t, i as u32)).collect();
    let page_ids: Vec<(Vec<u32>, Vec<(u32, u8)>)> = pages
        .par_iter()
        .map(|page| {
            let title = page.title.iter().map(|t| ids[t]).collect();
            let body = page
                .body
                .iter()
                .map(|&(t, tf)| (ids[t], tf_bucket(tf)))
                .collect();
            (title, body)
        })
        .collect();
    let mut postings: Vec<Posting> = terms.iter().map(|_| Posting::default()).collect();
    for (doc, (title, body)) in page_ids.iter().enumerate() {
        let doc = doc as u32;
        for &t in title {
            postings[t as usize].titles.push(doc);
        }
        for &(t, bucket) in body {
            postings[t as usize].bodies.push((doc, bucket));
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

/// The [`HEAD_DOCS`] pages a term ranks highest in (title first, then body tf, then the
/// lower id), ascending.
fn best_pages(posting: &Posting) -> Vec<u32> {
    let mut scored: Vec<(bool, u8, u32)> = posting
        .bodies
        .iter()
        .map(|&(d, b)| (posting.titles.binary_search(&d).is_ok(), b, d))
        .collect();
    scored.extend(
        posting
            .titles
            .iter()
            .filter(|d| posting.bodies.binary_search_by_key(d, |b| b.0).is_err())
            .map(|&d| (true, 0, d)),
    );
    scored.sort_unstable_by(|a, b| (b.0, b.1, a.2).cmp(&(a.0, a.1, b.2)));
    let mut head: Vec<u32> = scored.iter().take(HEAD_DOCS).map(|s| s.2).collect();
    head.sort_unstable();
    head
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
