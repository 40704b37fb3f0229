//! `aliases:` in front matter: each old address becomes a small page that sends the reader
//! (and search engines, through the canonical link) to the page's current address. An
//! alias may replace nothing: not a page, another alias, nor any file the build writes
//! itself — its output marker, side outputs, the search index, static files — neither at
//! the alias's own file nor where a folder it needs would be.

use std::collections::HashMap;

use crate::config::YamlContext;
use crate::diagnostics::Diagnostic;
use crate::library::Kind;
use crate::listing::{Owner, urls_taken};
use crate::render::{Sink, SiteContext, output_path};
use crate::text::html::escape;

pub fn write(
    site: &SiteContext<'_>,
    sink: &dyn Sink,
    problems: &mut Vec<Diagnostic>,
) -> anyhow::Result<()> {
    let config = site.config();
    let library = site.library();
    // By output file: `/dau-tu/index.html` is the page `/dau-tu/`.
    let taken: HashMap<String, Owner> = urls_taken(config, library, site.listings())
        .into_iter()
        .map(|(url, file)| (output_path(&url), file))
        .collect();
    let generated = generated_files(site);
    // Each alias's output file, with the file that writes it.
    let mut seen: HashMap<String, (String, String)> = HashMap::new();
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
                let file = output_path(&url);
                if let Some((message, help)) = clash(site, &url, &file, &taken, &generated) {
                    problems.push(ctx.error_at_value(&field, message, Some(help.into())));
                    continue;
                }
                if let Some((other, place)) = seen.get(&file) {
                    problems.push(
                        ctx.error_at_value(
                            &field,
                            format!("the alias `{url}` is also an alias of `{other}`"),
                            Some(
                                "an old address can send readers to one page only: remove it here or there"
                                    .into(),
                            ),
                        )
                        .note(format!("`{place}` has the same alias")),
                    );
                    continue;
                }
                seen.insert(
                    file,
                    (
                        variant.file.display.display().to_string(),
                        variant.place_of(&field),
                    ),
                );
                let target = config.permalink(&r.url);
                let html = format!(
                    "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<link rel=\"canonical\" href=\"{t}\">\n<meta name=\"robots\" content=\"noindex\">\n<meta http-equiv=\"refresh\" content=\"0; url={t}\">\n</head>\n<body>\n<p><a href=\"{t}\">{}</a></p>\n</body>\n</html>\n",
                    config.languages[lang].code,
                    escape(r.meta.title.as_deref().unwrap_or_default()),
                    escape(r.meta.title.as_deref().unwrap_or_default()),
                    t = escape(&target),
                );
                sink.write(&output_path(&url), html.as_bytes())?;
            }
        }
    }
    Ok(())
}

/// What an alias's output `file` would replace, as an error message and its help: a page
/// or listing (`taken`), or another file the build writes — at `file` itself, or where
/// one of the folders `file` needs would be (`robots.txt/` for `/robots.txt/`).
fn clash(
    site: &SiteContext<'_>,
    url: &str,
    file: &str,
    taken: &HashMap<String, Owner>,
    generated: &HashMap<String, String>,
) -> Option<(String, &'static str)> {
    let folders = file.match_indices('/').map(|(at, _)| &file[..at]);
    for place in std::iter::once(file).chain(folders) {
        let own = place == file;
        let (what, help) = if let Some(owner) = taken.get(place) {
            let what = match owner {
                Owner::Page(file) if own => format!("`{}`", file.display()),
                Owner::Page(file) => format!("the page of `{}`", file.display()),
                Owner::Listing(listing) => listing.clone(),
            };
            (
                what,
                "an alias is an old address that no page uses any more; remove it or move that page",
            )
        } else if let Some(what) = generated_file(site, place, own, generated) {
            (
                what,
                "remove this alias: an alias is an old address that nothing else uses, and a redirect there would replace what the build writes",
            )
        } else {
            continue;
        };
        let message = if own {
            format!("the alias `{url}` is the address of {what}")
        } else {
            format!("the alias `{url}` needs a folder `{place}/` where the build writes {what}")
        };
        return Some((message, help));
    }
    None
}

/// The files the build writes besides content pages and listings, by output path, with
/// what each is (for the message when an alias would replace one).
fn generated_files(site: &SiteContext<'_>) -> HashMap<String, String> {
    let config = site.config();
    let library = site.library();
    let mut out = HashMap::new();
    out.insert(
        crate::output::MARKER.to_string(),
        format!(
            "`{}`, the file by which outreach knows its output folder",
            crate::output::MARKER
        ),
    );
    out.insert("sitemap.xml".to_string(), "the sitemap".to_string());
    out.insert("robots.txt".to_string(), "`robots.txt`".to_string());
    if !config.languages[0].prefix.is_empty() {
        out.insert(
            "index.html".to_string(),
            "the language picker at the site's root".to_string(),
        );
    }
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

/// What the build writes at `path` besides pages: outreach's marker, a side output, a
/// search index file, or a static file — or, when `path` is the alias's own file rather
/// than a folder it is written in, a static folder.
fn generated_file(
    site: &SiteContext<'_>,
    path: &str,
    own_file: bool,
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
        let place = dir.join(path);
        if place.is_file() {
            return Some(format!("the file `{path}` from {shown}"));
        }
        if own_file && place.is_dir() {
            return Some(format!("the folder `{path}/` from {shown}"));
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
