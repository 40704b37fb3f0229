//! Search folding: the one definition of when two spellings are "the same word" to search.
//!
//! `Đầu tư nông nghiệp`, `dau tu nong nghiep` and `ĐẦU TƯ` all fold to the same words, so a
//! reader without a Vietnamese keyboard finds Vietnamese pages. `themes/default/static/search.js`
//! mirrors these functions character for character; `js_tests.rs` checks that it does.

use std::cmp::Ordering;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Longer words are cut to this many characters, in the index and in queries alike, so one
/// pathological token (a pasted hash, a URL) cannot make an index shard arbitrarily large.
pub const MAX_TERM_CHARS: usize = 40;

/// Latin letters that carry no combining mark to strip: `đ` is not `d` plus a mark in Unicode.
/// `Ð`/`ð` (U+00D0/U+00F0) are here because legacy Vietnamese text often has them for `Đ`/`đ`.
const LETTERS_WITHOUT_MARKS: &[(char, &str)] = &[
    ('Đ', "d"),
    ('đ', "d"),
    ('Ð', "d"),
    ('ð', "d"),
    ('Ł', "l"),
    ('ł', "l"),
    ('Ø', "o"),
    ('ø', "o"),
    ('Ħ', "h"),
    ('ħ', "h"),
    ('Ŧ', "t"),
    ('ŧ', "t"),
    ('ı', "i"),
    ('ß', "ss"),
    ('ẞ', "ss"),
    ('Æ', "ae"),
    ('æ', "ae"),
    ('Œ', "oe"),
    ('œ', "oe"),
];

/// Folds `s` for searching: NFC, then per character — Latin letters lose every combining mark
/// (all Vietnamese tone and vowel marks), `đ`/`Đ` and the letters above become plain ASCII,
/// everything is lowercased. Other scripts are only lowercased: a Hangul syllable stays one
/// syllable, kana keep their voicing marks.
///
/// Combining marks are dropped only after a Latin character, so text already decomposed
/// (NFD from a Mac, or a mark NFC cannot compose) folds like its composed spelling.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// [`fold`], appending to `out`.
pub(crate) fn fold_into(s: &str, out: &mut String) {
    if crate::text::is_nfc(s) {
        fold_nfc(s.chars(), out)
    } else {
        fold_nfc(s.nfc(), out)
    }
}

/// Folds text that is already NFC.
pub(crate) fn fold_nfc(chars: impl Iterator<Item = char>, out: &mut String) {
    let mut after_latin = true;
    for c in chars {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            after_latin = true;
        } else if is_combining_mark(c) {
            if !after_latin {
                out.push(c);
            }
        } else if let Some(&(_, plain)) = LETTERS_WITHOUT_MARKS.iter().find(|(l, _)| *l == c) {
            out.push_str(plain);
            after_latin = true;
        } else if is_latin(c) {
            decompose_canonical(c, |part| {
                if !is_combining_mark(part) {
                    out.extend(part.to_lowercase());
                }
            });
            after_latin = true;
        } else {
            out.extend(c.to_lowercase());
            after_latin = false;
        }
    }
}

/// Basic Latin to Latin Extended-B, and Latin Extended Additional (where Unicode puts the
/// precomposed Vietnamese letters such as `ậ`).
fn is_latin(c: char) -> bool {
    matches!(c, '\0'..='\u{24f}' | '\u{1e00}'..='\u{1eff}')
}

/// The words of `s`, folded: runs of letters and digits, each cut to [`MAX_TERM_CHARS`].
pub fn tokenize(s: &str) -> Vec<String> {
    words(&fold(s)).map(str::to_owned).collect()
}

/// The words of text that is already folded, borrowed from it.
pub(crate) fn words(folded: &str) -> Words<'_> {
    Words {
        text: folded,
        at: 0,
    }
}

