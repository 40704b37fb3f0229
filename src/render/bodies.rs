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
use crate::markdown::{self, Heading, LinkProblem, LinkResolver, Rendered};
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

    fn url_policy(&self) -> &crate::text::url::UrlPolicy {
        self.url_policy
    }
}

impl LinkResolver for Resolver<'_> {
    fn resolve(&self, content_path: &str) -> Result<(String, usize), LinkProblem> {
        let path = content_path.trim_start_matches('/');
        match self.library.resolve(path, self.codes) {
            Some(id) => Ok((
                functions::link_target(self.library.entry(id), self.lang),
                id,
            )),
            None if self.library.is_unreadable(path, self.codes) => Err(LinkProblem {
                message: format!("`content/{path}` could not be read"),
                help: None,
                quiet: true,
            }),
            None if self.library.is_draft(path, self.codes) => Err(LinkProblem {
                message: format!(
                    "this links to `content/{path}`, which is a draft and is not published"
                ),
                help: Some(
                    "remove `draft: true` from that page, link elsewhere, or build with `--drafts`"
                        .into(),
                ),
                quiet: false,
            }),
            None => {
                let keys = self.library.entries.iter().map(|e| e.key.as_str());
                let wanted = crate::library::path_key(path, self.codes);
                let help = match did_you_mean(&wanted, keys) {
                    Some(k) => format!("did you mean `@/{}`?", self.library.content_path(k)),
                    None => "internal links name a file under content/, e.g. `@/dau-tu/_index.md`"
                        .into(),
                };
                Err(LinkProblem {
                    message: format!("this links to `content/{path}`, which does not exist"),
                    help: Some(help),
                    quiet: false,
                })
            }
        }
    }

    fn asset(&self, relative: &str) -> Option<String> {
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
            let decoded = crate::text::percent_decode(relative)?;
            let name = crate::text::nfc(&decoded);
            (name != relative).then(|| find(&name)).flatten()
        })
    }

    fn reserved_id(&self, id: &str) -> Option<&str> {
        self.reserved_ids.template_of(id)
    }

    fn shortcode(&self, call: &mut markdown::shortcodes::Call) -> Vec<markdown::Problem> {
        shortcodes::check_call(self.shortcodes, call, self)
    }

    fn url_policy(&self) -> &crate::text::url::UrlPolicy {
        self.url_policy
    }
}

/// Per entry, per language: the first paragraph of the body, for listings.
pub struct Summaries {
    summaries: Vec<Vec<Option<String>>>,
}

impl Summaries {
    pub fn get(&self, id: EntryId, lang: usize) -> Option<&str> {
        self.summaries.get(id)?.get(lang)?.as_deref()
    }

    /// Replaces one entry's summaries (`serve`, after an edit).
    pub fn set(&mut self, id: EntryId, per_lang: Vec<Option<String>>) {
        if let Some(slot) = self.summaries.get_mut(id) {
            *slot = per_lang;
        }
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
    };
    let body = match variant.body() {
        Ok(body) => body,
        Err(message) => {
            problems.push(Diagnostic::error(&variant.file.display, message));
            return None;
        }
    };
    let rendered = markdown::render(&body, &resolver);
    for p in &rendered.problems {
        let d = if p.warning {
            Diagnostic::warning(&variant.file.display, p.message.clone())
        } else {
            Diagnostic::error(&variant.file.display, p.message.clone())
        };
        let mut d = variant.body_diagnostic(&body, p.offset, d);
        if let Some(h) = &p.help {
            d = d.help(h.clone());
        }
        problems.push(d);
    }
    let html = if rendered.shortcodes.is_empty() {
        rendered.html
    } else {
        expand_shortcodes(inputs, templates, site, id, lang, &rendered, problems)
    };
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
                    problems.push(Diagnostic::error(
                        &inputs.shortcodes.file,
                        format!("the shortcode `{}` has no template `{name}`", call.name),
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
