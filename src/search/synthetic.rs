//! Synthetic Vietnamese pages for measuring the search index: how big it gets and what one
//! search downloads on a 10,000-page site. Used by the size tests and benchmarks.
//!
//! Text is runs of words from a source text (by default a passage of the province's 2018
//! external-affairs plan) mixed with the long tail a real site has and a small source lacks:
//! rarer syllables in every tone, foreign names, years, amounts and document numbers.
//! The same arguments give the same pages.

use rayon::prelude::*;
use unicode_normalization::UnicodeNormalization;

use super::SearchDoc;
use super::fold::{fold, words};

/// A passage of Hậu Giang's 2018 external-affairs plan (Kế hoạch 33/KH-UBND).
pub const DEFAULT_SOURCE: &str = "Thực hiện Công văn số 107/VPCP-QHQT ngày 10 tháng 01 năm 2018 \
của Văn phòng Chính phủ về công tác đối ngoại năm 2017, phương hướng nhiệm vụ năm 2018 của các \
Bộ, ngành, địa phương, UBND tỉnh ban hành Kế hoạch công tác đối ngoại trên địa bàn tỉnh Hậu Giang \
năm 2018. Triển khai các hoạt động đối ngoại đảm bảo tích cực, hiệu quả, góp phần phục vụ sự \
nghiệp phát triển kinh tế - xã hội của tỉnh; thu hút đầu tư trực tiếp nước ngoài, nguồn vốn hỗ \
trợ phát triển chính thức và viện trợ phi chính phủ nước ngoài. Tăng cường hợp tác với các địa \
phương, tổ chức quốc tế trong lĩnh vực nông nghiệp ứng dụng công nghệ cao, chế biến nông sản, \
giáo dục, y tế, văn hóa và du lịch. Quảng bá hình ảnh, tiềm năng, thế mạnh của tỉnh Hậu Giang \
đến bạn bè quốc tế; nâng cao chất lượng công tác thông tin đối ngoại, ngoại giao kinh tế và \
ngoại giao văn hóa. Đón tiếp các đoàn khách quốc tế đến thăm và làm việc tại tỉnh; tổ chức đoàn \
công tác của tỉnh đi nước ngoài đúng quy định, tiết kiệm, hiệu quả. Khu nông nghiệp ứng dụng \
công nghệ cao Hậu Giang kêu gọi nhà đầu tư trong các lĩnh vực trồng trọt, chăn nuôi, thủy sản \
và logistics; đường giao thông, cảng sông và khu công nghiệp được quy hoạch đồng bộ.";

/// SplitMix64, fixed here so the pages never change with a crate update.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// True `percent` times in a hundred.
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

/// Words drawn with Zipf's law (the `r`-th most common word `1/r` as often as the first),
/// as words are in real text.
struct Zipf {
    words: Vec<String>,
    cumulative: Vec<f64>,
}

impl Zipf {
    fn new(words: Vec<String>) -> Zipf {
        let mut total = 0.0;
        let cumulative = (1..=words.len())
            .map(|rank| {
                total += 1.0 / rank as f64;
                total
            })
            .collect();
        Zipf { words, cumulative }
    }

    fn pick(&self, rng: &mut Rng) -> &str {
        let total = self.cumulative.last().copied().unwrap_or(0.0);
        let x = (rng.next() >> 11) as f64 / (1u64 << 53) as f64 * total;
        let i = self.cumulative.partition_point(|&c| c < x);
        &self.words[i.min(self.words.len() - 1)]
    }
}

const INITIALS: &[&str] = &[
    "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh",
    "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x",
];
const RHYMES: &[&str] = &[
    "a", "ai", "am", "an", "ang", "anh", "ao", "au", "ay", "ăm", "ăn", "ăng", "ăt", "âm", "ân",
    "âng", "âu", "ây", "ât", "e", "em", "en", "eo", "ê", "êm", "ên", "ênh", "êu", "êt", "i", "ia",
    "im", "in", "inh", "it", "iu", "iêm", "iên", "iêng", "iêu", "iêt", "o", "oa", "oai", "oan",
    "oang", "oanh", "oat", "oi", "om", "on", "ong", "oc", "ô", "ôi", "ôm", "ôn", "ông", "ôc", "ơ",
    "ơi", "ơm", "ơn", "ơt", "u", "ua", "uc", "ui", "um", "un", "ung", "uy", "uyên", "uôn", "uông",
    "ư", "ưa", "ưc", "ưi", "ưng", "ươi", "ươn", "ương", "ươc", "ưu", "y",
];
/// No mark, then huyền, sắc, hỏi, ngã, nặng.
const TONES: &[&str] = &["", "\u{300}", "\u{301}", "\u{309}", "\u{303}", "\u{323}"];

/// Every initial × rhyme × tone, the tone on the rhyme's marked vowel (or its first one).
fn syllables(rng: &mut Rng) -> Vec<String> {
    let mut all = Vec::new();
    for initial in INITIALS {
        for rhyme in RHYMES {
            for tone in TONES {
                let at = rhyme
                    .char_indices()
                    .find(|(_, c)| "ăâêôơư".contains(*c))
                    .map_or(1, |(i, c)| i + c.len_utf8());
                let syllable = format!("{initial}{}{tone}{}", &rhyme[..at], &rhyme[at..]);
                all.push(syllable.nfc().collect());
            }
        }
    }
    shuffle(&mut all, rng);
    all
}

