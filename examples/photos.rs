//! Writes a site with N photo-like JPEGs for `scripts/bench-images.sh`: one page bundle
//! per photo, each photo 4000 × 3000 by default, made of smooth gradients, broad shapes
//! and fine noise so that the decoders, the resizer and the encoders do the work a real
//! photo asks of them.
//!
//!     cargo run --release --example photos -- DIR [COUNT] [WIDTH HEIGHT]

use std::fs;
use std::path::Path;

use image::{ImageEncoder, Rgb, RgbImage};
use rayon::prelude::*;

const SITE_YAML: &str = r#"title: { vi: "Ảnh thử", en: "Photo test" }
base_url: "https://example.org"
default_language: vi
languages:
  vi: { name: "Tiếng Việt", locale: vi-VN }
  en: { name: "English", locale: en-GB, missing: fallback }
"#;

/// A photo-like picture: sky-to-ground gradients, a few soft blobs, texture noise.
fn photo(seed: u32, width: u32, height: u32) -> RgbImage {
    let blobs: Vec<(f32, f32, f32, [f32; 3])> = (0..6)
        .map(|i| {
            let h = hash(seed * 31 + i);
            (
                (h % 1000) as f32 / 1000.0 * width as f32,
                ((h / 1000) % 1000) as f32 / 1000.0 * height as f32,
                width as f32 * (0.05 + ((h / 7) % 100) as f32 / 500.0),
                [
                    (h % 200) as f32,
                    ((h >> 8) % 200) as f32,
                    ((h >> 16) % 200) as f32,
                ],
            )
        })
        .collect();
    RgbImage::from_fn(width, height, |x, y| {
        let fy = y as f32 / height as f32;
        let fx = x as f32 / width as f32;
        let mut c = [
            90.0 + 120.0 * (1.0 - fy) + 20.0 * (fx * 6.0 + seed as f32).sin(),
            140.0 + 60.0 * fy,
            200.0 * (1.0 - fy) + 40.0,
        ];
        for (bx, by, r, col) in &blobs {
            let d = ((x as f32 - bx).powi(2) + (y as f32 - by).powi(2)).sqrt() / r;
            if d < 1.0 {
                let k = 1.0 - d * d;
                for ch in 0..3 {
                    c[ch] = c[ch] * (1.0 - k) + col[ch] * k;
                }
            }
        }
        let n = (hash(x ^ (y << 13) ^ seed.wrapping_mul(0x9E37_79B9)) % 48) as f32 - 24.0;
        Rgb(c.map(|v| (v + n).clamp(0.0, 255.0) as u8))
    })
}

fn hash(mut x: u32) -> u32 {
    x ^= x >> 16;
    x = x.wrapping_mul(0x7feb_352d);
    x ^= x >> 15;
    x = x.wrapping_mul(0x846c_a68b);
    x ^ (x >> 16)
}

fn write(path: &Path, bytes: &[u8]) {
    fs::create_dir_all(path.parent().expect("a folder")).expect("create folders");
    fs::write(path, bytes).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dir) = args.first() else {
        panic!("usage: photos DIR [COUNT] [WIDTH HEIGHT]");
    };
    let number = |i: usize, default: u32| {
        args.get(i)
            .map_or(default, |a| a.parse().expect("a number"))
    };
    let (count, width, height) = (number(1, 100), number(2, 4000), number(3, 3000));
    let root = Path::new(dir);
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    write(&root.join("site.yaml"), SITE_YAML.as_bytes());
    write(
        &root.join("content/_index.md"),
        b"---\ntitle: Trang chu\n---\nAnh.\n",
    );
    for data in ["districts", "countries"] {
        let text = fs::read(repo.join(format!("content/_data/{data}.yaml"))).expect("example data");
        write(&root.join(format!("content/_data/{data}.yaml")), &text);
    }
    for section in ["dau-tu", "doi-tac"] {
        write(
            &root.join(format!("content/{section}/_index.md")),
            b"---\ntitle: Muc\n---\nMuc.\n",
        );
    }
    (0..count).into_par_iter().for_each(|i| {
        let img = photo(i, width, height);
        let mut jpeg = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 92)
            .write_image(img.as_raw(), width, height, image::ExtendedColorType::Rgb8)
            .expect("encode");
        let bundle = root.join(format!("content/dau-tu/anh-{i:03}"));
        write(&bundle.join("anh.jpg"), &jpeg);
        write(
            &bundle.join("index.md"),
            format!("---\ntitle: Anh {i}\n---\n![Anh thu {i}](anh.jpg)\n").as_bytes(),
        );
    });
}
