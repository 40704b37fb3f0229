//! search.js against the Rust reference: the same folds, the same query parsing, and for
//! the same index the same results from the same files. Runs `search.js` under Node (the CI
//! image has Node 20); set `OUTREACH_SKIP_NODE_TESTS=1` to skip on a machine without it.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{Value, json};

use super::{
    RESULTS_PER_PAGE, SearchDoc, build_index, fold, parse_query, search, synthetic, tokenize,
};

const SEARCH_JS: &str = include_str!("../../themes/default/static/search.js");

/// Loads search.js as a CommonJS module, reads an index from a folder, and answers the cases.
const DRIVER: &str = r#"
const fs = require('fs');
const path = require('path');
const [, , jsFile, indexDir, casesFile] = process.argv;
const search = require(jsFile);
const cases = JSON.parse(fs.readFileSync(casesFile, 'utf8'));
(async () => {
  const out = {
    folds: cases.texts.map(search.fold),
    tokens: cases.texts.map(search.tokenize),
    parsed: cases.queries.map((q) => search.parseQuery(q, 2, 8)),
    searches: [],
  };
  for (const q of cases.queries) {
    const fetched = [];
    const index = search.createIndex((p, build) => {
      fetched.push(build ? `${p}?v=${build}` : p);
      return JSON.parse(fs.readFileSync(path.join(indexDir, p), 'utf8'));
    });
    const r = await index.search(q, cases.limit);
    out.searches.push({
      total: r.total, urls: r.hits.map((h) => h.url), needsMore: r.needsMore, partial: r.partial, fetched,
    });
  }
  process.stdout.write(JSON.stringify(out));
})().catch((e) => { console.error(e); process.exit(1); });
"#;

struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("outreach-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn write(path: &Path, bytes: &[u8]) {
    std::fs::create_dir_all(path.parent().expect("a parent")).expect("dir");
    std::fs::write(path, bytes).expect("write");
}

