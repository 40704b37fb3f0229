//! The commands' own words in the author's language: `--help` for every command, the
//! lines `build`, `check`, `init`, `new` and `translations` print, the comments `new`
//! writes into a page, the commands' own errors with their codes (E05xx), and what
//! `serve` shows over the page in the browser, in Vietnamese with `--lang vi` and in
//! English otherwise.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use crate::harness::{Run, Site, run_outreach};

use crate::harness::run_with_only_env as run_with_env;

#[track_caller]
fn assert_has(text: &str, wanted: &[&str]) {
    for w in wanted {
        assert!(text.contains(w), "no `{w}` in:\n{text}");
    }
}

#[track_caller]
fn assert_lacks(text: &str, unwanted: &[&str]) {
    for w in unwanted {
        assert!(!text.contains(w), "`{w}` in:\n{text}");
    }
}

// ---------------------------------------------------------------- the command line

#[test]
fn help_is_in_english_by_default_for_the_program_and_each_command() {
    let site = Site::empty();
    let (code, out, _) = run_with_env(&site, &["--help"], &[("OUTREACH_LANG", "en")]);
    assert_eq!(code, 0);
    assert_has(
        &out,
        &[
            "Build bilingual external-information websites",
            "Usage: outreach",
            "Commands:",
            "Options:",
            "Build the site into output/",
            "Preview the site, rebuilding and reloading the browser on every save",
            "-h, --help",
            "Print help",
            "Print version",
        ],
    );
    let (code, out, _) = run_with_env(&site, &["build", "--help"], &[("OUTREACH_LANG", "en")]);
    assert_eq!(code, 0);
    assert_has(
        &out,
        &[
            "Build the site into output/",
            "Usage: outreach build",
            "Include pages marked `draft: true`",
            "The site's folder (the one with site.yaml) [default: .]",
            "Print how long each phase took",
            "How to print problems: `text` (for people)",
            "The language of messages, `vi` or `en`",
        ],
    );
    let (_, out, _) = run_with_env(&site, &["new", "--help"], &[("OUTREACH_LANG", "en")]);
    assert_has(
        &out,
        &[
            "Arguments:",
            "<TYPE>",
            "The content type (project, partner",
            "The page's name in its address, e.g. `cang-song-hau`",
        ],
    );
}

#[test]
fn lang_vi_gives_the_help_of_the_program_and_each_command_in_vietnamese() {
    let site = Site::empty();
    let (code, out, _) = run_with_env(&site, &["--lang", "vi", "--help"], &[]);
    assert_eq!(code, 0);
    assert_has(
        &out,
        &[
            "Dựng trang web thông tin đối ngoại song ngữ",
            "Cách dùng: outreach",
            "Các lệnh:",
            "Tùy chọn:",
            "Dựng trang web vào thư mục output/",
            "Xem trước trang web: dựng lại và tải lại trình duyệt mỗi lần lưu",
            "Tạo một trang web mới với giao diện mặc định",
            "In phần trợ giúp",
            "In phiên bản",
        ],
    );
    assert_lacks(
        &out,
        &[
            "Usage:",
            "Commands:",
            "Options:",
            "Print help",
            "Build the site",
        ],
    );
    // `--lang=vi` after the command, and the `help` command, say the same.
    for args in [
        &["build", "--help", "--lang=vi"][..],
        &["--lang", "vi", "help", "build"][..],
    ] {
        let (code, out, _) = run_with_env(&site, args, &[]);
        assert_eq!(code, 0, "{args:?}");
        assert_has(
            &out,
            &[
                "Dựng trang web vào thư mục output/",
                "Cách dùng: outreach build",
                "Gồm cả các trang có `draft: true` (bản nháp)",
                "Thư mục của trang web (thư mục có tệp site.yaml) [mặc định: .]",
                "In thời gian của từng giai đoạn",
                "Ngôn ngữ của thông báo, `vi` hoặc `en`",
            ],
        );
        assert_lacks(&out, &["[default: ", "Print help", "Include pages"]);
    }
    let (_, out, _) = run_with_env(&site, &["new", "--help", "--lang", "vi"], &[]);
    assert_has(
        &out,
        &[
            "Tham số:",
            "Loại nội dung (project, partner",
            "Tên của trang trong địa chỉ, ví dụ `cang-song-hau`",
        ],
    );
}

