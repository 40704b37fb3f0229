//! The words for thousand/million/billion in each locale ("tỷ", "billion", "억"), read once from CLDR's long compact patterns so that money amounts can keep the unit the author chose.
//!
//! CLDR's compact formatter always picks the unit from the magnitude
//! (1500 billion becomes "1,5 nghìn tỷ" / "1.5 trillion"), but the site
//! writes amounts in the unit of the source ("1.500 tỷ đồng"). So instead of
//! formatting the whole value, we ask ICU4X for the pattern of the unit's
//! magnitude, with `CompactDecimalFormatter::format_with_exponent` on small
//! probe numbers ("2 tỷ", "2 billion"), keep what surrounds the number
//! (the affixes, e.g. `" tỷ"`), and later wrap them around the fully
//! formatted amount ("1.500" + " tỷ").
//!
//! Affixes are kept per CLDR plural category, as some languages inflect the
//! word ("1 million" / "2 millions" in French); Vietnamese, Korean and the
//! English long patterns do not. Languages that count in myriads (Korean:
//! 만 10⁴, 억 10⁸) have no word for 10⁹; there the amount is scaled to the
//! nearest unit below (1 billion = 10억).

use fixed_decimal::Decimal;
use icu_decimal::{CompactDecimalFormatter, DecimalFormatter};
use icu_locale_core::Locale;
use icu_plurals::{PluralCategory, PluralRules};
use icu_provider::DataError;

/// Probe significands: small numbers covering every plural category of
/// every CLDR language, the plain integers first so that explicit patterns
/// for exactly 1 (French "mille") are not taken as the general pattern.
const PROBES: &[&str] = &[
    "2", "3", "4", "5", "6", "7", "8", "9", "11", "12", "15", "21", "22", "100", "101", "102",
    "1.5", "0.5", "0", "1",
];

/// Text around the number in a compact pattern, e.g. `("", " tỷ")`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Affixes {
    pub(super) prefix: String,
    pub(super) suffix: String,
}

/// The word for one power of ten (10³, 10⁶ or 10⁹) in one locale.
#[derive(Debug)]
struct ScaleWord {
    /// How many powers of ten the amount must be multiplied by to be
    /// expressed in the unit CLDR has (0, except in myriad languages).
    shift: i16,
    /// Affixes per plural category, as found by the probes.
    by_category: Vec<(PluralCategory, Affixes)>,
}

/// The scale words of one locale for 10³, 10⁶ and 10⁹.
#[derive(Debug)]
pub(super) struct ScaleWords {
    plural_rules: PluralRules,
    /// Indexed by `exponent / 3 - 1`.
    words: [ScaleWord; 3],
}

impl ScaleWords {
    /// Reads the words for 10³, 10⁶ and 10⁹ from `compact` (a long compact
    /// formatter), using `decimal` to recognise the number in its output.
    pub(super) fn new(
        locale: &Locale,
        compact: &CompactDecimalFormatter,
        decimal: &DecimalFormatter,
    ) -> Result<Self, DataError> {
        let plural_rules = PluralRules::try_new_cardinal(locale.into())?;
        let words =
            [3, 6, 9].map(|exponent| ScaleWord::new(exponent, compact, decimal, &plural_rules));
        Ok(Self {
            plural_rules,
            words,
        })
    }

    /// Expresses `amount` (a number of 10^`exponent`, with `exponent` one
    /// of 3, 6, 9) in the locale's unit for that magnitude: returns the
    /// amount to print and the affixes to put around it.
    pub(super) fn apply(&self, mut amount: Decimal, exponent: i16) -> (Decimal, &Affixes) {
        static NONE: Affixes = Affixes {
            prefix: String::new(),
            suffix: String::new(),
        };
        let index = usize::try_from(exponent / 3 - 1).expect("exponent is 3, 6 or 9");
        let word = &self.words[index];
        amount.absolute.multiply_pow10(word.shift);
        let category = self.plural_rules.category_for(&amount);
        let affixes = word
            .affixes(category)
            .or_else(|| word.affixes(PluralCategory::Other))
            .or_else(|| word.by_category.first().map(|(_, a)| a))
            .unwrap_or(&NONE);
        (amount, affixes)
    }
}

