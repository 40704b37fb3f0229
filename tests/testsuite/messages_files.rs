//! The content folder's and the photos' messages in the author's language: file names,
//! links out of the site, front matter's own fields, pages that clash, photos that cannot
//! be published — each said in Vietnamese with `--lang vi`, with the same code and place
//! as in English.

use crate::harness::{Run, Site};

/// Builds `site` in Vietnamese and in English (both failing).
fn both(site: &Site) -> (Run, Run) {
    (
        site.build(&["--lang", "vi"]).exit_code(1),
        site.build(&["--lang", "en"]).exit_code(1),
    )
}

#[test]
fn misnamed_content_files_are_said_in_vietnamese_with_the_name_to_give_them() {
    let page = "---\ntitle: Kế hoạch\n---\nNội dung.\n";
    let site = Site::minimal_with(&[
        ("content/dau-tu/ke-hoach.MD", page),
        ("content/dau-tu/khu.md.txt", page),
        (
            "content/dau-tu/cang.eng.md",
            "---\ntitle: Port\n---\nText.\n",
        ),
        ("content/dau-tu/cu.md.old", page),
        ("content/dau-tu/tin.MD.en", "---\ntitle: News\n---\nText.\n"),
        ("content/dau-tu/tin.md", page),
        ("content/doi-tac/han-quoc.fr.md", page),
        ("content/doi-tac/nhat-ban.EN.md", page),
        ("content/doi-tac/lao.en.yaml", "title: Laos\n"),
        ("content/index.md", page),
        // The originals the translations above belong to.
        ("content/dau-tu/cang.md", page),
        ("content/doi-tac/nhat-ban.md", page),
    ]);
    let (vi, en) = both(&site);

    vi.warning_at("content/dau-tu/ke-hoach.MD", 0, 0)
        .says("tệp này được đọc là trang Tiếng Việt, nhưng tên của nó phải là `ke-hoach.md`: phần mở rộng `.MD` được viết bằng chữ hoa")
        .helps("đổi tên tệp thành `ke-hoach.md`")
        .coded("W0801");
    vi.warning_at("content/dau-tu/khu.md.txt", 0, 0)
        .says("tên tệp kết thúc bằng `.txt`, phần mà Notepad tự thêm vào")
        .helps("File Explorer, trước hết hãy bật View → Show → File name extensions")
        .coded("W0801");
    en.warning_at("content/dau-tu/khu.md.txt", 0, 0)
        .says("this file is read as the Tiếng Việt page, but its name should be `khu.md`: it ends in `.txt`")
        .helps("rename the file to `khu.md`; in File Explorer, first turn on View")
        .coded("W0801");
    vi.warning_at("content/dau-tu/cang.eng.md", 0, 0)
        .says("tệp này được đọc là bản dịch English, nhưng tên của nó phải là `cang.en.md`: ngôn ngữ được viết là `en` (như trong site.yaml), không phải `eng`")
        .coded("W0801");
    // Two reasons, each said once, in the order of the name's parts, joined by `; `.
    vi.warning_at("content/dau-tu/tin.MD.en", 0, 0)
        .says("tệp này được đọc là bản dịch English, nhưng tên của nó phải là `tin.en.md`: ngôn ngữ `en` phải đứng trước `.md`, không phải sau; phần mở rộng `.MD` được viết bằng chữ hoa")
        .coded("W0801");
    en.warning_at("content/dau-tu/tin.MD.en", 0, 0)
        .says("this file is read as the English translation, but its name should be `tin.en.md`: the language `en` goes before `.md`, not after it; its extension `.MD` is written in capitals")
        .coded("W0801");
    vi.warning_at("content/dau-tu/cu.md.old", 0, 0)
        .says("tệp này bị bỏ ra khỏi trang web: tên của nó có `.old` sau phần mở rộng Markdown")
        .helps("nếu đó là một trang, hãy đổi tên thành `cu.md`")
        .coded("W0802");
    vi.error_at("content/doi-tac/han-quoc.fr.md", 0, 0)
        .says("tên tệp cho biết ngôn ngữ của nó là `fr`, nhưng site.yaml không khai báo ngôn ngữ đó")
        .helps("khai báo `fr` trong `languages:` ở site.yaml, hoặc đổi tên tệp (các ngôn ngữ là `vi` và `en`)")
        .coded("E0811");
    en.error_at("content/doi-tac/han-quoc.fr.md", 0, 0)
        .helps("(the languages are `vi` and `en`)")
        .coded("E0811");
    vi.error_at("content/doi-tac/nhat-ban.EN.md", 0, 0)
        .says("ngôn ngữ trong tên tệp phải viết bằng chữ thường, nhưng ở đây là `EN`")
        .helps("đổi tên tệp thành `nhat-ban.en.md`")
        .coded("E0810");
    vi.error_at("content/doi-tac/lao.en.yaml", 0, 0)
        .says("một trang dữ liệu `.yaml` chứa mọi ngôn ngữ trong một tệp, nên tên của nó không ghi ngôn ngữ")
        .helps("bỏ `.en`, và viết các trường đã dịch dưới dạng `title: { vi: \"…\", en: \"…\" }`")
        .coded("E0808");
    vi.error_at("content/index.md", 0, 0)
        .says("`index.md` nằm ngay trong content/ sẽ là một trang không có tên")
        .helps("trang chủ là `content/_index.md`")
        .coded("E0812");
    assert_eq!(vi.places(), en.places());
}

