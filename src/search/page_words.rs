//! The indexer's fast path to a page's words: fold and split in one pass, each Latin
//! character's fold read from a table. Folding is most of the indexing time.
//!
//! It covers text made only of characters that NFC leaves alone and that never combine with
//! a neighbour — ASCII, the Latin blocks, general punctuation, Hangul syllables — which is
//! nearly all of a Vietnamese, English or Korean site. Any other character sends the page
//! down the general path ([`fold_into`] then [`words`]), with the same result.

use std::ops::Range;
use std::sync::OnceLock;

use super::fold::{fold_into, fold_nfc, truncate_term, words};

/// A page's folded words: `buf` holds them and `spans` says where each one is.
#[derive(Default)]
pub(crate) struct PageWords {
    buf: String,
    spans: Vec<Range<usize>>,
}

impl PageWords {
    /// Folds `text` and splits it into words, replacing what was here.
    pub(crate) fn read(&mut self, text: &str) {
        self.buf.clear();
        self.spans.clear();
        if !self.read_common(text) {
            self.buf.clear();
            self.spans.clear();
            fold_into(text, &mut self.buf);
            let base = self.buf.as_ptr() as usize;
            let spans = words(&self.buf).map(|w| {
                let start = w.as_ptr() as usize - base;
                start..start + w.len()
            });
            self.spans.extend(spans);
        }
    }

    /// The words, in order, each cut to the term limit.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &str> {
        self.spans
            .iter()
            .map(|span| truncate_term(&self.buf[span.clone()]))
    }

    /// The fast path; false at the first character it does not cover.
    fn read_common(&mut self, text: &str) -> bool {
        let table = latin_table();
        let mut word: Option<usize> = None;
        for c in text.chars() {
            let folded = match c {
                '\0'..='\u{7f}' => {
                    if c.is_ascii_alphanumeric() {
                        word.get_or_insert(self.buf.len());
                        self.buf.push(c.to_ascii_lowercase());
                        continue;
                    }
                    None
                }
                '\u{80}'..='\u{24f}' => table[c as usize - 0x80].as_ref(),
                '\u{1e00}'..='\u{1eff}' => table[c as usize - 0x1e00 + LATIN_1E00].as_ref(),
                '\u{ac00}'..='\u{d7a3}' => {
                    word.get_or_insert(self.buf.len());
                    self.buf.push(c);
                    continue;
                }
                // General punctuation (dashes, quotes, ellipsis): never part of a word.
                '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205e}' => None,
                _ => return false,
            };
            match folded {
                Some(&Fold::Letter(letter)) => {
                    word.get_or_insert(self.buf.len());
                    self.buf.push(letter);
                }
                Some(Fold::Letters(letters)) => {
                    word.get_or_insert(self.buf.len());
                    self.buf.push_str(letters);
                }
                Some(Fold::Slow) => return false,
                None => {
                    if let Some(start) = word.take() {
                        self.spans.push(start..self.buf.len());
                    }
                }
            }
        }
        if let Some(start) = word {
            self.spans.push(start..self.buf.len());
        }
        true
    }
}

/// How a character of the Latin blocks folds, if it is part of words (`None` if it is not).
enum Fold {
    Letter(char),
    Letters(Box<str>),
    /// Folds to a mix of word and non-word characters; no such character is known, but the
    /// general path would handle one.
    Slow,
}

/// Where U+1E00 starts in [`latin_table`], after U+0080 to U+024F.
const LATIN_1E00: usize = 0x250 - 0x80;

/// The fold of each character of U+0080–U+024F and U+1E00–U+1EFF, by the general rules.
fn latin_table() -> &'static [Option<Fold>] {
    static TABLE: OnceLock<Vec<Option<Fold>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        ('\u{80}'..='\u{24f}')
            .chain('\u{1e00}'..='\u{1eff}')
            .map(|c| {
                let mut folded = String::new();
                fold_nfc(std::iter::once(c), &mut folded);
                if folded.chars().all(|f| !f.is_alphanumeric()) {
                    None
                } else if folded.chars().all(char::is_alphanumeric) {
                    let mut chars = folded.chars();
                    match (chars.next(), chars.next()) {
                        (Some(letter), None) => Some(Fold::Letter(letter)),
                        _ => Some(Fold::Letters(folded.into_boxed_str())),
                    }
                } else {
                    Some(Fold::Slow)
                }
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::fold::fold;
    use unicode_normalization::{IsNormalized, is_nfc_quick};

    fn general(text: &str) -> Vec<String> {
        words(&fold(text)).map(str::to_owned).collect()
    }

    fn fast(text: &str) -> Option<Vec<String>> {
        let mut page = PageWords::default();
        page.read_common(text)
            .then(|| page.iter().map(str::to_owned).collect())
    }

    fn covered() -> impl Iterator<Item = char> {
        ('\0'..='\u{24f}')
            .chain('\u{1e00}'..='\u{1eff}')
            .chain('\u{2010}'..='\u{2027}')
            .chain('\u{2030}'..='\u{205e}')
            .chain('\u{ac00}'..='\u{d7a3}')
    }

    #[test]
    fn every_covered_character_is_nfc_stable_and_splits_like_the_general_path() {
        for c in covered() {
            let alone = c.to_string();
            assert_eq!(
                is_nfc_quick(alone.chars()),
                IsNormalized::Yes,
                "U+{:04X}",
                c as u32
            );
            let between = format!("ab{c}cd {c}");
            assert_eq!(
                fast(&between),
                Some(general(&between)),
                "U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn pages_split_like_the_general_path() {
        let texts = [
            "Đầu tư nông nghiệp — “Hậu Giang” năm 2018… ĐƯỜNG/đường",
            "Số: 33/KH-UBND; Straße, Œuvre, Ærø",
            "전라남도와 국제협력 2018",
            "",
            "  -- ",
        ];
        for text in texts {
            assert_eq!(fast(text), Some(general(text)), "{text}");
        }
    }

    #[test]
    fn other_characters_take_the_general_path_with_the_same_words() {
        let nfd = "Ha\u{323}\u{302}u Giang \u{3042}\u{3099}";
        assert_eq!(fast(nfd), None);
        let mut page = PageWords::default();
        page.read(nfd);
        assert_eq!(page.iter().collect::<Vec<_>>(), general(nfd));
        assert_eq!(page.iter().next(), Some("hau"));
        // The same buffer serves the next page.
        page.read("Hậu Giang");
        assert_eq!(page.iter().collect::<Vec<_>>(), ["hau", "giang"]);
    }
}
