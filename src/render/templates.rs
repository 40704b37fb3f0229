//! Loading the theme's Tera templates, with every template error reported at its line.
//!
//! Templates come from `themes/<theme>/templates/`; a file of the same name in the site's
//! own `templates/` folder overrides the theme's. Tera stops at the first syntax error of
//! a batch, so each template is first parsed alone (collecting every syntax error), and
//! only a clean set is loaded together (which checks inheritance, includes, filters and
//! functions).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use tera::{ErrorKind, Tera};

use super::template_ids::ReservedIds;

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Severity};
use crate::messages::{Arg, Msg};

/// An error diagnostic in `path` saying `msg`.
fn said(path: impl Into<PathBuf>, msg: Msg) -> Diagnostic {
    Diagnostic::said(Severity::Error, path, msg)
}

/// One template file.
#[derive(Clone, Debug)]
pub struct TemplateFile {
    /// Shown in diagnostics (`themes/default/templates/page.html`).
    pub display: PathBuf,
    pub source: String,
}

/// The loaded templates, and their files for placing errors.
pub struct Templates {
    pub tera: Tera,
    pub files: BTreeMap<String, TemplateFile>,
    /// The ids the templates write, which no heading may take.
    pub reserved_ids: ReservedIds,
}

impl Templates {
    pub fn exists(&self, name: &str) -> bool {
        self.files.contains_key(name)
    }
}

/// The templates of the side outputs (`crate::outputs`), built into outreach as Zola's
/// are: a file of the same name in the theme's or the site's `templates/` replaces one.
pub const BUILTIN_TEMPLATES: &[(&str, &str)] = &[
    ("sitemap.xml", include_str!("builtins/sitemap.xml")),
    ("atom.xml", include_str!("builtins/atom.xml")),
    ("robots.txt", include_str!("builtins/robots.txt")),
];

/// Reads every template file: the theme's, then the site's overrides.
pub fn read_template_files(
    config: &Config,
    problems: &mut Vec<Diagnostic>,
) -> BTreeMap<String, TemplateFile> {
    // outreach's own templates of the side outputs first: the theme's and the site's
    // files of the same name replace them.
    let mut files: BTreeMap<String, TemplateFile> = BUILTIN_TEMPLATES
        .iter()
        .map(|(name, source)| {
            let file = TemplateFile {
                display: PathBuf::from(format!("(outreach's built-in) {name}")),
                source: source.to_string(),
            };
            (name.to_string(), file)
        })
        .collect();
    let theme_dir = config.theme_dir().join("templates");
    if !theme_dir.is_dir() {
        problems.push(said(
            crate::diagnostics::display_path(&config.root, &theme_dir),
            Msg::new("theme-no-templates").arg("theme", &config.theme),
        ));
    }
    let dirs = [theme_dir, config.root.join("templates")];
    for (name, path) in crate::source::layered_files(config, &dirs, problems) {
        let display = crate::diagnostics::display_path(&config.root, &path);
        match config.boundary.read_text(&path) {
            Ok(Some(source)) => {
                files.insert(name, TemplateFile { display, source });
            }
            Ok(None) => {}
            Err(d) => problems.push(d),
        }
    }
    files
}

/// Loads `files` into `tera` (which already has outreach's functions and filters).
pub fn load(
    mut tera: Tera,
    files: BTreeMap<String, TemplateFile>,
    problems: &mut Vec<Diagnostic>,
) -> Option<Templates> {
    let mut syntax_ok = true;
    for (name, file) in &files {
        let mut alone = Tera::new();
        if let Err(e) = alone.add_raw_template(name, &file.source)
            && let ErrorKind::SyntaxError(report) = e.kind()
        {
            syntax_ok = false;
            problems.push(report_diagnostic(report, &files, None));
        }
    }
    if !syntax_ok {
        return None;
    }
    let batch: Vec<(&str, &str)> = files
        .iter()
        .map(|(n, f)| (n.as_str(), f.source.as_str()))
        .collect();
    if let Err(e) = tera.add_raw_templates(batch) {
        problems.extend(tera_error_diagnostics(&e, &files));
        return None;
    }
    Some(Templates {
        tera,
        reserved_ids: ReservedIds::of(&files),
        files,
    })
}

/// Diagnostics for an error while rendering `rendering` (the page's source), placed in
/// the template files where Tera says; none when the error comes from a page that could
/// not be read, which has its own.
pub fn render_error_diagnostics(
    e: &tera::Error,
    files: &BTreeMap<String, TemplateFile>,
    rendering: Option<&Path>,
) -> Vec<Diagnostic> {
    match e.kind() {
        _ if format!("{e:?}").contains(super::functions::BECAUSE_UNREADABLE) => Vec::new(),
        ErrorKind::RenderingError(report) => vec![report_diagnostic(report, files, rendering)],
        _ => tera_error_diagnostics(e, files),
    }
}

