//! Starting points: `outreach init DIR` makes a site that builds as it is, in both
//! languages; `outreach new TYPE SLUG` writes a page of that content type in every
//! language, which builds as a draft; a wrong type or an existing file is refused.
//!
//! No fixture: each test starts from an empty folder and runs `init`, as an author would.

use std::path::PathBuf;

use crate::harness::{Run, Site, run_outreach};

/// Runs `outreach ARGS` in `dir`, the output being `newsite/output`.
fn run_in(dir: &Site, args: &[&str]) -> Run {
    run_outreach(dir.root(), args, dir.path("newsite/output"))
}

/// An empty folder with a new site in `newsite/`.
fn new_site() -> Site {
    let dir = Site::empty();
    let run = run_in(&dir, &["init", "newsite"]).exit_code(0);
    assert!(run.stderr.contains("newsite"), "{}", run.stderr);
    dir
}

/// A new site plus a projects section (`page_type: project`) in both languages.
fn site_with_projects() -> Site {
    let dir = new_site();
    dir.write(
        "newsite/content/dau-tu/_index.md",
        "---\ntitle: Dự án kêu gọi đầu tư\npage_type: project\n---\nCác dự án.\n",
    );
    dir.write(
        "newsite/content/dau-tu/_index.en.md",
        "---\ntitle: Projects calling for investment\nslug: investment\n---\nProjects.\n",
    );
    dir
}

#[test]
fn init_makes_a_site_that_builds_in_both_languages() {
    let dir = new_site();
    assert!(dir.path("newsite/site.yaml").is_file());
    assert!(
        dir.path("newsite/themes/default/templates/page.html")
            .is_file()
    );
    let run = run_in(&dir, &["build", "--root", "newsite"]).exit_code(0);
    let vi = run.read("index.html");
    let en = run.read("en/index.html");
    assert!(vi.contains("<html lang=\"vi\">"), "{vi}");
    assert!(en.contains("<html lang=\"en\">"), "{en}");
    assert!(vi.contains("<h1 id=\"hero-title\">Trang chủ</h1>"), "{vi}");
    assert!(en.contains("<h1 id=\"hero-title\">Home</h1>"), "{en}");
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);
}

#[test]
fn init_refuses_a_folder_that_is_not_empty() {
    let dir = Site::empty();
    dir.write("newsite/notes.txt", "ghi chú\n");
    let run = run_in(&dir, &["init", "newsite"]).exit_code(2);
    assert!(run.stderr.contains("is not empty"), "{}", run.stderr);
    assert!(!dir.path("newsite/site.yaml").exists());
    assert_eq!(
        std::fs::read_to_string(dir.path("newsite/notes.txt")).expect("kept"),
        "ghi chú\n"
    );
}

/// Writes the required fields `new` leaves empty, as an author would.
fn fill_required(dir: &Site, page: &str, translation: &str) {
    let original = std::fs::read_to_string(dir.path(page)).expect("read");
    let filled = original
        .replacen("\ntitle:\n", "\ntitle: \"Cảng sông Hậu\"\n", 1)
        .replacen("\ndescription:\n", "\ndescription: \"Một cảng.\"\n", 1)
        .replacen("\nsector:\n", "\nsector: logistics\n", 1)
        .replacen("\ndistrict:\n", "\ndistrict: huyen-mau\n", 1)
        .replacen("\nstatus:\n", "\nstatus: preparing\n", 1);
    dir.write(page, &filled);
    let english = std::fs::read_to_string(dir.path(translation)).expect("read");
    dir.write(
        translation,
        &english
            .replacen("\ntitle:\n", "\ntitle: \"Song Hau port\"\n", 1)
            .replacen("\ndescription:\n", "\ndescription: \"A port.\"\n", 1),
    );
}

