//! Problems found in the author's files, collected across a whole run.
//!
//! Every stage pushes [`Diagnostic`]s instead of stopping at the first problem, so an
//! author fixes five mistakes after one build, not one per build. Each diagnostic names
//! the file, line and column, quotes the offending line and, where a fix is likely,
//! says what to do. `main.rs` prints them in one of three formats.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Serialize;

/// How bad a problem is: errors fail the build, warnings do not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    fn label(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// One problem, with where it is and what to do about it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// The file, relative to the site root where possible.
    pub path: PathBuf,
    /// 1-based line; 0 when the problem concerns the whole file.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    /// The text of `line`, quoted under the message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_line: Option<String>,
    /// Further places involved (for example the other file of a clash).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// The message's stable code (`E0012`), the same in every language.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The catalogue message the text was made from, to print it in the run's language.
    #[serde(skip)]
    pub msg: Option<crate::messages::Msg>,
    /// The notes said from the catalogues, by their index in `notes`.
    #[serde(skip)]
    pub said_notes: Vec<(usize, crate::messages::Msg)>,
}

impl Diagnostic {
    pub fn error(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Self::new(Severity::Error, path, message)
    }

    pub fn warning(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Self::new(Severity::Warning, path, message)
    }

    fn new(severity: Severity, path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity,
            path: path.into(),
            line: 0,
            column: 0,
            message: message.into(),
            help: None,
            source_line: None,
            notes: Vec::new(),
            code: None,
            msg: None,
            said_notes: Vec::new(),
        }
    }

    /// A diagnostic saying the catalogue message `msg` (its text and help line).
    pub fn said(severity: Severity, path: impl Into<PathBuf>, msg: crate::messages::Msg) -> Self {
        let english = crate::messages::Lang::En;
        let mut d = Self::new(severity, path, msg.text(english));
        d.help = msg.help(english);
        d.code = msg.code();
        d.msg = Some(msg);
        d
    }

    /// The diagnostic as said in `lang`: its message and help from the catalogue when it
    /// was made from one, else as written.
    pub fn in_language(&self, lang: crate::messages::Lang) -> Diagnostic {
        let mut d = self.clone();
        if let Some(msg) = &self.msg {
            d.message = msg.text(lang);
            d.help = msg.help(lang).or(d.help);
        }
        for (i, msg) in &self.said_notes {
            if let Some(note) = d.notes.get_mut(*i) {
                *note = msg.text(lang);
            }
        }
        d
    }

    /// Places the diagnostic at a 1-based line and column of `text` and quotes that line.
    pub fn at(mut self, text: &str, line: usize, column: usize) -> Self {
        self.line = line;
        self.column = column.max(1);
        self.source_line = text
            .lines()
            .nth(line.saturating_sub(1))
            .map(|l| l.trim_end_matches('\r').to_string());
        self
    }

    /// Places the diagnostic at `line` and `column`, quoting `source_line`, the text of
    /// that line (from an index of the file's lines, where many problems are placed in
    /// one file: [`Diagnostic::at`] reads the file from its start every time).
    pub fn at_quoting(mut self, line: usize, column: usize, source_line: &str) -> Self {
        self.line = line;
        self.column = column.max(1);
        self.source_line = Some(source_line.to_string());
        self
    }

    /// Places the diagnostic without quoting (the text is not at hand).
    pub fn at_position(mut self, line: usize, column: usize) -> Self {
        self.line = line;
        self.column = column.max(1);
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }

    /// A note from the catalogues, printed in the run's language.
    pub fn note_said(mut self, msg: crate::messages::Msg) -> Self {
        self.notes.push(msg.text(crate::messages::Lang::En));
        self.said_notes.push((self.notes.len() - 1, msg));
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `path:line:column: error: message`, the line quoted with a caret, then notes and help.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let path = self.path.display();
        let label = self.severity.label();
        let code = self
            .code
            .as_ref()
            .map(|c| format!(" [{c}]"))
            .unwrap_or_default();
        if self.line > 0 {
            let _ = write!(
                out,
                "{path}:{}:{}: {label}: {}{code}",
                self.line, self.column, self.message
            );
        } else {
            let _ = write!(out, "{path}: {label}: {}{code}", self.message);
        }
        let gutter = self.line.to_string().len();
        let pad = " ".repeat(gutter);
        if let Some(src) = &self.source_line {
            let caret_pad: String = src
                .chars()
                .take(self.column.saturating_sub(1))
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            let _ = write!(
                out,
                "\n{pad} |\n{} | {src}\n{pad} | {caret_pad}^",
                self.line
            );
        }
        for note in &self.notes {
            let _ = write!(out, "\n{pad} = note: {note}");
        }
        if let Some(help) = &self.help {
            let _ = write!(out, "\n{pad} = help: {help}");
        }
        out
    }

    /// A GitHub Actions workflow command, which shows as an annotation on the file.
    pub fn to_github(&self) -> String {
        let kind = self.severity.label();
        let mut msg = self.message.clone();
        if let Some(help) = &self.help {
            msg.push_str("\nhelp: ");
            msg.push_str(help);
        }
        let mut props = format!("file={}", escape_gh_property(&self.path.to_string_lossy()));
        if self.line > 0 {
            let _ = write!(props, ",line={},col={}", self.line, self.column);
        }
        let title = match &self.code {
            Some(code) => format!("outreach {code}"),
            None => "outreach".to_string(),
        };
        format!(
            "::{kind} {props},title={}::{}",
            escape_gh_property(&title),
            escape_gh_data(&msg)
        )
    }
}

