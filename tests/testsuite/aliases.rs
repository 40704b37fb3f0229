//! `aliases:` in front matter: each old address becomes a small page that sends readers
//! and search engines to the page's current address in the same language. An alias that
//! is a real page's address, another page's alias, a file the build writes itself (its
//! output marker, the sitemap, the language picker…) or a folder one of them needs, or
//! outside the site, is an error at the alias, naming the file and line.
//!
//! Fixture: `outputs/site` (see `side_outputs`); the error cases are written inline.

use crate::harness::{Site, attribute_values};
use crate::side_outputs::{BASE, built, canonicals, is_redirect, meta_tags};

#[test]
fn each_alias_is_a_redirect_to_the_pages_address_in_its_language() {
    let run = built();
    for (alias, lang, target, title) in [
        (
            "tin-tuc/2018/ke-hoach/index.html",
            "vi",
            "/tin-tuc/ban-hanh-ke-hoach/",
            "Ban hành kế hoạch đối ngoại năm 2018",
        ),
        // Written without a leading slash and with a file name: kept as a file.
        (
            "ke-hoach-cu.html",
            "vi",
            "/tin-tuc/ban-hanh-ke-hoach/",
            "Ban hành kế hoạch đối ngoại năm 2018",
        ),
        // The translation's own alias leads to the translation.
        (
            "en/news/2018/plan/index.html",
            "en",
            "/en/news/plan-issued/",
            "The 2018 external affairs plan is issued",
        ),
    ] {
        let html = run.read(alias);
        let target_url = format!("{BASE}{target}");
        assert!(is_redirect(&html), "{alias} is not a redirect:\n{html}");
        assert!(
            html.contains(&format!("<html lang=\"{lang}\">")),
            "{alias}: not in {lang}"
        );
        assert!(
            html.contains(&format!(
                "<meta http-equiv=\"refresh\" content=\"0; url={target_url}\">"
            )),
            "{alias} does not redirect at once to {target_url}:\n{html}"
        );
        assert_eq!(
            canonicals(&html),
            std::slice::from_ref(&target_url),
            "{alias}"
        );
        assert_eq!(meta_tags(&html)["robots"], ["noindex"], "{alias}");
        // A reader whose browser does not follow the refresh has a link.
        assert_eq!(
            attribute_values(&html, "href"),
            [target_url.clone(), target_url.clone()]
        );
        assert!(html.contains(&format!(">{title}</a>")), "{alias}");
        assert!(
            run.has(&crate::harness::file_for_url(target)),
            "{alias} leads to {target}, which is not in the output"
        );
    }
    // Aliases belong to the file that writes them: the English page did not inherit the
    // Vietnamese aliases, and nothing else became a redirect.
    assert!(!run.has("en/tin-tuc/2018/ke-hoach/index.html"));
    let redirects: Vec<String> = run
        .html_files()
        .into_iter()
        .filter(|(_, html)| is_redirect(html))
        .map(|(file, _)| file)
        .collect();
    assert_eq!(
        redirects,
        [
            "en/news/2018/plan/index.html",
            "ke-hoach-cu.html",
            "tin-tuc/2018/ke-hoach/index.html"
        ]
    );
}

#[test]
fn an_alias_that_is_taken_or_outside_the_site_is_an_error_at_the_alias() {
    let site = Site::minimal_with(&[
        (
            "content/dau-tu/cu.md",
            "---\ntitle: Trang có bí danh\naliases:\n  - /doi-tac/\n  - \"/en/investment/\"\n  - /trang-cu/\n  - ../../etc/passwd\n---\nNội dung.\n",
        ),
        (
            "content/dau-tu/khac.md",
            "---\ntitle: Trang khác\naliases: [\"/trang-cu/\"]\n---\nNội dung.\n",
        ),
    ]);
    let run = site.build(&[]).exit_code(1);
    // An alias at a section's address, in either language, names the section's file.
    run.error_at("content/dau-tu/cu.md", 4, 5)
        .says("`/doi-tac/`")
        .says("content/doi-tac/_index.md")
        .quotes("  - /doi-tac/");
    run.error_at("content/dau-tu/cu.md", 5, 5)
        .says("`/en/investment/`")
        .says("content/dau-tu/_index.en.md")
        .quotes("  - \"/en/investment/\"");
    run.error_at("content/dau-tu/cu.md", 7, 5)
        .says("`../../etc/passwd`")
        .says("not an address inside the site");
    // Two pages claiming one old address: the second is told about the first.
    let (first, second) = if run
        .error_places()
        .contains(&"content/dau-tu/khac.md:3:11".to_string())
    {
        (
            "content/dau-tu/cu.md",
            run.error_at("content/dau-tu/khac.md", 3, 11),
        )
    } else {
        (
            "content/dau-tu/khac.md",
            run.error_at("content/dau-tu/cu.md", 6, 5),
        )
    };
    second.says("`/trang-cu/`").says(first);
    assert_eq!(run.error_places().len(), 4, "{}", run.stderr);
    assert!(
        !site.path("output").exists(),
        "a failed build wrote output/"
    );
}

