//! Only safe addresses are published: relative links, `@/` links, `https:`, `http:`,
//! `mailto:` and `tel:` (and `data:image/…` for images), plus what site.yaml's
//! `url_schemes` adds. A `javascript:`, `vbscript:` or `data:text/html` address, however
//! it is spelt (`JaVaScRiPt:`, `&#106;avascript:`, `java&#x09;script:`), is an error at its
//! line and column: in Markdown links and images, in every URL attribute of raw HTML, in
//! front matter, data files, site.yaml and shortcode arguments. Raw `<script>` and `on…=`
//! handlers stay warnings unless site.yaml sets `raw_html: forbid`.

use crate::harness::Site;
use crate::hostile::build_failing;

const PAGE: &str = "content/dau-tu/lien-ket.md";

/// Asserts no published file carries a script address.
#[track_caller]
fn nothing_published(site: &Site) {
    assert!(
        !site.path("output").exists(),
        "a failed build created output/"
    );
}

#[test]
fn markdown_links_and_images_to_script_addresses_are_errors_at_their_place() {
    let site = Site::minimal_with(&[(
        PAGE,
        "---\ntitle: Liên kết\n---\n\
[a](javascript:alert(1))\n\
\n\
[b](JaVaScRiPt:alert(1))\n\
\n\
[c](&#106;avascript:alert(1))\n\
\n\
[d](vbscript:msgbox(1))\n\
\n\
![e](data:text/html;base64,PHNjcmlwdD4=)\n\
\n\
Xem [f](data:text/html,x) nhé.\n\
\n\
[g][ref] và <javascript:alert(2)>\n\
\n\
[ref]: javascript:alert(3)\n",
    )]);
    let run = build_failing(&site, &[PAGE]);
    for line in [4, 6, 8, 10] {
        run.error_at(PAGE, line, 1)
            .says("address runs a script in the reader's browser, so outreach never publishes it")
            .helps("link to a page with `https://…`, or to a page of the site with `@/…`");
    }
    run.error_at(PAGE, 12, 1)
        .says("this image is a `data:` address that is not an image");
    run.error_at(PAGE, 14, 5)
        .says("this link is a `data:` address")
        .helps("put the file beside the page and link to it by its name");
    run.error_at(PAGE, 16, 1).says("`javascript:` address");
    run.error_at(PAGE, 16, 13).says("`javascript:` address");
    assert_eq!(run.error_places().len(), 8, "{}", run.stderr);
    nothing_published(&site);

    // `check` finds the same.
    let check = site.run(&["check"]).exit_code(1);
    assert_eq!(check.error_places(), run.error_places(), "{}", check.stderr);
}

#[test]
fn every_url_attribute_of_raw_html_is_read_as_a_browser_reads_it() {
    let site = Site::minimal_with(&[(
        PAGE,
        "---\ntitle: HTML\n---\n\
Xem <a href=\"java&#x09;script:alert(1)\">bản đồ</a>.\n\
\n\
<div>\n\
<a class=\"nut\"\n\
\x20\x20\x20HREF = 'JAVASCRIPT&colon;alert(2)'>x</a>\n\
<img alt=\"a\" srcset=\"a.png 1x, data:text/html,x 2x\">\n\
<form action=vbscript:x><button formaction=\"javascript:y\">Gửi</button></form>\n\
</div>\n",
    )]);
    let run = build_failing(&site, &[PAGE]);
    run.error_at(PAGE, 4, 8)
        .says("`href=`: a `javascript:` address runs a script")
        .quotes("Xem <a href=\"java&#x09;script:alert(1)\">bản đồ</a>.");
    run.error_at(PAGE, 8, 4)
        .says("`href=`: a `javascript:` address");
    run.error_at(PAGE, 9, 14)
        .says("`srcset=`: this image is a `data:` address that is not an image");
    run.error_at(PAGE, 10, 7)
        .says("`action=`: a `vbscript:` address");
    run.error_at(PAGE, 10, 33)
        .says("`formaction=`: a `javascript:` address");
    assert_eq!(run.error_places().len(), 5, "{}", run.stderr);
    nothing_published(&site);
}

