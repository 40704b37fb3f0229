//! Messages in the author's language: the same problem said in Vietnamese or English,
//! with the same stable code, in the language `--lang` names, else `OUTREACH_LANG`, else
//! the system's, else the site's default language.

use crate::harness::{Run, Site, parse_diagnostics};

/// Runs the binary in `site` with exactly `env` for the language settings (no
/// `OUTREACH_LANG`, `LANG`, `LC_ALL` or `LC_MESSAGES` but these).
fn run_with(site: &Site, args: &[&str], env: &[(&str, &str)]) -> (String, String) {
    let (_, stdout, stderr) = crate::harness::run_with_only_env(site, args, env);
    (stdout, stderr)
}

/// A page whose translation has no original, and a second broken page: errors with
/// messages from the catalogues.
fn broken_site() -> Site {
    Site::minimal_with(&[
        (
            "content/gioi-thieu.en.md",
            "---\ntitle: About\n---\nText.\n",
        ),
        ("content/trong.md", "---\ntitle:\n---\nNội dung.\n"),
    ])
}

const ORPHAN_VI: &str =
    "đây là một bản dịch, nhưng không có tệp Tiếng Việt `content/gioi-thieu.md` để dịch theo";
const ORPHAN_EN: &str = "this is a translation, but there is no Tiếng Việt file `content/gioi-thieu.md` for it to translate";

#[test]
fn lang_vi_says_each_problem_in_vietnamese_with_the_same_code_and_place() {
    let site = broken_site();
    let vi = site.build(&["--lang", "vi"]).exit_code(1);
    let en = site.build(&["--lang", "en"]).exit_code(1);
    vi.error_at("content/gioi-thieu.en.md", 0, 0)
        .says(ORPHAN_VI)
        .coded("E0005");
    en.error_at("content/gioi-thieu.en.md", 0, 0)
        .says(ORPHAN_EN)
        .coded("E0005");
    vi.error_at("content/trong.md", 2, 1)
        .says("tiêu đề đang để trống")
        .helps("viết tiêu đề của trang sau `title:`")
        .coded("E0003");
    en.error_at("content/trong.md", 2, 1)
        .says("the title is empty")
        .coded("E0003");
    assert_eq!(vi.error_places(), en.error_places());
    assert!(
        vi.stderr
            .contains("error: có 2 lỗi trong 2 tệp; thư mục kết quả không bị thay đổi"),
        "{}",
        vi.stderr
    );
    assert!(
        en.stderr
            .contains("error: found 2 errors in 2 files; the output folder was not changed"),
        "{}",
        en.stderr
    );
}

#[test]
fn the_language_comes_from_the_flag_then_outreach_lang_then_the_system_then_the_site() {
    let site = broken_site();
    let says_vi = |stderr: &str| stderr.contains(ORPHAN_VI);
    let says_en = |stderr: &str| stderr.contains(ORPHAN_EN);
    let build = ["build"];
    // The site's default language, Vietnamese, when nothing else names one.
    let (_, e) = run_with(&site, &build, &[("LANG", "C")]);
    assert!(says_vi(&e), "{e}");
    // The system's language before the site's.
    let (_, e) = run_with(&site, &build, &[("LANG", "en_GB.UTF-8")]);
    assert!(says_en(&e), "{e}");
    // OUTREACH_LANG before the system's.
    let (_, e) = run_with(
        &site,
        &build,
        &[("LANG", "en_GB.UTF-8"), ("OUTREACH_LANG", "vi")],
    );
    assert!(says_vi(&e), "{e}");
    // --lang before everything.
    let (_, e) = run_with(
        &site,
        &["build", "--lang", "en"],
        &[("LANG", "vi_VN.UTF-8"), ("OUTREACH_LANG", "vi")],
    );
    assert!(says_en(&e), "{e}");
    // A language outreach has no messages in passes to the next choice.
    let (_, e) = run_with(&site, &build, &[("OUTREACH_LANG", "ko"), ("LANG", "C")]);
    assert!(says_vi(&e), "{e}");
}

#[test]
fn json_and_github_annotations_carry_the_code_and_the_chosen_language() {
    let site = broken_site();
    let run = site
        .build(&["--lang", "vi", "--format", "json"])
        .exit_code(1);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    let orphan = json
        .as_array()
        .expect("an array")
        .iter()
        .find(|d| d["path"] == "content/gioi-thieu.en.md")
        .expect("the orphan");
    assert_eq!(orphan["code"], "E0005");
    assert_eq!(orphan["message"], ORPHAN_VI);
    let run = site
        .build(&["--lang", "en", "--format", "github"])
        .exit_code(1);
    assert!(
        run.stdout.contains(
            "::error file=content/trong.md,line=2,col=1,title=outreach E0003::the title is empty"
        ),
        "{}",
        run.stdout
    );
}

