//! One photo decoded once and made into every size it is published at: resized with
//! fast_image_resize (SIMD Lanczos), turned upright by its EXIF orientation, and encoded
//! as lossy WebP (libwebp) and a JPEG fallback — a PNG for a PNG original (a drawing or
//! screenshot, which JPEG blurs) or one with transparency. The encoders
//! are given pixels only, so nothing of the original's metadata (GPS position, camera,
//! date) reaches the published files.

use fast_image_resize::{self as fr, PixelType, ResizeAlg, ResizeOptions, Resizer};
use image::{DynamicImage, ImageDecoder, ImageEncoder, metadata::Orientation};

use super::probe::{self, BadImage, Header};

/// A published size, upright: `width` × `height`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Size {
    pub width: u32,
    pub height: u32,
}

/// The upright height of a photo `full` resized to `width` wide.
pub(crate) fn size_at(full: Size, width: u32) -> Size {
    let height = (u64::from(full.height) * u64::from(width) + u64::from(full.width) / 2)
        / u64::from(full.width);
    Size {
        width,
        height: (height as u32).max(1),
    }
}

/// The widths a photo `full_width` wide is published at: each of `widths` narrower than
/// it, and the photo's own width (never wider than the largest of `widths`), so a photo
/// is never enlarged.
pub(crate) fn widths_for(full_width: u32, widths: &[u32]) -> Vec<u32> {
    let largest = widths.iter().copied().max().unwrap_or(full_width);
    let mut out: Vec<u32> = widths.iter().copied().filter(|&w| w < full_width).collect();
    out.push(full_width.min(largest));
    out.sort_unstable();
    out.dedup();
    out
}

/// The files of one size.
pub(crate) struct Encoded {
    pub webp: Vec<u8>,
    /// JPEG, or PNG when asked for.
    pub fallback: Vec<u8>,
}

/// A decoded photo, upright size known, ready to be resized any number of times.
pub(crate) struct Decoded {
    pixels: Vec<u8>,
    /// As stored (before orientation).
    stored: Size,
    orientation: Orientation,
    pub alpha: bool,
    /// Upright.
    pub size: Size,
}

/// Decodes the photo whose header `open` read.
pub(crate) fn decode(
    header: Header,
    mut decoder: Box<dyn ImageDecoder + '_>,
    shown: &str,
) -> Result<Decoded, BadImage> {
    let orientation = probe::orientation(decoder.as_mut());
    let name = shown.rsplit('/').next().unwrap_or(shown);
    let image = DynamicImage::from_decoder(decoder).map_err(|e| {
        BadImage::new(
            crate::messages::Msg::new("photo-undecodable")
                .arg("name", name)
                .arg("error", e.to_string()),
        )
    })?;
    let pixels = if header.alpha {
        image.into_rgba8().into_raw()
    } else {
        image.into_rgb8().into_raw()
    };
    let stored = Size {
        width: header.width,
        height: header.height,
    };
    let size = if probe::swaps_sides(orientation) {
        Size {
            width: stored.height,
            height: stored.width,
        }
    } else {
        stored
    };
    Ok(Decoded {
        pixels,
        stored,
        orientation,
        alpha: header.alpha,
        size,
    })
}

impl Decoded {
    /// The photo at each upright width of `widths`, encoded; fallbacks as PNG when `png`.
    /// The largest is resized from the photo, each smaller one from the one above it: a
    /// fraction of the work of resizing each from the full photo, at no visible cost.
    pub(crate) fn encode_all(
        &self,
        widths: &[u32],
        quality: u8,
        png: bool,
    ) -> Result<Vec<(u32, Encoded)>, String> {
        let mut widths = widths.to_vec();
        widths.sort_unstable_by(|a, b| b.cmp(a));
        let pixel_type = if self.alpha {
            PixelType::U8x4
        } else {
            PixelType::U8x3
        };
        let mut resizer = Resizer::new();
        let options =
            ResizeOptions::new().resize_alg(ResizeAlg::Convolution(fr::FilterType::Lanczos3));
        let mut from: (u32, u32, std::borrow::Cow<'_, [u8]>) = (
            self.stored.width,
            self.stored.height,
            std::borrow::Cow::Borrowed(&self.pixels),
        );
        let mut out = Vec::with_capacity(widths.len());
        for width in widths {
            let size = size_at(self.size, width);
            // Resized as stored, then turned: turning the small image is the cheap way.
            let target = if probe::swaps_sides(self.orientation) {
                (size.height, size.width)
            } else {
                (size.width, size.height)
            };
            if target != (from.0, from.1) {
                let src = fr::images::ImageRef::new(from.0, from.1, &from.2, pixel_type)
                    .map_err(|e| e.to_string())?;
                let mut dst = fr::images::Image::new(target.0, target.1, pixel_type);
                resizer
                    .resize(&src, &mut dst, &options)
                    .map_err(|e| e.to_string())?;
                from = (target.0, target.1, std::borrow::Cow::Owned(dst.into_vec()));
            }
            out.push((width, self.encode_one(target, &from.2, quality, png)?));
        }
        Ok(out)
    }

