//! Covers: a project's, partner's, event's or news item's photo (the `image` field kind,
//! `cover:` in the theme's types) is shown at the top of its page and on its card, and is
//! its link preview, cut to 1200×630 around the focal point, with its size and alt text
//! in `og:image:*` and the Twitter card. A translation writes only its own alt text.
//! A cover without alt text, a file that is not there, a focal point outside the photo
//! or an unknown part is an error at its line.

use crate::harness::{Run, Site, tags};
use crate::images::{dimensions, image_counts, jpeg};

const PAGE: &str = "content/dau-tu/du-an/index.md";

fn project(cover: &str) -> String {
    format!(
        "---\ntitle: Dự án thử\ndescription: Một dự án.\nsector: agriculture\ndistrict: vi-thanh\nstatus: calling\nsample: true\n{cover}---\nNội dung.\n"
    )
}

fn site(cover: &str, translation_cover: &str) -> Site {
    let site = Site::minimal_with(&[
        (
            "content/dau-tu/_index.md",
            "---\ntitle: Dự án kêu gọi đầu tư\npage_type: project\n---\nCác dự án.\n",
        ),
        (PAGE, &project(cover)),
        (
            "content/dau-tu/du-an/index.en.md",
            &format!(
                "---\ntitle: Test project\ndescription: A project.\n{translation_cover}---\nText.\n"
            ),
        ),
    ]);
    site.write_bytes("content/dau-tu/du-an/anh.jpg", &jpeg(2000, 1500));
    site
}

/// `content` of each `<meta property|name=…>` of `html`.
fn meta(html: &str, name: &str) -> Option<String> {
    tags(html, "meta")
        .into_iter()
        .find(|m| {
            m.get("property")
                .or_else(|| m.get("name"))
                .map(String::as_str)
                == Some(name)
        })
        .and_then(|m| m.get("content").cloned())
}

fn cover_img(run: &Run, page: &str) -> std::collections::BTreeMap<String, String> {
    let html = run.read(page);
    let figure = html
        .split("<figure class=\"cover\">")
        .nth(1)
        .unwrap_or_else(|| panic!("no cover on {page}:\n{html}"));
    tags(figure, "img")
        .into_iter()
        .next()
        .expect("the cover's <img>")
}

#[test]
fn a_cover_is_the_pages_photo_its_cards_and_its_link_preview() {
    let site = site(
        "cover:\n  file: anh.jpg\n  alt: Toàn cảnh khu dự án\n  focus: [0.5, 0.2]\n  credit: \"Ảnh: Sở Ngoại vụ\"\n",
        "cover: { alt: Panorama of the project site }\n",
    );
    let run = site.build(&[]).success();
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);

    let vi = run.read("dau-tu/du-an/index.html");
    let preview = "https://example.org/dau-tu/du-an/anh-og50-20.jpg";
    assert_eq!(meta(&vi, "og:image").as_deref(), Some(preview));
    assert_eq!(meta(&vi, "og:image:width").as_deref(), Some("1200"));
    assert_eq!(meta(&vi, "og:image:height").as_deref(), Some("630"));
    assert_eq!(
        meta(&vi, "og:image:alt").as_deref(),
        Some("Toàn cảnh khu dự án")
    );
    assert_eq!(meta(&vi, "twitter:image").as_deref(), Some(preview));
    assert_eq!(
        meta(&vi, "twitter:image:alt").as_deref(),
        Some("Toàn cảnh khu dự án")
    );
    assert_eq!(
        dimensions(&run.read_bytes("dau-tu/du-an/anh-og50-20.jpg")),
        (1200, 630)
    );

    // The page shows it first, at once, at the size of its largest file.
    let img = cover_img(&run, "dau-tu/du-an/index.html");
    assert_eq!(img["alt"], "Toàn cảnh khu dự án");
    assert_eq!(img["fetchpriority"], "high");
    assert_eq!(img["loading"], "eager");
    let src = img["src"].trim_start_matches('/');
    let (w, h) = dimensions(&run.read_bytes(src));
    assert_eq!(
        (img["width"].as_str(), img["height"].as_str()),
        (w.to_string().as_str(), h.to_string().as_str())
    );
    assert_eq!(w * 3, h * 4, "the photo's own shape, not the preview's");
    assert!(vi.contains("<figcaption class=\"credit\">Ảnh: Sở Ngoại vụ</figcaption>"));

    // The English page has its own alt text, and the original's file, focus and credit.
    let en = run.read("en/investment/du-an/index.html");
    assert_eq!(meta(&en, "og:image").as_deref(), Some(preview));
    assert_eq!(
        meta(&en, "og:image:alt").as_deref(),
        Some("Panorama of the project site")
    );
    assert_eq!(
        cover_img(&run, "en/investment/du-an/index.html")["alt"],
        "Panorama of the project site"
    );

    // The section's card shows it, cut to the card's shape around the same point.
    let list = run.read("dau-tu/index.html");
    let card = tags(&list, "img")
        .into_iter()
        .find(|i| {
            i.get("src")
                .is_some_and(|s| s.contains("/dau-tu/du-an/anh-"))
        })
        .unwrap_or_else(|| panic!("no cover on the card:\n{list}"));
    assert_eq!(card["style"], "object-position: 50% 20%");
    assert_eq!(card["loading"], "lazy");
    assert!(card.contains_key("width") && card.contains_key("height"));
}

