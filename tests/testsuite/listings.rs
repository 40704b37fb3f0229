//! Listing pages of a section: numbered pages (`paginate_by`), the same list in other
//! orders (`sort_views: [capital, date]`), and the theme's projects page, which draws total
//! capital by sector as an inline SVG chart with the same figures in a table.
//!
//! Fixture: `listings/projects` — six projects, two per page, capital written in billions
//! and in millions (one project has none). The expected orders and totals are computed
//! here from the fixture's own front matter, so changing a figure there cannot leave a
//! stale expectation behind.

use std::collections::BTreeMap;

use serde_yaml::Value;

use crate::harness::{Run, card_links, element, repo_root, shared_build, strip_tags, tags};

const FIXTURE: &str = "listings/projects";

/// What the test needs of one project, read from its Vietnamese file.
#[derive(Debug, Clone)]
struct Project {
    slug: String,
    weight: i64,
    date: String,
    sector: String,
    /// In đồng; `None` when the project states no capital.
    capital: Option<f64>,
}

fn front_matter(text: &str) -> Value {
    let rest = text.strip_prefix("---\n").expect("front matter");
    let end = rest.find("\n---\n").expect("closed front matter");
    serde_yaml::from_str(&rest[..end]).expect("YAML front matter")
}

fn projects() -> Vec<Project> {
    let dir = repo_root()
        .join("tests/fixtures")
        .join(FIXTURE)
        .join("content/dau-tu");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("the fixture's projects") {
        let path = entry.expect("an entry").path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.starts_with('_') || name.ends_with(".en.md") {
            continue;
        }
        let slug = name.trim_end_matches(".md").to_string();
        let fm = front_matter(&std::fs::read_to_string(&path).expect("read"));
        let capital = fm.get("capital").map(|c| {
            let unit = match c["unit"].as_str() {
                Some("thousand") => 1e3,
                Some("million") => 1e6,
                Some("billion") => 1e9,
                _ => 1.0,
            };
            assert_eq!(c["currency"].as_str(), Some("VND"), "{slug}: one currency");
            c["amount"].as_f64().expect("an amount") * unit
        });
        out.push(Project {
            weight: fm["weight"].as_i64().expect("a weight"),
            date: fm["date"].as_str().expect("a date").to_string(),
            sector: fm["sector"].as_str().expect("a sector").to_string(),
            capital,
            slug,
        });
    }
    out.sort_by_key(|p| p.weight);
    assert_eq!(out.len(), 6, "the fixture's projects");
    out
}

/// The sector labels of the theme's project type, per language.
fn sector_label(sector: &str, lang: &str) -> String {
    let schema: Value = serde_yaml::from_str(
        &std::fs::read_to_string(repo_root().join("themes/default/types/project.yaml"))
            .expect("the project type"),
    )
    .expect("YAML");
    schema["fields"]["sector"]["values"][sector][lang]
        .as_str()
        .unwrap_or_else(|| panic!("no {lang} label for {sector}"))
        .to_string()
}

fn build() -> &'static Run {
    shared_build(FIXTURE, |_| {})
}

/// The site path of a project's page in a language (English keeps the file name as slug).
fn url(p: &Project, lang: &str) -> String {
    match lang {
        "en" => format!("/en/investment/{}/", p.slug),
        _ => format!("/dau-tu/{}/", p.slug),
    }
}

/// The cards of every page of a paginated list, following its pages from `first`.
fn all_pages_of(run: &Run, first: &str, pages: usize) -> Vec<String> {
    let mut links = Vec::new();
    for n in 1..=pages {
        let url = if n == 1 {
            first.to_string()
        } else {
            format!("{first}page/{n}/")
        };
        let html = run.read(&crate::harness::file_for_url(&url));
        let cards = card_links(&html);
        assert!(
            !cards.is_empty() && cards.len() <= 2,
            "{url} shows {} cards, expected 1 or 2",
            cards.len()
        );
        links.extend(cards);
    }
    let beyond = format!("{first}page/{}/", pages + 1);
    assert!(
        !run.has(&crate::harness::file_for_url(&beyond)),
        "{beyond} exists, but the list has only {pages} pages"
    );
    links
}

#[test]
fn a_paginated_section_lists_its_pages_in_order_two_per_page() {
    let run = build();
    let projects = projects();
    for (lang, first) in [("vi", "/dau-tu/"), ("en", "/en/investment/")] {
        let want: Vec<String> = projects.iter().map(|p| url(p, lang)).collect();
        assert_eq!(all_pages_of(run, first, 3), want, "{lang} pages in order");
    }
    // Page 2 links to its neighbours.
    let page2 = run.read("dau-tu/page/2/index.html");
    let nav = element(&page2, "nav", "pagination").expect("page 2 has page links");
    let rel = |r: &str| -> Option<String> {
        tags(nav, "a")
            .into_iter()
            .find(|a| a.get("rel").map(String::as_str) == Some(r))
            .and_then(|a| a.get("href").cloned())
    };
    assert_eq!(rel("prev").as_deref(), Some("/dau-tu/"));
    assert_eq!(rel("next").as_deref(), Some("/dau-tu/page/3/"));
    let last = run.read("dau-tu/page/3/index.html");
    assert!(
        !element(&last, "nav", "pagination")
            .expect("page links")
            .contains("rel=\"next\""),
        "the last page links a next page"
    );
}