#[test]
fn outreach_lang_and_the_system_language_choose_the_help_language_too() {
    let site = Site::empty();
    let (_, out, _) = run_with_env(&site, &["--help"], &[("OUTREACH_LANG", "vi")]);
    assert_has(&out, &["Cách dùng: outreach", "Các lệnh:"]);
    let (_, out, _) = run_with_env(&site, &["serve", "--help"], &[("LANG", "vi_VN.UTF-8")]);
    assert_has(&out, &["Cổng để lắng nghe [mặc định: 1111]"]);
    // `--lang` comes first.
    let (_, out, _) = run_with_env(
        &site,
        &["--lang", "en", "--help"],
        &[("OUTREACH_LANG", "vi")],
    );
    assert_has(&out, &["Usage: outreach", "Commands:"]);
}

#[test]
fn the_command_line_still_parses_every_option_after_its_help_is_translated() {
    // The help texts were set on the derived command: the options must still reach it.
    let site = Site::minimal_with(&[]);
    let run = site.build(&["--lang", "vi", "--drafts", "--format", "text", "-v"]);
    let run = run.success();
    assert!(run.stderr.contains("đã dựng "), "{}", run.stderr);
    let (code, _, err) = run_with_env(&site, &["build", "--no-such-option"], &[]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--no-such-option"), "{err}");
}

#[test]
fn mistakes_on_the_command_line_are_said_in_vietnamese_with_their_code_and_fix() {
    let site = Site::minimal_with(&[]);
    let cases: &[(&[&str], &str, &str)] = &[
        (
            &["build", "--draft"],
            "error: `outreach build` không có tùy chọn `--draft` [E0530]",
            "help: có phải ý bạn là `--drafts`?",
        ),
        (
            &["build", "--format", "xml"],
            "error: `--format <FORMAT>` không nhận giá trị `xml` [E0531]",
            "help: hãy viết `text`, `json` hoặc `github`",
        ),
        (
            &["serve", "--port", "abc"],
            "error: `--port <PORT>` không nhận giá trị `abc` [E0531]",
            "help: `outreach serve --help` cho biết tùy chọn này nhận gì",
        ),
        (
            &["new", "project"],
            "error: `outreach new` cần `<SLUG>` [E0532]",
            "help: `outreach new --help` cho biết cần viết gì",
        ),
        (
            &["build", "extra"],
            "error: `outreach build` không nhận thêm tham số `extra` [E0530]",
            "help: `outreach build --help` cho biết lệnh này nhận gì",
        ),
        (
            &["build", "--root"],
            "error: `--root <ROOT>` cần một giá trị phía sau [E0533]",
            "help: `outreach build --help` cho biết cần viết gì",
        ),
        (
            &["biuld"],
            "error: không có lệnh `biuld` [E0529]",
            "help: có phải ý bạn là `build`?",
        ),
        (
            &["help", "xyz"],
            "error: không có lệnh `xyz` [E0529]",
            "help: các lệnh là `build`, `check`, `translations`, `serve`, `new` và `init`",
        ),
    ];
    for (args, said, help) in cases {
        let mut args = args.to_vec();
        args.extend(["--lang", "vi"]);
        let (code, _, err) = run_with_env(&site, &args, &[]);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert_has(&err, &[said, help]);
    }
    let (code, _, err) = run_with_env(&site, &["build", "--format", "xml"], &[]);
    assert_eq!(code, 2, "{err}");
    assert_has(
        &err,
        &[
            "error: `xml` is not a value `--format <FORMAT>` takes [E0531]",
            "help: write `text`, `json` or `github`",
        ],
    );
}

#[test]
fn a_language_outreach_does_not_speak_is_a_warning_that_names_the_likely_one() {
    let site = Site::minimal_with(&[]);
    let (code, _, err) = run_with_env(
        &site,
        &["check", "--lang", "vn"],
        &[("OUTREACH_LANG", "vi")],
    );
    assert_eq!(code, 0, "{err}");
    assert_has(
        &err,
        &[
            "warning: `vn` không phải ngôn ngữ thông báo của outreach (`vi` hoặc `en`), nên bị bỏ qua [W0503]",
            "help: có phải ý bạn là `--lang vi`?",
            ": không có lỗi",
        ],
    );
    let (code, _, err) = run_with_env(
        &site,
        &["check", "--lang", "fr"],
        &[("OUTREACH_LANG", "en")],
    );
    assert_eq!(code, 0, "{err}");
    assert_has(
        &err,
        &[
            "warning: `fr` is not a language of outreach's messages (`vi` or `en`), so it is ignored [W0503]",
            "help: write `--lang vi` or `--lang en`",
        ],
    );
}

// ---------------------------------------------------------------- build and check

#[test]
fn build_and_check_say_what_they_did_in_the_runs_language() {
    let site = Site::minimal_with(&[]);
    let vi = site.build(&["--lang", "vi"]).success();
    assert!(
        vi.stderr.lines().any(|l| l.starts_with("đã dựng ")
            && l.contains(" trang (")
            && l.contains(" giây: ghi ")
            && l.contains(" tệp không đổi")),
        "{}",
        vi.stderr
    );
    let en = site.build(&[]).success();
    assert!(
        en.stderr.lines().any(|l| l.starts_with("built ")
            && l.contains(" pages (")
            && l.contains(" files written, ")),
        "{}",
        en.stderr
    );
    let checked = site.run(&["check", "--lang", "vi"]).exit_code(0);
    assert!(
        checked
            .stderr
            .lines()
            .any(|l| l.starts_with("đã kiểm tra ") && l.ends_with(": không có lỗi")),
        "{}",
        checked.stderr
    );
    let checked = site.run(&["check"]).exit_code(0);
    assert!(
        checked
            .stderr
            .lines()
            .any(|l| l.starts_with("checked ") && l.ends_with(": no errors")),
        "{}",
        checked.stderr
    );
}

#[test]
fn build_verbose_names_its_phases_in_the_runs_language() {
    let site = Site::minimal_with(&[]);
    let vi = site.build(&["--lang", "vi", "-v"]).success();
    assert_has(
        &vi.stderr,
        &[
            " tạo trang: ",
            "  nội dung: ",
            "tô màu mã: chưa nạp (không có khối mã)",
            "ảnh: có 0 ảnh, giải mã 0",
        ],
    );
    assert_lacks(&vi.stderr, &["    render: ", "syntaxes:"]);
    let en = site.build(&["-v"]).success();
    assert_has(
        &en.stderr,
        &["    render: ", "  syntaxes: not loaded (no code blocks)"],
    );
}

// ---------------------------------------------------------------- init

/// Runs `outreach ARGS` in `dir`, the output being `newsite/output`.
fn run_in(dir: &Site, args: &[&str]) -> Run {
    run_outreach(dir.root(), args, dir.path("newsite/output"))
}

#[test]
fn init_says_what_it_made_and_refuses_a_full_folder_in_vietnamese() {
    let dir = Site::empty();
    let made = run_in(&dir, &["init", "newsite", "--lang", "vi"]).exit_code(0);
    assert!(
        made.stderr
            .contains("đã tạo trang web mới trong `newsite` (")
            && made.stderr.contains(
                "tiếp theo: `outreach build --root newsite` dựng trang web vào newsite/output"
            ),
        "{}",
        made.stderr
    );
    let again = run_in(&dir, &["init", "newsite", "--lang", "vi"]).exit_code(2);
    assert_has(
        &again.stderr,
        &[
            "error: thư mục `newsite` không trống; outreach chỉ tạo trang web mới trong thư mục trống hoặc chưa có [E0501]",
            "help: hãy đặt tên một thư mục chưa có, ví dụ `outreach init newsite-moi`",
        ],
    );
    let again = run_in(&dir, &["init", "newsite"]).exit_code(2);
    assert_has(
        &again.stderr,
        &[
            "error: `newsite` is not empty; outreach creates a new site only in an empty or new folder [E0501]",
            "help: give the name of a folder that does not exist yet",
        ],
    );
}

// ---------------------------------------------------------------- new

/// A new site with a projects section (`page_type: project`) in both languages.
fn site_with_projects() -> Site {
    let dir = Site::empty();
    run_in(&dir, &["init", "newsite"]).exit_code(0);
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
fn new_writes_its_comments_and_lines_in_vietnamese_and_the_page_still_builds() {
    let dir = site_with_projects();
    let run = run_in(
        &dir,
        &[
            "new",
            "project",
            "cang-song-hau",
            "--root",
            "newsite",
            "--lang",
            "vi",
        ],
    )
    .exit_code(0);
    assert_has(
        &run.stderr,
        &[
            "đã tạo `content/dau-tu/cang-song-hau.md`",
            "đã tạo `content/dau-tu/cang-song-hau.en.md`",
            "trang này là bản nháp: xem trước bằng `outreach build --drafts`",
        ],
    );
    let original = std::fs::read_to_string(dir.path("newsite/content/dau-tu/cang-song-hau.md"))
        .expect("the page");
    assert_has(
        &original,
        &[
            "# title (bắt buộc)",
            "#   ví dụ \"agriculture\"\nsector:\n",
            "# Các trường không bắt buộc: xóa dấu `#` để dùng.\n",
            "# Số liệu chưa chính thức: giữ `sample: true`",
            "# Xóa dòng `draft: true` để đăng trang (xem trước bằng `outreach build --drafts`).\ndraft: true\n",
        ],
    );
    assert_lacks(&original, &["(required)", "e.g.", "Remove `draft: true`"]);
    // The text in place of the page's own is in the page's language, whatever the run's.
    assert!(
        original.ends_with("---\nNội dung trang, viết bằng Markdown.\n"),
        "{original}"
    );
    let translation =
        std::fs::read_to_string(dir.path("newsite/content/dau-tu/cang-song-hau.en.md"))
            .expect("the translation");
    assert_has(
        &translation,
        &[
            "# Bản dịch này chỉ ghi những gì nó dịch;",
            "`cang-song-hau.md`",
            "# slug: phần cuối của địa chỉ ở ngôn ngữ này (/en/…/cang-song-hau/); hãy dịch phần này\nslug: cang-song-hau\n",
            "# Xóa dòng `draft: true` để đăng bản dịch này.\ndraft: true\n",
        ],
    );
    assert!(
        translation.ends_with("---\nThe page's text in this language, in Markdown.\n"),
        "{translation}"
    );
    // Comments only: the page is the same YAML, a draft that `check --drafts` reads.
    let check = run_in(&dir, &["check", "--root", "newsite", "--drafts"]);
    assert!(
        check
            .stderr
            .contains("`sector` is required, but it is empty"),
        "{}",
        check.stderr
    );
}

#[test]
fn new_with_an_unknown_type_or_an_existing_page_is_refused_in_vietnamese_with_its_code() {
    let dir = site_with_projects();
    let wrong = run_in(
        &dir,
        &["new", "projct", "x", "--root", "newsite", "--lang", "vi"],
    )
    .exit_code(2);
    assert_has(
        &wrong.stderr,
        &[
            "error: không có loại nội dung `projct` [E0503]",
            "help: có phải ý bạn là `project`?",
        ],
    );
    let far = run_in(
        &dir,
        &["new", "zzzzzz", "x", "--root", "newsite", "--lang", "vi"],
    )
    .exit_code(2);
    assert!(
        far.stderr.contains("help: các loại nội dung là `") && far.stderr.contains("` và `"),
        "{}",
        far.stderr
    );
    let far = run_in(&dir, &["new", "zzzzzz", "x", "--root", "newsite"]).exit_code(2);
    assert!(
        far.stderr.contains("help: the content types are `") && far.stderr.contains("` and `"),
        "{}",
        far.stderr
    );
    run_in(&dir, &["new", "project", "cang", "--root", "newsite"]).exit_code(0);
    let again = run_in(
        &dir,
        &[
            "new", "project", "cang", "--root", "newsite", "--lang", "vi",
        ],
    )
    .exit_code(2);
    assert!(
        again
            .stderr
            .contains("cang.md` đã có; hãy chọn tên khác [E0505]"),
        "{}",
        again.stderr
    );
    let nowhere = run_in(
        &dir,
        &[
            "new",
            "project",
            "moi",
            "--section",
            "khong-co",
            "--root",
            "newsite",
            "--lang",
            "vi",
        ],
    )
    .exit_code(2);
    assert_has(
        &nowhere.stderr,
        &[
            "error: không có mục `content/khong-co/` (một thư mục có tệp `_index.md`) [E0504]",
            "help: hãy tạo thư mục `content/khong-co/`",
        ],
    );
    let no_section = run_in(
        &dir,
        &[
            "new",
            "delegation",
            "doan-vao",
            "--root",
            "newsite",
            "--lang",
            "vi",
        ],
    )
    .exit_code(2);
    assert_has(
        &no_section.stderr,
        &[
            "error: không mục nào có `page_type: delegation` [E0506]",
            "help: hãy chọn thư mục bằng `--section`, ví dụ `--section dau-tu`",
        ],
    );
}

#[test]
fn new_with_two_sections_of_its_type_asks_which_in_vietnamese() {
    let dir = site_with_projects();
    dir.write(
        "newsite/content/du-an-khac/_index.md",
        "---\ntitle: Dự án khác\npage_type: project\n---\nCác dự án khác.\n",
    );
    let run = run_in(
        &dir,
        &["new", "project", "moi", "--root", "newsite", "--lang", "vi"],
    )
    .exit_code(2);
    assert!(
        run.stderr
            .contains("error: có nhiều mục chứa trang `project` (")
            && run.stderr.contains("`du-an-khac`")
            && run.stderr.contains(") [E0507]")
            && run
                .stderr
                .contains("help: hãy chọn một mục bằng `--section`"),
        "{}",
        run.stderr
    );
    let run = run_in(&dir, &["new", "project", "moi", "--root", "newsite"]).exit_code(2);
    assert!(
        run.stderr
            .contains("error: several sections hold `project` pages (")
            && run.stderr.contains("help: choose one with `--section`"),
        "{}",
        run.stderr
    );
}

// ---------------------------------------------------------------- translations

/// The translations fixture with `du-an-b.en.md` marked done, then its original's
/// second paragraph changed: one translation of each status, the stale one with what
/// changed.
fn statuses_site() -> Site {
    let site = Site::fixture("translations/statuses");
    site.run(&["translations", "--mark-done", "content/du-an-b.en.md"])
        .exit_code(0);
    site
}

#[test]
fn the_translations_report_is_in_vietnamese_with_lang_vi_and_its_json_stays_english() {
    let site = statuses_site();
    let vi = site.run(&["translations", "--lang", "vi"]).exit_code(0);
    assert_has(
        &vi.stdout,
        &["đã khớp", "chưa kiểm tra", "còn thiếu", " trang)"],
    );
    let summary = vi
        .stdout
        .lines()
        .find(|l| l.starts_with("en: "))
        .unwrap_or_else(|| panic!("no summary:\n{}", vi.stdout));
    assert!(
        summary.contains(" đã khớp, ")
            && summary.contains(" đã cũ, ")
            && summary.contains(" chưa kiểm tra, ")
            && summary.contains(" còn thiếu ("),
        "{summary}"
    );
    assert_has(
        &vi.stderr,
        &["chưa kiểm tra: chưa ai đánh dấu bản dịch là dịch xong"],
    );
    assert_lacks(&vi.stdout, &["up to date", "never checked", "missing"]);
    // The statuses still line up: each page's file starts in the same column.
    let columns: std::collections::BTreeSet<usize> = vi
        .stdout
        .lines()
        .filter(|l| l.starts_with("en "))
        .map(|l| {
            l.split("content/")
                .next()
                .unwrap_or_default()
                .chars()
                .count()
        })
        .collect();
    assert_eq!(columns.len(), 1, "{}", vi.stdout);

    let json = site
        .run(&["translations", "--format", "json", "--lang", "vi"])
        .exit_code(0);
    assert_has(&json.stdout, &["\"status\": \"unstamped\"", "\"ok\": "]);
    assert_lacks(&json.stdout, &["đã khớp", "chưa kiểm tra"]);
}

#[test]
fn a_stale_translation_says_what_changed_in_vietnamese() {
    let site = statuses_site();
    let original = std::fs::read_to_string(site.path("content/du-an-b.md")).expect("original");
    site.write(
        "content/du-an-b.md",
        &format!("{}\n\nMột đoạn mới về dự án.\n", original.trim_end()),
    );
    let vi = site.run(&["translations", "--lang", "vi"]).exit_code(0);
    assert!(
        vi.stdout.lines().any(|l| l.starts_with("en  đã cũ ")),
        "{}",
        vi.stdout
    );
    assert!(
        vi.stdout.contains("    đã kiểm tra ngày ")
            && vi.stdout.contains("; từ đó bản gốc đã thay đổi đoạn ")
            && vi.stdout.contains("(\"Một đoạn mới về dự án.\")"),
        "{}",
        vi.stdout
    );
    assert_has(&vi.stderr, &["đã cũ: phần chữ của bản gốc đã thay đổi"]);
    let en = site.run(&["translations"]).exit_code(0);
    assert!(
        en.stdout
            .contains("; since then the original changed paragraph ")
            && en.stdout.contains("(\"Một đoạn mới về dự án.\")"),
        "{}",
        en.stdout
    );

    // `check --strict-translations`: the stale translation is an error at its stamp.
    let strict = site
        .run(&["check", "--strict-translations", "--lang", "vi"])
        .exit_code(1);
    let text = std::fs::read_to_string(site.path("content/du-an-b.en.md")).expect("stamped");
    let line = text
        .lines()
        .position(|l| l.starts_with("source_hash:"))
        .map(|i| i + 1)
        .expect("a stamp");
    strict
        .error_at("content/du-an-b.en.md", line, 1)
        .says("bản dịch English này đã cũ: `content/du-an-b.md` đã thay đổi từ khi bản dịch được đánh dấu dịch xong")
        .helps("hãy cập nhật bản dịch, rồi chạy `outreach translations --mark-done content/du-an-b.en.md`")
        .coded("E0509");
    strict
        .error_at("content/du-an-c.md", 0, 0)
        .says("trang này chưa có bản dịch English")
        .helps("hãy viết `content/du-an-c.en.md`")
        .coded("E0508");
}

#[test]
fn mark_done_on_an_original_or_a_stranger_is_refused_in_vietnamese_with_its_code() {
    let site = statuses_site();
    let original = site
        .run(&[
            "translations",
            "--mark-done",
            "content/du-an-a.md",
            "--lang",
            "vi",
        ])
        .exit_code(2);
    assert!(
        original.stderr.contains(
            "error: `content/du-an-a.md` không phải bản dịch: đây là bản gốc Tiếng Việt; hãy đánh dấu các bản dịch của nó (ví dụ `content/du-an-a.en.md`) [E0514]"
        ),
        "{}",
        original.stderr
    );
    let stranger = site
        .run(&[
            "translations",
            "--mark-done",
            "content/khong-co.en.md",
            "--lang",
            "vi",
        ])
        .exit_code(2);
    assert!(
        stranger
            .stderr
            .contains("`content/khong-co.en.md` không phải một trang của trang web này")
            && stranger.stderr.contains("[E0510]"),
        "{}",
        stranger.stderr
    );
    let done = site
        .run(&[
            "translations",
            "--mark-done",
            "content/du-an-a.en.md",
            "--lang",
            "vi",
        ])
        .exit_code(0);
    assert!(
        done.stderr
            .contains("đã đánh dấu `content/du-an-a.en.md` là đã khớp (source_hash: "),
        "{}",
        done.stderr
    );
}

#[test]
fn strict_translations_ask_a_record_page_for_its_missing_language_in_vietnamese() {
    // `chiba.yaml` is written in Vietnamese only.
    let site = Site::fixture("records/site");
    let run = site
        .run(&["check", "--strict-translations", "--lang", "vi"])
        .exit_code(1);
    run.error_at("content/doi-tac/chiba.yaml", 0, 0)
        .says("trang này chưa có bản dịch English")
        .helps("hãy thêm giá trị `en:` vào `title`, `description` và `body` của trang, ví dụ `title: { vi: \"…\", en: \"…\" }`")
        .coded("E0508");
    let run = site.run(&["check", "--strict-translations"]).exit_code(1);
    run.error_at("content/doi-tac/chiba.yaml", 0, 0)
        .says("this page has no English translation")
        .helps("add `en:` values to its `title`, `description` and `body`, e.g. `title: { vi: \"…\", en: \"…\" }`")
        .coded("E0508");
}

// ---------------------------------------------------------------- serve

const PATIENCE: Duration = Duration::from_secs(30);

/// A running `outreach serve --lang vi`, stopped when dropped.
struct Preview {
    child: Child,
    port: u16,
    lines: Receiver<String>,
}

impl Preview {
    fn start(site: &Site, args: &[&str]) -> Preview {
        let tmp = site.path("tmp");
        std::fs::create_dir_all(&tmp).expect("temp folder");
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let mut child = Command::new(env!("CARGO_BIN_EXE_outreach"))
            .args(["serve", "--port", &port.to_string(), "--root"])
            .arg(site.root())
            .args(args)
            .env("TMPDIR", &tmp)
            .env_remove("OUTREACH_LANG")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start outreach serve");
        let (tx, lines) = channel();
        let stderr = child.stderr.take().expect("stderr");
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                let _ = tx.send(line);
            }
        });
        Preview { child, port, lines }
    }

    /// Waits for a line containing `needle`, returning everything printed until then.
    fn wait_for(&self, needle: &str) -> String {
        let mut seen = String::new();
        let deadline = Instant::now() + PATIENCE;
        while let Some(left) = deadline.checked_duration_since(Instant::now()) {
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    seen.push_str(&line);
                    seen.push('\n');
                    if line.contains(needle) {
                        return seen;
                    }
                }
                Err(_) => break,
            }
        }
        panic!("serve never printed `{needle}`:\n{seen}");
    }

    fn ask(&self, method: &str, path: &str) -> (u16, String) {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).expect("connect");
        stream.set_read_timeout(Some(PATIENCE)).expect("timeout");
        write!(
            stream,
            "{method} {path} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n"
        )
        .expect("ask");
        let mut raw = Vec::new();
        let _ = stream.read_to_end(&mut raw);
        let text = String::from_utf8_lossy(&raw).into_owned();
        let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
        let status = head
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        (status, body.to_string())
    }
}

