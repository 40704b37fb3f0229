//! The repository's own example site (the Hậu Giang province site in `site.yaml` and
//! `content/`) builds cleanly, is bilingual, has no dead internal links, and builds to
//! the same bytes every time.

use crate::harness::{Run, attribute_values, file_for_url, repo_root, run_outreach, tree};

/// Builds the example site from the repository root into a temporary folder.
pub(crate) fn build_example(out: &tempfile::TempDir) -> Run {
    let output = out.path().join("site");
    let root = repo_root().to_str().expect("UTF-8 repository path");
    let output_arg = output.to_str().expect("UTF-8 temp path").to_string();
    run_outreach(
        repo_root(),
        &["build", "--root", root, "--output", &output_arg],
        output,
    )
    .success()
}

#[test]
fn example_site_builds_both_languages_with_no_dead_internal_links() {
    let out = tempfile::tempdir().expect("temp dir");
    let run = build_example(&out);
    let pages = run.html_files();

    let english = pages
        .keys()
        .filter(|p| p.starts_with("en/") && p.ends_with("index.html"))
        .count();
    let vietnamese = pages
        .keys()
        .filter(|p| !p.starts_with("en/") && p.ends_with("index.html"))
        .count();
    assert!(vietnamese >= 10, "only {vietnamese} Vietnamese pages");
    assert!(english >= 10, "only {english} English pages");

    let mut dead = Vec::new();
    let mut checked = 0;
    for (page, html) in &pages {
        for url in attribute_values(html, "href")
            .into_iter()
            .chain(attribute_values(html, "src"))
        {
            // Site paths only: not `//host/…`, `https://…`, `#top` or `mailto:`.
            if !url.starts_with('/') || url.starts_with("//") {
                continue;
            }
            checked += 1;
            if !run.has(&file_for_url(&url)) {
                dead.push(format!("{page}: {url}"));
            }
        }
    }
    assert!(checked > 100, "only {checked} internal links found");
    assert!(
        dead.is_empty(),
        "{} dead internal links:\n{}",
        dead.len(),
        dead.join("\n")
    );
}

#[test]
fn example_site_builds_to_the_same_bytes_every_time() {
    let (a, b) = (
        tempfile::tempdir().expect("temp dir"),
        tempfile::tempdir().expect("temp dir"),
    );
    let first = tree(&build_example(&a).output);
    let second = tree(&build_example(&b).output);
    assert_eq!(
        first.keys().collect::<Vec<_>>(),
        second.keys().collect::<Vec<_>>()
    );
    for (path, bytes) in &first {
        assert!(
            &second[path] == bytes,
            "`{path}` differs between two builds"
        );
    }
}

