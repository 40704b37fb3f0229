//! Shortcodes: what the theme and the site declare (`themes/<theme>/shortcodes.yaml`, then
//! the site's own `shortcodes.yaml`), checking each
//! call in the content against it, and rendering calls with `shortcodes/<name>.html`.
//!
//! ```yaml
//! figure:
//!   help: An image with a caption.
//!   args:
//!     src: { kind: asset, required: true }
//!     alt: { required: true }
//!     caption: { required: true }
//! note:
//!   body: true
//!   args:
//!     kind: { values: [info, warning] }
//! ```

use std::collections::BTreeMap;
use std::path::PathBuf;

use indexmap::IndexMap;
use serde::Deserialize;

use crate::config::Config;
use crate::diagnostics::Diagnostic;
use crate::markdown::shortcodes::{ArgValue, Call};
use crate::markdown::{LinkProblem, Problem, Said};
use crate::messages::{Arg, Msg};
use crate::suggest::did_you_mean;

/// The kind of value an argument takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum ArgKind {
    #[default]
    Text,
    Number,
    Boolean,
    /// A file beside the page (or an address): becomes the file's site path.
    Asset,
    /// A page, written `@/section/page.md`.
    Reference,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArgSpec {
    #[serde(default)]
    pub kind: ArgKind,
    #[serde(default)]
    pub required: bool,
    /// The allowed values, if limited.
    #[serde(default)]
    pub values: Vec<String>,
    /// For references: the content type the page must have.
    #[serde(rename = "type")]
    pub target: Option<String>,
    pub help: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShortcodeSpec {
    /// Written as a block `{% name(...) %} … {% end %}` around Markdown.
    #[serde(default)]
    pub body: bool,
    #[serde(default)]
    pub args: IndexMap<String, ArgSpec>,
    pub help: Option<String>,
}

/// The shortcodes the theme and the site declare.
#[derive(Clone, Debug, Default)]
pub struct Shortcodes {
    pub specs: BTreeMap<String, ShortcodeSpec>,
    /// The file that declares each shortcode (the site's `shortcodes.yaml` for those it
    /// adds or replaces).
    pub declared_in: BTreeMap<String, PathBuf>,
    /// A shortcodes.yaml is there but could not be read (its error is reported), so a
    /// call is not also told that its shortcode does not exist.
    pub unreadable: bool,
}

/// Reads the theme's `shortcodes.yaml`, then the site's own, whose declarations add
/// shortcodes or replace the theme's of the same name (none: no shortcodes).
pub fn load(config: &Config, problems: &mut Vec<Diagnostic>) -> Shortcodes {
    let mut shortcodes = Shortcodes::default();
    for path in [
        config.theme_dir().join("shortcodes.yaml"),
        config.root.join("shortcodes.yaml"),
    ] {
        let display = crate::diagnostics::display_path(&config.root, &path);
        let text = match config.boundary.read_text(&path) {
            Ok(Some(text)) => text,
            Ok(None) => continue,
            Err(d) => {
                problems.push(d);
                shortcodes.unreadable = true;
                continue;
            }
        };
        if let Err(d) = crate::yaml::check_depth(&text, 1, &display, &text) {
            problems.push(*d);
            shortcodes.unreadable = true;
            continue;
        }
        match serde_yaml::from_str::<Option<BTreeMap<String, ShortcodeSpec>>>(&text) {
            Ok(specs) => {
                for (name, spec) in specs.unwrap_or_default() {
                    shortcodes.declared_in.insert(name.clone(), display.clone());
                    shortcodes.specs.insert(name, spec);
                }
            }
            Err(e) => {
                problems.push(crate::yaml::error_diagnostic(&e, &display, &text, 1));
                shortcodes.unreadable = true;
            }
        }
    }
    shortcodes
}

/// What checking a call needs to know about the page and the site.
pub trait CallContext {
    /// The content type of the page at `@/path`, or why it cannot be used.
    /// The content type of the page at `content_path`; `Ok(None)` when it cannot be known
    /// because a file failed to read (that error is reported already).
    fn page_type(&self, content_path: &str) -> Result<Option<String>, LinkProblem>;
    /// The site path of a file beside the page.
    fn asset(&self, relative: &str) -> Option<String>;
    /// The photo beside the page, or why it cannot be shown; `None` for other files.
    fn picture(&self, _relative: &str) -> Option<Result<crate::images::Picture, LinkProblem>> {
        None
    }
    /// Which addresses the site publishes.
    fn url_policy(&self) -> &crate::text::url::UrlPolicy;
}

/// Checks `call` against the declarations; asset arguments become site paths.
pub fn check_call(shortcodes: &Shortcodes, call: &mut Call, cx: &dyn CallContext) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut problem = |offset: usize, said: Said| problems.push(Problem::error(offset, said));
    let name_of_call = call.name.clone();
    let msg = |id| Msg::new(id).arg("name", &name_of_call);
    let Some(spec) = shortcodes.specs.get(&call.name) else {
        if shortcodes.unreadable {
            return problems;
        }
        let names: Vec<&str> = shortcodes.specs.keys().map(String::as_str).collect();
        let unknown = msg("shortcode-unknown");
        let unknown = match did_you_mean(&call.name, names.iter().copied()) {
            Some(n) => unknown.arg("case", "near").arg("near", n),
            None if names.is_empty() => unknown.arg("case", "none-at-all"),
            None => unknown
                .arg("case", "list")
                .arg("names", Arg::all_of(&names)),
        };
        problem(call.offset, unknown.into());
        return problems;
    };
    match (spec.body, call.body.is_some()) {
        (true, false) => problem(call.offset, msg("shortcode-wraps-text").into()),
        (false, true) => problem(call.offset, msg("shortcode-does-not-wrap").into()),
        _ => {}
    }
    for (name, value, offset) in &mut call.args {
        let Some(arg) = spec.args.get(name.as_str()) else {
            let names: Vec<&str> = spec.args.keys().map(String::as_str).collect();
            let unknown = msg("shortcode-arg-unknown").arg("arg", name.as_str());
            let unknown = match did_you_mean(name, names.iter().copied()) {
                Some(n) => unknown.arg("case", "near").arg("near", n),
                None if names.is_empty() => unknown.arg("case", "none-at-all"),
                None => unknown
                    .arg("case", "list")
                    .arg("names", Arg::all_of(&names)),
            };
            problem(*offset, unknown.into());
            continue;
        };
        let expected = match arg.kind {
            ArgKind::Number => matches!(value, ArgValue::Number(_)),
            ArgKind::Boolean => matches!(value, ArgValue::Bool(_)),
            _ => matches!(value, ArgValue::Text(_)),
        };
        if !expected {
            let kind = match arg.kind {
                ArgKind::Number => "number",
                ArgKind::Boolean => "boolean",
                _ => "text",
            };
            problem(
                *offset,
                Msg::new("shortcode-arg-kind")
                    .arg("arg", name.as_str())
                    .arg("kind", kind)
                    .into(),
            );
            continue;
        }
        let ArgValue::Text(text) = value else {
            continue;
        };
        // An address that would run script is refused in any argument: a template may
        // put any of them in an `href` or `src`.
        let refused = match arg.kind {
            ArgKind::Asset => {
                crate::text::url::check(text, crate::text::url::Use::Image, cx.url_policy())
            }
            _ => crate::text::url::check_text(text),
        };
        if let Err(refused) = refused {
            problem(*offset, Said::Msg(refused.msg.arg("where", name.as_str())));
            continue;
        }
        if !arg.values.is_empty() && !arg.values.contains(text) {
            let allowed: Vec<&str> = arg.values.iter().map(String::as_str).collect();
            problem(
                *offset,
                Msg::new("shortcode-value-not-allowed")
                    .arg("value", text.as_str())
                    .arg("arg", name.as_str())
                    .arg("values", Arg::one_of(&allowed))
                    .into(),
            );
        }
        match arg.kind {
            ArgKind::Reference => match text.strip_prefix("@/") {
                None => problem(
                    *offset,
                    Msg::new("shortcode-arg-not-page")
                        .arg("arg", name.as_str())
                        .into(),
                ),
                Some(path) => match cx.page_type(path) {
                    Ok(None) => {}
                    Err(p) if p.quiet => {}
                    Ok(Some(t)) => {
                        if let Some(wanted) = &arg.target
                            && t != *wanted
                        {
                            problem(
                                *offset,
                                msg("shortcode-page-type")
                                    .arg("page", text.as_str())
                                    .arg("type", t)
                                    .arg("wanted", wanted)
                                    .into(),
                            );
                        }
                    }
                    Err(p) => problem(*offset, p.said),
                },
            },
            ArgKind::Asset => {
                let is_address = text.contains("://") || text.starts_with('/');
                if !is_address {
                    let relative = text.trim_start_matches("./");
                    if let Some(Err(p)) = cx.picture(relative) {
                        problem(*offset, p.said);
                    }
                    match cx.asset(relative) {
                        Some(url) => *text = url,
                        None => problem(
                            *offset,
                            Msg::new("shortcode-file-missing")
                                .arg("file", text.as_str())
                                .into(),
                        ),
                    }
                }
            }
            _ => {}
        }
    }
    for (name, arg) in &spec.args {
        if arg.required && !call.args.iter().any(|(n, _, _)| n == name) {
            let needs = msg("shortcode-arg-required").arg("arg", name);
            // The declaration's own words about the argument, if it has some.
            let needs = match &arg.help {
                Some(h) => needs.arg("case", "about").arg("about", h),
                None => needs.arg("case", "none"),
            };
            problem(call.offset, needs.into());
        }
    }
    problems
}

/// A call's arguments as template variables.
pub fn call_context(call: &Call) -> tera::Context {
    let mut ctx = tera::Context::new();
    for (name, value, _) in &call.args {
        let v = match value {
            ArgValue::Text(t) => tera::Value::from(t.as_str()),
            ArgValue::Number(n) if n.fract() == 0.0 => tera::Value::from(*n as i64),
            ArgValue::Number(n) => tera::Value::from(*n),
            ArgValue::Bool(b) => tera::Value::from(*b),
        };
        ctx.insert_value(name.clone(), v);
    }
    ctx
}

/// Puts each call's HTML where its placeholder is; a placeholder alone in a paragraph
/// replaces the paragraph, so a block (a figure, a note) is not wrapped in `<p>`.
pub fn substitute(html: &str, rendered: &[String]) -> String {
    let mut out = html.to_string();
    for (n, h) in rendered.iter().enumerate() {
        let ph = crate::markdown::shortcodes::placeholder(n);
        let para = format!("<p>{ph}</p>");
        if out.contains(&para) {
            out = out.replacen(&para, h, 1);
        } else {
            out = out.replacen(&ph, h, 1);
        }
    }
    out
}
