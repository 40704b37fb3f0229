//! Page bodies: their Markdown rendered in the reader's language, links resolved, and
//! shortcodes filled in — one page at a time, as the page is rendered, so the whole
//! site's HTML is never held in memory. Listings need only a page's summary, which a
//! cheap pass finds beforehand ([`summarize`]).

use rayon::prelude::*;

use super::functions;
use super::shortcodes;
use super::template_ids::ReservedIds;
use super::templates::{self, Templates};
use super::{Inputs, SiteContext};
use crate::diagnostics::Diagnostic;
use crate::library::{EntryId, Library};
use crate::markdown::{self, Heading, LinkProblem, LinkResolver, Rendered, Said};
use crate::messages::Msg;
use crate::suggest::did_you_mean;

/// Resolves the links of one page in one language.
pub(super) struct Resolver<'a> {
    pub library: &'a Library,
    pub shortcodes: &'a shortcodes::Shortcodes,
    pub codes: &'a [&'a str],
    pub lang: usize,
    pub entry: EntryId,
    /// The ids the templates write, which headings must leave alone.
    pub reserved_ids: &'a ReservedIds,
    pub url_policy: &'a crate::text::url::UrlPolicy,
    pub config: &'a crate::config::Config,
    pub images: &'a crate::images::Images,
}

impl Resolver<'_> {
    /// The site path of a file beside the page (or loose under its section), as stored.
    fn own_file(&self, relative: &str) -> Option<String> {
        let entry = self.library.entry(self.entry);
        let find = |name: &str| {
            entry
                .assets
                .iter()
                .chain(self.library.loose_assets.iter())
                .find(|a| a.name == name)
                .map(|a| a.url.clone())
        };
        // `a%20b.svg`, `%E1%BA%A3nh.svg` and a decomposed `ảnh.svg` name the same file as
        // `a b.svg` and `ảnh.svg`: file names are kept decoded and in NFC.
        find(relative).or_else(|| {
            let name = crate::text::decoded_name(relative);
            (name != relative).then(|| find(&name)).flatten()
        })
    }

    fn own_picture(&self, relative: &str) -> Option<Result<crate::images::Picture, LinkProblem>> {
        let url = self.own_file(relative)?;
        self.images
            .picture(&url)
            .map(|p| p.map_err(|bad| LinkProblem::new(Said::Msg(bad.msg))))
    }

    /// The page whose file name is nearest `path` (as written after `@/`), as `@/` takes it.
    fn nearest_page(&self, path: &str) -> Option<String> {
        let keys = self.library.entries.iter().map(|e| e.key.as_str());
        let wanted = crate::library::path_key(path, self.codes);
        did_you_mean(&wanted, keys).map(|k| self.library.content_path(k))
    }
}

/// `near` for a message's help: the name, or `none`.
fn near_or_none(near: Option<String>) -> String {
    near.unwrap_or_else(|| "none".into())
}

impl shortcodes::CallContext for Resolver<'_> {
    fn page_type(&self, content_path: &str) -> Result<Option<String>, LinkProblem> {
        self.resolve(content_path).map(|(_, id)| {
            let entry = self.library.entry(id);
            crate::types::type_is_known(self.library, entry)
                .then(|| crate::types::type_of(self.library, entry).to_string())
        })
    }

    fn asset(&self, relative: &str) -> Option<String> {
        LinkResolver::asset(self, relative)
    }

    fn picture(&self, relative: &str) -> Option<Result<crate::images::Picture, LinkProblem>> {
        self.own_picture(relative)
    }

    fn url_policy(&self) -> &crate::text::url::UrlPolicy {
        self.url_policy
    }
}

