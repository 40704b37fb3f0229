//! Text handling that Vietnamese needs: Unicode normalisation and URL slugs.

mod slug;

pub use slug::{is_valid_slug, slugify};

use std::borrow::Cow;

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// Returns `s` in Unicode NFC. macOS writes file names (and some editors text) in NFD,
/// where "ậ" is "a" plus two combining marks; NFC makes both spellings one string, so
/// slugs, lookups and output do not depend on the author's machine.
pub fn nfc(s: &str) -> Cow<'_, str> {
    match is_nfc_quick(s.chars()) {
        IsNormalized::Yes => Cow::Borrowed(s),
        _ => Cow::Owned(s.nfc().collect()),
    }
}

/// Prepares a source file's text: NFC, no byte-order mark, `\n` line endings.
pub fn normalize_source(s: &str) -> String {
    let s = s.strip_prefix('\u{feff}').unwrap_or(s);
    let s = nfc(s);
    if s.contains('\r') {
        s.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        s.into_owned()
    }
}

/// [`normalize_source`] for a string the caller owns: no copy when it is already clean
/// (the usual case: NFC, no BOM, `\n` line endings).
pub fn normalize_source_owned(s: String) -> String {
    let clean = !s.starts_with('\u{feff}')
        && !s.contains('\r')
        && matches!(is_nfc_quick(s.chars()), IsNormalized::Yes);
    if clean { s } else { normalize_source(&s) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nfd_and_nfc_spellings_become_one_string() {
        let nfd = "Ha\u{323}\u{302}u Giang";
        assert_eq!(nfc(nfd), "Hậu Giang");
    }

    #[test]
    fn source_loses_bom_and_crlf() {
        assert_eq!(normalize_source("\u{feff}a\r\nb\r\n"), "a\nb\n");
    }
}
