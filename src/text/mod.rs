//! Text handling that Vietnamese needs: Unicode normalisation and URL slugs.

pub mod html;
pub mod pasted;
mod slug;
pub mod url;

pub use slug::slugify;

use std::borrow::Cow;

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// Decodes `%XX` escapes (`a%20b.svg`, `%E1%BA%A3nh.svg`) with the `percent-encoding`
/// crate; `None` when a `%` is not followed by two hex digits or the bytes are not UTF-8,
/// so a caller can keep the text as written (a link's file name, `check`'s messages) or
/// refuse it (`serve`'s request paths). The crate itself would keep a stray `%` as it is:
/// a request for `/%zz` is then not taken for a file named `%zz`.
pub fn percent_decode(s: &str) -> Option<Cow<'_, str>> {
    let bytes = s.as_bytes();
    let escapes_well_formed = memchr::memchr_iter(b'%', bytes).all(|i| {
        bytes
            .get(i + 1..i + 3)
            .is_some_and(|hex| hex.iter().all(u8::is_ascii_hexdigit))
    });
    if !escapes_well_formed {
        return None;
    }
    percent_encoding::percent_decode_str(s).decode_utf8().ok()
}

/// A file name as written in a link (`a%20b.svg`, a decomposed `ảnh.svg`) as file names
/// are kept: percent-decoded and in NFC; as written when it does not decode.
pub fn decoded_name(s: &str) -> String {
    percent_decode(s).map_or_else(|| nfc(s).into_owned(), |d| nfc(&d).into_owned())
}

/// Returns `s` in Unicode NFC. macOS writes file names (and some editors text) in NFD,
/// where "ậ" is "a" plus two combining marks; NFC makes both spellings one string, so
/// slugs, lookups and output do not depend on the author's machine.
pub fn nfc(s: &str) -> Cow<'_, str> {
    if is_nfc(s) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.nfc().collect())
    }
}

/// True when `s` is certainly NFC (Unicode's quick check says "yes"); false also when
/// only normalising can tell.
///
/// Characters below U+0300 and the Latin Extended Additional block (U+1E00–U+1EFF, where
/// Vietnamese letters with a tone mark are) are always NFC and start a new combining
/// sequence, so only the runs of other characters between them go through the general
/// check: a Vietnamese text is checked 32 bytes at a time.
pub fn is_nfc(s: &str) -> bool {
    // 32 bytes at a time while none of them leads a character outside those ranges
    // (a byte of CC or more, except E1 followed by B8–BB). The test is
    // written without branches so that it compiles to vector instructions.
    const CHUNK: usize = 32;
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if let Some(window) = bytes.get(i..i + CHUNK + 1) {
            let other = window[..CHUNK]
                .iter()
                .zip(&window[1..])
                .fold(false, |found, (&b, &next)| {
                    found | ((b >= 0xcc) & !((b == 0xe1) & (next & 0xfc == 0xb8)))
                });
            if !other {
                i += CHUNK;
                continue;
            }
        }
        // Character by character to the end of this chunk; a chunk may have begun
        // inside a character, whose lead byte was a plain starter.
        let end = (i + CHUNK).min(bytes.len());
        while i < end {
            // Plain starters by their UTF-8 form: ASCII; two bytes led by C2–CB (U+0080
            // to U+02FF); three bytes E1 B8–BB (U+1E00 to U+1EFF).
            let b = bytes[i];
            if b < 0xc0 {
                i += 1;
            } else if b < 0xcc {
                i += 2;
            } else if b == 0xe1 && matches!(bytes.get(i + 1), Some(0xb8..=0xbb)) {
                i += 3;
            } else {
                // A run of other characters, up to the next plain starter. The
                // character before it is a starter, so the check may begin afresh.
                let run = &s[i..];
                let len = run.find(is_plain_starter).unwrap_or(run.len());
                if is_nfc_quick(run[..len].chars()) != IsNormalized::Yes {
                    return false;
                }
                i += len;
            }
        }
    }
    true
}

