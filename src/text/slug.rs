//! URL slugs from any text: "Hậu Giang" → `hau-giang`, "Đồng Văn Thanh" → `dong-van-thanh`.
//!
//! Vietnamese letters lose their tone and vowel marks and `đ`/`Đ` become `d` (deunicode's
//! transliteration tables, which also romanise Korean and other scripts). The result is
//! always non-empty, ASCII, lowercase and free of `/`, so it is safe as a path segment.

use super::nfc;

/// A slug from `text`; `untitled` when nothing usable remains (e.g. only punctuation).
pub fn slugify(text: &str) -> String {
    let ascii = deunicode::deunicode(&nfc(text));
    let mut slug = String::with_capacity(ascii.len());
    let mut pending_dash = false;
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            if pending_dash && !slug.is_empty() {
                slug.push('-');
            }
            pending_dash = false;
            slug.push(c.to_ascii_lowercase());
        } else {
            pending_dash = true;
        }
    }
    if slug.is_empty() {
        slug.push_str("untitled");
    }
    slug
}

/// True when `s` is already a slug (what [`slugify`] returns for it): the tests' check
/// of [`slugify`].
#[cfg(test)]
fn is_valid_slug(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_names_lose_marks_and_d_stroke() {
        assert_eq!(slugify("Hậu Giang"), "hau-giang");
        assert_eq!(slugify("Đồng Văn Thanh"), "dong-van-thanh");
        assert_eq!(slugify("đường Phụng Hiệp"), "duong-phung-hiep");
        assert_eq!(
            slugify("Khu nông nghiệp ứng dụng công nghệ cao"),
            "khu-nong-nghiep-ung-dung-cong-nghe-cao"
        );
    }

    #[test]
    fn nfd_input_gives_the_same_slug() {
        assert_eq!(slugify("Ha\u{323}\u{302}u Giang"), "hau-giang");
    }

    #[test]
    fn punctuation_collapses_and_edges_are_trimmed() {
        assert_eq!(
            slugify("  Kế hoạch số 33/KH-UBND (2018)!  "),
            "ke-hoach-so-33-kh-ubnd-2018"
        );
        assert_eq!(slugify("../../etc"), "etc");
        assert_eq!(slugify("?!"), "untitled");
    }

    #[test]
    fn valid_slug_check() {
        assert!(is_valid_slug("dau-tu-2018"));
        assert!(!is_valid_slug("Dau-tu"));
        assert!(!is_valid_slug("a/b"));
        assert!(!is_valid_slug(""));
    }
}

/// Property tests: whatever text a file name, title or `slug:` holds, the slug is safe as
/// one path segment of the output.
#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;
    use unicode_normalization::UnicodeNormalization;

    /// Text biased towards what slugs are made from: Vietnamese letters (composed and
    /// combining marks), path punctuation, controls, and scripts deunicode romanises.
    fn slug_source() -> impl Strategy<Value = String> {
        let pieces = prop_oneof![
            any::<char>().prop_map(String::from),
            "[a-zA-Z0-9 ]{1,8}",
            "[ĐđăâêôơưÁÀẢÃẠậệộợựỹ]{1,4}",
            "[\u{300}\u{301}\u{303}\u{309}\u{323}\u{302}\u{306}\u{31b}]{1,3}",
            "[/\\\\.:\0\t\n\r?#%&*<>|\"' -]{1,4}",
            "[한국어日本語中文Ελληνικάкириллица]{1,4}",
            "[\u{1F600}-\u{1F64F}\u{E000}-\u{E00F}\u{200B}\u{FEFF}]{1,3}",
        ];
        prop::collection::vec(pieces, 0..12).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn any_text_gives_a_nonempty_lowercase_ascii_segment(text in slug_source()) {
            let slug = slugify(&text);
            prop_assert!(!slug.is_empty(), "{text:?} gave an empty slug");
            prop_assert!(slug.is_ascii(), "{text:?} gave {slug:?}");
            prop_assert!(!slug.bytes().any(|b| b.is_ascii_uppercase()), "{text:?} gave {slug:?}");
            prop_assert!(!slug.contains('/') && !slug.contains('\\'), "{text:?} gave {slug:?}");
            prop_assert!(slug != "." && slug != "..", "{text:?} gave {slug:?}");
            prop_assert!(is_valid_slug(&slug), "{text:?} gave {slug:?}, which is_valid_slug refuses");
        }

        #[test]
        fn arbitrary_unicode_gives_a_valid_slug(text in any::<String>()) {
            let slug = slugify(&text);
            prop_assert!(is_valid_slug(&slug), "{text:?} gave {slug:?}");
        }

        #[test]
        fn a_slug_is_its_own_slug(text in slug_source()) {
            let once = slugify(&text);
            prop_assert_eq!(slugify(&once), once);
        }

        #[test]
        fn composed_and_decomposed_spellings_give_one_slug(text in slug_source()) {
            let nfd: String = text.nfd().collect();
            let nfc: String = text.nfc().collect();
            prop_assert_eq!(slugify(&nfd), slugify(&nfc));
        }
    }
}
