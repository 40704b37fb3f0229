//! Money amounts in the unit the author wrote ("1.500 tỷ đồng", "VND 1,500 billion", "12,5 triệu USD"): CLDR numbers and scale words, plus a small per-language table for where the currency goes and what it is called.
//!
//! Why not CLDR's currency formats? They cannot produce "1.500 tỷ đồng":
//! - the standard, ISO-code and long-name currency formats print the whole
//!   number ("1.500.000.000.000 ₫", "1.500.000.000.000 đồng Việt Nam");
//! - compact currency formats (only in `icu_experimental`, e.g.
//!   `CurrencyFormatter::try_new_compact_long_name`) choose the scale from
//!   the magnitude, giving "1,5 nghìn tỷ đồng Việt Nam" for 1500 billion,
//!   not the unit the source used ("tỷ");
//! - CLDR has no plain "đồng" for VND: its symbol is "₫" and its display
//!   name "đồng Việt Nam".
//!
//! So the number and the scale word come from CLDR (see `scale`), and this
//! table only says, per language, whether the currency goes before or after
//! the amount and which codes have a local word. Placement follows CLDR's
//! ISO-code currency pattern (after the number in `vi`, before it in `en`,
//! `ko` and CLDR root), and so does spacing: a no-break space (U+00A0)
//! between an ISO code and the number, as CLDR's currency spacing rule puts
//! there ("VND\u{a0}1.5 trillion"), and a plain space before a word, as in
//! CLDR's long-name pattern ("… đồng Việt Nam").

use super::Localizer;
use super::number::{non_finite, to_decimal};

/// The unit an amount is written in, as in front matter
/// `capital: { amount: 1500, unit: billion, currency: VND }`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum MoneyUnit {
    /// Plain amount, no scale word.
    #[default]
    One,
    /// Thousands (nghìn, thousand).
    Thousand,
    /// Millions (triệu, million).
    Million,
    /// Billions, 10⁹ (tỷ, billion).
    Billion,
}

impl MoneyUnit {
    /// Reads a unit name as written in front matter: `one`, `thousand`,
    /// `million` or `billion` (any case). Returns `None` for anything else.
    pub fn from_name(name: &str) -> Option<Self> {
        [
            ("one", Self::One),
            ("thousand", Self::Thousand),
            ("million", Self::Million),
            ("billion", Self::Billion),
        ]
        .into_iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name.trim()))
        .map(|(_, unit)| unit)
    }

    /// How many decimals of the unit are whole units of the amount (0, 3, 6, 9).
    pub fn exponent_digits(self) -> usize {
        self.exponent().unsigned_abs().into()
    }

    /// The power of ten of the unit (0, 3, 6, 9).
    fn exponent(self) -> i16 {
        match self {
            Self::One => 0,
            Self::Thousand => 3,
            Self::Million => 6,
            Self::Billion => 9,
        }
    }
}

/// How one language writes money around the number.
#[derive(Debug)]
pub(super) struct MoneyStyle {
    /// Language subtag this style is for (`""` for the default).
    language: &'static str,
    /// Whether the currency goes before the amount.
    currency_first: bool,
    /// ISO codes that have a local word in this language.
    names: &'static [(&'static str, &'static str)],
}

/// The per-language table; the last entry is the default for languages
/// not listed (ISO code first, as CLDR root's currency pattern).
static STYLES: &[MoneyStyle] = &[
    MoneyStyle {
        language: "vi",
        currency_first: false,
        names: &[("VND", "đồng")],
    },
    MoneyStyle {
        language: "en",
        currency_first: true,
        names: &[],
    },
    MoneyStyle {
        language: "ko",
        currency_first: true,
        names: &[],
    },
    MoneyStyle {
        language: "",
        currency_first: true,
        names: &[],
    },
];

/// Between an ISO code and the number: CLDR's currency spacing.
const CODE_SPACE: char = '\u{a0}';

impl MoneyStyle {
    pub(super) fn for_language(language: &str) -> &'static Self {
        STYLES
            .iter()
            .find(|s| s.language == language)
            .unwrap_or(&STYLES[STYLES.len() - 1])
    }

    fn place(&self, amount: &str, code: &str) -> String {
        let name = self.names.iter().find(|(c, _)| *c == code);
        match (name, self.currency_first) {
            (Some((_, word)), true) => format!("{word} {amount}"),
            (Some((_, word)), false) => format!("{amount} {word}"),
            (None, true) => format!("{code}{CODE_SPACE}{amount}"),
            (None, false) => format!("{amount}{CODE_SPACE}{code}"),
        }
    }
}

