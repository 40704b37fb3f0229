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
use crate::diagnostics::Diagnostic;

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
        problems.push(
            Diagnostic::error(
                crate::diagnostics::display_path(&config.root, &theme_dir),
                format!("the theme `{}` has no templates folder", config.theme),
            )
            .help("check `theme:` in site.yaml; the theme lives in `themes/<name>/templates/`"),
        );
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
        ErrorKind::MissingParent { current, parent } => vec![
            place_in_template(
                files,
                current,
                &format!("{{% extends \"{parent}\""),
                format!("this template extends `{parent}`, which does not exist"),
            )
            .help(format!(
                "create `{parent}` in the theme's templates folder, or fix the name"
            )),
        ],
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
                vec![
                    place_in_template(
                        files,
                        repeated,
                        "{% extends",
                        format!("`{repeated}` extends itself"),
                    )
                    .help(format!(
                        "a site's `templates/{repeated}` replaces the theme's file of that name \
                         instead of extending it: copy the theme's `{repeated}` there and edit \
                         the copy, or extend another template"
                    )),
                ]
            } else {
                vec![
                    place_in_template(
                        files,
                        repeated,
                        "{% extends",
                        format!("this template extends itself through {}", cycle.join(" → ")),
                    )
                    .help("one of these `{% extends %}` lines must go"),
                ]
            }
        }
        ErrorKind::CircularInclude { tpl, include_chain } => vec![
            Diagnostic::error(
                file_of(tpl),
                format!(
                    "this template includes itself through {}, which would never end",
                    include_chain.join(" → ")
                ),
            )
            .help("one of these `{% include %}` lines must go"),
        ],
        ErrorKind::TemplateNotFound(name) => vec![Diagnostic::error(
            "themes",
            format!("the template `{name}` does not exist"),
        )],
        ErrorKind::Msg(msg) => {
            let parsed = parse_reports(msg, files);
            if parsed.is_empty() {
                vec![Diagnostic::error(
                    "themes",
                    format!("template error: {msg}"),
                )]
            } else {
                parsed
            }
        }
        other => vec![Diagnostic::error(
            "themes",
            format!("template error: {other}"),
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
    let (message, help) = explain(r.message());
    let mut d = Diagnostic::error(display, message);
    if let Some(h) = help {
        d = d.help(h);
    }

    d = if source.is_empty() {
        d.at_position(span.start_line, span.start_col + 1)
    } else {
        d.at(source, span.start_line, span.start_col + 1)
    };
    if let Some(page) = rendering {
        d = d.note(format!("while rendering `{}`", page.display()));
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
            let (message, help) = explain(m);
            let d = match files.get(name) {
                Some(f) => Diagnostic::error(&f.display, message).at(&f.source, line_no, col),
                None => Diagnostic::error(name, message).at_position(line_no, col),
            };
            out.push(match help {
                Some(h) => d.help(h),
                None => d,
            });
        }
    }
    out
}

/// Tera's message in plain words, and a likely fix.
fn explain(m: &str) -> (String, Option<String>) {
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
        let all = format!(
            "outreach adds {} to Tera's `range` and `throw`",
            crate::suggest::all_of(&FUNCTIONS[2..])
        );
        let help = match crate::suggest::did_you_mean(name, FUNCTIONS) {
            Some(close) => format!("did you mean `{close}`? {all}"),
            None => all,
        };
        return (
            format!("there is no template function `{name}`"),
            Some(help),
        );
    }
    if let Some(rest) = m.strip_prefix("Unknown filter `") {
        let name = rest.trim_end_matches('`');
        return (
            format!("there is no template filter `{name}`"),
            Some("outreach adds `date`, `number`, `compact`, `money` and `area` to Tera's own filters".into()),
        );
    }
    if let Some(rest) = m.strip_prefix("Found ")
        && let Some((found, expected)) = rest.trim_end_matches('.').split_once(" but expected ")
    {
        let help = if expected.contains("}}") {
            "close the `{{ … }}` on this line with `}}`"
        } else if expected.contains("%}") {
            "close the `{% … %}` tag on this line with `%}`"
        } else {
            "check the tag's spelling against Tera's syntax"
        };
        return (
            format!("the template has {found} where {expected} should be"),
            Some(help.into()),
        );
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
        let message = format!("there is no field `{name}` here");
        let mut help = match crate::suggest::did_you_mean(name, fields.iter().copied()) {
            Some(close) => format!("did you mean `{close}`? "),
            None => String::new(),
        };
        if !fields.is_empty() {
            help += &format!("the fields here are {}; ", crate::suggest::all_of(&fields));
        }
        help += "for a field only some pages have, test it first: `{% if … is defined %}`";
        return (message, Some(help));
    }
    if let Some(rest) = m.strip_prefix("Block `")
        && let Some(name) = rest.strip_suffix("` is not defined in any parent template")
    {
        return (
            format!(
                "this template fills the block `{name}`, but the template it extends has no `{{% block {name} %}}`"
            ),
            Some(format!(
                "add `{{% block {name} %}}{{% endblock {name} %}}` to the template it extends; if your site's `templates/` folder overrides that template, copy the block from the theme's version"
            )),
        );
    }
    if m.starts_with("Unexpected end of input") {
        return (
            "the template ends while a tag is still open".into(),
            Some("every `{% if %}`, `{% for %}` and `{% block %}` needs its `{% endif %}`, `{% endfor %}` or `{% endblock %}`".into()),
        );
    }
    (m.to_string(), None)
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
                    Diagnostic::error(
                        &f.display,
                        format!(
                            "the component `{name}` calls itself and never stops (Tera gave up at its recursion limit)"
                        ),
                    )
                    .at(&f.source, line, column)
                    .help("call it inside an `{% if %}` that is false at some depth, e.g. `{% if n < 5 %}`"),
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
    message: String,
) -> Diagnostic {
    match files.get(name) {
        Some(f) => {
            let line = f
                .source
                .lines()
                .position(|l| l.contains(needle))
                .map_or(1, |i| i + 1);
            Diagnostic::error(&f.display, message).at(&f.source, line, 1)
        }
        None => Diagnostic::error(name, message),
    }
}
