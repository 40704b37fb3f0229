//! Reading YAML (front matter, site.yaml, data files) with errors an author can act on.
//!
//! Values come from serde_yaml; positions of fields from [`positions`]. libyaml's error
//! messages ("mapping values are not allowed in this context") are turned into plain
//! words with a likely fix.

mod depth;
mod lists;
mod positions;

pub use depth::MAX_DEPTH;
pub use lists::{flow_list, items_of_text, list_written_as_text};
pub use positions::{Pos, Positions};

use std::path::Path;

use serde_yaml::Value;

use crate::diagnostics::Diagnostic;

/// A parsed YAML document and where its fields are.
#[derive(Clone, Debug)]
pub struct Document {
    pub value: Value,
    pub positions: Positions,
}

/// Parses `yaml`, which starts at line `first_line` of `file_text` (the whole file, for
/// quoting lines in errors).
pub fn parse(
    yaml: &str,
    first_line: usize,
    path: &Path,
    file_text: &str,
) -> Result<Document, Box<Diagnostic>> {
    check_depth(yaml, first_line, path, file_text)?;
    match serde_yaml::from_str::<Value>(yaml) {
        Ok(value) => Ok(Document {
            value,
            positions: Positions::scan(yaml, first_line),
        }),
        // A non-breaking or zero-width space pasted from Word, where YAML needs a space,
        // is the likely cause: name it at its column rather than where libyaml gave up.
        Err(err) => Err(Box::new(
            match crate::text::pasted::structural_invisible(yaml) {
                Some(found) => Diagnostic::said(
                    crate::diagnostics::Severity::Error,
                    path,
                    found.msg,
                )
                .at(file_text, first_line + found.line - 1, found.column),
                None => error_diagnostic(&err, path, file_text, first_line),
            },
        )),
    }
}

/// Refuses `yaml` (at line `first_line` of `file_text`) if it opens more than
/// [`MAX_DEPTH`] brackets at once, before libyaml spends minutes reading it. Nesting by
/// indentation is refused by serde_yaml, as quickly and in the same words.
pub fn check_depth(
    yaml: &str,
    first_line: usize,
    path: &Path,
    file_text: &str,
) -> Result<(), Box<Diagnostic>> {
    let Some(offset) = depth::too_many_brackets(yaml) else {
        return Ok(());
    };
    let (line, column) = crate::diagnostics::line_col(yaml, offset);
    Err(Box::new(
        Diagnostic::error(path, too_deep())
            .at(file_text, line + first_line - 1, column)
            .help(format!(
                "{TOO_DEEP_HELP}, or, if the brackets are meant as text, put the whole value in double quotes"
            )),
    ))
}

fn too_deep() -> String {
    format!("lists and groups of fields are nested here more than {MAX_DEPTH} levels deep")
}

const TOO_DEEP_HELP: &str =
    "no page, data file or setting needs as many: write the value with fewer levels";

/// Turns a serde_yaml error into a diagnostic in plain words.
pub fn error_diagnostic(
    err: &serde_yaml::Error,
    path: &Path,
    file_text: &str,
    first_line: usize,
) -> Diagnostic {
    let raw = err.to_string();
    let raw = strip_location(&raw);
    let (message, help) = explain(raw);
    let mut d = Diagnostic::error(path, message);
    let unclosed = err
        .location()
        .filter(|_| d.message.starts_with("a list `[…]`"))
        .and_then(|loc| unclosed_bracket(file_text, first_line, loc.line() + first_line - 1));
    // A quote left open swallows the lines after it, and libyaml stumbles further on
    // ("does not line up"): the opening quote is the place to show. Only for a file that
    // does not read as YAML at all: a value of the wrong kind in one that does (read
    // into settings with serde) is where serde says, and a quoted value may span lines.
    // (Front matter, which starts below line 1, only ever fails as YAML.)
    let syntax = first_line > 1 || serde_yaml::from_str::<Value>(file_text).is_err();
    let open_quote = err
        .location()
        .filter(|_| syntax && !raw.starts_with("duplicate entry"))
        .and_then(|loc| unclosed_quote(file_text, first_line, loc.line() + first_line - 1));
    if let Some((line, column)) = open_quote {
        d.message = "a quoted value is not closed".into();
        d = d
            .at(file_text, line, column)
            .help("add the closing quote at the end of the value");
        return d;
    }
    if let Some(line) = duplicate_line(raw, file_text, first_line) {
        d = d.at(file_text, line, 1);
    } else if let Some((line, column)) = unclosed {
        // libyaml notices at the end of the text; the author needs the opening bracket.
        d = d.at(file_text, line, column);
    } else if let Some(loc) = err.location() {
        d = d.at(file_text, loc.line() + first_line - 1, loc.column());
    } else {
        d = d.at(file_text, first_line, 1);
    }
    if let Some(help) = help {
        d = d.help(help);
    }
    d
}

