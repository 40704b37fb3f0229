//! `site.yaml`: read as the author wrote it, then checked into a [`Config`] the rest of
//! the build can trust (languages declared once, the default one first, URLs normalised).

mod localized;
mod placeholders;
mod shape;

pub use localized::{Localized, YamlContext, localize_value};
pub use placeholders::default_language_of;

use std::path::{Path, PathBuf};

use indexmap::IndexMap;
use serde::Deserialize;
use serde_yaml::Value;

use crate::diagnostics::Diagnostic;
use crate::messages::{Arg, Msg};
use crate::yaml;

/// What a language does with a page that has no translation in it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Missing {
    /// Render the default-language content at this language's URL, with a notice.
    #[default]
    Fallback,
    /// No page; the language switcher links the nearest translated section.
    Omit,
}

#[derive(Clone, Debug)]
pub struct Language {
    pub code: String,
    pub name: String,
    /// A BCP 47 locale for CLDR formats, e.g. `vi-VN`.
    pub locale: String,
    pub missing: Missing,
    /// `""` for the default language at the root, else `/code`.
    pub prefix: String,
}

#[derive(Clone, Debug)]
pub enum MenuItem {
    /// A content file (`@/dau-tu/_index.md`, stored without the `@/`).
    Page {
        target: String,
        title: Option<Localized>,
        line: usize,
        column: usize,
    },
    /// An outside address.
    Url { url: String, title: Localized },
}

/// The site's configuration, checked.
#[derive(Clone, Debug)]
pub struct Config {
    pub root: PathBuf,
    /// What the build may read: files inside `root`, links resolved.
    pub boundary: crate::source::Boundary,
    /// site.yaml's path and text, for placing errors about menu entries found later.
    pub file: PathBuf,
    pub text: String,
    pub title: Localized,
    pub description: Localized,
    /// Without a trailing slash.
    pub base_url: String,
    /// The path part of `base_url` (`/repo` for `https://owner.github.io/repo/`), without
    /// a trailing slash; empty when the site is published at the root of its host.
    pub base_path: String,
    /// The default language first, then the others in the order declared.
    pub languages: Vec<Language>,
    pub theme: String,
    pub menu: Vec<MenuItem>,
    pub extra: Value,
    /// Term pages from front-matter fields, in the order declared.
    pub taxonomies: Vec<Taxonomy>,
    /// The default image of link previews, as an absolute address.
    pub image: Option<String>,
    /// The search page's path per language, when the site has search.
    pub search: Option<Localized>,
    /// Which addresses content may link to, and whether raw HTML may run script.
    pub url_policy: crate::text::url::UrlPolicy,
    /// How photos are resized and encoded (`images:`).
    pub images: ImageSettings,
    /// Problems in site.yaml that do not stop a build; the build reports them.
    pub warnings: Vec<Diagnostic>,
    /// Settings still holding a placeholder of `outreach init` (the `example.org`
    /// address, a `[bracketed]` text): `check`, the gate before publishing, reports them.
    pub placeholders: Vec<Diagnostic>,
}

/// `images:` in site.yaml: the widths photos are published at, their quality, and the
/// largest photo outreach opens.
#[derive(Clone, Debug, PartialEq)]
pub struct ImageSettings {
    /// Widths in pixels, smallest first, none repeated.
    pub widths: Vec<u32>,
    /// WebP and JPEG quality, 1–100.
    pub quality: u8,
    /// Photos with more pixels than this are refused before they are decoded.
    pub max_pixels: u64,
    /// The `sizes` attribute: how wide the theme shows a photo at each screen width.
    pub sizes: String,
}

impl Default for ImageSettings {
    fn default() -> Self {
        ImageSettings {
            widths: vec![480, 800, 1200, 1600],
            quality: 80,
            max_pixels: 64_000_000,
            sizes: "(max-width: 50rem) calc(100vw - 2rem), 48rem".into(),
        }
    }
}

/// A taxonomy: pages grouped by the values of one field (sector, district, tags…), with
/// a page per value ("term") in every language.
#[derive(Clone, Debug)]
pub struct Taxonomy {
    pub name: String,
    /// The front-matter field whose values are the terms.
    pub field: String,
    pub title: Localized,
    /// The URL segment per language (`linh-vuc`, `sectors`).
    pub slug: Localized,
    pub paginate_by: Option<usize>,
}