impl Drop for Preview {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

const PAGE: &str = "content/dau-tu/nha-may.md";

#[test]
fn serve_with_lang_vi_shows_a_broken_saves_problems_over_the_page_in_vietnamese() {
    let site = Site::minimal_with(&[
        (
            PAGE,
            "---\ntitle: Nhà máy điện mặt trời\n---\nNội dung đầu tiên.\n",
        ),
        (
            "content/dau-tu/nha-may.en.md",
            "---\ntitle: Solar power plant\n---\nFirst text.\n",
        ),
    ]);
    let preview = Preview::start(&site, &["--lang", "vi"]);
    let started = preview.wait_for("đang phục vụ trang web tại http://127.0.0.1:");
    assert!(
        started.contains("bản xem trước được dựng trong `"),
        "{started}"
    );
    assert!(started.contains("đã dựng "), "{started}");

    site.write(PAGE, "---\ntitle:\n---\nNội dung hỏng.\n");
    let printed = preview.wait_for("trang web chưa được dựng lại");
    assert!(
        printed.contains("content/dau-tu/nha-may.md:2:1: error: tiêu đề đang để trống [E0003]"),
        "{printed}"
    );
    let deadline = Instant::now() + PATIENCE;
    let body = loop {
        let (status, body) = preview.ask("GET", "/dau-tu/nha-may/");
        assert_eq!(status, 200);
        if body.contains("tiêu đề đang để trống") || Instant::now() > deadline {
            break body;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert_has(
        &body,
        &[
            "outreach: lần lưu gần nhất có vấn đề; trang này là bản dựng tốt gần nhất.",
            "content/dau-tu/nha-may.md:2:1: error: tiêu đề đang để trống [E0003]",
            "= help: viết tiêu đề của trang sau `title:`",
        ],
    );
    assert_lacks(&body, &["the last save has problems", "the title is empty"]);

    // The preview's own answers in the browser are in the run's language too.
    let (status, refused) = preview.ask("POST", "/");
    assert_eq!(status, 405);
    assert!(
        refused.contains(
            "Bản xem trước chỉ hiển thị trang web: nó chỉ trả lời các yêu cầu GET và HEAD."
        ),
        "{refused}"
    );
}

#[test]
fn serve_on_every_network_warns_in_vietnamese_that_the_preview_is_not_for_the_public() {
    let site = Site::minimal_with(&[]);
    let preview = Preview::start(&site, &["--bind", "0.0.0.0", "--lang", "vi"]);
    let printed = preview.wait_for("đang phục vụ trang web tại");
    assert_has(
        &printed,
        &[
            &format!(
                "warning: bản xem trước lắng nghe trên 0.0.0.0:{}, nơi các máy tính khác truy cập được, nhưng nó không dành cho công chúng",
                preview.port
            ),
            "[W0501]",
            "help: để đăng trang web, hãy dựng bằng `outreach build`",
            "hãy bỏ `--bind`",
        ],
    );
}

#[test]
fn serve_says_its_own_errors_in_vietnamese_with_their_codes() {
    let site = Site::minimal_with(&[]);
    let (code, _, err) = run_with_env(
        &site,
        &["serve", "--bind", "example.org", "--lang", "vi"],
        &[],
    );
    assert_eq!(code, 2, "{err}");
    assert_has(
        &err,
        &[
            "error: `example.org` không phải địa chỉ để lắng nghe [E0516]",
            "help: hãy cho một địa chỉ IP: `127.0.0.1` (chỉ máy tính này, mặc định)",
        ],
    );
    // A port already taken.
    let taken = TcpListener::bind("127.0.0.1:0").expect("a port");
    let port = taken.local_addr().expect("its address").port().to_string();
    let (code, _, err) = run_with_env(&site, &["serve", "--port", &port, "--lang", "vi"], &[]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains(&format!("error: cổng {port} đang được dùng"))
            && err.contains("[E0517]")
            && err.contains("help: hãy chọn cổng khác, ví dụ `outreach serve --port "),
        "{err}"
    );
    let (_, _, err) = run_with_env(&site, &["serve", "--port", &port, "--lang", "en"], &[]);
    assert!(
        err.contains(&format!("error: the port {port} is already in use"))
            && err.contains("[E0517]"),
        "{err}"
    );
}