/// The line and column of the last `[` or `{` left open between `first_line` and
/// `last_line` (brackets inside quotes and comments do not count).
fn unclosed_bracket(
    file_text: &str,
    first_line: usize,
    last_line: usize,
) -> Option<(usize, usize)> {
    let mut open: Vec<(usize, usize, char)> = Vec::new();
    for (i, line) in file_text
        .lines()
        .enumerate()
        .skip(first_line.saturating_sub(1))
        .take(last_line + 1 - first_line.min(last_line + 1))
    {
        let mut quote: Option<char> = None;
        let mut previous = ' ';
        for (col, c) in line.chars().enumerate() {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') => quote = Some(c),
                (None, '#') if previous.is_whitespace() => break,
                (None, '[' | '{') => open.push((i + 1, col + 1, c)),
                (None, ']') if open.last().is_some_and(|o| o.2 == '[') => {
                    open.pop();
                }
                (None, '}') if open.last().is_some_and(|o| o.2 == '{') => {
                    open.pop();
                }
                _ => {}
            }
            previous = c;
        }
    }
    open.last().map(|&(line, column, _)| (line, column))
}

/// The line and column of a quote, between `first_line` and `last_line`, that opens a
/// quoted value left open: still open at `last_line`, or closed on a later line with more
/// text after it (`kicker: "Cổng` then `menu: "Menu"`: the second line's first quote
/// closes the value). A quoted value over several lines that closes at the end of one is
/// valid YAML, and not the problem. A quote opens a value only where one starts (after
/// `: `, `- `, `[`, `{` or `,`); inside a plain value (`title: Nhà "Rồng"`) it is a
/// character like any other.
fn unclosed_quote(file_text: &str, first_line: usize, last_line: usize) -> Option<(usize, usize)> {
    // The quote character and where it opened.
    let mut open: Option<(char, usize, usize)> = None;
    for (i, line) in file_text
        .lines()
        .enumerate()
        .skip(first_line.saturating_sub(1))
        .take((last_line + 1).saturating_sub(first_line))
    {
        let mut value_starts = true;
        let mut chars = line.chars().enumerate().peekable();
        let mut previous = ' ';
        while let Some((col, c)) = chars.next() {
            match open {
                Some(('"', ..)) if c == '\\' => {
                    chars.next();
                }
                Some(('\'', ..)) if c == '\'' && chars.peek().is_some_and(|&(_, n)| n == '\'') => {
                    chars.next();
                }
                Some((q, opened_line, opened_column)) if c == q => {
                    open = None;
                    value_starts = false;
                    // Looking only as far as the next character, so a line of many quoted
                    // values is read once, not once per value.
                    let next = chars.clone().map(|(_, c)| c).find(|c| !c.is_whitespace());
                    let ends_value = matches!(next, None | Some('#' | ',' | ']' | '}'));
                    if opened_line != i + 1 && !ends_value {
                        return Some((opened_line, opened_column));
                    }
                }
                Some(_) => {}
                None if c == '#' && previous.is_whitespace() => break,
                None if (c == '"' || c == '\'') && value_starts => open = Some((c, i + 1, col + 1)),
                None if c.is_whitespace() => {}
                None => value_starts = matches!(c, ':' | '-' | '[' | '{' | ','),
            }
            previous = c;
        }
    }
    open.map(|(_, line, column)| (line, column))
}

/// libyaml places a duplicate key at the start of its mapping; the second occurrence is
/// where the author needs to look.
fn duplicate_line(raw: &str, file_text: &str, first_line: usize) -> Option<usize> {
    let key = raw
        .strip_prefix("duplicate entry with key \"")?
        .strip_suffix('"')?;
    let prefix = format!("{key}:");
    file_text
        .lines()
        .enumerate()
        .skip(first_line - 1)
        .filter(|(_, l)| l.trim_start().starts_with(&prefix))
        .nth(1)
        .map(|(i, _)| i + 1)
}