#[test]
fn a_small_cover_is_not_enlarged_for_its_preview_and_a_rebuild_decodes_nothing() {
    let site = site("cover: { file: nho.jpg, alt: Ảnh nhỏ }\n", "");
    site.write_bytes("content/dau-tu/du-an/nho.jpg", &jpeg(800, 600));
    let first = site.build(&["--verbose"]).success();
    let html = first.read("dau-tu/du-an/index.html");
    assert_eq!(meta(&html, "og:image:width").as_deref(), Some("800"));
    assert_eq!(meta(&html, "og:image:height").as_deref(), Some("420"));
    assert_eq!(
        dimensions(&first.read_bytes("dau-tu/du-an/nho-og50-50.jpg")),
        (800, 420)
    );
    let second = site.build(&["--verbose"]).success();
    assert_eq!(image_counts(&second).1, 0, "{}", second.stderr);
    assert_eq!(first.files(), second.files());
}

#[test]
fn a_decorative_cover_needs_no_alt_text_and_says_none() {
    let site = site("cover: { file: anh.jpg, decorative: true }\n", "");
    let run = site.build(&[]).success();
    let html = run.read("dau-tu/du-an/index.html");
    assert_eq!(cover_img(&run, "dau-tu/du-an/index.html")["alt"], "");
    assert!(meta(&html, "og:image").is_some());
    assert_eq!(meta(&html, "og:image:alt"), None);
}

#[test]
fn a_page_without_a_cover_keeps_the_sites_picture() {
    let site = site("", "");
    let run = site.build(&[]).success();
    let html = run.read("dau-tu/du-an/index.html");
    assert!(!html.contains("class=\"cover\""));
    assert_eq!(meta(&html, "og:image:width"), None);
}

#[test]
fn every_mistake_in_a_cover_is_an_error_at_its_line_and_nothing_is_published() {
    let site = site("cover: { file: anh.jpg, alt: Ảnh }\n", "");
    let run = site.build_failing_after(|site| {
        site.write(
            PAGE,
            &project("cover:\n  file: Anh.JPG\n  focus: [1.5, 0.2]\n  captoin: x\n"),
        );
        site.write("content/dau-tu/du-an-2.md", &project("cover: anh.jpg\n"));
    });
    run.error_at(PAGE, 9, 9)
        .says("there is no file `Anh.JPG` beside this page")
        .helps("did you mean `anh.jpg`? A published file name must match in capitals too")
        .coded("E0409");
    run.error_at(PAGE, 9, 3)
        .says("the photo `cover` has no alt text")
        .helps("`decorative: true`")
        .coded("E0405");
    run.error_at(PAGE, 10, 10)
        .says("the focal point `[1.5, 0.2]` is outside the photo")
        .coded("E0408");
    run.error_at(PAGE, 11, 3)
        .says("a photo has no part `captoin`")
        .coded("E0401");
    run.error_at("content/dau-tu/du-an-2.md", 8, 8)
        .says("`cover` is a photo: write its file and its alt text as two parts")
        .coded("E0400");

    let vi = site.build(&["--lang", "vi"]).exit_code(1);
    vi.error_at(PAGE, 9, 3)
        .says("ảnh `cover` chưa có lời mô tả (alt)")
        .helps("viết `decorative: true`")
        .coded("E0405");
    vi.error_at(PAGE, 9, 9)
        .says("không có tệp `Anh.JPG` cạnh trang này")
        .coded("E0409");
}

#[test]
fn a_gallery_shows_its_photos_side_by_side_each_resized_with_its_alt_text() {
    let site = Site::minimal_with(&[(
        "content/dau-tu/du-an/index.md",
        "---\ntitle: Dự án\n---\n{% gallery(caption=\"Ngã Bảy\") %}\n![Chợ nổi](a.jpg)\n\n![Vườn cây](b.jpg)\n{% end %}\n",
    )]);
    site.write_bytes("content/dau-tu/du-an/a.jpg", &jpeg(1000, 750));
    site.write_bytes("content/dau-tu/du-an/b.jpg", &jpeg(900, 600));
    let run = site.build(&[]).success();
    let html = run.read("dau-tu/du-an/index.html");
    let gallery = html
        .split("<figure class=\"gallery\">")
        .nth(1)
        .and_then(|g| g.split("</figure>").next())
        .unwrap_or_else(|| panic!("no gallery:\n{html}"));
    let alts: Vec<String> = tags(gallery, "img")
        .into_iter()
        .map(|i| i["alt"].clone())
        .collect();
    assert_eq!(alts, ["Chợ nổi", "Vườn cây"]);
    assert_eq!(tags(gallery, "source").len(), 2, "each photo as WebP too");
    assert!(gallery.contains("<figcaption>Ngã Bảy</figcaption>"));

    // A photo in a gallery without alt text is the same error as anywhere.
    site.write(
        "content/dau-tu/du-an/index.md",
        "---\ntitle: Dự án\n---\n{% gallery() %}\n![](a.jpg)\n{% end %}\n",
    );
    site.build(&[])
        .exit_code(1)
        .error_at("content/dau-tu/du-an/index.md", 5, 1)
        .coded("E0310");
}
