//! Photos beside a page are published resized, as WebP and JPEG (PNG with transparency),
//! upright, without their metadata, in `<picture>` elements whose sizes match the files;
//! a rebuild takes them from the cache; a photo outreach cannot publish is an error at
//! the Markdown that shows it, saying how to fix it. The photos are made here.

use std::io::Cursor;

use image::{ImageEncoder, Rgb, RgbImage, Rgba, RgbaImage};

use crate::harness::{Run, Site, tags};

/// A photo-like JPEG: gradients and some texture, so the encoders have work to do.
pub(crate) fn jpeg(width: u32, height: u32) -> Vec<u8> {
    let img = RgbImage::from_fn(width, height, |x, y| {
        let n = (x.wrapping_mul(7919) ^ y.wrapping_mul(104_729)) % 32;
        Rgb([
            (x * 255 / width) as u8,
            (y * 255 / height) as u8,
            (96 + n * 2) as u8,
        ])
    });
    encode_jpeg(&img)
}

fn encode_jpeg(img: &RgbImage) -> Vec<u8> {
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90)
        .write_image(
            img.as_raw(),
            img.width(),
            img.height(),
            image::ExtendedColorType::Rgb8,
        )
        .expect("encode a JPEG");
    out
}

/// The EXIF segment (APP1) of a phone photo: its orientation and where it was taken.
fn exif_segment(orientation: u16) -> Vec<u8> {
    let mut tiff: Vec<u8> = b"II\x2a\x00\x08\x00\x00\x00".to_vec();
    let entry = |tiff: &mut Vec<u8>, tag: u16, kind: u16, count: u32, value: u32| {
        tiff.extend(tag.to_le_bytes());
        tiff.extend(kind.to_le_bytes());
        tiff.extend(count.to_le_bytes());
        tiff.extend(value.to_le_bytes());
    };
    // IFD0 at 8: Orientation and the GPS IFD's offset (38).
    tiff.extend(2u16.to_le_bytes());
    entry(&mut tiff, 0x0112, 3, 1, u32::from(orientation));
    entry(&mut tiff, 0x8825, 4, 1, 38);
    tiff.extend(0u32.to_le_bytes());
    // The GPS IFD at 38: latitude 9°47′N, longitude 105°28′E (Vị Thanh); values at 92.
    tiff.extend(4u16.to_le_bytes());
    entry(&mut tiff, 0x0001, 2, 2, u32::from(b'N'));
    entry(&mut tiff, 0x0002, 5, 3, 92);
    entry(&mut tiff, 0x0003, 2, 2, u32::from(b'E'));
    entry(&mut tiff, 0x0004, 5, 3, 116);
    tiff.extend(0u32.to_le_bytes());
    for (num, den) in [(9u32, 1u32), (47, 1), (0, 1), (105, 1), (28, 1), (0, 1)] {
        tiff.extend(num.to_le_bytes());
        tiff.extend(den.to_le_bytes());
    }
    let mut segment = vec![0xFF, 0xE1];
    segment.extend(((2 + 6 + tiff.len()) as u16).to_be_bytes());
    segment.extend(b"Exif\0\0");
    segment.extend(tiff);
    segment
}

/// `jpeg` with the EXIF segment of a phone photo after its first marker.
fn phone_photo(jpeg: &[u8], orientation: u16) -> Vec<u8> {
    let mut out = jpeg[..2].to_vec();
    out.extend(exif_segment(orientation));
    out.extend(&jpeg[2..]);
    out
}

fn exif_of(bytes: &[u8]) -> Option<exif::Exif> {
    exif::Reader::new()
        .read_from_container(&mut Cursor::new(bytes))
        .ok()
}

pub(crate) fn dimensions(bytes: &[u8]) -> (u32, u32) {
    image::ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .expect("a format")
        .into_dimensions()
        .expect("an image the tests can read")
}

fn bundle(body: &str) -> Site {
    Site::minimal_with(&[(
        "content/dau-tu/du-an/index.md",
        &format!("---\ntitle: Dự án\n---\n{body}"),
    )])
}

