//! The links part of the catalogues (`src/messages/*/links.ftl`, codes E03xx and W03xx)
//! said in Vietnamese and English: links and anchors, images' alternative text, raw
//! HTML, shortcodes, the theme's templates and strings, and `outreach check`. Each test
//! builds a site with the mistake written inline and reads the diagnostic where it is.

use crate::harness::Site;

const SITE_YAML_UNDER_A_PATH: &str = "title: { vi: \"Thử\", en: \"Test\" }\nbase_url: \"https://example.org/site/\"\ndefault_language: vi\nlanguages:\n  vi: { name: \"Tiếng Việt\", locale: vi-VN }\n  en: { name: \"English\", locale: en-GB }\n";

/// A page with one broken link of each kind, a line each.
fn broken_links() -> Site {
    Site::minimal_with(&[
        (
            "content/dau-tu/cang-can-tho.md",
            "---\ntitle: Cảng Cần Thơ\n---\nNội dung.\n",
        ),
        (
            "content/dau-tu/nhap.md",
            "---\ntitle: Bản nháp\ndraft: true\n---\nNội dung.\n",
        ),
        (
            "content/dau-tu/lien-ket.md",
            "---\ntitle: Liên kết\n---\nXem [dự án](@/dau-tu/cang-can-th.md).\n\n[nháp](@/dau-tu/nhap.md)\n\n[tệp](khong-co.pdf)\n\n[cũ](/trang-cu/)\n\n[ngoài](../../ngoai.md)\n\n[trang](khong-co.md)\n",
        ),
    ])
}

#[test]
fn broken_links_are_said_in_vietnamese_with_their_codes_and_places() {
    let run = broken_links().build(&["--lang", "vi"]).exit_code(1);
    let page = "content/dau-tu/lien-ket.md";
    run.error_at(page, 4, 5)
        .says("liên kết này trỏ đến `content/dau-tu/cang-can-th.md`, nhưng tệp đó không tồn tại")
        .helps("có phải ý bạn là `@/dau-tu/cang-can-tho.md`?")
        .coded("E0301");
    run.error_at(page, 6, 1)
        .says("nhưng trang đó là bản nháp nên không được xuất bản")
        .helps("bỏ `draft: true` khỏi trang đó")
        .coded("E0302");
    run.error_at(page, 8, 1)
        .says("không có tệp `khong-co.pdf` bên cạnh trang này")
        .helps("đặt tệp vào thư mục của trang")
        .coded("E0306");
    run.error_at(page, 10, 1)
        .says(
            "liên kết này trỏ đến `/trang-cu/`, nhưng đó không phải một địa chỉ của trang web này",
        )
        .helps("`@/")
        .coded("E0307");
    run.error_at(page, 12, 1)
        .says("nằm ngoài thư mục `content/`")
        .helps("viết là `@/section/page.md`")
        .coded("E0304");
    run.error_at(page, 14, 1)
        .says("nhưng không có tệp `content/dau-tu/khong-co.md`")
        .helps("liên kết nội bộ ghi tên một tệp trong thư mục content/")
        .coded("E0305");
}

#[test]
fn broken_links_keep_their_english_words_and_the_same_codes() {
    let run = broken_links().build(&["--lang", "en"]).exit_code(1);
    let page = "content/dau-tu/lien-ket.md";
    run.error_at(page, 4, 5)
        .says("this links to `content/dau-tu/cang-can-th.md`, which does not exist")
        .helps("did you mean `@/dau-tu/cang-can-tho.md`?")
        .coded("E0301");
    run.error_at(page, 14, 1)
        .says("this links to `khong-co.md`, and there is no `content/dau-tu/khong-co.md`")
        .coded("E0305");
    run.error_at(page, 12, 1)
        .says("this links to `../../ngoai.md`, which is outside `content/`")
        .coded("E0304");
}

#[test]
fn missing_anchors_and_taken_heading_ids_are_said_in_vietnamese() {
    let site = Site::minimal_with(&[
        (
            "content/dau-tu/b.md",
            "---\ntitle: B\n---\n## Giới thiệu\n\n## Lịch sử\n",
        ),
        (
            "content/dau-tu/a.md",
            "---\ntitle: A\n---\n## Lịch sử\n\nXem [mục](#lich-su-cu).\n\n[trang khác](@/dau-tu/b.md#khong-co)\n\n## Một {#x}\n\n## Hai {#x}\n",
        ),
    ]);
    let run = site.build(&["--lang", "vi"]).exit_code(1);
    let page = "content/dau-tu/a.md";
    run.error_at(page, 6, 5)
        .says("trang này không có đề mục hay id `#lich-su-cu`")
        .helps("có phải ý bạn là `#lich-su`?")
        .coded("E0308");
    run.error_at(page, 8, 1)
        .says("`content/dau-tu/b.md` không có đề mục hay id `#khong-co`")
        .helps("các đề mục của trang đó là `#gioi-thieu`, `#lich-su`")
        .coded("E0309");
    run.warning_at(page, 12, 8)
        .says(
            "id đề mục `x` đã được dùng (đề mục “Một” đã có id này), nên đề mục này nhận id `x-1`",
        )
        .helps("viết một id khác trong `{#…}`")
        .coded("W0301");
    let en = site.build(&["--lang", "en"]).exit_code(1);
    en.error_at(page, 8, 1)
        .says("`content/dau-tu/b.md` has no heading or id `#khong-co`")
        .helps("its headings are `#gioi-thieu`, `#lich-su`")
        .coded("E0309");
}