fn escape_gh_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_gh_property(s: &str) -> String {
    escape_gh_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// The diagnostics of a run, kept in a stable order for printing.
#[derive(Clone, Debug, Default)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }

    pub fn extend(&mut self, ds: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(ds);
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Sorted by file, then position, errors before warnings at one place; duplicates removed.
    pub fn sorted(mut self) -> Vec<Diagnostic> {
        self.items.sort_by(|a, b| {
            (&a.path, a.line, a.column, a.severity, &a.message)
                .cmp(&(&b.path, b.line, b.column, b.severity, &b.message))
        });
        self.items.dedup();
        self.items
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

impl FromIterator<Diagnostic> for Diagnostics {
    fn from_iter<I: IntoIterator<Item = Diagnostic>>(iter: I) -> Self {
        Diagnostics {
            items: iter.into_iter().collect(),
        }
    }
}

/// The way diagnostics are printed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// `path:line:col: error: message` with the line quoted
    #[default]
    Text,
    /// one JSON array of objects, for tools
    Json,
    /// GitHub Actions annotations (workflow commands)
    Github,
}

/// Formats a sorted list of diagnostics for printing. Control characters an author's
/// text may hold (NUL, escape…) are shown as `\u{1b}`, never sent to the terminal.
pub fn render(diags: &[Diagnostic], format: Format) -> String {
    render_in(diags, format, crate::messages::Lang::En)
}

/// [`render`], each message said in `lang`.
pub fn render_in(diags: &[Diagnostic], format: Format, lang: crate::messages::Lang) -> String {
    let said: Vec<Diagnostic>;
    let diags = if lang == crate::messages::Lang::En {
        diags
    } else {
        said = diags.iter().map(|d| d.in_language(lang)).collect();
        &said
    };
    let out = render_raw(diags, format);
    if out.contains(|c: char| c.is_control() && c != '\n' && c != '\t') {
        out.chars()
            .map(|c| match c {
                '\n' | '\t' => c.to_string(),
                c if c.is_control() => c.escape_unicode().to_string(),
                c => c.to_string(),
            })
            .collect()
    } else {
        out
    }
}

fn render_raw(diags: &[Diagnostic], format: Format) -> String {
    match format {
        Format::Text => {
            let mut out = String::new();
            for d in diags {
                out.push_str(&d.to_text());
                out.push_str("\n\n");
            }
            out
        }
        Format::Json => {
            let mut s = serde_json::to_string_pretty(diags).unwrap_or_else(|_| "[]".into());
            s.push('\n');
            s
        }
        Format::Github => {
            let mut out = String::new();
            for d in diags {
                out.push_str(&d.to_github());
                out.push('\n');
            }
            out
        }
    }
}

/// Makes `path` relative to `root` for display, if it lies inside it.
pub fn display_path(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root)
        .map(Path::to_path_buf)
        .unwrap_or_else(|_| path.to_path_buf())
}

/// Converts a byte offset in `text` to a 1-based (line, column), columns in characters.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..floor_char_boundary(text, offset)];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_format_quotes_the_line_with_a_caret_under_the_column() {
        let text = "---\ntitle: [a, b]\n---\n";
        let d = Diagnostic::error("content/x.md", "`title` must be text")
            .at(text, 2, 8)
            .help("write `title: \"…\"`");
        assert_eq!(
            d.to_text(),
            "content/x.md:2:8: error: `title` must be text\n  |\n2 | title: [a, b]\n  |        ^\n  = help: write `title: \"…\"`"
        );
    }

    #[test]
    fn control_characters_are_shown_escaped() {
        let d = Diagnostic::error("a.md", "the slug `an\0to\u{1b}an` is wrong");
        let out = render(&[d], Format::Text);
        assert!(out.contains("the slug `an\\u{0}to\\u{1b}an`"), "{out}");
    }

    #[test]
    fn github_format_escapes_newlines_and_commas() {
        let d = Diagnostic::error("a,b.md", "one\ntwo").at_position(3, 4);
        assert_eq!(
            d.to_github(),
            "::error file=a%2Cb.md,line=3,col=4,title=outreach::one%0Atwo"
        );
    }

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let text = "ab\nđầu tư x";
        assert_eq!(line_col(text, text.find('x').unwrap()), (2, 8));
    }
}