/// Issue 10: every activity of the 2018 plan has its page in both languages, with the
/// seed's facts in it; the site builds with no warnings and every translation is current.
#[test]
fn the_example_site_covers_every_activity_of_the_2018_plan_in_both_languages() {
    let out = tempfile::tempdir().expect("temp dir");
    let run = build_example(&out);
    assert!(
        !run.stderr.contains("warning"),
        "the example site builds with warnings:\n{}",
        run.stderr
    );
    let text = |url: &str| crate::harness::strip_tags(&run.read(&file_for_url(url)));
    // (Vietnamese address, English address, what both must say, in each language's words)
    let activities: &[(&str, &str, &[&str], &[&str])] = &[
        (
            "/dau-tu/xuc-tien-dau-tu/",
            "/en/investment/investment-promotion/",
            &["xúc tiến đầu tư"],
            &["investment promotion"],
        ),
        (
            "/doi-tac/gyeongsangbuk-do/",
            "/en/partners/gyeongsangbuk-do/",
            &["Gyeongsangbuk"],
            &["Gyeongsangbuk"],
        ),
        (
            "/doi-tac/jeollanam-do/",
            "/en/partners/jeollanam-do/",
            &["Gangjin", "Gokseong"],
            &["Gangjin", "Gokseong"],
        ),
        (
            "/doi-tac/huyen-gangjin/",
            "/en/partners/gangjin-county/",
            &["Phụng Hiệp"],
            &["Phung Hiep"],
        ),
        (
            "/doi-tac/huyen-gokseong/",
            "/en/partners/gokseong-county/",
            &["Long Mỹ"],
            &["Long My"],
        ),
        (
            "/doi-tac/vien-ky-thuat-nong-nghiep-jeonnam-gwangju/",
            "/en/partners/jeonnam-gwangju-agricultural-technology-institute/",
            &["công nghệ cao"],
            &["high-tech"],
        ),
        (
            "/doi-tac/saemaul-globalization-foundation/",
            "/en/partners/saemaul-globalization-foundation/",
            &["Lương Tâm", "Bình Thành"],
            &["Luong Tam", "Binh Thanh"],
        ),
        (
            "/ngoai-giao-van-hoa/chien-luoc-ngoai-giao-van-hoa/",
            "/en/cultural-diplomacy/cultural-diplomacy-strategy/",
            &["103/KH-UBND", "2020"],
            &["103/KH-UBND", "2020"],
        ),
        (
            "/thong-tin-doi-ngoai/chien-luoc-2014-2020/",
            "/en/external-information/strategy-2014-2020/",
            &["2014"],
            &["2014"],
        ),
        (
            "/doan-ra-doan-vao/ke-hoach-doan-ra-2018/",
            "/en/delegations/outgoing-delegations-2018/",
            &["Hàn Quốc", "Nhật Bản", "Nam Phi", "Israel", "Ấn Độ", "Úc"],
            &[
                "Korea",
                "Japan",
                "South Africa",
                "Israel",
                "India",
                "Australia",
            ],
        ),
        (
            "/doan-ra-doan-vao/doan-vao/",
            "/en/delegations/incoming-delegations/",
            &["đoàn vào"],
            &["incoming"],
        ),
        (
            "/vien-tro-phi-chinh-phu/van-dong-vien-tro/",
            "/en/foreign-ngo-aid/mobilising-aid/",
            &["phi chính phủ"],
            &["NGO aid"],
        ),
        (
            "/su-kien/hoi-nghi-xuc-tien-vien-tro-pcpnn/",
            "/en/events/foreign-ngo-aid-conference/",
            &["Hội nghị"],
            &["conference"],
        ),
        (
            "/nguoi-viet-nam-o-nuoc-ngoai/kieu-bao/",
            "/en/overseas-vietnamese/work-with-overseas-vietnamese/",
            &["kiều bào"],
            &["overseas Vietnamese"],
        ),
        (
            "/nguoi-viet-nam-o-nuoc-ngoai/doi-ngoai-nhan-dan/",
            "/en/overseas-vietnamese/people-to-people-diplomacy/",
            &["đối ngoại nhân dân"],
            &["people-to-people"],
        ),
        (
            "/lanh-su/bao-ho-cong-dan/",
            "/en/consular-affairs/citizen-protection/",
            &["bảo hộ"],
            &["protection"],
        ),
        (
            "/lanh-su/xuat-khau-lao-dong/",
            "/en/consular-affairs/labour-export-advice/",
            &["xuất khẩu lao động"],
            &["labour"],
        ),
        (
            "/dao-tao/tap-huan-doi-ngoai/",
            "/en/training/external-affairs-training/",
            &["tập huấn"],
            &["training"],
        ),
    ];
    for (vi, en, vi_words, en_words) in activities {
        for (url, words) in [(vi, vi_words), (en, en_words)] {
            assert!(run.has(&file_for_url(url)), "no page at {url}");
            let page = text(url).to_lowercase();
            for w in *words {
                assert!(
                    page.contains(&w.to_lowercase()),
                    "{url} does not mention {w}"
                );
            }
        }
    }

    // At least 8 typed projects with a facts table, in each language; 25+ pages each.
    let pages = run.html_files();
    for (lang, list) in [("vi", "dau-tu/"), ("en", "en/investment/")] {
        let projects = pages
            .iter()
            .filter(|(p, html)| {
                p.starts_with(list)
                    && p.matches('/').count() == list.matches('/').count() + 1
                    && html.contains("<table class=\"facts\"")
            })
            .count();
        assert!(projects >= 8, "only {projects} {lang} project pages");
        let content = pages
            .keys()
            .filter(|p| p.ends_with("index.html") && (lang == "en") == p.starts_with("en/"))
            .count();
        assert!(content >= 25, "only {content} {lang} pages");
    }

    // The plan is one page, its legal references a list, the ones the site acts on linked.
    for (url, heading) in [
        ("/ke-hoach-doi-ngoai-2018/", "id=\"van-ban-can-cu\""),
        ("/en/external-affairs-plan-2018/", "id=\"legal-references\""),
    ] {
        let html = run.read(&file_for_url(url));
        let at = html
            .find(heading)
            .unwrap_or_else(|| panic!("{url}: no {heading}"));
        let rest = &html[at..];
        let list = rest
            .find("<ul>")
            .and_then(|start| {
                rest[start..]
                    .find("</ul>")
                    .map(|end| &rest[start..start + end])
            })
            .unwrap_or_else(|| panic!("{url}: the references are not a list"));
        assert!(list.matches("<li>").count() >= 20, "{url}: few references");
        let links: Vec<String> = attribute_values(list, "href");
        assert!(
            links.len() >= 10,
            "{url}: only {} references linked",
            links.len()
        );
        for link in links {
            assert!(run.has(&file_for_url(&link)), "{url}: {link} is dead");
        }
    }

    // Every English translation is stamped as up to date with its original.
    let status = run_outreach(
        repo_root(),
        &[
            "translations",
            "--root",
            repo_root().to_str().expect("UTF-8"),
        ],
        out.path().to_path_buf(),
    )
    .success();
    assert!(
        status
            .stdout
            .contains("0 out of date, 0 never checked, 0 missing"),
        "{}",
        status.stdout
    );
}

