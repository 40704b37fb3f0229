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

/// True when `s` is already a slug (what [`slugify`] returns for it).
pub fn is_valid_slug(s: &str) -> bool {
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
