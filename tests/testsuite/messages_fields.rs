//! The messages of the `fields` catalogue part (money, figures, references, kinds of
//! values, content-type schemas, taxonomies' terms, listing pages' addresses) said in
//! Vietnamese with `--lang vi`, with their code, help and place, and in English where no
//! other test reads them.

use crate::harness::{Run, Site};

const PAGE: &str = "content/dau-tu/du-an.md";

/// A project page: its fields start on line 8.
fn project(fields: &str) -> String {
    format!(
        "---\ntitle: Dự án thử\ndescription: Một dự án.\nsector: agriculture\ndistrict: vi-thanh\nstatus: calling\nsample: true\n{fields}---\nNội dung.\n"
    )
}

fn project_site(fields: &str) -> Site {
    Site::minimal_with(&[
        (
            "content/dau-tu/_index.md",
            "---\ntitle: Dự án kêu gọi đầu tư\npage_type: project\n---\nCác dự án.\n",
        ),
        (PAGE, &project(fields)),
    ])
}

/// The failing build of `site` in Vietnamese and in English.
fn both(site: &Site) -> (Run, Run) {
    (
        site.build(&["--lang", "vi"]).exit_code(1),
        site.build(&["--lang", "en"]).exit_code(1),
    )
}

#[test]
fn a_thousands_dot_in_an_amount_is_said_with_both_readings_in_dong() {
    let site =
        project_site("area_ha: 5.200\ncapital: { amount: 1.500, unit: billion, currency: VND }\n");
    let (vi, en) = both(&site);
    vi.error_at(PAGE, 9, 20)
        .says("`1.500` có thể là 1.500 tỷ đồng (dấu chấm ngăn cách hàng nghìn, theo cách viết tiếng Việt) hoặc 1,5 tỷ đồng (dấu chấm là dấu thập phân, theo cách YAML đọc)")
        .helps("viết `amount: 1500` nếu là 1.500 tỷ đồng, hoặc `amount: 1.5` nếu là 1,5 tỷ đồng: số trong YAML không có dấu ngăn cách hàng nghìn. Trang tiếng Anh khi đó ghi VND 1,500 billion hoặc VND 1.5 billion")
        .coded("E0201");
    en.error_at(PAGE, 9, 20)
        .helps("numbers in YAML have no thousands separator. The pages then show VND 1,500 billion (1.500 tỷ đồng) or VND 1.5 billion (1,5 tỷ đồng)")
        .coded("E0201");
    // A figure that is not money: the decimal reading in Vietnamese notation.
    vi.error_at(PAGE, 8, 10)
        .says("`5.200` có thể là 5200 (dấu chấm ngăn cách hàng nghìn, theo cách viết tiếng Việt) hoặc 5,2 (dấu chấm là dấu thập phân, theo cách YAML đọc)")
        .helps("viết `area_ha: 5200` nếu là 5200, hoặc `area_ha: 5.2` nếu là 5,2")
        .coded("E0201");
    assert_eq!(vi.error_places(), en.error_places());
}

#[test]
fn a_thousands_dot_in_an_amount_that_cannot_be_paid_or_of_no_known_unit_is_said_in_figures() {
    // Symptom: "`1.500` could mean 1.500 đồng … or 2 đồng": 1.5 đồng, rounded to the coin.
    let site = project_site(
        "capital: { amount: 1.500, currency: VND }\nlocation: { lat: 9.78, lon: 105.47 }\n",
    );
    let vi = site.build(&["--lang", "vi"]).exit_code(1);
    let d = vi.only_error_at(PAGE, 8, 20);
    d.says("`1.500` có thể là 1500 (dấu chấm ngăn cách hàng nghìn, theo cách viết tiếng Việt) hoặc 1,5 (dấu chấm là dấu thập phân, theo cách YAML đọc)")
        .coded("E0201");
    assert!(!vi.stderr.contains("2 đồng"), "{}", vi.stderr);
    // A unit that is not one: what the amount means is not known.
    let site = project_site("capital: { amount: 1.500, unit: bilion, currency: VND }\n");
    let vi = site.build(&["--lang", "vi"]).exit_code(1);
    vi.error_at(PAGE, 8, 20)
        .says("`1.500` có thể là 1500 (dấu chấm ngăn cách hàng nghìn, theo cách viết tiếng Việt) hoặc 1,5 (");
}

