//! The corpus's prose: a fixed PRNG, and Vietnamese and English Markdown written side by
//! side from the same random choices (sentences, paragraphs, lists, tables, code blocks),
//! so the English page translates the Vietnamese one.

use super::corpus::PageMeta;
use super::words::{self, Pair};

/// SplitMix64: small, fast, and fixed here so the corpus never changes with a crate update.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// A number in `lo..=hi`.
    pub fn between(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// `k` distinct indices of `0..n`.
    pub fn distinct(&mut self, k: usize, n: usize) -> Vec<usize> {
        let mut out = Vec::with_capacity(k);
        while out.len() < k.min(n) {
            let i = self.below(n);
            if !out.contains(&i) {
                out.push(i);
            }
        }
        out
    }
}

/// Two Markdown texts written side by side.
#[derive(Default)]
pub struct Doc {
    pub vi: String,
    pub en: String,
    /// Words of English prose so far (the page length target counts these).
    pub en_words: usize,
}

impl Doc {
    pub fn line(&mut self, vi: &str, en: &str) {
        self.en_words += en.split_whitespace().count();
        self.vi.push_str(vi);
        self.vi.push('\n');
        self.en.push_str(en);
        self.en.push('\n');
    }

    pub fn blank(&mut self) {
        self.line("", "");
    }

    pub fn para(&mut self, (vi, en): (String, String)) {
        self.line(&vi, &en);
        self.blank();
    }

    pub fn heading(&mut self, level: usize, (vi, en): Pair) {
        let hashes = "#".repeat(level);
        self.line(&format!("{hashes} {vi}"), &format!("{hashes} {en}"));
        self.blank();
    }

    /// A bullet list of four to six aims.
    pub fn list(&mut self, rng: &mut Rng) {
        let n = rng.between(4, 6);
        for k in 0..n {
            let o = rng.pick(words::OBJECTS);
            let c = rng.pick(words::COMPLEMENTS);
            let end = if k + 1 == n { "." } else { ";" };
            self.line(
                &format!("- {} {}{end}", upper_first(o.0), c.0),
                &format!("- {} {}{end}", upper_first(o.1), c.1),
            );
        }
        self.blank();
    }

    /// A table of four or five key figures.
    pub fn table(&mut self, rng: &mut Rng) {
        self.line(
            "| Chỉ tiêu | Giá trị | Đơn vị |",
            "| Indicator | Value | Unit |",
        );
        self.line("|---|---:|---|", "|---|---:|---|");
        let n = rng.between(4, 5);
        for r in rng.distinct(n, words::METRICS.len()) {
            let (vi, en, vi_unit, en_unit, max) = words::METRICS[r];
            let tenths = rng.below(max as usize * 10) + 10;
            self.line(
                &format!("| {vi} | {} | {vi_unit} |", number(tenths, '.', ',')),
                &format!("| {en} | {} | {en_unit} |", number(tenths, ',', '.')),
            );
        }
        self.blank();
    }

