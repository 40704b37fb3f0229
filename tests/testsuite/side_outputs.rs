//! What a site gives search engines and link previews besides its pages: `robots.txt`
//! naming the sitemap, a "not found" page per language that works at any address, and on
//! every page one canonical address and the Open Graph and Twitter card meta (title,
//! description, image). Also the shared build of `outputs/site`, which the modules
//! `sitemap`, `feeds`, `search_index`, `open_data` and `aliases` read.
//!
//! Fixture: `outputs/site` — Vietnamese and English (falling back to Vietnamese), a
//! project section with open data, a partner, a news section with a feed and aliases, a
//! draft, search, a site-wide share image and a project with its own.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use crate::harness::{Run, attribute_values, repo_root, run_outreach, shared_build, tags};

pub const FIXTURE: &str = "outputs/site";
pub const BASE: &str = "https://example.org";

/// The fixture built once (with the tone-mark pages the search tests add), for tests that
/// only read the output.
pub fn built() -> &'static Run {
    shared_build(FIXTURE, crate::search_index::add_tone_mark_pages)
}

/// The output file of a site address (`https://example.org/a/` → `a/index.html`), or
/// `None` for an address on another host.
pub fn file_of(url: &str, base: &str) -> Option<String> {
    url.strip_prefix(base)
        .filter(|path| path.starts_with('/'))
        .map(crate::harness::file_for_url)
}

/// The address a page file is served at (`a/index.html` → `https://example.org/a/`).
pub fn url_of(file: &str, base: &str) -> String {
    format!("{base}/{}", file.strip_suffix("index.html").unwrap_or(file))
}

/// An alias's page: a redirect, not a page of its own.
pub fn is_redirect(html: &str) -> bool {
    html.contains("<meta http-equiv=\"refresh\"")
}

/// The `content` of every `<meta property|name="key">` of a page, by key.
pub fn meta_tags(html: &str) -> BTreeMap<String, Vec<String>> {
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for meta in tags(html, "meta") {
        let Some(key) = meta.get("property").or_else(|| meta.get("name")) else {
            continue;
        };
        if let Some(content) = meta.get("content") {
            out.entry(key.clone()).or_default().push(content.clone());
        }
    }
    out
}

/// The `href` of every `<link rel="canonical">`.
pub fn canonicals(html: &str) -> Vec<String> {
    tags(html, "link")
        .into_iter()
        .filter(|l| l.get("rel").map(String::as_str) == Some("canonical"))
        .filter_map(|l| l.get("href").cloned())
        .collect()
}

/// `&amp;` and the other entities the theme writes in attributes, decoded.
pub fn unescape(s: &str) -> String {
    s.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// The text of the page's `<title>`.
pub fn title_of(html: &str) -> String {
    let start = html.find("<title>").expect("a <title>") + "<title>".len();
    let end = html[start..].find("</title>").expect("a closed <title>") + start;
    unescape(&html[start..end])
}

/// The search page of a language (`search.path` in the fixture and the example site).
fn is_search_page(file: &str) -> bool {
    ["tim-kiem/index.html", "en/search/index.html"].contains(&file)
}

/// The example site of the repository, built once into Cargo's temporary folder.
pub fn example_site() -> &'static Run {
    static RUN: OnceLock<Run> = OnceLock::new();
    RUN.get_or_init(|| {
        let output = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join("shared-builds")
            .join(std::process::id().to_string())
            .join("example-site-side-outputs");
        let _ = std::fs::remove_dir_all(&output);
        let root = repo_root().to_str().expect("UTF-8 repository path");
        let output_arg = output.to_str().expect("UTF-8 target path").to_string();
        run_outreach(
            repo_root(),
            &["build", "--root", root, "--output", &output_arg],
            output,
        )
        .success()
    })
}

#[test]
fn robots_txt_names_the_sitemap_at_the_sites_address() {
    let run = built();
    let robots = run.read("robots.txt");
    let sitemaps: Vec<&str> = robots
        .lines()
        .filter_map(|l| l.strip_prefix("Sitemap: "))
        .collect();
    assert_eq!(
        sitemaps,
        [format!("{BASE}/sitemap.xml")],
        "robots.txt:\n{robots}"
    );
    assert!(run.has("sitemap.xml"));
    assert!(
        robots.contains("User-agent: *") && !robots.contains("Disallow: /\n"),
        "robots.txt must let crawlers in:\n{robots}"
    );
}

