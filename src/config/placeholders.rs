//! What `outreach init` leaves for a new site to fill in, found in site.yaml: the
//! documentation address as `base_url`, and `[bracketed]` texts. `check` reports them.

use std::path::Path;

use serde_yaml::Value;

use super::YamlContext;
use crate::diagnostics::Diagnostic;
use crate::messages::Msg;

/// The `default_language` site.yaml in `root` declares, to choose the language of
/// messages before the site is read: the top-level line `default_language: vi`, found
/// without reading the YAML (a site.yaml too large or too deep to read is reported, in
/// the language this gives, by the build).
pub fn default_language_of(root: &Path) -> Option<String> {
    // Only a plain file of a sensible size: a link to a device or a huge file is for the
    // build to refuse, not for this glance to read.
    let path = root.join("site.yaml");
    let meta = std::fs::symlink_metadata(&path).ok()?;
    if !meta.is_file() || meta.len() > 1 << 20 {
        return None;
    }
    let text = std::fs::read_to_string(&path).ok()?;
    text.lines().find_map(|line| {
        let value = line.strip_prefix("default_language:")?;
        let value = value.split(" #").next().unwrap_or_default().trim();
        let value = value.trim_matches(|c| c == '"' || c == '\'');
        (!value.is_empty()).then(|| value.to_string())
    })
}

/// The hosts reserved for documentation (RFC 2606), which `outreach init` writes as the
/// site's address until its own is set.
const EXAMPLE_HOSTS: [&str; 3] = ["example.org", "example.com", "example.net"];

/// The settings of site.yaml that still hold a placeholder: the base URL at a
/// documentation host (unless `--base-url` gives the real one), and any text of
/// `title`, `description` or `extra` with a `[bracketed]` part, as the starter writes
/// them (`"Thông tin đối ngoại [tên tỉnh hoặc cơ quan]"`).
pub(super) fn found(
    site: &Value,
    base_url: &str,
    overridden: bool,
    ctx: &YamlContext<'_>,
) -> Vec<Diagnostic> {
    let warning = |d: Diagnostic| Diagnostic {
        severity: crate::diagnostics::Severity::Warning,
        ..d
    };
    let mut found = Vec::new();
    let host = base_url
        .split_once("://")
        .map_or(base_url, |(_, rest)| rest)
        .split(['/', ':'])
        .next()
        .unwrap_or_default();
    if !overridden && EXAMPLE_HOSTS.contains(&host.to_ascii_lowercase().as_str()) {
        found.push(warning(ctx.said_at_value(
            "base_url",
            Msg::new("base-url-placeholder").arg("url", base_url),
        )));
    }
    for key in ["title", "description", "extra"] {
        let Some(v) = site.get(key) else { continue };
        crate::yaml::each_text(v, key, &mut |path, text| {
            if let Some(placeholder) = bracketed(text) {
                found.push(warning(
                    ctx.said_at_value(
                        path,
                        Msg::new("text-placeholder")
                            .arg("placeholder", placeholder)
                            .arg("setting", path),
                    ),
                ));
            }
        });
    }
    found
}

/// The first `[words]` of `text` that is not the text of a Markdown link (`[x](…)`).
fn bracketed(text: &str) -> Option<&str> {
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let close = after.find(']')?;
        let inside = &after[..close];
        let next = &after[close + 1..];
        if !inside.trim().is_empty() && !inside.contains('[') && !next.starts_with('(') {
            return Some(&rest[open..open + close + 2]);
        }
        rest = &after[close + 1..];
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bracketed_placeholder_is_found_but_not_a_link_text() {
        assert_eq!(bracketed("Thông tin [tên tỉnh]"), Some("[tên tỉnh]"));
        assert_eq!(
            bracketed("see [the plan](@/ke-hoach.md) and [số] days"),
            Some("[số]")
        );
        assert_eq!(bracketed("[the plan](x)"), None);
        assert_eq!(bracketed("no brackets, [ ] or ]["), None);
    }
}
