//! Syntax highlighting of fenced code with syntect, as CSS classes (`hl-…`) styled by
//! the theme's `syntax.css` — no inline styles. The syntax definitions are loaded the
//! first time a page has a code block with a language, never for a site without one.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use rustc_hash::FxHashMap;
use syntect::html::{ClassStyle, line_tokens_to_classed_spans};
use syntect::parsing::{ParseState, ScopeStack, ScopeStackOp, SyntaxSet};
use syntect::util::LinesWithEndings;

use crate::text::html::escape;

/// The prefix of every class syntect writes.
pub const CLASS_STYLE: ClassStyle = ClassStyle::SpacedPrefixed { prefix: "hl-" };

static SYNTAXES: OnceLock<SyntaxSet> = OnceLock::new();

/// True once a code block has made outreach load the syntax definitions.
pub fn syntaxes_loaded() -> bool {
    SYNTAXES.get().is_some()
}

/// `<pre><code>` for `code`, highlighted when `lang` names a known syntax.
pub fn code_block(code: &str, lang: Option<&str>) -> String {
    let lang = lang
        .map(|l| l.split([',', ' ']).next().unwrap_or(l).trim())
        .filter(|l| !l.is_empty());
    let highlighted = lang.and_then(|l| highlight(code, l));
    let class = lang
        .map(|l| {
            format!(
                " class=\"language-{}\" data-lang=\"{}\"",
                escape(l),
                escape(l)
            )
        })
        .unwrap_or_default();
    match highlighted {
        Some(html) => format!("<pre class=\"highlight\"><code{class}>{html}</code></pre>\n"),
        None => format!("<pre><code{class}>{}</code></pre>\n", escape(code)),
    }
}

/// Highlighted blocks by language and code: a translation repeats its original's code
/// blocks, so each is highlighted once.
type Highlighted = HashMap<(String, String), Option<String>>;
static DONE: OnceLock<Mutex<Highlighted>> = OnceLock::new();

fn highlight(code: &str, lang: &str) -> Option<String> {
    let done = DONE.get_or_init(Default::default);
    let key = (lang.to_string(), code.to_string());
    if let Ok(done) = done.lock()
        && let Some(html) = done.get(&key)
    {
        return html.clone();
    }
    let html = highlight_uncached(code, lang);
    if let Ok(mut done) = done.lock() {
        // Bounded, so a site with many distinct blocks does not keep them all.
        if done.len() > 1024 {
            done.clear();
        }
        done.insert(key, html.clone());
    }
    html
}

fn highlight_uncached(code: &str, lang: &str) -> Option<String> {
    let set = SYNTAXES.get_or_init(SyntaxSet::load_defaults_newlines);
    let syntax = set.find_syntax_by_token(lang)?;
    // What `ClassedHTMLGenerator` does, with each line's parse looked up first.
    let mut state = ParseState::new(syntax);
    let mut scopes = ScopeStack::new();
    let mut open_spans = 0isize;
    let mut html = String::with_capacity(code.len() * 3);
    for line in LinesWithEndings::from(code) {
        let ops = parse_line(&mut state, line, set)?;
        let (spans, delta) =
            line_tokens_to_classed_spans(line, &ops, CLASS_STYLE, &mut scopes).ok()?;
        open_spans += delta;
        html.push_str(&spans);
    }
    for _ in 0..open_spans {
        html.push_str("</span>");
    }
    Some(html)
}

/// One line as syntect parsed it: the state it started from, the scope changes found
/// and the state after it.
struct ParsedLine {
    before: ParseState,
    ops: Vec<(usize, ScopeStackOp)>,
    after: ParseState,
}

thread_local! {
    /// Lines already parsed on this thread, by their text. Parsing a line depends only on
    /// the line and the state before it, so a line met again in the same state (a closing
    /// brace, an import, a block repeated with one line changed in a translation) is not
    /// parsed again: the parse is most of the cost of highlighting (20–65 µs a line).
    /// Per thread because a parse state holds regex captures, which cannot cross threads.
    static PARSED: RefCell<ParsedLines> = RefCell::default();
}

/// The lines parsed on a thread, with how many parses they hold in all (a line may have
/// been met in several states).
#[derive(Default)]
struct ParsedLines {
    by_text: FxHashMap<String, Vec<ParsedLine>>,
    count: usize,
}

/// Bounds the parses kept per thread (a few hundred bytes each), so a site of many
/// different blocks does not keep them all.
const PARSED_LINES_KEPT: usize = 2_048;