#[test]
fn money_written_as_text_is_answered_with_the_fields_to_write_and_how_the_pages_show_them() {
    let site = project_site("capital: 1.500 tỷ đồng\n");
    let (vi, en) = both(&site);
    vi.error_at(PAGE, 8, 10)
        .says("`capital` đang được viết dưới dạng văn bản, `1.500 tỷ đồng`: outreach tự trình bày số tiền theo từng ngôn ngữ")
        .helps("viết `capital: { amount: 1500, unit: billion, currency: VND }`; khi đó trang tiếng Việt ghi 1.500 tỷ đồng, trang tiếng Anh ghi VND 1,500 billion")
        .coded("E0211");
    en.error_at(PAGE, 8, 10)
        .says("`capital` is written as text, `1.500 tỷ đồng`")
        .helps(
            "; the Vietnamese pages then show 1.500 tỷ đồng and the English ones VND 1,500 billion",
        )
        .coded("E0211");
    let site = project_site("capital: 12,5 triệu USD\n");
    site.build(&["--lang", "vi"])
        .exit_code(1)
        .error_at(PAGE, 8, 10)
        .helps("viết `capital: { amount: 12.5, unit: million, currency: USD }`; khi đó trang tiếng Việt ghi 12,5 triệu USD");
}

#[test]
fn the_parts_of_an_amount_of_money_are_explained_in_vietnamese() {
    let site = project_site(concat!(
        "capital: { amount: 1,500, unit: billion, currency: VND }\n",
        "partners: []\n",
    ));
    let vi = site.build(&["--lang", "vi"]).exit_code(1);
    vi.error_at(PAGE, 8, 20)
        .says("`1,500` có dấu phẩy ở giữa số, nên YAML đọc thành hai thứ riêng")
        .helps("`amount: 1500` (nếu dấu phẩy ngăn cách hàng nghìn, như cách viết tiếng Anh) hoặc `amount: 1.5` (nếu dấu phẩy là dấu thập phân, như cách viết tiếng Việt)")
        .coded("E0212");

    let site = project_site("capital: { amount: 15, unit: bilion, curency: vnd }\n");
    let (vi, en) = both(&site);
    vi.error_at(PAGE, 8, 30)
        .says("`unit` phải là `one`, `thousand`, `million` hoặc `billion`")
        .helps("có phải ý bạn là `billion`? `thousand` là nghìn, `million` là triệu, `billion` là tỷ: 1.500 tỷ đồng là `{ amount: 1500, unit: billion, currency: VND }`")
        .coded("E0213");
    en.error_at(PAGE, 8, 30)
        .says("`unit` must be `one`, `thousand`, `million` or `billion`")
        .helps("did you mean `billion`? `thousand`, `million` and `billion` multiply the amount");
    vi.error_at(PAGE, 8, 38)
        .says("một số tiền không có `curency`")
        .helps("có phải ý bạn là `currency`?")
        .coded("E0215");
    vi.error_at(PAGE, 8, 10)
        .says("`capital` chưa có `currency`")
        .helps("viết `capital: { amount: 1500, unit: billion, currency: VND }` (tức 1.500 tỷ đồng)")
        .coded("E0206");

    let site = project_site("capital: { amount: -3, currency: vnd }\n");
    let (vi, en) = both(&site);
    en.error_at(PAGE, 8, 20)
        .says("`amount` cannot be negative")
        .helps("write the amount without a minus sign")
        .coded("E0216");
    en.error_at(PAGE, 8, 34)
        .says("`currency` must be a three-letter currency code such as `VND` or `USD`")
        .helps("write `currency: VND`, in capitals")
        .coded("E0214");
    vi.error_at(PAGE, 8, 20)
        .says("`amount` không thể là số âm")
        .helps("viết số tiền không có dấu trừ")
        .coded("E0216");
    vi.error_at(PAGE, 8, 34)
        .says("`currency` phải là mã tiền tệ gồm ba chữ cái, như `VND` hoặc `USD`")
        .helps("viết `currency: VND`, bằng chữ in hoa")
        .coded("E0214");

    // The Vietnamese words for a unit and a currency name the ones to write.
    let site = project_site("capital: { amount: 1500, unit: tỷ, currency: đồng }\n");
    let vi = site.build(&["--lang", "vi"]).exit_code(1);
    vi.error_at(PAGE, 8, 32)
        .helps("có phải ý bạn là `billion`? `thousand` là nghìn")
        .coded("E0213");
    vi.error_at(PAGE, 8, 46)
        .helps("viết `currency: VND`, bằng chữ in hoa")
        .coded("E0214");

    let site = project_site("capital: { amount: 1500.5, currency: VND }\n");
    let (vi, en) = both(&site);
    vi.error_at(PAGE, 8, 20)
        .says("`1500.5` có nhiều chữ số thập phân hơn mức VND có thể trả được: đơn vị tiền nhỏ nhất của VND là 1 VND")
        .helps("làm tròn số tiền đến 0 chữ số thập phân, hoặc viết nó theo một `unit` nhỏ hơn")
        .coded("E0217");
    en.error_at(PAGE, 8, 20)
        .says("`1500.5` has more decimals than VND can pay: its smallest unit is one VND");

    let site = project_site("capital: { amount: \"1.500.000\", currency: VND }\n");
    let vi = site.build(&["--lang", "vi"]).exit_code(1);
    vi.error_at(PAGE, 8, 20)
        .says("`amount` phải là một con số, nhưng ở đây lại là chữ (văn bản)")
        .helps("viết số không có dấu ngăn cách: `amount: 1500000`")
        .coded("E0200");
}

