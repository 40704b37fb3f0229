//! A site published under a path (`https://owner.github.io/repo/`, GitHub project
//! Pages): every address it gives — links, styles, scripts, images, the search index,
//! feeds, sitemap, robots.txt, aliases, open data — stays under that path and leads to a
//! file of the build, and `check` reports a root-relative link that leaves it.

use crate::harness::{Run, Site, attribute_values, file_for_url, repo_root, run_outreach};

const BASE: &str = "https://example.org/site";

/// Builds (or checks, with `command` = "check") the example site with `base_url`.
fn example(command: &str, base_url: &str, out: &tempfile::TempDir) -> Run {
    let output = out.path().join("site");
    let root = repo_root().to_str().expect("UTF-8 repository path");
    let mut args = vec![command, "--root", root, "--base-url", base_url];
    let output_arg = output.to_str().expect("UTF-8 temp path").to_string();
    if command == "build" {
        args.extend(["--output", &output_arg]);
    }
    run_outreach(repo_root(), &args, output).success()
}

/// Every address in `run`'s output that names the site (a root-relative path or one on
/// `BASE`'s host), with the file it is in: HTML attributes that carry addresses (a
/// refresh `<meta>`'s `url=` too), the sitemap's and feeds' links and ids, robots.txt's
/// sitemap line, the search index's records and the open data's `url`s.
fn addresses(run: &Run) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (file, bytes) in run.files() {
        let Ok(text) = String::from_utf8(bytes) else {
            continue;
        };
        let mut found: Vec<String> = Vec::new();
        if file.ends_with(".html") {
            for name in ["href", "src", "action", "content", "poster"] {
                found.extend(attribute_values(&text, name).into_iter().map(|v| {
                    match v.split_once("url=") {
                        Some((_, url)) => url.to_string(),
                        None => v,
                    }
                }));
            }
            // search.js fetches `meta.json` first from the folder in `data-index`.
            found.extend(
                attribute_values(&text, "data-index")
                    .into_iter()
                    .map(|folder| format!("{folder}meta.json")),
            );
        } else if file.ends_with(".xml") {
            let doc = roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
            for node in doc.descendants() {
                found.extend(node.attribute("href").map(str::to_string));
                if matches!(node.tag_name().name(), "loc" | "id" | "uri") {
                    found.extend(node.text().map(str::to_string));
                }
            }
        } else if file == "robots.txt" {
            found.extend(
                text.lines()
                    .filter_map(|l| l.strip_prefix("Sitemap: ").map(str::to_string)),
            );
        } else if file.ends_with(".json")
            && (file.starts_with("search/") || !file.contains("/meta"))
        {
            let json: serde_json::Value =
                serde_json::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
            collect_json_urls(&json, &mut found);
        }
        let host = BASE.split('/').take(3).collect::<Vec<_>>().join("/");
        out.extend(
            found
                .into_iter()
                .filter(|u| (u.starts_with('/') && !u.starts_with("//")) || u.starts_with(&host))
                .map(|u| (file.clone(), u)),
        );
    }
    out
}

/// Strings in `json` that are addresses: the first item of each search record, every
/// `url` and `source` field.
fn collect_json_urls(json: &serde_json::Value, out: &mut Vec<String>) {
    match json {
        serde_json::Value::Array(items) => {
            if let Some(serde_json::Value::String(first)) = items.first()
                && first.starts_with('/')
            {
                out.push(first.clone());
            }
            items.iter().for_each(|i| collect_json_urls(i, out));
        }
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                match v {
                    serde_json::Value::String(s) if k == "url" || k == "source" => {
                        out.push(s.clone())
                    }
                    _ => collect_json_urls(v, out),
                }
            }
        }
        _ => {}
    }
}

