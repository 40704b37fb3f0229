//! The benchmark corpus: a bilingual outreach site of N Vietnamese pages and their N English
//! translations over ten sections, written from the phrase pools in `words.rs`.
//!
//! Every page is generated from its own PRNG stream (seed and page number), so the corpus
//! is byte-identical for the same seed and N, any page can be generated alone (the benches
//! do), and a link's target title is known without generating the target.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use anyhow::{Context, Result};
use rayon::prelude::*;

use super::prose::{Doc, Rng, paragraph, sentence, upper_first};
use super::words::{self, Pair, SECTIONS};

/// The seed used unless `--seed` says otherwise.
pub const DEFAULT_SEED: u64 = 2018;

/// English words a page body reaches before its last paragraph ends. The Vietnamese
/// original says the same in about 1.35 times as many (space-separated) syllables.
const TARGET_WORDS: usize = 700;

/// Pages per page of a section listing (a site of thousands of pages paginates).
const SECTION_PAGE_SIZE: usize = 20;

/// The generated files of one page.
pub struct PageFiles {
    /// Relative to `content/`: `dau-tu/du-an-…-42.md`.
    pub rel: String,
    pub vi: String,
    pub en: String,
    pub vi_words: usize,
    pub en_words: usize,
}

/// What other pages need to know about a page: where it is and what it is called.
pub struct PageMeta {
    pub section: usize,
    pub vi_title: String,
    pub en_title: String,
    /// The file stem (Vietnamese slug, unique by the page number).
    pub stem: String,
    pub en_slug: String,
    pub date: (i64, u32, u32),
    pub tags: Vec<usize>,
    pub has_code: bool,
}

/// A corpus of `pages` page pairs.
pub struct Corpus {
    pub pages: usize,
    pub seed: u64,
}

/// What [`Corpus::write`] wrote.
#[derive(Default)]
pub struct Written {
    pub files: usize,
    pub bytes: u64,
    pub vi_words: usize,
    pub en_words: usize,
}

impl Corpus {
    /// The PRNG stream `stream` of page `i` (0: metadata, 1: body).
    fn rng(&self, i: usize, stream: u64) -> Rng {
        let mut r = Rng::new(
            self.seed
                ^ (i as u64).wrapping_mul(0xA24B_AED4_963E_E407)
                ^ stream.wrapping_mul(0x9FB2_1C65_1E98_DF25),
        );
        r.next_u64();
        r
    }

    pub fn meta(&self, i: usize) -> PageMeta {
        let mut rng = self.rng(i, 0);
        let (vi_kind, en_kind) = *rng.pick(words::TITLE_KINDS);
        let topic = *rng.pick(words::TOPICS);
        let place = *rng.pick(words::PLACES);
        let date = civil_from_days(16_436 + rng.below(3_650) as i64);
        let vi_title = format!(
            "{} tại {} năm {}",
            vi_kind.replace("{}", topic.0),
            place.0,
            date.0
        );
        let en_title = upper_first(&format!(
            "{} in {}, {}",
            en_kind.replace("{}", topic.1),
            place.1,
            date.0
        ));
        let ntags = rng.between(2, 3);
        let tags = rng.distinct(ntags, words::TAGS.len());
        PageMeta {
            section: i % SECTIONS.len(),
            stem: format!("{}-{}", slug(&vi_title), i + 1),
            en_slug: format!("{}-{}", slug(&en_title), i + 1),
            vi_title,
            en_title,
            date,
            tags,
            has_code: i.is_multiple_of(5),
        }
    }

    /// A link to page `j` in both languages, optionally to its "overview" heading.
    fn page_link(&self, j: usize, anchor: bool) -> (String, String) {
        let m = self.meta(j);
        let path = format!("@/{}/{}.md", SECTIONS[m.section].dir, m.stem);
        let (va, ea) = if anchor {
            ("#tong-quan", "#overview")
        } else {
            ("", "")
        };
        (
            format!("[{}]({path}{va})", m.vi_title),
            format!("[{}]({path}{ea})", m.en_title),
        )
    }

    fn section_link(k: usize) -> (String, String) {
        let s = &SECTIONS[k];
        (
            format!("[{}](@/{}/_index.md)", s.vi_title, s.dir),
            format!("[{}](@/{}/_index.md)", s.en_title, s.dir),
        )
    }

    /// Another page than `i`, or `None` in a one-page corpus.
    fn other_page(&self, rng: &mut Rng, i: usize) -> Option<usize> {
        (self.pages > 1).then(|| (i + 1 + rng.below(self.pages - 1)) % self.pages)
    }