/// Diagnostics for a Tera error, placed in the template files where Tera says.
pub fn tera_error_diagnostics(
    e: &tera::Error,
    files: &BTreeMap<String, TemplateFile>,
) -> Vec<Diagnostic> {
    let file_of = |name: &str| {
        files
            .get(name)
            .map(|f| f.display.clone())
            .unwrap_or_else(|| PathBuf::from(name))
    };
    // A page that could not be read has its own error; what needs it says nothing more.
    if format!("{e:?}").contains(super::functions::BECAUSE_UNREADABLE) {
        return Vec::new();
    }
    if e.to_string().contains("recursion depth for components")
        && let Some(d) = self_calling_component(files)
    {
        return vec![d];
    }
    match e.kind() {
        ErrorKind::SyntaxError(r) | ErrorKind::RenderingError(r) => {
            vec![report_diagnostic(r, files, None)]
        }
        ErrorKind::MissingParent { current, parent } => vec![place_in_template(
            files,
            current,
            &format!("{{% extends \"{parent}\""),
            Msg::new("template-missing-parent").arg("parent", parent),
        )],
        ErrorKind::CircularExtend {
            tpl,
            inheritance_chain,
        } => {
            // Tera names the template it started from; the loop may be further up
            // (`contact.html` → `page.html` → `page.html`). Blame the template that repeats.
            let full: Vec<&str> = std::iter::once(tpl.as_str())
                .chain(inheritance_chain.iter().map(String::as_str))
                .collect();
            let repeated = *full.last().expect("a chain");
            let first = full.iter().position(|n| *n == repeated).unwrap_or(0);
            let cycle = &full[first..];
            if cycle.len() <= 2 {
                vec![place_in_template(
                    files,
                    repeated,
                    "{% extends",
                    Msg::new("template-extends-itself").arg("name", repeated),
                )]
            } else {
                vec![place_in_template(
                    files,
                    repeated,
                    "{% extends",
                    Msg::new("template-extends-cycle").arg("cycle", cycle.join(" → ")),
                )]
            }
        }
        ErrorKind::CircularInclude { tpl, include_chain } => vec![said(
            file_of(tpl),
            Msg::new("template-includes-cycle").arg("cycle", include_chain.join(" → ")),
        )],
        ErrorKind::TemplateNotFound(name) => vec![said(
            "themes",
            Msg::new("template-not-found").arg("name", name),
        )],
        ErrorKind::Msg(msg) => {
            let parsed = parse_reports(msg, files);
            if parsed.is_empty() {
                let error = super::said_errors::english(msg);
                vec![said(
                    "themes",
                    Msg::new("template-error").arg("error", error),
                )]
            } else {
                parsed
            }
        }
        other => vec![said(
            "themes",
            Msg::new("template-error").arg("error", other.to_string()),
        )],
    }
}

/// A diagnostic from one of Tera's located reports.
pub fn report_diagnostic(
    r: &tera::ReportError,
    files: &BTreeMap<String, TemplateFile>,
    rendering: Option<&Path>,
) -> Diagnostic {
    let span = r.span();
    let (display, source) = match files.get(r.filename()) {
        Some(f) => (f.display.clone(), f.source.as_str()),
        None => (PathBuf::from(r.filename()), ""),
    };
    let mut d = said(display, explain(r.message()));

    d = if source.is_empty() {
        d.at_position(span.start_line, span.start_col + 1)
    } else {
        d.at(source, span.start_line, span.start_col + 1)
    };
    if let Some(page) = rendering {
        d = d.note_said(
            crate::messages::Msg::new("note-while-rendering")
                .arg("page", page.display().to_string()),
        );
    }
    d
}

/// Tera's validation errors arrive as text reports joined by blank lines:
/// `error: Unknown filter `x`\n  --> page.html:3:5\n ...`.
fn parse_reports(msg: &str, files: &BTreeMap<String, TemplateFile>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut message: Option<&str> = None;
    for line in msg.lines() {
        if let Some(m) = line.strip_prefix("error: ") {
            message = Some(m);
        } else if let Some(loc) = line.trim_start().strip_prefix("--> ")
            && let Some(m) = message.take()
        {
            let mut parts = loc.rsplitn(3, ':');
            let col: usize = parts.next().and_then(|c| c.parse().ok()).unwrap_or(1);
            let line_no: usize = parts.next().and_then(|l| l.parse().ok()).unwrap_or(1);
            let name = parts.next().unwrap_or_default();
            let msg = explain(m);
            out.push(match files.get(name) {
                Some(f) => said(&f.display, msg).at(&f.source, line_no, col),
                None => said(name, msg).at_position(line_no, col),
            });
        }
    }
    out
}