/// The iterator of [`words`]: runs of `char::is_alphanumeric`, scanned bytewise because
/// folded text is nearly all ASCII.
pub(crate) struct Words<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Words<'a> {
    /// The first position from `self.at` whose character is alphanumeric (or is not).
    fn skip_while_not(&self, alphanumeric: bool) -> usize {
        let bytes = self.text.as_bytes();
        let mut at = self.at;
        while at < bytes.len() {
            let (is, len) = match bytes[at] {
                b if b.is_ascii() => (b.is_ascii_alphanumeric(), 1),
                _ => {
                    let c = self.text[at..].chars().next().expect("a character");
                    (c.is_alphanumeric(), c.len_utf8())
                }
            };
            if is == alphanumeric {
                break;
            }
            at += len;
        }
        at
    }
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        self.at = self.skip_while_not(true);
        if self.at >= self.text.len() {
            return None;
        }
        let start = self.at;
        self.at = self.skip_while_not(false);
        Some(truncate_term(&self.text[start..self.at]))
    }
}

pub(crate) fn truncate_term(word: &str) -> &str {
    if word.len() <= MAX_TERM_CHARS {
        return word;
    }
    match word.char_indices().nth(MAX_TERM_CHARS) {
        Some((end, _)) => &word[..end],
        None => word,
    }
}

/// How much of a word the reader has typed, for the prefix minimum: a Latin letter or digit
/// counts 1, any other character (a Hangul syllable, a CJK ideograph) 2, since one of those
/// already narrows a search as much as two letters.
pub fn prefix_weight(word: &str) -> usize {
    word.chars().map(|c| if is_latin(c) { 1 } else { 2 }).sum()
}

