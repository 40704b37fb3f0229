//! JSON-LD in every page's `<head>` (issue 19), read back as a search engine would: the
//! organisation and website on each home page, the breadcrumb trail everywhere else,
//! and `Project`, `Event` and `NewsArticle` nodes with the facts the pages state.

use serde_json::Value;

use crate::example_site::build_example;
use crate::harness::{Run, Site, attribute_values, element, file_for_url, strip_tags};

const OPEN: &str = "<script type=\"application/ld+json\">";

/// The page's one JSON-LD block, parsed; its text ends at the first `</script>`, as an
/// HTML parser ends it.
#[track_caller]
fn json_ld(html: &str) -> Value {
    assert_eq!(
        html.matches(OPEN).count(),
        1,
        "expected one JSON-LD block in:\n{html}"
    );
    let start = html.find(OPEN).unwrap() + OPEN.len();
    let end = start
        + html[start..]
            .find("</script>")
            .expect("the script is closed");
    let text = &html[start..end];
    let doc: Value = serde_json::from_str(text)
        .unwrap_or_else(|e| panic!("the JSON-LD does not parse ({e}):\n{text}"));
    assert_eq!(doc["@context"], "https://schema.org");
    doc
}

/// The nodes of the page's `@graph`.
fn graph(html: &str) -> Vec<Value> {
    json_ld(html)["@graph"]
        .as_array()
        .expect("an @graph list")
        .clone()
}

/// The graph's one node of `kind`.
#[track_caller]
fn node(html: &str, kind: &str) -> Value {
    let nodes = graph(html);
    let found: Vec<&Value> = nodes.iter().filter(|n| n["@type"] == kind).collect();
    assert_eq!(found.len(), 1, "one {kind} in {nodes:#?}");
    found[0].clone()
}

fn types(html: &str) -> Vec<String> {
    graph(html)
        .iter()
        .map(|n| n["@type"].as_str().unwrap_or_default().to_string())
        .collect()
}

/// The breadcrumb trail as (position, name, address).
fn trail(html: &str) -> Vec<(u64, String, String)> {
    node(html, "BreadcrumbList")["itemListElement"]
        .as_array()
        .expect("a list of items")
        .iter()
        .map(|item| {
            assert_eq!(item["@type"], "ListItem");
            (
                item["position"].as_u64().expect("a numbered position"),
                item["name"].as_str().expect("a name").to_string(),
                item["item"].as_str().expect("an address").to_string(),
            )
        })
        .collect()
}