#[test]
fn new_writes_a_draft_page_in_every_language_that_builds() {
    let dir = site_with_projects();
    let run = run_in(
        &dir,
        &["new", "project", "cang-song-hau", "--root", "newsite"],
    )
    .exit_code(0);
    let vi: PathBuf = dir.path("newsite/content/dau-tu/cang-song-hau.md");
    let en: PathBuf = dir.path("newsite/content/dau-tu/cang-song-hau.en.md");
    assert!(vi.is_file() && en.is_file(), "{}", run.stderr);
    assert!(
        run.stderr.contains("content/dau-tu/cang-song-hau.md")
            && run.stderr.contains("content/dau-tu/cang-song-hau.en.md"),
        "the files written are not named:\n{}",
        run.stderr
    );
    // Every required field of a project is in the original, explained.
    let original = std::fs::read_to_string(&vi).expect("read");
    for field in [
        "title:",
        "description:",
        "sector:",
        "district:",
        "status:",
        "draft: true",
    ] {
        assert!(original.contains(field), "no `{field}` in:\n{original}");
    }
    // No invented facts: each required field is left for the author, with an example in
    // its comment, and the title is not made from the slug without its diacritics.
    for empty in ["\ntitle:\n", "\nsector:\n", "\ndistrict:\n", "\nstatus:\n"] {
        assert!(
            original.contains(empty),
            "`{empty}` is not empty in:\n{original}"
        );
    }
    assert!(
        original.contains("#   e.g. \"agriculture\"\nsector:\n"),
        "{original}"
    );
    assert!(
        original.contains("\nsample: true\n"),
        "a project has figures:\n{original}"
    );
    // Until they are written, a preview with the drafts names each one.
    let unfilled = run_in(&dir, &["build", "--root", "newsite", "--drafts"]).exit_code(1);
    for field in [
        "title is empty",
        "`description` is required",
        "`sector` is required",
        "`district` is required",
        "`status` is required",
    ] {
        assert!(
            unfilled.stderr.contains(field),
            "no `{field}`:\n{}",
            unfilled.stderr
        );
    }
    fill_required(
        &dir,
        "newsite/content/dau-tu/cang-song-hau.md",
        "newsite/content/dau-tu/cang-song-hau.en.md",
    );

    // A draft: left out of a normal build…
    let plain = run_in(&dir, &["build", "--root", "newsite"]).exit_code(0);
    assert!(!plain.has("dau-tu/cang-song-hau/index.html"));
    // …and shown, in both languages, with `--drafts`.
    let drafts = run_in(&dir, &["build", "--root", "newsite", "--drafts"]).exit_code(0);
    assert!(drafts.has("dau-tu/cang-song-hau/index.html"));
    let english = drafts.read("en/investment/cang-song-hau/index.html");
    assert!(
        !english.contains("notice-translation"),
        "the English file was not used:\n{english}"
    );
}

