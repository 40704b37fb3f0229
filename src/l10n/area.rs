//! Areas in hectares ("5.200 ha" / "5,200 ha"): the number from CLDR decimal data, the unit from a small table copied from CLDR's short hectare pattern.
//!
//! ICU4X does have hectare data (`icu_experimental` 0.7, "short-hectare" in
//! `UnitsNamesAreaCoreV1`: vi "{0} ha", en "{0} ha", ko "{0}ha"), but no
//! usable formatter for it: `CategorizedFormatter<Area>` only accepts a
//! `CategorizedMeasureUnit<Area>`, whose only public constructor is
//! `Area::square_meter()` (its category marker field is crate-private), and
//! reaching the data directly means loading through the `#[doc(hidden)]`
//! `icu_experimental::provider::Baked` of an unstable 0.x crate that also
//! roughly doubles the clean build (see the report). The symbol "ha" is the
//! same in every CLDR locale the site uses; only the space differs, so a
//! three-row table is the honest, cheap choice.

use super::Localizer;

/// Where "ha" goes relative to the number in one language.
#[derive(Debug)]
pub(super) struct HectareStyle {
    /// Language subtag (`""` for the default).
    language: &'static str,
    /// Text after the number: CLDR "short-hectare" pattern minus "{0}".
    suffix: &'static str,
}

/// CLDR 49 "short-hectare" patterns, as shipped in ICU4X 2.4 data; the
/// last row is the default (CLDR root is "{0} ha").
static STYLES: &[HectareStyle] = &[
    HectareStyle {
        language: "vi",
        suffix: " ha",
    },
    HectareStyle {
        language: "en",
        suffix: " ha",
    },
    HectareStyle {
        language: "ko",
        suffix: "ha",
    },
    HectareStyle {
        language: "",
        suffix: " ha",
    },
];

impl HectareStyle {
    pub(super) fn for_language(language: &str) -> &'static Self {
        STYLES
            .iter()
            .find(|s| s.language == language)
            .unwrap_or(&STYLES[STYLES.len() - 1])
    }
}

impl Localizer {
    /// Formats an area given in hectares, with every digit written:
    /// `vi-VN` `5.200 ha`, `en-GB` `5,200 ha`, `ko-KR` `5,200ha`, `0,125 ha`.
    pub fn format_area_ha(&self, value: f64) -> String {
        self.format_area(value, None)
    }

    /// An area in hectares, rounded to `decimals` when given, else as written.
    pub fn format_area(&self, value: f64, decimals: Option<u8>) -> String {
        let number = match decimals {
            Some(d) => self.format_number(value, d),
            None => self.format_exact(value),
        };
        format!("{number}{}", self.hectare.suffix)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn areas() {
        let vi = Localizer::new("vi-VN").unwrap();
        let en = Localizer::new("en-GB").unwrap();
        let ko = Localizer::new("ko-KR").unwrap();
        assert_eq!(vi.format_area_ha(5200.0), "5.200 ha");
        assert_eq!(en.format_area_ha(5200.0), "5,200 ha");
        assert_eq!(ko.format_area_ha(5200.0), "5,200ha");
        assert_eq!(vi.format_area_ha(12.345), "12,345 ha");
        assert_eq!(en.format_area_ha(0.125), "0.125 ha");
        assert_eq!(en.format_area_ha(0.5), "0.5 ha");
    }
}
