//! Posting lists as short strings: the doc ids a term occurs in, delta-encoded into
//! variable-length base-32 digits that JSON carries without escaping.
//!
//! A JSON array of numbers spends two or more bytes on every doc id; here a common term
//! (in most pages, so consecutive ids are close) costs one character per page.
//!
//! Digits are `A`–`Z a`–`f` for 0–31 and end a number; `g`–`z 0`–`9 - _` are 0–31 and say
//! more digits follow. Least significant digit first.

/// The 64 digits: the first 32 end a number, the last 32 continue it.
const DIGITS: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// How often a term occurs in a page's body, in four steps: 1, 2–3, 4–7, 8 or more.
pub(crate) fn tf_bucket(tf: u32) -> u8 {
    match tf {
        0 | 1 => 0,
        2..=3 => 1,
        4..=7 => 2,
        _ => 3,
    }
}

fn push_number(out: &mut String, mut n: u64) {
    while n >= 32 {
        out.push(DIGITS[32 + (n & 31) as usize] as char);
        n >>= 5;
    }
    out.push(DIGITS[n as usize] as char);
}

fn read_numbers(s: &str) -> Option<Vec<u64>> {
    let mut numbers = Vec::new();
    let (mut n, mut shift) = (0u64, 0u32);
    for b in s.bytes() {
        let d = DIGITS.iter().position(|&x| x == b)? as u64;
        if shift > 55 {
            return None;
        }
        n |= (d & 31) << shift;
        if d < 32 {
            numbers.push(n);
            (n, shift) = (0, 0);
        } else {
            shift += 5;
        }
    }
    (shift == 0).then_some(numbers)
}

/// Doc ids (ascending) where a term is in the title: each the gap after the previous one.
pub(crate) fn encode_titles(docs: &[u32]) -> String {
    let mut out = String::new();
    let mut next = 0u32;
    for &doc in docs {
        push_number(&mut out, u64::from(doc - next));
        next = doc + 1;
    }
    out
}

/// `(doc id, tf bucket)` pairs (ascending ids) where a term is in the body: gap × 4 + bucket,
/// so a page within 8 of the previous one costs one digit.
pub(crate) fn encode_bodies(postings: &[(u32, u8)]) -> String {
    let mut out = String::new();
    let mut next = 0u32;
    for &(doc, bucket) in postings {
        push_number(&mut out, u64::from(doc - next) * 4 + u64::from(bucket));
        next = doc + 1;
    }
    out
}

/// The inverse of [`encode_titles`]; `None` for a malformed string.
pub(crate) fn decode_titles(s: &str) -> Option<Vec<u32>> {
    let mut next = 0u64;
    read_numbers(s)?
        .into_iter()
        .map(|gap| {
            let doc = next + gap;
            next = doc + 1;
            u32::try_from(doc).ok()
        })
        .collect()
}

/// The inverse of [`encode_bodies`]; `None` for a malformed string.
pub(crate) fn decode_bodies(s: &str) -> Option<Vec<(u32, u8)>> {
    let mut next = 0u64;
    read_numbers(s)?
        .into_iter()
        .map(|n| {
            let doc = next + n / 4;
            next = doc + 1;
            Some((u32::try_from(doc).ok()?, (n % 4) as u8))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn consecutive_pages_cost_one_digit_each() {
        let docs: Vec<u32> = (0..100).collect();
        assert_eq!(encode_titles(&docs).len(), 100);
        let bodies: Vec<(u32, u8)> = (0..100).map(|d| (d * 2, 3)).collect();
        assert_eq!(encode_bodies(&bodies).len(), 100);
    }

    #[test]
    fn lists_round_trip() {
        let titles = [0, 1, 5, 31, 32, 33, 1_000, 70_000, 4_000_000];
        assert_eq!(decode_titles(&encode_titles(&titles)).unwrap(), titles);
        let bodies = [(0, 0), (1, 3), (9, 1), (10_000, 2), (4_000_000, 3)];
        assert_eq!(decode_bodies(&encode_bodies(&bodies)).unwrap(), bodies);
        assert_eq!(decode_titles("").unwrap(), Vec::<u32>::new());
    }

    #[test]
    fn malformed_lists_are_rejected() {
        assert_eq!(decode_titles("g"), None, "a number cut short");
        assert_eq!(
            decode_titles("A\"B"),
            None,
            "a character outside the digits"
        );
    }

    #[test]
    fn digits_need_no_json_escaping() {
        let json = serde_json::to_string(std::str::from_utf8(DIGITS).unwrap()).unwrap();
        assert_eq!(json.len(), 66);
    }
}
