//! The mistakes authors really make, applied one at a time to a copy of the example site:
//! for each, how many errors and warnings `outreach check` prints, and whether the first
//! one is at the mistake's own file and line. The target is one diagnostic per mistake,
//! at its place; the program exits with 1 when a mistake misses it, so CI keeps it so.
//!
//! ```text
//! cargo build --release && cargo run --release --example mistakes [-- path/to/outreach]
//! ```

use std::path::{Path, PathBuf};
use std::process::Command;

/// Where a mistake goes.
const PROJECT: &str = "content/dau-tu/khu-nong-nghiep-cong-nghe-cao.md";
const PROJECT_EN: &str = "content/dau-tu/khu-nong-nghiep-cong-nghe-cao.en.md";
const CONTACT: &str = "content/lien-he.md";
const SITE: &str = "site.yaml";
/// The project's first paragraph, where body mistakes are added.
const BODY_START: &str = "Khu nông nghiệp ứng dụng công nghệ cao Hậu Giang là dự án";

enum Edit {
    /// Replace the first `old` with `new`; the mistake is on the line where `new` starts.
    Replace(&'static str, &'static str),
    /// The same, with the mistake on the line after the start of `new`.
    ReplaceNext(&'static str, &'static str),
    /// The same, with the mistake reported at this line.
    ReplaceReportedAt(&'static str, &'static str, usize),
    /// Put a line before the first paragraph of the body.
    Body(&'static str),
    /// Save the file in another encoding: the mistake is the whole file.
    Encode(fn(&str) -> Vec<u8>),
    /// Create a file (the mistake is at its `line`, 0 for the whole file).
    Create(&'static str, &'static str, usize),
}

struct Mistake {
    what: &'static str,
    file: &'static str,
    edit: Edit,
}

fn utf16(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    bytes
}

fn windows_1258(_: &str) -> Vec<u8> {
    b"---\ntitle: Ti\xEAu \xF0\xEA\xCC\nsector: agriculture\n---\nN\xF4i dung.\n".to_vec()
}

fn mistakes() -> Vec<Mistake> {
    use Edit::*;
    let m = |what, file, edit| Mistake { what, file, edit };
    vec![
        m(
            "an empty title",
            PROJECT,
            Replace(
                "title: \"Khu nông nghiệp ứng dụng công nghệ cao Hậu Giang\"",
                "title: \"\"",
            ),
        ),
        m(
            "a tab before a field",
            PROJECT,
            Replace("sector: agriculture", "\tsector: agriculture"),
        ),
        m(
            "a non-breaking space after `sector:`",
            PROJECT,
            Replace("sector: agriculture", "sector:\u{a0}agriculture"),
        ),
        m(
            "a non-breaking space after a value",
            PROJECT,
            Replace("sector: agriculture", "sector: \"agriculture\u{a0}\""),
        ),
        m(
            "a misspelt enum value",
            PROJECT,
            Replace("sector: agriculture", "sector: agricultur"),
        ),
        m(
            "a misspelt field name",
            PROJECT,
            Replace("sector: agriculture", "sectr: agriculture"),
        ),
        m(
            "a district that is not in the list",
            PROJECT,
            Replace("district: phung-hiep", "district: phung-hiệp"),
        ),
        m(
            "an area with a thousands dot",
            PROJECT,
            Replace("area_ha: 5200", "area_ha: 5.200"),
        ),
        m(
            "an amount with a thousands comma",
            PROJECT,
            Replace("amount: 1500,", "amount: 1,500,"),
        ),
        m(
            "an amount with a thousands dot",
            PROJECT,
            Replace("amount: 1500,", "amount: 1.500,"),
        ),
        m(
            "money written as text",
            PROJECT,
            Replace(
                "capital: { amount: 1500, unit: billion, currency: VND }",
                "capital: 1.500 tỷ đồng",
            ),
        ),
        m(
            "a fraction of a đồng",
            PROJECT,
            Replace(
                "capital: { amount: 1500, unit: billion, currency: VND }",
                "capital: { amount: 1500000.5, currency: VND }",
            ),
        ),
        m(
            "coordinates with decimal commas",
            PROJECT,
            Replace(
                "location: { lat: 9.74, lon: 105.70 }",
                "location: { lat: 9,74, lon: 105,70 }",
            ),
        ),
        m(
            "a partner that does not exist",
            PROJECT,
            Replace(
                "partners: [\"@/doi-tac/vien-ky-thuat-nong-nghiep-jeonnam-gwangju.md\"]",
                "partners: [\"@/doi-tac/vien-ky-thuat.md\"]",
            ),
        ),
        m(
            "a date written day/month/year",
            PROJECT,
            Replace("date: 2018-04-02", "date: 02/04/2018"),
        ),
        m(
            "a date without leading zeros",
            PROJECT,
            Replace("date: 2018-04-02", "date: 2018-4-2"),
        ),
        m(
            "a day the month does not have",
            PROJECT,
            Replace("date: 2018-04-02", "date: 2018-02-30"),
        ),
        m(
            "a weight in words",
            PROJECT,
            Replace("weight: 1", "weight: một"),
        ),
        m("`draft: yes`", PROJECT, Replace("weight: 1", "draft: có")),
        m(
            "a field written twice",
            PROJECT,
            ReplaceNext("weight: 1", "weight: 1\nweight: 2"),
        ),
        // The front matter that is never closed is reported where it opens.
        m(
            "the closing `---` missing",
            PROJECT,
            ReplaceReportedAt("sample: true\n---\n", "sample: true\n", 1),
        ),
        m(
            "a required field left empty",
            PROJECT,
            Replace("status: calling", "status: \"\""),
        ),
        m(
            "a shared fact changed in the translation",
            PROJECT_EN,
            ReplaceNext(
                "slug: high-tech-agricultural-zone",
                "slug: high-tech-agricultural-zone\nsector: industry",
            ),
        ),
        m(
            "the title in curly quotes",
            CONTACT,
            Replace("title: \"Liên hệ\"", "title: “Liên hệ”"),
        ),
        m("saved as UTF-16", PROJECT, Encode(utf16)),
        m("saved as Windows-1258", PROJECT, Encode(windows_1258)),
        m(
            "a link to a page that does not exist",
            PROJECT,
            Body("Xem [dự án](@/dau-tu/khong-co.md)."),
        ),
        m(
            "a link to a heading that does not exist",
            PROJECT,
            Body("Xem [lịch sử](@/doi-tac/gyeongsangbuk-do.md#khong-co)."),
        ),
        m(
            "a `javascript:` link",
            PROJECT,
            Body("[Bấm vào đây](javascript:alert(1))"),
        ),
        m(
            "a link copied from the preview",
            PROJECT,
            Body("[Liên hệ](http://127.0.0.1:1111/lien-he/)"),
        ),
        m(
            "a plain link to an old address",
            PROJECT,
            Body("[Giới thiệu](/gioi-thieu-tinh/)"),
        ),
        m(
            "a link to a Markdown file that is not there",
            PROJECT,
            Body("[Liên hệ](lien-he.md)"),
        ),
        m(
            "an image without alternative text",
            PROJECT,
            Body("![](/favicon.svg)"),
        ),
        m(
            "an image address with spaces",
            PROJECT,
            Body("![Toàn cảnh](Ảnh toàn cảnh.png)"),
        ),
        m(
            "an image in the wrong case",
            PROJECT,
            Body("![Biểu tượng](/FAVICON.svg)"),
        ),
        m(
            "a shortcode that does not exist",
            PROJECT,
            Body("{{ project_crd(path=\"@/dau-tu/khu-cong-nghiep-chau-thanh-a.md\") }}"),
        ),
        m(
            "a shortcode without its required argument",
            PROJECT,
            Body("{{ figure(src=\"/favicon.svg\", alt=\"Biểu tượng\") }}"),
        ),
        m(
            "a block shortcode never closed",
            PROJECT,
            Body("{% note(kind=\"info\") %}\nGhi chú."),
        ),
        m(
            "a script in the text",
            PROJECT,
            Body("<script>alert(1)</script>"),
        ),
        m(
            "a heading id the theme uses",
            PROJECT,
            Body("## Nội dung {#main}"),
        ),
        m(
            "an alias over outreach's own file",
            PROJECT,
            Replace("weight: 1", "aliases: [\"/.outreach-output\"]"),
        ),
        m(
            "a preview image that is not there",
            PROJECT,
            Replace("weight: 1", "image: anh-bia.png"),
        ),
        m(
            "tags written as one text",
            PROJECT,
            Replace(
                "tags: [\"nông nghiệp công nghệ cao\", \"dự án trọng điểm\", \"Hàn Quốc\"]",
                "tags: nông nghiệp công nghệ cao, dự án trọng điểm, Hàn Quốc",
            ),
        ),
        m(
            "a page saved as `.md.txt`",
            "content/lien-he-moi.md.txt",
            Create(
                "content/lien-he-moi.md.txt",
                "---\ntitle: Liên hệ mới\n---\nx\n",
                0,
            ),
        ),
        m(
            "a translation whose name is misspelt",
            "content/lien-hee.en.md",
            Create(
                "content/lien-hee.en.md",
                "---\ntitle: Contact\n---\nText.\n",
                0,
            ),
        ),
        m(
            "base_url without https://",
            SITE,
            Replace(
                "base_url: \"https://haugiang.example.org\"",
                "base_url: \"haugiang.example.org\"",
            ),
        ),
        m(
            "a menu entry to a page that does not exist",
            SITE,
            Replace(
                "page: \"@/dau-tu/_index.md\"",
                "page: \"@/dau-tu/khong-co.md\"",
            ),
        ),
        m(
            "a misspelt setting",
            SITE,
            Replace("default_language:", "default_langage:"),
        ),
        m(
            "a raw_html value that does not exist",
            SITE,
            Replace("default_language:", "raw_html: forbidd\ndefault_language:"),
        ),
    ]
}

/// One diagnostic of `check --format json`.
struct Printed {
    error: bool,
    path: String,
    line: usize,
}

fn check(bin: &Path, site: &Path) -> Vec<Printed> {
    let out = Command::new(bin)
        .args(["check", "--format", "json"])
        .current_dir(site)
        .output()
        .expect("run outreach check");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "check printed no JSON ({e}):\n{}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    json.as_array()
        .into_iter()
        .flatten()
        .map(|d| Printed {
            error: d["severity"] == "error",
            path: d["path"].as_str().unwrap_or_default().to_string(),
            line: d["line"].as_u64().unwrap_or(0) as usize,
        })
        .collect()
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create a folder");
    for entry in std::fs::read_dir(from).expect("read a folder").flatten() {
        let path = entry.path();
        let target = to.join(entry.file_name());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).expect("copy a file");
        }
    }
}