#[test]
fn each_language_has_a_not_found_page_that_works_at_any_address() {
    let run = built();
    for (file, lang, title, home) in [
        ("404.html", "vi", "Không tìm thấy trang", "/"),
        ("en/404.html", "en", "Page not found", "/en/"),
    ] {
        let html = run.read(file);
        assert!(
            html.contains(&format!("<html lang=\"{lang}\">")),
            "{file} is not in {lang}"
        );
        assert!(
            html.contains(&format!("<h1>{title}</h1>")),
            "{file} does not say {title:?}"
        );
        // Served for a missing address at any depth, so no link may be relative.
        let links: Vec<String> = attribute_values(&html, "href")
            .into_iter()
            .chain(attribute_values(&html, "src"))
            .collect();
        for link in &links {
            assert!(
                link.starts_with('/') || link.starts_with('#') || link.starts_with("https://"),
                "{file}: the link `{link}` is relative and breaks below the root"
            );
            if link.starts_with('/') {
                assert!(
                    run.has(&crate::harness::file_for_url(link)),
                    "{file}: `{link}` leads nowhere"
                );
            }
        }
        assert!(
            links.iter().any(|l| l == home),
            "{file} does not lead back to its language's home page {home}: {links:?}"
        );
    }
    // The English page's menu leads to English sections.
    let en = run.read("en/404.html");
    for section in ["/en/investment/", "/en/partners/", "/en/news/"] {
        assert!(
            en.contains(&format!("href=\"{section}\"")),
            "en/404.html lacks {section}"
        );
    }
    assert!(
        !en.contains("href=\"/dau-tu/\""),
        "en/404.html links the Vietnamese menu"
    );
}

/// Checks the canonical link and the share meta of every page of `run`; `fallbacks` maps
/// each page shown in a language it was not translated into to its original's address.
/// Returns how many pages were checked.
fn assert_canonical_and_share_meta(
    run: &Run,
    base: &str,
    fallbacks: &BTreeMap<String, String>,
) -> usize {
    let mut checked = 0;
    for (file, html) in run.html_files() {
        if is_redirect(&html) {
            continue;
        }
        checked += 1;
        let canonical = canonicals(&html);
        assert_eq!(canonical.len(), 1, "{file}: canonical links {canonical:?}");
        let canonical = &canonical[0];
        let expected = fallbacks
            .get(&file)
            .cloned()
            .unwrap_or_else(|| url_of(&file, base));
        assert_eq!(canonical, &expected, "{file}: the canonical address");
        let target = file_of(canonical, base).expect("a canonical address on the site");
        assert!(run.has(&target), "{file}: canonical {canonical} is no page");

        let meta = meta_tags(&html);
        let one = |key: &str| -> String {
            match meta.get(key).map(Vec::as_slice) {
                Some([value]) => unescape(value),
                other => panic!("{file}: expected one `{key}` meta, found {other:?}"),
            }
        };
        assert_eq!(one("og:url"), *canonical, "{file}: og:url");
        let lang = if file.starts_with("en/") { "en" } else { "vi" };
        let locale = if lang == "en" { "en_GB" } else { "vi_VN" };
        assert_eq!(one("og:locale"), locale, "{file}: og:locale");
        for key in [
            "og:title",
            "og:description",
            "og:site_name",
            "twitter:title",
            "twitter:description",
        ] {
            assert!(!one(key).trim().is_empty(), "{file}: `{key}` is empty");
        }
        assert_eq!(one("og:title"), one("twitter:title"), "{file}");
        assert_eq!(one("og:description"), one("twitter:description"), "{file}");
        assert_eq!(one("og:description"), one("description"), "{file}");
        // The home page's <title> is the site's name; search pages are checked on their
        // own (`search_pages_are_shared_as_search_not_as_page_not_found`).
        let home = file == "index.html" || file == "en/index.html";
        if !home && !is_search_page(&file) {
            assert!(
                title_of(&html).contains(&one("og:title")),
                "{file}: og:title {:?} is not the page's title {:?}",
                one("og:title"),
                title_of(&html)
            );
        }
        assert_eq!(one("twitter:card"), "summary_large_image", "{file}");
        let image = one("og:image");
        assert_eq!(one("twitter:image"), image, "{file}");
        let image_file = file_of(&image, base)
            .unwrap_or_else(|| panic!("{file}: og:image {image} is not an address on the site"));
        assert!(
            run.has(&image_file),
            "{file}: og:image {image} is not in the output"
        );
    }
    checked
}

#[test]
fn every_page_has_one_canonical_address_and_open_graph_and_twitter_meta() {
    let run = built();
    let fallbacks: BTreeMap<String, String> = [
        (
            "en/investment/cang-song-hau/index.html",
            "/dau-tu/cang-song-hau/",
        ),
        (
            "en/news/chi-tieng-viet/index.html",
            "/tin-tuc/chi-tieng-viet/",
        ),
        ("en/bang-dau-thanh/index.html", "/bang-dau-thanh/"),
        ("en/bang-dau-thanh-nfd/index.html", "/bang-dau-thanh-nfd/"),
    ]
    .into_iter()
    .map(|(file, original)| (file.to_string(), format!("{BASE}{original}")))
    .collect();
    let checked = assert_canonical_and_share_meta(run, BASE, &fallbacks);
    assert!(checked >= 28, "only {checked} pages checked");

    // A page's own `image:` replaces the site's, in its translation too.
    for page in [
        "dau-tu/khu-nong-nghiep/index.html",
        "en/investment/high-tech-agriculture/index.html",
    ] {
        let meta = meta_tags(&run.read(page));
        assert_eq!(meta["og:image"], [format!("{BASE}/du-an.png")], "{page}");
    }
    let meta = meta_tags(&run.read("doi-tac/jeollanam-do/index.html"));
    assert_eq!(meta["og:image"], [format!("{BASE}/chia-se.png")]);
    assert_eq!(meta["og:type"], ["article"]);
    assert_eq!(
        meta["og:description"],
        ["Tỉnh Jeollanam-do của Hàn Quốc hợp tác với Hậu Giang về nông nghiệp."]
    );
}