#[test]
fn wrong_kinds_of_values_in_front_matter_are_said_in_vietnamese_at_the_value() {
    let site = Site::minimal_with(&[
        (
            "content/dau-tu/a.md",
            "---\ntitle: A\ndraft: \"yes\"\ntags: { a: 1 }\naliases: [cu, [x]]\ndate: [2018]\n---\nText.\n",
        ),
        (
            "content/doi-tac/_index.md",
            "---\ntitle: Đối tác\nsort_by: size\npaginate_by: 0\n1: x\n---\nCác đối tác.\n",
        ),
        ("content/dau-tu/b.md", "---\n- a\n- b\n---\nText.\n"),
        ("content/doi-tac/c.yaml", "- a\n- b\n"),
    ]);
    let (vi, en) = both(&site);
    vi.error_at("content/dau-tu/a.md", 3, 8)
        .says("`draft` phải là `true` hoặc `false`, nhưng ở đây là văn bản")
        .helps("viết `draft: true` hoặc `draft: false`, không có dấu ngoặc kép")
        .coded("E0826");
    vi.error_at("content/dau-tu/a.md", 4, 7)
        .says("`tags` phải là một danh sách, nhưng ở đây là một nhóm trường")
        .helps("viết `tags: [first, second]`")
        .coded("E0826");
    vi.error_at("content/dau-tu/a.md", 5, 15)
        .says("mỗi mục của `aliases` phải là văn bản, nhưng mục này là một danh sách")
        .helps("viết mỗi mục bằng chữ, ví dụ `aliases: [first, second]`")
        .coded("E0828");
    en.error_at("content/dau-tu/a.md", 5, 15)
        .says("each of `aliases` must be text, but this one is a list")
        .helps("write each item as text")
        .coded("E0828");
    vi.error_at("content/dau-tu/a.md", 6, 7)
        .says("`date` phải là một ngày như 2018-03-13, nhưng ở đây là một danh sách")
        .helps("viết ngày theo năm-tháng-ngày, ví dụ `date: 2018-03-13`")
        .coded("E0827");
    vi.error_at("content/doi-tac/_index.md", 3, 10)
        .says("`sort_by` phải là `weight`, `date` hoặc `title`")
        .helps("viết `sort_by: date`, `sort_by: title` hoặc `sort_by: weight`")
        .coded("E0829");
    vi.error_at("content/doi-tac/_index.md", 4, 14)
        .says("`paginate_by` phải là một số nguyên lớn hơn 0")
        .helps("viết ví dụ `paginate_by: 10`")
        .coded("E0825");
    en.error_at("content/doi-tac/_index.md", 4, 14)
        .says("`paginate_by` must be a whole number above 0")
        .helps("write e.g. `paginate_by: 10`")
        .coded("E0825");
    let name = vi
        .diagnostics()
        .into_iter()
        .find(|d| d.code.as_deref() == Some("E0824"))
        .expect("an error for the field name `1`");
    assert_eq!(name.path, "content/doi-tac/_index.md");
    name.says("tên trường phải là chữ, nhưng `1` thì không")
        .helps("viết tên trường bằng một từ, ví dụ `title:`");
    vi.error_at("content/dau-tu/b.md", 2, 1)
        .says("phần đầu (front matter) phải là danh sách các dòng `field: value` (trường: giá trị), nhưng ở đây là một danh sách")
        .helps("viết ví dụ `title: Hậu Giang` giữa hai dòng `---`")
        .coded("E0823");
    vi.error_at("content/doi-tac/c.yaml", 1, 1)
        .says("một trang dữ liệu là danh sách các dòng `field: value` (trường: giá trị), nhưng tệp này là một danh sách")
        .helps("viết mỗi trường một dòng")
        .coded("E0822");
    en.error_at("content/doi-tac/c.yaml", 1, 1)
        .says("a record page is a list of `field: value` lines, but this file is a list")
        .helps("write one field per line")
        .coded("E0822");
    assert_eq!(vi.places(), en.places());
}