/// Every page carries the site's name, its menu and its contact details in the reader's
/// language; every project whose figures are illustrative (`sample: true`) says so in
/// the reader's language, and the one project page that is not illustrative does not.
#[test]
fn the_example_sites_frame_and_illustrative_labels_are_in_the_readers_language() {
    let out = tempfile::tempdir().expect("temp dir");
    let run = build_example(&out);
    let element = |html: &str, tag: &str, class: &str| {
        crate::harness::strip_tags(crate::harness::element(html, tag, class).unwrap_or(""))
    };
    for (page, name, menu, organisation) in [
        (
            "index.html",
            "Thông tin đối ngoại Hậu Giang",
            ["Đầu tư", "Đối tác", "Kế hoạch 2018"],
            "Sở Ngoại vụ tỉnh Hậu Giang",
        ),
        (
            "en/index.html",
            "Hau Giang External Information",
            ["Investment", "Partners", "2018 Plan"],
            "Hau Giang Department of Foreign Affairs",
        ),
        (
            "lien-he/index.html",
            "Thông tin đối ngoại Hậu Giang",
            ["Đầu tư", "Đối tác", "Kế hoạch 2018"],
            "Sở Ngoại vụ tỉnh Hậu Giang",
        ),
        (
            "en/partners/jeollanam-do/index.html",
            "Hau Giang External Information",
            ["Investment", "Partners", "2018 Plan"],
            "Hau Giang Department of Foreign Affairs",
        ),
    ] {
        let html = run.read(page);
        assert!(
            element(&html, "span", "brand-name").contains(name),
            "{page}: no site name"
        );
        let nav = element(&html, "nav", "site-nav");
        for item in menu {
            assert!(nav.contains(item), "{page}: the menu has no {item}: {nav}");
        }
        let footer = element(&html, "footer", "site-footer");
        assert!(footer.contains(organisation), "{page}: {footer}");
        assert!(
            footer.contains("songoaivu@haugiang.example.org"),
            "{page}: {footer}"
        );
    }

    let dir = repo_root().join("content/dau-tu");
    let (mut labelled, mut plain) = (0, 0);
    for entry in std::fs::read_dir(&dir).expect("content/dau-tu") {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        if !name.ends_with(".md") || name.ends_with(".en.md") || name.starts_with('_') {
            continue;
        }
        let stem = name.trim_end_matches(".md");
        let source = std::fs::read_to_string(&path).expect("source");
        let sample = source.lines().any(|l| l.trim() == "sample: true");
        let english =
            std::fs::read_to_string(dir.join(format!("{stem}.en.md"))).expect("translation");
        let slug = english
            .lines()
            .find_map(|l| l.strip_prefix("slug:"))
            .map_or(stem.to_string(), |s| s.trim().trim_matches('"').to_string());
        for (url, label) in [
            (format!("/dau-tu/{stem}/"), "Số liệu minh họa."),
            (format!("/en/investment/{slug}/"), "Illustrative figures."),
        ] {
            let html = run.read(&file_for_url(&url));
            let notice = element(&html, "p", "notice notice-sample");
            if sample {
                assert!(
                    notice.contains(label),
                    "{url} is sample: true but shows no {label:?}"
                );
                labelled += 1;
            } else {
                assert!(
                    notice.is_empty(),
                    "{url} is not sample: true but says {notice:?}"
                );
                plain += 1;
            }
        }
    }
    assert!(
        labelled >= 16 && plain >= 2,
        "{labelled} labelled, {plain} plain"
    );
}