#[test]
fn images_without_alt_text_spaced_addresses_and_scripts_are_said_in_vietnamese() {
    let site = Site::minimal_with(&[(
        "content/dau-tu/anh.md",
        "---\ntitle: Ảnh\n---\n![](https://example.org/a.png)\n\n![Ảnh](anh toàn cảnh.png)\n\n<div onclick=\"x()\">Bấm</div>\n\n<img src=\"https://example.org/b.png\">\n",
    )]);
    let run = site.build(&["--lang", "vi"]).exit_code(1);
    let page = "content/dau-tu/anh.md";
    run.error_at(page, 4, 1)
        .says("hình này không có văn bản thay thế")
        .helps("với hình chỉ để trang trí, viết `![-](…)`")
        .coded("E0310");
    run.error_at(page, 6, 1)
        .says("`anh toàn cảnh.png` có dấu cách")
        .helps("`![Ảnh](<anh toàn cảnh.png>)`")
        .coded("E0311");
    run.warning_at(page, 8, 6)
        .says("đoạn HTML viết trực tiếp này có một trình xử lý sự kiện (`onclick=`), là mã chạy trên trình duyệt của mọi người đọc")
        .helps("hãy nhờ người thiết kế giao diện")
        .coded("W0302");
    run.error_at(page, 10, 1)
        .says("thẻ `<img>` này không có `alt`")
        .helps("thêm `alt=\"…\"`")
        .coded("E0313");
    // Under `raw_html: forbid` the script is an error, said as one.
    site.append("site.yaml", "raw_html: forbid\n");
    let run = site.build(&["--lang", "vi"]).exit_code(1);
    run.error_at(page, 8, 6)
        .says("mà site.yaml đặt `raw_html: forbid`")
        .helps("hãy xóa nó")
        .coded("E0312");
}

#[test]
fn shortcode_mistakes_are_said_in_vietnamese_at_the_call_or_argument() {
    let site = Site::minimal_with(&[(
        "content/dau-tu/sc.md",
        "---\ntitle: Shortcode\n---\n{{ figur(src=\"a.png\") }}\n\n{{ figure(src=\"https://example.org/a.png\", alt=\"Ảnh\", caption=\"C\", mau=\"đỏ\") }}\n\n{% note(kind=\"loi\") %}\nNội dung.\n{% end %}\n\n{{ figure(src=\"https://example.org/a.png\", alt=\"Ảnh\") }}\n\n{{ note(kind=\"info\") }}\n\n{{ figure(src=\"https://example.org/a.png\", alt=\"Ảnh\", caption=\"C\", width=\"rộng\") }}\n\n{{ figure(src=a.png) }}\n\n{% note(kind=\"info\") %}\nkhông đóng\n",
    )]);
    let run = site.build(&["--lang", "vi"]).exit_code(1);
    let page = "content/dau-tu/sc.md";
    run.error_at(page, 4, 1)
        .says("không có shortcode `figur`")
        .helps("có phải ý bạn là `figure`?")
        .coded("E0320");
    run.error_at(page, 6, 68)
        .says("shortcode `figure` không có tham số `mau`")
        .helps("`caption`")
        .coded("E0323");
    run.error_at(page, 8, 9)
        .says("`loi` không phải giá trị được phép của `kind`")
        .helps("các giá trị được phép là `info`, `warning` hoặc `sample`")
        .coded("E0325");
    run.error_at(page, 12, 1)
        .says("shortcode `figure` cần có `caption`")
        .helps("thêm `caption=\"…\"` (the caption shown under the image)")
        .coded("E0329");
    run.error_at(page, 14, 1)
        .says("shortcode `note` bao quanh một đoạn nội dung")
        .helps("`{% note(...) %}` … `{% end %}`")
        .coded("E0321");
    run.error_at(page, 16, 68)
        .says("`width` phải là một số")
        .helps("ví dụ `width=3`")
        .coded("E0324");
    run.error_at(page, 18, 15)
        .says("giá trị của `src` không phải chữ trong dấu ngoặc kép")
        .helps("đặt chữ trong dấu ngoặc kép")
        .coded("E0317");
    run.error_at(page, 20, 1)
        .says("shortcode `note` được mở ở đây nhưng không bao giờ được đóng")
        .helps("thêm `{% end %}` sau nội dung của nó")
        .coded("E0314");
}