#[test]
fn pages_that_cannot_be_paired_or_placed_are_said_in_vietnamese() {
    let page = |title: &str| format!("---\ntitle: {title}\n---\nNội dung.\n");
    let site = Site::minimal_with(&[
        ("content/dau-tu/a.md", &page("A")),
        ("content/dau-tu/a.en.md", ""),
        ("content/dau-tu/b.md", "---\ntitle: B\nNội dung.\n"),
        ("content/dau-tu/c.md", &page("C")),
        ("content/dau-tu/c/index.md", &page("C")),
        ("content/dau-tu/d.md", &page("D")),
        ("content/dau-tu/d/index.en.md", &page("D")),
        (
            "content/dau-tu/e.md",
            "---\ntitle: E\nimage: anh.jpg\n---\nText.\n",
        ),
        (
            "content/dau-tu/f.md",
            "---\ntitle: F\nslug: ../x\n---\nText.\n",
        ),
        (
            "content/dau-tu/g.md",
            "---\ntitle: G\nslug: h\n---\nText.\n",
        ),
        ("content/dau-tu/h.md", &page("H")),
    ]);
    let (vi, en) = both(&site);
    vi.warning_at("content/dau-tu/a.en.md", 0, 0)
        .says("bản dịch English này đang trống, nên trang của nó hiển thị bản gốc Tiếng Việt")
        .helps("viết bản dịch vào tệp này, hoặc xóa tệp")
        .coded("W0803");
    vi.error_at("content/dau-tu/b.md", 1, 1)
        .says("phần đầu (front matter) mở bằng `---` ở dòng 1 không bao giờ được đóng lại")
        .helps("thêm một dòng chỉ có `---` sau trường cuối cùng")
        .coded("E0814");
    vi.error_at("content/dau-tu/c.md", 0, 0)
        .says("tệp này và `content/dau-tu/c/index.md` đều là bản Tiếng Việt của cùng một trang")
        .helps("giữ lại một trong hai")
        .coded("E0815");
    vi.error_at("content/dau-tu/d/index.en.md", 0, 0)
        .says("tệp này và tệp bằng ngôn ngữ mặc định thuộc hai loại khác nhau (một trang và một thư mục trang)")
        .helps("viết cả hai dưới dạng `name.md` / `name.en.md`")
        .coded("E0816");
    vi.error_at("content/dau-tu/e.md", 3, 8)
        .says("không có tệp `anh.jpg` cạnh trang này cho `image:`, nên khi chia sẻ trang sẽ không có ảnh")
        .helps("đặt ảnh cạnh trang (một trang viết dưới dạng `name/index.md` có thư mục riêng)")
        .coded("E0818");
    vi.error_at("content/dau-tu/f.md", 3, 7)
        .says("slug `../x` chứa `..` hoặc `.`, sẽ ra khỏi thư mục của nó")
        .helps("viết một từ, hoặc các từ nối với nhau bằng `-`, ví dụ `slug: dau-tu`")
        .coded("E0819");
    en.error_at("content/dau-tu/f.md", 3, 7)
        .says("the slug `../x` contains `..` or `.`, which would leave its folder")
        .coded("E0819");
    vi.error_at("content/dau-tu/g.md", 3, 7)
        .says("trang này và `content/dau-tu/h.md` cùng muốn dùng địa chỉ `/dau-tu/h/` (và `/en/investment/h/` trong bản English)")
        .helps("sửa `slug:` này để trang có địa chỉ riêng, hoặc xóa nó để dùng tên tệp")
        .notes("`content/dau-tu/h.md` có địa chỉ đó từ tên tệp của nó")
        .coded("E0821");
    assert_eq!(vi.places(), en.places());
}