const PAGE: &str = "dau-tu/du-an/index.html";

/// The page's `<img>` and `<source>` attributes.
fn pictures(run: &Run) -> (Vec<std::collections::BTreeMap<String, String>>, Vec<String>) {
    let html = run.read(PAGE);
    let sources = tags(&html, "source")
        .into_iter()
        .filter_map(|a| a.get("srcset").cloned())
        .collect();
    (tags(&html, "img"), sources)
}

/// `a.jpg 480w, b.jpg 800w` → `[("a.jpg", 480), …]`.
fn candidates(srcset: &str) -> Vec<(String, u32)> {
    srcset
        .split(", ")
        .map(|c| {
            let (url, w) = c.rsplit_once(' ').expect("url and width");
            (
                url.to_string(),
                w.trim_end_matches('w').parse().expect("a width"),
            )
        })
        .collect()
}

#[test]
fn a_photo_is_published_at_each_width_up_to_its_own_as_webp_and_jpeg() {
    let site = bundle("Đầu: ![Cánh đồng lúa](lua.jpg)\n\nSau: ![Kênh xáng](kenh.jpg)\n");
    site.write_bytes("content/dau-tu/du-an/lua.jpg", &jpeg(1000, 750));
    site.write_bytes("content/dau-tu/du-an/kenh.jpg", &jpeg(2000, 1000));
    let run = site.build(&[]).success();
    let (imgs, webp_sets) = pictures(&run);
    assert_eq!(imgs.len(), 2, "{}", run.read(PAGE));

    let expected: [(&str, &[u32]); 2] = [
        ("lua", &[480, 800, 1000]),
        ("kenh", &[480, 800, 1200, 1600]),
    ];
    for ((img, webp), (stem, widths)) in imgs.iter().zip(&webp_sets).zip(expected) {
        for (set, ext) in [(&img["srcset"], "jpg"), (webp, "webp")] {
            let listed = candidates(set);
            let names: Vec<String> = widths
                .iter()
                .map(|w| format!("/dau-tu/du-an/{stem}-{w}w.{ext}"))
                .collect();
            assert_eq!(
                listed.iter().map(|(u, _)| u.clone()).collect::<Vec<_>>(),
                names
            );
            // Each file is as wide as its `w` says, and never wider than the original.
            for (url, w) in listed {
                let (fw, fh) = dimensions(&run.read_bytes(url.trim_start_matches('/')));
                assert_eq!(fw, w, "{url}");
                let (ow, oh) = if stem == "lua" {
                    (1000, 750)
                } else {
                    (2000, 1000)
                };
                assert_eq!(fh, (w * oh + ow / 2) / ow, "{url}");
                assert!(fw <= ow);
            }
        }
        // The fallback is the largest, and width and height are its own.
        let largest = *widths.last().unwrap();
        assert_eq!(img["src"], format!("/dau-tu/du-an/{stem}-{largest}w.jpg"));
        let (fw, fh) = dimensions(&run.read_bytes(img["src"].trim_start_matches('/')));
        assert_eq!(
            (img["width"].clone(), img["height"].clone()),
            (fw.to_string(), fh.to_string())
        );
        assert_eq!(img["decoding"], "async");
        assert!(img["sizes"].contains("100vw"), "{img:?}");
    }
    assert!(
        run.read_bytes("dau-tu/du-an/lua-800w.webp")
            .starts_with(b"RIFF")
    );
    // The page's first photo is fetched at once; the others when scrolled to.
    assert_eq!(imgs[0]["loading"], "eager");
    assert_eq!(imgs[0]["fetchpriority"], "high");
    assert_eq!(imgs[1]["loading"], "lazy");
    assert!(!imgs[1].contains_key("fetchpriority"));
    assert_eq!(imgs[0]["alt"], "Cánh đồng lúa");
    // No size wider than the photo, and never the original's bytes: its address holds
    // its largest size.
    assert!(!run.has("dau-tu/du-an/lua-1200w.jpg"));
    assert_eq!(
        run.read_bytes("dau-tu/du-an/lua.jpg"),
        run.read_bytes("dau-tu/du-an/lua-1000w.jpg")
    );
    assert_eq!(
        dimensions(&run.read_bytes("dau-tu/du-an/kenh.jpg")),
        (1600, 800)
    );
}

