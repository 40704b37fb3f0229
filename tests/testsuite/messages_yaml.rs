//! The messages of the `yaml` part (YAML syntax, text pasted from Word, addresses that
//! are not published) and of the `site` part (site.yaml's settings, languages, menu,
//! theme and photos), said in Vietnamese with `--lang vi`, and in English where no
//! other test says them: the text, the help line, the code and the place.

use crate::harness::Site;

/// site.yaml of the minimal site, with `rest` after its languages.
fn site_yaml(head: &str, rest: &str) -> String {
    format!(
        "{head}default_language: vi\nlanguages:\n  vi: {{ name: \"Tiếng Việt\", locale: vi-VN }}\n  en: {{ name: \"English\", locale: en-GB }}\n{rest}"
    )
}

const TITLE_AND_URL: &str = "title: { vi: \"Hậu Giang thử nghiệm\", en: \"Hau Giang test\" }\nbase_url: \"https://example.org\"\n";

#[test]
fn yaml_syntax_errors_in_front_matter_are_said_in_vietnamese() {
    let site = Site::minimal_with(&[
        (
            "content/hai-cham.md",
            "---\ntitle: a\ndescription: Hậu Giang: đầu tư\n---\n",
        ),
        ("content/hai-lan.md", "---\ntitle: a\ntitle: b\n---\n"),
        (
            "content/ngoac-kep.md",
            "---\ntitle: \"Hậu Giang\nkicker: \"Cổng thông tin\"\n---\n",
        ),
        (
            "content/ngoac-vuong.md",
            "---\ntitle: a\ntags: [a, b\n---\n",
        ),
    ]);
    let vi = site.build(&["--lang", "vi"]).exit_code(1);
    vi.error_at("content/hai-cham.md", 3, 23)
        .says("dòng này có một dấu `:` mà YAML đọc là chỗ bắt đầu một trường khác")
        .helps("đặt giá trị trong dấu ngoặc kép, ví dụ `title: \"Hậu Giang: cơ hội đầu tư\"`")
        .coded("E0101");
    vi.error_at("content/hai-lan.md", 3, 1)
        .says("trường `title` được viết hai lần")
        .helps("giữ lại một trong hai dòng")
        .coded("E0106");
    vi.error_at("content/ngoac-kep.md", 2, 8)
        .says("một giá trị mở dấu nháy nhưng chưa đóng")
        .helps("thêm dấu nháy đóng ở cuối giá trị")
        .coded("E0104");
    vi.error_at("content/ngoac-vuong.md", 3, 7)
        .says("một danh sách `[…]` hoặc nhóm `{…}` chưa được đóng, hoặc có một ký tự thừa")
        .helps("mỗi `[` cần một `]` và mỗi `{` cần một `}`")
        .coded("E0105");
    // The same places, codes and (unchanged) English words without `--lang`.
    let en = site.build(&[]).exit_code(1);
    assert_eq!(vi.places(), en.places());
    en.error_at("content/ngoac-vuong.md", 3, 7)
        .says("a list `[…]` or group `{…}` is not closed or has a stray character")
        .helps("every `[` needs a `]` and every `{` a `}`")
        .coded("E0105");
    en.error_at("content/hai-lan.md", 3, 1)
        .says("the field `title` is written twice")
        .coded("E0106");
}

#[test]
fn brackets_nested_too_deep_are_said_in_vietnamese_with_the_limit() {
    let deep = format!("---\ntitle: a\nx: {}a\n---\n", "[".repeat(129));
    let site = Site::minimal_with(&[("content/sau.md", deep.as_str())]);
    let vi = site.build(&["--lang", "vi"]).exit_code(1);
    vi.only_error_at("content/sau.md", 3, 132)
        .says("danh sách và nhóm trường ở đây lồng nhau sâu hơn 128 cấp")
        .helps("nếu các dấu ngoặc là chữ, hãy đặt cả giá trị trong dấu ngoặc kép")
        .coded("E0100");
    site.build(&[])
        .exit_code(1)
        .error_at("content/sau.md", 3, 132)
        .says("lists and groups of fields are nested here more than 128 levels deep")
        .helps("if the brackets are meant as text, put the whole value in double quotes")
        .coded("E0100");
}