#[test]
fn a_site_without_a_home_page_is_told_in_vietnamese_how_to_make_one() {
    let site = Site::minimal_with(&[]);
    std::fs::remove_file(site.path("content/_index.md")).expect("remove the home page");
    std::fs::remove_file(site.path("content/_index.en.md")).expect("remove its translation");
    let vi = site.build(&["--lang", "vi"]).exit_code(1);
    vi.error_at("content/_index.md", 0, 0)
        .says("trang web chưa có trang chủ: thiếu tệp `content/_index.md`")
        .helps("hãy tạo tệp đó với một tiêu đề, ví dụ\n---\ntitle: Trang chủ\n---")
        .coded("E0813");
}

#[cfg(unix)]
#[test]
fn links_out_of_the_site_dangling_links_and_loops_are_said_in_vietnamese() {
    use std::os::unix::fs::symlink;
    let site = Site::minimal_with(&[]);
    let outside = tempfile::tempdir().expect("a folder outside the site");
    std::fs::write(outside.path().join("mat-khau.txt"), "bí mật").expect("write");
    symlink(
        outside.path().join("mat-khau.txt"),
        site.path("content/dau-tu/mat-khau.txt"),
    )
    .expect("link out of the site");
    symlink(
        site.path("content/khong-co.md"),
        site.path("content/dau-tu/mat.md"),
    )
    .expect("dangling link");
    symlink(
        site.path("content/doi-tac"),
        site.path("content/doi-tac/vong"),
    )
    .expect("loop");
    let (vi, en) = both(&site);
    vi.error_at("content/dau-tu/mat-khau.txt", 0, 0)
        .says("đây là một liên kết tượng trưng (symbolic link) trỏ đến `")
        .says("nằm ngoài thư mục của trang web: outreach không bao giờ đọc hay xuất bản thứ gì từ bên ngoài trang web")
        .helps("sao chép tệp hoặc thư mục đó vào thư mục của trang web thay vì liên kết đến nó")
        .coded("E0802");
    vi.error_at("content/dau-tu/mat.md", 0, 0)
        .says("đây là một liên kết tượng trưng (symbolic link) trỏ đến `")
        .says("nhưng nơi nó trỏ đến không tồn tại")
        .helps("xóa liên kết, hoặc đặt tệp mà nó trỏ đến vào đúng chỗ đó")
        .coded("E0803");
    en.error_at("content/dau-tu/mat.md", 0, 0)
        .says("this is a symbolic link to `")
        .says("`, which does not exist")
        .coded("E0803");
    vi.error_at("content/doi-tac/vong", 0, 0)
        .says("liên kết tượng trưng (symbolic link) này vòng ngược về `content/doi-tac`")
        .helps("xóa liên kết")
        .coded("E0806");
    assert_eq!(vi.places(), en.places());
}