impl LinkResolver for Resolver<'_> {
    fn resolve(&self, content_path: &str) -> Result<(String, usize), LinkProblem> {
        let path = content_path.trim_start_matches('/');
        match self.library.resolve(path, self.codes) {
            Some(id) => Ok((
                self.config
                    .site_url(&functions::link_target(self.library.entry(id), self.lang)),
                id,
            )),
            None if self.library.is_unreadable(path, self.codes) => Err(LinkProblem {
                said: Msg::new("link-page-unreadable").arg("path", path).into(),
                quiet: true,
            }),
            None if self.library.is_draft(path, self.codes) => Err(LinkProblem::new(
                Msg::new("link-page-draft").arg("path", path),
            )),
            None => Err(LinkProblem::new(
                Msg::new("link-page-missing")
                    .arg("path", path)
                    .arg("near", near_or_none(self.nearest_page(path))),
            )),
        }
    }

    fn asset(&self, relative: &str) -> Option<String> {
        self.own_file(relative)
            .map(|url| self.config.site_url(&url))
    }

    fn picture(&self, relative: &str) -> Option<Result<crate::images::Picture, LinkProblem>> {
        self.own_picture(relative)
    }

    fn reserved_id(&self, id: &str) -> Option<&str> {
        self.reserved_ids.template_of(id)
    }

    fn plain_link(&self, path: &str) -> markdown::PlainLink {
        plain_link(self, path)
    }

    fn shortcode(&self, call: &mut markdown::shortcodes::Call) -> Vec<markdown::Problem> {
        shortcodes::check_call(self.shortcodes, call, self)
    }

    fn url_policy(&self) -> &crate::text::url::UrlPolicy {
        self.url_policy
    }
}

/// `a/b/../c` → `a/c`; `None` when `..` climbs above the start.
fn normalize_path(path: &str) -> Option<String> {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            p => parts.push(p),
        }
    }
    Some(parts.join("/"))
}

/// Checks a link written without `@/`: a Markdown file beside the page (as Hugo users
/// write it) becomes its page's address; a file name in the wrong case, or an address
/// the site does not have, is an error with the `@/` form or the right name.
fn plain_link(r: &Resolver<'_>, path: &str) -> markdown::PlainLink {
    use markdown::PlainLink;
    let decoded = crate::text::decoded_name(path);
    let entry = r.library.entry(r.entry);
    let rel = &entry.default_variant().file.rel;
    let source_dir = rel.rsplit_once('/').map_or("", |(d, _)| d);
    let lower = decoded.to_lowercase();
    let last = decoded.rsplit('/').next().unwrap_or_default();
    if !decoded.starts_with('/') && (lower.ends_with(".md") || lower.ends_with(".yaml")) {
        let Some(joined) = normalize_path(&format!("{source_dir}/{decoded}")) else {
            return PlainLink::Missing(Msg::new("link-outside-content").arg("path", path).into());
        };
        return match LinkResolver::resolve(r, &joined) {
            Ok((url, _)) => PlainLink::Url(url),
            // The page's own error is reported.
            Err(p) if p.quiet => PlainLink::Url("#".into()),
            // A draft is said as a draft.
            Err(p) if p.said.is("link-page-draft") => PlainLink::Missing(p.said),
            Err(_) => PlainLink::Missing(
                Msg::new("link-plain-page-missing")
                    .arg("path", path)
                    .arg("joined", &joined)
                    .arg("near", near_or_none(r.nearest_page(&joined)))
                    .into(),
            ),
        };
    }
    if !decoded.starts_with('/') && !decoded.starts_with("..") && last.contains('.') {
        let names: Vec<&str> = entry.assets.iter().map(|a| a.name.as_str()).collect();
        let lower = decoded.to_lowercase();
        let (case, near) = match names.iter().find(|n| n.to_lowercase() == lower) {
            Some(n) => ("capitals", n.to_string()),
            None => match did_you_mean(&decoded, names.iter().copied()) {
                Some(n) => ("near", n.to_string()),
                None => ("none", String::new()),
            },
        };
        return PlainLink::Missing(
            Msg::new("link-file-missing")
                .arg("file", &decoded)
                .arg("case", case)
                .arg("near", near)
                .into(),
        );
    }
    // An address: relative ones start from the page's own address in this language.
    let absolute = if decoded.starts_with('/') {
        Some(decoded.trim_start_matches('/').to_string())
    } else {
        let page_url = crate::render::functions::link_target(entry, r.lang);
        normalize_path(&format!("{page_url}/{decoded}"))
    };
    let Some(absolute) = absolute else {
        return PlainLink::Unknown;
    };
    let folder = format!("{}/", absolute.trim_end_matches('/'));
    if absolute.is_empty()
        || r.library.has_address(&absolute)
        || r.library.has_address(&folder)
        || r.library.has_address(&format!("{folder}index.html"))
        || generated_elsewhere(r.config, &absolute)
    {
        // A site path the author wrote (`/gioi-thieu/`) is one under the base path.
        return if path.starts_with('/') {
            PlainLink::Url(r.config.site_url(path))
        } else {
            PlainLink::Unknown
        };
    }
    // The page whose address is nearest, to link as `@/…`.
    let addresses: Vec<(String, &crate::library::Entry)> = r
        .library
        .entries
        .iter()
        .flat_map(|e| {
            e.renditions
                .iter()
                .flatten()
                .map(move |rd| (rd.url.trim_matches('/').to_string(), e))
        })
        .collect();
    let wanted = absolute.trim_matches('/');
    let msg = Msg::new("link-not-an-address").arg("path", path);
    let msg = match crate::suggest::did_you_mean(wanted, addresses.iter().map(|(u, _)| u.as_str()))
        .and_then(|u| addresses.iter().find(|(a, _)| a == u))
    {
        Some((url, e)) => msg
            .arg("url", url)
            .arg("near", r.library.content_path(&e.key)),
        None => msg.arg("near", "none"),
    };
    PlainLink::Missing(msg.into())
}