#[test]
fn safe_addresses_are_published_as_written() {
    let site = Site::minimal_with(&[(
        PAGE,
        "---\ntitle: Liên kết\ndescription: \"Lưu ý: số liệu năm 2018\"\n---\n\
[web](https://haugiang.gov.vn) [thư](mailto:a@haugiang.gov.vn) [gọi](tel:+842933870000)\n\
[mục](#muc) [trang](/en/)\n\
\n\
![chấm](data:image/png;base64,iVBORw0KGgo=)\n\
\n\
<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" alt=\"chấm\">\n\
<a href=\"https://haugiang.gov.vn/?a=1&amp;b=2\">cổng</a>\n\
\n\
## Mục {#muc}\n",
    )]);
    let run = site.build(&[]).success();
    let page = run.read("dau-tu/lien-ket/index.html");
    for html in [
        "href=\"https://haugiang.gov.vn\"",
        "href=\"mailto:a@haugiang.gov.vn\"",
        "href=\"tel:+842933870000\"",
        "src=\"data:image/png;base64,iVBORw0KGgo=\"",
        "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" alt=\"chấm\">",
    ] {
        assert!(page.contains(html), "the page lost `{html}`:\n{page}");
    }
}

#[test]
fn front_matter_and_data_files_may_not_hold_script_addresses() {
    let site = Site::minimal_with(&[
        (
            PAGE,
            "---\ntitle: Liên kết\ndescription: \"vbscript:msgbox(1)\"\ntags: [\"nông nghiệp\", \"javascript:alert(1)\"]\n---\nNội dung.\n",
        ),
        (
            "content/_data/lien_ket.yaml",
            "mang_xa_hoi:\n  facebook: \"https://facebook.com/haugiang\"\n  zalo: \" JaVaScRiPt:alert(1)\"\nghi_chu: \"Data: 2018\"\n",
        ),
    ]);
    let run = build_failing(&site, &[PAGE, "content/_data/lien_ket.yaml"]);
    run.error_at(PAGE, 3, 14)
        .says("a `vbscript:` address runs a script in the reader's browser");
    run.error_at(PAGE, 4, 23)
        .says("a `javascript:` address runs a script in the reader's browser");
    run.error_at("content/_data/lien_ket.yaml", 3, 9)
        .says("a `javascript:` address runs a script");
    assert_eq!(run.error_places().len(), 3, "{}", run.stderr);
    nothing_published(&site);
}

#[test]
fn site_yaml_menu_extra_and_image_may_not_hold_script_addresses() {
    let site = Site::minimal_with(&[(
        "site.yaml",
        r#"title: { vi: "Thử", en: "Test" }
base_url: "https://example.org"
default_language: vi
languages:
  vi: { name: "Tiếng Việt", locale: vi-VN }
  en: { name: "English", locale: en-GB }
image: "data:text/html,x"
menu:
  - { page: "@/dau-tu/_index.md" }
  - { url: "javascript:alert(1)", title: { vi: "Bản đồ", en: "Map" } }
extra:
  facebook: "vbscript:x"
"#,
    )]);
    let run = build_failing(&site, &["site.yaml"]);
    run.error_at("site.yaml", 7, 8)
        .says("this image is a `data:` address that is not an image");
    run.error_at("site.yaml", 10, 12)
        .says("a `javascript:` address runs a script");
    run.error_at("site.yaml", 12, 13)
        .says("a `vbscript:` address runs a script");
    assert_eq!(run.error_places().len(), 3, "{}", run.stderr);
}

#[test]
fn shortcode_arguments_may_not_hold_script_addresses() {
    let site = Site::minimal_with(&[(
        PAGE,
        "---\ntitle: Ảnh\n---\n\
{{ figure(src=\"javascript:alert(1)\", alt=\"Bản đồ\", caption=\"Bản đồ\") }}\n\
\n\
{% note(title=\"data:text/html,<b>x</b>\") %}\nGhi chú.\n{% end %}\n",
    )]);
    let run = build_failing(&site, &[PAGE]);
    run.error_at(PAGE, 4, 11)
        .says("`src`: a `javascript:` address runs a script");
    run.error_at(PAGE, 6, 9)
        .says("`title`: this image is a `data:` address that is not an image");
    assert_eq!(run.error_places().len(), 2, "{}", run.stderr);
}