    /// Page `i`'s two files.
    pub fn page(&self, i: usize) -> PageFiles {
        let m = self.meta(i);
        let mut rng = self.rng(i, 1);
        let mut doc = Doc::default();

        // Two or three internal links, the first to a heading of its target.
        let links = rng.between(2, 3);
        let first = match self.other_page(&mut rng, i) {
            Some(j) => self.page_link(j, true),
            None => Self::section_link(m.section),
        };
        let second = match self.other_page(&mut rng, i) {
            Some(j) => self.page_link(j, false),
            None => Self::section_link(0),
        };
        let third = (links == 3).then(|| Self::section_link(rng.below(SECTIONS.len())));

        let intro = paragraph(&mut rng, 4, Some(first));
        doc.para(intro);
        doc.heading(2, ("Tổng quan", "Overview"));
        for _ in 0..2 {
            let n = rng.between(4, 5);
            let p = paragraph(&mut rng, n, None);
            doc.para(p);
        }
        let hs = rng.distinct(3, words::HEADINGS.len());
        doc.heading(2, words::HEADINGS[hs[0]]);
        let p = paragraph(&mut rng, 3, None);
        doc.para(p);
        doc.list(&mut rng);
        doc.heading(2, words::HEADINGS[hs[1]]);
        let p = paragraph(&mut rng, 2, None);
        doc.para(p);
        doc.table(&mut rng);
        let p = paragraph(&mut rng, 3, Some(second));
        doc.para(p);
        doc.heading(3, *rng.pick(words::SUBHEADINGS));
        let p = paragraph(&mut rng, 3, None);
        doc.para(p);
        if m.has_code {
            doc.heading(2, ("Dữ liệu mở", "Open data"));
            doc.line(
                "Dữ liệu của trang này được công bố ở dạng máy đọc được:",
                "The data on this page is published in machine-readable form:",
            );
            doc.blank();
            doc.code(i, &m);
        }
        doc.heading(2, words::HEADINGS[hs[2]]);
        let n = rng.between(3, 5);
        let p = paragraph(&mut rng, n, third);
        doc.para(p);
        while doc.en_words + 30 < TARGET_WORDS {
            let n = rng.between(2, 4);
            let p = paragraph(&mut rng, n, None);
            doc.para(p);
        }

        let tags = |lang: fn(&Pair) -> &'static str| {
            m.tags
                .iter()
                .map(|&t| q(lang(&words::TAGS[t])))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let (vi_desc, en_desc) = sentence(&mut rng);
        let (y, mo, d) = m.date;
        let vi = format!(
            "---\ntitle: {}\ndescription: {}\ndate: {y:04}-{mo:02}-{d:02}\nweight: {}\ntags: [{}]\n{}---\n{}",
            q(&m.vi_title),
            q(&vi_desc),
            i + 1,
            tags(|p| p.0),
            self.type_fields(i, &m),
            doc.vi
        );
        let en = format!(
            "---\ntitle: {}\ndescription: {}\nslug: {}\ntags: [{}]\n---\n{}",
            q(&m.en_title),
            q(&en_desc),
            m.en_slug,
            tags(|p| p.1),
            doc.en
        );
        PageFiles {
            rel: format!("{}/{}.md", SECTIONS[m.section].dir, m.stem),
            vi_words: doc.vi.split_whitespace().count(),
            en_words: doc.en_words,
            vi,
            en,
        }
    }

    /// The language-neutral fields of the section's content type, written once in the
    /// Vietnamese file (the translation inherits them): projects and partners have facts.
    fn type_fields(&self, i: usize, m: &PageMeta) -> String {
        let mut rng = self.rng(i, 2);
        match SECTIONS[m.section].page_type {
            Some("project") => {
                let area = rng.between(5, 5_000);
                let partner = (self.pages > 1).then(|| {
                    // Partner pages are those of section 1: pages 1, 11, 21…
                    let j = 1 + 10 * rng.below((self.pages - 2) / 10 + 1);
                    format!(
                        "partners: [\"@/{}/{}.md\"]\n",
                        SECTIONS[1].dir,
                        self.meta(j).stem
                    )
                });
                format!(
                    "sector: {}\ndistrict: {}\nstatus: {}\ninvestment_form: {}\narea_ha: {area}\n\
                     capital: {{ amount: {}, unit: billion, currency: VND }}\n{}",
                    rng.pick(words::SECTORS),
                    rng.pick(words::DISTRICTS),
                    rng.pick(words::STATUSES),
                    rng.pick(words::INVESTMENT_FORMS),
                    area * rng.between(2, 9),
                    partner.unwrap_or_default()
                )
            }
            Some("partner") => format!(
                "country: {}\npartner_kind: {}\nsince: {}\n",
                rng.pick(words::COUNTRIES),
                rng.pick(words::PARTNER_KINDS),
                rng.between(1995, 2020)
            ),
            _ => String::new(),
        }
    }

