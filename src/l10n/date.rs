//! Dates from `YYYY-MM-DD` strings in CLDR's short/medium/long/full forms via `icu_datetime`, plus the Vietnamese official form "ngày 13 tháng 3 năm 2018", which no CLDR pattern gives.

use icu_calendar::{Date, Gregorian};
use icu_datetime::fieldsets::{YMD, YMDE};
use icu_datetime::{DateTimeFormatterLoadError, FixedCalendarDateTimeFormatter};
use icu_locale_core::Locale;

use super::{L10nError, Localizer};

/// Which form of a date to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum DateStyle {
    /// CLDR short, numeric: vi `13/03/2018`, en-GB `13/03/2018`.
    Short,
    /// CLDR medium: vi `13 thg 3, 2018`, en-GB `13 Mar 2018`.
    Medium,
    /// CLDR long: vi `13 tháng 3 2018`, en-GB `13 March 2018`.
    #[default]
    Long,
    /// CLDR long with the weekday (ICU4X 2 has no separate "full" length):
    /// vi `Thứ Ba, 13 tháng 3 2018`, en-GB `Tuesday, 13 March 2018`.
    Full,
    /// The form of Vietnamese official documents, `ngày 13 tháng 3 năm 2018`;
    /// languages without an official form use [`DateStyle::Long`].
    Official,
}

impl DateStyle {
    /// Reads a style name: `short`, `medium`, `long`, `full` or `official`
    /// (any case). Returns `None` for anything else.
    pub fn from_name(name: &str) -> Option<Self> {
        [
            ("short", Self::Short),
            ("medium", Self::Medium),
            ("long", Self::Long),
            ("full", Self::Full),
            ("official", Self::Official),
        ]
        .into_iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name.trim()))
        .map(|(_, style)| style)
    }
}

/// The date formatters of one locale, Gregorian calendar (the site's
/// languages all use it; a locale whose default calendar differs, such as
/// `th-TH`, still gets Gregorian dates).
#[derive(Debug)]
pub(super) struct DateFormats {
    short: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    medium: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    long: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    full: FixedCalendarDateTimeFormatter<Gregorian, YMDE>,
    /// The official form, for languages that have one.
    official: Option<fn(&Date<Gregorian>) -> String>,
}

impl DateFormats {
    pub(super) fn new(locale: &Locale) -> Result<Self, DateTimeFormatterLoadError> {
        let prefs = locale.into();
        Ok(Self {
            short: FixedCalendarDateTimeFormatter::try_new(prefs, YMD::short())?,
            medium: FixedCalendarDateTimeFormatter::try_new(prefs, YMD::medium())?,
            long: FixedCalendarDateTimeFormatter::try_new(prefs, YMD::long())?,
            full: FixedCalendarDateTimeFormatter::try_new(prefs, YMDE::long())?,
            official: match locale.id.language.as_str() {
                "vi" => Some(official_vi),
                _ => None,
            },
        })
    }

    fn format(&self, date: &Date<Gregorian>, style: DateStyle) -> String {
        match (style, self.official) {
            (DateStyle::Short, _) => self.short.format(date).to_string(),
            (DateStyle::Medium, _) => self.medium.format(date).to_string(),
            (DateStyle::Long, _) | (DateStyle::Official, None) => {
                self.long.format(date).to_string()
            }
            (DateStyle::Full, _) => self.full.format(date).to_string(),
            (DateStyle::Official, Some(official)) => official(date),
        }
    }
}

/// The Vietnamese official date: "ngày {d} tháng {m} năm {y}", with the
/// numbers from the date in Arabic digits (CLDR has the words "tháng" and
/// "năm" only inside other patterns, and no "ngày … năm …" pattern at all).
///
/// Following Decree 30/2020/NĐ-CP (Appendix I), a day below 10 and the
/// months 1 and 2 get a leading zero ("ngày 05 tháng 01 năm 2020"), so that
/// "tháng 1" cannot be altered into "tháng 11" or "tháng 12".
fn official_vi(date: &Date<Gregorian>) -> String {
    let day = date.day_of_month().0;
    let month = date.month().ordinal;
    let year = date.year().extended_year();
    let month_width = if month <= 2 { 2 } else { 1 };
    format!("ngày {day:02} tháng {month:0month_width$} năm {year}")
}

/// Reads `YYYY-MM-DD`, optionally followed by `T` or a space and a time,
/// which is ignored (e.g. `2018-03-13T09:30:00+07:00`).
pub(super) fn parse_iso_date(input: &str) -> Result<Date<Gregorian>, L10nError> {
    let invalid = || L10nError::InvalidDate {
        input: input.to_string(),
    };
    let trimmed = input.trim();
    let date = trimmed.split(['T', 't', ' ']).next().unwrap_or_default();
    let bytes = date.as_bytes();
    let shape_ok = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if !shape_ok {
        return Err(invalid());
    }
    let year = date[0..4].parse().map_err(|_| invalid())?;
    let month = date[5..7].parse().map_err(|_| invalid())?;
    let day = date[8..10].parse().map_err(|_| invalid())?;
    Date::try_new_gregorian(year, month, day).map_err(|_| invalid())
}