#[test]
fn unknown_settings_and_values_of_the_wrong_kind_in_site_yaml_are_said_in_vietnamese() {
    let yaml = site_yaml(
        "title: { vi: \"Hậu Giang\", en: \"Hau Giang\" }\nbase_url: [a]\n",
        "menuu: []\nsearch: true\n",
    );
    let site = Site::minimal_with(&[("site.yaml", yaml.as_str())]);
    let vi = site.build(&["--lang", "vi"]).exit_code(1);
    vi.error_at("site.yaml", 2, 11)
        .says("`base_url` phải là văn bản, không phải một danh sách")
        .coded("E0113");
    vi.error_at("site.yaml", 7, 1)
        .says("site.yaml không có thiết lập nào tên là `menuu`")
        .helps("có phải ý bạn là `menu`?")
        .coded("E0700");
    vi.error_at("site.yaml", 8, 9)
        .says("`search` phải là một nhóm trường, không phải có/không (`true`)")
        .helps("địa chỉ của trang tìm kiếm trong từng ngôn ngữ")
        .coded("E0702");
    let en = site.build(&[]).exit_code(1);
    en.error_at("site.yaml", 2, 11)
        .says("`base_url` should be text, not a list")
        .coded("E0113");
    en.error_at("site.yaml", 8, 9)
        .says("`search` should be a group of fields, not yes/no (`true`)")
        .helps("write `search: { path: { vi: tim-kiem, en: search } }`")
        .coded("E0702");
}

#[test]
fn a_setting_left_out_and_a_word_not_allowed_are_said_in_vietnamese() {
    let yaml = "title: x\nbase_url: \"https://example.org\"\nlanguages:\n  vi: { locale: vi-VN, missing: never }\n";
    let site = Site::minimal_with(&[("site.yaml", yaml)]);
    let vi = site.build(&["--lang", "vi"]).exit_code(1);
    vi.error_at("site.yaml", 1, 1)
        .says("site.yaml thiếu thiết lập `default_language`")
        .helps("thêm `default_language: …`")
        .coded("E0701");
    vi.error_at("site.yaml", 4, 7)
        .says("`languages.vi` thiếu thiết lập `name`")
        .helps("thêm `name: …` vào đó")
        .coded("E0701");
    vi.error_at("site.yaml", 4, 33)
        .says("`languages.vi.missing` không thể là `never`")
        .helps("viết `fallback` hoặc `omit`")
        .coded("E0112");
    site.build(&[])
        .exit_code(1)
        .error_at("site.yaml", 4, 33)
        .says("`languages.vi.missing` cannot be `never`")
        .helps("write `fallback` or `omit`")
        .coded("E0112");
}

#[test]
fn a_site_without_title_languages_theme_or_safe_addresses_is_told_in_vietnamese() {
    let yaml = "title: ~\nbase_url: \"ftp://haugiang.gov.vn\"\ndefault_language: ko\nlanguages:\n  vi: { name: \"Tiếng Việt\", locale: vi-VN }\n  en: { name: \"English\", locale: en-GB }\ntheme: mac-dinh\nimage: \"file:///C:/logo.png\"\nmenu:\n  - { url: \"javascript:alert(1)\", title: x }\n  - { page: dau-tu/_index.md }\n  - { title: y }\n";
    let site = Site::minimal_with(&[("site.yaml", yaml)]);
    let vi = site.build(&["--lang", "vi"]).exit_code(1);
    vi.error_at("site.yaml", 1, 1)
        .says("trang web chưa có tiêu đề")
        .helps("viết `title: { vi: \"…\", en: \"…\" }`")
        .coded("E0709");
    vi.error_at("site.yaml", 2, 11)
        .says("`base_url` phải bắt đầu bằng `https://` hoặc `http://`, nhưng đang là `ftp://haugiang.gov.vn`")
        .helps("viết địa chỉ nơi trang được xuất bản")
        .coded("E0710");
    vi.error_at("site.yaml", 3, 19)
        .says("ngôn ngữ mặc định `ko` không nằm trong các ngôn ngữ khai báo dưới `languages:`")
        .helps("hãy khai báo nó, hoặc chọn một trong `vi` hoặc `en`")
        .coded("E0704");
    vi.error_at("site.yaml", 7, 8)
        .says("không có giao diện (theme) `mac-dinh`: thư mục `themes/mac-dinh/` không tồn tại")
        .helps("các giao diện ở đây là `default`")
        .coded("E0718");
    vi.error_at("site.yaml", 8, 8)
        .says(
            "một địa chỉ `file:` là một tệp trên máy tính của người viết, người đọc không mở được",
        )
        .helps("đặt tệp cạnh trang và liên kết đến nó bằng tên tệp")
        .coded("E0123");
    vi.error_at("site.yaml", 10, 12)
        .says("một địa chỉ `javascript:` chạy mã lệnh (script) trong trình duyệt của người đọc")
        .coded("E0122");
    vi.error_at("site.yaml", 11, 13)
        .says("`page` của một mục menu là một tệp nội dung viết dạng `@/…`, nhưng ở đây là `dau-tu/_index.md`")
        .helps("viết ví dụ `page: \"@/dau-tu/_index.md\"`")
        .coded("E0713");
    vi.error_at("site.yaml", 12, 5)
        .says("một mục menu cần đúng một trong hai: `page` (một tệp nội dung) hoặc `url` (một địa chỉ)")
        .helps("viết ví dụ `- { page: \"@/dau-tu/_index.md\" }` cho một trang của trang web")
        .coded("E0715");
    let en = site.build(&[]).exit_code(1);
    assert_eq!(vi.places(), en.places());
    en.error_at("site.yaml", 10, 12)
        .says("a `javascript:` address runs a script in the reader's browser, so outreach never publishes it")
        .coded("E0122");
    en.error_at("site.yaml", 7, 8)
        .says("there is no theme `mac-dinh`: the folder `themes/mac-dinh/` does not exist")
        .helps("the themes here are `default`")
        .coded("E0718");
}