#[test]
fn coordinates_are_explained_in_vietnamese() {
    let site = project_site("location: { lat: 9,74, lon: 105,70 }\n");
    let (vi, en) = both(&site);
    vi.error_at(PAGE, 8, 18)
        .says("`9,74` và `105,70` có dấu phẩy thập phân, nên YAML đọc mỗi số thành hai thứ riêng")
        .helps("viết dấu chấm thập phân: `lat: 9.74, lon: 105.70`")
        .coded("E0218");
    en.error_at(PAGE, 8, 18)
        .says("`9,74` and `105,70` have decimal commas, so YAML reads each as two things");

    // Vietnamese has no plural: one coordinate is "nó", two "mỗi số".
    let site = project_site("location: { lat: 9,74, lon: 105.47 }\n");
    site.build(&["--lang", "vi"])
        .exit_code(1)
        .error_at(PAGE, 8, 18)
        .says("`9,74` có dấu phẩy thập phân, nên YAML đọc nó thành hai thứ riêng")
        .helps("viết dấu chấm thập phân: `lat: 9.74`");

    let site = project_site("location: { lat: 99, lon: 105.47, alt: 3 }\n");
    let (vi, en) = both(&site);
    en.error_at(PAGE, 8, 18)
        .says("`lat` must be between -90 and 90")
        .helps("`lat` is the latitude (from -90 to 90) and `lon` the longitude (from -180 to 180)")
        .coded("E0220");
    vi.error_at(PAGE, 8, 18)
        .says("`lat` phải nằm trong khoảng từ -90 đến 90")
        .helps("`lat` là vĩ độ (từ -90 đến 90) và `lon` là kinh độ (từ -180 đến 180)")
        .coded("E0220");
    vi.error_at(PAGE, 8, 35)
        .says("một điểm trên bản đồ không có `alt`")
        .helps("điểm có `lat` (vĩ độ) và `lon` (kinh độ)")
        .coded("E0219");

    let site = project_site("location: Vị Thanh\n");
    let (vi, en) = both(&site);
    vi.error_at(PAGE, 8, 11)
        .says("`location` phải là một điểm trên bản đồ, như `{ lat: 9.78, lon: 105.47 }`, nhưng ở đây lại là chữ (văn bản)")
        .helps("viết `location: { lat: 9.78, lon: 105.47 }`")
        .coded("E0200");
    en.error_at(PAGE, 8, 11)
        .says("`location` must be a point like `{ lat: 9.78, lon: 105.47 }`, but here it is text")
        .helps("write `location: { lat: 9.78, lon: 105.47 }`");
}

/// A content type of the site's own with a field of every kind the messages name.
const REPORT_TYPE: &str = "\
label: { vi: Báo cáo, en: Report }
fields:
  pages: { kind: integer }
  year: { kind: year }
  ratio: { kind: number }
  public: { kind: boolean }
  topics: { kind: list }
  link: { kind: url }
  email: { kind: email }
  signed: { kind: date }
  about: { kind: text }
  agreement:
    kind: group
    fields:
      title: { kind: text, required: true }
      date: { kind: date }
  partner: { kind: reference, type: partner }
";

fn report_site(fields: &str) -> Site {
    Site::minimal_with(&[
        ("types/report.yaml", REPORT_TYPE),
        (
            "content/bao-cao.md",
            &format!("---\ntitle: Báo cáo\ntype: report\n{fields}---\nNội dung.\n"),
        ),
    ])
}

