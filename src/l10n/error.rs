//! The error type of the l10n module: what can go wrong building a localizer or reading a date, worded for a site author.

use std::fmt;

/// Errors from building a [`Localizer`](super::Localizer) or
/// [`Localizers`](super::Localizers), or from reading a date.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum L10nError {
    /// The locale string is not a well-formed BCP 47 tag.
    InvalidLocale {
        /// The locale as given.
        locale: String,
        /// ICU4X's explanation.
        reason: String,
    },
    /// ICU4X has no data to build one of the formatters for this locale.
    MissingData {
        /// The locale being built.
        locale: String,
        /// Which formatter failed (e.g. `"date"`).
        formatter: &'static str,
        /// ICU4X's explanation.
        reason: String,
    },
    /// The same language code was given twice to
    /// [`Localizers::new`](super::Localizers::new).
    DuplicateLanguage {
        /// The repeated language code.
        code: String,
    },
    /// A date string is not `YYYY-MM-DD` (optionally followed by a time) or
    /// names a day that does not exist.
    InvalidDate {
        /// The input as given.
        input: String,
    },
}

impl L10nError {
    pub(super) fn missing_data(
        locale: &impl fmt::Display,
        formatter: &'static str,
        reason: impl fmt::Display,
    ) -> Self {
        Self::MissingData {
            locale: locale.to_string(),
            formatter,
            reason: reason.to_string(),
        }
    }
}

impl fmt::Display for L10nError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::InvalidLocale { locale, reason } => {
                write!(f, "invalid locale `{locale}`: {reason}")
            }
            Self::MissingData {
                locale,
                formatter,
                reason,
            } => write!(
                f,
                "cannot build the {formatter} formatter for locale `{locale}`: {reason}"
            ),
            Self::DuplicateLanguage { code } => {
                write!(f, "language `{code}` is configured twice")
            }
            Self::InvalidDate { input } => {
                write!(f, "cannot read `{input}` as a date (expected YYYY-MM-DD)")
            }
        }
    }
}

impl std::error::Error for L10nError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_input() {
        let err = L10nError::InvalidDate {
            input: "2018-13-45".into(),
        };
        assert_eq!(
            err.to_string(),
            "cannot read `2018-13-45` as a date (expected YYYY-MM-DD)"
        );
        let err = L10nError::DuplicateLanguage { code: "vi".into() };
        assert_eq!(err.to_string(), "language `vi` is configured twice");
        let err = L10nError::missing_data(&"vi-VN", "date", "no data");
        assert_eq!(
            err.to_string(),
            "cannot build the date formatter for locale `vi-VN`: no data"
        );
    }
}
