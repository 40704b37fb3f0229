//! Reading YAML (front matter, site.yaml, data files) with errors an author can act on.
//!
//! Values come from serde_yaml; positions of fields from [`positions`]. libyaml's error
//! messages ("mapping values are not allowed in this context") are turned into plain
//! words with a likely fix.

mod depth;
mod lists;
mod positions;

pub use depth::MAX_DEPTH;
pub use lists::{flow_list, items_of_text, list_as_text};
pub use positions::{Pos, Positions};

use std::path::Path;

use serde_yaml::Value;

use crate::diagnostics::{Diagnostic, Severity};
use crate::messages::{Arg, Msg};

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
                Some(found) => Diagnostic::said(Severity::Error, path, found.msg).at(
                    file_text,
                    first_line + found.line - 1,
                    found.column,
                ),
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
        Diagnostic::said(Severity::Error, path, too_deep("brackets")).at(
            file_text,
            line + first_line - 1,
            column,
        ),
    ))
}

/// Nested more than [`MAX_DEPTH`] levels, by brackets or by indentation (`case`).
fn too_deep(case: &str) -> Msg {
    Msg::new("yaml-too-deep")
        .arg("max", MAX_DEPTH)
        .arg("case", case)
}

/// Turns a serde_yaml error into a diagnostic in plain words.
pub fn error_diagnostic(
    err: &serde_yaml::Error,
    path: &Path,
    file_text: &str,
    first_line: usize,
) -> Diagnostic {
    let raw = err.to_string();
    let raw = strip_location(&raw);
    let msg = explain(raw);
    let bracket = msg.id == "yaml-bracket-open";
    let mut d = Diagnostic::said(Severity::Error, path, msg);
    let unclosed = err
        .location()
        .filter(|_| bracket)
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
        return Diagnostic::said(Severity::Error, path, Msg::new("yaml-quote-open"))
            .at(file_text, line, column);
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

/// libyaml's or serde's complaint `raw`, as a catalogue message in plain words.
fn explain(raw: &str) -> Msg {
    if let Some(plain) = type_error(raw) {
        return plain;
    }
    let id = if raw.contains("mapping values are not allowed") {
        "yaml-colon"
    } else if raw.contains("cannot start any token") {
        "yaml-bad-character"
    } else if raw.contains("did not find expected key")
        || raw.contains("did not find expected '-' indicator")
    {
        "yaml-not-aligned"
    } else if raw.contains("found unexpected end of stream") || raw.contains("quoted scalar") {
        "yaml-quote-open"
    } else if raw.contains("did not find expected node content")
        || raw.contains("did not find expected ',' or ']'")
        || raw.contains("did not find expected ',' or '}'")
    {
        "yaml-bracket-open"
    } else if let Some(rest) = raw.strip_prefix("duplicate entry with key ") {
        return Msg::new("yaml-duplicate").arg("key", rest.trim_matches('"'));
    } else if raw.contains("recursion limit exceeded") {
        return too_deep("nesting");
    } else if raw.contains("repetition limit exceeded") {
        "yaml-alias-bomb"
    } else if raw.contains("undefined alias") || raw.contains("unknown anchor") {
        "yaml-alias-undefined"
    } else {
        return Msg::new("yaml-unreadable").arg("reason", raw);
    };
    Msg::new(id)
}

/// serde's complaints about a value of the wrong kind, which name Rust types
/// ("search: invalid type: boolean `true`, expected struct RawSearch"), in plain words:
/// which setting, what it should be and what it is.
fn type_error(raw: &str) -> Option<Msg> {
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
    // `top`: the whole document ("this value", "there is no setting"); `path`: a setting.
    let (place, setting) = match raw[..at].strip_suffix(": ") {
        Some(path) if path != "." => ("path", path),
        _ if at == 0 => ("top", ""),
        _ => return None,
    };
    let rest = &raw[at + kind.len()..];
    let msg = |id| Msg::new(id).arg("at", place).arg("path", setting);
    if kind == "unknown field `" {
        let (name, expected) = rest.split_once('`')?;
        let known = backticked(expected);
        let near = crate::suggest::did_you_mean(name, known.iter().copied());
        let case = match near {
            Some(_) => "near",
            None if known.is_empty() => "none",
            None => "list",
        };
        return Some(
            msg("setting-unknown")
                .arg("name", name)
                .arg("case", case)
                .arg("near", near.unwrap_or_default())
                .arg("settings", Arg::all_of(&known)),
        );
    }
    if kind == "missing field `" {
        let (name, _) = rest.split_once('`')?;
        return Some(msg("setting-missing").arg("name", name));
    }
    if kind == "unknown variant `" {
        let (value, choices) = rest.split_once('`')?;
        let choices = choices.strip_prefix(", expected ")?;
        return Some(
            msg("setting-not-allowed")
                .arg("value", value)
                .arg("choices", Arg::one_of(&backticked(choices))),
        );
    }
    let (found, expected) = rest.rsplit_once(", expected ")?;
    let (found, value) = plain_found(found);
    Some(
        msg("setting-wrong-kind")
            .arg("expected", plain_expected(expected))
            .arg("expected_raw", expected)
            .arg("found", found)
            .arg("value", value),
    )
}

/// The names in backticks in serde's list of what it expected ("one of `a`, `b`").
fn backticked(list: &str) -> Vec<&str> {
    list.split('`').skip(1).step_by(2).collect()
}

/// serde's name for the value it found (`serde::de::Unexpected`), as the `found` key
/// of `setting-wrong-kind` and the value it shows.
fn plain_found(found: &str) -> (&'static str, String) {
    let quoted = |prefix: &str| {
        found
            .strip_prefix(prefix)
            .map(|v| v.trim_matches('`').to_string())
    };
    if let Some(v) = quoted("boolean ") {
        ("bool", v)
    } else if let Some(v) = quoted("integer ").or_else(|| quoted("floating point ")) {
        ("number", v)
    } else if let Some(v) = found.strip_prefix("string ") {
        ("text", v.to_string())
    } else {
        match found {
            "unit value" => ("empty", String::new()),
            "sequence" => ("list", String::new()),
            "map" => ("group", String::new()),
            other => ("other", other.to_string()),
        }
    }
}

/// serde's name for the kind of value a setting takes, as the `expected` key of
/// `setting-wrong-kind` (`other`: shown as serde wrote it).
fn plain_expected(expected: &str) -> &'static str {
    match expected {
        "a string" | "string" => "text",
        "a boolean" | "bool" => "bool",
        "a sequence" => "list",
        "a map" | "a YAML mapping" => "group",
        "u8" | "u16" | "u32" | "u64" | "usize" => "count",
        "i8" | "i16" | "i32" | "i64" | "isize" => "whole",
        "f32" | "f64" => "number",
        e if e.starts_with("struct ") => "group",
        e if e.starts_with("enum ") => "enum",
        _ => "other",
    }
}

