//! Querying an index the way search.js does, file by file: the reference the JavaScript is
//! tested against, and how the build's tests measure what one search downloads.
//!
//! A query is folded and split like page text. Every word must match (AND). The last word
//! matches as a prefix while the reader is still typing it (no space after it yet), earlier
//! words match whole. Results rank by how many query words are in the title, then by a
//! body score (tf bucket weighted by how rare the word is), then by URL.

use std::collections::{BTreeMap, HashMap};

use serde_json::Value;

use super::codec::{decode_bodies, decode_titles};
use super::fold::{fold, prefix_weight, term_cmp, words};
use super::{MAX_QUERY_WORDS, MIN_PREFIX_CHARS, Meta, SearchIndex};

/// A query as search.js understands it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ParsedQuery {
    /// Words that must match a term exactly, without repeats.
    pub words: Vec<String>,
    /// The last word while it is being typed: matches every term it begins.
    pub prefix: Option<String>,
    /// Only a word too short to expand was typed: the page asks for more letters.
    pub needs_more: bool,
}

/// Splits `query` into whole words and a prefix with the limits [`build_index`] writes to
/// `meta.json`.
///
/// [`build_index`]: super::build_index
pub fn parse_query(query: &str) -> ParsedQuery {
    parse_with(query, MIN_PREFIX_CHARS, MAX_QUERY_WORDS)
}

fn parse_with(query: &str, min_prefix: usize, max_words: usize) -> ParsedQuery {
    let folded = fold(query);
    let mut tokens: Vec<&str> = words(&folded).collect();
    let typing = folded.chars().last().is_some_and(char::is_alphanumeric);
    let last = if typing { tokens.pop() } else { None };
    let mut parsed = ParsedQuery::default();
    for token in tokens {
        if !parsed.words.iter().any(|w| w == token) {
            parsed.words.push(token.to_owned());
        }
    }
    match last {
        Some(p) if prefix_weight(p) >= min_prefix => parsed.prefix = Some(p.to_owned()),
        Some(_) => parsed.needs_more = parsed.words.is_empty(),
        None => {}
    }
    if parsed.words.len() >= max_words {
        parsed.words.truncate(max_words);
        parsed.prefix = None;
    }
    parsed
}

/// One result: what search.js shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub url: String,
    pub title: String,
    pub summary: String,
}

/// What a search found and which files it fetched to find it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchOutcome {
    /// All pages that match, of which `hits` are the first.
    pub total: usize,
    pub hits: Vec<Hit>,
    /// Paths relative to the index folder, in the order first fetched, each once.
    pub fetched: Vec<String>,
    pub needs_more: bool,
    /// A prefix completion matched only through its term shard's best pages (a frequent
    /// term), so `total` is a lower bound: search.js says "at least".
    pub partial: bool,
}

impl SearchOutcome {
    /// The bytes search.js downloads for this search (uncompressed).
    pub fn fetched_bytes(&self, index: &SearchIndex) -> usize {
        self.fetched
            .iter()
            .filter_map(|path| index.file(path))
            .map(<[u8]>::len)
            .sum()
    }
}

/// The files search.js fetches to show the first page of results for `query` (starting
/// with `meta.json`, which it fetches once per page view).
pub fn files_for_query(index: &SearchIndex, query: &str) -> Vec<String> {
    search(index, query, super::RESULTS_PER_PAGE).fetched
}

/// Searches `index` for `query` and returns its first `limit` hits, reading only the files
/// search.js would fetch.
pub fn search(index: &SearchIndex, query: &str, limit: usize) -> SearchOutcome {
    let mut files = Files {
        index,
        fetched: Vec::new(),
    };
    let mut outcome = run(&mut files, query, limit).unwrap_or_default();
    outcome.fetched = files.fetched;
    outcome
}

/// The index's files, recording each fetch.
struct Files<'a> {
    index: &'a SearchIndex,
    fetched: Vec<String>,
}

impl Files<'_> {
    fn json(&mut self, path: &str) -> Option<Value> {
        if !self.fetched.iter().any(|p| p == path) {
            self.fetched.push(path.to_owned());
        }
        serde_json::from_slice(self.index.file(path)?).ok()
    }
}

/// A term shard's entry.
struct Entry {
    term: String,
    pages: u32,
    titles: String,
    bodies: String,
    /// The `p/` file with all of its pages when `titles`/`bodies` are only the head.
    full: Option<u64>,
}