/// Runs the driver; `None` when Node is missing and the skip variable is set.
fn run_node(dir: &Path, cases: &Value) -> Option<Value> {
    write(&dir.join("search.js"), SEARCH_JS.as_bytes());
    write(&dir.join("driver.js"), DRIVER.as_bytes());
    write(&dir.join("cases.json"), cases.to_string().as_bytes());
    let output = Command::new("node")
        .arg(dir.join("driver.js"))
        .arg(dir.join("search.js"))
        .arg(dir.join("index"))
        .arg(dir.join("cases.json"))
        .output();
    let output = match output {
        Ok(output) => output,
        Err(e) if std::env::var_os("OUTREACH_SKIP_NODE_TESTS").is_some() => {
            eprintln!("skipping the search.js tests: cannot run node ({e})");
            return None;
        }
        Err(e) => panic!(
            "cannot run node ({e}); install Node.js or set OUTREACH_SKIP_NODE_TESTS=1 to skip"
        ),
    };
    assert!(
        output.status.success(),
        "node failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    Some(serde_json::from_slice(&output.stdout).expect("driver output is JSON"))
}

/// Texts whose folds must agree: every character of the Latin blocks alone and inside a
/// word, the Vietnamese vowels written composed and decomposed, and other scripts.
fn fold_cases() -> Vec<String> {
    let mut texts: Vec<String> = ('\0'..='\u{24f}')
        .chain('\u{1e00}'..='\u{1eff}')
        .chain('\u{300}'..='\u{36f}')
        .flat_map(|c| [c.to_string(), format!("x{c}y Z{c}")])
        .collect();
    let vietnamese = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ";
    for c in vietnamese.chars() {
        let upper: String = c.to_uppercase().collect();
        for form in [c.to_string(), upper] {
            use unicode_normalization::UnicodeNormalization;
            texts.push(form.nfd().collect());
            texts.push(form);
        }
    }
    texts.extend(
        [
            "Đầu tư nông nghiệp",
            "Ha\u{323}\u{302}u Giang",
            "ĐƯỜNG đường Ðà Nẵng",
            "전라남도와 국제협력",
            "\u{110c}\u{1165}\u{11ab}\u{1105}\u{1161}",
            "\u{304b}\u{3099} が ΑΘΗΝΑ Ά Москва ёЁ 東京",
            "ǅemal ǈ ǋ İstanbul ẞ Œuvre",
            "😀 emoji ❤️ x\u{1dc4}y",
            &"đường".repeat(12),
            "١٢٣ ٤ हिन्दी ไทย",
            "",
        ]
        .map(str::to_owned),
    );
    texts
}

fn query_cases() -> Vec<String> {
    [
        "dau tu",
        "dau tu ",
        "Đầu tư nông nghiệp",
        "hau giang",
        "Hau Giang",
        "HẬU GIANG",
        "duong",
        "nong nghiep cong nghe cao",
        "nong ngh",
        "nghie",
        "d",
        "dau t",
        "  ",
        "",
        "!!!",
        "\u{301}",
        "cua cac va la cua",
        "ke hoach cong tac doi ngoai tren dia ban tinh hau giang nam 2018",
        "2018",
        "qu",
        "th",
        "zzzz",
        "전라남",
        "전",
        "d 전",
        "전라남도와 협력",
        "hợp tác quốc tế",
        "\u{0}",
    ]
    .map(str::to_owned)
    .into_iter()
    .collect()
}

fn fixture_docs() -> Vec<SearchDoc> {
    let mut docs = synthetic::pages(1200, 150, synthetic::DEFAULT_SOURCE, 11);
    docs.push(SearchDoc {
        url: "/doi-tac/jeollanam-do/".into(),
        title: "Tỉnh Jeollanam-do (전라남도)".into(),
        text: "전라남도와 협력 관계를 맺었습니다. Hợp tác quốc tế.".into(),
        summary: "Đối tác Hàn Quốc".into(),
    });
    docs
}

#[test]
fn search_js_folds_parses_and_finds_like_the_rust_reference() {
    let dir = TempDir::new("search-js");
    let index = build_index(&fixture_docs());
    assert!(
        index
            .files
            .iter()
            .filter(|(p, _)| p.starts_with("t/"))
            .count()
            > 1
            && index.files.iter().any(|(p, _)| p.starts_with("p/")),
        "the fixture must exercise several term shards and posting files"
    );
    for (path, bytes) in &index.files {
        write(&dir.0.join("index").join(path), bytes);
    }
    let build = serde_json::from_slice::<super::Meta>(index.file("meta.json").unwrap())
        .unwrap()
        .build;
    let texts = fold_cases();
    let queries = query_cases();
    let cases = json!({ "texts": texts, "queries": queries, "limit": RESULTS_PER_PAGE });
    let Some(js) = run_node(&dir.0, &cases) else {
        return;
    };

    for (i, text) in texts.iter().enumerate() {
        let escaped: Vec<String> = text
            .chars()
            .map(|c| format!("U+{:04X}", c as u32))
            .collect();
        assert_eq!(js["folds"][i], json!(fold(text)), "fold of {escaped:?}");
        assert_eq!(
            js["tokens"][i],
            json!(tokenize(text)),
            "tokenize of {escaped:?}"
        );
    }
    for (i, query) in queries.iter().enumerate() {
        let parsed = parse_query(query);
        let expected = json!({
            "words": parsed.words,
            "prefix": parsed.prefix,
            "needsMore": parsed.needs_more,
        });
        assert_eq!(js["parsed"][i], expected, "parse of {query:?}");

        let rust = search(&index, query, RESULTS_PER_PAGE);
        let got = &js["searches"][i];
        let urls: Vec<&str> = rust.hits.iter().map(|h| h.url.as_str()).collect();
        assert_eq!(got["total"], json!(rust.total), "total for {query:?}");
        assert_eq!(got["urls"], json!(urls), "hits for {query:?}");
        assert_eq!(
            got["needsMore"],
            json!(rust.needs_more),
            "needsMore for {query:?}"
        );
        let mut fetched: Vec<String> = serde_json::from_value(got["fetched"].clone()).unwrap();
        let mut expected_files: Vec<String> = rust
            .fetched
            .iter()
            .map(|f| match f.as_str() {
                "meta.json" => f.clone(),
                _ => format!("{f}?v={build}"),
            })
            .collect();
        fetched.sort();
        expected_files.sort();
        assert_eq!(fetched, expected_files, "files fetched for {query:?}");
    }
    // The fixture must make the comparison meaningful.
    let found = |q: &str| search(&index, q, 10).total;
    assert!(found("dau tu") > 0 && found("전라남") == 1 && found("zzzz") == 0);
}
