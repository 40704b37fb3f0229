//! The repository's own example site (the Hậu Giang province site in `site.yaml` and
//! `content/`) builds cleanly, is bilingual, has no dead internal links, and builds to
//! the same bytes every time.

use crate::harness::{Run, attribute_values, file_for_url, repo_root, run_outreach, tree};

/// Builds the example site from the repository root into a temporary folder.
fn build_example(out: &tempfile::TempDir) -> Run {
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
        status.stdout.contains("0 stale, 0 unstamped, 0 missing"),
        "{}",
        status.stdout
    );
}