fn strip_location(msg: &str) -> &str {
    match msg.find(" at line ") {
        Some(i) => &msg[..i],
        None => msg,
    }
}

fn explain(raw: &str) -> (String, Option<String>) {
    if let Some(plain) = type_error(raw) {
        return plain;
    }
    let (message, help): (String, Option<&str>) = if raw.contains("mapping values are not allowed")
    {
        (
            "this line has a `:` that YAML reads as the start of another field".into(),
            Some("put the value in double quotes, e.g. `title: \"Hậu Giang: cơ hội đầu tư\"`"),
        )
    } else if raw.contains("cannot start any token") {
        (
            "this line has a character YAML cannot read here (often a tab, `@` or a backtick at the start of a value)".into(),
            Some("indent with spaces, not tabs, and put a value that starts with `@` or `` ` `` in double quotes"),
        )
    } else if raw.contains("did not find expected key")
        || raw.contains("did not find expected '-' indicator")
    {
        (
            "this line does not line up with the fields around it".into(),
            Some("check its indentation: fields of one group start in the same column"),
        )
    } else if raw.contains("found unexpected end of stream") || raw.contains("quoted scalar") {
        (
            "a quoted value is not closed".into(),
            Some("add the closing quote at the end of the value"),
        )
    } else if raw.contains("did not find expected node content")
        || raw.contains("did not find expected ',' or ']'")
        || raw.contains("did not find expected ',' or '}'")
    {
        (
            "a list `[…]` or group `{…}` is not closed or has a stray character".into(),
            Some("check the brackets: every `[` needs a `]` and every `{` a `}`"),
        )
    } else if let Some(rest) = raw.strip_prefix("duplicate entry with key ") {
        (
            format!("the field {} is written twice", rest.replace('"', "`")),
            Some("keep one of the two lines"),
        )
    } else if raw.contains("recursion limit exceeded") {
        (too_deep(), Some(TOO_DEEP_HELP))
    } else if raw.contains("repetition limit exceeded") {
        (
            "this YAML repeats aliases (`*name`) so often that it would expand without bound"
                .into(),
            Some("write the values out instead of nesting aliases"),
        )
    } else if raw.contains("undefined alias") || raw.contains("unknown anchor") {
        (
            "this YAML uses an alias `*name` that is not defined".into(),
            Some("define the anchor with `&name` before using it, or write the value out"),
        )
    } else {
        (format!("the YAML cannot be read: {raw}"), None)
    };
    (message, help.map(str::to_string))
}

/// serde's complaints about a value of the wrong kind, which name Rust types
/// ("search: invalid type: boolean `true`, expected struct RawSearch"), in plain words:
/// which setting, what it should be and what it is.
fn type_error(raw: &str) -> Option<(String, Option<String>)> {
    let (at, kind) = [
        "invalid type: ",
        "invalid value: ",
        "unknown variant `",
        "unknown field `",
        "missing field `",
    ]
    .into_iter()
    .filter_map(|marker| raw.find(marker).map(|at| (at, marker)))
    .min()?;
    let setting = match raw[..at].strip_suffix(": ") {
        Some(path) if path != "." => format!("`{path}`"),
        _ if at == 0 => "this value".to_string(),
        _ => return None,
    };
    let rest = &raw[at + kind.len()..];
    if kind == "unknown field `" {
        let (name, expected) = rest.split_once('`')?;
        let known = backticked(expected);
        let help = match crate::suggest::did_you_mean(name, known.iter().copied()) {
            Some(s) => format!("did you mean `{s}`?"),
            None if known.is_empty() => "remove it".to_string(),
            None => format!("the settings there are {}", crate::suggest::all_of(&known)),
        };
        let message = if at == 0 {
            format!("there is no setting `{name}`")
        } else {
            format!("{setting} has no setting `{name}`")
        };
        return Some((message, Some(help)));
    }
    if kind == "missing field `" {
        let (name, _) = rest.split_once('`')?;
        let message = if at == 0 {
            format!("the setting `{name}` is missing")
        } else {
            format!("{setting} is missing the setting `{name}`")
        };
        return Some((message, Some(format!("add `{name}: …`"))));
    }
    if kind == "unknown variant `" {
        let (value, choices) = rest.split_once('`')?;
        let choices = choices.strip_prefix(", expected ")?;
        return Some((
            format!("{setting} cannot be `{value}`"),
            Some(format!("write {choices}")),
        ));
    }
    let (found, expected) = rest.rsplit_once(", expected ")?;
    let expected = plain_expected(expected);
    Some((
        format!("{setting} should be {expected}, not {}", plain_found(found)),
        None,
    ))
}