#[test]
fn a_value_of_the_wrong_kind_is_said_in_vietnamese_with_how_to_write_it() {
    let site = report_site(concat!(
        "pages: \"mười\"\n",                   // 4
        "year: 18.5\n",                        // 5
        "ratio: [1]\n",                        // 6
        "public: \"có\"\n",                    // 7
        "topics: nông nghiệp, du lịch\n",      // 8
        "link: www.haugiang.gov.vn\n",         // 9
        "email: ubnd.haugiang.gov.vn\n",       // 10
        "signed: [2018]\n",                    // 11
        "about: { a: 1 }\n",                   // 12
        "agreement: { titel: Bản ghi nhớ }\n", // 13
        "partner: doi-tac/jeollanam-do.md\n",  // 14
    ));
    let (vi, en) = both(&site);
    let file = "content/bao-cao.md";
    vi.error_at(file, 4, 8)
        .says("`pages` phải là một số nguyên, nhưng ở đây lại là chữ (văn bản)")
        .helps("viết ví dụ `pages: 10`, không có dấu ngoặc kép")
        .coded("E0200");
    vi.error_at(file, 5, 7)
        .says("`year` phải là một năm, như 2018, nhưng ở đây lại là một số thập phân")
        .helps("viết ví dụ `year: 2018`");
    vi.error_at(file, 6, 8)
        .says("`ratio` phải là một con số, nhưng ở đây lại là một danh sách")
        .helps("viết ví dụ `ratio: 5200`, không có dấu ngoặc kép và không kèm đơn vị");
    vi.error_at(file, 7, 9)
        .says("`public` phải là `true` hoặc `false`, nhưng ở đây lại là chữ (văn bản)")
        .helps("viết `public: true` (có) hoặc `public: false` (không)");
    vi.error_at(file, 8, 9)
        .says("`topics` phải là một danh sách, nhưng ở đây lại là chữ (văn bản)")
        .helps("viết thành danh sách: `topics: [nông nghiệp, du lịch]`");
    vi.error_at(file, 9, 7)
        .says("`www.haugiang.gov.vn` không phải là một địa chỉ web")
        .helps("viết đầy đủ địa chỉ, bắt đầu bằng `https://`")
        .coded("E0203");
    vi.error_at(file, 10, 8)
        .says("`ubnd.haugiang.gov.vn` không phải là một địa chỉ email")
        .helps("viết như `ten@example.org`")
        .coded("E0204");
    vi.error_at(file, 11, 9)
        .says("`signed` phải là một ngày, như 2018-03-13, nhưng ở đây lại là một danh sách")
        .helps("viết ngày theo năm-tháng-ngày, ví dụ `signed: 2018-03-13`");
    en.error_at(file, 11, 9)
        .says("`signed` must be a date like 2018-03-13, but here it is a list")
        .helps("write the date as year-month-day, e.g. `signed: 2018-03-13`");
    vi.error_at(file, 12, 8)
        .says("`about` phải là chữ (văn bản), nhưng ở đây lại là một nhóm trường")
        .helps("viết trên một dòng, trong dấu ngoặc kép: `about: \"…\"`");
    vi.error_at(file, 13, 14)
        .says("`titel` không phải là một trường của `agreement`")
        .helps("có phải ý bạn là `title`?")
        .coded("E0205");
    vi.error_at(file, 13, 12)
        .says("`agreement` chưa có `title`")
        .helps("thêm `title: …`")
        .coded("E0206");
    en.error_at(file, 14, 10)
        .says("`doi-tac/jeollanam-do.md` must name a page as `@/section/page.md`")
        .coded("E0207");
    en.error_at(file, 12, 8)
        .says("`about` must be text, but here it is a group of fields")
        .coded("E0200");
    vi.error_at(file, 14, 10)
        .says("`doi-tac/jeollanam-do.md` phải chỉ đến một trang theo dạng `@/section/page.md`")
        .helps("cần dấu ngoặc kép vì có ký tự `@`")
        .coded("E0207");
    assert_eq!(vi.error_places(), en.error_places());
}

