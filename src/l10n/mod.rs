//! Localised formatting (numbers, compact amounts, money, areas, dates) on CLDR data via ICU4X, plus the Tera filters that expose it to templates.
//!
//! One [`Localizer`] per site language holds every ICU4X formatter that
//! language needs. They are built once (ICU4X formatters are cheap to use
//! but not free to build) and shared by every page of the build through
//! [`Localizers`], which maps the site's language codes (`vi`, `en`, `ko`)
//! to their localizer. [`register_filters`] puts the filters `number`,
//! `compact`, `money`, `area` and `date` into a [`tera::Tera`].
//!
//! Everything locale-specific comes from the CLDR data compiled into the
//! ICU4X crates (CLDR 49 in ICU4X 2.4), except three small documented
//! tables that CLDR does not provide in a usable form: currency placement
//! and wording (`money.rs`), the hectare symbol (`area.rs`) and the
//! Vietnamese official date form (`date.rs`).
//!
//! ```text
//! let vi = Localizer::new("vi-VN")?;
//! vi.format_number(1234.5, 2)                        → "1.234,5"
//! vi.format_compact(1.5e9)                           → "1,5 tỷ"
//! vi.format_money(1500.0, MoneyUnit::Billion, "VND") → "1.500 tỷ đồng"
//! vi.format_area_ha(5200.0)                          → "5.200 ha"
//! vi.format_date("2018-03-13", DateStyle::Official)? → "ngày 13 tháng 3 năm 2018"
//! ```
//!
//! (Examples in this module are `text` blocks, not doctests, so that the
//! module can be dropped into a crate as a private `mod l10n`.)

mod area;
mod compact;
mod date;
mod error;
mod filters;
mod localizers;
mod money;
mod number;
mod scale;

pub use date::DateStyle;
pub use error::L10nError;
pub use filters::register_filters;
pub use localizers::Localizers;
pub use money::{MoneyUnit, minor_units};

use icu_decimal::{CompactDecimalFormatter, DecimalFormatter};
use icu_locale_core::Locale;

/// All the formatters for one CLDR locale, built once and reused for every
/// value formatted in that locale.
///
/// Build it with [`Localizer::new`]; format with `format_number`,
/// `format_compact`, `format_money`, `format_area_ha` and `format_date`.
/// It is `Send + Sync`, so one instance can serve a parallel build.
#[derive(Debug)]
pub struct Localizer {
    /// Plain decimal numbers with the locale's separators and grouping.
    decimal: DecimalFormatter,
    /// CLDR long compact notation ("1,5 tỷ", "1.5 billion").
    compact: CompactDecimalFormatter,
    /// The words for thousand/million/billion, taken from the compact data.
    scale: scale::ScaleWords,
    /// Date formatters for each CLDR length, plus the official form.
    dates: date::DateFormats,
    /// How money amounts are worded in this language.
    money: &'static money::MoneyStyle,
    /// How hectares are written in this language.
    hectare: &'static area::HectareStyle,
}

impl Localizer {
    /// Builds every formatter for the CLDR locale `locale` (e.g. `"vi-VN"`,
    /// `"en-GB"`, `"ko-KR"`).
    ///
    /// Fails if `locale` is not a well-formed BCP 47 tag or if ICU4X lacks
    /// data for one of the formatters. A well-formed locale that CLDR does
    /// not know (e.g. `"xx-YY"`) does not fail: ICU4X falls back to the
    /// nearest parent locale, ultimately CLDR root.
    pub fn new(locale: &str) -> Result<Self, L10nError> {
        let locale = Locale::try_from_str(locale).map_err(|e| L10nError::InvalidLocale {
            locale: locale.to_string(),
            reason: e.to_string(),
        })?;
        let decimal = DecimalFormatter::try_new((&locale).into(), Default::default())
            .map_err(|e| L10nError::missing_data(&locale, "decimal", e))?;
        let compact = CompactDecimalFormatter::try_new_long((&locale).into(), Default::default())
            .map_err(|e| L10nError::missing_data(&locale, "compact decimal", e))?;
        let scale = scale::ScaleWords::new(&locale, &compact, &decimal)
            .map_err(|e| L10nError::missing_data(&locale, "plural rules", e))?;
        let dates = date::DateFormats::new(&locale)
            .map_err(|e| L10nError::missing_data(&locale, "date", e))?;
        let language = locale.id.language.as_str();

        Ok(Self {
            money: money::MoneyStyle::for_language(language),
            hectare: area::HectareStyle::for_language(language),
            decimal,
            compact,
            scale,
            dates,
        })
    }
}

/// Compile-time proof that a [`Localizer`] (and so [`Localizers`]) can be
/// shared between threads. This needs `icu_provider`'s `sync` feature:
/// without it ICU4X data payloads are reference-counted with `Rc`.
const _: () = {
    const fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Localizer>();
    assert_send_sync::<Localizers>();
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_accepts_site_locales() {
        for tag in ["vi-VN", "en-GB", "ko-KR"] {
            assert!(Localizer::new(tag).is_ok(), "{tag}");
        }
    }

    #[test]
    fn new_rejects_malformed_locale() {
        let err = Localizer::new("not a locale!").unwrap_err();
        assert!(matches!(err, L10nError::InvalidLocale { .. }), "{err:?}");
        assert!(
            err.to_string()
                .starts_with("invalid locale `not a locale!`:"),
            "{err}"
        );
    }

    #[test]
    fn one_localizer_serves_many_threads() {
        let all = std::sync::Arc::new(Localizers::new([("vi", "vi-VN"), ("en", "en-GB")]).unwrap());
        std::thread::scope(|scope| {
            for (code, expected) in [("vi", "1.234,5"), ("en", "1,234.5")] {
                let all = std::sync::Arc::clone(&all);
                scope.spawn(move || {
                    let localizer = all.get(code).unwrap();
                    for _ in 0..100 {
                        assert_eq!(localizer.format_number(1234.5, 2), expected);
                    }
                });
            }
        });
    }

    #[test]
    fn unknown_but_well_formed_locale_falls_back_to_root() {
        let localizer = Localizer::new("xx-YY").unwrap();
        // CLDR root: "." decimal, "," grouping, no compact words.
        assert_eq!(localizer.format_number(1234.5, 2), "1,234.5");
    }
}