#[test]
fn a_file_saved_as_utf16_is_named_in_vietnamese() {
    let site = Site::minimal_with(&[]);
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(
        "---\ntitle: Giới thiệu\n---\nNội dung.\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes),
    );
    site.write_bytes("content/gioi-thieu.md", &bytes);
    let run: Run = site.build(&["--lang", "vi"]).exit_code(1);
    let d = run.error_at("content/gioi-thieu.md", 0, 0);
    d.says("tệp được lưu bằng bảng mã UTF-16, không phải UTF-8, nên outreach không đọc được")
        .helps("mở tệp, chọn \"Save As\" (Lưu thành) và đặt bảng mã là UTF-8")
        .coded("E0001");
    assert_eq!(parse_diagnostics(&run.stderr).len(), 1, "{}", run.stderr);
}

#[test]
fn field_and_date_mistakes_are_said_in_vietnamese() {
    let site = Site::minimal_with(&[
        (
            "content/dau-tu/_index.md",
            "---\ntitle: Dự án\npage_type: project\n---\nCác dự án.\n",
        ),
        (
            "content/dau-tu/cang.md",
            "---\ntitle: Cảng\ndescription: Một cảng.\ndistrict: vi-thanhh\nstatus: calling\ndate: 13/03/2018\nsectr: energy\n---\nNội dung.\n",
        ),
    ]);
    let run = site.build(&["--lang", "vi"]).exit_code(1);
    const PAGE: &str = "content/dau-tu/cang.md";
    run.error_at(PAGE, 4, 11)
        .says("`vi-thanhh` không phải là giá trị được phép của `district`")
        .helps("có phải ý bạn là `vi-thanh`? Các giá trị là `vi-thanh`, ")
        .helps(" hoặc `vi-thuy`")
        .coded("E0016");
    run.error_at(PAGE, 6, 7)
        .says("`13/03/2018` được viết theo ngày/tháng/năm; outreach đọc ngày viết theo năm-tháng-ngày")
        .helps("viết `date: 2018-03-13` (ngày 13 tháng 3 năm 2018)")
        .coded("E0020");
    run.error_at(PAGE, 7, 1)
        .says("`sectr` không phải là một trường của trang kiểu `project`")
        .helps("có phải ý bạn là `sector`?")
        .coded("E0013");
    // `sector` is misspelt, not missing: one mistake, one message.
    assert_eq!(run.error_places().len(), 3, "{}", run.stderr);
    let en = site.build(&["--lang", "en"]).exit_code(1);
    en.error_at(PAGE, 6, 7)
        .helps("write `date: 2018-03-13` (13 March 2018)")
        .coded("E0020");
}

#[test]
fn a_space_pasted_from_word_is_named_in_vietnamese() {
    let site = Site::minimal_with(&[(
        "content/gioi-thieu.md",
        "---\ntitle: Giới thiệu\ndescription:\u{a0}Trang giới thiệu.\n---\nNội dung.\n",
    )]);
    let run = site.build(&["--lang", "vi"]).exit_code(1);
    run.error_at("content/gioi-thieu.md", 3, 13)
        .says("một dấu cách không ngắt (non-breaking space) sau `description:`, có lẽ được dán từ Word hoặc một trang web")
        .helps("thay nó bằng một dấu cách thường")
        .coded("E0022");
    let en = site.build(&["--lang", "en"]).exit_code(1);
    en.error_at("content/gioi-thieu.md", 3, 13)
        .says("a non-breaking space after `description:`, probably pasted from Word or a web page")
        .coded("E0022");
}

#[test]
fn the_starters_placeholders_are_named_in_vietnamese() {
    let site = Site::empty();
    crate::harness::run_outreach(site.root(), &["init", "s"], site.path("s/output")).success();
    let run = crate::harness::run_outreach(
        site.root(),
        &["check", "--root", "s", "--lang", "vi"],
        site.path("s/output"),
    )
    .success();
    run.warning_at("site.yaml", 4, 7)
        .says("`[tên tỉnh hoặc cơ quan]` là chỗ trống do `outreach init` để lại")
        .helps("thay `[tên tỉnh hoặc cơ quan]` trong `title.vi` bằng nội dung thật")
        .coded("W0002");
    run.warning_at("site.yaml", 11, 11)
        .says("`base_url` vẫn là địa chỉ mẫu `https://example.org`")
        .coded("W0001");
}
