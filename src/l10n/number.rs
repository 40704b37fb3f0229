//! Plain localised numbers ("1.234,5" / "1,234.5") with CLDR decimal symbols and grouping via `icu_decimal`, and the f64-to-decimal rounding shared by the other formatters.

use fixed_decimal::{Decimal, FloatPrecision, SignedRoundingMode, UnsignedRoundingMode};

use super::Localizer;

/// Rounding used everywhere in this module: half away from zero, the rule
/// people expect on a web page and the default of JavaScript's
/// `Intl.NumberFormat` (ICU's own default would be half-even).
const ROUNDING: SignedRoundingMode = SignedRoundingMode::Unsigned(UnsignedRoundingMode::HalfExpand);

/// Converts `value` to an exact decimal rounded to at most
/// `max_fraction_digits` digits after the separator, without trailing
/// zeros. Returns `None` for NaN and infinities, which have no decimal form.
///
/// The conversion goes through the shortest decimal that reads back as the
/// same f64 (`FloatPrecision::RoundTrip`), so `2.675` rounds to `2.68` as a
/// person would expect, not to `2.67` as its binary value would.
pub(super) fn to_decimal(value: f64, max_fraction_digits: u8) -> Option<Decimal> {
    let mut decimal = Decimal::try_from_f64(value, FloatPrecision::RoundTrip).ok()?;
    decimal.round_with_mode(-i16::from(max_fraction_digits), ROUNDING);
    decimal.absolute.trim_end();
    if decimal.absolute.is_zero() {
        // "-0" after rounding -0.001 is noise on a page.
        decimal.sign = fixed_decimal::Sign::None;
    }
    Some(decimal)
}

/// The text for a value that has no decimal form (NaN, ±∞), using the
/// symbols of CLDR root, which ICU4X's `DecimalFormatter` cannot format.
pub(super) fn non_finite(value: f64) -> String {
    if value.is_nan() {
        "NaN".to_string()
    } else if value.is_sign_negative() {
        "-∞".to_string()
    } else {
        "∞".to_string()
    }
}

impl Localizer {
    /// Formats `value` with the locale's decimal separator and grouping,
    /// rounded (half away from zero) to at most `max_fraction_digits`
    /// fraction digits, trailing zeros dropped.
    ///
    /// `vi-VN`: `1.234,5`; `en-GB`: `1,234.5`. NaN and infinities come out
    /// as `NaN`, `∞` and `-∞`.
    pub fn format_number(&self, value: f64, max_fraction_digits: u8) -> String {
        match to_decimal(value, max_fraction_digits) {
            Some(decimal) => self.format_decimal(&decimal),
            None => non_finite(value),
        }
    }

    /// Formats `value` with every digit it was written with (the shortest decimal that
    /// reads back as the same number: `12.25` is `12,25` / `12.25`), nothing rounded.
    pub fn format_exact(&self, value: f64) -> String {
        match Decimal::try_from_f64(value, FloatPrecision::RoundTrip) {
            Ok(mut decimal) => {
                decimal.absolute.trim_end();
                if decimal.absolute.is_zero() {
                    decimal.sign = fixed_decimal::Sign::None;
                }
                self.format_decimal(&decimal)
            }
            Err(_) => non_finite(value),
        }
    }

    /// Formats an exact decimal as it is, with the locale's symbols.
    pub(super) fn format_decimal(&self, decimal: &Decimal) -> String {
        self.decimal.format(decimal).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vi() -> Localizer {
        Localizer::new("vi-VN").unwrap()
    }
    fn en() -> Localizer {
        Localizer::new("en-GB").unwrap()
    }

    #[test]
    fn vi_numbers() {
        let vi = vi();
        assert_eq!(vi.format_number(1234.5, 2), "1.234,5");
        assert_eq!(vi.format_number(1234.5, 0), "1.235");
        assert_eq!(vi.format_number(1_234_567.891, 2), "1.234.567,89");
        assert_eq!(vi.format_number(5200.0, 2), "5.200");
        assert_eq!(vi.format_number(-0.5, 1), "-0,5");
        assert_eq!(vi.format_number(999.0, 0), "999");
    }

    #[test]
    fn en_numbers() {
        let en = en();
        assert_eq!(en.format_number(1234.5, 2), "1,234.5");
        assert_eq!(en.format_number(1234.5, 0), "1,235");
        assert_eq!(en.format_number(1_234_567.891, 2), "1,234,567.89");
        assert_eq!(en.format_number(-1234.0, 2), "-1,234");
    }

    #[test]
    fn ko_number() {
        let ko = Localizer::new("ko-KR").unwrap();
        assert_eq!(ko.format_number(1234.5, 2), "1,234.5");
    }

    #[test]
    fn rounding_is_half_away_from_zero_on_the_decimal_value() {
        let en = en();
        assert_eq!(en.format_number(2.675, 2), "2.68");
        assert_eq!(en.format_number(0.125, 2), "0.13");
        assert_eq!(en.format_number(-2.5, 0), "-3");
        assert_eq!(en.format_number(-0.001, 2), "0");
    }

    #[test]
    fn non_finite_values() {
        let vi = vi();
        assert_eq!(vi.format_number(f64::NAN, 2), "NaN");
        assert_eq!(vi.format_number(f64::INFINITY, 2), "∞");
        assert_eq!(vi.format_number(f64::NEG_INFINITY, 2), "-∞");
    }
}