/// The order of terms in the index: by UTF-16 code units, which is how JavaScript's `<`
/// compares strings, so search.js can binary-search a shard with plain comparisons. (It
/// differs from `str`'s order only for characters beyond U+FFFF.)
pub fn term_cmp(a: &str, b: &str) -> Ordering {
    if a.is_ascii() && b.is_ascii() {
        return a.cmp(b);
    }
    a.encode_utf16().cmp(b.encode_utf16())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each Vietnamese vowel in its twelve forms: the base and the five tones, lower then upper.
    /// Written out rather than composed by code, so the table checks the code.
    const VOWELS: &[(&str, &str)] = &[
        ("a", "aàáảãạ AÀÁẢÃẠ"),
        ("a", "ăằắẳẵặ ĂẰẮẲẴẶ"),
        ("a", "âầấẩẫậ ÂẦẤẨẪẬ"),
        ("e", "eèéẻẽẹ EÈÉẺẼẸ"),
        ("e", "êềếểễệ ÊỀẾỂỄỆ"),
        ("i", "iìíỉĩị IÌÍỈĨỊ"),
        ("o", "oòóỏõọ OÒÓỎÕỌ"),
        ("o", "ôồốổỗộ ÔỒỐỔỖỘ"),
        ("o", "ơờớởỡợ ƠỜỚỞỠỢ"),
        ("u", "uùúủũụ UÙÚỦŨỤ"),
        ("u", "ưừứửữự ƯỪỨỬỮỰ"),
        ("y", "yỳýỷỹỵ YỲÝỶỸỴ"),
    ];

    #[test]
    fn every_vietnamese_vowel_with_every_tone_folds_to_its_base_letter() {
        let mut checked = 0;
        for (base, forms) in VOWELS {
            let forms: Vec<char> = forms.chars().filter(|c| *c != ' ').collect();
            assert_eq!(forms.len(), 12, "table row for {base}");
            for form in forms {
                let composed = form.to_string();
                let decomposed: String = composed.nfd().collect();
                assert_eq!(fold(&composed), *base, "{form} (U+{:04X})", form as u32);
                assert_eq!(fold(&decomposed), *base, "{form} written decomposed");
                checked += 1;
            }
        }
        // 12 vowels × 6 tones (none and five marks) × 2 cases.
        assert_eq!(checked, 144);
    }

    #[test]
    fn d_with_stroke_folds_to_d() {
        assert_eq!(fold("đ"), "d");
        assert_eq!(fold("Đ"), "d");
        assert_eq!(fold("ĐƯỜNG đường"), "duong duong");
        // Legacy encodings put the Icelandic eth where Vietnamese has Đ.
        assert_eq!(fold("Ðà Nẵng"), "da nang");
    }

    #[test]
    fn vietnamese_phrases_fold_to_what_a_reader_types_without_marks() {
        assert_eq!(fold("Hậu Giang"), fold("hau giang"));
        assert_eq!(fold("Hậu Giang"), "hau giang");
        assert_eq!(fold("đường"), "duong");
        assert_eq!(fold("Đầu tư nông nghiệp"), "dau tu nong nghiep");
        assert_eq!(
            tokenize("Đầu tư nông nghiệp"),
            tokenize("dau tu nong nghiep")
        );
        assert_eq!(tokenize("Khu nông nghiệp ứng dụng công nghệ cao")[3], "ung");
    }

    #[test]
    fn other_latin_scripts_lose_their_marks_too() {
        assert_eq!(
            fold("Crème Brûlée, Ångström, Łódź, São Paulo"),
            "creme brulee, angstrom, lodz, sao paulo"
        );
        assert_eq!(fold("Straße İstanbul"), "strasse istanbul");
    }

    #[test]
    fn hangul_stays_whole_syllables_even_when_written_as_jamo() {
        assert_eq!(fold("전라남도 국제협력"), "전라남도 국제협력");
        let jamo: String = "전라남도".nfd().collect();
        assert_ne!(jamo, "전라남도");
        assert_eq!(fold(&jamo), "전라남도");
        assert_eq!(tokenize("전라남도와 협력"), ["전라남도와", "협력"]);
    }

    #[test]
    fn other_scripts_are_only_lowercased() {
        assert_eq!(fold("ΑΘΗΝΑ Москва 東京 が"), "αθηνα москва 東京 が");
        // A kana voicing mark written separately is composed, not stripped.
        assert_eq!(fold("\u{304b}\u{3099}"), "が");
    }

    #[test]
    fn stray_marks_after_latin_letters_and_punctuation_are_dropped() {
        assert_eq!(fold("q\u{303}x"), "qx");
        assert_eq!(fold("\u{301}a"), "a");
        assert_eq!(tokenize("q\u{1dc4}x"), ["qx"]);
    }

    #[test]
    fn tokenize_splits_on_anything_but_letters_and_digits() {
        assert_eq!(
            tokenize("Số: 33/KH-UBND, ngày 13/3/2018 (Hậu Giang)…"),
            [
                "so", "33", "kh", "ubnd", "ngay", "13", "3", "2018", "hau", "giang"
            ]
        );
        assert!(tokenize("").is_empty());
        assert!(tokenize(" -- ?! ").is_empty());
    }

    #[test]
    fn long_tokens_are_cut_to_the_term_limit() {
        let long = "x".repeat(100);
        assert_eq!(tokenize(&long), ["x".repeat(MAX_TERM_CHARS)]);
        let long_vi = "đ".repeat(50);
        assert_eq!(tokenize(&long_vi), ["d".repeat(MAX_TERM_CHARS)]);
    }

    #[test]
    fn a_hangul_syllable_weighs_two_latin_letters() {
        assert_eq!(prefix_weight("d"), 1);
        assert_eq!(prefix_weight("du"), 2);
        assert_eq!(prefix_weight("도"), 2);
    }

    #[test]
    fn term_order_is_javascript_string_order() {
        assert_eq!(term_cmp("dau", "dua"), Ordering::Less);
        // U+FFFD sorts after U+10000 by code point, before it by UTF-16 code unit.
        assert_eq!(term_cmp("\u{fffd}", "\u{10000}"), Ordering::Greater);
    }
}