    /// Section `k`'s `_index.md` and `_index.en.md`.
    pub fn section(&self, k: usize) -> (String, String) {
        let s = &SECTIONS[k];
        let mut rng = Rng::new(self.seed ^ 0x5EC7_1045 ^ k as u64);
        let mut doc = Doc::default();
        // Link the section's first page when it has one.
        let link = (k < self.pages).then(|| self.page_link(k, false));
        let p = paragraph(&mut rng, 3, link);
        doc.para(p);
        let p = paragraph(&mut rng, 3, None);
        doc.para(p);
        let page_type = s
            .page_type
            .map(|t| format!("page_type: {t}\n"))
            .unwrap_or_default();
        let sort_by = if s.by_date { "date" } else { "weight" };
        let vi = format!(
            "---\ntitle: {}\ndescription: {}\nweight: {}\nsort_by: {sort_by}\npaginate_by: {SECTION_PAGE_SIZE}\n{page_type}{}---\n{}",
            q(s.vi_title),
            q(s.vi_description),
            k + 1,
            s.extra,
            doc.vi
        );
        let en = format!(
            "---\ntitle: {}\ndescription: {}\nslug: {}\n---\n{}",
            q(s.en_title),
            q(s.en_description),
            s.en_slug,
            doc.en
        );
        (vi, en)
    }

    /// The home page's `_index.md` and `_index.en.md`.
    pub fn home(&self) -> (String, String) {
        let mut rng = Rng::new(self.seed ^ 0x40E);
        let mut doc = Doc::default();
        doc.line(
            "Chào mừng quý đối tác, quý nhà đầu tư và bạn bè quốc tế đến với trang thông tin đối ngoại của tỉnh Hậu Giang, vùng đất trung tâm đồng bằng sông Cửu Long.",
            "Welcome, partners, investors and friends from abroad, to the external information site of Hau Giang, a province at the heart of the Mekong Delta.",
        );
        doc.blank();
        doc.heading(2, ("Chuyên mục", "Sections"));
        for k in 0..SECTIONS.len() {
            let (vi, en) = Self::section_link(k);
            doc.line(&format!("- {}", vi), &format!("- {}", en));
        }
        doc.blank();
        let p = paragraph(&mut rng, 4, None);
        doc.para(p);
        let vi = format!(
            "---\ntitle: {}\ndescription: {}\n---\n{}",
            q("Thông tin đối ngoại tỉnh Hậu Giang"),
            q(
                "Cổng thông tin đối ngoại của tỉnh Hậu Giang dành cho đối tác và nhà đầu tư nước ngoài."
            ),
            doc.vi
        );
        let en = format!(
            "---\ntitle: {}\ndescription: {}\n---\n{}",
            q("Hau Giang External Information"),
            q("Hau Giang Province's portal for foreign partners and investors."),
            doc.en
        );
        (vi, en)
    }

    pub fn site_yaml(&self) -> String {
        let mut y = format!(
            "# A generated benchmark corpus: {} pages in Vietnamese and English, seed {}.\n\
             # Made by `cargo run --release --example corpus -- --pages {} --out DIR`.\n",
            self.pages, self.seed, self.pages
        );
        y.push_str(
            "title:\n  vi: \"Thông tin đối ngoại Hậu Giang\"\n  en: \"Hau Giang External Information\"\n\
             description:\n  vi: \"Cổng thông tin đối ngoại của tỉnh Hậu Giang dành cho đối tác và nhà đầu tư nước ngoài.\"\n  \
             en: \"Hau Giang Province's portal for foreign partners and investors.\"\n\
             base_url: \"https://corpus.example.org\"\n\
             default_language: vi\n\
             languages:\n  vi: { name: \"Tiếng Việt\", locale: vi-VN }\n  en: { name: \"English\", locale: en-GB, missing: fallback }\n\
             theme: default\n\
             menu:\n",
        );
        for s in SECTIONS {
            let _ = writeln!(
                y,
                "  - {{ page: \"@/{}/_index.md\", title: {{ vi: {}, en: {} }} }}",
                s.dir,
                q(s.vi_menu),
                q(s.en_menu)
            );
        }
        // A page per tag, sector, district and partner country, in both languages.
        y.push_str(
            "taxonomies:\n  \
             tags: { title: { vi: \"Từ khóa\", en: \"Tags\" }, slug: { vi: tu-khoa, en: tags }, paginate_by: 10 }\n  \
             sector: { title: { vi: \"Lĩnh vực đầu tư\", en: \"Investment sectors\" }, slug: { vi: linh-vuc, en: sectors } }\n  \
             district: { title: { vi: \"Địa bàn\", en: \"Locations\" }, slug: { vi: dia-ban, en: locations } }\n  \
             country: { title: { vi: \"Quốc gia đối tác\", en: \"Partner countries\" }, slug: { vi: quoc-gia, en: countries } }\n",
        );
        y.push_str(
            "extra:\n  contact:\n    sample: true\n    organisation:\n      vi: \"Sở Ngoại vụ tỉnh Hậu Giang\"\n      en: \"Hau Giang Department of Foreign Affairs\"\n    \
             address:\n      vi: \"Thành phố Vị Thanh, tỉnh Hậu Giang, Việt Nam\"\n      en: \"Vi Thanh City, Hau Giang Province, Viet Nam\"\n    \
             email: \"songoaivu@haugiang.example.org\"\n",
        );
        y
    }