#[test]
fn texts_in_undeclared_languages_or_of_the_wrong_kind_are_said_in_vietnamese() {
    let yaml = site_yaml(
        "title: { vi: \"Hậu Giang\", fr: \"Hau Giang\" }\nbase_url: \"https://example.org\"\ndescription: [a, b]\n",
        "taxonomies:\n  tags: { title: { vi: 5.5 } }\n",
    );
    let site = Site::minimal_with(&[("site.yaml", yaml.as_str())]);
    let vi = site.build(&["--lang", "vi"]).exit_code(1);
    vi.error_at("site.yaml", 1, 27)
        .says("`fr` không phải là một ngôn ngữ được khai báo trong site.yaml")
        .helps("các ngôn ngữ là `vi` và `en`")
        .coded("E0707");
    vi.error_at("site.yaml", 3, 14)
        .says("`description` phải là văn bản, hoặc mỗi ngôn ngữ một văn bản như `{ vi: \"…\", en: \"…\" }`, nhưng ở đây lại là một danh sách")
        .helps("viết ví dụ `description: { vi: \"…\", en: \"…\" }`")
        .coded("E0708");
    vi.error_at("site.yaml", 9, 24)
        .says("`taxonomies.tags.title.vi` phải là văn bản, nhưng ở đây lại là một số thập phân")
        .helps("viết ví dụ `vi: \"…\"`")
        .coded("E0708");
    let en = site.build(&[]).exit_code(1);
    en.error_at("site.yaml", 3, 14)
        .says("`description` must be text, or one text per language like `{ vi: \"…\", en: \"…\" }`, but here it is a list")
        .coded("E0708");
    en.error_at("site.yaml", 9, 24)
        .says("`taxonomies.tags.title.vi` must be text, but here it is a number with decimals")
        .coded("E0708");
}

#[test]
fn photo_settings_out_of_range_are_said_in_vietnamese() {
    let yaml = site_yaml(
        TITLE_AND_URL,
        "images: { widths: [480, 5], quality: 0, max_megapixels: 0 }\n",
    );
    let site = Site::minimal_with(&[("site.yaml", yaml.as_str())]);
    let vi = site.build(&["--lang", "vi"]).exit_code(1);
    vi.error_at("site.yaml", 7, 25)
        .says("`5` không phải là chiều rộng có thể dùng để xuất bản ảnh")
        .helps("từ 16 đến 10000")
        .coded("E0720");
    vi.error_at("site.yaml", 7, 38)
        .says("`images.quality` là 0, nhưng chất lượng đi từ 1 đến 100")
        .helps("viết ví dụ `quality: 80`")
        .coded("E0721");
    vi.error_at("site.yaml", 7, 57)
        .says("`images.max_megapixels` là 0, nên không ảnh nào xuất bản được")
        .coded("E0722");
    site.build(&[])
        .exit_code(1)
        .error_at("site.yaml", 7, 38)
        .says("`images.quality` is 0, but quality goes from 1 to 100")
        .coded("E0721");
}

#[test]
fn an_empty_base_url_is_a_warning_said_in_vietnamese() {
    let yaml = site_yaml(
        "title: { vi: \"Hậu Giang\", en: \"Hau Giang\" }\nbase_url: \"\"\n",
        "",
    );
    let site = Site::minimal_with(&[("site.yaml", yaml.as_str())]);
    site.build(&["--lang", "vi"])
        .success()
        .only_warning_at("site.yaml", 2, 11)
        .says("`base_url` đang để trống, nên sitemap.xml, nguồn tin và ảnh xem trước khi chia sẻ đưa ra các địa chỉ không có tên miền của trang")
        .helps("viết địa chỉ nơi trang được xuất bản, ví dụ `base_url: \"https://haugiang.gov.vn\"`")
        .coded("W0700");
    site.build(&[])
        .success()
        .only_warning_at("site.yaml", 2, 11)
        .says("`base_url` is empty, so sitemap.xml, the feeds and link previews give addresses without the site's domain")
        .coded("W0700");
}

