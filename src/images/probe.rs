//! What a photo file is, read from its first bytes and its header only: the format (and
//! the formats outreach cannot publish, named, with how to convert them), the size, and
//! whether the size is over the limit — all before a single pixel is decoded.

use std::io::Cursor;

use image::{ImageDecoder, ImageFormat, metadata::Orientation};

use crate::messages::{Lang, Msg};

/// File name endings outreach resizes and re-encodes.
pub(crate) const PROCESSED: &[&str] = &["jpg", "jpeg", "png", "webp"];

/// File name endings of photo formats browsers cannot all show, refused with a fix.
pub(crate) const UNSUPPORTED: &[&str] = &[
    "heic", "heif", "avif", "tif", "tiff", "bmp", "dng", "cr2", "nef", "arw", "psd",
];

/// Why a photo cannot be published, in words for its author: a catalogue message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct BadImage {
    pub msg: Msg,
}

impl BadImage {
    pub(crate) fn new(msg: Msg) -> BadImage {
        BadImage { msg }
    }

    /// The message in English (for what reads it outside a diagnostic).
    pub(crate) fn message(&self) -> String {
        self.msg.text(Lang::En)
    }

    /// Its help line in English.
    pub(crate) fn help(&self) -> String {
        self.msg.help(Lang::En).unwrap_or_default()
    }

    /// The error at the photo `shown`, said in the run's language.
    pub(crate) fn diagnostic(&self, shown: &std::path::Path) -> crate::diagnostics::Diagnostic {
        crate::diagnostics::Diagnostic::said(
            crate::diagnostics::Severity::Error,
            shown,
            self.msg.clone(),
        )
    }
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
    let named_so = match kind {
        "heic" => ["heic", "heif"].contains(&extension),
        "raw" => ["dng", "cr2", "nef", "arw"].contains(&extension),
        "tiff" => ["tif", "tiff"].contains(&extension),
        other => other == extension,
    };
    BadImage::new(
        Msg::new("photo-unsupported")
            .arg("kind", kind)
            .arg("format", kind.to_uppercase())
            .arg("named_so", if named_so { "yes" } else { "no" })
            .arg("extension", extension)
            .arg("name", shown)
            .arg("stem", stem),
    )
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
    // `reason` is `no-format`, `no-pixels`, or `other` with the decoder's `error`.
    let damaged = |what: &str, reason: &str, error: String| {
        BadImage::new(
            Msg::new("photo-damaged")
                .arg("name", name)
                .arg("stem", stem)
                .arg("what", what)
                .arg("reason", reason)
                .arg("error", error),
        )
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
        Err(_) => return Err(damaged("image", "no-format", String::new())),
    };
    let what = match format {
        ImageFormat::Jpeg => "jpeg",
        ImageFormat::Png => "png",
        _ => "webp",
    };
    // The JPEG decoder shows a cut-off file grey where the data stops: a file whose last
    // scan has no end marker was cut off.
    if format == ImageFormat::Jpeg && !ends_whole(bytes) {
        return Err(BadImage::new(
            Msg::new("photo-cut-off")
                .arg("name", name)
                .arg("stem", stem),
        ));
    }
    let cursor = Cursor::new(bytes);
    let decoder: Result<Box<dyn ImageDecoder>, image::ImageError> = match format {
        ImageFormat::Jpeg => {
            image::codecs::jpeg::JpegDecoder::new(cursor).map(|d| Box::new(d) as Box<_>)
        }
        ImageFormat::Png => image::codecs::png::PngDecoder::new(cursor).map(|d| Box::new(d) as _),
        _ => image::codecs::webp::WebPDecoder::new(cursor).map(|d| Box::new(d) as _),
    };
    let mut decoder = decoder.map_err(|e| damaged(what, "other", e.to_string()))?;
    let (width, height) = decoder.dimensions();
    let pixels = u64::from(width) * u64::from(height);
    if pixels > max_pixels {
        return Err(BadImage::new(
            Msg::new("photo-too-many-pixels")
                .arg("name", name)
                .arg("width", width.to_string())
                .arg("height", height.to_string())
                .arg("megapixels", pixels.div_ceil(1_000_000).to_string())
                .arg("max", (max_pixels / 1_000_000).to_string()),
        ));
    }
    if width == 0 || height == 0 {
        return Err(damaged(what, "no-pixels", String::new()));
    }
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(width);
    limits.max_image_height = Some(height);
    // Room for the decoded pixels (RGBA, 16 bits a channel at most) and the decoder's own.
    limits.max_alloc = Some(pixels.saturating_mul(8).saturating_add(64 << 20));
    decoder
        .set_limits(limits)
        .map_err(|e| damaged(what, "other", e.to_string()))?;
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