/// Addresses the later stages make (taxonomy and search pages, further pages of a
/// listing, the sitemap, feeds, 404 pages), which the content stage cannot list.
fn generated_elsewhere(config: &crate::config::Config, path: &str) -> bool {
    let codes = config.language_codes();
    let default = codes[0];
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let (lang, rest) = match segments.first() {
        Some(first) if codes.contains(first) => (*first, &segments[1..]),
        _ => (default, &segments[..]),
    };
    let Some(first) = rest.first() else {
        return true;
    };
    let last = rest.last().copied().unwrap_or_default();
    let taxonomy = config
        .taxonomies
        .iter()
        .any(|t| t.slug.get(lang, default) == *first);
    let search = config
        .search
        .as_ref()
        .is_some_and(|s| s.get(lang, default) == *first || *first == "search");
    let paged = rest
        .windows(2)
        .any(|w| w[0] == "page" && w[1].parse::<u32>().is_ok());
    taxonomy
        || search
        || paged
        || matches!(
            last,
            "sitemap.xml" | "robots.txt" | "atom.xml" | "404.html" | "index.xml"
        )
        || last.ends_with(".json")
        || last.ends_with(".csv")
}

/// Per entry, per language: the first paragraph of the body, for listings.
pub struct Summaries {
    summaries: Vec<Vec<Option<String>>>,
}

impl Summaries {
    pub fn get(&self, id: EntryId, lang: usize) -> Option<&str> {
        self.summaries.get(id)?.get(lang)?.as_deref()
    }
}

/// The summary of every entry in every language that shows it.
pub fn summarize(inputs: &Inputs<'_>) -> Summaries {
    let summaries = inputs
        .library
        .entries
        .par_iter()
        .enumerate()
        .map(|(id, _)| summarize_entry(inputs, id))
        .collect();
    Summaries { summaries }
}

/// One entry's summaries, per language.
pub fn summarize_entry(inputs: &Inputs<'_>, id: EntryId) -> Vec<Option<String>> {
    let entry = inputs.library.entry(id);
    // A fallback shows the original's text: summarise each variant once.
    entry
        .renditions
        .iter()
        .map(|r| {
            r.as_ref()
                .map(|r| entry.variants[r.variant].summary.clone())
        })
        .collect()
}

/// A page's body, ready for its template.
pub struct PageContent {
    /// The HTML, shortcodes filled in.
    pub html: String,
    pub toc: Vec<Heading>,
    pub has_code: bool,
    /// What the site-wide anchor check needs.
    pub anchors: AnchorInfo,
    /// The text for the search index.
    pub text: String,
}

/// A page's ids and its links to other pages' ids.
#[derive(Default)]
pub struct AnchorInfo {
    pub ids: std::collections::HashSet<String>,
    pub headings: Vec<Heading>,
    /// Each `@/page.md#anchor` link, at its offset in the body (placed in the source,
    /// reading the body again, only when it is broken).
    pub links: Vec<markdown::AnchorLink>,
}