/// The district and partner-country taxonomies: a term page per value in each language,
/// with its own translated slug, listing exactly the pages that carry that value.
#[test]
fn the_district_and_country_taxonomies_list_their_pages_in_both_languages() {
    let out = tempfile::tempdir().expect("temp dir");
    let run = build_example(&out);
    // Every project's district, read from its source, leads to a term page listing it.
    let dir = repo_root().join("content/dau-tu");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).expect("content/dau-tu") {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        if !name.ends_with(".md") || name.ends_with(".en.md") || name.starts_with('_') {
            continue;
        }
        let source = std::fs::read_to_string(&path).expect("source");
        let Some(district) = source.lines().find_map(|l| l.strip_prefix("district:")) else {
            continue;
        };
        let term = district.trim();
        let stem = name.trim_end_matches(".md");
        let list = run
            .files()
            .into_keys()
            .filter(|p| p.starts_with("dia-ban/") && p.ends_with("/index.html"))
            .find(|p| {
                let html = run.read(p);
                html.contains(&format!("href=\"/dau-tu/{stem}/\""))
                    && !p.contains("/page/")
                    && p != "dia-ban/index.html"
            });
        assert!(list.is_some(), "no district page lists {stem} ({term})");
        checked += 1;
    }
    assert!(checked >= 8, "only {checked} projects with a district");
    for (index, term, partner) in [
        (
            "dia-ban/index.html",
            "dia-ban/huyen-phung-hiep/index.html",
            "/dau-tu/khu-nong-nghiep-cong-nghe-cao/",
        ),
        (
            "en/locations/index.html",
            "en/locations/phung-hiep-district/index.html",
            "/en/investment/high-tech-agricultural-zone/",
        ),
        (
            "quoc-gia/index.html",
            "quoc-gia/han-quoc/index.html",
            "/doi-tac/gyeongsangbuk-do/",
        ),
        (
            "en/countries/index.html",
            "en/countries/republic-of-korea/index.html",
            "/en/partners/gyeongsangbuk-do/",
        ),
    ] {
        let listed = run.read(index);
        let url = format!("/{}", term.trim_end_matches("index.html"));
        assert!(
            listed.contains(&format!("href=\"{url}\"")),
            "{index} does not link {url}"
        );
        assert!(
            run.read(term).contains(&format!("href=\"{partner}\"")),
            "{term} does not list {partner}"
        );
    }
}