#[test]
fn template_mistakes_are_said_in_vietnamese_with_teras_words_kept() {
    let site = Site::minimal_with(&[
        (
            "content/dau-tu/mau.md",
            "---\ntitle: Mẫu\ntemplate: pag.html\n---\nNội dung.\n",
        ),
        (
            "templates/hong.html",
            "{% extends \"base.html\" %}\n{% block main %}{{ page.title | hoa }}{% endblock main %}\n",
        ),
    ]);
    let run = site.build(&["--lang", "vi"]).exit_code(1);
    run.error_at("content/dau-tu/mau.md", 3, 11)
        .says("mẫu giao diện `pag.html` không tồn tại")
        .helps("có phải ý bạn là `page.html`?")
        .coded("E0341");
    let run = Site::minimal_with(&[(
        "templates/hong.html",
        "{% extends \"base.html\" %}\n{% block main %}{{ page.title | hoa }}{% endblock main %}\n",
    )])
    .build(&["--lang", "vi"])
    .exit_code(1);
    run.error_at("templates/hong.html", 2, 33)
        .says("không có bộ lọc mẫu giao diện `hoa`")
        .helps("outreach thêm `date`, `number`, `compact`, `money` và `area`")
        .coded("E0354");
}

#[test]
fn a_field_missing_while_rendering_is_said_in_vietnamese() {
    let site = Site::minimal_with(&[
        (
            "templates/hong.html",
            "{% extends \"base.html\" %}\n{% block main %}{{ page.fields.nope.sub }}{% endblock main %}\n",
        ),
        (
            "content/doi-tac/hong.md",
            "---\ntitle: Trang hỏng\ntemplate: hong.html\n---\nNội dung.\n",
        ),
        (
            "content/doi-tac/hong.en.md",
            "---\ntitle: Broken page\n---\nText.\n",
        ),
    ]);
    let run = site.build(&["--lang", "vi"]).exit_code(1);
    run.error_at("templates/hong.html", 2, 32)
        .says("ở đây không có trường `nope`")
        .helps("với trường chỉ một số trang có, hãy kiểm tra trước: `{% if … is defined %}`")
        .coded("E0356");
}

#[test]
fn a_theme_string_missing_in_a_language_is_said_in_vietnamese() {
    let site = Site::minimal_with(&[(
        "templates/partials/chuoi.html",
        "<p>{{ t(key=\"khong_co_chuoi\") }}</p>\n",
    )]);
    let run = site.build(&["--lang", "vi"]).exit_code(1);
    run.error_at("templates/partials/chuoi.html", 1, 7)
        .says("chuỗi chữ `khong_co_chuoi` của giao diện không có bản")
        .helps("thêm `khong_co_chuoi: \"…\"` vào `themes/default/i18n/")
        .coded("E0361");
    // One error per language, at the same place.
    for (language, file) in [("Tiếng Việt (vi)", "vi.yaml"), ("English (en)", "en.yaml")] {
        assert!(
            run.stderr
                .contains(&format!("không có bản {language} [E0361]")),
            "{}",
            run.stderr
        );
        assert!(
            run.stderr
                .contains(&format!("vào `themes/default/i18n/{file}`"))
        );
    }
}

#[test]
fn check_says_broken_rendered_links_in_vietnamese() {
    let site = Site::minimal_with(&[
        ("site.yaml", SITE_YAML_UNDER_A_PATH),
        (
            "content/doi-tac/_index.md",
            "---\ntitle: Đối tác\n---\nXem <a href=\"/dau-tu/\">dự án</a>.\n\n<a href=\"/site/khong-co/\">trang</a> và <a href=\"/site/dau-tu/#khong-co\">mục</a>\n",
        ),
    ]);
    let run = site.run(&["check", "--lang", "vi"]).exit_code(1);
    let page = "content/doi-tac/_index.md";
    run.error_at(page, 4, 14)
        .says("trang `/site/doi-tac/` liên kết đến `/dau-tu/`, là địa chỉ nằm ngoài trang web: trang web được xuất bản dưới `/site/`")
        .helps("hãy viết đủ đường dẫn `/site/dau-tu/`")
        .coded("E0370");
    run.error_at(page, 6, 10)
        .says("liên kết đến `/site/khong-co/`, nhưng trang web không có địa chỉ đó")
        .helps("sửa lại địa chỉ")
        .coded("E0371");
    run.error_at(page, 6, 49)
        .says("liên kết đến `/site/dau-tu/#khong-co`, nhưng trang đó không có id `#khong-co`")
        .helps("đặt `id=\"khong-co\"` cho phần tử cần trỏ đến")
        .coded("E0372");
    // English: the same words as before, and the new help lines.
    let en = site.run(&["check", "--lang", "en"]).exit_code(1);
    en.error_at(page, 6, 10)
        .says("the page `/site/doi-tac/` links to `/site/khong-co/`, which is not in the site")
        .helps("fix the address, or add the page or file it names")
        .coded("E0371");
    en.error_at(page, 6, 49)
        .says("links to `/site/dau-tu/#khong-co`, but that page has no id `#khong-co`")
        .helps("link to a heading or id that page has")
        .coded("E0372");
}