#[test]
fn other_schemes_are_errors_until_site_yaml_allows_them() {
    let page = (
        PAGE,
        "---\ntitle: Liên hệ\n---\n[Nhắn tin](sms:+84901234567) [Tệp](C:\\Users\\a\\ke-hoach.pdf)\n",
    );
    let site = Site::minimal_with(&[page]);
    let run = build_failing(&site, &[PAGE]);
    run.error_at(PAGE, 4, 1)
        .says("`sms:` is not an address outreach publishes")
        .helps("add `url_schemes: [sms]` to site.yaml");
    run.error_at(PAGE, 4, 30)
        .says("this is a file on a computer (`C:\\…`), which readers cannot open");

    let yaml = std::fs::read_to_string(site.path("site.yaml")).expect("site.yaml");
    site.write(
        "site.yaml",
        &format!("{yaml}url_schemes: [sms, javascript]\n"),
    );
    let run = site.build(&[]).exit_code(1);
    let line = yaml.lines().count() + 1;
    run.error_at("site.yaml", line, 20)
        .says("`javascript:` cannot be allowed")
        .helps("remove `javascript` from `url_schemes`");

    site.write("site.yaml", &format!("{yaml}url_schemes: [sms]\n"));
    site.write(
        PAGE,
        "---\ntitle: Liên hệ\n---\n[Nhắn tin](sms:+84901234567)\n",
    );
    let run = site.build(&[]).success();
    assert!(
        run.read("dau-tu/lien-ket/index.html")
            .contains("href=\"sms:+84901234567\"")
    );
}

#[test]
fn raw_html_forbid_makes_scripts_and_handlers_errors() {
    let page = (
        PAGE,
        "---\ntitle: HTML\n---\n<script>x()</script>\n\nẢnh <img src=\"/a.svg\" alt=\"a\" onerror=\"x()\">\n",
    );
    // By default they are warnings and the page is published.
    let site = Site::minimal_with(&[page]);
    site.build(&[]).success();

    let yaml = std::fs::read_to_string(site.path("site.yaml")).expect("site.yaml");
    site.write("site.yaml", &format!("{yaml}raw_html: forbid\n"));
    std::fs::remove_dir_all(site.path("output")).expect("remove output/");
    let run = build_failing(&site, &[PAGE]);
    run.error_at(PAGE, 4, 1)
        .says("this raw HTML has a `<script>`, and site.yaml sets `raw_html: forbid`");
    run.error_at(PAGE, 6, 31)
        .says("has an inline event handler (`onerror=`)");
    assert_eq!(run.error_places().len(), 2, "{}", run.stderr);

    site.write("site.yaml", &format!("{yaml}raw_html: forbidden\n"));
    let run = site.build(&[]).exit_code(1);
    run.error_at("site.yaml", yaml.lines().count() + 1, 11)
        .says("`raw_html` cannot be `forbidden`")
        .helps("`warn` or `forbid`");
}

#[test]
fn preview_and_local_file_addresses_are_never_published() {
    let site = Site::minimal_with(&[(
        PAGE,
        "---\ntitle: Liên hệ\ndescription: \"Xem http://localhost:1111/\"\n---\n\
[Liên hệ](http://127.0.0.1:1111/lien-he/)\n\
\n\
![Bản đồ](http://localhost:1111/dau-tu/ban-do.svg)\n\
\n\
<a href=\"http://[::1]:1111/\">x</a> [Tệp](file:///C:/Users/ke-hoach.pdf)\n\
\n\
[Cổng](https://haugiang.gov.vn/) [Mạng nội bộ](http://10.0.0.1/)\n",
    )]);
    let run = build_failing(&site, &[PAGE]);
    run.error_at(PAGE, 5, 1)
        .says("`http://127.0.0.1:1111/lien-he/` is an address on this computer (the preview, probably): readers cannot open it")
        .helps("link to the page by its file, e.g. `@/lien-he.md`");
    run.error_at(PAGE, 7, 1)
        .says("`http://localhost:1111/dau-tu/ban-do.svg` is an address on this computer");
    run.error_at(PAGE, 9, 4)
        .says("`href=`: `http://[::1]:1111/` is an address on this computer");
    run.error_at(PAGE, 9, 36)
        .says("a `file:` address is a file on the author's computer");
    assert_eq!(run.error_places().len(), 4, "{}", run.stderr);
}

#[test]
fn a_refused_address_is_said_in_vietnamese_with_the_attribute_or_argument_it_is_in() {
    let site = Site::minimal_with(&[(
        PAGE,
        "---\ntitle: HTML\n---\nXem <a href=\"javascript:alert(1)\">bản đồ</a>.\n\n{{ figure(src=\"javascript:x\", alt=\"a\", caption=\"b\") }}\n",
    )]);
    let run = site.build(&["--lang", "vi"]).exit_code(1);
    run.error_at(PAGE, 4, 8)
        .says("`href=`: một địa chỉ `javascript:` chạy mã lệnh (script) trong trình duyệt của người đọc")
        .coded("E0122");
    run.error_at(PAGE, 6, 11)
        .says("`src`: một địa chỉ `javascript:` chạy mã lệnh")
        .coded("E0122");
}