    /// Writes the site into `dir` (which the caller has checked), copying the theme from
    /// `theme_from`.
    pub fn write(&self, dir: &Path, theme_from: &Path) -> Result<Written> {
        let content = dir.join("content");
        create_dir(&content)?;
        let mut written = Written::default();
        let mut put = |rel: &Path, text: &str| -> Result<()> {
            let path = dir.join(rel);
            fs::write(&path, text)
                .with_context(|| format!("failed to write `{}`", path.display()))?;
            written.files += 1;
            written.bytes += text.len() as u64;
            Ok(())
        };
        put(Path::new("site.yaml"), &self.site_yaml())?;
        // The theme's types take their districts and countries from the site's data:
        // the example site's lists, which the generated pages use.
        create_dir(&content.join("_data"))?;
        put(
            Path::new("content/_data/districts.yaml"),
            include_str!("../../content/_data/districts.yaml"),
        )?;
        put(
            Path::new("content/_data/countries.yaml"),
            include_str!("../../content/_data/countries.yaml"),
        )?;
        let (vi, en) = self.home();
        put(Path::new("content/_index.md"), &vi)?;
        put(Path::new("content/_index.en.md"), &en)?;
        for (k, s) in SECTIONS.iter().enumerate() {
            create_dir(&content.join(s.dir))?;
            let (vi, en) = self.section(k);
            put(&Path::new("content").join(s.dir).join("_index.md"), &vi)?;
            put(&Path::new("content").join(s.dir).join("_index.en.md"), &en)?;
        }
        let (files, bytes) = copy_dir(theme_from, &dir.join("themes").join("default"))?;
        written.files += files;
        written.bytes += bytes;

        let pages = (0..self.pages)
            .into_par_iter()
            .map(|i| -> Result<(u64, usize, usize)> {
                let p = self.page(i);
                let vi_path = content.join(&p.rel);
                let en_path = vi_path.with_extension("en.md");
                for (path, text) in [(&vi_path, &p.vi), (&en_path, &p.en)] {
                    fs::write(path, text)
                        .with_context(|| format!("failed to write `{}`", path.display()))?;
                }
                Ok(((p.vi.len() + p.en.len()) as u64, p.vi_words, p.en_words))
            })
            .collect::<Result<Vec<_>>>()?;
        for (bytes, vi_words, en_words) in pages {
            written.files += 2;
            written.bytes += bytes;
            written.vi_words += vi_words;
            written.en_words += en_words;
        }
        Ok(written)
    }
}

/// A file-name slug: ASCII, lowercase, words joined by `-` (`Hậu Giang` → `hau-giang`).
pub fn slug(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in deunicode::deunicode(text).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// A YAML double-quoted string.
fn q(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// (year, month, day) of a day count since 1970-01-01 (Howard Hinnant's algorithm).
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

fn create_dir(path: &Path) -> Result<()> {
    fs::create_dir_all(path).with_context(|| format!("failed to create `{}`", path.display()))
}

/// Copies a folder tree in name order; returns files and bytes copied.
fn copy_dir(from: &Path, to: &Path) -> Result<(usize, u64)> {
    create_dir(to)?;
    let mut entries: Vec<_> = fs::read_dir(from)
        .with_context(|| format!("failed to read `{}`", from.display()))?
        .collect::<std::io::Result<_>>()
        .with_context(|| format!("failed to read `{}`", from.display()))?;
    entries.sort_by_key(|e| e.file_name());
    let (mut files, mut bytes) = (0, 0);
    for e in entries {
        let target = to.join(e.file_name());
        if e.file_type()?.is_dir() {
            let (f, b) = copy_dir(&e.path(), &target)?;
            files += f;
            bytes += b;
        } else {
            bytes += fs::copy(e.path(), &target).with_context(|| {
                format!(
                    "failed to copy `{}` to `{}`",
                    e.path().display(),
                    target.display()
                )
            })?;
            files += 1;
        }
    }
    Ok((files, bytes))
}