    /// A fenced code block: YAML, Rust or JSON in turn.
    pub fn code(&mut self, i: usize, m: &PageMeta) {
        let key = &m.stem;
        let (y, mo, d) = m.date;
        let area = 10 + i % 990;
        let (lang, vi, en) = match (i / 5) % 3 {
            0 => (
                "yaml",
                format!(
                    "# Dữ liệu mở của trang\nkey: {key}\ndate: {y:04}-{mo:02}-{d:02}\narea_ha: {area}\ncapital: {{ amount: {}, unit: billion, currency: VND }}\npartners: [\"@/doi-tac/_index.md\"]\n",
                    area * 7
                ),
                format!(
                    "# The page's open data\nkey: {key}\ndate: {y:04}-{mo:02}-{d:02}\narea_ha: {area}\ncapital: {{ amount: {}, unit: billion, currency: VND }}\npartners: [\"@/doi-tac/_index.md\"]\n",
                    area * 7
                ),
            ),
            1 => {
                let code = |comment: &str| {
                    format!(
                        "// {comment}\nuse serde::Deserialize;\n\n#[derive(Deserialize)]\nstruct Project {{\n    key: String,\n    area_ha: f64,\n    capital_billion_vnd: u32,\n}}\n\nfn total_area(projects: &[Project]) -> f64 {{\n    projects.iter().map(|p| p.area_ha).sum()\n}}\n\nfn main() {{\n    let p = Project {{ key: \"{key}\".into(), area_ha: {area}.0, capital_billion_vnd: {} }};\n    println!(\"{{}}: {{}} ha\", p.key, total_area(&[p]));\n}}\n",
                        area * 7
                    )
                };
                (
                    "rust",
                    code("Đọc dữ liệu mở của tỉnh"),
                    code("Reading the province's open data"),
                )
            }
            _ => {
                let code = |lang: &str| {
                    format!(
                        "{{\n  \"key\": \"{key}\",\n  \"lang\": \"{lang}\",\n  \"date\": \"{y:04}-{mo:02}-{d:02}\",\n  \"area_ha\": {area},\n  \"tags\": [{}]\n}}\n",
                        m.tags
                            .iter()
                            .map(|&t| {
                                let tag = if lang == "vi" {
                                    words::TAGS[t].0
                                } else {
                                    words::TAGS[t].1
                                };
                                format!("\"{tag}\"")
                            })
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                };
                ("json", code("vi"), code("en"))
            }
        };
        self.line(&format!("```{lang}"), &format!("```{lang}"));
        self.vi.push_str(&vi);
        self.en.push_str(&en);
        self.line("```", "```");
        self.blank();
    }
}

/// One sentence in both languages.
pub fn sentence(rng: &mut Rng) -> (String, String) {
    let s = *rng.pick(words::SUBJECTS);
    let v = *rng.pick(words::VERBS);
    let o = *rng.pick(words::OBJECTS);
    let c = *rng.pick(words::COMPLEMENTS);
    match rng.below(6) {
        0 | 1 => (
            format!("{} {} {} {}.", upper_first(s.0), v.0, o.0, c.0),
            format!("{} {} {} {}.", upper_first(s.1), v.1, o.1, c.1),
        ),
        2 => {
            let year = 2015 + rng.below(10);
            (
                format!("Năm {year}, {} {} {} {}.", s.0, v.0, o.0, c.0),
                format!("In {year}, {} {} {} {}.", s.1, v.1, o.1, c.1),
            )
        }
        3 => (
            format!(
                "Theo kế hoạch, {} sẽ tiếp tục được triển khai {}.",
                o.0, c.0
            ),
            format!("Under the plan, work on {} will continue {}.", o.1, c.1),
        ),
        4 => (
            format!(
                "Kết quả bước đầu cho thấy {} đã góp phần quan trọng vào phát triển kinh tế - xã hội của tỉnh.",
                o.0
            ),
            format!(
                "Early results show that {} has made an important contribution to the province's economic and social development.",
                o.1
            ),
        ),
        _ => {
            let o2 = *rng.pick(words::OBJECTS);
            (
                format!("{} {} {} và {} {}.", upper_first(s.0), v.0, o.0, o2.0, c.0),
                format!("{} {} {} and {} {}.", upper_first(s.1), v.1, o.1, o2.1, c.1),
            )
        }
    }
}

/// `n` sentences, then a sentence carrying `link` if there is one.
pub fn paragraph(rng: &mut Rng, n: usize, link: Option<(String, String)>) -> (String, String) {
    let mut vi = Vec::with_capacity(n + 1);
    let mut en = Vec::with_capacity(n + 1);
    for _ in 0..n {
        let (v, e) = sentence(rng);
        vi.push(v);
        en.push(e);
    }
    if let Some((vl, el)) = link {
        let (vs, es) = *rng.pick(words::LINK_SENTENCES);
        vi.push(vs.replace("{}", &vl));
        en.push(es.replace("{}", &el));
    }
    (vi.join(" "), en.join(" "))
}

/// `tenths` / 10 with a thousands separator and a decimal mark.
pub fn number(tenths: usize, thousands: char, decimal: char) -> String {
    let whole = (tenths / 10).to_string();
    let mut out = String::new();
    for (k, c) in whole.chars().enumerate() {
        if k > 0 && (whole.len() - k).is_multiple_of(3) {
            out.push(thousands);
        }
        out.push(c);
    }
    if !tenths.is_multiple_of(10) {
        out.push(decimal);
        out.push(char::from(b'0' + (tenths % 10) as u8));
    }
    out
}

pub fn upper_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