#[test]
fn references_to_missing_draft_and_other_pages_are_said_in_vietnamese() {
    let site = Site::minimal_with(&[
        ("types/report.yaml", REPORT_TYPE),
        (
            "content/doi-tac/jeollanam-do.md",
            "---\ntitle: Jeollanam-do\ndraft: true\n---\nĐối tác.\n",
        ),
        (
            "content/doi-tac/gyeongsangbuk.md",
            "---\ntitle: Gyeongsangbuk\ndescription: Một đối tác.\ncountry: korea\nsample: true\n---\nĐối tác.\n",
        ),
        (
            "content/bao-cao.md",
            "---\ntitle: Báo cáo\ntype: report\npartner: \"@/doi-tac/jeollanam-do.md\"\n---\nA.\n",
        ),
        (
            "content/bao-cao-2.md",
            "---\ntitle: Báo cáo 2\ntype: report\npartner: \"@/doi-tac/gyeongsangbu.md\"\n---\nB.\n",
        ),
    ]);
    let (vi, en) = both(&site);
    vi.error_at("content/bao-cao.md", 4, 10)
        .says("`content/doi-tac/jeollanam-do.md` là bản nháp và không được xuất bản")
        .helps("xuất bản trang đó (bỏ dòng `draft: true`) hoặc chạy bản dựng với `--drafts`")
        .coded("E0210");
    vi.error_at("content/bao-cao-2.md", 4, 10)
        .says("không có trang `content/doi-tac/gyeongsangbu.md`")
        .helps("có phải ý bạn là `@/doi-tac/gyeongsangbuk.md`?")
        .coded("E0209");
    en.error_at("content/bao-cao-2.md", 4, 10)
        .says("there is no page `content/doi-tac/gyeongsangbu.md`")
        .helps("did you mean `@/doi-tac/gyeongsangbuk.md`?");
}

#[test]
fn an_item_of_a_list_of_the_wrong_kind_is_said_as_an_item_in_vietnamese() {
    let site = project_site("partners: [3]\n");
    let (vi, en) = both(&site);
    vi.error_at(PAGE, 8, 12)
        .says("mỗi mục của `partners` phải là một trang, viết dưới dạng `\"@/section/page.md\"`, nhưng mục này lại là một số nguyên")
        .helps("viết mỗi mục là một trang trong dấu ngoặc kép, ví dụ `partners: [\"@/doi-tac/jeollanam-do.md\"]`")
        .coded("E0200");
    en.error_at(PAGE, 8, 12)
        .says("each item of `partners` must be a page written as `\"@/section/page.md\"`, but this one is a whole number")
        .helps("write each item as a page in quotes, e.g. `partners: [\"@/doi-tac/jeollanam-do.md\"]`")
        .coded("E0200");
}

#[test]
fn a_fact_written_per_language_or_changed_in_a_translation_is_said_in_vietnamese() {
    // A record page holds every language: a fact is written once in it.
    let site = Site::minimal_with(&[
        (
            "content/dau-tu/_index.md",
            "---\ntitle: Dự án kêu gọi đầu tư\npage_type: project\n---\nCác dự án.\n",
        ),
        (
            "content/dau-tu/ban-ghi.yaml",
            "title: { vi: \"Dự án\", en: \"Project\" }\ndescription: { vi: \"Một dự án.\", en: \"A project.\" }\nsector: agriculture\ndistrict: vi-thanh\nstatus: calling\nsample: true\narea_ha: { vi: 50, en: 50 }\n",
        ),
    ]);
    let vi = site.build(&["--lang", "vi"]).exit_code(1);
    vi.error_at("content/dau-tu/ban-ghi.yaml", 7, 1)
        .says("`area_ha` giống nhau trong mọi ngôn ngữ, nên chỉ viết một lần, không viết dưới dạng `{ vi: …, en: … }`")
        .helps("viết một giá trị: `area_ha: …`")
        .coded("E0222");

    let site = Site::minimal_with(&[
        (
            "content/dau-tu/_index.md",
            "---\ntitle: Dự án kêu gọi đầu tư\npage_type: project\n---\nCác dự án.\n",
        ),
        (PAGE, &project("")),
        (
            "content/dau-tu/du-an.en.md",
            "---\ntitle: Test project\ndescription: A project.\narea_ha: 50\n---\nText.\n",
        ),
    ]);
    let vi = site.build(&["--lang", "vi"]).exit_code(1);
    vi.error_at("content/dau-tu/du-an.en.md", 4, 1)
        .says("`area_ha` giống nhau trong mọi ngôn ngữ, nên phải viết trong `content/dau-tu/du-an.md`, không viết trong bản dịch")
        .helps("xóa `area_ha` ở đây: bản dịch lấy giá trị này từ bản gốc")
        .coded("E0223");
}