#[test]
fn aliases_feeds_and_menu_items_that_cannot_be_written_are_said_in_vietnamese() {
    let site = Site::minimal_with(&[
        (
            "content/dau-tu/cu.md",
            "---\ntitle: Trang có bí danh\ndate: 2018-03-13\naliases:\n  - /.outreach-output\n  - /robots.txt/\n  - /../x/\n  - /trang-cu/\n---\nNội dung.\n",
        ),
        (
            "content/dau-tu/moi.md",
            "---\ntitle: Trang mới\ndate: 2018-03-14\naliases: [/trang-cu/]\n---\nNội dung.\n",
        ),
        (
            "content/dau-tu/_index.md",
            "---\ntitle: Dự án kêu gọi đầu tư\nfeed: true\n---\nCác dự án.\n",
        ),
        (
            "content/dau-tu/khong-ngay.md",
            "---\ntitle: Không ngày\n---\nNội dung.\n",
        ),
    ]);
    site.append("site.yaml", "  - { page: \"@/dau-tu/ca.md\" }\n");
    let (vi, en) = both(&site);
    let path = "content/dau-tu/cu.md";
    vi.error_at(path, 5, 5)
        .says("địa chỉ cũ (alias) `/.outreach-output` là địa chỉ của `.outreach-output`, tệp giúp outreach nhận ra thư mục kết quả của nó")
        .helps("hãy xóa địa chỉ cũ này")
        .coded("E0831");
    vi.error_at(path, 6, 5)
        .says("địa chỉ cũ (alias) `/robots.txt/` cần một thư mục `robots.txt/` ở chỗ outreach ghi ra `robots.txt`")
        .coded("E0831");
    vi.error_at(path, 7, 5)
        .says("địa chỉ cũ (alias) `/../x/` không phải là một địa chỉ trong trang web")
        .helps("viết địa chỉ cũ dưới dạng đường dẫn, ví dụ `/tin-tuc/2018/ke-hoach/`")
        .coded("E0830");
    // One of the two pages with `/trang-cu/` is told the other has it.
    let twice = vi
        .diagnostics()
        .into_iter()
        .find(|d| d.code.as_deref() == Some("E0832"))
        .expect("an error for the alias written twice");
    twice
        .says("địa chỉ cũ (alias) `/trang-cu/` cũng là địa chỉ cũ của `content/dau-tu/")
        .helps("một địa chỉ cũ chỉ có thể đưa người đọc đến một trang")
        .notes("`content/dau-tu/cu.md:8:5` cũng có địa chỉ cũ (alias) này");
    vi.error_at("content/dau-tu/khong-ngay.md", 3, 1)
        .says("trang này nằm trong một chuyên mục có nguồn tin (`feed: true`), nên cần có `date`")
        .helps(
            "thêm một dòng `date: 2018-03-13` (năm-tháng-ngày) phía trên dòng `---` đóng phần đầu",
        )
        .coded("E0833");
    vi.error_at("site.yaml", 10, 5)
        .says("trình đơn liên kết đến `content/dau-tu/ca.md`, nhưng tệp đó không tồn tại")
        .helps("có phải ý bạn là `@/dau-tu/cu.md`?")
        .coded("E0834");
    en.error_at("site.yaml", 10, 5)
        .says("the menu links to `content/dau-tu/ca.md`, which does not exist")
        .helps("did you mean `@/dau-tu/cu.md`?")
        .coded("E0834");
    assert_eq!(vi.places(), en.places());
}

#[test]
fn a_menu_item_with_no_page_near_its_name_says_how_to_write_one() {
    let site = Site::minimal_with(&[]);
    site.append("site.yaml", "  - { page: \"@/xyz/qqq.md\" }\n");
    let en = site.build(&["--lang", "en"]).exit_code(1);
    en.only_error_at("site.yaml", 10, 5)
        .says("the menu links to `content/xyz/qqq.md`, which does not exist")
        .helps("write the path of a page under `content/`, e.g. `page: \"@/dau-tu/_index.md\"`, or remove this menu item")
        .coded("E0834");
    let vi = site.build(&["--lang", "vi"]).exit_code(1);
    vi.only_error_at("site.yaml", 10, 5)
        .helps("viết đường dẫn của một trang trong `content/`")
        .coded("E0834");
}

/// A `width` × `height` JPEG photo.
fn jpeg(width: u32, height: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 90])
    });
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85)
        .encode_image(&img)
        .expect("encode a JPEG");
    out
}