#[test]
fn a_phone_photo_is_turned_upright_and_loses_its_gps_position() {
    // Stored sideways: left half red, right half blue; EXIF 6 says "turn 90° clockwise",
    // so the red half ends up on top.
    let stored = RgbImage::from_fn(1000, 600, |x, _| {
        if x < 500 {
            Rgb([220, 20, 20])
        } else {
            Rgb([20, 20, 220])
        }
    });
    let original = phone_photo(&encode_jpeg(&stored), 6);
    let gps = exif_of(&original).expect("the test photo has EXIF");
    assert!(
        gps.get_field(exif::Tag::GPSLatitude, exif::In::PRIMARY)
            .is_some()
    );

    let site = bundle("![Chợ nổi Ngã Bảy](cho-noi.jpg)\n");
    site.write_bytes("content/dau-tu/du-an/cho-noi.jpg", &original);
    let run = site.build(&[]).success();
    let (imgs, _) = pictures(&run);
    assert_eq!(
        (imgs[0]["width"].as_str(), imgs[0]["height"].as_str()),
        ("600", "1000")
    );
    let upright = run.read_bytes("dau-tu/du-an/cho-noi-480w.jpg");
    assert_eq!(dimensions(&upright), (480, 800));
    let pixels = image::load_from_memory(&upright).unwrap().into_rgb8();
    let top = pixels.get_pixel(240, 100);
    let bottom = pixels.get_pixel(240, 700);
    assert!(top[0] > 150 && top[2] < 100, "top is {top:?}");
    assert!(bottom[2] > 150 && bottom[0] < 100, "bottom is {bottom:?}");

    let photos: Vec<(String, Vec<u8>)> = run
        .files()
        .into_iter()
        .filter(|(p, _)| [".jpg", ".webp", ".png"].iter().any(|e| p.ends_with(e)))
        .collect();
    // Two sizes in two formats, and the original's address.
    assert_eq!(
        photos.len(),
        5,
        "{:?}",
        photos.iter().map(|p| &p.0).collect::<Vec<_>>()
    );
    for (path, bytes) in photos {
        assert!(exif_of(&bytes).is_none(), "`{path}` has EXIF");
        assert!(
            !bytes.windows(6).any(|w| w == b"Exif\0\0"),
            "`{path}` carries an EXIF segment"
        );
    }
}

#[test]
fn a_png_falls_back_to_png_and_an_svg_is_copied_as_it_is() {
    let logo = RgbaImage::from_fn(600, 300, |x, _| Rgba([0, 90, 160, (x % 256) as u8]));
    let mut png = Vec::new();
    image::codecs::png::PngEncoder::new(&mut png)
        .write_image(logo.as_raw(), 600, 300, image::ExtendedColorType::Rgba8)
        .unwrap();
    let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"4\"/>\n";
    let site = bundle("![Biểu trưng](logo.png) ![Sơ đồ](so-do.svg)\n");
    site.write_bytes("content/dau-tu/du-an/logo.png", &png);
    site.write("content/dau-tu/du-an/so-do.svg", svg);
    let run = site.build(&[]).success();
    let (imgs, webp) = pictures(&run);
    assert_eq!(imgs[0]["src"], "/dau-tu/du-an/logo-600w.png");
    assert_eq!(candidates(&webp[0]).len(), 2);
    let fallback = image::load_from_memory(&run.read_bytes("dau-tu/du-an/logo-480w.png")).unwrap();
    assert!(fallback.color().has_alpha());
    assert_eq!(imgs[1]["src"], "/dau-tu/du-an/so-do.svg");
    assert_eq!(run.read("dau-tu/du-an/so-do.svg"), svg);
    // A PNG without transparency (a diagram, a screenshot) stays PNG: JPEG would blur it.
    let diagram = bundle("![Sơ đồ](so-do.png)\n");
    diagram.write_bytes(
        "content/dau-tu/du-an/so-do.png",
        &crate::harness::small_png(),
    );
    let run = diagram.build(&[]).success();
    assert_eq!(pictures(&run).0[0]["src"], "/dau-tu/du-an/so-do-8w.png");
}