impl Localizer {
    /// Formats a `YYYY-MM-DD` date (a time after it is ignored) in `style`.
    ///
    /// Fails with [`L10nError::InvalidDate`] if the input is not of that
    /// shape or names a day that does not exist (`2018-02-30`).
    pub fn format_date(&self, iso: &str, style: DateStyle) -> Result<String, L10nError> {
        let date = parse_iso_date(iso)?;
        Ok(self.dates.format(&date, style))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DATE: &str = "2018-03-13";

    #[test]
    fn style_names() {
        assert_eq!(DateStyle::from_name("short"), Some(DateStyle::Short));
        assert_eq!(DateStyle::from_name("Medium"), Some(DateStyle::Medium));
        assert_eq!(DateStyle::from_name("long"), Some(DateStyle::Long));
        assert_eq!(DateStyle::from_name("full"), Some(DateStyle::Full));
        assert_eq!(DateStyle::from_name("official"), Some(DateStyle::Official));
        assert_eq!(DateStyle::from_name("iso"), None);
        assert_eq!(DateStyle::default(), DateStyle::Long);
    }

    #[test]
    fn vi_dates() {
        let vi = Localizer::new("vi-VN").unwrap();
        let f = |style| vi.format_date(DATE, style).unwrap();
        assert_eq!(f(DateStyle::Short), "13/03/2018");
        assert_eq!(f(DateStyle::Medium), "13 thg 3, 2018");
        assert_eq!(f(DateStyle::Long), "13 tháng 3 2018");
        assert_eq!(f(DateStyle::Full), "Thứ Ba, 13 tháng 3 2018");
        assert_eq!(f(DateStyle::Official), "ngày 13 tháng 3 năm 2018");
    }

    #[test]
    fn vi_official_pads_small_days_and_early_months() {
        let vi = Localizer::new("vi-VN").unwrap();
        let f = |iso| vi.format_date(iso, DateStyle::Official).unwrap();
        assert_eq!(f("2020-01-05"), "ngày 05 tháng 01 năm 2020");
        assert_eq!(f("2020-02-29"), "ngày 29 tháng 02 năm 2020");
        assert_eq!(f("2019-12-01"), "ngày 01 tháng 12 năm 2019");
        assert_eq!(f("2018-03-13"), "ngày 13 tháng 3 năm 2018");
    }

    #[test]
    fn en_dates() {
        let en = Localizer::new("en-GB").unwrap();
        let f = |style| en.format_date(DATE, style).unwrap();
        assert_eq!(f(DateStyle::Short), "13/03/2018");
        assert_eq!(f(DateStyle::Medium), "13 Mar 2018");
        assert_eq!(f(DateStyle::Long), "13 March 2018");
        assert_eq!(f(DateStyle::Full), "Tuesday, 13 March 2018");
        assert_eq!(f(DateStyle::Official), "13 March 2018");
    }

    #[test]
    fn ko_dates() {
        let ko = Localizer::new("ko-KR").unwrap();
        let f = |style| ko.format_date(DATE, style).unwrap();
        assert_eq!(f(DateStyle::Long), "2018년 3월 13일");
        assert_eq!(f(DateStyle::Official), "2018년 3월 13일");
        assert_eq!(f(DateStyle::Full), "2018년 3월 13일 화요일");
    }

    #[test]
    fn time_part_is_ignored() {
        let en = Localizer::new("en-GB").unwrap();
        for input in [
            "2018-03-13T09:30:00+07:00",
            "2018-03-13 09:30",
            "2018-03-13t00:00",
            " 2018-03-13 ",
        ] {
            assert_eq!(
                en.format_date(input, DateStyle::Long).unwrap(),
                "13 March 2018",
                "{input}"
            );
        }
    }

    #[test]
    fn bad_dates_are_errors() {
        let en = Localizer::new("en-GB").unwrap();
        for input in [
            "2018-13-45",
            "2018-02-30",
            "2018-3-13",
            "13/03/2018",
            "2018-03-13x",
            "",
            "２０18-03-13",
        ] {
            let err = en.format_date(input, DateStyle::Long).unwrap_err();
            assert_eq!(
                err,
                L10nError::InvalidDate {
                    input: input.to_string()
                }
            );
        }
        assert_eq!(
            en.format_date("2018-13-45", DateStyle::Long)
                .unwrap_err()
                .to_string(),
            "cannot read `2018-13-45` as a date (expected YYYY-MM-DD)"
        );
    }
}