fn entries(shard: &Value) -> Vec<Entry> {
    let Some(rows) = shard.as_array() else {
        return Vec::new();
    };
    rows.iter()
        .filter_map(|row| {
            Some(Entry {
                term: row.get(0)?.as_str()?.to_owned(),
                pages: u32::try_from(row.get(1)?.as_u64()?).ok()?,
                titles: row.get(2)?.as_str()?.to_owned(),
                bodies: row.get(3)?.as_str()?.to_owned(),
                full: row.get(4).and_then(Value::as_u64),
            })
        })
        .collect()
}

/// How one query word matches one page: in the title, and the best body tf bucket.
#[derive(Clone, Copy, Default)]
struct WordMatch {
    title: bool,
    body: Option<u8>,
}

/// The pages one query word matches, and how many pages its terms are in.
#[derive(Default)]
struct WordPages {
    pages: BTreeMap<u32, WordMatch>,
    df: u64,
    partial: bool,
}

impl WordPages {
    fn add(&mut self, titles: &str, bodies: &str) {
        for doc in decode_titles(titles).unwrap_or_default() {
            self.pages.entry(doc).or_default().title = true;
        }
        for (doc, bucket) in decode_bodies(bodies).unwrap_or_default() {
            let m = self.pages.entry(doc).or_default();
            m.body = m.body.max(Some(bucket));
        }
    }
}

fn run(files: &mut Files, query: &str, limit: usize) -> Option<SearchOutcome> {
    let meta: Meta = serde_json::from_value(files.json("meta.json")?).ok()?;
    if meta.version != super::FORMAT_VERSION {
        return None;
    }
    let parsed = parse_with(query, meta.min_prefix as usize, meta.max_words as usize);
    let mut outcome = SearchOutcome {
        needs_more: parsed.needs_more,
        ..SearchOutcome::default()
    };
    if parsed.words.is_empty() && parsed.prefix.is_none() {
        return Some(outcome);
    }

    // Stage 1 (fetched together by search.js): the term shards of every word.
    let mut shards: HashMap<usize, Vec<Entry>> = HashMap::new();
    let word_shards: Vec<Option<usize>> = parsed.words.iter().map(|w| shard_of(&meta, w)).collect();
    let prefix_shards: Vec<usize> = parsed
        .prefix
        .as_deref()
        .map(|p| prefix_range(&meta, p))
        .unwrap_or_default();
    for &n in word_shards.iter().flatten().chain(&prefix_shards) {
        shards.entry(n).or_insert_with(|| {
            let shard = files.json(&format!("t/{n}.json"));
            shard.as_ref().map(entries).unwrap_or_default()
        });
    }

    // Stage 2: the `p/` files of frequent terms matched exactly.
    let mut per_word: Vec<WordPages> = Vec::new();
    for (word, shard) in parsed.words.iter().zip(&word_shards) {
        let mut found = WordPages::default();
        let entry = shard.and_then(|n| shards[&n].iter().find(|e| e.term == *word));
        if let Some(entry) = entry {
            add_entry(files, &mut found, entry, true);
        }
        per_word.push(found);
    }
    if let Some(prefix) = &parsed.prefix {
        let mut found = WordPages::default();
        for n in &prefix_shards {
            for entry in shards[n]
                .iter()
                .filter(|e| e.term.starts_with(prefix.as_str()))
            {
                add_entry(files, &mut found, entry, entry.term == *prefix);
            }
        }
        per_word.push(found);
    }

    let ranked = rank(&per_word, u64::from(meta.docs));
    outcome.total = ranked.len();
    outcome.partial = per_word.iter().any(|w| w.partial);

    // Stage 3: the doc shards of the hits shown.
    let per_shard = meta.docs_per_shard.max(1) as usize;
    for &doc in ranked.iter().take(limit) {
        let doc = doc as usize;
        let rows = files.json(&format!("d/{}.json", doc / per_shard));
        let row = rows.as_ref().and_then(|r| r.get(doc % per_shard));
        let text = |i: usize| {
            row.and_then(|r| r.get(i))
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned()
        };
        outcome.hits.push(Hit {
            url: text(0),
            title: text(1),
            summary: text(2),
        });
    }
    Some(outcome)
}