#[test]
fn photos_that_cannot_be_published_are_said_in_vietnamese_at_their_files() {
    // No page shows these photos, so each error is at the photo's own file.
    let site = Site::minimal_with(&[(
        "content/dau-tu/du-an/index.md",
        "---\ntitle: Dự án\n---\nKhông có ảnh.\n",
    )]);
    let dir = "content/dau-tu/du-an";
    let mut heic = vec![0, 0, 0, 0x18];
    heic.extend(b"ftypheic\0\0\0\0mif1heic");
    heic.resize(200, 0);
    site.write_bytes(&format!("{dir}/cau.heic"), &heic);
    site.write_bytes(&format!("{dir}/ben.jpg"), &heic);
    site.write_bytes(&format!("{dir}/scan.tif"), b"II*\0\x08\0\0\0rest of a scan");
    site.write_bytes(&format!("{dir}/rac.png"), b"not a picture at all");
    let whole = jpeg(400, 300);
    site.write_bytes(&format!("{dir}/lua.jpg"), &whole[..whole.len() / 3]);
    site.write_bytes(&format!("{dir}/lon.jpg"), &jpeg(1500, 1000));
    site.append("site.yaml", "images: { max_megapixels: 1 }\n");
    let (vi, en) = both(&site);

    vi.error_at(&format!("{dir}/cau.heic"), 0, 0)
        .says("`cau.heic` là một ảnh HEIC (định dạng iPhone dùng để lưu ảnh), mà phần lớn trình duyệt không hiển thị được")
        .helps("chuyển ảnh sang JPEG và đặt `cau.jpg` vào chỗ của nó")
        .helps("`sips -s format jpeg cau.heic --out cau.jpg`")
        .helps("Most Compatible (Cài đặt → Camera → Định dạng → Tương thích nhất)")
        .coded("E0453");
    vi.error_at(&format!("{dir}/ben.jpg"), 0, 0)
        .says("`ben.jpg` là một ảnh HEIC")
        .says(", dù tên của nó kết thúc bằng `.jpg`")
        .coded("E0453");
    vi.error_at(&format!("{dir}/scan.tif"), 0, 0)
        .says("`scan.tif` là một ảnh TIFF, mà không phải trình duyệt nào cũng hiển thị được")
        .helps("lưu ảnh dưới dạng JPEG (ảnh chụp) hoặc PNG (hình vẽ, ảnh chụp màn hình), ví dụ `magick scan.tif scan.jpg`")
        .coded("E0453");
    vi.error_at(&format!("{dir}/rac.png"), 0, 0)
        .says("không đọc được `rac.png` dưới dạng ảnh (các byte đầu của nó không thuộc định dạng ảnh nào): tệp bị hỏng hoặc mới chỉ được sao chép một phần")
        .helps("với tên `rac.jpg` hoặc `rac.png`")
        .coded("E0454");
    en.error_at(&format!("{dir}/rac.png"), 0, 0)
        .says("`rac.png` could not be read as an image (its first bytes are no image format): the file is damaged or was only partly copied")
        .helps("as `rac.jpg` or `rac.png`")
        .coded("E0454");
    vi.error_at(&format!("{dir}/lua.jpg"), 0, 0)
        .says("không mở được `lua.jpg` (tệp dừng lại trước khi hết ảnh)")
        .helps("xuất lại với tên `lua.jpg`")
        .coded("E0455");
    vi.error_at(&format!("{dir}/lon.jpg"), 0, 0)
        .says("`lon.jpg` có 1500 × 1000 điểm ảnh (2 megapixel), vượt mức 1 megapixel mà outreach cho phép mở, nên ảnh không được mở")
        .helps("hoặc tăng `images: { max_megapixels: … }` trong site.yaml")
        .coded("E0457");
    assert_eq!(vi.places(), en.places());
}

