//! `aliases:` in front matter: each old address becomes a small page that sends the reader
//! (and search engines, through the canonical link) to the page's current address.

use std::collections::HashMap;

use super::xml_escape;
use crate::config::YamlContext;
use crate::diagnostics::Diagnostic;
use crate::library::Kind;
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
    let generated = generated_files(site);
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
                if let Some(what) = generated_file(site, &output_path(&url), &generated) {
                    problems.push(ctx.error_at_value(
                        &field,
                        format!("the alias `{url}` is the address of {what}"),
                        Some("an alias is an old address that nothing else uses; a redirect there would replace it".into()),
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

/// The files the build writes besides content pages and listings, by output path, with
/// what each is (for the message when an alias would replace one).
fn generated_files(site: &SiteContext<'_>) -> HashMap<String, String> {
    let config = site.config();
    let library = site.library();
    let mut out = HashMap::new();
    out.insert("sitemap.xml".to_string(), "the sitemap".to_string());
    out.insert("robots.txt".to_string(), "`robots.txt`".to_string());
    for (lang, language) in config.languages.iter().enumerate() {
        let prefix = language.prefix.trim_start_matches('/');
        let not_found = if prefix.is_empty() {
            "404.html".to_string()
        } else {
            format!("{prefix}/404.html")
        };
        out.insert(
            not_found,
            format!("the “not found” page in `{}`", language.code),
        );
        if let Some(url) = config.search_url(lang) {
            out.insert(
                output_path(&url),
                format!("the search page in `{}`", language.code),
            );
        }
    }
    for section in library.entries.iter().filter(|e| e.kind == Kind::Section) {
        let meta = section.default_meta();
        let source = section.default_variant().file.display.display().to_string();
        for r in section.renditions.iter().flatten() {
            let base = r.url.trim_start_matches('/');
            if meta.feed == Some(true) {
                out.insert(format!("{base}atom.xml"), format!("the feed of `{source}`"));
            }
            if let Some(name) = meta.export.as_deref() {
                let name = crate::text::slugify(name);
                for ext in ["json", "csv"] {
                    out.insert(
                        format!("{base}{name}.{ext}"),
                        format!("the open data of `{source}`"),
                    );
                }
            }
        }
    }
    for asset in library
        .entries
        .iter()
        .flat_map(|e| e.assets.iter())
        .chain(library.loose_assets.iter())
    {
        out.insert(
            asset.url.trim_start_matches('/').to_string(),
            format!("the file `{}`", asset.source.display()),
        );
    }
    out
}

/// What the build writes at `path` besides pages: a side output, a search index file or
/// a static file.
fn generated_file(
    site: &SiteContext<'_>,
    path: &str,
    generated: &HashMap<String, String>,
) -> Option<String> {
    if let Some(what) = generated.get(path) {
        return Some(what.clone());
    }
    let config = site.config();
    if config.search.is_some()
        && config
            .languages
            .iter()
            .any(|l| path.starts_with(&format!("search/{}/", l.code)))
    {
        return Some("a file of the search index".into());
    }
    for (dir, shown) in [
        (config.theme_dir().join("static"), "the theme's `static/`"),
        (config.root.join("static"), "the site's `static/`"),
    ] {
        if dir.join(path).is_file() {
            return Some(format!("the file `{path}` from {shown}"));
        }
    }
    None
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