#[test]
fn an_unknown_content_type_is_said_in_vietnamese() {
    let site = Site::minimal_with(&[(
        "content/bao-cao.md",
        "---\ntitle: Báo cáo\ntype: projet\n---\nA.\n",
    )]);
    let (vi, en) = both(&site);
    vi.error_at("content/bao-cao.md", 3, 7)
        .says("không có kiểu nội dung `projet`")
        .helps("có phải ý bạn là `project`?")
        .coded("E0221");
    en.error_at("content/bao-cao.md", 3, 7)
        .says("there is no content type `projet`")
        .coded("E0221");
}

#[test]
fn mistakes_in_a_schema_are_said_in_vietnamese() {
    let schema = "\
label: { vi: Báo cáo, en: Report }
fields:
  pages: { kind: integr }
  about: { label: { vi: Về, en: About } }
  date: { kind: text }
  topic: { kind: enum }
  score: { kind: text, decimals: 2 }
  agreement: { kind: group }
  partner: { kind: reference, type: partnr }
";
    let site = Site::minimal_with(&[("types/report.yaml", schema)]);
    let (vi, en) = both(&site);
    let file = "types/report.yaml";
    vi.error_at(file, 3, 18)
        .says("không có loại trường `integr`")
        .helps("có phải ý bạn là `integer`?")
        .coded("E0225");
    vi.error_at(file, 4, 3)
        .says("trường `about` chưa có `kind`")
        .helps("thêm một dòng như `kind: text`")
        .coded("E0226");
    vi.error_at(file, 5, 17)
        .says("`date` là một trường có sẵn của outreach và luôn thuộc loại `date`")
        .helps("bỏ `kind` của trường này")
        .coded("E0227");
    vi.error_at(file, 6, 3)
        .says("một trường `enum` cần có danh sách giá trị được phép `values`")
        .helps("thêm `values:`, mỗi giá trị một dòng")
        .coded("E0228");
    vi.error_at(file, 7, 24)
        .says("`decimals` chỉ làm tròn các trường `number` và `area`")
        .coded("E0229");
    vi.error_at(file, 8, 3)
        .says("một trường `group` cần có các trường con `fields`")
        .coded("E0230");
    vi.error_at(file, 0, 0)
        .says("trường `partner` chỉ đến các trang kiểu `partnr`, nhưng không có kiểu nội dung đó")
        .helps("có phải ý bạn là `partner`?")
        .coded("E0231");
    en.error_at(file, 0, 0)
        .says("the field `partner` refers to pages of type `partnr`, but there is no such content type")
        .helps("did you mean `partner`? The types are");

    let site = Site::minimal_with(&[(
        "types/report.yaml",
        "label: { vi: Báo cáo, en: Report }\nfields:\n  pages: { kind: integer, requird: true }\n",
    )]);
    let (vi, en) = both(&site);
    let d = vi.only_error_at(file, 3, 27);
    d.says("tệp kiểu nội dung không có thiết lập `requird`")
        .helps("có phải ý bạn là `required`?")
        .coded("E0224");
    en.only_error_at(file, 3, 27)
        .says("a schema has no setting `requird`")
        .coded("E0224");
    // At the top of the schema, its own settings are listed, not a field's.
    let site = Site::minimal_with(&[(
        "types/report.yaml",
        "label: { vi: Báo cáo, en: Report }\nsummary: Báo cáo\nfields:\n  pages: { kind: integer }\n",
    )]);
    let (vi, en) = both(&site);
    vi.only_error_at(file, 2, 1)
        .says("tệp kiểu nội dung không có thiết lập `summary`")
        .helps("các thiết lập ở đây là `label`, `description` và `fields`")
        .coded("E0224");
    en.only_error_at(file, 2, 1)
        .helps("the settings here are `label`, `description` and `fields`");
}

// The taxonomy sites of the blame tests: projects under `dau-tu/`, `dau-tu/lua.md` tagged
// `Hàn Quốc`.
use crate::blame::{TAXONOMIES, project as tagged_project, site_with_projects as taxonomy_site};