/// A character that is NFC whatever surrounds it and has combining class 0.
fn is_plain_starter(c: char) -> bool {
    c < '\u{300}' || ('\u{1e00}'..='\u{1eff}').contains(&c)
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
    !s.starts_with('\u{feff}') && memchr::memchr2(b'\r', 0, s.as_bytes()).is_none() && is_nfc(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::strategy::Strategy;

    #[test]
    fn percent_escapes_decode_and_a_broken_one_is_refused() {
        assert_eq!(
            percent_decode("/%E1%BA%A3nh%20a.svg").as_deref(),
            Some("/ảnh a.svg")
        );
        assert!(matches!(
            percent_decode("/tin-tuc/"),
            Some(Cow::Borrowed(_))
        ));
        // Not two hex digits, or bytes that are not UTF-8: the caller decides.
        for broken in ["/%zz", "/a%4", "/a%", "/%+f", "/%C3"] {
            assert_eq!(percent_decode(broken), None, "{broken}");
        }
        assert_eq!(decoded_name("a%zz.svg"), "a%zz.svg");
    }

    #[test]
    fn nfd_and_nfc_spellings_become_one_string() {
        let nfd = "Ha\u{323}\u{302}u Giang";
        assert_eq!(nfc(nfd), "Hậu Giang");
    }

    #[test]
    fn characters_taken_as_plain_starters_are_nfc_with_class_zero() {
        let ranges = [('\0'..='\u{2ff}'), ('\u{1e00}'..='\u{1eff}')];
        for c in ranges.into_iter().flatten() {
            assert!(is_plain_starter(c));
            assert_eq!(
                unicode_normalization::char::canonical_combining_class(c),
                0,
                "{c:?}"
            );
            assert_eq!(is_nfc_quick(std::iter::once(c)), IsNormalized::Yes, "{c:?}");
        }
        assert!(!is_plain_starter('\u{300}') && !is_plain_starter('\u{1f00}'));
    }

    #[test]
    fn the_nfc_check_agrees_with_the_general_quick_check() {
        let samples = [
            "",
            "Hậu Giang",
            "Ha\u{323}\u{302}u Giang",
            "Hậu\u{323}",
            "a\u{301}\u{323}",
            "a\u{323}\u{301}",
            "ệ\u{301}",
            "“Đầu tư” – 2018…",
            "\u{2000}x",
            "x\u{2001}",
            "한국 경상북도",
            "\u{1100}\u{1161}",
            "Ω\u{2126}",
            "\u{0340}",
            "ở \u{0344} ở",
            "ξ\u{0301}",
        ];
        // The same inside long Vietnamese text, at every offset of a 32-byte chunk:
        // U+1F71 is E1 BD B1, next to the E1 B8–BB block, and NFC turns it into U+03AC.
        let long: Vec<String> = (0..40)
            .flat_map(|n| {
                let before = "Hậu Giang ".repeat(4) + &"x".repeat(n);
                ["\u{1f71}", "a\u{323}\u{302}", "\u{2126}", "ệ"]
                    .map(|odd| format!("{before}{odd} Cần Thơ"))
            })
            .collect();
        for s in samples
            .iter()
            .copied()
            .chain(long.iter().map(String::as_str))
        {
            let general = is_nfc_quick(s.chars()) == IsNormalized::Yes;
            assert_eq!(is_nfc(s), general, "{s:?}");
            assert_eq!(nfc(s).as_ref(), s.nfc().collect::<String>(), "{s:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn the_nfc_check_agrees_with_the_general_quick_check_on_any_text(
            pieces in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::arbitrary::any::<char>().prop_map(String::from),
                    "[a-zA-Z ]{1,4}",
                    "[a-z .]{7,20}",
                    "[ĐđăâêôơưÁÀẢÃẠậệộợựỹ“”–…]{1,4}",
                    "[\u{300}-\u{36f}\u{1ab0}-\u{1aff}\u{20d0}-\u{20ff}]{1,3}",
                    "[\u{1100}-\u{11ff}\u{ac00}-\u{ac10}\u{2000}-\u{2010}\u{1f00}-\u{1f10}]{1,3}",
                    "[a-zđậệộợựỹ ]{30,70}",
                ],
                0..16,
            )
        ) {
            let s: String = pieces.concat();
            let general = is_nfc_quick(s.chars()) == IsNormalized::Yes;
            proptest::prop_assert_eq!(is_nfc(&s), general, "{:?}", s);
        }
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