/// Foreign names and words (`Kasoriven`, `Mitaluse`): a long tail of rare terms.
fn foreign_names(rng: &mut Rng, n: usize) -> Vec<String> {
    const PARTS: &[&str] = &[
        "ka", "ro", "ne", "sa", "mi", "to", "lu", "ve", "da", "gi", "jo", "ha", "ri", "nu", "se",
        "ba", "ko", "ta", "li", "mo", "wan", "sung", "chen", "berg", "ton", "ville",
    ];
    (0..n)
        .map(|_| {
            let mut name = String::new();
            for _ in 0..2 + rng.below(3) {
                name.push_str(PARTS[rng.below(PARTS.len())]);
            }
            let mut chars = name.chars();
            let first = chars.next().unwrap_or('x').to_ascii_uppercase();
            std::iter::once(first).chain(chars).collect()
        })
        .collect()
}

fn shuffle<T>(items: &mut [T], rng: &mut Rng) {
    for i in (1..items.len()).rev() {
        items.swap(i, rng.below(i + 1));
    }
}

/// `n` pages of about `words_per_page` words from `source` and the long tail, seeded by `seed`.
pub fn pages(n: usize, words_per_page: usize, source: &str, seed: u64) -> Vec<SearchDoc> {
    let mut rng = Rng(seed);
    let source: Vec<&str> = source.split_whitespace().collect();
    assert!(!source.is_empty(), "synthetic pages need source words");
    let syllables = Zipf::new(syllables(&mut rng));
    let names = Zipf::new(foreign_names(&mut rng, 20_000));
    const SECTIONS: &[&str] = &[
        "dau-tu",
        "doi-tac",
        "tin-tuc",
        "su-kien",
        "nong-nghiep",
        "du-lich",
    ];

    (0..n)
        .into_par_iter()
        .map(|i| {
            let mut rng = Rng(seed ^ (i as u64 + 1).wrapping_mul(0xA076_1D64_78BD_642F));
            let mut title = String::new();
            run(&mut title, &source, 5 + rng.below(6), &mut rng);
            if rng.chance(30) {
                push_word(&mut title, syllables.pick(&mut rng));
            }
            if rng.chance(10) {
                push_word(&mut title, names.pick(&mut rng));
            }
            let title = capitalise(&title);

            let mut text = String::with_capacity(words_per_page * 6);
            let mut count = 0;
            while count < words_per_page {
                count += match rng.below(100) {
                    0..=74 => run(&mut text, &source, 4 + rng.below(13), &mut rng),
                    75..=91 => push_word(&mut text, syllables.pick(&mut rng)),
                    92..=95 => push_word(&mut text, names.pick(&mut rng)),
                    _ => push_word(&mut text, &number(&mut rng)),
                };
            }
            let summary = cut(&text, 160);
            let folded_title = fold(&title);
            let slug: Vec<&str> = words(&folded_title).take(8).collect();
            SearchDoc {
                url: format!("/{}/{}-{i}/", SECTIONS[i % SECTIONS.len()], slug.join("-")),
                title,
                text,
                summary,
            }
        })
        .collect()
}

/// Appends `word` after a space; returns 1, the words added.
fn push_word(text: &mut String, word: &str) -> usize {
    if !text.is_empty() {
        text.push(' ');
    }
    text.push_str(word);
    1
}

/// Appends `len` consecutive source words from a random place (wrapping around); returns
/// `len`.
fn run(text: &mut String, source: &[&str], len: usize, rng: &mut Rng) -> usize {
    let start = rng.below(source.len());
    for k in 0..len {
        push_word(text, source[(start + k) % source.len()]);
    }
    len
}

fn number(rng: &mut Rng) -> String {
    match rng.below(4) {
        0 => (1975 + rng.below(56)).to_string(),
        1 => (1 + rng.below(100)).to_string(),
        2 => format!("{}.{:03}", 1 + rng.below(999), rng.below(1000)),
        _ => format!("{}/QĐ-UBND", 1 + rng.below(3000)),
    }
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The text's first `max` characters, ended at a space, with `…` when it was cut.
fn cut(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        None => text.to_owned(),
        Some((end, _)) => {
            let end = text[..end].rfind(' ').unwrap_or(end);
            format!("{}…", &text[..end])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_the_same_for_the_same_seed() {
        assert_eq!(
            pages(20, 700, DEFAULT_SOURCE, 7),
            pages(20, 700, DEFAULT_SOURCE, 7)
        );
        assert_ne!(
            pages(20, 700, DEFAULT_SOURCE, 7),
            pages(20, 700, DEFAULT_SOURCE, 8)
        );
    }

    #[test]
    fn pages_have_the_words_asked_for_and_vietnamese_marks() {
        for page in pages(20, 700, DEFAULT_SOURCE, 1) {
            let n = page.text.split_whitespace().count();
            assert!((700..720).contains(&n), "{n} words");
            assert!(page.summary.chars().count() <= 161);
            assert!(page.text.contains('ệ') || page.text.contains('ộ'));
        }
    }
}
