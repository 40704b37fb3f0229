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
    vi.warning_at("content/dau-tu/cu.md.old", 0, 0)
        .says("tệp này bị bỏ ra khỏi trang: tên của nó có `.old` sau phần mở rộng Markdown")
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
