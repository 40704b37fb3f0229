//! The shape of a built site: where pages land, what language each page says it is in,
//! how pages point at their translations, which files are copied beside them, and the
//! `--drafts`, `--output` and `--base-url` options.
//!
//! Fixture: `build_output/bilingual` — Vietnamese (default) at the root, English under
//! `/en/`, a section with an English slug, a page bundle with an image, and a draft.

use crate::harness::{Site, file_for_url, links_to_language, repo_root, tags};

const FIXTURE: &str = "build_output/bilingual";

/// Every page of the fixture, Vietnamese then English output file.
const PAGES: &[(&str, &str)] = &[
    ("index.html", "en/index.html"),
    ("dau-tu/index.html", "en/investment/index.html"),
    (
        "dau-tu/hau-giang/index.html",
        "en/investment/hau-giang/index.html",
    ),
    ("doi-tac/index.html", "en/partners/index.html"),
    (
        "doi-tac/so-do/index.html",
        "en/partners/cooperation-diagram/index.html",
    ),
];

#[test]
fn pages_land_at_path_index_html_in_both_languages() {
    let run = Site::fixture(FIXTURE).build(&[]).success();
    for (vi, en) in PAGES {
        assert!(run.has(vi), "missing {vi}");
        assert!(run.has(en), "missing {en}");
    }
    let pages: Vec<String> = run
        .files()
        .into_keys()
        // Content pages only: the theme's 404 page per language is not one of them.
        .filter(|p| p.ends_with(".html") && !p.ends_with("404.html"))
        .collect();
    let expected: Vec<String> = {
        let mut all: Vec<String> = PAGES
            .iter()
            .flat_map(|(vi, en)| [vi.to_string(), en.to_string()])
            .collect();
        all.sort();
        all
    };
    assert_eq!(pages, expected, "exactly the fixture's pages, no others");
}

#[test]
fn each_page_declares_its_language() {
    let run = Site::fixture(FIXTURE).build(&[]).success();
    for (vi, en) in PAGES {
        assert!(
            run.read(vi).contains("<html lang=\"vi\">"),
            "{vi} is not marked Vietnamese"
        );
        assert!(
            run.read(en).contains("<html lang=\"en\">"),
            "{en} is not marked English"
        );
    }
}

#[test]
fn sections_list_their_pages_in_the_readers_language() {
    let run = Site::fixture(FIXTURE).build(&[]).success();
    let vi = run.read("dau-tu/index.html");
    assert!(vi.contains("href=\"/dau-tu/hau-giang/\""), "{vi}");
    assert!(vi.contains("Khu nông nghiệp Hậu Giang"));
    let en = run.read("en/investment/index.html");
    assert!(en.contains("href=\"/en/investment/hau-giang/\""), "{en}");
    assert!(en.contains("Hau Giang agricultural zone"));
    assert!(
        !en.contains("href=\"/dau-tu/hau-giang/\""),
        "the English list links a Vietnamese page"
    );
    let partners = run.read("en/partners/index.html");
    assert!(partners.contains("href=\"/en/partners/cooperation-diagram/\""));
}

#[test]
fn every_page_links_to_its_translation() {
    let run = Site::fixture(FIXTURE).build(&[]).success();
    for (vi_file, en_file) in PAGES {
        let vi_url = url_of(vi_file);
        let en_url = url_of(en_file);
        for (file, other_lang, other_url) in [(vi_file, "en", &en_url), (en_file, "vi", &vi_url)] {
            let html = run.read(file);
            // The language switcher (and footer) link the other language's version…
            let switch = links_to_language(&html, other_lang);
            assert!(
                !switch.is_empty(),
                "{file} has no <a hreflang=\"{other_lang}\"> link"
            );
            assert!(
                switch.iter().all(|h| h == other_url),
                "{file} links its {other_lang} version as {switch:?}, expected {other_url}"
            );
            // …and the head announces both versions to search engines.
            let alternates: Vec<(String, String)> = tags(&html, "link")
                .into_iter()
                .filter(|l| l.get("rel").map(String::as_str) == Some("alternate"))
                .map(|l| (l["hreflang"].clone(), l["href"].clone()))
                .collect();
            for (lang, url) in [("vi", &vi_url), ("en", &en_url)] {
                let want = (lang.to_string(), format!("https://example.org{url}"));
                assert!(
                    alternates.contains(&want),
                    "{file}: no <link rel=alternate hreflang={lang} href={}>; has {alternates:?}",
                    want.1
                );
            }
        }
    }
}