/// A value as `setting-wrong-kind` describes what was found: its `found` key
/// (yes/no, the number, the text, empty, a list, a group of fields) and the value shown.
pub fn found_value(v: &Value) -> (&'static str, String) {
    match v {
        Value::Null => ("empty", String::new()),
        Value::Bool(b) => ("bool", b.to_string()),
        Value::Number(n) => ("number", n.to_string()),
        Value::String(s) => ("text", format!("{s:?}")),
        Value::Sequence(_) => ("list", String::new()),
        Value::Mapping(_) => ("group", String::new()),
        Value::Tagged(_) => ("tagged", String::new()),
    }
}

/// The kind of a YAML value as the catalogues' selectors name it (`{ $kind -> … }`):
/// empty, yes/no, a number with decimals, a whole number, text, a list, a group of
/// fields, a tagged value.
pub fn kind_key(v: &Value) -> &'static str {
    match v {
        Value::Null => "empty",
        Value::Bool(_) => "bool",
        Value::Number(n) if n.is_f64() => "decimal",
        Value::Number(_) => "whole",
        Value::String(_) => "text",
        Value::Sequence(_) => "list",
        Value::Mapping(_) => "group",
        Value::Tagged(_) => "tagged",
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
    use crate::messages::Lang;

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
        let english = |m: Msg| (m.text(Lang::En), m.help(Lang::En));
        for (raw, plain) in cases {
            assert_eq!(english(explain(raw)), (plain.to_string(), None), "{raw}");
        }
        assert_eq!(
            english(explain(
                "figure: unknown field `hlp`, expected one of `help`, `args`, `body`"
            )),
            (
                "`figure` has no setting `hlp`".to_string(),
                Some("did you mean `help`?".to_string())
            )
        );
        assert_eq!(
            english(explain("figure.args.src: missing field `kind`")),
            (
                "`figure.args.src` is missing the setting `kind`".to_string(),
                Some("add `kind: …`".to_string())
            )
        );
        assert_eq!(
            english(explain(
                "languages.en.missing: unknown variant `yes`, expected `fallback` or `omit`"
            )),
            (
                "`languages.en.missing` cannot be `yes`".to_string(),
                Some("write `fallback` or `omit`".to_string())
            )
        );
        assert_eq!(
            english(explain(
                "unknown field `zzzz`, expected one of `alpha`, `beta`, `gamma`"
            )),
            (
                "there is no setting `zzzz`".to_string(),
                Some("the settings there are `alpha`, `beta` and `gamma`".to_string())
            )
        );
        let vi = explain("search: invalid type: boolean `true`, expected struct RawSearch");
        assert_eq!(
            vi.text(Lang::Vi),
            "`search` phải là một nhóm trường, không phải có/không (`true`)"
        );
        assert_eq!(vi.code().as_deref(), Some("E0113"));
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
