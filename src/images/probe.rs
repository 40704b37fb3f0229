//! What a photo file is, read from its first bytes and its header only: the format (and
//! the formats outreach cannot publish, named, with how to convert them), the size, and
//! whether the size is over the limit — all before a single pixel is decoded.

use std::io::Cursor;

use image::{ImageDecoder, ImageFormat, metadata::Orientation};

/// File name endings outreach resizes and re-encodes.
pub(crate) const PROCESSED: &[&str] = &["jpg", "jpeg", "png", "webp"];

/// File name endings of photo formats browsers cannot all show, refused with a fix.
pub(crate) const UNSUPPORTED: &[&str] = &[
    "heic", "heif", "avif", "tif", "tiff", "bmp", "dng", "cr2", "nef", "arw", "psd",
];

/// Why a photo cannot be published, in words for its author.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct BadImage {
    pub message: String,
    pub help: String,
}

/// A format outreach does not publish, by its first bytes (a renamed `.jpg` too).
fn unsupported_kind(bytes: &[u8], extension: &str) -> Option<&'static str> {
    if bytes.len() >= 12 && &bytes[4..8] == b"ftyp" {
        return match &bytes[8..12] {
            b"avif" | b"avis" => Some("avif"),
            b"heic" | b"heix" | b"hevc" | b"hevx" | b"heim" | b"heis" | b"mif1" | b"msf1" => {
                Some("heic")
            }
            _ => None,
        };
    }
    if bytes.starts_with(b"II*\0") || bytes.starts_with(b"MM\0*") {
        // Camera raw files are TIFF inside.
        return Some(match extension {
            "dng" | "cr2" | "nef" | "arw" => "raw",
            _ => "tiff",
        });
    }
    if bytes.starts_with(b"BM") {
        return Some("bmp");
    }
    if bytes.starts_with(b"8BPS") {
        return Some("psd");
    }
    match extension {
        "heic" | "heif" => Some("heic"),
        "avif" => Some("avif"),
        "tif" | "tiff" => Some("tiff"),
        "bmp" => Some("bmp"),
        "psd" => Some("psd"),
        "dng" | "cr2" | "nef" | "arw" => Some("raw"),
        _ => None,
    }
}

/// The error for a photo in a format outreach does not publish.
fn unsupported(kind: &str, shown: &str, stem: &str, extension: &str) -> BadImage {
    let (what, help) = match kind {
        "heic" => (
            "a HEIC photo (the format iPhones save photos in), which most browsers cannot show"
                .to_string(),
            format!(
                "convert it to JPEG and put `{stem}.jpg` in its place: on a Mac, open it in Preview and choose File → Export → JPEG (or run `sips -s format jpeg {shown} --out {stem}.jpg`); on Windows, open it in Photos and save a copy as JPEG; on Linux, run `heif-convert {shown} {stem}.jpg`. An iPhone saves JPEG from the start with Settings → Camera → Formats → Most Compatible"
            ),
        ),
        "avif" => (
            "an AVIF image, which outreach cannot read yet".to_string(),
            format!(
                "convert it to JPEG (a photo) or PNG (a drawing), e.g. `avifdec {shown} {stem}.png`, or export it from the program that made it"
            ),
        ),
        "raw" => (
            "a camera's raw file, which browsers cannot show".to_string(),
            "export it as JPEG from the camera's software or a photo editor".to_string(),
        ),
        other => (
            format!(
                "a {} image, which browsers cannot all show",
                other.to_uppercase()
            ),
            format!(
                "save it as JPEG (a photo) or PNG (a drawing or screenshot), e.g. `magick {shown} {stem}.jpg`, or with “Save as” in an image editor"
            ),
        ),
    };
    let named_so = match kind {
        "heic" => ["heic", "heif"].contains(&extension),
        "raw" => ["dng", "cr2", "nef", "arw"].contains(&extension),
        "tiff" => ["tif", "tiff"].contains(&extension),
        other => other == extension,
    };
    let despite = if named_so {
        String::new()
    } else {
        format!(", though its name ends in `.{extension}`")
    };
    BadImage {
        message: format!("`{shown}` is {what}{despite}"),
        help,
    }
}

/// Whether a JPEG's last scan is followed by its end marker. Inside a scan the bytes
/// `FF DA` and `FF D9` cannot occur (a data `FF` is always followed by `00`), so the last
/// `FF DA` starts the last scan, and a whole file has `FF D9` after it.
fn ends_whole(jpeg: &[u8]) -> bool {
    let last_scan = jpeg.windows(2).rposition(|w| w == [0xFF, 0xDA]);
    last_scan.is_some_and(|at| jpeg[at..].windows(2).any(|w| w == [0xFF, 0xD9]))
}