#[test]
fn theme_static_files_are_copied() {
    let run = Site::fixture(FIXTURE).build(&[]).success();
    let theme_css =
        std::fs::read(repo_root().join("themes/default/static/style.css")).expect("theme css");
    assert_eq!(run.read_bytes("style.css"), theme_css);
    let html = run.read("index.html");
    assert!(
        html.contains("href=\"/style.css\""),
        "the page does not load style.css"
    );
}

#[test]
fn a_page_bundles_image_is_copied_and_resolves_in_both_languages() {
    let site = Site::fixture(FIXTURE);
    let run = site.build(&[]).success();
    let svg = std::fs::read(site.path("content/doi-tac/so-do/ban-do.svg")).expect("fixture svg");
    for page in [
        "doi-tac/so-do/index.html",
        "en/partners/cooperation-diagram/index.html",
    ] {
        let html = run.read(page);
        let srcs: Vec<String> = tags(&html, "img")
            .into_iter()
            .filter_map(|img| img.get("src").cloned())
            .collect();
        assert_eq!(srcs.len(), 1, "{page}: {srcs:?}");
        let src = &srcs[0];
        assert!(
            src.starts_with('/'),
            "{page}: image `{src}` is not a site path"
        );
        assert!(
            run.has(&file_for_url(src)),
            "{page}: image `{src}` is not in the output"
        );
        assert_eq!(run.read_bytes(&file_for_url(src)), svg, "{page}: {src}");
    }
}

#[test]
fn drafts_are_left_out_unless_asked_for() {
    let site = Site::fixture(FIXTURE);
    let run = site.build(&[]).success();
    assert!(!run.has("dau-tu/ban-nhap/index.html"));
    assert!(!run.has("en/investment/ban-nhap/index.html"));
    assert!(!run.read("dau-tu/index.html").contains("ban-nhap"));
    assert!(
        !run.read("dau-tu/index.html")
            .contains("Dự án còn đang soạn")
    );

    let run = site.build(&["--drafts"]).success();
    assert!(run.has("dau-tu/ban-nhap/index.html"));
    let list = run.read("dau-tu/index.html");
    assert!(list.contains("href=\"/dau-tu/ban-nhap/\""), "{list}");
}

#[test]
fn output_and_base_url_options() {
    let site = Site::fixture(FIXTURE);
    let elsewhere = tempfile::tempdir().expect("temp dir");
    let public = elsewhere.path().join("public");
    let public_arg = public.to_str().expect("UTF-8 temp path");
    // The trailing slash must not double the slash in URLs.
    let run = site
        .build(&[
            "--output",
            public_arg,
            "--base-url",
            "https://haugiang.gov.vn/",
        ])
        .success();
    assert!(public.join("index.html").is_file());
    assert!(
        !site.path("output").exists(),
        "--output was given, but output/ was written too"
    );
    let page = run.read("dau-tu/hau-giang/index.html");
    assert!(
        page.contains(
            "<link rel=\"canonical\" href=\"https://haugiang.gov.vn/dau-tu/hau-giang/\">"
        ),
        "{page}"
    );
    let en = run.read("en/investment/hau-giang/index.html");
    assert!(
        en.contains(
            "<link rel=\"canonical\" href=\"https://haugiang.gov.vn/en/investment/hau-giang/\">"
        ),
        "{en}"
    );
    for (path, html) in run.html_files() {
        assert!(
            !html.contains("example.org"),
            "{path} still uses site.yaml's base_url"
        );
    }
}

/// `dau-tu/index.html` → `/dau-tu/`.
fn url_of(file: &str) -> String {
    format!("/{}", file.trim_end_matches("index.html"))
}

/// Issue 2: the default theme keeps its CSS under 30 KB — all of it, the syntax
/// colours (loaded only by pages with code) included.
#[test]
fn the_default_themes_css_stays_under_30_kb() {
    let dir = repo_root().join("themes/default/static");
    let mut total = 0;
    let mut files = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("the theme's static folder") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "css") {
            let size = std::fs::metadata(&path).expect("size").len();
            files.push(format!("{}: {size} bytes", path.display()));
            total += size;
        }
    }
    assert!(files.len() >= 2, "style.css and syntax.css: {files:?}");
    assert!(total < 30 * 1024, "{total} bytes of CSS: {files:?}");
}

