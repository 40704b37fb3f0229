//! Building a language's index: fold and count every page's words, invert them into posting
//! lists, and cut the sorted terms and the pages into shards (the layout is in `mod.rs`).
//!
//! Everything is ordered by value (pages by URL, terms by [`term_cmp`]), never by hash-map
//! iteration, so the same pages give byte-identical files whatever order they come in.

use std::borrow::Cow;
use std::hash::Hasher;

use rayon::prelude::*;

use super::codec::{encode_bodies, encode_titles, tf_bucket};
use super::fold::term_cmp;
use super::page_words::PageWords;
use super::{
    DOCS_PER_SHARD, FORMAT_VERSION, HEAD_DOCS, INLINE_POSTING_BYTES, MAX_PREFIX_SHARDS,
    MAX_QUERY_WORDS, MIN_PREFIX_CHARS, Meta, SUMMARY_CHARS, SearchDoc, SearchIndex,
    TERM_SHARD_BYTES,
};
use rustc_hash::{FxHashMap, FxHashSet, FxHasher};

/// Builds the search index of one language's pages.
pub fn build_index(docs: &[SearchDoc]) -> SearchIndex {
    let mut order: Vec<&SearchDoc> = docs.iter().collect();
    order.par_sort_by(|a, b| {
        (&a.url, &a.title, &a.summary, &a.text).cmp(&(&b.url, &b.title, &b.summary, &b.text))
    });

    let chunks: Vec<Chunk> = order.par_chunks(CHUNK_PAGES).map(Chunk::count).collect();
    let terms = sorted_terms(&chunks);
    let postings = invert(&chunks, &terms);
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
        build: build_id(&[&term_files, &posting_files, &doc_files]),
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

/// Pages counted by one task. Term ids are local to the chunk, so counting a word costs one
/// lookup in a small map that stays warm, not an insert into a map per page.
const CHUNK_PAGES: usize = 64;

/// A run of consecutive pages, counted: its terms, and each page's terms as ids into them.
struct Chunk {
    terms: Vec<Box<str>>,
    pages: Vec<PageCounts>,
}

/// A page's distinct title terms, and its body terms with how often each occurs.
struct PageCounts {
    title: Vec<u32>,
    body: Vec<(u32, u32)>,
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
            chunk.pages.push(PageCounts { title, body });
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
    let ids: FxHashMap<&str, u32> = terms
        .iter()
        .enumerate()
        .map(|(i, &t)| (t, i as u32))
        .collect();
    let global: Vec<Vec<u32>> = chunks
        .par_iter()
        .map(|chunk| chunk.terms.iter().map(|t| ids[&**t]).collect())
        .collect();
    let mut postings: Vec<Posting> = terms.iter().map(|_| Posting::default()).collect();
    let mut doc = 0u32;
    for (chunk, global) in chunks.iter().zip(&global) {
        for page in &chunk.pages {
            for &t in &page.title {
                postings[global[t as usize] as usize].titles.push(doc);
            }
            for &(t, tf) in &page.body {
                postings[global[t as usize] as usize]
                    .bodies
                    .push((doc, tf_bucket(tf)));
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
            return TermEntry {
                term,
                json,
                full: None,
            };
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
    // Take every page of the classes above `cut`, and the first `room` pages of `cut` (all
    // of them when the term has no more than HEAD_DOCS pages).
    let (mut cut, mut room, mut left) = (0, usize::MAX, HEAD_DOCS);
    for class in (0..8).rev() {
        if per_class[class] >= left {
            (cut, room) = (class, left);
            break;
        }
        left -= per_class[class];
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
    while i < titles.len() || j < bodies.len() {
        match (titles.get(i), bodies.get(j)) {
            (Some(&t), Some(&(b, bucket))) if t == b => {
                out.push((t, 4 + bucket));
                (i, j) = (i + 1, j + 1);
            }
            (Some(&t), Some(&(b, _))) if t < b => {
                out.push((t, 4));
                i += 1;
            }
            (Some(&t), None) => {
                out.push((t, 4));
                i += 1;
            }
            (_, Some(&(b, bucket))) => {
                out.push((b, bucket));
                j += 1;
            }
            (None, None) => unreachable!("the loop condition"),
        }
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
    let rows: Vec<(&str, &str, Cow<str>)> = chunk
        .iter()
        .map(|d| (d.url.as_str(), d.title.as_str(), cut_summary(&d.summary)))
        .collect();
    serde_json::to_vec(&rows).expect("doc shard")
}

/// `summary` cut to [`SUMMARY_CHARS`] characters at a space, with `…`.
fn cut_summary(summary: &str) -> Cow<'_, str> {
    match summary.char_indices().nth(SUMMARY_CHARS) {
        None => Cow::Borrowed(summary),
        Some((end, _)) => {
            let kept = &summary[..end];
            let kept = kept
                .rfind(char::is_whitespace)
                .map_or(kept, |space| &kept[..space]);
            Cow::Owned(format!("{}…", kept.trim_end()))
        }
    }
}

/// A short hash of every file's contents, in their order: the same files give the same id.
fn build_id(groups: &[&Vec<Vec<u8>>]) -> String {
    let mut hasher = FxHasher::default();
    for group in groups {
        hasher.write_u64(group.len() as u64);
        for file in group.iter() {
            hasher.write_u64(file.len() as u64);
            hasher.write(file);
        }
    }
    format!("{:016x}", hasher.finish())
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    use super::*;
    use crate::search::codec::{decode_bodies, decode_titles};
    use crate::search::synthetic;

    fn doc(url: &str, title: &str, text: &str) -> SearchDoc {
        SearchDoc {
            url: url.to_owned(),
            title: title.to_owned(),
            text: text.to_owned(),
            summary: format!("Tóm tắt {url}"),
        }
    }

    fn json(index: &SearchIndex, path: &str) -> Value {
        serde_json::from_slice(index.file(path).unwrap_or_else(|| panic!("no {path}"))).unwrap()
    }

    fn meta(index: &SearchIndex) -> Meta {
        serde_json::from_value(json(index, "meta.json")).unwrap()
    }

    /// Every term shard entry of the index, in file order.
    fn entries(index: &SearchIndex) -> Vec<Value> {
        (0..meta(index).terms.len())
            .flat_map(|n| {
                json(index, &format!("t/{n}.json"))
                    .as_array()
                    .unwrap()
                    .clone()
            })
            .collect()
    }

    fn entry(index: &SearchIndex, term: &str) -> Value {
        entries(index)
            .into_iter()
            .find(|e| e[0] == term)
            .unwrap_or_else(|| panic!("no term {term}"))
    }

    #[test]
    fn the_same_pages_in_any_order_give_byte_identical_files() {
        let mut docs = synthetic::pages(300, 150, synthetic::DEFAULT_SOURCE, 9);
        let first = build_index(&docs);
        docs.reverse();
        docs.swap(3, 170);
        assert_eq!(build_index(&docs), first);
    }

    #[test]
    fn postings_record_title_and_body_hits_with_their_frequency() {
        let index = build_index(&[
            doc(
                "/b/",
                "Đường giao thông",
                "Tuyến đường, đường và đường mới.",
            ),
            doc("/a/", "Hậu Giang", "Nông nghiệp Hậu Giang."),
            doc("/c/", "Giới thiệu", "Không có từ đó."),
        ]);
        // Pages are numbered in URL order: /a/ 0, /b/ 1, /c/ 2.
        let duong = entry(&index, "duong");
        assert_eq!(duong[1], 1, "pages with the term");
        assert_eq!(decode_titles(duong[2].as_str().unwrap()).unwrap(), [1]);
        // Three times in the body: tf bucket 1 (2–3 times).
        assert_eq!(decode_bodies(duong[3].as_str().unwrap()).unwrap(), [(1, 1)]);
        let hau = entry(&index, "hau");
        assert_eq!(decode_titles(hau[2].as_str().unwrap()).unwrap(), [0]);
        assert_eq!(decode_bodies(hau[3].as_str().unwrap()).unwrap(), [(0, 0)]);
        assert!(
            entries(&index)
                .iter()
                .all(|e| e.as_array().unwrap().len() == 4)
        );

        let docs = json(&index, "d/0.json");
        assert_eq!(
            docs[0],
            serde_json::json!(["/a/", "Hậu Giang", "Tóm tắt /a/"])
        );
        assert_eq!(docs[2][0], "/c/");
    }

    #[test]
    fn shards_hold_every_term_once_in_order_and_meta_names_their_first_terms() {
        let index = build_index(&synthetic::pages(2000, 300, synthetic::DEFAULT_SOURCE, 2));
        let meta = meta(&index);
        assert!(meta.terms.len() > 3, "{} shards", meta.terms.len());
        let mut previous: Option<String> = None;
        let mut posting_files = 0;
        for (n, first) in meta.terms.iter().enumerate() {
            let path = format!("t/{n}.json");
            assert!(
                index.file(&path).unwrap().len() <= TERM_SHARD_BYTES + 1024,
                "{path}"
            );
            let shard = json(&index, &path);
            assert_eq!(shard[0][0].as_str(), Some(first.as_str()), "{path}");
            for e in shard.as_array().unwrap() {
                let term = e[0].as_str().unwrap().to_owned();
                if let Some(p) = &previous {
                    assert_eq!(term_cmp(p, &term), std::cmp::Ordering::Less, "{p} < {term}");
                }
                if let Some(p) = e.get(4) {
                    assert_eq!(
                        p.as_u64(),
                        Some(posting_files),
                        "p/ files are numbered in order"
                    );
                    posting_files += 1;
                }
                previous = Some(term);
            }
        }
        let on_disk = index
            .files
            .iter()
            .filter(|(p, _)| p.starts_with("p/"))
            .count();
        assert_eq!(on_disk as u64, posting_files);
        assert_eq!(meta.docs, 2000);
        assert_eq!(
            meta.doc_shards as usize,
            2000_usize.div_ceil(DOCS_PER_SHARD)
        );
    }

    #[test]
    fn a_frequent_term_keeps_its_best_pages_in_the_shard_and_all_in_a_posting_file() {
        let docs: Vec<SearchDoc> = (0..400)
            .map(|i| {
                let title = if i % 80 == 7 {
                    "Hợp tác chung"
                } else {
                    "Trang"
                };
                let text = if i == 100 {
                    "chung ".repeat(9)
                } else {
                    "chung".into()
                };
                doc(&format!("/{i:03}/"), title, &text)
            })
            .collect();
        let index = build_index(&docs);
        let chung = entry(&index, "chung");
        assert_eq!(chung[1], 400);
        let p = chung[4].as_u64().expect("a posting file");
        let full = json(&index, &format!("p/{p}.json"));
        assert_eq!(
            decode_titles(full[0].as_str().unwrap()).unwrap(),
            [7, 87, 167, 247, 327]
        );
        assert_eq!(decode_bodies(full[1].as_str().unwrap()).unwrap().len(), 400);

        let head_titles = decode_titles(chung[2].as_str().unwrap()).unwrap();
        let head_bodies = decode_bodies(chung[3].as_str().unwrap()).unwrap();
        assert_eq!(head_titles, [7, 87, 167, 247, 327], "title hits come first");
        // The title pages have the term in their bodies too.
        assert_eq!(head_bodies.len(), HEAD_DOCS);
        assert!(head_bodies.contains(&(100, 3)), "then the highest tf");
        // Then the lowest ids.
        assert_eq!(&head_bodies[..3], &[(0, 0), (1, 0), (2, 0)]);
    }

    #[test]
    fn best_pages_are_title_hits_then_high_tf_then_low_ids() {
        let posting = Posting {
            titles: vec![5, 40],
            bodies: (0..60).map(|d| (d, if d == 30 { 3 } else { 0 })).collect(),
        };
        let best = best_pages(&posting);
        assert_eq!(best.len(), HEAD_DOCS);
        assert!(best.contains(&5) && best.contains(&40) && best.contains(&30));
        assert_eq!(best[..3], [0, 1, 2]);
        assert_eq!(best.last(), Some(&40));
        // A term in fewer pages keeps them all.
        let few = Posting {
            titles: vec![1],
            bodies: vec![(0, 0), (1, 2), (2, 0)],
        };
        assert_eq!(best_pages(&few), [0, 1, 2]);
    }

    #[test]
    fn long_summaries_are_cut_at_a_word() {
        let long = "Hậu Giang kêu gọi đầu tư ".repeat(20);
        let index = build_index(&[SearchDoc {
            summary: long.clone(),
            ..doc("/a/", "A", "a")
        }]);
        let shown = json(&index, "d/0.json")[0][2].as_str().unwrap().to_owned();
        assert!(shown.chars().count() <= SUMMARY_CHARS + 1, "{shown}");
        assert!(shown.ends_with("…") && long.starts_with(shown.trim_end_matches('…')));
        assert_eq!(cut_summary("Ngắn gọn."), "Ngắn gọn.");
    }

    #[test]
    fn the_build_id_changes_with_the_pages() {
        let a = meta(&build_index(&[doc("/a/", "Hậu Giang", "Nông nghiệp")])).build;
        let b = meta(&build_index(&[doc("/a/", "Hậu Giang", "Nông nghiệp")])).build;
        let c = meta(&build_index(&[doc("/a/", "Hậu Giang", "Công nghiệp")])).build;
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_eq!(a.len(), 16);
    }

    #[test]
    fn an_empty_language_has_only_meta() {
        let index = build_index(&[]);
        assert_eq!(index.files.len(), 1);
        assert_eq!(meta(&index).docs, 0);
        assert!(meta(&index).terms.is_empty());
    }

    /// The budgets on its 10,000-page corpus: the index under a quarter of the HTML
    /// (at 30 KB a page), and one search under 500 KB, whatever the query.
    #[test]
    fn ten_thousand_pages_stay_within_the_size_budgets() {
        let pages = 10_000;
        let index = build_index(&synthetic::pages(
            pages,
            700,
            synthetic::DEFAULT_SOURCE,
            2018,
        ));
        let html = pages as u64 * 30 * 1024;
        assert!(
            index.total_bytes() * 4 < html,
            "{} bytes",
            index.total_bytes()
        );
        let (largest, bytes) = index.largest_file().unwrap();
        assert!(bytes <= 64 * 1024, "{largest}: {bytes} bytes");

        let mut queries: Vec<String> = ["dau tu", "hau giang", "nong nghiep cong nghe cao", "d"]
            .map(str::to_owned)
            .to_vec();
        queries.push("ke hoach cong tac doi ngoai tren dia ban tinh hau giang nam 2018".into());
        for a in 'a'..='z' {
            for b in 'a'..='z' {
                queries.push(format!("{a}{b}"));
            }
        }
        for query in &queries {
            let outcome = crate::search::search(&index, query, crate::search::RESULTS_PER_PAGE);
            let bytes = outcome.fetched_bytes(&index);
            assert!(bytes < 500 * 1024, "{query:?} downloads {bytes} bytes");
        }
    }
}