/// Tera's message in plain words, with a likely fix; Tera's own words when it is not
/// one outreach explains.
fn explain(m: &str) -> Msg {
    if let Some(msg) = super::said_errors::decode(m) {
        return msg;
    }
    if let Some(rest) = m.strip_prefix("Unknown function `") {
        let name = rest.trim_end_matches('`');
        // Tera's own functions, then outreach's (src/render/functions.rs registers them).
        const FUNCTIONS: [&str; 10] = [
            "range",
            "throw",
            "t",
            "url",
            "asset_url",
            "get_section",
            "get_page",
            "get_taxonomy",
            "totals",
            "bar_chart",
        ];
        let near = crate::suggest::did_you_mean(name, FUNCTIONS).unwrap_or("none");
        return Msg::new("template-unknown-function")
            .arg("name", name)
            .arg("near", near)
            .arg("functions", Arg::all_of(&FUNCTIONS[2..]));
    }
    if let Some(rest) = m.strip_prefix("Unknown filter `") {
        let name = rest.trim_end_matches('`');
        return Msg::new("template-unknown-filter").arg("name", name);
    }
    if let Some(rest) = m.strip_prefix("Found ")
        && let Some((found, expected)) = rest.trim_end_matches('.').split_once(" but expected ")
    {
        let case = if expected.contains("}}") {
            "expression"
        } else if expected.contains("%}") {
            "tag"
        } else {
            "other"
        };
        return Msg::new("template-unexpected")
            .arg("found", found)
            .arg("expected", expected)
            .arg("case", case);
    }
    if let Some(rest) = m.strip_prefix("Field `")
        && let Some((name, rest)) = rest.split_once("` is not defined.")
    {
        let fields: Vec<&str> = rest
            .trim()
            .strip_prefix("Available fields:")
            .unwrap_or_default()
            .split(',')
            .map(str::trim)
            .filter(|f| !f.is_empty())
            .collect();
        let near = crate::suggest::did_you_mean(name, fields.iter().copied());
        // A near name is one of the fields, so there is a list whenever there is one.
        let case = match (near, fields.is_empty()) {
            (_, true) => "none",
            (Some(_), false) => "near",
            (None, false) => "list",
        };
        return Msg::new("template-no-field")
            .arg("name", name)
            .arg("case", case)
            .arg("near", near.unwrap_or_default())
            .arg("fields", Arg::all_of(&fields));
    }
    if let Some(rest) = m.strip_prefix("Block `")
        && let Some(name) = rest.strip_suffix("` is not defined in any parent template")
    {
        return Msg::new("template-block-not-in-parent").arg("name", name);
    }
    if m.starts_with("Unexpected end of input") {
        return Msg::new("template-ends-open");
    }
    Msg::new("template-tera").arg("error", m)
}

/// Tera stops a component that calls itself without end but does not say which: the
/// first component whose body calls it by name.
fn self_calling_component(files: &BTreeMap<String, TemplateFile>) -> Option<Diagnostic> {
    for f in files.values() {
        let mut rest = f.source.as_str();
        while let Some(i) = rest.find("{% component ") {
            let start = f.source.len() - rest.len() + i;
            let after = &rest[i + "{% component ".len()..];
            let name: String = after
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            let end = after.find("{% endcomponent").unwrap_or(after.len());
            let body = &after[..end];
            if !name.is_empty()
                && let Some(call) = body.find(&format!("<{name}"))
            {
                let offset = start + "{% component ".len() + call;
                let (line, column) = crate::diagnostics::line_col(&f.source, offset);
                return Some(
                    said(
                        &f.display,
                        Msg::new("template-component-loop").arg("name", &name),
                    )
                    .at(&f.source, line, column),
                );
            }
            rest = &after[end..];
        }
    }
    None
}

/// A diagnostic at the first line of template `name` containing `needle`.
fn place_in_template(
    files: &BTreeMap<String, TemplateFile>,
    name: &str,
    needle: &str,
    msg: Msg,
) -> Diagnostic {
    match files.get(name) {
        Some(f) => {
            let line = f
                .source
                .lines()
                .position(|l| l.contains(needle))
                .map_or(1, |i| i + 1);
            said(&f.display, msg).at(&f.source, line, 1)
        }
        None => said(name, msg),
    }
}
