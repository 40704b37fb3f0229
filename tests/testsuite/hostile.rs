//! Hostile input: every file an author (or a broken tool, or an attacker with commit
//! rights) might put in a site is answered with a clear error at its place — or accepted,
//! where it is legitimate — and never with a panic, a hang, or a file written outside
//! the output folder. (The harness fails any run that panics or dies by a signal.)
//!
//! Fixtures: `hostile/<case>/` holds only the hostile files, laid over the minimal site
//! (`Site::minimal_with`). Binary, huge and symbolic-link inputs are written by the tests,
//! since a checkout could change them; so are the cases that need the site's own path.

use crate::harness::{Run, Site};

/// The minimal site with `hostile/<case>` laid over it.
fn case(name: &str) -> Site {
    let site = Site::minimal_with(&[]);
    site.overlay_fixture(&format!("hostile/{name}"));
    site
}

/// Builds `site`, expecting exit code 1, errors in `files` only, and no output folder.
#[track_caller]
pub(crate) fn build_failing(site: &Site, files: &[&str]) -> Run {
    let run = site.build(&[]).exit_code(1);
    let places = run.error_places();
    assert!(!places.is_empty(), "no errors reported:\n{}", run.stderr);
    for place in &places {
        assert!(
            files
                .iter()
                .any(|f| place == f || place.starts_with(&format!("{f}:"))),
            "unexpected error at {place}:\n{}",
            run.stderr
        );
    }
    assert!(
        !site.path("output").exists(),
        "a failed build created output/"
    );
    run
}

/// Asserts nothing was written beside the site where an escaping `slug`/`path` points.
#[track_caller]
fn assert_nothing_escaped(site: &Site) {
    assert!(
        !site.path("escaped").exists(),
        "a page was written outside the output folder, at {}",
        site.path("escaped").display()
    );
}

// ---------------------------------------------------------------------------------------
// A `slug` or `path` that would leave the output folder.

#[test]
fn slug_with_parent_folders_is_refused() {
    let site = case("slug_parent_dir");
    let run = build_failing(&site, &["content/dau-tu/thoat-ra.md"]);
    run.error_at("content/dau-tu/thoat-ra.md", 3, 7)
        .says("`..`")
        .quotes("slug: ../../escaped")
        .helps("slug: dau-tu");
    assert_nothing_escaped(&site);
}

#[test]
fn absolute_slug_is_refused() {
    let run = build_failing(&case("slug_absolute"), &["content/dau-tu/tuyet-doi.md"]);
    run.error_at("content/dau-tu/tuyet-doi.md", 3, 7)
        .says("`/`")
        .quotes("slug: /etc/passwd");
}

#[test]
fn slug_with_backslashes_is_refused() {
    let site = case("slug_backslash");
    let run = build_failing(&site, &["content/dau-tu/gach-nguoc.md"]);
    run.error_at("content/dau-tu/gach-nguoc.md", 3, 7)
        .says("backslash")
        .quotes(r"slug: '..\..\escaped'");
    assert_nothing_escaped(&site);
}

