//! `aliases:` in front matter: each old address becomes a small page that sends the reader
//! (and search engines, through the canonical link) to the page's current address.

use std::collections::HashMap;

use super::xml_escape;
use crate::config::YamlContext;
use crate::diagnostics::Diagnostic;
use crate::listing::urls_taken;
use crate::render::{Sink, SiteContext, output_path};

pub fn write(
    site: &SiteContext<'_>,
    sink: &dyn Sink,
    problems: &mut Vec<Diagnostic>,
) -> anyhow::Result<()> {
    let config = site.config();
    let library = site.library();
    let taken = urls_taken(library, &site.listings().pages);
    let mut seen: HashMap<String, String> = HashMap::new();
    for entry in &library.entries {
        for (lang, r) in entry.renditions.iter().enumerate() {
            let Some(r) = r.as_ref().filter(|r| !r.fallback) else {
                continue;
            };
            let variant = &entry.variants[r.variant];
            if variant.lang != lang {
                continue;
            }
            let ctx = YamlContext {
                path: &variant.file.display,
                text: &variant.file.text,
                positions: &variant.positions,
            };
            for (i, alias) in r.meta.aliases.iter().flatten().enumerate() {
                let field = format!("aliases[{i}]");
                let Some(url) = normalize(alias) else {
                    problems.push(
                        ctx.error_at_value(
                            &field,
                            format!("the alias `{alias}` is not an address inside the site"),
                            Some(
                                "write the old address as a path, e.g. `/tin-tuc/2018/ke-hoach/`"
                                    .into(),
                            ),
                        ),
                    );
                    continue;
                };
                if let Some(owner) = taken.get(url.as_str()) {
                    problems.push(ctx.error_at_value(
                        &field,
                        format!("the alias `{url}` is the address of `{}`", owner.display()),
                        Some("an alias is an old address that no page uses any more; remove it or move that page".into()),
                    ));
                    continue;
                }
                if let Some(other) = seen.get(&url) {
                    problems.push(ctx.error_at_value(
                        &field,
                        format!("the alias `{url}` is also an alias of `{other}`"),
                        Some("an old address can send readers to one page only".into()),
                    ));
                    continue;
                }
                seen.insert(url.clone(), variant.file.display.display().to_string());
                let target = config.permalink(&r.url);
                let html = format!(
                    "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<link rel=\"canonical\" href=\"{t}\">\n<meta name=\"robots\" content=\"noindex\">\n<meta http-equiv=\"refresh\" content=\"0; url={t}\">\n</head>\n<body>\n<p><a href=\"{t}\">{}</a></p>\n</body>\n</html>\n",
                    config.languages[lang].code,
                    xml_escape(r.meta.title.as_deref().unwrap_or_default()),
                    xml_escape(r.meta.title.as_deref().unwrap_or_default()),
                    t = xml_escape(&target),
                );
                sink.write(&output_path(&url), html.as_bytes())?;
            }
        }
    }
    Ok(())
}

/// `/old/path/` from what the author wrote; `None` if it would leave the site.
fn normalize(alias: &str) -> Option<String> {
    if crate::library::unsafe_reason(alias).is_some() || alias.trim().is_empty() {
        return None;
    }
    let trimmed = alias.trim().trim_start_matches('/');
    if trimmed.is_empty() {
        return None;
    }
    let last = trimmed
        .rsplit('/')
        .find(|s| !s.is_empty())
        .unwrap_or_default();
    if last.contains('.') && !trimmed.ends_with('/') {
        Some(format!("/{trimmed}"))
    } else {
        Some(format!("/{}/", trimmed.trim_end_matches('/')))
    }
}

#[cfg(test)]
mod tests {
    use super::normalize;

    #[test]
    fn aliases_become_site_paths() {
        assert_eq!(normalize("tin-tuc/cu").as_deref(), Some("/tin-tuc/cu/"));
        assert_eq!(normalize("/old.html").as_deref(), Some("/old.html"));
        assert_eq!(normalize("../etc/passwd"), None);
        assert_eq!(normalize("/"), None);
    }
}