#[test]
fn an_alias_at_the_address_of_a_file_the_build_writes_is_an_error_naming_that_file() {
    let site = Site::minimal_with(&[(
        "content/dau-tu/cu.md",
        "---\ntitle: Trang có bí danh\naliases:\n  - /sitemap.xml\n  - /robots.txt\n  - /style.css\n  - /404.html\n  - /trang-cu-that-su/\n---\nNội dung.\n",
    )]);
    let run = site.build(&[]).exit_code(1);
    run.error_at("content/dau-tu/cu.md", 4, 5)
        .says("`/sitemap.xml`")
        .says("the sitemap");
    run.error_at("content/dau-tu/cu.md", 5, 5)
        .says("`/robots.txt`")
        .says("`robots.txt`");
    run.error_at("content/dau-tu/cu.md", 6, 5)
        .says("`/style.css`")
        .says("the theme's `static/`");
    run.error_at("content/dau-tu/cu.md", 7, 5)
        .says("`/404.html`")
        .says("not found");
    // The alias that replaces nothing is fine: four errors, not five.
    assert_eq!(run.error_places().len(), 4, "{}", run.stderr);
    assert!(
        !site.path("output").exists(),
        "a failed build wrote output/"
    );
}

#[test]
fn an_alias_over_a_file_outreach_writes_itself_is_an_error_at_the_alias() {
    // Symptom: `aliases: ["/.outreach-output"]` built with exit 0 and no redirect: the
    // build wrote its output marker over it. `/dau-tu/index.html` replaced the section's
    // page with a redirect to another page.
    let site = Site::minimal_with(&[(
        "content/dau-tu/cu.md",
        "---\ntitle: Trang có bí danh\naliases:\n  - /.outreach-output\n  - /.outreach-output/cu/\n  - /dau-tu/index.html\n  - /robots.txt/\n  - /../.output.staging/\n  - /trang-cu-that-su/\n---\nNội dung.\n",
    )]);
    let run = site.build(&[]).exit_code(1);
    let path = "content/dau-tu/cu.md";
    let remove = "remove this alias: an alias is an old address that nothing else uses, and a redirect there would replace what the build writes";
    run.error_at(path, 4, 5)
        .says("the alias `/.outreach-output` is the address of `.outreach-output`, the file by which outreach knows its output folder")
        .quotes("  - /.outreach-output")
        .helps(remove);
    run.error_at(path, 5, 5)
        .says("the alias `/.outreach-output/cu/` needs a folder `.outreach-output/` where the build writes `.outreach-output`, the file by which outreach knows its output folder")
        .helps(remove);
    run.error_at(path, 6, 5)
        .says("the alias `/dau-tu/index.html` is the address of `content/dau-tu/_index.md`")
        .helps("remove it or move that page");
    run.error_at(path, 7, 5)
        .says("the alias `/robots.txt/` needs a folder `robots.txt/` where the build writes `robots.txt`")
        .helps(remove);
    // The staging folder is beside the output, so only a way out of the site reaches it.
    run.error_at(path, 8, 5)
        .says("the alias `/../.output.staging/` is not an address inside the site");
    assert_eq!(run.error_places().len(), 5, "{}", run.stderr);
    assert!(
        !site.path("output").exists(),
        "a failed build wrote output/"
    );
}

#[test]
fn an_alias_over_the_language_picker_is_an_error_at_the_alias() {
    // Symptom: with every language under its own prefix, `/index.html` built with exit 0
    // and the language picker, written after the aliases, silently replaced the redirect.
    let site = Site::minimal_with(&[(
        "content/dau-tu/cu.md",
        "---\ntitle: Trang có bí danh\naliases: [/index.html, /vi/trang-cu/]\n---\nNội dung.\n",
    )]);
    site.append("site.yaml", "default_language_in_subfolder: true\n");
    let run = site.build(&[]).exit_code(1);
    run.error_at("content/dau-tu/cu.md", 3, 11)
        .says("the alias `/index.html` is the address of the language picker at the site's root");
    assert_eq!(run.error_places().len(), 1, "{}", run.stderr);
    assert!(!site.path("output").exists());
}
