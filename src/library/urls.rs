//! URL segments from `slug:` and `path:` front matter, refusing any that escape the site.

use crate::text::slugify;

/// What is wrong with a `slug` or `path` value.
pub fn unsafe_reason(raw: &str) -> Option<&'static str> {
    if raw.contains('\0') {
        Some("contains a NUL character")
    } else if raw.contains('\\') {
        Some("contains a backslash `\\`")
    } else if raw.split('/').any(|s| s.trim() == ".." || s.trim() == ".") {
        Some("contains `..` or `.`, which would leave its folder")
    } else if raw.contains("://") || raw.starts_with("//") {
        Some("is a web address, not a path inside the site")
    } else {
        None
    }
}

/// The URL segment for a `slug:` value: slugified; `Err` with the reason when it is unsafe.
pub fn slug_segment(raw: &str) -> Result<String, String> {
    if let Some(reason) = unsafe_reason(raw) {
        return Err(reason.to_string());
    }
    if raw.contains('/') {
        return Err(
            "contains `/`; a slug is one part of the address (use `path:` for a whole path)".into(),
        );
    }
    let slug = slugify(raw);
    check_length(&slug)?;
    Ok(slug)
}

/// The longest part of an address outreach writes: file systems allow 255 bytes for a
/// folder name; the rest is room to spare.
pub const MAX_SEGMENT: usize = 200;

fn check_length(segment: &str) -> Result<(), String> {
    if segment.len() > MAX_SEGMENT {
        return Err(format!(
            "makes an address part {} characters long (`{}…`); the most a folder name can safely be is {MAX_SEGMENT}",
            segment.len(),
            &segment[..40]
        ));
    }
    Ok(())
}

/// The path for a `path:` value, as `a/b` (no leading or trailing `/`), each part slugified.
pub fn path_segments(raw: &str) -> Result<String, String> {
    if let Some(reason) = unsafe_reason(raw) {
        return Err(reason.to_string());
    }
    let parts: Vec<String> = raw
        .split('/')
        .filter(|s| !s.trim().is_empty())
        .map(slugify)
        .collect();
    if parts.is_empty() {
        return Err("is empty; the home page is `content/_index.md`".into());
    }
    for part in &parts {
        check_length(part)?;
    }
    Ok(parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_slugs_are_refused() {
        for bad in [
            "../x",
            "a/../../b",
            "a\\b",
            "a\0b",
            "/etc/passwd",
            "https://x.org/a",
        ] {
            assert!(slug_segment(bad).is_err(), "{bad:?}");
        }
        assert_eq!(slug_segment("Đầu tư").unwrap(), "dau-tu");
    }

    #[test]
    fn paths_are_cleaned() {
        assert_eq!(
            path_segments("/Giới thiệu/lịch sử/").unwrap(),
            "gioi-thieu/lich-su"
        );
        assert!(path_segments("a/../b").is_err());
        assert!(path_segments("/").is_err());
    }
}