#[test]
fn slug_with_a_nul_character_is_refused() {
    let run = build_failing(&case("slug_nul"), &["content/dau-tu/ky-tu-rong.md"]);
    run.error_at("content/dau-tu/ky-tu-rong.md", 3, 7)
        .says("NUL")
        .quotes(r#"slug: "an\0toan""#);
}

#[test]
fn diagnostics_show_control_characters_escaped() {
    // Symptom: "the slug `an<NUL>toan` contains a NUL character", the NUL itself sent to
    // the terminal (and into GitHub annotations): the author sees `antoan`.
    let run = case("slug_nul").build(&[]).exit_code(1);
    assert!(
        !run.stderr.contains('\0'),
        "stderr has a NUL byte:\n{:?}",
        run.stderr
    );
    let github = case("slug_nul").build(&["--format", "github"]).exit_code(1);
    assert!(!github.stdout.contains('\0') && !github.stderr.contains('\0'));
}

#[test]
fn slug_that_is_a_web_address_is_refused() {
    let run = build_failing(
        &case("slug_web_address"),
        &["content/dau-tu/dia-chi-web.md"],
    );
    run.error_at("content/dau-tu/dia-chi-web.md", 3, 7)
        .says("web address");
}

#[test]
fn path_with_parent_folders_is_refused() {
    let site = case("path_parent_dir");
    let run = build_failing(&site, &["content/dau-tu/ra-ngoai.md"]);
    run.error_at("content/dau-tu/ra-ngoai.md", 3, 7)
        .says("`..`")
        .quotes("path: ../escaped")
        .helps("path: gioi-thieu/lich-su");
    assert_nothing_escaped(&site);
}

#[test]
fn path_with_backslashes_is_refused() {
    let site = case("path_backslash");
    let run = build_failing(&site, &["content/dau-tu/nguoc.md"]);
    run.error_at("content/dau-tu/nguoc.md", 3, 7)
        .says("backslash");
    assert_nothing_escaped(&site);
}

#[test]
fn path_with_a_nul_character_is_refused() {
    let site = case("path_nul");
    let run = build_failing(&site, &["content/dau-tu/duong-dan-rong.md"]);
    run.error_at("content/dau-tu/duong-dan-rong.md", 4, 7)
        .says("NUL")
        .quotes(r#"path: "gioi-thieu/an\0toan""#)
        .helps("path: gioi-thieu/lich-su");
    assert!(!run.stderr.contains('\0'), "stderr has a NUL byte");
}

#[test]
fn absolute_path_is_a_path_inside_the_site() {
    // `path: /a/b` is the page's address from the site's root, not a place on disk: even
    // the site's own absolute folder lands inside output/.
    let site = Site::minimal_with(&[]);
    let absolute = format!("{}/escaped", site.root().display());
    site.write(
        "content/dau-tu/tuyet-doi.md",
        &format!("---\ntitle: Tuyệt đối\npath: \"{absolute}\"\n---\nNội dung.\n"),
    );
    site.write(
        "content/gioi-thieu.md",
        "---\ntitle: Lịch sử\npath: /gioi-thieu/lich-su/\n---\nNội dung.\n",
    );
    let run = site.build(&[]).success();
    assert_nothing_escaped(&site);
    assert!(run.has("gioi-thieu/lich-su/index.html"));
    // `/tmp/outreach-test-…/escaped` became `tmp/outreach-test-…/escaped/` in output/
    // (and under `en/` for its English fallback).
    let inside: Vec<String> = run
        .files()
        .into_keys()
        .filter(|p| p.ends_with("/escaped/index.html"))
        .collect();
    assert!(
        inside.len() == 2 && inside.iter().filter(|p| p.starts_with("en/")).count() == 1,
        "the page is not inside output/ in both languages: {inside:?}"
    );
}

// ---------------------------------------------------------------------------------------
// Two things at one address.

/// Asserts an error about `url` names both files (one as its place, or both in its text).
#[track_caller]
fn assert_clash_names_both(run: &Run, url: &str, files: [&str; 2]) {
    let diags = run.diagnostics();
    let clash = diags
        .iter()
        .filter(|d| d.severity == "error" && d.message.contains(url))
        .find(|d| {
            files
                .iter()
                .all(|f| d.path == *f || d.message.contains(&format!("`{f}`")))
        });
    assert!(
        clash.is_some(),
        "no error about `{url}` names both {files:?}:\n{}",
        run.stderr
    );
}

#[test]
fn two_pages_with_one_slug_are_both_named() {
    let files = [
        "content/dau-tu/khu-a.md",
        "content/dau-tu/khu-cong-nghiep.md",
    ];
    let run = build_failing(&case("url_clash_slug"), &files);
    assert_clash_names_both(&run, "`/dau-tu/khu-cong-nghiep/`", files);
    // Both fall back to the Vietnamese text in English: the English addresses clash too.
    assert_clash_names_both(&run, "`/en/investment/khu-cong-nghiep/`", files);
}

#[test]
fn a_path_onto_another_pages_address_names_both() {
    let files = [
        "content/doi-tac/ban-sao.md",
        "content/dau-tu/khu-cong-nghiep.md",
    ];
    let run = build_failing(&case("url_clash_path"), &files);
    assert_clash_names_both(&run, "`/dau-tu/khu-cong-nghiep/`", files);
}

#[test]
fn file_names_that_make_the_same_slug_are_both_named() {
    let files = [
        "content/dau-tu/Khu Cong Nghiep.md",
        "content/dau-tu/khu-cong-nghiep.md",
    ];
    let run = build_failing(&case("url_clash_file_names"), &files);
    assert_clash_names_both(&run, "`/dau-tu/khu-cong-nghiep/`", files);
}

#[test]
fn a_content_file_at_a_pages_address_is_an_error() {
    // Symptom: the build succeeded and output/dau-tu/index.html was the 2-line file from
    // content/, not the section page: readers lost the section without a word.
    let site = case("url_clash_asset");
    let run = site.build(&[]).exit_code(1);
    let named = run.diagnostics().iter().any(|d| {
        d.severity == "error"
            && (d.path == "content/dau-tu/index.html"
                || d.message.contains("content/dau-tu/index.html"))
            && (d.path == "content/dau-tu/_index.md"
                || d.message.contains("content/dau-tu/_index.md")
                || d.message.contains("`/dau-tu/`"))
    });
    assert!(named, "the clash is not reported:\n{}", run.stderr);
}

#[test]
fn a_static_file_at_a_pages_address_is_an_error_but_may_replace_the_themes() {
    // Symptom: output/dau-tu/index.html was the site's static file, not the section page.
    let site = Site::minimal_with(&[
        ("static/dau-tu/index.html", "<p>Trang tĩnh</p>\n"),
        ("static/en/index.html", "<p>Static home</p>\n"),
        // A site's file over the theme's of the same name is an override, not a clash.
        ("static/style.css", "body { color: black; }\n"),
    ]);
    site.write("themes/default/static/doi-tac/index.html", "<p>Theme</p>\n");
    let run = build_failing(
        &site,
        &[
            "static/dau-tu/index.html",
            "static/en/index.html",
            "themes/default/static/doi-tac/index.html",
        ],
    );
    for (file, page) in [
        (
            "static/dau-tu/index.html",
            "`/dau-tu/index.html` and replace the Tiếng Việt page of `content/dau-tu/_index.md`",
        ),
        (
            "static/en/index.html",
            "`/en/index.html` and replace the English page of `content/_index.en.md`",
        ),
        (
            "themes/default/static/doi-tac/index.html",
            "`/doi-tac/index.html` and replace the Tiếng Việt page of `content/doi-tac/_index.md`",
        ),
    ] {
        let d = run
            .diagnostics()
            .into_iter()
            .find(|d| d.path == file)
            .unwrap_or_else(|| panic!("no error at {file}:\n{}", run.stderr));
        assert!(d.message.contains(page), "{file}: {}", d.message);
    }
    assert_eq!(run.error_places().len(), 3, "{}", run.stderr);

    std::fs::remove_file(site.path("static/dau-tu/index.html")).expect("remove");
    std::fs::remove_file(site.path("static/en/index.html")).expect("remove");
    std::fs::remove_file(site.path("themes/default/static/doi-tac/index.html")).expect("remove");
    let run = site.build(&[]).success();
    assert_eq!(run.read("style.css"), "body { color: black; }\n");
    assert!(run.read("dau-tu/index.html").contains("<html lang=\"vi\">"));
}

// ---------------------------------------------------------------------------------------
// Folders and files that are not what they seem.

#[test]
fn symbolic_link_loops_under_content_are_errors() {
    let site = Site::minimal_with(&[]);
    let link = |target: &str, at: &str| {
        std::os::unix::fs::symlink(target, site.path(at)).expect("create a link");
    };
    link("..", "content/dau-tu/vong");
    site.write("content/doi-tac/lap/_index.md", "---\ntitle: Lặp\n---\n");
    link("../../doi-tac", "content/doi-tac/lap/lai");
    let run = build_failing(&site, &["content/dau-tu/vong", "content/doi-tac/lap/lai"]);
    run.error_at("content/dau-tu/vong", 0, 0)
        .says("loops back to `content`")
        .helps("remove the link");
    run.error_at("content/doi-tac/lap/lai", 0, 0)
        .says("loops back to `content/doi-tac`");
}

/// `text` with a byte-order mark and every `\n` written `\r\n`.
fn bom_crlf(text: &str) -> Vec<u8> {
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend_from_slice(text.replace('\n', "\r\n").as_bytes());
    bytes
}

#[test]
fn byte_order_marks_and_crlf_line_endings_are_accepted() {
    // What Notepad on Windows saves: a BOM and CRLF, in content, data and site.yaml.
    let site = Site::minimal_with(&[]);
    let config = std::fs::read_to_string(site.path("site.yaml")).expect("site.yaml");
    site.write_bytes("site.yaml", &bom_crlf(&config));
    site.write_bytes(
        "content/dau-tu/windows.md",
        &bom_crlf(
            "---\ntitle: Tiêu đề từ Windows  \ndescription: Mô tả.\n---\n## Mục một\n\n- một\n- hai\n\nDòng cuối.\n",
        ),
    );
    site.write_bytes(
        "content/dau-tu/mac-cu.md",
        b"---\rtitle: Old Mac line endings\r---\rOnly CR.\r",
    );
    site.write_bytes(
        "content/_data/lien-he.yaml",
        &bom_crlf("email: a@example.org\n"),
    );
    let run = site.build(&[]).success();

    let page = run.read("dau-tu/windows/index.html");
    assert!(page.contains("<h1>Tiêu đề từ Windows</h1>"), "{page}");
    assert!(page.contains("<h2 id=\"muc-mot\">Mục một</h2>"), "{page}");
    assert!(page.contains("<li>hai</li>"), "{page}");
    assert!(page.contains("content=\"Mô tả.\""), "{page}");
    assert!(
        run.read("dau-tu/mac-cu/index.html")
            .contains("<h1>Old Mac line endings</h1>")
    );
    for (path, html) in run.html_files() {
        assert!(!html.contains('\r'), "{path} has a carriage return");
        assert!(!html.contains('\u{feff}'), "{path} has a byte-order mark");
    }
}

#[test]
fn empty_files_are_errors_naming_them() {
    let site = case("empty_file");
    assert_eq!(
        std::fs::metadata(site.path("content/dau-tu/rong.md"))
            .expect("fixture")
            .len(),
        0
    );
    let run = build_failing(
        &site,
        &["content/dau-tu/rong.md", "content/dau-tu/chi-co-rao.md"],
    );
    run.error_at("content/dau-tu/rong.md", 1, 1)
        .says("no front matter")
        .helps("title:");
    run.error_at("content/dau-tu/chi-co-rao.md", 1, 1)
        .says("no title")
        .quotes("---");
}

#[test]
fn an_empty_translation_file_is_reported() {
    // Symptom: `khu-cong-nghiep.en.md` saved empty by a translator gave an English page
    // with the Vietnamese title (not marked lang="vi") and no text, no notice, exit 0.
    let site = case("empty_translation");
    let run = site.build(&[]);
    let reported = run
        .diagnostics()
        .iter()
        .any(|d| d.path == "content/dau-tu/khu-cong-nghiep.en.md");
    assert!(
        reported,
        "nothing says the translation is empty:\n{}",
        run.stderr
    );
}

#[test]
fn fifty_megabyte_markdown_file_builds() {
    // The page is rendered once: its English file is a short translation of its own.
    let site = Site::minimal_with(&[(
        "content/dau-tu/rat-lon.en.md",
        "---\ntitle: A very long page\n---\nShort.\n",
    )]);
    let paragraph = "Hậu Giang là tỉnh thuộc vùng Đồng bằng sông Cửu Long, có *nhiều* tiềm năng \
                     [đầu tư](https://example.org) vào nông nghiệp công nghệ cao.\n\n";
    let target = 50 * 1024 * 1024;
    let mut text = String::with_capacity(target + 4096);
    text.push_str("---\ntitle: Trang rất lớn\n---\nĐOẠN-ĐẦU\n\n");
    let mut section = 0;
    while text.len() < target {
        section += 1;
        text.push_str(&format!("## Phần {section}\n\n"));
        for _ in 0..20 {
            text.push_str(paragraph);
        }
    }
    text.push_str("ĐOẠN-CUỐI\n");
    site.write("content/dau-tu/rat-lon.md", &text);

    let run = site.build(&[]).success();
    let page = run.read("dau-tu/rat-lon/index.html");
    assert!(
        page.len() > target,
        "the page has only {} bytes",
        page.len()
    );
    assert!(
        page.contains("<p>ĐOẠN-ĐẦU</p>") && page.contains("<p>ĐOẠN-CUỐI</p>"),
        "the text was cut"
    );
    assert!(
        page.contains(&format!("<h2 id=\"phan-{section}\">")),
        "the last heading is missing"
    );
}

#[test]
fn ten_thousand_nested_list_levels_build_and_check() {
    let site = case("deep_list");
    let source =
        std::fs::read_to_string(site.path("content/dau-tu/danh-sach-sau.md")).expect("fixture");
    assert!(
        source.contains(&format!("{}a", "- ".repeat(10_000))),
        "the fixture lost its depth"
    );
    let run = site.build(&[]).success();
    let page = run.read("dau-tu/danh-sach-sau/index.html");
    assert!(page.contains("a</li>"), "the innermost item is missing");
    site.run(&["check"]).success();
}

#[test]
fn ten_thousand_nested_block_quotes_build_and_check() {
    let site = case("deep_quote");
    let source =
        std::fs::read_to_string(site.path("content/dau-tu/trich-dan-sau.md")).expect("fixture");
    assert!(
        source.contains(&format!("{} x", ">".repeat(10_000))),
        "the fixture lost its depth"
    );
    let run = site.build(&[]).success();
    let page = run.read("dau-tu/trich-dan-sau/index.html");
    assert!(page.contains("<p>x</p>"), "the innermost text is missing");
    site.run(&["check"]).success();
}

#[test]
fn text_that_is_not_utf8_is_reported_where_it_breaks() {
    let site = Site::minimal_with(&[]);
    // A stray byte in the body, a character cut in half at the end of a file, and an
    // overlong encoding of `/` in a data file.
    site.write_bytes(
        "content/dau-tu/byte-la.md",
        b"---\ntitle: Byte l\xe1\xba\xa1\n---\nD\xc3\xb2ng m\xe1\xbb\x99t.\n\nD\xc3\xb2ng c\xc3\xb3 byte \xff l\xe1\xba\xa1.\n",
    );
    site.write_bytes(
        "content/dau-tu/cat-doi.md",
        b"---\ntitle: C\xe1\xba\xaft\n---\nCu\xe1\xbb\x91i: H\xe1\xba",
    );
    site.write_bytes("content/_data/sai.yaml", b"ten: \"a\xc0\xafb\"\n");
    let run = build_failing(
        &site,
        &[
            "content/dau-tu/byte-la.md",
            "content/dau-tu/cat-doi.md",
            "content/_data/sai.yaml",
        ],
    );
    run.error_at("content/dau-tu/byte-la.md", 6, 14)
        .says("not UTF-8")
        .quotes("Dòng có byte ")
        .helps("UTF-8");
    run.error_at("content/dau-tu/cat-doi.md", 4, 8)
        .says("not UTF-8");
    run.error_at("content/_data/sai.yaml", 1, 8)
        .says("not UTF-8");
}

#[test]
fn nul_characters_in_the_text_are_not_published() {
    // Symptom: `<p>Trước\0sau.</p>` and `content="Trước\0sau."` in the page, which is then
    // not valid HTML. CommonMark replaces U+0000 with U+FFFD.
    let site = Site::minimal_with(&[(
        "content/dau-tu/rong.md",
        "---\ntitle: Có NUL\n---\nTrước\0sau.\n",
    )]);
    let run = site.build(&[]).success();
    for (path, html) in run.html_files() {
        assert!(!html.contains('\0'), "{path} has a NUL byte");
    }
    let page = run.read("dau-tu/rong/index.html");
    assert!(
        page.contains("Trước\u{fffd}sau."),
        "the text around the NUL is lost"
    );
}

#[test]
fn yaml_alias_bombs_are_refused() {
    // "Billion laughs": ten levels of nine aliases each would expand to 9^10 values.
    let run = build_failing(
        &case("alias_bomb"),
        &["content/dau-tu/bom.md", "content/_data/bom.yaml"],
    );
    for (file, lines) in [
        ("content/dau-tu/bom.md", 2..=12),
        ("content/_data/bom.yaml", 1..=11),
    ] {
        let d = run
            .diagnostics()
            .into_iter()
            .find(|d| d.path == file)
            .unwrap_or_else(|| panic!("no error in {file}:\n{}", run.stderr));
        assert!(d.message.contains("aliases"), "{file}: {}", d.message);
        assert!(
            lines.contains(&d.line),
            "{file}: the error is at line {}",
            d.line
        );
    }
}

#[test]
fn yaml_alias_bomb_in_site_yaml_is_refused() {
    // The same billion laughs as the data file above, as the site's configuration: one
    // error naming site.yaml, no hang, no output.
    let site = Site::minimal_with(&[]);
    let bomb = std::fs::read_to_string(
        crate::harness::repo_root()
            .join("tests/fixtures/hostile/alias_bomb/content/_data/bom.yaml"),
    )
    .expect("the alias-bomb fixture");
    let config = std::fs::read_to_string(site.path("site.yaml")).expect("site.yaml");
    site.write("site.yaml", &format!("{bomb}{config}"));
    let run = site.build(&[]).exit_code(1);
    assert_eq!(run.error_places().len(), 1, "{}", run.stderr);
    let d = run
        .diagnostics()
        .into_iter()
        .find(|d| d.path == "site.yaml")
        .unwrap_or_else(|| panic!("no error in site.yaml:\n{}", run.stderr));
    assert!(d.message.contains("aliases"), "{}", d.message);
    assert!(
        !site.path("output").exists(),
        "a failed build created output/"
    );
}

#[test]
fn file_name_with_an_undeclared_language_is_an_error() {
    let file = "content/dau-tu/khu-cong-nghiep.fr.md";
    let run = build_failing(&case("undeclared_language"), &[file]);
    run.error_at(file, 0, 0)
        .says("`fr`")
        .says("site.yaml does not declare")
        .helps("languages:");
}

#[test]
fn slug_longer_than_a_file_name_can_be_is_an_error_at_the_slug() {
    // Symptom: `error: failed to create the folder `…/.output.staging/dau-tu/rat-dai-…`:
    // File name too long (os error 36)`, naming no content file.
    let slug = "rat-dai-".repeat(40); // 320 bytes: more than a file name may have
    let site = Site::minimal_with(&[(
        "content/dau-tu/dai.md",
        &format!("---\ntitle: Dài\nslug: {slug}\n---\nNội dung.\n"),
    )]);
    let run = site.build(&[]);
    assert_ne!(run.code, Some(0), "a 320-byte folder name was accepted");
    run.error_at("content/dau-tu/dai.md", 3, 7);
}

// ---------------------------------------------------------------------------------------
// Templates that would never finish.

#[test]
fn template_that_includes_itself_is_an_error() {
    let file = "themes/default/templates/vong-lap.html";
    let run = build_failing(&case("template_includes_itself"), &[file]);
    run.error_at(file, 0, 0).says("includes itself");
}

#[test]
fn component_that_calls_itself_stops_with_an_error() {
    let run = case("template_component_recursion").build(&[]).exit_code(1);
    assert!(
        run.diagnostics()
            .iter()
            .any(|d| d.severity == "error" && d.message.contains("recursion")),
        "{}",
        run.stderr
    );
}

#[test]
fn component_that_calls_itself_is_reported_in_its_template() {
    // Symptom: `themes: error: template error: Maximum render recursion depth for
    // components exceeded.` — the author has to search every template for the cause.
    let file = "themes/default/templates/de-quy.html";
    let run = build_failing(&case("template_component_recursion"), &[file]);
    let d = run
        .diagnostics()
        .into_iter()
        .find(|d| d.path == file)
        .unwrap_or_else(|| panic!("no error in {file}:\n{}", run.stderr));
    assert!(d.line > 0, "no line: {d:?}");
}