/// The names in backticks in serde's list of what it expected ("one of `a`, `b`").
fn backticked(list: &str) -> Vec<&str> {
    list.split('`').skip(1).step_by(2).collect()
}

/// serde's name for the value it found (`serde::de::Unexpected`), in plain words.
fn plain_found(found: &str) -> String {
    let quoted = |prefix: &str| {
        found
            .strip_prefix(prefix)
            .map(|v| v.trim_matches('`').to_string())
    };
    if let Some(v) = quoted("boolean ") {
        format!("yes/no (`{v}`)")
    } else if let Some(v) = quoted("integer ").or_else(|| quoted("floating point ")) {
        format!("the number `{v}`")
    } else if let Some(v) = found.strip_prefix("string ") {
        format!("the text {v}")
    } else {
        match found {
            "unit value" => "empty".into(),
            "sequence" => "a list".into(),
            "map" => "a group of fields".into(),
            other => other.into(),
        }
    }
}

/// serde's name for the kind of value a setting takes, in plain words.
fn plain_expected(expected: &str) -> String {
    match expected {
        "a string" | "string" => "text".into(),
        "a boolean" | "bool" => "`true` or `false`".into(),
        "a sequence" => "a list".into(),
        "a map" | "a YAML mapping" => "a group of fields".into(),
        "u8" | "u16" | "u32" | "u64" | "usize" => "a whole number (0 or more)".into(),
        "i8" | "i16" | "i32" | "i64" | "isize" => "a whole number".into(),
        "f32" | "f64" => "a number".into(),
        e if e.starts_with("struct ") => "a group of fields".into(),
        e if e.starts_with("enum ") => "one of the values it allows".into(),
        other => other.into(),
    }
}

/// A value as messages for authors describe what was found: yes/no (`true`), the
/// number `5`, the text "x", empty, a list, a group of fields.
pub fn plain_value(v: &Value) -> String {
    match v {
        Value::Null => "empty".into(),
        Value::Bool(b) => format!("yes/no (`{b}`)"),
        Value::Number(n) => format!("the number `{n}`"),
        Value::String(s) => format!("the text {s:?}"),
        Value::Sequence(_) => "a list".into(),
        Value::Mapping(_) => "a group of fields".into(),
        Value::Tagged(_) => "a tagged value".into(),
    }
}

/// How a YAML value's kind is called in messages for authors.
pub fn kind_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "empty",
        Value::Bool(_) => "yes/no (true/false)",
        Value::Number(n) if n.is_f64() => "a number with decimals",
        Value::Number(_) => "a whole number",
        Value::String(_) => "text",
        Value::Sequence(_) => "a list",
        Value::Mapping(_) => "a group of fields",
        Value::Tagged(_) => "a tagged value",
    }
}

