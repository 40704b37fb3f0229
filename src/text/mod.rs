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

/// Prepares a source file's text: NFC, no byte-order mark, `\n` line endings, and
/// U+FFFD for NUL (as CommonMark asks: a NUL byte is never published).
pub fn normalize_source(s: &str) -> String {
    let s = s.strip_prefix('\u{feff}').unwrap_or(s);
    let s = nfc(s);
    let s = if s.contains('\r') {
        s.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        s.into_owned()
    };
    if s.contains('\0') {
        s.replace('\0', "\u{fffd}")
    } else {
        s
    }
}

/// [`normalize_source`] for a string the caller owns: no copy when it is already clean
/// (the usual case: NFC, no BOM, `\n` line endings).
pub fn normalize_source_owned(s: String) -> String {
    if is_clean_source(&s) {
        s
    } else {
        normalize_source(&s)
    }
}

/// `bytes` as a `String` if they are UTF-8. simdutf8 checks them (Vietnamese text is
/// mostly multi-byte characters, where the standard library's check is slowest); only a
/// file that fails is checked again by the standard library, for the error's position.
pub fn string_from_utf8(bytes: Vec<u8>) -> Result<String, std::string::FromUtf8Error> {
    match simdutf8::basic::from_utf8(&bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(_) => String::from_utf8(bytes),
    }
}

/// True when [`normalize_source`] would give `s` back unchanged.
pub fn is_clean_source(s: &str) -> bool {
    !s.starts_with('\u{feff}')
        && memchr::memchr2(b'\r', 0, s.as_bytes()).is_none()
        && matches!(is_nfc_quick(s.chars()), IsNormalized::Yes)
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

    #[test]
    fn nul_becomes_the_replacement_character() {
        assert_eq!(normalize_source_owned("a\0b".into()), "a\u{fffd}b");
    }
}