fn parse_line(
    state: &mut ParseState,
    line: &str,
    set: &SyntaxSet,
) -> Option<Vec<(usize, ScopeStackOp)>> {
    PARSED.with_borrow_mut(|memo| {
        if let Some(parsed) = memo
            .by_text
            .get(line)
            .and_then(|seen| seen.iter().find(|p| p.before == *state))
        {
            state.clone_from(&parsed.after);
            return Some(parsed.ops.clone());
        }
        let before = state.clone();
        let ops = state.parse_line(line, set).ok()?;
        if memo.count >= PARSED_LINES_KEPT {
            *memo = ParsedLines::default();
        }
        memo.count += 1;
        memo.by_text
            .entry(line.to_string())
            .or_default()
            .push(ParsedLine {
                before,
                ops: ops.clone(),
                after: state.clone(),
            });
        Some(ops)
    })
}

/// The stylesheet for the `hl-` classes: syntect's "InspiredGitHub" theme, a light
/// theme whose colours keep WCAG AA contrast on white. The default theme ships it as
/// `static/syntax.css` (a test keeps the two equal).
pub fn theme_css() -> String {
    let themes = syntect::highlighting::ThemeSet::load_defaults();
    let theme = &themes.themes["InspiredGitHub"];
    let css = syntect::html::css_for_theme_with_class_style(theme, CLASS_STYLE).unwrap_or_default();
    format!(
        "/* Syntax highlighting (syntect, InspiredGitHub), generated by outreach: see src/markdown/highlight.rs. */\n{css}"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_languages_get_classes_and_no_inline_style() {
        let html = code_block("fn main() { let x = \"<b>\"; }\n", Some("rust"));
        assert!(
            html.starts_with("<pre class=\"highlight\"><code class=\"language-rust\""),
            "{html}"
        );
        assert!(html.contains("class=\"hl-"), "{html}");
        assert!(!html.contains("style="), "{html}");
        assert!(html.contains("&lt;b&gt;"), "{html}");
    }

    #[test]
    fn the_theme_stylesheet_matches_the_classes_written() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/themes/default/static/syntax.css"
        );
        if std::env::var_os("UPDATE_SYNTAX_CSS").is_some() {
            std::fs::write(path, theme_css()).unwrap();
        }
        let committed = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            committed == theme_css(),
            "themes/default/static/syntax.css is out of date: run `UPDATE_SYNTAX_CSS=1 cargo test the_theme_stylesheet`"
        );
    }

    /// What syntect's own generator writes, line parses not looked up.
    fn reference(code: &str, lang: &str) -> String {
        use syntect::html::ClassedHTMLGenerator;
        let set = SYNTAXES.get_or_init(SyntaxSet::load_defaults_newlines);
        let syntax = set.find_syntax_by_token(lang).unwrap();
        let mut g = ClassedHTMLGenerator::new_with_class_style(syntax, set, CLASS_STYLE);
        for line in LinesWithEndings::from(code) {
            g.parse_html_for_line_which_includes_newline(line).unwrap();
        }
        g.finalize()
    }

    #[test]
    fn lines_met_again_are_highlighted_as_their_state_says() {
        // The same lines in different states: inside a block comment or a string, and
        // not; a translation's block with one line changed; other languages between.
        let blocks = [
            ("rust", "/* start\n}\nlet x = 1;\n*/\n}\nlet x = 1;\n"),
            ("rust", "}\nlet x = 1;\n/* start\n}\nlet x = 1;\n*/\n"),
            ("rust", "let s = \"\n}\nlet x = 1;\n\";\n}\n"),
            ("python", "x = 1\n\"\"\"\n}\nlet x = 1;\n\"\"\"\n"),
            ("rust", "// Đọc dữ liệu\nfn main() {\n    let x = 1;\n}\n"),
            (
                "rust",
                "// Reading the data\nfn main() {\n    let x = 1;\n}\n",
            ),
            ("yaml", "a: |\n  key: 1\nkey: 1\n"),
        ];
        for round in 0..2 {
            for (lang, code) in blocks {
                assert_eq!(
                    highlight_uncached(code, lang).as_deref(),
                    Some(reference(code, lang).as_str()),
                    "round {round}, {lang}: {code:?}"
                );
            }
        }
    }

    #[test]
    fn unknown_or_missing_language_is_plain_escaped_code() {
        assert_eq!(
            code_block("a < b\n", Some("nope")),
            "<pre><code class=\"language-nope\" data-lang=\"nope\">a &lt; b\n</code></pre>\n"
        );
        assert_eq!(code_block("x\n", None), "<pre><code>x\n</code></pre>\n");
    }
}