#[test]
fn url_schemes_that_are_not_schemes_or_not_safe_are_said_in_vietnamese() {
    let yaml = site_yaml(TITLE_AND_URL, "url_schemes: [\"s m s\", javascript]\n");
    let site = Site::minimal_with(&[("site.yaml", yaml.as_str())]);
    let vi = site.build(&["--lang", "vi"]).exit_code(1);
    vi.error_at("site.yaml", 7, 15)
        .says("`s m s` không phải là một loại địa chỉ (scheme)")
        .helps("viết ví dụ `url_schemes: [sms, geo]`")
        .coded("E0711");
    vi.error_at("site.yaml", 7, 24)
        .says("không thể cho phép `javascript:`")
        .helps("bỏ `javascript` khỏi `url_schemes`")
        .coded("E0712");
}

#[test]
fn two_taxonomies_with_one_slug_are_said_in_vietnamese() {
    let yaml = site_yaml(
        TITLE_AND_URL,
        "taxonomies:\n  tags: { title: T, slug: chu-de }\n  topics: { title: U, slug: chu-de }\n  news: { title: N, paginate_by: 0 }\n",
    );
    let site = Site::minimal_with(&[("site.yaml", yaml.as_str())]);
    let vi = site.build(&["--lang", "vi"]).exit_code(1);
    vi.error_at("site.yaml", 9, 29)
        .says("hai phân loại `tags` và `topics` có cùng slug (phần tên trong địa chỉ) `chu-de` trong `vi`, nên các trang của chúng sẽ có cùng địa chỉ")
        .helps("đặt cho `topics` một `slug` riêng")
        .coded("E0717");
    vi.error_at("site.yaml", 10, 34)
        .says("`paginate_by` phải là một số nguyên lớn hơn 0")
        .helps("ví dụ `paginate_by: 10`, hoặc bỏ thiết lập này để liệt kê tất cả trên một trang")
        .coded("E0716");
}

#[test]
fn a_locale_outreach_cannot_format_for_is_said_in_vietnamese() {
    let yaml = "title: { vi: \"Hậu Giang\", en: \"Hau Giang\" }\nbase_url: \"https://example.org\"\ndefault_language: vi\nlanguages:\n  vi: { name: \"Tiếng Việt\", locale: \"tiếng việt\" }\n  en: { name: \"English\", locale: en-GB }\n";
    let site = Site::minimal_with(&[("site.yaml", yaml)]);
    site.build(&["--lang", "vi"])
        .exit_code(1)
        .only_error_at("site.yaml", 5, 37)
        .says("`tiếng việt` không phải là một mã vùng ngôn ngữ (locale) mà outreach dùng được để định dạng ngày tháng và con số: locale `tiếng việt` không hợp lệ: ")
        .helps("viết một mã locale theo chuẩn BCP 47, ví dụ `vi-VN`, `en-GB` hoặc `ko-KR`")
        .coded("E0705");
    site.build(&[])
        .exit_code(1)
        .only_error_at("site.yaml", 5, 37)
        .says("`tiếng việt` is not a locale outreach can format dates and numbers for: invalid locale `tiếng việt`: ")
        .coded("E0705");
}

/// serde's complaint about a YAML file read into outreach's own settings (here the
/// theme's shortcodes.yaml) is said in the run's language, without Rust's type names.
#[test]
fn a_setting_serde_does_not_know_is_said_in_vietnamese() {
    let site = Site::fixture("shortcodes/site");
    let file = "themes/default/shortcodes.yaml";
    let text = std::fs::read_to_string(site.path(file)).expect("shortcodes.yaml");
    let (index, line) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.trim_start().starts_with("help:"))
        .expect("a help line");
    site.write(
        file,
        &text.replacen(line, &line.replacen("help:", "hlp:", 1), 1),
    );
    let column = line.find("help:").expect("help:") + 1;
    site.build(&["--lang", "vi"])
        .exit_code(1)
        .error_at(file, index + 1, column)
        .says("không có thiết lập `hlp`")
        .helps("có phải ý bạn là `help`?")
        .coded("E0110");
}
