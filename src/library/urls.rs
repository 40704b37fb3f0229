//! URL segments from `slug:` and `path:` front matter, refusing any that escape the site.

use crate::messages::Msg;
use crate::text::slugify;

/// What is wrong with a `slug` or `path` value, as the catalogues name it (`nul`,
/// `backslash`, `dots`, `address`).
pub fn unsafe_reason(raw: &str) -> Option<&'static str> {
    if raw.contains('\0') {
        Some("nul")
    } else if raw.contains('\\') {
        Some("backslash")
    } else if raw.split('/').any(|s| s.trim() == ".." || s.trim() == ".") {
        Some("dots")
    } else if raw.contains("://") || raw.starts_with("//") {
        Some("address")
    } else {
        None
    }
}

/// Why a value cannot be a slug or path: the message `address-refused` with its
/// reason, to which the caller adds the field and the value.
fn refused(reason: &'static str) -> Msg {
    Msg::new("address-refused").arg("reason", reason)
}

/// The URL segment for a `slug:` value: slugified; `Err` with the reason when it is unsafe.
pub fn slug_segment(raw: &str) -> Result<String, Msg> {
    if let Some(reason) = unsafe_reason(raw) {
        return Err(refused(reason));
    }
    if raw.contains('/') {
        return Err(refused("slash"));
    }
    let slug = slugify(raw);
    check_length(&slug)?;
    Ok(slug)
}

/// The longest part of an address outreach writes: file systems allow 255 bytes for a
/// folder name; the rest is room to spare.
pub const MAX_SEGMENT: usize = 200;

fn check_length(segment: &str) -> Result<(), Msg> {
    if segment.len() > MAX_SEGMENT {
        return Err(refused("long")
            .arg("length", segment.len())
            .arg("start", segment.get(..40).unwrap_or(segment))
            .arg("max", MAX_SEGMENT));
    }
    Ok(())
}

/// The path for a `path:` value, as `a/b` (no leading or trailing `/`), each part slugified.
pub fn path_segments(raw: &str) -> Result<String, Msg> {
    if let Some(reason) = unsafe_reason(raw) {
        return Err(refused(reason));
    }
    let parts: Vec<String> = raw
        .split('/')
        .filter(|s| !s.trim().is_empty())
        .map(slugify)
        .collect();
    if parts.is_empty() {
        return Err(refused("empty"));
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