fn add_entry(files: &mut Files, found: &mut WordPages, entry: &Entry, exact: bool) {
    found.df += u64::from(entry.pages);
    found.partial |= !exact && entry.full.is_some();
    match entry.full {
        Some(p) if exact => {
            let full = files.json(&format!("p/{p}.json"));
            let list = |i: usize| full.as_ref().and_then(|f| f.get(i)?.as_str());
            found.add(list(0).unwrap_or(""), list(1).unwrap_or(""));
        }
        _ => found.add(&entry.titles, &entry.bodies),
    }
}

/// The term shard that holds `term` if any shard does.
fn shard_of(meta: &Meta, term: &str) -> Option<usize> {
    let after = meta
        .terms
        .partition_point(|first| term_cmp(first, term).is_le());
    after.checked_sub(1)
}

/// The term shards holding terms that begin with `prefix`, at most `max_prefix_shards`.
fn prefix_range(meta: &Meta, prefix: &str) -> Vec<usize> {
    let start = match shard_of(meta, prefix) {
        Some(n) => n,
        None if meta.terms.first().is_some_and(|t| t.starts_with(prefix)) => 0,
        None => return Vec::new(),
    };
    let mut range = vec![start];
    for (n, first) in meta.terms.iter().enumerate().skip(start + 1) {
        if !first.starts_with(prefix) || range.len() >= meta.max_prefix_shards as usize {
            break;
        }
        range.push(n);
    }
    range
}

/// The pages every word matches, best first.
fn rank(per_word: &[WordPages], docs: u64) -> Vec<u32> {
    let Some(smallest) = per_word.iter().min_by_key(|w| w.pages.len()) else {
        return Vec::new();
    };
    let weights: Vec<u64> = per_word.iter().map(|w| rarity(docs, w.df)).collect();
    let mut scored: Vec<(u32, u64, u32)> = Vec::new();
    'pages: for &doc in smallest.pages.keys() {
        let (mut in_title, mut body) = (0u32, 0u64);
        for (word, weight) in per_word.iter().zip(&weights) {
            let Some(m) = word.pages.get(&doc) else {
                continue 'pages;
            };
            in_title += u32::from(m.title);
            body += m.body.map_or(0, |b| weight * (u64::from(b) + 1));
        }
        scored.push((in_title, body, doc));
    }
    scored.sort_unstable_by(|a, b| (b.0, b.1, a.2).cmp(&(a.0, a.1, b.2)));
    scored.into_iter().map(|s| s.2).collect()
}

