//! Long compact amounts ("1,5 tỷ", "1.5 billion") straight from CLDR's compact decimal data via `icu_decimal`'s `CompactDecimalFormatter`.

use fixed_decimal::{Decimal, FloatPrecision};

use super::Localizer;
use super::number::non_finite;

impl Localizer {
    /// Formats `value` in CLDR's long compact notation, which picks the
    /// scale word from the magnitude: `1.5e9` is `1,5 tỷ` in `vi-VN` and
    /// `1.5 billion` in `en-GB`.
    ///
    /// CLDR's compact rounding applies, as ICU4X implements it: two
    /// significant digits below 10 of the unit, whole units from 10 up, ties
    /// to even (`1.25e9` → `1,2 tỷ`, `1.35e9` → `1,4 tỷ`, `12.5e6` →
    /// `12 triệu`). This differs from the half-away-from-zero rounding of
    /// the other formatters here, on purpose: it is ICU4X's, not ours.
    /// Values under 1000 get no word (`999` → `999`).
    /// NaN and infinities come out as `NaN`, `∞` and `-∞`.
    pub fn format_compact(&self, value: f64) -> String {
        match Decimal::try_from_f64(value, FloatPrecision::RoundTrip) {
            Ok(decimal) => self.compact.format(&decimal).to_string(),
            Err(_) => non_finite(value),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vi_compact() {
        let vi = Localizer::new("vi-VN").unwrap();
        assert_eq!(vi.format_compact(1.5e9), "1,5 tỷ");
        assert_eq!(vi.format_compact(1e9), "1 tỷ");
        assert_eq!(vi.format_compact(1.5e12), "1,5 nghìn tỷ");
        assert_eq!(vi.format_compact(12.5e6), "12 triệu");
        assert_eq!(vi.format_compact(2500.0), "2,5 nghìn");
        assert_eq!(vi.format_compact(999.0), "999");
        assert_eq!(vi.format_compact(-1.5e9), "-1,5 tỷ");
    }

    #[test]
    fn en_compact() {
        let en = Localizer::new("en-GB").unwrap();
        assert_eq!(en.format_compact(1.5e9), "1.5 billion");
        assert_eq!(en.format_compact(1e9), "1 billion");
        assert_eq!(en.format_compact(1.5e12), "1.5 trillion");
        assert_eq!(en.format_compact(12.5e6), "12 million");
        assert_eq!(en.format_compact(1.25e9), "1.2 billion");
        assert_eq!(en.format_compact(1.35e9), "1.4 billion");
        assert_eq!(en.format_compact(999.0), "999");
        assert_eq!(en.format_compact(f64::NAN), "NaN");
    }

    #[test]
    fn ko_compact_uses_myriads() {
        let ko = Localizer::new("ko-KR").unwrap();
        assert_eq!(ko.format_compact(1.5e9), "15억");
        assert_eq!(ko.format_compact(1.5e12), "1.5조");
    }
}