/// Issue 5: fenced code is highlighted with CSS classes (the theme's `syntax.css`), never
/// inline styles, and syntect's definitions are loaded only when a page has code.
#[test]
fn code_is_highlighted_with_classes_and_syntaxes_load_only_for_code() {
    let site = Site::minimal_with(&[]);
    let plain = site.build(&["--verbose"]).success();
    assert!(
        plain.stderr.contains("syntaxes: not loaded"),
        "{}",
        plain.stderr
    );

    site.write(
        "content/dau-tu/ma-nguon.md",
        "---\ntitle: Mã nguồn\n---\nVí dụ:\n\n```rust\nfn main() { println!(\"Xin chào\"); }\n```\n",
    );
    let run = site.build(&["--verbose"]).success();
    assert!(run.stderr.contains("syntaxes: loaded"), "{}", run.stderr);
    let html = run.read("dau-tu/ma-nguon/index.html");
    let block = html
        .split("<pre class=\"highlight\">")
        .nth(1)
        .and_then(|rest| rest.split("</pre>").next())
        .unwrap_or_else(|| panic!("no highlighted block:\n{html}"));
    assert!(block.contains("<code class=\"language-rust\""), "{block}");
    assert!(block.contains("<span class=\"hl-"), "{block}");
    assert!(!block.contains("style="), "inline styles: {block}");
    // The page with code links the syntax stylesheet; a page without code does not.
    assert!(html.contains("syntax.css"));
    assert!(!run.read("index.html").contains("syntax.css"));
}

/// Issue 6: `--verbose` prints how long each phase took; a build whose stderr is not a
/// terminal (CI, a pipe — as here) shows no progress bar, only its plain lines.
#[test]
fn verbose_prints_each_phase_and_a_piped_build_has_no_progress_bar() {
    let site = Site::minimal_with(&[]);
    let run = site.build(&["--verbose"]).success();
    for phase in [
        "config",
        "library",
        "markdown",
        "templates",
        "render",
        "static",
        "write",
    ] {
        let line = run
            .stderr
            .lines()
            .find(|l| l.trim_start().starts_with(&format!("{phase}:")))
            .unwrap_or_else(|| panic!("no `{phase}` line:\n{}", run.stderr));
        let ms = line
            .split(':')
            .nth(1)
            .and_then(|v| v.trim().strip_suffix(" ms"))
            .and_then(|v| v.parse::<f64>().ok());
        assert!(ms.is_some(), "`{line}` does not give milliseconds");
    }
    let quiet = site.build(&[]).success();
    for run in [&run, &quiet] {
        assert!(
            !run.stderr.contains('\r') && !run.stderr.contains('\u{1b}'),
            "progress-bar control characters in piped output:\n{:?}",
            run.stderr
        );
        assert!(run.stderr.contains("built "), "{}", run.stderr);
    }
    assert!(
        !quiet.stderr.contains("render:"),
        "phase times without --verbose:\n{}",
        quiet.stderr
    );
}

/// Issue 6: on a terminal the build shows its phase and page count as a progress bar.
/// `script` (util-linux, in every Debian) gives the build a pseudo-terminal.
#[test]
fn a_build_on_a_terminal_shows_a_progress_bar_with_phase_and_counts() {
    let site = Site::minimal_with(&[]);
    let command = format!(
        "'{}' build --output '{}'",
        env!("CARGO_BIN_EXE_outreach"),
        site.path("output").display()
    );
    let out = std::process::Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .current_dir(site.root())
        .env("OUTREACH_LANG", "en")
        .output()
        .expect("run `script` (util-linux) to give the build a terminal");
    assert!(out.status.success(), "{out:?}");
    let screen = String::from_utf8_lossy(&out.stdout);
    assert!(
        screen.contains("\u{1b}[2K"),
        "no progress bar drawn:\n{screen:?}"
    );
    for shown in ["library done", "rendering", "pages", "built "] {
        assert!(screen.contains(shown), "`{shown}` not shown:\n{screen:?}");
    }
    assert!(site.path("output/index.html").exists());
}
