//! "Did you mean …?" for misspelt field names, keys and values.

/// The candidate closest to `word`, if it is close enough to be a likely typo.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let word_lower = word.to_lowercase();
    candidates
        .into_iter()
        .map(|c| {
            (
                strsim::damerau_levenshtein(&word_lower, &c.to_lowercase()),
                c,
            )
        })
        .filter(|(d, c)| *d <= (c.chars().count().max(word.chars().count()) / 3).max(1))
        .min_by_key(|(d, c)| (*d, *c))
        .map(|(_, c)| c)
}

/// [`did_you_mean`] with case and diacritics ignored, as search folds them: `lien-he`
/// finds `liên-hệ`, and `lien-hee` finds `lien-he`.
pub fn did_you_mean_unmarked<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let folded: Vec<(String, &str)> = candidates
        .into_iter()
        .map(|c| (crate::search::fold(c), c))
        .collect();
    let near = did_you_mean(
        &crate::search::fold(word),
        folded.iter().map(|(f, _)| f.as_str()),
    )?;
    folded.iter().find(|(f, _)| f == near).map(|(_, c)| *c)
}

/// `a`, `b` and `c` — a list of what exists, in English (messages join lists in their
/// own language: `messages::Arg::all_of`; a test checks the two agree).
#[cfg(test)]
pub fn all_of(values: &[&str]) -> String {
    joined(values, "and")
}

/// `a`, `b` or `c` — a list of allowed values, in English (see [`all_of`]).
#[cfg(test)]
pub fn one_of(values: &[&str]) -> String {
    joined(values, "or")
}

/// The names in backticks, the last two joined by `word`: `a`, `b` or `c`.
pub fn joined(values: &[impl AsRef<str>], word: &str) -> String {
    let quoted: Vec<String> = values.iter().map(|v| format!("`{}`", v.as_ref())).collect();
    match quoted.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {word} {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn close_typos_are_suggested_and_far_words_are_not() {
        let fields = ["title", "description", "date", "slug"];
        assert_eq!(did_you_mean("titel", fields), Some("title"));
        assert_eq!(did_you_mean("descripton", fields), Some("description"));
        assert_eq!(did_you_mean("capital", fields), None);
    }

    #[test]
    fn unmarked_typos_ignore_diacritics() {
        let files = ["liên-hệ", "dau-tu/khu-a"];
        assert_eq!(did_you_mean_unmarked("lien-he", files), Some("liên-hệ"));
        assert_eq!(did_you_mean_unmarked("lien-hee", files), Some("liên-hệ"));
        assert_eq!(did_you_mean_unmarked("gioi-thieu", files), None);
    }

    #[test]
    fn one_of_joins_with_or() {
        assert_eq!(one_of(&["a", "b", "c"]), "`a`, `b` or `c`");
    }
}