/// The text of some HTML, tags dropped and the entities the theme writes read back.
fn text_of(html: &str) -> String {
    strip_tags(html)
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// The page's `<link rel="canonical">` address.
fn canonical(html: &str) -> String {
    let at = html
        .find("<link rel=\"canonical\"")
        .expect("a canonical link");
    attribute_values(&html[at..], "href")[0].clone()
}

fn example() -> (tempfile::TempDir, Run) {
    let out = tempfile::tempdir().expect("temp dir");
    let run = build_example(&out);
    (out, run)
}

#[test]
fn each_home_page_describes_the_one_organisation_and_its_website_in_its_language() {
    let (_out, run) = example();
    let mut ids = Vec::new();
    for (file, lang) in [("index.html", "vi"), ("en/index.html", "en")] {
        let html = run.read(file);
        assert_eq!(
            types(&html),
            ["GovernmentOrganization", "WebSite"],
            "{file}"
        );
        let home = canonical(&html);
        assert!(home.starts_with("https://haugiang.example.org/"), "{home}");
        let title = text_of(element(&html, "span", "brand-name").expect("the site's name"));

        let org = node(&html, "GovernmentOrganization");
        assert_eq!(org["url"], home, "{file}");
        assert_eq!(org["name"], title, "{file}");
        assert_eq!(org["image"], "https://haugiang.example.org/og-image.png");
        ids.push(org["@id"].clone());

        let site = node(&html, "WebSite");
        assert_eq!(site["inLanguage"], lang, "{file}");
        assert_eq!(site["url"], home);
        assert_eq!(site["name"], title);
        assert_eq!(site["publisher"]["@id"], org["@id"]);

        // The footer shows illustrative contact details (site.yaml marks them
        // `sample: true`): search engines are not told them as the province's own.
        assert!(html.contains("mailto:songoaivu@haugiang.example.org"));
        for withheld in ["email", "address", "telephone"] {
            assert!(org.get(withheld).is_none(), "{file}: {withheld} in {org}");
        }
    }
    assert_eq!(ids[0], ids[1], "both languages name the same organisation");
}

#[test]
fn the_organisation_gives_the_contact_details_site_yaml_states() {
    let site = Site::minimal_with(&[]);
    site.append(
        "site.yaml",
        r#"extra:
  contact:
    organisation: { vi: "Sở Ngoại vụ tỉnh Thử", en: "Thu Department of Foreign Affairs" }
    address: { vi: "1 Đường Một, Thử", en: "1 Mot Street, Thu" }
    email: "lienhe@example.org"
    phone: "0293 3 000 000"
"#,
    );
    let run = site.build(&[]).success();
    let vi = node(&run.read("index.html"), "GovernmentOrganization");
    assert_eq!(vi["name"], "Sở Ngoại vụ tỉnh Thử");
    assert_eq!(vi["address"], "1 Đường Một, Thử");
    assert_eq!(vi["email"], "lienhe@example.org");
    assert_eq!(vi["telephone"], "0293 3 000 000");
    assert!(vi.get("image").is_none(), "no image in site.yaml: {vi}");
    let en = node(&run.read("en/index.html"), "GovernmentOrganization");
    assert_eq!(en["name"], "Thu Department of Foreign Affairs");
    assert_eq!(en["address"], "1 Mot Street, Thu");
}

#[test]
fn every_other_page_has_its_breadcrumb_trail_as_the_reader_sees_it() {
    let (_out, run) = example();
    let mut checked = 0;
    for (file, html) in run.html_files() {
        if file == "index.html" || file == "en/index.html" {
            assert!(!types(&html).contains(&"BreadcrumbList".to_string()));
            continue;
        }
        // The search page (its results are not documents to index) and the 404 pages
        // have none.
        if html.contains("class=\"search-form\"") || file.ends_with("404.html") {
            assert!(!html.contains(OPEN), "{file}");
            continue;
        }
        let nav = element(&html, "nav", "breadcrumbs")
            .unwrap_or_else(|| panic!("{file} shows no breadcrumbs"));
        let shown: Vec<String> = nav
            .split("<li>")
            .skip(1)
            .map(|li| text_of(li.split("</li>").next().unwrap_or_default()))
            .collect();
        let links = attribute_values(nav, "href");
        let crumbs = trail(&html);
        assert_eq!(
            crumbs.iter().map(|c| c.1.clone()).collect::<Vec<_>>(),
            shown,
            "{file}"
        );
        for (i, (position, _, url)) in crumbs.iter().enumerate() {
            assert_eq!(*position, i as u64 + 1, "{file}");
            let path = url
                .strip_prefix("https://haugiang.example.org")
                .unwrap_or_else(|| panic!("{file}: `{url}` is not an absolute site address"));
            assert!(run.has(&file_for_url(path)), "{file}: `{url}` is no page");
            if let Some(link) = links.get(i) {
                assert_eq!(path, link, "{file}");
            }
        }
        assert_eq!(crumbs.last().unwrap().2, canonical(&html), "{file}");
        checked += 1;
    }
    assert!(checked > 200, "only {checked} pages with breadcrumbs");
}

#[test]
fn a_deep_page_lists_every_section_above_it_in_order() {
    let site = Site::minimal_with(&[
        ("content/hop-tac/_index.md", "---\ntitle: Hợp tác\n---\n"),
        (
            "content/hop-tac/_index.en.md",
            "---\ntitle: Cooperation\nslug: cooperation\n---\n",
        ),
        (
            "content/hop-tac/huu-nghi/_index.md",
            "---\ntitle: Hữu nghị\n---\n",
        ),
        (
            "content/hop-tac/huu-nghi/_index.en.md",
            "---\ntitle: Friendship\nslug: friendship\n---\n",
        ),
        (
            "content/hop-tac/huu-nghi/gangjin.md",
            "---\ntitle: Huyện Gangjin\n---\nNội dung.\n",
        ),
        (
            "content/hop-tac/huu-nghi/gangjin.en.md",
            "---\ntitle: Gangjin County\nslug: gangjin\n---\nText.\n",
        ),
    ]);
    let run = site.build(&[]).success();
    let at = |p: &str| format!("https://example.org{p}");
    assert_eq!(
        trail(&run.read("hop-tac/huu-nghi/gangjin/index.html")),
        [
            (1, "Trang chủ".to_string(), at("/")),
            (2, "Hợp tác".to_string(), at("/hop-tac/")),
            (3, "Hữu nghị".to_string(), at("/hop-tac/huu-nghi/")),
            (
                4,
                "Huyện Gangjin".to_string(),
                at("/hop-tac/huu-nghi/gangjin/")
            ),
        ]
    );
    assert_eq!(
        trail(&run.read("en/cooperation/friendship/gangjin/index.html")),
        [
            (1, "Home".to_string(), at("/en/")),
            (2, "Cooperation".to_string(), at("/en/cooperation/")),
            (
                3,
                "Friendship".to_string(),
                at("/en/cooperation/friendship/")
            ),
            (
                4,
                "Gangjin County".to_string(),
                at("/en/cooperation/friendship/gangjin/")
            ),
        ]
    );
}

const PROJECTS_INDEX: (&str, &str) = (
    "content/dau-tu/_index.md",
    "---\ntitle: Dự án kêu gọi đầu tư\npage_type: project\n---\n",
);

#[test]
fn a_project_is_a_project_with_its_coordinates_as_written() {
    let site = Site::minimal_with(&[
        PROJECTS_INDEX,
        (
            "content/dau-tu/khu-nong-nghiep.md",
            "---\ntitle: Khu nông nghiệp công nghệ cao\ndescription: Kêu gọi đầu tư nông nghiệp.\nsector: agriculture\ndistrict: phung-hiep\nstatus: calling\nlocation: { lat: 9.74, lon: 105.705 }\n---\nNội dung.\n",
        ),
        (
            "content/dau-tu/khu-nong-nghiep.en.md",
            "---\ntitle: High-Tech Agricultural Zone\ndescription: Agricultural investment.\nslug: agricultural-zone\n---\nText.\n",
        ),
        (
            "content/dau-tu/khong-toa-do.md",
            "---\ntitle: Dự án không tọa độ\ndescription: Chưa có tọa độ.\nsector: industry\ndistrict: vi-thanh\nstatus: preparing\n---\nNội dung.\n",
        ),
    ]);
    let run = site.build(&[]).success();
    for (file, name, description, district) in [
        (
            "dau-tu/khu-nong-nghiep/index.html",
            "Khu nông nghiệp công nghệ cao",
            "Kêu gọi đầu tư nông nghiệp.",
            "Huyện Phụng Hiệp",
        ),
        (
            "en/investment/agricultural-zone/index.html",
            "High-Tech Agricultural Zone",
            "Agricultural investment.",
            "Phung Hiep District",
        ),
    ] {
        let html = run.read(file);
        assert_eq!(types(&html), ["BreadcrumbList", "Project"], "{file}");
        let project = node(&html, "Project");
        assert_eq!(project["name"], name);
        assert_eq!(project["description"], description);
        assert_eq!(project["url"], canonical(&html));
        let place = &project["location"];
        assert_eq!(place["@type"], "Place");
        assert_eq!(place["name"], district, "{file}");
        assert_eq!(place["geo"]["@type"], "GeoCoordinates");
        assert_eq!(place["geo"]["latitude"].as_f64(), Some(9.74));
        assert_eq!(place["geo"]["longitude"].as_f64(), Some(105.705));
        assert!(html.contains("\"latitude\":9.74,\"longitude\":105.705"));
    }
    let without = node(&run.read("dau-tu/khong-toa-do/index.html"), "Project");
    assert_eq!(without["location"]["name"], "Thành phố Vị Thanh");
    assert!(without["location"].get("geo").is_none(), "{without}");
}

#[test]
fn illustrative_pages_give_search_engines_their_breadcrumbs_only() {
    // Every project and event of the example site is marked `sample: true`: their
    // coordinates and dates are illustrative, so none is published as a fact.
    let (_out, run) = example();
    for file in [
        "dau-tu/khu-nong-nghiep-cong-nghe-cao/index.html",
        "en/investment/high-tech-agricultural-zone/index.html",
        "su-kien/hoi-cho-du-lich-quoc-te/index.html",
    ] {
        let html = run.read(file);
        assert!(
            html.contains("notice-sample"),
            "{file} is not a sample page"
        );
        assert_eq!(types(&html), ["BreadcrumbList"], "{file}");
    }
}

#[test]
fn an_event_has_its_dates_and_place_in_each_language() {
    let site = Site::minimal_with(&[
        (
            "content/su-kien/_index.md",
            "---\ntitle: Sự kiện\npage_type: event\n---\n",
        ),
        (
            "content/su-kien/_index.en.md",
            "---\ntitle: Events\nslug: events\n---\n",
        ),
        (
            "content/su-kien/hoi-nghi.md",
            "---\ntitle: Hội nghị xúc tiến\ndescription: Hội nghị.\ndate: 2018-09-20\nend_date: 2018-09-21\nplace: Thành phố Vị Thanh\n---\nNội dung.\n",
        ),
        (
            "content/su-kien/hoi-nghi.en.md",
            "---\ntitle: Promotion conference\nslug: conference\nplace: Vi Thanh City\n---\nText.\n",
        ),
        (
            "content/su-kien/mot-ngay.md",
            "---\ntitle: Họp mặt\ndate: 2018-02-01T09:30:00\n---\nNội dung.\n",
        ),
    ]);
    let run = site.build(&[]).success();
    for (file, lang, name, place) in [
        (
            "su-kien/hoi-nghi/index.html",
            "vi",
            "Hội nghị xúc tiến",
            "Thành phố Vị Thanh",
        ),
        (
            "en/events/conference/index.html",
            "en",
            "Promotion conference",
            "Vi Thanh City",
        ),
    ] {
        let html = run.read(file);
        let event = node(&html, "Event");
        assert_eq!(event["name"], name);
        assert_eq!(event["startDate"], "2018-09-20");
        assert_eq!(event["endDate"], "2018-09-21");
        assert_eq!(event["location"]["@type"], "Place");
        assert_eq!(event["location"]["name"], place, "{file}");
        assert_eq!(event["inLanguage"], lang);
        assert_eq!(event["url"], canonical(&html));
        // Nothing the page does not say.
        for unknown in ["eventStatus", "eventAttendanceMode", "organizer", "offers"] {
            assert!(event.get(unknown).is_none(), "{file}: {unknown}");
        }
    }
    let short = node(&run.read("su-kien/mot-ngay/index.html"), "Event");
    assert_eq!(short["startDate"], "2018-02-01T09:30:00");
    assert!(short.get("endDate").is_none() && short.get("location").is_none());
}

#[test]
fn a_news_item_is_a_news_article_published_by_the_organisation() {
    let (_out, run) = example();
    let org = node(&run.read("index.html"), "GovernmentOrganization");
    for (file, lang) in [
        ("tin-tuc/ban-hanh-ke-hoach-doi-ngoai-2018/index.html", "vi"),
        ("en/news/2018-external-affairs-plan-issued/index.html", "en"),
    ] {
        let html = run.read(file);
        assert_eq!(types(&html), ["BreadcrumbList", "NewsArticle"], "{file}");
        let article = node(&html, "NewsArticle");
        let h1 = text_of(
            element(&html, "header", "page-head")
                .unwrap()
                .split("</h1>")
                .next()
                .unwrap(),
        );
        assert_eq!(article["headline"], h1, "{file}");
        let time = html.find("<time datetime=\"").expect("a date on the page") + 16;
        assert_eq!(
            article["datePublished"],
            html[time..time + 10],
            "{file}: the date the page shows"
        );
        assert_eq!(article["inLanguage"], lang);
        assert_eq!(article["url"], canonical(&html));
        assert_eq!(article["mainEntityOfPage"], canonical(&html));
        assert_eq!(
            article["image"],
            "https://haugiang.example.org/og-image.png"
        );
        assert_eq!(article["publisher"]["@type"], "GovernmentOrganization");
        assert_eq!(article["publisher"]["@id"], org["@id"]);
        assert!(
            article.get("dateModified").is_none(),
            "no `updated:` written"
        );
    }
}

#[test]
fn a_title_that_closes_the_script_stays_inside_the_json() {
    let title = "</script><script>alert(1)</script> \u{2028} <!-- & \"quoted\"";
    let yaml_title = title.replace('"', "\\\"").replace('\u{2028}', "\\u2028");
    let page = format!(
        "---\ntitle: \"{yaml_title}\"\ndescription: Tin.\ndate: 2018-03-13\nupdated: 2018-03-14\n---\nNội dung.\n"
    );
    let site = Site::minimal_with(&[
        (
            "content/tin-tuc/_index.md",
            "---\ntitle: Tin tức\npage_type: news\n---\n",
        ),
        ("content/tin-tuc/hostile.md", &page),
    ]);
    let run = site.build(&[]).success();
    let html = run.read("tin-tuc/hostile/index.html");
    let article = node(&html, "NewsArticle");
    assert_eq!(article["headline"], title);
    assert_eq!(article["dateModified"], "2018-03-14");
    assert_eq!(trail(&html).last().unwrap().1, title);
    // No script but the JSON-LD's and the theme's own files.
    let start = html.find(OPEN).unwrap();
    let block = &html[start..start + html[start..].find("</script>").unwrap()];
    for raw in ["<script>", "\u{2028}", "<!--", "&"] {
        assert!(!block[OPEN.len()..].contains(raw), "{raw:?} in {block}");
    }
    assert!(!html.contains("<script>alert(1)"));
}