#[test]
fn a_template_function_failing_while_rendering_is_said_in_vietnamese_and_english() {
    let site = Site::minimal_with(&[
        (
            "templates/hong.html",
            "{% extends \"base.html\" %}\n{% block main %}{% set p = get_page(path=\"@/khong-co.md\") %}{{ p.title }}{% endblock main %}\n",
        ),
        (
            "content/doi-tac/hong.md",
            "---\ntitle: Trang hỏng\ntemplate: hong.html\n---\nNội dung.\n",
        ),
        (
            "content/doi-tac/hong.en.md",
            "---\ntitle: Broken page\n---\nText.\n",
        ),
    ]);
    let vi = site.build(&["--lang", "vi"]).exit_code(1);
    vi.error_at("templates/hong.html", 2, 28)
        .says("`get_page()`: không có `content/khong-co.md`")
        .helps("kiểm tra tên tệp trong `content/` được viết sau `@/`")
        .coded("E0363");
    let en = site.build(&["--lang", "en"]).exit_code(1);
    en.error_at("templates/hong.html", 2, 28)
        .says("`get_page()`: there is no `content/khong-co.md`")
        .helps("check the name of the file under `content/`")
        .coded("E0363");
    // The message's id and arguments travel in Tera's text: none of it is shown.
    assert!(!en.stderr.contains("template-fn"), "{}", en.stderr);
    assert!(!vi.stderr.contains('\u{1d}'), "{}", vi.stderr);
}

#[test]
fn theme_mistakes_found_while_loading_are_said_in_vietnamese() {
    let run = Site::minimal_with(&[(
        "templates/page.html",
        "{# my page #}\n{% extends \"page.html\" %}\n{% block facts %}{% endblock facts %}\n",
    )])
    .build(&["--lang", "vi"])
    .exit_code(1);
    run.error_at("templates/page.html", 2, 1)
        .says("`page.html` tự mở rộng (extends) chính nó")
        .helps("hãy chép `page.html` của giao diện vào đó rồi sửa bản chép")
        .coded("E0347");

    let site = Site::minimal_with(&[]);
    let footer = site.path("themes/default/templates/partials/footer.html");
    let text = std::fs::read_to_string(&footer).expect("the theme's footer");
    site.write(
        "themes/default/templates/partials/footer.html",
        &format!("{{{{ get_pgae(path=\"dau-tu/_index.md\") }}}}\n{text}"),
    );
    let run = site.build(&["--lang", "vi"]).exit_code(1);
    run.error_at("themes/default/templates/partials/footer.html", 1, 4)
        .says("không có hàm mẫu giao diện `get_pgae`")
        .helps("có phải ý bạn là `get_page`? outreach thêm `t`, `url`")
        .helps("`totals` và `bar_chart` vào các hàm `range` và `throw` của Tera")
        .coded("E0353");
}

#[test]
fn a_language_without_theme_strings_and_a_shortcode_without_template_are_said_in_vietnamese() {
    let site = Site::minimal_with(&[
        (
            "shortcodes.yaml",
            "ban_do:\n  args:\n    ten: { required: true }\n",
        ),
        (
            "content/dau-tu/ban-do.md",
            "---\ntitle: Bản đồ\n---\n{{ ban_do(ten=\"Hậu Giang\") }}\n",
        ),
    ]);
    std::fs::remove_file(site.path("themes/default/i18n/en.yaml")).expect("remove en.yaml");
    let run = site.build(&["--lang", "vi"]).exit_code(1);
    run.error_at("themes/default/i18n/en.yaml", 0, 0)
        .says("giao diện không có chuỗi chữ English (en): thiếu tệp này")
        .helps("chép `themes/default/i18n/vi.yaml` sang tên này rồi dịch các giá trị trong đó")
        .coded("E0360");
    run.error_at("shortcodes.yaml", 0, 0)
        .says("shortcode `ban_do` không có mẫu giao diện `shortcodes/ban_do.html`")
        .helps("thêm `templates/shortcodes/ban_do.html` vào trang web (hoặc vào giao diện)")
        .coded("E0330");
}
