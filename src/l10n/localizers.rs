//! The set of localizers of a site, one per language code (`vi`, `en`, `ko`), built once from the configured (code, CLDR locale) pairs and shared by all templates.

use super::{L10nError, Localizer};

/// Language code → [`Localizer`], in the order the languages were given.
///
/// ```text
/// let localizers = Localizers::new([("vi", "vi-VN"), ("en", "en-GB")])?;
/// localizers.get("en").unwrap().format_number(1234.5, 1)  → "1,234.5"
/// localizers.get("fr")                                    → None
/// ```
#[derive(Debug)]
pub struct Localizers {
    /// A site has a handful of languages: a vector beats a map here.
    entries: Vec<(String, Localizer)>,
}

impl Localizers {
    /// Builds one localizer per `(language code, CLDR locale)` pair, e.g.
    /// `[("vi", "vi-VN"), ("en", "en-GB")]`.
    ///
    /// Fails on the first locale that cannot be built, or if a language code
    /// appears twice.
    pub fn new<I, C, L>(languages: I) -> Result<Self, L10nError>
    where
        I: IntoIterator<Item = (C, L)>,
        C: Into<String>,
        L: AsRef<str>,
    {
        let mut entries: Vec<(String, Localizer)> = Vec::new();
        for (code, locale) in languages {
            let code = code.into();
            if entries.iter().any(|(c, _)| *c == code) {
                return Err(L10nError::DuplicateLanguage { code });
            }
            let localizer = Localizer::new(locale.as_ref())?;
            entries.push((code, localizer));
        }
        Ok(Self { entries })
    }

    /// The localizer for a language code, if that language is configured.
    pub fn get(&self, code: &str) -> Option<&Localizer> {
        self.entries
            .iter()
            .find(|(c, _)| c == code)
            .map(|(_, localizer)| localizer)
    }

    /// The configured language codes, in the order given.
    pub fn codes(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|(code, _)| code.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_codes_to_locales() {
        let all = Localizers::new([("vi", "vi-VN"), ("en", "en-GB"), ("ko", "ko-KR")]).unwrap();
        assert_eq!(all.codes().collect::<Vec<_>>(), ["vi", "en", "ko"]);
        assert_eq!(all.get("vi").unwrap().format_compact(1.5e9), "1,5 tỷ");
        assert_eq!(all.get("ko").unwrap().format_compact(1.5e12), "1.5조");
        assert!(all.get("vi-VN").is_none());
    }

    #[test]
    fn rejects_duplicates_and_bad_locales() {
        let err = Localizers::new([("vi", "vi-VN"), ("vi", "en-GB")]).unwrap_err();
        assert_eq!(err, L10nError::DuplicateLanguage { code: "vi".into() });
        let err = Localizers::new([("vi", "vi_VN!")]).unwrap_err();
        assert!(matches!(err, L10nError::InvalidLocale { .. }), "{err:?}");
    }
}