/// The pagination bar of a built page: each entry's text, and its link if it has one.
fn pagination_bar(run: &Run, rel: &str) -> Vec<(String, Option<String>)> {
    let html = run.read(rel);
    let nav = element(&html, "nav", "pagination").expect("page links");
    nav.split("<li>")
        .skip(1)
        .map(|li| {
            let li = &li[..li.find("</li>").expect("closed li")];
            let href = tags(li, "a")
                .into_iter()
                .find(|a| !a.contains_key("rel"))
                .and_then(|a| a.get("href").cloned());
            (strip_tags(li).trim().to_string(), href)
        })
        .filter(|(text, _)| !text.contains('←') && !text.contains('→'))
        .collect()
}

#[test]
fn a_long_list_shows_the_first_last_and_nearby_page_numbers_with_gaps() {
    let mut files = vec![(
        "content/tin-tuc/_index.md".to_string(),
        "---\ntitle: Tin tức\npaginate_by: 1\n---\n".to_string(),
    )];
    for i in 1..=12 {
        files.push((
            format!("content/tin-tuc/tin-{i:02}.md"),
            format!("---\ntitle: Tin {i:02}\nweight: {i}\n---\nNội dung.\n"),
        ));
    }
    let files: Vec<(&str, &str)> = files
        .iter()
        .map(|(p, t)| (p.as_str(), t.as_str()))
        .collect();
    let run = crate::harness::Site::minimal_with(&files)
        .build(&[])
        .success();
    let texts = |rel: &str| -> String {
        pagination_bar(&run, rel)
            .iter()
            .map(|(t, _)| t.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    };
    assert_eq!(texts("tin-tuc/index.html"), "1 2 3 … 12");
    assert_eq!(texts("tin-tuc/page/6/index.html"), "1 … 4 5 6 7 8 … 12");
    assert_eq!(texts("tin-tuc/page/12/index.html"), "1 … 10 11 12");
    // Every number links to its page but the current one; a gap links nowhere.
    for (text, href) in pagination_bar(&run, "tin-tuc/page/6/index.html") {
        match text.as_str() {
            "6" | "…" => assert_eq!(href, None, "{text}"),
            "1" => assert_eq!(href.as_deref(), Some("/tin-tuc/")),
            n => assert_eq!(href, Some(format!("/tin-tuc/page/{n}/"))),
        }
    }
}

#[test]
fn sort_views_list_the_section_by_capital_largest_first_and_by_date_newest_first() {
    let run = build();
    let projects = projects();
    let mut by_capital = projects.clone();
    // Largest first; equal amounts keep the section's order; no capital goes last.
    by_capital.sort_by(|a, b| match (a.capital, b.capital) {
        (Some(x), Some(y)) => y.partial_cmp(&x).unwrap().then(a.weight.cmp(&b.weight)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.weight.cmp(&b.weight),
    });
    let mut by_date = projects.clone();
    by_date.sort_by(|a, b| b.date.cmp(&a.date));
    for (lang, base) in [("vi", "/dau-tu/"), ("en", "/en/investment/")] {
        let want: Vec<String> = by_capital.iter().map(|p| url(p, lang)).collect();
        assert_eq!(
            all_pages_of(run, &format!("{base}capital/"), 3),
            want,
            "{lang}: the list by capital"
        );
        let want: Vec<String> = by_date.iter().map(|p| url(p, lang)).collect();
        assert_eq!(
            all_pages_of(run, &format!("{base}date/"), 3),
            want,
            "{lang}: the list by date"
        );
    }
    // The section links its other orders.
    let section = run.read("dau-tu/index.html");
    let views = element(&section, "nav", "view-links").expect("links to the other orders");
    let hrefs: Vec<String> = tags(views, "a")
        .into_iter()
        .filter_map(|a| a.get("href").cloned())
        .collect();
    assert_eq!(hrefs, ["/dau-tu/capital/", "/dau-tu/date/"]);
}

/// One row of expected totals.
struct Row {
    sector: String,
    total: f64,
    count: usize,
}

fn expected_rows() -> Vec<Row> {
    let mut totals: BTreeMap<String, (f64, usize)> = BTreeMap::new();
    for p in projects() {
        if let Some(c) = p.capital {
            let t = totals.entry(p.sector.clone()).or_default();
            t.0 += c;
            t.1 += 1;
        }
    }
    let mut rows: Vec<Row> = totals
        .into_iter()
        .map(|(sector, (total, count))| Row {
            sector,
            total,
            count,
        })
        .collect();
    rows.sort_by(|a, b| b.total.partial_cmp(&a.total).unwrap());
    assert!(rows.len() >= 3, "the fixture should have several sectors");
    rows
}

/// `1800` → `1.800` (vi) or `1,800` (en).
fn grouped(n: u64, separator: char) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

/// The chart's bars: (label, width).
fn bars(svg: &str) -> Vec<(String, f64)> {
    svg.split("<g>")
        .skip(1)
        .map(|g| {
            let label_start = g.find("class=\"chart-label\">").expect("a label") + 20;
            let label =
                g[label_start..g[label_start..].find('<').unwrap() + label_start].to_string();
            let rect = &tags(g, "rect")[0];
            (label, rect["width"].parse().expect("a width"))
        })
        .collect()
}

#[test]
fn projects_page_charts_total_capital_by_sector_with_the_same_figures_in_a_table() {
    let run = build();
    let rows = expected_rows();
    let max = rows[0].total;
    assert!(
        rows.iter().all(|r| r.total >= 1e9 && r.total % 1e9 == 0.0),
        "the expected figures below are in whole billions; the fixture changed"
    );
    // Every page of the list charts the whole section, not the projects on that page; the
    // English chart counts the untranslated project too (English shows its fallback).
    for (lang, page) in [
        ("vi", "dau-tu/index.html"),
        ("en", "en/investment/index.html"),
        ("vi", "dau-tu/page/2/index.html"),
    ] {
        let html = run.read(page);
        let svg = element(&html, "svg", "chart").unwrap_or_else(|| panic!("{page}: no chart"));
        let drawn = bars(svg);
        assert_eq!(
            drawn.len(),
            rows.len(),
            "{page}: one bar per sector: {drawn:?}"
        );
        let widest = drawn[0].1;
        assert!(widest > 0.0);
        for (row, (label, width)) in rows.iter().zip(&drawn) {
            assert_eq!(*label, sector_label(&row.sector, lang), "{page}: bar order");
            let want = row.total / max * widest;
            assert!(
                (width - want).abs() <= 0.1,
                "{page}: the {label} bar is {width} wide, expected {want:.1} ({} of {max})",
                row.total
            );
        }

        let table = element(&html, "table", "chart-table").expect("the chart's table");
        let body_rows: Vec<&str> = table.split("<tr><th scope=\"row\">").skip(1).collect();
        assert_eq!(body_rows.len(), rows.len(), "{page}: {table}");
        for (row, tr) in rows.iter().zip(body_rows) {
            let cells: Vec<String> = tr
                .split("<td>")
                .map(|c| strip_tags(c.split("</td>").next().unwrap_or_default()))
                .collect();
            let billions = (row.total / 1e9) as u64;
            let figure = match lang {
                "vi" => format!("{} tỷ đồng", grouped(billions, '.')),
                _ => format!("VND\u{a0}{} billion", grouped(billions, ',')),
            };
            assert_eq!(
                cells,
                [
                    sector_label(&row.sector, lang),
                    row.count.to_string(),
                    figure
                ],
                "{page}: the table row for {}",
                row.sector
            );
        }
    }
}

#[test]
fn pages_sorted_by_title_follow_their_slugs_and_ties_fall_back_to_the_title() {
    // By slug, `Ấp Bắc` (ap-bac) comes before `Bạc Liêu` (bac-lieu), though its first
    // letter is a later code point; and pages of equal weight are ordered by title.
    let page = |title: &str, weight: &str| format!("---\ntitle: {title}\n{weight}---\nNội dung.\n");
    let files = [
        (
            "content/tinh/_index.md",
            "---\ntitle: Tỉnh\nsort_by: title\n---\n".to_string(),
        ),
        ("content/tinh/bac-lieu.md", page("Bạc Liêu", "")),
        ("content/tinh/ap-bac.md", page("Ấp Bắc", "")),
        ("content/tinh/dong-thap.md", page("Đồng Tháp", "")),
        ("content/tinh/an-giang.md", page("An Giang", "")),
        (
            "content/xa/_index.md",
            "---\ntitle: Xã\nsort_by: weight\n---\n".to_string(),
        ),
        ("content/xa/vi-thanh.md", page("Vị Thanh", "weight: 1\n")),
        ("content/xa/ca-mau.md", page("Cà Mau", "weight: 2\n")),
        ("content/xa/an-khanh.md", page("Ấn Khánh", "weight: 2\n")),
    ];
    let files: Vec<(&str, &str)> = files.iter().map(|(p, t)| (*p, t.as_str())).collect();
    let run = crate::harness::Site::minimal_with(&files)
        .build(&[])
        .success();
    assert_eq!(
        card_links(&run.read("tinh/index.html")),
        [
            "/tinh/an-giang/",
            "/tinh/ap-bac/",
            "/tinh/bac-lieu/",
            "/tinh/dong-thap/"
        ]
    );
    assert_eq!(
        card_links(&run.read("xa/index.html")),
        ["/xa/vi-thanh/", "/xa/an-khanh/", "/xa/ca-mau/"]
    );
}
