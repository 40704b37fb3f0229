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
use crate::messages::Msg;
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
                        ctx.said_at_value(&field, Msg::new("alias-outside").arg("alias", alias)),
                    );
                    continue;
                };
                let file = output_path(&url);
                if let Some(msg) = clash(site, &url, &file, &taken, &generated) {
                    problems.push(ctx.said_at_value(&field, msg));
                    continue;
                }
                if let Some((other, place)) = seen.get(&file) {
                    problems.push(
                        ctx.said_at_value(
                            &field,
                            Msg::new("alias-twice").arg("url", &url).arg("other", other),
                        )
                        .note_said(Msg::new("note-same-alias").arg("place", place)),
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

/// What the build writes at a place, as the message `alias-clash` names it: its kind
/// (`sitemap`, `feed`…), the file, language code or words it names, and for a static
/// file whether it is the theme's or the site's.
#[derive(Clone, Debug)]
struct What {
    kind: &'static str,
    name: String,
    from: &'static str,
}

impl What {
    fn new(kind: &'static str, name: impl Into<String>) -> What {
        What {
            kind,
            name: name.into(),
            from: "",
        }
    }
}

/// What an alias's output `file` would replace, as the error to say at the alias: a page
/// or listing (`taken`), or another file the build writes — at `file` itself, or where
/// one of the folders `file` needs would be (`robots.txt/` for `/robots.txt/`).
fn clash(
    site: &SiteContext<'_>,
    url: &str,
    file: &str,
    taken: &HashMap<String, Owner>,
    generated: &HashMap<String, What>,
) -> Option<Msg> {
    let folders = file.match_indices('/').map(|(at, _)| &file[..at]);
    for place in std::iter::once(file).chain(folders) {
        let own = place == file;
        let (what, by_page) = if let Some(owner) = taken.get(place) {
            let what = match owner {
                Owner::Page(file) if own => What::new("page-file", file.display().to_string()),
                Owner::Page(file) => What::new("page-of", file.display().to_string()),
                Owner::Listing(listing) => What::new("listing", listing.clone()),
            };
            (what, true)
        } else if let Some(what) = generated_file(site, place, own, generated) {
            (what, false)
        } else {
            continue;
        };
        return Some(
            Msg::new("alias-clash")
                .arg("url", url)
                .arg("own", if own { "yes" } else { "no" })
                .arg("place", place)
                .arg("what", what.kind)
                .arg("name", what.name)
                .arg("from", what.from)
                .arg("taken", if by_page { "yes" } else { "no" }),
        );
    }
    None
}

/// The files the build writes besides content pages and listings, by output path, with
/// what each is (for the message when an alias would replace one).
fn generated_files(site: &SiteContext<'_>) -> HashMap<String, What> {
    let config = site.config();
    let library = site.library();
    let mut out = HashMap::new();
    out.insert(
        crate::output::MARKER.to_string(),
        What::new("marker", crate::output::MARKER),
    );
    out.insert("sitemap.xml".to_string(), What::new("sitemap", ""));
    out.insert("robots.txt".to_string(), What::new("robots", ""));
    if !config.languages[0].prefix.is_empty() {
        out.insert("index.html".to_string(), What::new("picker", ""));
    }
    for (lang, language) in config.languages.iter().enumerate() {
        let prefix = language.prefix.trim_start_matches('/');
        let not_found = if prefix.is_empty() {
            "404.html".to_string()
        } else {
            format!("{prefix}/404.html")
        };
        out.insert(not_found, What::new("not-found", &language.code));
        if let Some(url) = config.search_url(lang) {
            out.insert(output_path(&url), What::new("search-page", &language.code));
        }
    }
    for section in library.entries.iter().filter(|e| e.kind == Kind::Section) {
        let meta = section.default_meta();
        let source = section.default_variant().file.display.display().to_string();
        for r in section.renditions.iter().flatten() {
            let base = r.url.trim_start_matches('/');
            if meta.feed == Some(true) {
                out.insert(format!("{base}atom.xml"), What::new("feed", &source));
            }
            if let Some(name) = meta.export.as_deref() {
                let name = crate::text::slugify(name);
                for ext in ["json", "csv"] {
                    out.insert(
                        format!("{base}{name}.{ext}"),
                        What::new("open-data", &source),
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
            What::new("asset", asset.source.display().to_string()),
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
    generated: &HashMap<String, What>,
) -> Option<What> {
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
        return Some(What::new("search-index", ""));
    }
    for (dir, from) in [
        (config.theme_dir().join("static"), "theme"),
        (config.root.join("static"), "site"),
    ] {
        let place = dir.join(path);
        if place.is_file() {
            return Some(What {
                from,
                ..What::new("static-file", path)
            });
        }
        if own_file && place.is_dir() {
            return Some(What {
                from,
                ..What::new("static-folder", path)
            });
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