#[test]
fn a_second_spelling_of_a_term_and_a_term_without_letters_are_warned_of_in_vietnamese() {
    let file = "content/dau-tu/trai-cay.md";
    let site = taxonomy_site(&[(
        file,
        &tagged_project("Trái cây", "agriculture", "tags: [Han Quoc, \"—\"]\n"),
    )]);
    let vi = site.build(&["--lang", "vi"]).success();
    vi.warning_at(file, 7, 8)
        .says("`Han Quoc` được liệt kê là `Hàn Quốc`, theo cách viết của trang đầu tiên có mục này của `tags` (cả hai đều tạo ra `/tu-khoa/han-quoc/`)")
        .helps("ở đây cũng viết `Hàn Quốc`, hoặc sửa cả hai, để mục này được viết giống nhau trên mọi trang")
        .coded("W0201");
    vi.warning_at(file, 7, 18)
        .says("`—` không có chữ cái hay chữ số nào, nên không thể là một mục của `tags`: mục này bị bỏ qua")
        .helps("xóa nó, hoặc viết mục bằng chữ")
        .coded("W0200");
    let en = site.build(&["--lang", "en"]).success();
    en.warning_at(file, 7, 8).coded("W0201");
    en.warning_at(file, 7, 18)
        .helps("remove it, or write the term in words")
        .coded("W0200");
}

#[test]
fn a_free_term_at_an_enum_terms_address_is_said_in_vietnamese() {
    let site = taxonomy_site(&[]);
    std::fs::remove_file(site.path("themes/default/types/page.yaml")).expect("remove page.yaml");
    site.write(
        "content/a-truoc.md",
        "---\ntitle: Trước\nsector: Agriculture\n---\nx\n",
    );
    let vi = site.build(&["--lang", "vi"]).exit_code(1);
    vi.error_at("content/a-truoc.md", 3, 9)
        .says("`Agriculture` và `agriculture` là hai mục của `sector` có cùng một địa chỉ, `/en/sectors/agriculture/`")
        .helps("viết `sector: agriculture` như trang kia, hoặc một mục khác")
        .coded("E0233");
}

#[test]
fn two_enum_values_with_one_label_are_said_in_vietnamese() {
    let schema = "\
label: { vi: Báo cáo, en: Report }
fields:
  sector:
    kind: enum
    values:
      agriculture: { vi: Nông nghiệp, en: Agriculture }
      farming: { vi: Nông nghiệp, en: Farming }
";
    let report = |title: &str, sector: &str| {
        format!("---\ntitle: {title}\ntype: report\nsector: {sector}\n---\nx\n")
    };
    let site = Site::minimal_with(&[
        ("types/report.yaml", schema),
        ("content/bao-cao-1.md", &report("Một", "agriculture")),
        ("content/bao-cao-2.md", &report("Hai", "farming")),
    ]);
    site.append("site.yaml", TAXONOMIES);
    let (vi, en) = both(&site);
    vi.error_at("types/report.yaml", 0, 0)
        .says("hai giá trị `agriculture` và `farming` của `sector` có cùng một nhãn trong Tiếng Việt, `Nông nghiệp`, nên trang của hai mục này sẽ trùng địa chỉ `/linh-vuc/nong-nghiep/`")
        .helps("đặt cho mỗi giá trị một nhãn riêng")
        .coded("E0232");
    en.error_at("types/report.yaml", 0, 0)
        .says("the values `agriculture` and `farming` of `sector` have one label in Tiếng Việt, `Nông nghiệp`")
        .coded("E0232");
}

#[test]
fn a_page_at_a_listings_address_is_said_in_vietnamese() {
    let page = "content/gioi-thieu.md";
    let site = taxonomy_site(&[(
        page,
        "---\ntitle: Hàn Quốc\npath: tu-khoa/han-quoc\n---\nx\n",
    )]);
    let vi = site.build(&["--lang", "vi"]).exit_code(1);
    vi.only_error_at(page, 3, 7)
        .says("trang này và trang của mục `Hàn Quốc` trong `tags` cùng muốn dùng địa chỉ `/tu-khoa/han-quoc/`")
        .helps("đặt cho trang một `path:` khác, hoặc đổi `slug` của phân loại trong site.yaml")
        .coded("E0237");

    // A page whose address comes from its file name, at a section's sorted list.
    let site = Site::minimal_with(&[
        (
            "content/dau-tu/_index.md",
            "---\ntitle: Dự án\nsort_views: [capital]\n---\nCác dự án.\n",
        ),
        ("content/dau-tu/capital.md", "---\ntitle: Vốn\n---\nx\n"),
    ]);
    let (vi, en) = both(&site);
    // The page's address comes from its file name: the error is the file's.
    let d = vi.error_at("content/dau-tu/capital.md", 0, 0);
    d.says("trang này và danh sách của `content/dau-tu/_index.md` xếp theo `capital` cùng muốn dùng địa chỉ `/dau-tu/capital/`")
        .helps("đổi tên tệp của trang, hoặc đặt cho nó một `slug:` riêng")
        .coded("E0237");
    en.error_at("content/dau-tu/capital.md", 0, 0)
        .says("this page and the list of `content/dau-tu/_index.md` sorted by `capital` both want the address `/dau-tu/capital/`")
        .helps("rename the page's file, or give it a `slug:` of its own");
}