#[test]
fn an_output_folder_inside_the_sources_is_refused_with_its_code_and_a_way_out() {
    let site = Site::minimal_with(&[]);
    let run = site.build(&["--output", "static/out"]).exit_code(2);
    assert!(
        run.stderr.contains("it is inside the site's `static/` folder [E0837]\nhelp: choose a folder outside `static/` with `--output`, e.g. `--output output`"),
        "{}",
        run.stderr
    );
    let run = site.build(&["--output", "."]).exit_code(2);
    assert!(
        run.stderr.contains("that folder contains the site's own files, which the build would delete [E0836]\nhelp: choose a folder of its own with `--output`"),
        "{}",
        run.stderr
    );
    assert!(!site.path("static/out").exists());
}

#[test]
fn a_folder_without_site_yaml_is_told_how_to_find_or_make_a_site_with_a_code() {
    let site = Site::empty();
    let run = site.build(&[]).exit_code(2);
    assert!(
        run.stderr.contains("this folder is not an outreach site [E0841]\nhelp: run outreach in the site's folder, pass `--root DIR`, or create a site with `outreach init DIR`"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_share_picture_that_is_not_there_and_a_file_at_a_pages_address_are_said_in_vietnamese() {
    let site = Site::minimal_with(&[
        (
            "content/dau-tu/a.md",
            "---\ntitle: A\nimage: /khong-co.png\n---\nText.\n",
        ),
        (
            "content/dau-tu/b/index.md",
            "---\ntitle: B\nimage: anh.png\n---\nText.\n",
        ),
        ("content/dau-tu/e.md", "---\ntitle: E\n---\nText.\n"),
        ("content/dau-tu/e/index.html", "<p>cũ</p>\n"),
    ]);
    site.write_bytes("content/dau-tu/b/Anh.png", &crate::harness::small_png());
    let (vi, en) = both(&site);
    vi.error_at("content/dau-tu/a.md", 3, 8)
        .says("không có tệp `/khong-co.png` trong trang web")
        .helps("đặt ảnh vào `static/` (cho địa chỉ `/…`) hoặc cạnh trang, rồi viết tên của nó")
        .coded("E0817");
    vi.error_at("content/dau-tu/b/index.md", 3, 8)
        .says("không có tệp `anh.png` cạnh trang này cho `image:`")
        .helps("có phải ý bạn là `Anh.png`? Tên tệp được xuất bản phải khớp cả chữ hoa, chữ thường")
        .coded("E0818");
    en.error_at("content/dau-tu/b/index.md", 3, 8)
        .helps("did you mean `Anh.png`? A published file name must match in capitals too")
        .coded("E0818");
    vi.error_at("content/dau-tu/e/index.html", 0, 0)
        .says("tệp này sẽ được xuất bản tại `/dau-tu/e/index.html`, là địa chỉ của trang Tiếng Việt `content/dau-tu/e.md`")
        .helps("đổi tên tệp, hoặc chuyển nó ra khỏi `content/` nếu nó không thuộc trang web")
        .coded("E0820");
    assert_eq!(vi.places(), en.places());
}

#[cfg(unix)]
#[test]
fn a_named_pipe_in_the_content_is_said_in_vietnamese_and_never_read() {
    let site = Site::minimal_with(&[]);
    let made = std::process::Command::new("mkfifo")
        .arg(site.path("content/dau-tu/ong.md"))
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    let vi = site.build(&["--lang", "vi"]).exit_code(1);
    vi.only_error_at("content/dau-tu/ong.md", 0, 0)
        .says("đây là một ống dẫn có tên (named pipe, FIFO), không phải một tệp: outreach không bao giờ đọc nó")
        .helps("xóa nó khỏi thư mục của trang web")
        .coded("E0804");
}

#[test]
fn a_folder_that_is_no_site_is_said_in_vietnamese_by_every_command() {
    let dir = tempfile::tempdir().expect("temp dir");
    for command in [
        &["build"][..],
        &["check"],
        &["translations"],
        &["new", "page", "x"],
    ] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_outreach"))
            .args(command)
            .args(["--lang", "vi"])
            .current_dir(dir.path())
            .output()
            .expect("run outreach");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{command:?}: {stderr}");
        assert!(
            stderr.contains("thư mục này không phải là một trang web outreach [E0841]"),
            "{command:?}: {stderr}"
        );
    }
}
