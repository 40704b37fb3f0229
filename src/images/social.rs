//! The picture of a page's link preview (Facebook, Zalo, LinkedIn, X): its cover cut to
//! 1200×630, the size those sites show whole, around the cover's focal point, as a JPEG
//! (some of them do not read WebP). A photo smaller than that is cut at its own scale,
//! never enlarged.

use super::encode::Size;

/// The size link previews show.
pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

/// A focal point in hundredths of the photo's width and height from the top left, as
/// the preview's file name and cache entry hold it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Focus {
    pub x: u8,
    pub y: u8,
}

impl Focus {
    pub const MIDDLE: Focus = Focus { x: 50, y: 50 };

    /// From fractions (0 to 1, already checked): outside values are clamped.
    pub fn from_fractions(x: f64, y: f64) -> Focus {
        let pct = |v: f64| (v.clamp(0.0, 1.0) * 100.0).round() as u8;
        Focus {
            x: pct(x),
            y: pct(y),
        }
    }

    /// As CSS `object-position` writes it, so a cropped thumbnail keeps the same point.
    pub fn css(self) -> String {
        format!("{}% {}%", self.x, self.y)
    }
}

/// The part of a photo `full` (upright) a preview shows, as (left, top, width, height),
/// and the preview's size.
pub fn crop(full: Size, focus: Focus) -> ((u32, u32, u32, u32), Size) {
    // The widest 1200:630 rectangle that fits, in whole pixels.
    let (w, h) =
        if u64::from(full.width) * u64::from(HEIGHT) > u64::from(full.height) * u64::from(WIDTH) {
            let w = (u64::from(full.height) * u64::from(WIDTH) / u64::from(HEIGHT)) as u32;
            (w.clamp(1, full.width), full.height)
        } else {
            let h = (u64::from(full.width) * u64::from(HEIGHT) / u64::from(WIDTH)) as u32;
            (full.width, h.clamp(1, full.height))
        };
    // Centred on the focal point, moved inside the photo where the point is near an edge.
    let place = |length: u32, part: u32, pct: u8| -> u32 {
        let centre = u64::from(length) * u64::from(pct) / 100;
        let start = centre.saturating_sub(u64::from(part) / 2);
        start.min(u64::from(length - part)) as u32
    };
    let left = place(full.width, w, focus.x);
    let top = place(full.height, h, focus.y);
    let out = if w >= WIDTH {
        Size {
            width: WIDTH,
            height: HEIGHT,
        }
    } else {
        Size {
            width: w,
            height: h,
        }
    };
    ((left, top, w, h), out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn size(width: u32, height: u32) -> Size {
        Size { width, height }
    }

    #[test]
    fn a_large_photo_is_cut_to_1200_by_630_around_its_focal_point() {
        // 4000×3000: the widest 1200:630 band is 4000×2100, placed around y = 20%.
        let (rect, out) = crop(size(4000, 3000), Focus { x: 50, y: 20 });
        assert_eq!(out, size(1200, 630));
        assert_eq!(rect, (0, 0, 4000, 2100));
        let (rect, _) = crop(size(4000, 3000), Focus { x: 50, y: 90 });
        assert_eq!(rect, (0, 900, 4000, 2100), "moved up to stay inside");
        let (rect, _) = crop(size(4000, 3000), Focus::MIDDLE);
        assert_eq!(rect, (0, 450, 4000, 2100));
    }

    #[test]
    fn a_tall_or_wide_photo_keeps_its_focal_side() {
        // 3000×1000 is wider than 1200:630: the band is 1904 wide, at the right.
        let (rect, out) = crop(size(3000, 1000), Focus { x: 100, y: 50 });
        assert_eq!(rect, (1096, 0, 1904, 1000));
        assert_eq!(out, size(1200, 630));
    }

    #[test]
    fn a_small_photo_is_never_enlarged() {
        let (rect, out) = crop(size(800, 600), Focus::MIDDLE);
        assert_eq!(rect, (0, 90, 800, 420));
        assert_eq!(out, size(800, 420));
        let (_, out) = crop(size(1, 1), Focus::MIDDLE);
        assert_eq!(out, size(1, 1));
    }
}