#[test]
fn a_page_at_the_search_pages_address_is_said_in_vietnamese() {
    let site = Site::minimal_with(&[
        (
            "content/dau-tu/tim.md",
            "---\ntitle: Tìm\npath: tim-kiem\n---\nNội dung.\n",
        ),
        (
            "content/dau-tu/chi-muc.md",
            "---\ntitle: Chỉ mục\npath: search/en/trang\n---\nNội dung.\n",
        ),
    ]);
    site.append(
        "site.yaml",
        "search:\n  path: { vi: tim-kiem, en: search }\n",
    );
    let vi = site.build(&["--lang", "vi"]).exit_code(1);
    vi.error_at("content/dau-tu/tim.md", 3, 7)
        .says("trang này và trang tìm kiếm cùng muốn dùng địa chỉ `/tim-kiem/`")
        .helps("đặt cho trang một `slug:` khác, hoặc đổi `search.path` trong site.yaml")
        .coded("E0235");
    vi.error_at("content/dau-tu/chi-muc.md", 3, 7)
        .says("địa chỉ `/search/en/trang/` nằm trong `/search/en/`, thư mục mà bản dựng ghi chỉ mục tìm kiếm `en` vào")
        .helps("đặt cho trang (hoặc chuyên mục của nó) một `slug:` hoặc `path:` khác")
        .coded("E0236");
}

#[test]
fn a_static_file_at_a_pages_or_a_lists_address_is_said_in_vietnamese() {
    let site = Site::minimal_with(&[
        (
            "content/dau-tu/_index.md",
            "---\ntitle: Dự án\nsort_views: [capital]\n---\nCác dự án.\n",
        ),
        ("static/dau-tu/index.html", "<p>Trang tĩnh</p>\n"),
        ("static/dau-tu/capital/index.html", "<p>Trang tĩnh</p>\n"),
    ]);
    let (vi, en) = both(&site);
    vi.error_at("static/dau-tu/index.html", 0, 0)
        .says("tệp này sẽ được xuất bản tại `/dau-tu/index.html` và thay thế trang Tiếng Việt của `content/dau-tu/_index.md`")
        .helps("đổi tên hoặc xóa tệp này; muốn sửa trang thì sửa tệp nội dung hoặc mẫu (template) của trang")
        .coded("E0234");
    vi.error_at("static/dau-tu/capital/index.html", 0, 0)
        .says("tệp này sẽ được xuất bản tại `/dau-tu/capital/index.html` và thay thế danh sách của `content/dau-tu/_index.md` xếp theo `capital`")
        .coded("E0234");
    en.error_at("static/dau-tu/capital/index.html", 0, 0)
        .says("this file would be published at `/dau-tu/capital/index.html` and replace the list of `content/dau-tu/_index.md` sorted by `capital`")
        .coded("E0234");
}

#[test]
fn a_sections_sorted_list_at_a_taxonomys_address_is_said_in_vietnamese() {
    let site = taxonomy_site(&[(
        "content/_index.md",
        "---\ntitle: Trang chủ\nsort_views: [tu-khoa]\n---\nChào mừng.\n",
    )]);
    let (vi, en) = both(&site);
    vi.error_at("content/_index.md", 3, 13)
        .says("danh sách của `content/_index.md` xếp theo `tu-khoa` và danh sách mọi mục của `tags` cùng muốn dùng địa chỉ `/tu-khoa/`")
        .helps("đặt cho chuyên mục một `slug:` khác, hoặc sắp xếp danh sách của nó theo một trường khác")
        .coded("E0238");
    en.error_at("content/_index.md", 3, 13)
        .says("the list of `content/_index.md` sorted by `tu-khoa` and the list of every term of `tags` both want the address `/tu-khoa/`")
        .helps("give the section another `slug:`, or sort its list by another field");
}