/// Calls `f` with every text inside `value` and its path (`extra.contact.address.vi`,
/// `menu[2].title`), below the path `path` (empty for the whole document). Keys that are
/// not text are skipped; a tagged value is read as its value.
pub fn each_text(value: &Value, path: &str, f: &mut impl FnMut(&str, &str)) {
    match value {
        Value::String(s) => f(path, s),
        Value::Sequence(items) => {
            for (i, item) in items.iter().enumerate() {
                each_text(item, &format!("{path}[{i}]"), f);
            }
        }
        Value::Mapping(map) => {
            for (k, v) in map {
                let Some(k) = k.as_str() else { continue };
                let p = if path.is_empty() {
                    k.to_string()
                } else {
                    format!("{path}.{k}")
                };
                each_text(v, &p, f);
            }
        }
        Value::Tagged(t) => each_text(&t.value, path, f),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diag(yaml: &str) -> Diagnostic {
        let text = format!("---\n{yaml}---\n");
        *parse(yaml, 2, Path::new("x.md"), &text).unwrap_err()
    }

    /// The Rust types serde names are never shown: the setting, what it takes and what
    /// it holds are.
    #[test]
    fn values_of_the_wrong_kind_are_explained_without_rust_type_names() {
        let cases = [
            (
                "search: invalid type: boolean `true`, expected struct RawSearch",
                "`search` should be a group of fields, not yes/no (`true`)",
            ),
            (
                "base_url: invalid type: sequence, expected a string",
                "`base_url` should be text, not a list",
            ),
            (
                "taxonomies.tags.paginate_by: invalid value: integer `-1`, expected usize",
                "`taxonomies.tags.paginate_by` should be a whole number (0 or more), not the number `-1`",
            ),
            (
                "menu[2].page: invalid type: map, expected a string",
                "`menu[2].page` should be text, not a group of fields",
            ),
            (
                "invalid type: string \"x, expected y\", expected a map",
                "this value should be a group of fields, not the text \"x, expected y\"",
            ),
            (
                "fields.budget.required: invalid type: unit value, expected a boolean",
                "`fields.budget.required` should be `true` or `false`, not empty",
            ),
        ];
        for (raw, plain) in cases {
            assert_eq!(explain(raw), (plain.to_string(), None), "{raw}");
        }
        assert_eq!(
            explain("figure: unknown field `hlp`, expected one of `help`, `args`, `body`"),
            (
                "`figure` has no setting `hlp`".to_string(),
                Some("did you mean `help`?".to_string())
            )
        );
        assert_eq!(
            explain("figure.args.src: missing field `kind`"),
            (
                "`figure.args.src` is missing the setting `kind`".to_string(),
                Some("add `kind: …`".to_string())
            )
        );
        assert_eq!(
            explain("languages.en.missing: unknown variant `yes`, expected `fallback` or `omit`"),
            (
                "`languages.en.missing` cannot be `yes`".to_string(),
                Some("write `fallback` or `omit`".to_string())
            )
        );
    }

    #[test]
    fn unquoted_colon_is_explained_with_its_position() {
        let d = diag("title: a\ndescription: Hậu Giang: đầu tư\n");
        assert_eq!((d.line, d.column), (3, 23));
        assert!(d.message.contains("`:`"), "{}", d.message);
        assert!(d.help.unwrap().contains("double quotes"));
    }

    #[test]
    fn a_quote_left_open_is_shown_where_it_opens() {
        // libyaml notices on the next line, and calls it a line that does not line up.
        let d = diag("title: \"Hậu Giang\nkicker: \"Cổng thông tin\"\nlang: vi\n");
        assert_eq!(d.message, "a quoted value is not closed");
        assert_eq!((d.line, d.column), (2, 8));
        assert!(d.help.unwrap().contains("closing quote"));
        // Quotes inside a plain value, escaped ones and closed ones are not the problem,
        // nor is a quoted value over two lines.
        let d = diag("title: Nhà \"Rồng\"\nnote: 'it''s' # \"\nlede: \"a \\\" b\"\nx: [a\n");
        assert_ne!(d.message, "a quoted value is not closed", "{d:?}");
        let d = diag("description: \"Hậu Giang,\n  cổng thông tin\"\ntitle: a: b\n");
        assert_eq!(
            d.message,
            "this line has a `:` that YAML reads as the start of another field"
        );
        assert_eq!(d.line, 4);
    }

    /// A quoted value over two lines is valid YAML: a setting of the wrong kind below it
    /// is not blamed on its quote.
    #[test]
    fn a_quoted_value_over_two_lines_is_not_taken_for_an_open_quote() {
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct Settings {
            title: String,
            count: u32,
        }
        let text = "title: \"Hậu Giang\n  Cổng thông tin\"\ncount: many\n";
        let err = serde_yaml::from_str::<Settings>(text).unwrap_err();
        let d = error_diagnostic(&err, Path::new("site.yaml"), text, 1);
        assert_eq!(
            d.message,
            "`count` should be a whole number (0 or more), not the text \"many\""
        );
        assert_eq!((d.line, d.column), (3, 8));
    }

    #[test]
    fn duplicate_key_names_the_field() {
        let d = diag("title: a\ntitle: b\n");
        assert_eq!(d.message, "the field `title` is written twice");
        assert_eq!(d.line, 3);
    }

    #[test]
    fn alias_bomb_is_refused() {
        let mut y = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for i in 1..12 {
            let p = i - 1;
            y.push_str(&format!(
                "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
            ));
        }
        let d = diag(&y);
        assert!(d.message.contains("aliases"), "{}", d.message);
    }
}