/// What the header says about a photo outreach can publish.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Header {
    pub format: ImageFormat,
    /// As stored, before the EXIF orientation is applied.
    pub width: u32,
    pub height: u32,
    pub alpha: bool,
}

/// A decoder for `bytes`, with what its header says; an error for a format outreach does
/// not publish, a damaged header, or more pixels than `max_pixels`.
pub(crate) fn open<'a>(
    bytes: &'a [u8],
    shown: &str,
    max_pixels: u64,
) -> Result<(Header, Box<dyn ImageDecoder + 'a>), BadImage> {
    let name = shown.rsplit('/').next().unwrap_or(shown);
    let (stem, extension) = match name.rsplit_once('.') {
        Some((s, e)) => (s, e.to_ascii_lowercase()),
        None => (name, String::new()),
    };
    if let Some(kind) = unsupported_kind(bytes, &extension) {
        return Err(unsupported(kind, name, stem, &extension));
    }
    let damaged = |what: &str, e: &dyn std::fmt::Display| BadImage {
        message: format!(
            "`{name}` could not be read as {what} ({e}): the file is damaged or was only partly copied"
        ),
        help: format!(
            "open it in an image viewer; if it does not show whole, copy it again from the camera or phone, or export it again as JPEG (a photo) or PNG (a drawing) as `{stem}.jpg` or `{stem}.png`"
        ),
    };
    let format = match image::guess_format(bytes) {
        Ok(f @ (ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::WebP)) => f,
        Ok(other) => {
            return Err(unsupported(
                &format!("{other:?}").to_lowercase(),
                name,
                stem,
                &extension,
            ));
        }
        Err(_) => return Err(damaged("an image", &"its first bytes are no image format")),
    };
    let what = match format {
        ImageFormat::Jpeg => "a JPEG image",
        ImageFormat::Png => "a PNG image",
        _ => "a WebP image",
    };
    // The JPEG decoder shows a cut-off file grey where the data stops: a file whose last
    // scan has no end marker was cut off.
    if format == ImageFormat::Jpeg && !ends_whole(bytes) {
        return Err(BadImage {
            message: format!(
                "`{name}` could not be decoded (it ends before the image does): the file is damaged or was only partly copied"
            ),
            help: format!(
                "open it in an image viewer; if it does not show whole, copy it again from the camera or phone, or export it again as `{stem}.jpg`"
            ),
        });
    }
    let cursor = Cursor::new(bytes);
    let decoder: Result<Box<dyn ImageDecoder>, image::ImageError> = match format {
        ImageFormat::Jpeg => {
            image::codecs::jpeg::JpegDecoder::new(cursor).map(|d| Box::new(d) as Box<_>)
        }
        ImageFormat::Png => image::codecs::png::PngDecoder::new(cursor).map(|d| Box::new(d) as _),
        _ => image::codecs::webp::WebPDecoder::new(cursor).map(|d| Box::new(d) as _),
    };
    let mut decoder = decoder.map_err(|e| damaged(what, &e))?;
    let (width, height) = decoder.dimensions();
    let pixels = u64::from(width) * u64::from(height);
    if pixels > max_pixels {
        return Err(BadImage {
            message: format!(
                "`{name}` is {width} × {height} pixels ({} megapixels), more than the {} megapixels outreach opens, so it was not decoded",
                pixels.div_ceil(1_000_000),
                max_pixels / 1_000_000
            ),
            help: "make it smaller before adding it (no screen shows more than about 4000 pixels across), or raise `images: { max_megapixels: … }` in site.yaml".into(),
        });
    }
    if width == 0 || height == 0 {
        return Err(damaged(what, &"it has no pixels"));
    }
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(width);
    limits.max_image_height = Some(height);
    // Room for the decoded pixels (RGBA, 16 bits a channel at most) and the decoder's own.
    limits.max_alloc = Some(pixels.saturating_mul(8).saturating_add(64 << 20));
    decoder.set_limits(limits).map_err(|e| damaged(what, &e))?;
    let alpha = decoder.color_type().has_alpha();
    Ok((
        Header {
            format,
            width,
            height,
            alpha,
        },
        decoder,
    ))
}

/// The EXIF orientation, or none when the photo has none (or a damaged one).
pub(crate) fn orientation(decoder: &mut dyn ImageDecoder) -> Orientation {
    decoder.orientation().unwrap_or(Orientation::NoTransforms)
}

/// Whether the orientation turns the photo a quarter, swapping width and height.
pub(crate) fn swaps_sides(o: Orientation) -> bool {
    matches!(
        o,
        Orientation::Rotate90
            | Orientation::Rotate270
            | Orientation::Rotate90FlipH
            | Orientation::Rotate270FlipH
    )
}