/// Renders entry `id`'s body in language `lang`: Markdown, then shortcodes. Problems are
/// placed in the file the body comes from.
pub fn render_content(
    inputs: &Inputs<'_>,
    templates: &Templates,
    site: &SiteContext<'_>,
    id: EntryId,
    lang: usize,
    problems: &mut Vec<Diagnostic>,
) -> Option<PageContent> {
    let codes = inputs.config.language_codes();
    let entry = inputs.library.entry(id);
    let r = entry.renditions[lang].as_ref()?;
    let variant = &entry.variants[r.variant];
    let resolver = Resolver {
        library: inputs.library,
        shortcodes: inputs.shortcodes,
        codes: &codes,
        lang,
        entry: id,
        reserved_ids: &templates.reserved_ids,
        url_policy: &inputs.config.url_policy,
        config: inputs.config,
        images: inputs.images,
    };
    let body = match variant.body() {
        Ok(body) => body,
        Err(problem) => {
            problems.push(problem.diagnostic(&variant.file.display));
            return None;
        }
    };
    let rendered = markdown::render(&body, &resolver);
    for p in &rendered.problems {
        let d = p.said.diagnostic(p.severity(), &variant.file.display);
        problems.push(variant.body_diagnostic(&body, p.offset, d));
    }
    let mut html = if rendered.shortcodes.is_empty() {
        rendered.html
    } else {
        expand_shortcodes(inputs, templates, site, id, lang, &rendered, problems)
    };
    // The first photo is the likely largest paint, unless the page's cover comes first.
    let has_cover = site
        .summary(id, lang)
        .and_then(|s| s.get_from_path("cover"))
        .is_some();
    if !has_cover {
        crate::images::html::make_first_eager(&mut html);
    }
    Some(PageContent {
        html,
        toc: rendered.toc,
        has_code: rendered.has_code,
        anchors: AnchorInfo {
            ids: rendered.anchors,
            headings: rendered.headings,
            links: rendered.anchor_links,
        },
        text: rendered.text,
    })
}

/// Renders each shortcode call with `shortcodes/<name>.html` and puts the results where
/// their placeholders are.
fn expand_shortcodes(
    inputs: &Inputs<'_>,
    templates: &Templates,
    site: &SiteContext<'_>,
    id: EntryId,
    lang: usize,
    body: &Rendered,
    problems: &mut Vec<Diagnostic>,
) -> String {
    let entry = inputs.library.entry(id);
    let page = entry.renditions[lang]
        .as_ref()
        .map(|r| entry.variants[r.variant].file.display.clone())
        .unwrap_or_default();
    let rendered: Vec<String> = body
        .shortcodes
        .iter()
        .map(|call| {
            let name = format!("shortcodes/{}.html", call.name);
            if !call.ok {
                return String::new();
            }
            if !templates.exists(&name) {
                // An unknown shortcode was reported where it is called.
                if inputs.shortcodes.specs.contains_key(&call.name) {
                    let file = inputs
                        .shortcodes
                        .declared_in
                        .get(&call.name)
                        .cloned()
                        .unwrap_or_default();
                    problems.push(Diagnostic::said(
                        crate::diagnostics::Severity::Error,
                        file,
                        Msg::new("shortcode-no-template")
                            .arg("name", &call.name)
                            .arg("template", &name),
                    ));
                }
                return String::new();
            }
            let mut ctx = shortcodes::call_context(call);
            ctx.insert_value(
                "lang",
                tera::Value::from(inputs.config.languages[lang].code.as_str()),
            );
            if let Some(h) = &call.body_html {
                ctx.insert_value("body", tera::Value::safe_string(h));
            }
            if let Some(s) = site.summary(id, lang) {
                ctx.insert_value("page", s.clone());
            }
            // A photo argument (a figure's `src`) comes with its sizes, as `image`.
            if let Some(Ok(picture)) = call.args.iter().find_map(|(_, value, _)| match value {
                markdown::shortcodes::ArgValue::Text(t) => inputs.images.picture(t),
                _ => None,
            }) {
                ctx.insert_value("image", picture.to_value());
            }
            match templates.tera.render(&name, &ctx) {
                Ok(html) => html,
                Err(e) => {
                    problems.extend(templates::render_error_diagnostics(
                        &e,
                        &templates.files,
                        Some(&page),
                    ));
                    String::new()
                }
            }
        })
        .collect();
    shortcodes::substitute(&body.html, &rendered)
}