#[test]
fn the_figure_shortcode_shows_every_size_with_its_caption_and_credit() {
    let site = bundle(
        "{{ figure(src=\"lua.jpg\", alt=\"Cánh đồng lúa\", caption=\"Mùa gặt ở Long Mỹ\", credit=\"Ảnh: Sở Nông nghiệp\") }}\n",
    );
    site.write_bytes("content/dau-tu/du-an/lua.jpg", &jpeg(900, 600));
    let run = site.build(&[]).success();
    let html = run.read(PAGE);
    let figure = crate::harness::element(&html, "figure", "figure").expect("a figure");
    assert!(figure.contains("<picture>"), "{figure}");
    assert!(figure.contains("Mùa gặt ở Long Mỹ"));
    assert!(
        figure.contains("<span class=\"credit\">Ảnh: Sở Nông nghiệp</span>"),
        "{figure}"
    );
    let (imgs, webp) = pictures(&run);
    assert_eq!(imgs[0]["width"], "900");
    assert_eq!(imgs[0]["height"], "600");
    assert_eq!(imgs[0]["loading"], "eager");
    assert_eq!(
        candidates(&webp[0]).last().unwrap().0,
        "/dau-tu/du-an/lua-900w.webp"
    );
}

#[test]
fn a_template_asks_for_any_width_with_resize_image() {
    let site = bundle("{{ thumb(path=\"@/dau-tu/du-an/lua.jpg\") }}\n");
    site.write_bytes("content/dau-tu/du-an/lua.jpg", &jpeg(900, 600));
    site.write(
        "shortcodes.yaml",
        "thumb:\n  help: \"A small photo.\"\n  args:\n    path: { required: true, help: \"the photo\" }\n",
    );
    site.write(
        "templates/shortcodes/thumb.html",
        "{% set t = resize_image(path=path, width=300) %}<img class=\"thumb\" src=\"{{ t.url }}\" width=\"{{ t.width }}\" height=\"{{ t.height }}\" alt=\"\">",
    );
    let run = site.build(&[]).success();
    let (imgs, _) = pictures(&run);
    assert_eq!(imgs[0]["src"], "/dau-tu/du-an/lua-300w.jpg");
    assert_eq!(imgs[0]["height"], "200");
    assert_eq!(
        dimensions(&run.read_bytes("dau-tu/du-an/lua-300w.jpg")),
        (300, 200)
    );
    assert!(run.has("dau-tu/du-an/lua-300w.webp"));
}

/// The `images:` line of `--verbose`: (photos, decoded, pruned).
pub(crate) fn image_counts(run: &Run) -> (usize, usize, usize) {
    let line = run
        .stderr
        .lines()
        .find(|l| l.trim_start().starts_with("images:"))
        .unwrap_or_else(|| panic!("no images line in:\n{}", run.stderr));
    let numbers: Vec<usize> = line
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect();
    (numbers[0], numbers[1], numbers[3])
}