#[test]
fn every_page_of_the_example_site_has_a_canonical_address_and_share_meta() {
    let run = example_site();
    let base = "https://haugiang.example.org";
    // Pages shown in English untranslated name their Vietnamese original as canonical.
    let mut fallbacks = BTreeMap::new();
    for (file, html) in run.html_files() {
        if file.starts_with("en/") && html.contains("notice-translation") {
            let original = crate::harness::hreflang_alternates(&html)
                .into_iter()
                .find(|(lang, _)| lang == "vi")
                .map(|(_, href)| href)
                .unwrap_or_else(|| panic!("{file}: a fallback without its original"));
            fallbacks.insert(file, original);
        }
    }
    let checked = assert_canonical_and_share_meta(run, base, &fallbacks);
    assert!(checked > 300, "only {checked} pages checked");
}

#[test]
fn base_url_option_reaches_the_sitemap_robots_feeds_and_open_data() {
    let site = crate::harness::Site::fixture(FIXTURE);
    let run = site
        .build(&["--base-url", "https://haugiang.gov.vn/"])
        .success();
    let base = "https://haugiang.gov.vn";
    assert!(
        run.read("robots.txt")
            .contains(&format!("Sitemap: {base}/sitemap.xml\n"))
    );
    for file in [
        "sitemap.xml",
        "tin-tuc/atom.xml",
        "en/news/atom.xml",
        "dau-tu/projects.json",
        "dau-tu/projects.csv",
        "tin-tuc/2018/ke-hoach/index.html",
        "dau-tu/khu-nong-nghiep/index.html",
    ] {
        let text = run.read(file);
        assert!(text.contains(base), "{file} does not use --base-url");
        assert!(
            !text.contains(BASE) && !text.contains("haugiang.gov.vn//"),
            "{file} still uses site.yaml's base_url, or doubles a slash"
        );
    }
}

#[test]
fn search_pages_are_shared_as_search_not_as_page_not_found() {
    // Symptom: a link preview of `/en/search/` reads "Page not found" (og:title and
    // twitter:title), though the page's <title> and <h1> say "Search".
    let run = built();
    for (file, title) in [
        ("tim-kiem/index.html", "Tìm kiếm"),
        ("en/search/index.html", "Search"),
    ] {
        let meta = meta_tags(&run.read(file));
        assert_eq!(meta["og:title"], [title], "{file}");
        assert_eq!(meta["twitter:title"], [title], "{file}");
    }
}

/// An empty `base_url` builds, but the addresses search engines and feed readers are
/// given would lack the domain: a warning at the value says so. `--base-url ""` is
/// taken as meant.
#[test]
fn an_empty_base_url_is_a_warning_at_its_value_unless_given_on_the_command_line() {
    let site = crate::harness::Site::minimal_with(&[]);
    let yaml = std::fs::read_to_string(site.path("site.yaml")).expect("site.yaml");
    let line = yaml
        .lines()
        .position(|l| l.starts_with("base_url:"))
        .expect("base_url")
        + 1;
    let warned = |run: &Run| {
        run.diagnostics()
            .into_iter()
            .filter(|d| d.severity == "warning" && d.message.contains("`base_url` is empty"))
            .collect::<Vec<_>>()
    };

    let run = site.build(&["--base-url", ""]).success();
    assert!(warned(&run).is_empty(), "{}", run.stderr);

    site.write(
        "site.yaml",
        &yaml.replace("base_url: \"https://example.org\"", "base_url: \"\""),
    );
    let run = site.build(&[]).success();
    let warnings = warned(&run);
    assert_eq!(warnings.len(), 1, "{}", run.stderr);
    let w = &warnings[0];
    assert_eq!(
        (w.path.as_str(), w.line, w.column),
        ("site.yaml", line, 11),
        "{}",
        run.stderr
    );
    assert!(w.message.contains("sitemap.xml"), "{}", w.message);
    assert!(w.rest.contains("help: write the address"), "{}", run.stderr);
    // The build still writes relative addresses, as asked.
    assert!(
        run.read("sitemap.xml").contains("<loc>/</loc>"),
        "{}",
        run.read("sitemap.xml")
    );
}