/// 1 + log2(pages / pages with the word), in whole steps: a rare word counts for more.
fn rarity(docs: u64, df: u64) -> u64 {
    let ratio = docs / df.clamp(1, docs.max(1));
    1 + u64::from(ratio.max(1).ilog2())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::{MAX_PREFIX_SHARDS, SearchDoc, build_index, synthetic};

    fn doc(url: &str, title: &str, text: &str) -> SearchDoc {
        SearchDoc {
            url: url.to_owned(),
            title: title.to_owned(),
            text: text.to_owned(),
            summary: text.chars().take(160).collect(),
        }
    }

    fn site() -> SearchIndex {
        build_index(&[
            doc(
                "/dau-tu/khu-nong-nghiep/",
                "Khu nông nghiệp ứng dụng công nghệ cao Hậu Giang",
                "Khu nông nghiệp kêu gọi đầu tư vào trồng trọt và chế biến.",
            ),
            doc(
                "/tin-tuc/duong-giao-thong/",
                "Đường giao thông mới",
                "Tuyến đường nối Hậu Giang với Cần Thơ mở ra cơ hội đầu tư.",
            ),
            doc(
                "/gioi-thieu/",
                "Giới thiệu tỉnh",
                &"Hậu Giang là tỉnh nông nghiệp, đầu tư vào nông nghiệp. ".repeat(10),
            ),
            doc(
                "/doi-tac/jeollanam-do/",
                "Jeollanam-do",
                "전라남도와 협력 관계를 맺었습니다.",
            ),
        ])
    }

    fn urls(index: &SearchIndex, query: &str) -> Vec<String> {
        search(index, query, 10)
            .hits
            .into_iter()
            .map(|h| h.url)
            .collect()
    }

    #[test]
    fn queries_without_diacritics_find_vietnamese_pages() {
        let index = site();
        assert_eq!(
            urls(&index, "dau tu nong nghiep")[0],
            "/dau-tu/khu-nong-nghiep/"
        );
        assert_eq!(
            urls(&index, "Đầu tư nông nghiệp"),
            urls(&index, "dau tu nong nghiep")
        );
        assert_eq!(urls(&index, "duong"), ["/tin-tuc/duong-giao-thong/"]);
        assert_eq!(urls(&index, "HAU GIANG").len(), 3);
    }

    #[test]
    fn title_hits_rank_above_body_hits() {
        // /gioi-thieu/ says "nông nghiệp" twenty times in its body, but not in its title.
        assert_eq!(
            urls(&site(), "nong nghiep"),
            ["/dau-tu/khu-nong-nghiep/", "/gioi-thieu/"]
        );
    }

    #[test]
    fn every_word_must_match() {
        assert_eq!(
            urls(&site(), "duong can tho"),
            ["/tin-tuc/duong-giao-thong/"]
        );
        assert!(urls(&site(), "duong nong nghiep").is_empty());
    }

    #[test]
    fn the_last_word_matches_as_a_prefix_until_a_space_follows_it() {
        let index = site();
        assert_eq!(urls(&index, "nong ngh"), urls(&index, "nong nghiep"));
        assert!(urls(&index, "nong ngh ").is_empty());
        assert_eq!(urls(&index, "전라남"), ["/doi-tac/jeollanam-do/"]);
        assert_eq!(
            urls(&index, "전"),
            ["/doi-tac/jeollanam-do/"],
            "one syllable is enough"
        );
    }

    #[test]
    fn a_single_letter_waits_for_more_and_fetches_only_meta() {
        let outcome = search(&site(), "d", 10);
        assert!(outcome.needs_more);
        assert_eq!(outcome.total, 0);
        assert_eq!(outcome.fetched, ["meta.json"]);
        // After another word, a one-letter last word is left out until it grows.
        assert_eq!(urls(&site(), "duong c"), urls(&site(), "duong"));
    }

    #[test]
    fn odd_input_finds_nothing_and_does_not_panic() {
        let index = site();
        let long = "đường ".repeat(1000);
        for query in [
            "",
            "   ",
            "!!!",
            "\u{301}",
            "\0",
            "🙂",
            "a b c d e f g h i j",
            &long,
        ] {
            let outcome = search(&index, query, 10);
            assert!(outcome.total <= 1, "{query:?}");
        }
        assert!(!search(&build_index(&[]), "hau giang", 10).needs_more);
        assert_eq!(search(&build_index(&[]), "hau giang", 10).total, 0);
    }

    #[test]
    fn parse_keeps_whole_words_once_and_caps_their_number() {
        let parsed = parse_query("Đầu tư, đầu tư nông ngh");
        assert_eq!(parsed.words, ["dau", "tu", "nong"]);
        assert_eq!(parsed.prefix.as_deref(), Some("ngh"));
        let many = parse_query("a1 a2 a3 a4 a5 a6 a7 a8 a9 a10");
        assert_eq!(many.words.len(), MAX_QUERY_WORDS);
        assert_eq!(many.prefix, None);
        assert_eq!(parse_query(" ").words.len(), 0);
    }

    #[test]
    fn a_frequent_word_fetches_its_posting_file_but_completions_use_the_shard() {
        let index = build_index(&synthetic::pages(600, 200, synthetic::DEFAULT_SOURCE, 3));
        let exact = files_for_query(&index, "tinh ");
        assert!(exact.iter().any(|f| f.starts_with("p/")), "{exact:?}");
        // "nghie" is no word, but "nghiep" (nghiệp) is in most pages.
        let prefix = search(&index, "nghie", 10);
        assert!(prefix.total > 0 && prefix.partial);
        assert!(!search(&index, "nghiep", 10).partial);
        assert!(
            prefix.fetched.iter().all(|f| !f.starts_with("p/")),
            "{:?}",
            prefix.fetched
        );
    }

    #[test]
    fn a_short_prefix_fetches_at_most_the_shard_limit() {
        let index = build_index(&synthetic::pages(1500, 300, synthetic::DEFAULT_SOURCE, 4));
        let meta: Meta = serde_json::from_slice(index.file("meta.json").unwrap()).unwrap();
        assert!(meta.terms.len() > MAX_PREFIX_SHARDS);
        for prefix in ["th", "ng", "tr", "ch", "20", "ka"] {
            let shards = files_for_query(&index, prefix)
                .iter()
                .filter(|f| f.starts_with("t/"))
                .count();
            assert!(
                (1..=MAX_PREFIX_SHARDS).contains(&shards),
                "{prefix}: {shards}"
            );
        }
    }
}