#[test]
fn new_with_an_unknown_type_is_a_usage_error_with_a_suggestion() {
    let dir = site_with_projects();
    let run = run_in(
        &dir,
        &["new", "projct", "cang-song-hau", "--root", "newsite"],
    )
    .exit_code(2);
    assert!(
        run.stderr.contains("there is no content type `projct`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("did you mean `project`?"),
        "{}",
        run.stderr
    );
    assert!(!dir.path("newsite/content/dau-tu/cang-song-hau.md").exists());
    assert!(!dir.path("newsite/content/cang-song-hau.md").exists());
}

#[test]
fn new_never_overwrites_a_page() {
    let dir = site_with_projects();
    let existing = "---\ntitle: Cảng sông Hậu\n---\nĐã viết.\n";
    dir.write("newsite/content/dau-tu/cang-song-hau.en.md", existing);
    let run = run_in(
        &dir,
        &["new", "project", "cang-song-hau", "--root", "newsite"],
    )
    .exit_code(2);
    assert!(run.stderr.contains("already exists"), "{}", run.stderr);
    assert_eq!(
        std::fs::read_to_string(dir.path("newsite/content/dau-tu/cang-song-hau.en.md"))
            .expect("kept"),
        existing
    );
    assert!(
        !dir.path("newsite/content/dau-tu/cang-song-hau.md").exists(),
        "half a page was written"
    );
}

#[test]
fn new_in_a_section_of_another_type_writes_the_pages_own_type_and_builds() {
    let dir = site_with_projects();
    dir.write(
        "newsite/content/khac/_index.md",
        "---\ntitle: Trang khác\n---\nCác trang.\n",
    );
    dir.write(
        "newsite/content/khac/_index.en.md",
        "---\ntitle: Other pages\nslug: other\n---\nPages.\n",
    );
    run_in(
        &dir,
        &[
            "new",
            "project",
            "cang-moi",
            "--section",
            "khac",
            "--root",
            "newsite",
        ],
    )
    .exit_code(0);
    let original =
        std::fs::read_to_string(dir.path("newsite/content/khac/cang-moi.md")).expect("read");
    assert!(original.contains("\ntype: project\n"), "{original}");
    fill_required(
        &dir,
        "newsite/content/khac/cang-moi.md",
        "newsite/content/khac/cang-moi.en.md",
    );
    let drafts = run_in(&dir, &["build", "--root", "newsite", "--drafts"]).exit_code(0);
    assert!(
        drafts
            .read("khac/cang-moi/index.html")
            .contains("class=\"facts\"")
    );

    // In the projects section the type comes from `page_type`: no `type:` line.
    run_in(&dir, &["new", "project", "cang-cu", "--root", "newsite"]).exit_code(0);
    let plain =
        std::fs::read_to_string(dir.path("newsite/content/dau-tu/cang-cu.md")).expect("read");
    assert!(!plain.contains("\ntype:"), "{plain}");
}

#[test]
fn new_keeps_a_titles_diacritics_dates_today_and_marks_figures_only_where_there_are_some() {
    let dir = site_with_projects();
    run_in(
        &dir,
        &["new", "project", "Cảng Cần Thơ", "--root", "newsite"],
    )
    .exit_code(0);
    let project = std::fs::read_to_string(dir.path("newsite/content/dau-tu/cang-can-tho.md"))
        .expect("the slug is made from the title");
    assert!(project.contains("\ntitle: \"Cảng Cần Thơ\"\n"), "{project}");

    run_in(
        &dir,
        &[
            "new",
            "page",
            "Giới thiệu cảng",
            "--section",
            "",
            "--root",
            "newsite",
        ],
    )
    .exit_code(0);
    let page =
        std::fs::read_to_string(dir.path("newsite/content/gioi-thieu-cang.md")).expect("a page");
    assert!(page.contains("\ntitle: \"Giới thiệu cảng\"\n"), "{page}");
    assert!(
        !page.contains("sample: true"),
        "a page has no figures:\n{page}"
    );
}

/// Words a neutral site must not hold: the example province's name and its plan.
const EXAMPLE_ONLY: [&str; 6] = [
    "Hậu Giang",
    "Hau Giang",
    "haugiang",
    "33/KH-UBND",
    "Vị Thanh",
    "Vi Thanh",
];

/// Every text file under `dir` that holds one of [`EXAMPLE_ONLY`], with the word.
fn example_text_in(dir: &std::path::Path) -> Vec<String> {
    let mut found = Vec::new();
    for (path, bytes) in crate::harness::tree(dir) {
        let text = String::from_utf8_lossy(&bytes);
        for word in EXAMPLE_ONLY {
            if text.contains(word) {
                found.push(format!("{path}: {word}"));
            }
        }
    }
    found
}

#[test]
fn init_writes_a_neutral_site_with_every_section_in_both_languages() {
    let dir = new_site();
    let run = run_in(&dir, &["build", "--root", "newsite"]).exit_code(0);
    for page in [
        "dau-tu/index.html",
        "en/investment/index.html",
        "doi-tac/index.html",
        "en/partners/index.html",
        "tin-tuc/index.html",
        "en/news/index.html",
        "su-kien/index.html",
        "en/events/index.html",
        "gioi-thieu/index.html",
        "en/about/index.html",
        "lien-he/index.html",
        "en/contact/index.html",
        "tuyen-bo-tiep-can/index.html",
        "en/accessibility/index.html",
    ] {
        assert!(run.files().contains_key(page), "no {page}");
    }
    // The example pages are drafts: left out of a plain build, built with --drafts.
    assert!(
        !run.files().keys().any(|p| p.contains("vi-du")),
        "{:?}",
        run.files().keys()
    );
    let drafts = run_in(&dir, &["build", "--root", "newsite", "--drafts"]).exit_code(0);
    for page in [
        "dau-tu/vi-du-du-an/index.html",
        "doi-tac/vi-du-doi-tac/index.html",
        "tin-tuc/vi-du-tin/index.html",
        "su-kien/vi-du-su-kien/index.html",
    ] {
        assert!(drafts.files().contains_key(page), "no {page}");
    }
    let project = drafts.read("en/investment/vi-du-du-an/index.html");
    assert!(project.contains("VND\u{a0}1,500 billion"), "{project}");
    // Nothing of the example province, in the site written or in what it builds.
    assert_eq!(example_text_in(&dir.path("newsite")), Vec::<String>::new());
}

#[test]
fn new_project_works_right_after_a_plain_init() {
    let dir = new_site();
    let run = run_in(
        &dir,
        &["new", "project", "Khu công nghiệp mới", "--root", "newsite"],
    )
    .exit_code(0);
    assert!(
        run.stderr.contains("content/dau-tu/khu-cong-nghiep-moi.md"),
        "{}",
        run.stderr
    );
    assert!(
        dir.path("newsite/content/dau-tu/khu-cong-nghiep-moi.en.md")
            .is_file()
    );
    // A draft: the site still builds; with --drafts, the fields to fill are named.
    run_in(&dir, &["build", "--root", "newsite"]).exit_code(0);
    let drafts = run_in(&dir, &["build", "--root", "newsite", "--drafts"]).exit_code(1);
    drafts
        .error_at("content/dau-tu/khu-cong-nghiep-moi.md", 11, 1)
        .says("`sector` is required, but it is empty");
}

#[test]
fn init_example_writes_the_example_site_that_builds_as_this_repository_does() {
    let dir = Site::empty();
    run_in(&dir, &["init", "--example", "newsite"]).exit_code(0);
    let run = run_in(&dir, &["build", "--root", "newsite"]).exit_code(0);
    let repo = crate::harness::repo_root();
    assert_eq!(
        crate::harness::tree(&dir.path("newsite/content")),
        crate::harness::tree(&repo.join("content"))
    );
    // The repository's own build of the example site, file for file.
    let elsewhere = Site::empty();
    let out = elsewhere.path("output");
    let ours = run_outreach(
        repo,
        &["build", "--output", out.to_str().unwrap()],
        out.clone(),
    )
    .exit_code(0);
    assert_eq!(run.files(), ours.files());
    assert!(run.read("en/index.html").contains("Hau Giang"));
}

/// The README's "Start a new site" commands, run one by one as written, from a new
/// folder: each succeeds, and the result builds.
#[test]
fn the_readmes_start_a_new_site_commands_work_as_written() {
    let readme =
        std::fs::read_to_string(crate::harness::repo_root().join("README.md")).expect("README.md");
    let section = readme
        .split("\n## Start a new site\n")
        .nth(1)
        .expect("a `## Start a new site` section");
    let block = section
        .split("```sh\n")
        .nth(1)
        .and_then(|b| b.split("```").next())
        .expect("a ```sh block in the section");
    let dir = Site::empty();
    let mut cwd = dir.root().to_path_buf();
    let mut ran = Vec::new();
    for line in block.lines().filter(|l| !l.trim().is_empty()) {
        let words = shlex::split(line).unwrap_or_else(|| panic!("cannot split `{line}`"));
        match words.first().map(String::as_str) {
            Some("cd") => cwd = cwd.join(&words[1]),
            Some("outreach") => {
                let args: Vec<&str> = words[1..].iter().map(String::as_str).collect();
                run_outreach(&cwd, &args, cwd.join("output")).exit_code(0);
                ran.push(args.first().copied().unwrap_or_default().to_string());
            }
            other => panic!("the README runs `{other:?}`, which this test cannot"),
        }
    }
    assert_eq!(ran, ["init", "new", "build", "check"]);
    assert!(cwd.join("output/en/investment/index.html").is_file());
    assert!(cwd.join("content/dau-tu/khu-cong-nghiep-moi.md").is_file());
}

#[test]
fn check_names_each_placeholder_init_left_until_it_is_set() {
    let dir = new_site();
    let check = |args: &[&str]| {
        let mut all = vec!["check", "--root", "newsite"];
        all.extend_from_slice(args);
        run_in(&dir, &all).exit_code(0)
    };
    let run = check(&[]);
    run.warning_at("site.yaml", 11, 11)
        .says("`base_url` is still the placeholder `https://example.org`, so canonical links, the sitemap, the feeds and link previews would point there")
        .helps("or pass it with `--base-url`");
    run.warning_at("site.yaml", 4, 7)
        .says("`[tên tỉnh hoặc cơ quan]` is a placeholder left from `outreach init`")
        .helps("replace `[tên tỉnh hoặc cơ quan]` in `title.vi` with the real text");
    run.warning_at("site.yaml", 5, 7)
        .says("`[Province or agency]` is a placeholder left from `outreach init`");
    assert_eq!(run.places().len(), 7, "{}", run.stderr);
    // A build does not nag; the gate before publishing does.
    let build = run_in(&dir, &["build", "--root", "newsite"]).exit_code(0);
    assert!(!build.stderr.contains("warning"), "{}", build.stderr);

    // The address given on the command line (as the shipped workflows do) is the real one.
    let given = check(&["--base-url", "https://owner.github.io/repo/"]);
    assert_eq!(given.places().len(), 6, "{}", given.stderr);

    // Filled in: nothing left to say.
    let yaml = std::fs::read_to_string(dir.path("newsite/site.yaml")).unwrap();
    let filled = yaml
        .replace("[tên tỉnh hoặc cơ quan]", "tỉnh Sóc Trăng")
        .replace("[Province or agency]", "Soc Trang Province")
        .replace(
            "[Tên cơ quan phụ trách đối ngoại]",
            "Sở Ngoại vụ tỉnh Sóc Trăng",
        )
        .replace(
            "[Name of the external affairs office]",
            "Soc Trang Department of Foreign Affairs",
        )
        .replace("[Địa chỉ]", "Thành phố Sóc Trăng")
        .replace("[Address]", "Soc Trang City")
        .replace("https://example.org", "https://soctrang.gov.vn");
    dir.write("newsite/site.yaml", &filled);
    let done = check(&[]);
    assert_eq!(done.places(), Vec::<String>::new(), "{}", done.stderr);
}