impl Config {
    pub fn default_language(&self) -> &Language {
        &self.languages[0]
    }

    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }

    pub fn language_codes(&self) -> Vec<&str> {
        self.languages.iter().map(|l| l.code.as_str()).collect()
    }

    pub fn content_dir(&self) -> PathBuf {
        self.root.join("content")
    }

    pub fn theme_dir(&self) -> PathBuf {
        self.root.join("themes").join(&self.theme)
    }

    /// The address of the search page in language `lang` (index in `languages`).
    pub fn search_url(&self, lang: usize) -> Option<String> {
        let path = self.search.as_ref()?;
        let language = &self.languages[lang];
        let slug = crate::text::slugify(path.get(&language.code, &self.languages[0].code));
        Some(format!("{}/{slug}/", language.prefix))
    }

    /// The absolute URL of a site path (`/en/investment/`).
    pub fn permalink(&self, path: &str) -> String {
        format!("{}{}", self.base_url, path)
    }

    /// The full address of an address the site links to ([`Config::site_url`]'s, which
    /// already holds the base path): `/repo/en/` is `https://owner.github.io/repo/en/`.
    pub fn absolute(&self, linked: &str) -> String {
        match linked.strip_prefix(self.base_path.as_str()) {
            Some(path) if linked.starts_with('/') && !linked.starts_with("//") => {
                self.permalink(path)
            }
            _ => linked.to_string(),
        }
    }

    /// The address a page of the site links to for a site path: `/en/investment/` is
    /// `/repo/en/investment/` on a site published under `/repo/` (Hugo's `relURL`).
    /// Anything that is not a site path (`https://…`, `//host/…`, `#top`, `mailto:…`,
    /// a relative path) is returned as it is.
    pub fn site_url(&self, path: &str) -> String {
        if self.base_path.is_empty() || !path.starts_with('/') || path.starts_with("//") {
            path.to_string()
        } else {
            format!("{}{path}", self.base_path)
        }
    }
}

/// Settings from the command line that override site.yaml.
#[derive(Clone, Debug, Default)]
pub struct Overrides {
    pub base_url: Option<String>,
}

/// Why the configuration could not be loaded.
#[derive(Debug)]
pub enum ConfigError {
    /// No site.yaml: the wrong folder, most likely (a usage error).
    NotFound(PathBuf),
    /// site.yaml has problems (content errors).
    Invalid(Vec<Diagnostic>),
}

/// The path of `base_url` after its host, without a trailing slash: `/repo` for
/// `https://owner.github.io/repo`, empty for `https://example.org`.
fn base_path(base_url: &str) -> String {
    let after_scheme = base_url
        .split_once("://")
        .map_or(base_url, |(_, rest)| rest);
    let path = after_scheme.find('/').map_or("", |i| &after_scheme[i..]);
    let path = path.split(['?', '#']).next().unwrap_or_default();
    path.trim_end_matches('/').to_string()
}