fn cache_entries(site: &Site) -> std::collections::BTreeSet<String> {
    std::fs::read_dir(site.path(".outreach-cache/images"))
        .map(|d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn a_rebuild_decodes_nothing_and_unused_cache_entries_are_pruned() {
    let site = bundle("![Lúa](lua.jpg) ![Kênh](kenh.jpg)\n");
    site.write_bytes("content/dau-tu/du-an/lua.jpg", &jpeg(900, 600));
    site.write_bytes("content/dau-tu/du-an/kenh.jpg", &jpeg(700, 500));
    let first = site.build(&["--verbose"]).success();
    assert_eq!(image_counts(&first), (2, 2, 0));
    let before = cache_entries(&site);
    assert!(!before.is_empty());

    let second = site.build(&["--verbose"]).success();
    assert_eq!(image_counts(&second), (2, 0, 0));
    assert_eq!(first.files(), second.files());
    assert_eq!(cache_entries(&site), before);

    // A changed photo is decoded again, and the old one's entries go.
    site.write_bytes("content/dau-tu/du-an/kenh.jpg", &jpeg(640, 480));
    let third = site.build(&["--verbose"]).success();
    let (_, decoded, pruned) = image_counts(&third);
    assert_eq!(decoded, 1);
    assert!(pruned > 0);
    let after = cache_entries(&site);
    let gone: Vec<&String> = before.difference(&after).collect();
    assert_eq!(gone.len(), pruned, "{gone:?}");
    assert!(after.iter().any(|e| e.ends_with("-640-q80.jpg")));
    assert_eq!(
        dimensions(&third.read_bytes("dau-tu/du-an/kenh-640w.jpg")),
        (640, 480)
    );
}

#[test]
fn a_damaged_photo_is_an_error_at_its_reference_and_the_output_is_kept() {
    let site = bundle("Ảnh:\n\n![Lúa](lua.jpg)\n");
    site.write_bytes("content/dau-tu/du-an/lua.jpg", &jpeg(400, 300));
    site.build(&[]).success();
    let whole = jpeg(800, 600);
    let failed = site.build_failing_after(|site| {
        site.write_bytes("content/dau-tu/du-an/lua.jpg", &whole[..whole.len() / 3]);
    });
    failed
        .only_error_at("content/dau-tu/du-an/index.md", 6, 1)
        .says("`lua.jpg` could not be decoded (it ends before the image does)")
        .says("damaged or was only partly copied")
        .helps("copy it again");
    assert!(failed.stderr.contains("the output folder was not changed"));
}

#[test]
fn an_iphone_photo_in_heic_says_how_to_convert_it() {
    let mut heic = vec![0, 0, 0, 0x18];
    heic.extend(b"ftypheic\0\0\0\0mif1heic");
    heic.resize(200, 0);
    // Named `.heic`, and renamed `.jpg` by someone hoping that would do.
    let site =
        bundle("![Cầu](cau.heic)\n\n{{ figure(src=\"ben.jpg\", alt=\"Bến\", caption=\"Bến\") }}\n");
    site.write_bytes("content/dau-tu/du-an/cau.heic", &heic);
    site.write_bytes("content/dau-tu/du-an/ben.jpg", &heic);
    let run = site.build(&[]).exit_code(1);
    run.error_at("content/dau-tu/du-an/index.md", 4, 1)
        .says("`cau.heic` is a HEIC photo")
        .helps("Most Compatible")
        .helps("sips -s format jpeg cau.heic --out cau.jpg");
    run.error_at("content/dau-tu/du-an/index.md", 6, 11)
        .says("`ben.jpg` is a HEIC photo")
        .says("though its name ends in `.jpg`");
    assert_eq!(run.error_places().len(), 2, "{}", run.stderr);
}

#[test]
fn a_photo_nothing_shows_is_still_checked_at_its_file() {
    let site = bundle("Không có ảnh.\n");
    site.write_bytes(
        "content/dau-tu/du-an/scan.tif",
        b"II*\0\x08\0\0\0rest of a scan",
    );
    let run = site.build(&[]).exit_code(1);
    let diags = run.diagnostics();
    let d = diags
        .iter()
        .find(|d| d.path == "content/dau-tu/du-an/scan.tif")
        .unwrap_or_else(|| panic!("{}", run.stderr));
    d.says("`scan.tif` is a TIFF image")
        .helps("save it as JPEG");
}

#[test]
fn a_photo_over_the_pixel_limit_is_refused_before_it_is_decoded() {
    // A header claiming 60000 × 60000 pixels over a few bytes of data: decoding it would
    // fail differently (or take gigabytes); the header alone refuses it.
    let mut bomb = jpeg(16, 16);
    let sof = bomb
        .windows(2)
        .position(|w| w == [0xFF, 0xC0])
        .expect("a baseline JPEG");
    bomb[sof + 5..sof + 9].copy_from_slice(&[0xEA, 0x60, 0xEA, 0x60]);
    let site = bundle("![Bom](bom.jpg)\n\n![Lớn](lon.jpg)\n");
    site.write_bytes("content/dau-tu/du-an/bom.jpg", &bomb);
    site.write_bytes("content/dau-tu/du-an/lon.jpg", &jpeg(1500, 1000));
    site.append("site.yaml", "images: { max_megapixels: 1 }\n");
    let run = site.build(&[]).exit_code(1);
    run.error_at("content/dau-tu/du-an/index.md", 4, 1)
        .says("`bom.jpg` is 60000 × 60000 pixels (3600 megapixels), more than the 1 megapixels")
        .helps("max_megapixels");
    run.error_at("content/dau-tu/du-an/index.md", 6, 1)
        .says("`lon.jpg` is 1500 × 1000 pixels (2 megapixels)");
}

#[test]
fn image_settings_are_checked_and_used() {
    let site = bundle("![Lúa](lua.jpg)\n");
    site.write_bytes("content/dau-tu/du-an/lua.jpg", &jpeg(900, 600));
    site.append("site.yaml", "images: { widths: [300, 600], quality: 60 }\n");
    let run = site.build(&[]).success();
    let (imgs, _) = pictures(&run);
    let widths: Vec<u32> = candidates(&imgs[0]["srcset"]).iter().map(|c| c.1).collect();
    assert_eq!(widths, [300, 600]);

    let bad = bundle("Trang.\n");
    bad.append("site.yaml", "images: { widths: [0, 800], quality: 101 }\n");
    let run = bad.build(&[]).exit_code(1);
    let diags = run.diagnostics();
    let said = |fragment: &str| {
        diags
            .iter()
            .any(|d| d.path == "site.yaml" && d.message.contains(fragment))
    };
    assert!(
        said("`0` is not a width photos can be published at"),
        "{}",
        run.stderr
    );
    assert!(
        said("`images.quality` is 101, but quality goes from 1 to 100"),
        "{}",
        run.stderr
    );

    let misspelt = bundle("Trang.\n");
    misspelt.append("site.yaml", "images: { widths: [800], qualty: 70 }\n");
    let run = misspelt.build(&[]).exit_code(1);
    assert!(run.stderr.contains("qualty"), "{}", run.stderr);
    assert!(
        run.stderr.contains("did you mean `quality`"),
        "{}",
        run.stderr
    );
}

#[test]
fn photo_addresses_keep_the_base_urls_path() {
    let site =
        bundle("![Lúa](lua.jpg)\n\n{{ figure(src=\"lua.jpg\", alt=\"Lúa\", caption=\"Lúa\") }}\n");
    site.write_bytes("content/dau-tu/du-an/lua.jpg", &jpeg(900, 600));
    let run = site
        .build(&["--base-url", "https://example.org/site/"])
        .success();
    let (imgs, webp) = pictures(&run);
    assert_eq!(imgs.len(), 2);
    for (img, webp) in imgs.iter().zip(&webp) {
        assert_eq!(img["src"], "/site/dau-tu/du-an/lua-900w.jpg");
        for (url, _) in candidates(&img["srcset"])
            .into_iter()
            .chain(candidates(webp))
        {
            assert!(url.starts_with("/site/dau-tu/du-an/lua-"), "{url}");
            // The file is in the output without the base path, as the server maps it.
            assert!(run.has(url.trim_start_matches("/site/")), "{url}");
        }
    }
}

#[test]
fn a_damaged_photo_a_page_shows_is_said_in_vietnamese_at_its_reference() {
    let site = bundle("Ảnh:\n\n![Lúa](lua.jpg)\n");
    let whole = jpeg(800, 600);
    site.write_bytes("content/dau-tu/du-an/lua.jpg", &whole[..whole.len() / 3]);
    site.build(&["--lang", "vi"])
        .exit_code(1)
        .only_error_at("content/dau-tu/du-an/index.md", 6, 1)
        .says("không mở được `lua.jpg` (tệp dừng lại trước khi hết ảnh)")
        .helps("sao chép lại")
        .coded("E0455");
}