    /// Turns and encodes pixels of the stored orientation, `target` in size.
    fn encode_one(
        &self,
        target: (u32, u32),
        pixels: &[u8],
        quality: u8,
        png: bool,
    ) -> Result<Encoded, String> {
        let mut image = if self.alpha {
            image::RgbaImage::from_raw(target.0, target.1, pixels.to_vec())
                .map(DynamicImage::ImageRgba8)
        } else {
            image::RgbImage::from_raw(target.0, target.1, pixels.to_vec())
                .map(DynamicImage::ImageRgb8)
        }
        .ok_or("the resized image has the wrong size")?;
        image.apply_orientation(self.orientation);
        let (w, h) = (image.width(), image.height());
        let raw = image.as_bytes();
        let encoder = if self.alpha {
            webp::Encoder::from_rgba(raw, w, h)
        } else {
            webp::Encoder::from_rgb(raw, w, h)
        };
        let mut config = webp::WebPConfig::new().map_err(|()| "libwebp could not start")?;
        config.quality = f32::from(quality);
        config.method = WEBP_METHOD;
        let webp = encoder
            .encode_advanced(&config)
            .map_err(|e| format!("the WebP encoder failed: {e:?}"))?
            .to_vec();
        let mut fallback = Vec::new();
        let color = if self.alpha {
            image::ExtendedColorType::Rgba8
        } else {
            image::ExtendedColorType::Rgb8
        };
        if png || self.alpha {
            image::codecs::png::PngEncoder::new(&mut fallback)
                .write_image(raw, w, h, color)
                .map_err(|e| e.to_string())?;
        } else {
            image::codecs::jpeg::JpegEncoder::new_with_quality(&mut fallback, quality)
                .write_image(raw, w, h, image::ExtendedColorType::Rgb8)
                .map_err(|e| e.to_string())?;
        }
        Ok(Encoded { webp, fallback })
    }
}

impl Decoded {
    /// The part `rect` (left, top, width, height, upright) of the photo resized to `out`,
    /// as a JPEG: a link preview. Transparency is laid on white.
    pub(crate) fn preview(
        &self,
        rect: (u32, u32, u32, u32),
        out: Size,
        quality: u8,
    ) -> Result<Vec<u8>, String> {
        let (sw, sh) = (self.stored.width, self.stored.height);
        let mut image = if self.alpha {
            let mut rgba = image::RgbaImage::from_raw(sw, sh, self.pixels.clone())
                .ok_or("the photo has the wrong size")?;
            for p in rgba.pixels_mut() {
                let a = u16::from(p[3]);
                for c in 0..3 {
                    p[c] = ((u16::from(p[c]) * a + 255 * (255 - a)) / 255) as u8;
                }
                p[3] = 255;
            }
            DynamicImage::ImageRgba8(rgba)
        } else {
            image::RgbImage::from_raw(sw, sh, self.pixels.clone())
                .map(DynamicImage::ImageRgb8)
                .ok_or("the photo has the wrong size")?
        };
        image.apply_orientation(self.orientation);
        let rgb = image.into_rgb8();
        let src =
            fr::images::ImageRef::new(rgb.width(), rgb.height(), rgb.as_raw(), PixelType::U8x3)
                .map_err(|e| e.to_string())?;
        let mut dst = fr::images::Image::new(out.width, out.height, PixelType::U8x3);
        let (left, top, w, h) = rect;
        let options = ResizeOptions::new()
            .resize_alg(ResizeAlg::Convolution(fr::FilterType::Lanczos3))
            .crop(f64::from(left), f64::from(top), f64::from(w), f64::from(h));
        Resizer::new()
            .resize(&src, &mut dst, &options)
            .map_err(|e| e.to_string())?;
        let mut jpeg = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, quality)
            .write_image(
                dst.buffer(),
                out.width,
                out.height,
                image::ExtendedColorType::Rgb8,
            )
            .map_err(|e| e.to_string())?;
        Ok(jpeg)
    }
}

/// libwebp's effort, 0 (fastest) to 6 (smallest); see the README's Speed section.
const WEBP_METHOD: i32 = 4;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_photo_is_never_enlarged() {
        let widths = [480, 800, 1200, 1600];
        assert_eq!(widths_for(4000, &widths), [480, 800, 1200, 1600]);
        assert_eq!(widths_for(1000, &widths), [480, 800, 1000]);
        assert_eq!(widths_for(300, &widths), [300]);
        assert_eq!(widths_for(800, &widths), [480, 800]);
    }

    #[test]
    fn heights_keep_the_aspect_ratio() {
        let full = Size {
            width: 4000,
            height: 3000,
        };
        assert_eq!(size_at(full, 800).height, 600);
        let thin = Size {
            width: 5000,
            height: 1,
        };
        assert_eq!(size_at(thin, 480).height, 1);
    }
}