/// `extra` with each site path in it (`/en/investment/`: a text that starts with one
/// `/` and has no space) put under the base path, as the menu's are.
fn site_paths_under(value: Value, base_path: &str) -> Value {
    match value {
        _ if base_path.is_empty() => value,
        Value::String(s)
            if s.starts_with('/') && !s.starts_with("//") && !s.contains(char::is_whitespace) =>
        {
            Value::String(format!("{base_path}{s}"))
        }
        Value::Mapping(map) => Value::Mapping(
            map.into_iter()
                .map(|(k, v)| (k, site_paths_under(v, base_path)))
                .collect(),
        ),
        Value::Sequence(items) => Value::Sequence(
            items
                .into_iter()
                .map(|v| site_paths_under(v, base_path))
                .collect(),
        ),
        other => other,
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSite {
    title: Value,
    #[serde(default)]
    description: Value,
    base_url: String,
    default_language: String,
    languages: IndexMap<String, RawLanguage>,
    /// Put the default language under its own prefix too (`/vi/`).
    #[serde(default)]
    default_language_in_subfolder: bool,
    #[serde(default = "default_theme")]
    theme: String,
    #[serde(default)]
    menu: Vec<RawMenuItem>,
    #[serde(default)]
    extra: Value,
    #[serde(default)]
    taxonomies: IndexMap<String, RawTaxonomy>,
    /// The default image of link previews (a site path, e.g. `/og-image.png`).
    image: Option<String>,
    /// A search page and index per language: `search: { path: { vi: tim-kiem, en: search } }`.
    search: Option<RawSearch>,
    /// `warn` (the default) or `forbid`: whether `<script>` and `on…=` in content fail.
    #[serde(default)]
    raw_html: Option<RawHtml>,
    /// Address schemes besides https, http, mailto and tel that content may link to.
    #[serde(default)]
    url_schemes: Vec<String>,
    /// Photo widths, quality and limits.
    images: Option<RawImages>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawImages {
    widths: Option<Vec<u32>>,
    quality: Option<u32>,
    max_megapixels: Option<u32>,
    sizes: Option<String>,
}

#[derive(Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
enum RawHtml {
    Warn,
    Forbid,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSearch {
    path: Value,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTaxonomy {
    field: Option<String>,
    title: Value,
    #[serde(default)]
    slug: Value,
    paginate_by: Option<usize>,
}

fn default_theme() -> String {
    "default".into()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLanguage {
    name: String,
    locale: String,
    #[serde(default)]
    missing: Missing,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMenuItem {
    page: Option<String>,
    url: Option<String>,
    title: Option<Value>,
}

/// Reads and checks `root/site.yaml`.
pub fn load(root: &Path, overrides: &Overrides) -> Result<Config, ConfigError> {
    let file = root.join("site.yaml");
    let text = match crate::source::Boundary::new(root).read_text(&file) {
        Ok(Some(text)) => text,
        Ok(None) => return Err(ConfigError::NotFound(file)),
        Err(d) => return Err(ConfigError::Invalid(vec![d])),
    };
    let display = PathBuf::from("site.yaml");
    parse(root, &display, text, overrides).map_err(ConfigError::Invalid)
}

fn parse(
    root: &Path,
    display: &Path,
    text: String,
    overrides: &Overrides,
) -> Result<Config, Vec<Diagnostic>> {
    let doc = yaml::parse(&text, 1, display, &text).map_err(|d| vec![*d])?;
    let ctx = YamlContext {
        path: display,
        text: &text,
        positions: &doc.positions,
    };
    let raw: RawSite = match serde_yaml::from_str(&text) {
        Ok(raw) => raw,
        Err(err) => {
            // serde stops at the first problem; the shape check finds them all. serde's
            // own report stands only for what the shape check does not know.
            let mut all = shape::check(&doc.value, &ctx);
            if all.is_empty() {
                all.push(yaml::error_diagnostic(&err, display, &text, 1));
            }
            all.sort_by_key(|d| (d.line, d.column));
            return Err(all);
        }
    };
    let mut problems = Vec::new();

    // Languages: the default first, then the rest in the order written.
    let codes: Vec<&str> = raw.languages.keys().map(String::as_str).collect();
    if raw.languages.is_empty() {
        problems.push(ctx.said_at_key("languages", Msg::new("site-no-languages")));
    } else if !raw.languages.contains_key(&raw.default_language) {
        problems.push(
            ctx.said_at_value(
                "default_language",
                Msg::new("default-language-undeclared")
                    .arg("code", &raw.default_language)
                    .arg("codes", Arg::one_of(&codes)),
            ),
        );
    }
    for (code, lang) in &raw.languages {
        if let Err(e) = crate::l10n::Localizer::new(&lang.locale) {
            problems.push(ctx.said_at_value(
                &format!("languages.{code}.locale"),
                locale_unknown(&lang.locale, &e),
            ));
        }
    }
    for code in &codes {
        if !is_language_code(code) {
            problems.push(ctx.said_at_key(
                &format!("languages.{code}"),
                Msg::new("language-code-invalid").arg("code", *code),
            ));
        }
    }
    let mut languages: Vec<Language> = Vec::new();
    for (code, lang) in &raw.languages {
        let is_default = *code == raw.default_language;
        let prefix = if is_default && !raw.default_language_in_subfolder {
            String::new()
        } else {
            format!("/{code}")
        };
        let language = Language {
            code: code.clone(),
            name: lang.name.clone(),
            locale: lang.locale.clone(),
            missing: lang.missing,
            prefix,
        };
        if is_default {
            languages.insert(0, language);
        } else {
            languages.push(language);
        }
    }

    let title =
        Localized::from_yaml(&raw.title, "title", &codes, &ctx, &mut problems).unwrap_or_default();
    if title.is_empty() {
        problems.push(ctx.said_at_key("title", Msg::new("site-no-title")));
    }
    let description =
        Localized::from_yaml(&raw.description, "description", &codes, &ctx, &mut problems)
            .unwrap_or_default();

    let mut warnings = Vec::new();
    let written_empty = raw.base_url.trim_end_matches('/').is_empty();
    let base_url = overrides
        .base_url
        .clone()
        .unwrap_or(raw.base_url)
        .trim_end_matches('/')
        .to_string();
    // An empty `base_url` builds (the site's own links stay relative), but sitemap.xml,
    // the feeds and link previews then give addresses without the site's domain.
    // `--base-url ""` on the command line is taken as meant.
    if base_url.is_empty() && written_empty {
        warnings.push(ctx.warned_at_value("base_url", Msg::new("base-url-empty")));
    }
    if !(base_url.starts_with("http://") || base_url.starts_with("https://") || base_url.is_empty())
    {
        problems.push(ctx.said_at_value(
            "base_url",
            Msg::new("base-url-scheme").arg("url", &base_url),
        ));
    }

    let mut url_policy = crate::text::url::UrlPolicy {
        extra_schemes: Vec::new(),
        forbid_raw_scripts: raw.raw_html == Some(RawHtml::Forbid),
    };
    for (i, scheme) in raw.url_schemes.iter().enumerate() {
        let written = scheme.trim().trim_end_matches(':');
        let lower = written.to_ascii_lowercase();
        let field = format!("url_schemes[{i}]");
        let well_formed = lower.starts_with(|c: char| c.is_ascii_alphabetic())
            && lower
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"+-.".contains(&b));
        if !well_formed {
            problems.push(ctx.said_at_value(
                &field,
                Msg::new("url-scheme-malformed").arg("scheme", scheme),
            ));
        } else if crate::text::url::check_text(&format!("{lower}:x")).is_err()
            || matches!(lower.as_str(), "data" | "file")
        {
            problems.push(
                ctx.said_at_value(
                    &field,
                    Msg::new("url-scheme-unsafe")
                        .arg("written", written)
                        .arg("scheme", scheme),
                ),
            );
        } else {
            url_policy.extra_schemes.push(lower);
        }
    }

    for (path, refused) in crate::text::url::refused_in_yaml(&raw.extra, "extra") {
        problems.push(ctx.said_at_value(&path, refused.msg));
    }
    if let Some(image) = &raw.image
        && let Err(refused) =
            crate::text::url::check(image, crate::text::url::Use::Image, &url_policy)
    {
        problems.push(ctx.said_at_value("image", refused.msg));
    }

    let images = image_settings(raw.images.as_ref(), &ctx, &mut problems);

    let mut menu = Vec::new();
    for (i, item) in raw.menu.iter().enumerate() {
        let field = format!("menu[{i}]");
        let pos = doc.positions.value(&field).unwrap_or(doc.positions.start());
        let title = item.title.as_ref().and_then(|t| {
            Localized::from_yaml(t, &format!("{field}.title"), &codes, &ctx, &mut problems)
        });
        match (&item.page, &item.url) {
            (Some(page), None) => match page.strip_prefix("@/") {
                Some(target) => menu.push(MenuItem::Page {
                    target: crate::text::nfc(target).into_owned(),
                    title,
                    line: pos.line,
                    column: pos.column,
                }),
                None => problems.push(ctx.said_at_value(
                    &format!("{field}.page"),
                    Msg::new("menu-page-not-at").arg("page", page),
                )),
            },
            (None, Some(url)) => match title {
                _ if let Err(refused) =
                    crate::text::url::check(url, crate::text::url::Use::Link, &url_policy) =>
                {
                    problems.push(ctx.said_at_value(&format!("{field}.url"), refused.msg))
                }
                Some(title) => menu.push(MenuItem::Url {
                    url: url.clone(),
                    title,
                }),
                None => problems.push(ctx.said_at_value(&field, Msg::new("menu-url-no-title"))),
            },
            _ => problems.push(ctx.said_at_value(&field, Msg::new("menu-page-or-url"))),
        }
    }

    let mut taxonomies = Vec::new();
    for (name, t) in &raw.taxonomies {
        let field = format!("taxonomies.{name}");
        let title = Localized::from_yaml(
            &t.title,
            &format!("{field}.title"),
            &codes,
            &ctx,
            &mut problems,
        )
        .unwrap_or_else(|| Localized::same_for_all(name.clone()));
        let slug = Localized::from_yaml(
            &t.slug,
            &format!("{field}.slug"),
            &codes,
            &ctx,
            &mut problems,
        )
        .unwrap_or_else(|| Localized::same_for_all(crate::text::slugify(name)));
        if t.paginate_by == Some(0) {
            problems.push(ctx.said_at_value(
                &format!("{field}.paginate_by"),
                Msg::new("paginate-by-zero"),
            ));
        }
        taxonomies.push(Taxonomy {
            name: name.clone(),
            field: t.field.clone().unwrap_or_else(|| name.clone()),
            title,
            slug,
            paginate_by: t.paginate_by.filter(|n| *n > 0),
        });
    }

    check_taxonomy_slugs(&taxonomies, &codes, &ctx, &mut problems);

    // Without its theme nothing can render: one error at `theme:`, not one per template.
    let themes = root.join("themes");
    if !themes.join(&raw.theme).is_dir() {
        let mut available: Vec<String> = std::fs::read_dir(&themes)
            .into_iter()
            .flatten()
            .flatten()
            .filter(|e| e.path().join("templates").is_dir())
            .filter_map(|e| e.file_name().into_string().ok())
            .collect();
        available.sort();
        let names: Vec<&str> = available.iter().map(String::as_str).collect();
        let near = crate::suggest::did_you_mean(&raw.theme, names.iter().copied());
        let case = match near {
            Some(_) => "near",
            None if names.is_empty() => "none",
            None => "list",
        };
        problems.push(
            ctx.said_at_value(
                "theme",
                Msg::new("theme-missing")
                    .arg("theme", &raw.theme)
                    .arg("case", case)
                    .arg("near", near.unwrap_or_default())
                    .arg("themes", Arg::all_of(&names)),
            ),
        );
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let search = match &raw.search {
        Some(s) => {
            let path = Localized::from_yaml(&s.path, "search.path", &codes, &ctx, &mut problems)
                .unwrap_or_else(|| Localized::same_for_all("search"));
            Some(path)
        }
        None => None,
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    let image = raw.image.map(|i| {
        if i.contains("://") {
            i
        } else {
            format!("{base_url}/{}", i.trim_start_matches('/'))
        }
    });
    let base_path = base_path(&base_url);
    let placeholders =
        placeholders::found(&doc.value, &base_url, overrides.base_url.is_some(), &ctx);
    Ok(Config {
        root: root.to_path_buf(),
        boundary: crate::source::Boundary::new(root),
        file: display.to_path_buf(),
        text,
        title,
        description,
        extra: site_paths_under(raw.extra, &base_path),
        base_url,
        base_path,
        languages,
        theme: raw.theme,
        menu,
        taxonomies,
        image,
        search,
        url_policy,
        images,
        warnings,
        placeholders,
    })
}

/// Why `locale` cannot be used. ICU4X's reason is technical and in English: it is
/// quoted, not translated.
fn locale_unknown(locale: &str, e: &crate::l10n::L10nError) -> Msg {
    use crate::l10n::L10nError;
    let msg = Msg::new("locale-unknown").arg("locale", locale);
    match e {
        L10nError::InvalidLocale { reason, .. } => msg
            .arg("case", "invalid")
            .arg("formatter", "")
            .arg("reason", reason),
        L10nError::MissingData {
            formatter, reason, ..
        } => {
            let formatter = match *formatter {
                "decimal" => "decimal",
                "compact decimal" => "compact",
                "plural rules" => "plural",
                _ => "date",
            };
            msg.arg("case", "missing-data")
                .arg("formatter", formatter)
                .arg("reason", reason)
        }
        other => msg
            .arg("case", "other")
            .arg("formatter", "")
            .arg("reason", other.to_string()),
    }
}

/// Checks `images:`: every width 1–10000 pixels, quality 1–100, a limit of at least one
/// megapixel. What is left out keeps its default.
fn image_settings(
    raw: Option<&RawImages>,
    ctx: &YamlContext<'_>,
    problems: &mut Vec<Diagnostic>,
) -> ImageSettings {
    let mut settings = ImageSettings::default();
    let Some(raw) = raw else {
        return settings;
    };
    if let Some(widths) = &raw.widths {
        if widths.is_empty() {
            problems.push(ctx.said_at_value("images.widths", Msg::new("images-widths-empty")));
        }
        for (i, &w) in widths.iter().enumerate() {
            if !(16..=10_000).contains(&w) {
                problems.push(ctx.said_at_value(
                    &format!("images.widths[{i}]"),
                    Msg::new("images-width-invalid").arg("width", w.to_string()),
                ));
            }
        }
        let mut widths = widths.clone();
        widths.sort_unstable();
        widths.dedup();
        settings.widths = widths;
    }
    if let Some(q) = raw.quality {
        if (1..=100).contains(&q) {
            settings.quality = q as u8;
        } else {
            problems.push(ctx.said_at_value(
                "images.quality",
                Msg::new("images-quality-invalid").arg("quality", q.to_string()),
            ));
        }
    }
    if let Some(mp) = raw.max_megapixels {
        if mp == 0 {
            problems.push(
                ctx.said_at_value("images.max_megapixels", Msg::new("images-megapixels-zero")),
            );
        } else {
            settings.max_pixels = u64::from(mp) * 1_000_000;
        }
    }
    if let Some(sizes) = &raw.sizes {
        settings.sizes = sizes.clone();
    }
    settings
}

/// `vi`, `en`, `ko`, `zh-hant`: what a file-name suffix or URL prefix may be.
/// Two taxonomies with one slug in a language would publish their pages at the same
/// addresses: an error at the later one's `slug`, once per pair.
fn check_taxonomy_slugs(
    taxonomies: &[Taxonomy],
    codes: &[&str],
    ctx: &YamlContext<'_>,
    problems: &mut Vec<Diagnostic>,
) {
    let mut reported = Vec::new();
    for code in codes {
        let mut by_slug: std::collections::HashMap<String, &str> = std::collections::HashMap::new();
        for t in taxonomies {
            let slug = crate::text::slugify(t.slug.get(code, codes[0]));
            match by_slug.get(slug.as_str()) {
                Some(&first) if !reported.contains(&(first, t.name.as_str())) => {
                    reported.push((first, t.name.as_str()));
                    let field = [
                        format!("taxonomies.{}.slug.{code}", t.name),
                        format!("taxonomies.{}.slug", t.name),
                    ]
                    .into_iter()
                    .find(|f| ctx.positions.get(f).is_some())
                    .unwrap_or_else(|| format!("taxonomies.{}", t.name));
                    problems.push(
                        ctx.said_at_value(
                            &field,
                            Msg::new("taxonomy-slug-clash")
                                .arg("first", first)
                                .arg("second", &t.name)
                                .arg("slug", &slug)
                                .arg("code", *code),
                        ),
                    );
                }
                Some(_) => {}
                None => {
                    by_slug.insert(slug, &t.name);
                }
            }
        }
    }
}

pub fn is_language_code(s: &str) -> bool {
    let mut parts = s.split('-');
    let first = parts.next().unwrap_or_default();
    (2..=3).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Parses `yaml` as the site.yaml of a site whose `themes/default/` exists.
    fn load_str(yaml: &str) -> Result<Config, Vec<Diagnostic>> {
        let site = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir_all(site.path().join("themes/default/templates")).expect("mkdir");
        parse(
            site.path(),
            Path::new("site.yaml"),
            yaml.to_string(),
            &Overrides::default(),
        )
    }

    const OK: &str = "title: { vi: \"Hậu Giang\", en: \"Hau Giang\" }\nbase_url: \"https://example.org/\"\ndefault_language: vi\nlanguages:\n  en: { name: English, locale: en-GB, missing: omit }\n  vi: { name: \"Tiếng Việt\", locale: vi-VN }\n";

    #[test]
    fn default_language_comes_first_at_the_root() {
        let c = load_str(OK).unwrap();
        assert_eq!(c.language_codes(), ["vi", "en"]);
        assert_eq!(c.languages[0].prefix, "");
        assert_eq!(c.languages[1].prefix, "/en");
        assert_eq!(c.languages[1].missing, Missing::Omit);
        assert_eq!(c.base_url, "https://example.org");
        assert_eq!(c.title.get("en", "vi"), "Hau Giang");
        assert_eq!(c.base_path, "");
        assert_eq!(c.site_url("/en/"), "/en/");
    }

    #[test]
    fn a_base_url_with_a_path_puts_every_site_path_under_it() {
        let c = load_str(&OK.replace("example.org/", "owner.github.io/repo/")).unwrap();
        assert_eq!(c.base_url, "https://owner.github.io/repo");
        assert_eq!(c.base_path, "/repo");
        assert_eq!(c.site_url("/en/investment/"), "/repo/en/investment/");
        assert_eq!(c.site_url("/"), "/repo/");
        for untouched in ["https://x.org/a", "//cdn.x.org/a.js", "#top", "a.svg", ""] {
            assert_eq!(c.site_url(untouched), untouched);
        }
        assert_eq!(base_path("http://127.0.0.1:8000/site/?q#x"), "/site");
    }

    #[test]
    fn site_paths_in_extra_go_under_the_base_path_and_other_texts_stay() {
        let yaml = OK.replace("example.org/", "owner.github.io/repo/")
            + "extra:\n  contact: { page: /lien-he/, web: \"https://x.org/a\", note: \"/ a slash\", cdn: //cdn.x.org/a.js }\n  links: [/en/investment/]\n";
        let c = load_str(&yaml).unwrap();
        let contact = &c.extra["contact"];
        assert_eq!(contact["page"], "/repo/lien-he/");
        assert_eq!(contact["web"], "https://x.org/a");
        assert_eq!(contact["note"], "/ a slash");
        assert_eq!(contact["cdn"], "//cdn.x.org/a.js");
        assert_eq!(c.extra["links"][0], "/repo/en/investment/");
    }

    #[test]
    fn unknown_setting_suggests_the_near_one() {
        let errs = load_str(&OK.replace("base_url", "base_ulr")).unwrap_err();
        assert_eq!(
            errs[0].message,
            "site.yaml has no setting called `base_ulr`"
        );
        assert_eq!(errs[0].help.as_deref(), Some("did you mean `base_url`?"));
        assert_eq!(errs[0].line, 2);
    }

    /// Found by serde and by the shape check, a missing setting is still one error.
    #[test]
    fn a_missing_setting_is_one_error() {
        let yaml = format!(
            "# The site.\n{}",
            OK.replace("base_url: \"https://example.org/\"\n", "")
        );
        let errs = load_str(&yaml).unwrap_err();
        assert_eq!(errs.len(), 1, "{errs:#?}");
        assert_eq!(
            errs[0].message,
            "site.yaml is missing the setting `base_url`"
        );
    }

    #[test]
    fn undeclared_default_language_is_reported_at_its_value() {
        let errs =
            load_str(&OK.replace("default_language: vi", "default_language: fr")).unwrap_err();
        assert_eq!(errs.len(), 1);
        assert_eq!((errs[0].line, errs[0].column), (3, 19));
        assert!(errs[0].message.contains("`fr`"));
    }

    #[test]
    fn language_codes() {
        assert!(is_language_code("vi"));
        assert!(is_language_code("zh-hant"));
        assert!(!is_language_code("index"));
        assert!(!is_language_code("V1"));
    }
}