impl ScaleWord {
    fn new(
        exponent: i16,
        compact: &CompactDecimalFormatter,
        decimal: &DecimalFormatter,
        plural_rules: &PluralRules,
    ) -> Self {
        let unit_exponent = compact.compact_exponent_for_magnitude(exponent);
        let mut by_category: Vec<(PluralCategory, Affixes)> = Vec::new();
        for probe in PROBES {
            let probe: Decimal = probe.parse().expect("probe is a valid decimal");
            let category = plural_rules.category_for(&probe);
            if by_category.iter().any(|(c, _)| *c == category) {
                continue;
            }
            let Ok(formatted) = compact.format_with_exponent(&probe, unit_exponent) else {
                continue;
            };
            let formatted = formatted.to_string();
            let number = decimal.format(&probe).to_string();
            // Some patterns have no number at all ("mille"): skip those.
            if let Some((prefix, suffix)) = formatted.split_once(&number) {
                let affixes = Affixes {
                    prefix: prefix.to_string(),
                    suffix: suffix.to_string(),
                };
                by_category.push((category, affixes));
            }
        }
        Self {
            shift: exponent - i16::from(unit_exponent),
            by_category,
        }
    }

    fn affixes(&self, category: PluralCategory) -> Option<&Affixes> {
        self.by_category
            .iter()
            .find(|(c, _)| *c == category)
            .map(|(_, a)| a)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(tag: &str) -> ScaleWords {
        let locale: Locale = tag.parse().unwrap();
        let decimal = DecimalFormatter::try_new((&locale).into(), Default::default()).unwrap();
        let compact =
            CompactDecimalFormatter::try_new_long((&locale).into(), Default::default()).unwrap();
        ScaleWords::new(&locale, &compact, &decimal).unwrap()
    }

    fn suffix(words: &ScaleWords, amount: &str, exponent: i16) -> (String, String) {
        let (amount, affixes) = words.apply(amount.parse().unwrap(), exponent);
        assert_eq!(affixes.prefix, "");
        (amount.to_string(), affixes.suffix.clone())
    }

    #[test]
    fn vi_words() {
        let vi = words("vi-VN");
        assert_eq!(suffix(&vi, "1500", 9), ("1500".into(), " tỷ".into()));
        assert_eq!(suffix(&vi, "12.5", 6), ("12.5".into(), " triệu".into()));
        assert_eq!(suffix(&vi, "3", 3), ("3".into(), " nghìn".into()));
    }

    #[test]
    fn en_words() {
        let en = words("en-GB");
        assert_eq!(suffix(&en, "1500", 9), ("1500".into(), " billion".into()));
        assert_eq!(suffix(&en, "1", 9), ("1".into(), " billion".into()));
        assert_eq!(suffix(&en, "12.5", 6), ("12.5".into(), " million".into()));
        assert_eq!(suffix(&en, "3", 3), ("3".into(), " thousand".into()));
    }

    #[test]
    fn ko_words_scale_to_myriads() {
        let ko = words("ko-KR");
        assert_eq!(suffix(&ko, "1500", 9), ("15000".into(), "억".into()));
        assert_eq!(suffix(&ko, "12.5", 6), ("1250".into(), "만".into()));
        assert_eq!(suffix(&ko, "3", 3), ("3".into(), "천".into()));
    }

    #[test]
    fn plural_inflection_is_kept() {
        let fr = words("fr-FR");
        assert_eq!(suffix(&fr, "1500", 6), ("1500".into(), " millions".into()));
        assert_eq!(suffix(&fr, "1", 6), ("1".into(), " million".into()));
    }
}