/// Fraction digits of a currency (ISO 4217 minor units, which CLDR's
/// supplemental currency data repeats): VND and the other currencies the
/// site may meet without subunits get none, everything else two.
pub fn minor_units(code: &str) -> u8 {
    match code {
        "VND" | "KRW" | "JPY" => 0,
        _ => 2,
    }
}

impl Localizer {
    /// Formats `amount` of `unit` in `currency` (an ISO 4217 code such as
    /// `"VND"` or `"USD"`, any case).
    ///
    /// The amount is published exactly as written: it is rounded (half away
    /// from zero) only below the currency's smallest unit in the whole amount
    /// (a đồng, a cent), which the content check refuses anyway. With a scale
    /// unit, trailing zeros are dropped (`12,5 triệu`); with
    /// [`MoneyUnit::One`] a fraction is shown in full (`USD 12.50`).
    ///
    /// | locale | 1.5 billion VND | 1500.7 billion VND | 12.5 million USD |
    /// |---|---|---|---|
    /// | `vi-VN` | `1,5 tỷ đồng` | `1.500,7 tỷ đồng` | `12,5 triệu USD` |
    /// | `en-GB` | `VND 1.5 billion` | `VND 1,500.7 billion` | `USD 12.5 million` |
    ///
    /// (the space next to an ISO code is U+00A0, see the module docs).
    pub fn format_money(&self, amount: f64, unit: MoneyUnit, currency: &str) -> String {
        let code = currency.trim().to_ascii_uppercase();
        let digits = minor_units(&code);
        // Rounded to the currency's smallest coin in the whole amount, not in the unit:
        // 1.5 billion đồng is 1,500,000,000 đồng, not 2 billion.
        let places = u8::try_from(i16::from(digits) + unit.exponent()).unwrap_or(u8::MAX);
        let Some(mut decimal) = to_decimal(amount, places) else {
            return self.money.place(&non_finite(amount), &code);
        };
        let text = if unit == MoneyUnit::One {
            if decimal.absolute.nonzero_magnitude_end() < 0 {
                decimal.absolute.pad_end(-i16::from(digits));
            }
            self.format_decimal(&decimal)
        } else {
            let (scaled, affixes) = self.scale.apply(decimal, unit.exponent());
            format!(
                "{}{}{}",
                affixes.prefix,
                self.format_decimal(&scaled),
                affixes.suffix
            )
        };
        self.money.place(&text, &code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unit_names() {
        assert_eq!(MoneyUnit::from_name("billion"), Some(MoneyUnit::Billion));
        assert_eq!(MoneyUnit::from_name("Million"), Some(MoneyUnit::Million));
        assert_eq!(MoneyUnit::from_name("thousand"), Some(MoneyUnit::Thousand));
        assert_eq!(MoneyUnit::from_name("one"), Some(MoneyUnit::One));
        assert_eq!(MoneyUnit::from_name("tỷ"), None);
        assert_eq!(MoneyUnit::default(), MoneyUnit::One);
    }

    #[test]
    fn vi_money() {
        let vi = Localizer::new("vi-VN").unwrap();
        assert_eq!(
            vi.format_money(1500.0, MoneyUnit::Billion, "VND"),
            "1.500 tỷ đồng"
        );
        assert_eq!(
            vi.format_money(1500.7, MoneyUnit::Billion, "VND"),
            "1.500,7 tỷ đồng"
        );
        assert_eq!(
            vi.format_money(12.5, MoneyUnit::Million, "USD"),
            "12,5 triệu\u{a0}USD"
        );
        assert_eq!(
            vi.format_money(250.0, MoneyUnit::Thousand, "vnd"),
            "250 nghìn đồng"
        );
        assert_eq!(
            vi.format_money(1_500_000.0, MoneyUnit::One, "VND"),
            "1.500.000 đồng"
        );
        assert_eq!(
            vi.format_money(12.5, MoneyUnit::One, "USD"),
            "12,50\u{a0}USD"
        );
    }

    #[test]
    fn decimals_of_a_scaled_amount_are_kept() {
        let vi = Localizer::new("vi-VN").unwrap();
        let en = Localizer::new("en-GB").unwrap();
        for (amount, vi_text, en_text) in [
            (1.5, "1,5 tỷ đồng", "VND\u{a0}1.5 billion"),
            (0.4, "0,4 tỷ đồng", "VND\u{a0}0.4 billion"),
            (12.5, "12,5 tỷ đồng", "VND\u{a0}12.5 billion"),
            (12.25, "12,25 tỷ đồng", "VND\u{a0}12.25 billion"),
        ] {
            assert_eq!(vi.format_money(amount, MoneyUnit::Billion, "VND"), vi_text);
            assert_eq!(en.format_money(amount, MoneyUnit::Billion, "VND"), en_text);
        }
        // Below the smallest coin of the whole amount, and only there, it is rounded.
        assert_eq!(vi.format_money(1500.4, MoneyUnit::One, "VND"), "1.500 đồng");
    }

    #[test]
    fn en_money() {
        let en = Localizer::new("en-GB").unwrap();
        assert_eq!(
            en.format_money(1500.0, MoneyUnit::Billion, "VND"),
            "VND\u{a0}1,500 billion"
        );
        assert_eq!(
            en.format_money(1500.7, MoneyUnit::Billion, "VND"),
            "VND\u{a0}1,500.7 billion"
        );
        assert_eq!(
            en.format_money(12.5, MoneyUnit::Million, "USD"),
            "USD\u{a0}12.5 million"
        );
        assert_eq!(
            en.format_money(12.345, MoneyUnit::Million, "USD"),
            "USD\u{a0}12.345 million"
        );
        assert_eq!(
            en.format_money(1200.0, MoneyUnit::One, "USD"),
            "USD\u{a0}1,200"
        );
        assert_eq!(
            en.format_money(3.0, MoneyUnit::Thousand, "EUR"),
            "EUR\u{a0}3 thousand"
        );
    }

    #[test]
    fn ko_money_counts_in_myriads() {
        let ko = Localizer::new("ko-KR").unwrap();
        assert_eq!(
            ko.format_money(1500.0, MoneyUnit::Billion, "VND"),
            "VND\u{a0}15,000억"
        );
        assert_eq!(
            ko.format_money(12.5, MoneyUnit::Million, "USD"),
            "USD\u{a0}1,250만"
        );
    }
}

/// Every amount, formatted in Vietnamese and in English, reads back as the amount written.
#[cfg(test)]
mod properties {
    use super::*;
    use fixed_decimal::Decimal;
    use proptest::prelude::*;

    /// Reads a formatted amount back: the number with the language's separators, times
    /// the scale words around it.
    fn read_back(text: &str, thousands: char, decimal: char, words: &[(&str, i16)]) -> Decimal {
        let mut exponent = 0;
        let mut number = None;
        for token in text.split([' ', '\u{a0}']) {
            if token.chars().any(|c| c.is_ascii_digit()) {
                let plain: String = token
                    .chars()
                    .filter(|&c| c != thousands)
                    .map(|c| if c == decimal { '.' } else { c })
                    .collect();
                number = Some(plain.parse::<Decimal>().expect("a number"));
            } else if let Some((_, e)) = words.iter().find(|(w, _)| *w == token) {
                exponent += e;
            }
        }
        let mut number = number.expect("the text has a number");
        number.absolute.multiply_pow10(exponent);
        number.absolute.trim_end();
        number.absolute.trim_start();
        number
    }

    proptest! {
        #[test]
        fn amounts_read_back_as_written(
            mantissa in 0u64..10_000_000_000,
            places in 0u8..=6,
            unit in prop::sample::select(vec![
                MoneyUnit::One, MoneyUnit::Thousand, MoneyUnit::Million, MoneyUnit::Billion,
            ]),
            currency in prop::sample::select(vec!["VND", "USD", "KRW", "EUR"]),
        ) {
            // Only amounts the content check accepts: no fraction of the smallest coin.
            let allowed = i16::from(minor_units(currency)) + unit.exponent();
            let places = i16::from(places).min(allowed);
            let mut written = Decimal::from(mantissa);
            written.multiply_pow10(-places);
            let amount: f64 = written.to_string().parse().unwrap();
            let mut expected = written.clone();
            expected.absolute.multiply_pow10(unit.exponent());
            expected.absolute.trim_end();
            expected.absolute.trim_start();

            let vi = Localizer::new("vi-VN").unwrap();
            let en = Localizer::new("en-GB").unwrap();
            let vi_text = vi.format_money(amount, unit, currency);
            let en_text = en.format_money(amount, unit, currency);
            let vi_back = read_back(&vi_text, '.', ',', &[("nghìn", 3), ("triệu", 6), ("tỷ", 9)]);
            let en_back = read_back(&en_text, ',', '.', &[("thousand", 3), ("million", 6), ("billion", 9)]);
            prop_assert_eq!(vi_back.to_string(), expected.to_string(), "{}", vi_text);
            prop_assert_eq!(en_back.to_string(), expected.to_string(), "{}", en_text);
        }
    }
}