/// The line (1-based) of byte `offset` in `text`.
fn line_of(text: &str, offset: usize) -> usize {
    text[..offset].matches('\n').count() + 1
}

fn main() {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let bin = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| repo.join("target/release/outreach"));
    assert!(
        bin.is_file(),
        "no outreach binary at {}: build it with `cargo build --release`",
        bin.display()
    );
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let site = tmp.path().join("site");
    for part in ["content", "themes", "static", "types", "templates", "i18n"] {
        if repo.join(part).is_dir() {
            copy_dir(&repo.join(part), &site.join(part));
        }
    }
    std::fs::copy(repo.join("site.yaml"), site.join("site.yaml")).expect("copy site.yaml");
    let before = check(&bin, &site);
    assert!(
        before.is_empty(),
        "the example site has {} diagnostics before any mistake",
        before.len()
    );

    println!("| # | mistake | errors | warnings | first at | at the mistake |");
    println!("|---:|---|---:|---:|---|---|");
    let mut missed = 0;
    for (i, mistake) in mistakes().iter().enumerate() {
        let path = site.join(mistake.file);
        let original = std::fs::read(&path).ok();
        let text = original
            .as_deref()
            .map(|b| String::from_utf8_lossy(b).into_owned())
            .unwrap_or_default();
        let line = match &mistake.edit {
            Edit::Replace(old, new) | Edit::ReplaceNext(old, new) => {
                let at = text
                    .find(old)
                    .unwrap_or_else(|| panic!("`{old}` is not in {}", mistake.file));
                std::fs::write(&path, text.replacen(old, new, 1)).expect("write");
                line_of(&text, at) + usize::from(matches!(mistake.edit, Edit::ReplaceNext(..)))
            }
            Edit::ReplaceReportedAt(old, new, line) => {
                assert!(text.contains(old), "`{old}` is not in {}", mistake.file);
                std::fs::write(&path, text.replacen(old, new, 1)).expect("write");
                *line
            }
            Edit::Body(line) => {
                let at = text
                    .find(BODY_START)
                    .expect("the project's first paragraph");
                let mut edited = text.clone();
                edited.insert_str(at, &format!("{line}\n\n"));
                std::fs::write(&path, edited).expect("write");
                line_of(&text, at)
            }
            Edit::Encode(encode) => {
                std::fs::write(&path, encode(&text)).expect("write");
                0
            }
            Edit::Create(file, content, line) => {
                std::fs::write(site.join(file), content).expect("write");
                *line
            }
        };
        let printed = check(&bin, &site);
        match &original {
            Some(bytes) => std::fs::write(&path, bytes).expect("restore"),
            None => std::fs::remove_file(&path).expect("remove"),
        }
        let errors = printed.iter().filter(|d| d.error).count();
        let warnings = printed.len() - errors;
        let first = printed.first();
        let at_place = first.is_some_and(|d| d.path == mistake.file && d.line == line);
        let ok = printed.len() == 1 && at_place;
        if !ok {
            missed += 1;
        }
        println!(
            "| {} | {} | {errors} | {warnings} | {} | {} |",
            i + 1,
            mistake.what,
            first.map_or("—".to_string(), |d| format!("{}:{}", d.path, d.line)),
            if ok { "yes" } else { "**no**" }
        );
    }
    let total = mistakes().len();
    println!();
    println!(
        "{} of {total} mistakes give exactly one diagnostic, at their own line",
        total - missed
    );
    if missed > 0 {
        std::process::exit(1);
    }
}
