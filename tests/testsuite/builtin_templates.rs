//! The sitemap, the Atom feeds and `robots.txt` are templates outreach ships (as Zola's
//! built-ins are): a site's own `templates/sitemap.xml`, `atom.xml` or `robots.txt`
//! replaces one, sees the same variables, and its mistakes are reported at their line.

use crate::harness::Site;

/// The smallest site with a news section that has a feed, in two languages, and `extra`
/// files (a site's own templates).
fn site(extra: &[(&str, &str)]) -> Site {
    let mut files: Vec<(&str, &str)> = vec![
        (
            "content/tin-tuc/_index.md",
            "---\ntitle: Tin tức\nfeed: true\n---\nTin.\n",
        ),
        (
            "content/tin-tuc/_index.en.md",
            "---\ntitle: News\nslug: news\n---\nNews.\n",
        ),
        (
            "content/tin-tuc/doan-cong-tac.md",
            "---\ntitle: Đoàn công tác & đối tác\ndescription: Một đoàn.\ndate: 2018-03-13\n---\nNội dung <b>đậm</b>.\n",
        ),
    ];
    files.extend_from_slice(extra);
    Site::minimal_with(&files)
}

#[test]
fn a_sites_own_robots_txt_replaces_the_built_in_one_with_the_sitemap_address_given() {
    let run = site(&[(
        "templates/robots.txt",
        "User-agent: *\nDisallow: /nhap/\nSitemap: {{ sitemap_url }}\n",
    )])
    .build(&[])
    .success();
    let robots = run.read("robots.txt");
    assert!(robots.contains("Disallow: /nhap/\n"), "{robots}");
    assert!(
        robots.contains("Sitemap: https://") && robots.trim_end().ends_with("/sitemap.xml"),
        "{robots}"
    );
    assert!(
        !robots.contains("Allow: /\n"),
        "the built-in one was kept: {robots}"
    );
}

#[test]
fn without_a_template_of_its_own_a_site_gets_the_built_in_sitemap_and_robots_txt() {
    let run = site(&[]).build(&[]).success();
    let robots = run.read("robots.txt");
    assert!(robots.starts_with("User-agent: *\nAllow: /\n"), "{robots}");
    let sitemap = run.read("sitemap.xml");
    assert!(sitemap.starts_with("<?xml"), "{sitemap}");
    // Every language version of the news page, with its alternates; the `&` escaped once.
    assert!(sitemap.contains("hreflang=\"x-default\""), "{sitemap}");
    assert!(
        sitemap.contains("/tin-tuc/doan-cong-tac/</loc>"),
        "{sitemap}"
    );
    assert!(
        sitemap.contains("<lastmod>2018-03-13</lastmod>"),
        "{sitemap}"
    );
    assert!(
        !sitemap.contains("{%") && !sitemap.contains("{#"),
        "{sitemap}"
    );
    let feed = run.read("tin-tuc/atom.xml");
    assert!(
        feed.contains("<title>Đoàn công tác &amp; đối tác</title>"),
        "{feed}"
    );
    assert!(feed.contains("&lt;b&gt;đậm&lt;/b&gt;"), "{feed}");
}

#[test]
fn a_sites_own_sitemap_and_feed_templates_see_every_entry() {
    let run = site(&[
        (
            "templates/sitemap.xml",
            "<urls>{% for e in entries %}\n<u lastmod=\"{{ e.lastmod | default(value='') }}\" alternates=\"{{ e.alternates | length }}\">{{ e.permalink | escape_xml | safe }}</u>{% endfor %}\n</urls>\n",
        ),
        (
            "templates/atom.xml",
            "<rss lang=\"{{ lang }}\"><title>{{ feed.title | escape_xml | safe }}</title>{% for e in entries %}<item>{{ e.title | escape_xml | safe }} {{ e.published }} {{ e.summary }}</item>{% endfor %}</rss>\n",
        ),
    ])
    .build(&[])
    .success();
    let sitemap = run.read("sitemap.xml");
    assert!(sitemap.starts_with("<urls>"), "{sitemap}");
    assert!(
        sitemap.contains("<u lastmod=\"\" alternates=\"3\">https://example.org/en/</u>"),
        "the English home page, with its vi, en and x-default versions: {sitemap}"
    );
    assert!(
        sitemap.contains(
            "<u lastmod=\"2018-03-13\" alternates=\"0\">https://example.org/tin-tuc/doan-cong-tac/</u>"
        ),
        "the news page, in Vietnamese only, with its date: {sitemap}"
    );
    let feed = run.read("tin-tuc/atom.xml");
    assert_eq!(
        feed,
        "<rss lang=\"vi\"><title>Tin tức · Hậu Giang thử nghiệm</title><item>Đoàn công tác &amp; đối tác 2018-03-13T00:00:00Z Một đoàn.</item></rss>\n"
    );
}

#[test]
fn a_mistake_in_a_sites_sitemap_template_is_an_error_at_its_line_and_nothing_is_published() {
    let site = site(&[(
        "templates/sitemap.xml",
        "<urlset>\n{% for e in entries %}\n<url>{{ e.address }}</url>\n{% endfor %}\n</urlset>\n",
    )]);
    let run = site.build(&[]).exit_code(1);
    let places = run.error_places();
    assert_eq!(places.len(), 1, "{}", run.stderr);
    assert!(
        places[0] == "templates/sitemap.xml:3:11",
        "{places:?}\n{}",
        run.stderr
    );
    assert!(
        !site.path("output").exists(),
        "a failed build wrote output/"
    );
}