/// Asserts that every address of `run`'s output (at least `at_least` of them) is under
/// `BASE`'s path and leads to a file of the build.
#[track_caller]
fn assert_all_under_base_path(run: &Run, at_least: usize) {
    let path = "/site";
    let all = addresses(run);
    let mut bad = Vec::new();
    for (file, url) in &all {
        let site_path = url.strip_prefix(BASE).or_else(|| url.strip_prefix(path));
        match site_path {
            Some(rest) if rest.starts_with('/') => {
                if !run.has(&file_for_url(rest)) {
                    bad.push(format!("{file}: {url} leads to no file"));
                }
            }
            _ => bad.push(format!("{file}: {url} is not under {path}/")),
        }
    }
    assert!(all.len() >= at_least, "only {} addresses found", all.len());
    assert!(
        bad.is_empty(),
        "{} bad addresses:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

#[test]
fn the_example_site_under_a_sub_path_gives_only_addresses_under_it_that_lead_to_its_files() {
    let out = tempfile::tempdir().expect("temp dir");
    let run = example("build", &format!("{BASE}/"), &out);
    assert_all_under_base_path(&run, 5000);

    // What a reader's browser fetches: the stylesheet, the script, and the search index
    // that search.js reads from the form's `data-index`.
    let search = run.read("tim-kiem/index.html");
    assert!(search.contains(r#"href="/site/style.css""#), "{search}");
    assert!(search.contains(r#"src="/site/search.js""#), "{search}");
    let index = attribute_values(&search, "data-index");
    assert_eq!(index, ["/site/search/vi/"]);
    assert!(run.has("search/vi/meta.json"));
    assert_eq!(
        run.read("robots.txt")
            .lines()
            .find(|l| l.starts_with("Sitemap:")),
        Some("Sitemap: https://example.org/site/sitemap.xml")
    );
}

#[test]
fn a_root_base_url_builds_the_same_site_with_nothing_but_the_path_left_out() {
    let (root_out, sub_out) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let root = example("build", "https://example.org", &root_out).files();
    let sub = example("build", &format!("{BASE}/"), &sub_out).files();
    assert_eq!(
        root.keys().collect::<Vec<_>>(),
        sub.keys().collect::<Vec<_>>()
    );
    let mut differ = Vec::new();
    for (file, bytes) in &sub {
        // The search index's shards are named by a hash of their bytes.
        if file.starts_with("search/") {
            continue;
        }
        let Ok(text) = std::str::from_utf8(bytes) else {
            assert!(bytes == &root[file], "{file} differs");
            continue;
        };
        let text = text
            .replace(BASE, "https://example.org")
            .replace("\"/site/", "\"/")
            .replace("&quot;/site/", "&quot;/")
            .replace("url=/site/", "url=/")
            // Every address of a `srcset` after its first.
            .replace(", /site/", ", /");
        if text.as_bytes() != root[file].as_slice() {
            differ.push(file.clone());
        }
    }
    assert!(
        differ.is_empty(),
        "beyond the base path, these differ: {differ:?}"
    );
    assert!(!String::from_utf8_lossy(&root["index.html"]).contains("/site/"));
}

/// A small site with what the example site lacks: an alias, a page's own image, a plain
/// root-relative link, a menu entry written as a site path.
fn small_site() -> Site {
    let site = Site::minimal_with(&[
        (
            "site.yaml",
            "title: { vi: \"Thử\", en: \"Test\" }\nbase_url: \"https://example.org/site/\"\ndefault_language: vi\nlanguages:\n  vi: { name: \"Tiếng Việt\", locale: vi-VN }\n  en: { name: \"English\", locale: en-GB }\nmenu:\n  - { page: \"@/dau-tu/_index.md\" }\n  - { url: \"/en/investment/\", title: { vi: \"Investment\", en: \"Investment\" } }\n  - { url: \"https://www.mofa.gov.vn\", title: { vi: \"Bộ\", en: \"Ministry\" } }\n",
        ),
        (
            "content/dau-tu/du-an/index.md",
            "---\ntitle: Dự án\naliases: [/du-an-cu/]\n---\nXem [đối tác](/doi-tac/), [mục](/dau-tu/#main) và ![bản đồ](ban-do.svg).\n",
        ),
    ]);
    site.write(
        "content/dau-tu/du-an/ban-do.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>\n",
    );
    site
}

#[test]
fn aliases_images_plain_links_and_menu_site_paths_go_under_the_base_path() {
    let run = small_site().build(&[]).success();
    assert_all_under_base_path(&run, 100);

    let page = run.read("dau-tu/du-an/index.html");
    for expected in [
        r#"href="/site/doi-tac/""#,
        r#"href="/site/dau-tu/#main""#,
        r#"src="/site/dau-tu/du-an/ban-do.svg""#,
        // The menu: a page, a site path from site.yaml, an outside address as written.
        r#"href="/site/dau-tu/""#,
        r#"href="/site/en/investment/""#,
        r#"href="https://www.mofa.gov.vn""#,
    ] {
        assert!(page.contains(expected), "no {expected} in:\n{page}");
    }
    let alias = run.read("du-an-cu/index.html");
    assert!(
        alias.contains(r#"url=https://example.org/site/dau-tu/du-an/""#),
        "{alias}"
    );
    // A 404 page is served at any depth: its links start at the host, with the path.
    let not_found = run.read("en/404.html");
    let links: Vec<String> = attribute_values(&not_found, "href")
        .into_iter()
        .filter(|h| h.starts_with('/'))
        .collect();
    assert!(!links.is_empty());
    assert!(links.iter().all(|h| h.starts_with("/site/")), "{links:?}");
}

#[test]
fn check_accepts_base_url_and_finds_the_example_site_clean_under_a_sub_path() {
    let out = tempfile::tempdir().expect("temp dir");
    let run = example("check", &format!("{BASE}/"), &out);
    assert!(run.diagnostics().is_empty(), "{:?}", run.diagnostics());
}

#[test]
fn check_reports_a_raw_html_link_that_leaves_the_base_path() {
    let site = small_site();
    site.write(
        "content/doi-tac/_index.md",
        "---\ntitle: Đối tác\n---\nCác đối tác.\n\n<p>Xem <a href=\"/dau-tu/\">dự án</a>.</p>\n",
    );
    let run = site.run(&["check"]).exit_code(1);
    run.error_at("content/doi-tac/_index.md", 6, 17)
        .says("links to `/dau-tu/`, which leaves the site: it is published under `/site/`")
        .helps("write the whole site path `/site/dau-tu/`");
    // The same site published at the root of its host has nothing to report.
    let run = site
        .run(&["check", "--base-url", "https://example.org"])
        .success();
    assert!(run.diagnostics().is_empty(), "{:?}", run.diagnostics());
}

#[test]
fn check_names_a_site_template_that_writes_a_root_relative_address() {
    let site = small_site();
    let base = std::fs::read_to_string(site.path("themes/default/templates/base.html"))
        .expect("base.html");
    site.write(
        "templates/base.html",
        &base.replace("{{ asset_url(path='favicon.svg') }}", "/favicon.svg"),
    );
    let run = site.run(&["check"]).exit_code(1);
    let escaping: Vec<_> = run
        .diagnostics()
        .into_iter()
        .filter(|d| {
            d.message
                .contains("links to `/favicon.svg`, which leaves the site")
        })
        .collect();
    assert!(!escaping.is_empty(), "{}", run.stderr);
    assert!(
        escaping[0]
            .rest
            .contains("comes from the theme's templates")
            && escaping[0].rest.contains("url(path=\"/favicon.svg\")"),
        "{}",
        escaping[0].rest
    );
}

#[test]
fn the_language_picker_sends_readers_to_homes_under_the_base_path() {
    let site = small_site();
    site.append("site.yaml", "default_language_in_subfolder: true\n");
    // Every language under its prefix: `/doi-tac/` is `/vi/doi-tac/` now.
    site.write(
        "content/dau-tu/du-an/index.md",
        "---\ntitle: Dự án\n---\nXem [đối tác](@/doi-tac/_index.md).\n",
    );
    let run = site.build(&[]).success();
    let picker = run.read("index.html");
    assert!(
        picker.contains(r#""vi": "/site/vi/", "en": "/site/en/""#),
        "{picker}"
    );
    assert!(
        picker.contains(r#"href="/site/en/" hreflang="en""#),
        "{picker}"
    );
    assert!(
        picker.contains(r#"hreflang="en" href="https://example.org/site/en/""#),
        "{picker}"
    );
    assert_all_under_base_path(&run, 100);
}
