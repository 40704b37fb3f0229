//! What text pasted from Word and web pages brings into YAML: non-breaking and zero-width
//! spaces, which look like ordinary spaces or like nothing, and curly quotes. They are
//! found at their exact column and named, with the fix.

/// Characters that look like a space, or like nothing at all.
pub fn invisible_name(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{a0}' => "a non-breaking space",
        '\u{202f}' => "a narrow non-breaking space",
        '\u{2007}' => "a figure space",
        '\u{2009}' => "a thin space",
        '\u{200b}' => "a zero-width space",
        '\u{200c}' => "a zero-width non-joiner",
        '\u{200d}' => "a zero-width joiner",
        '\u{2060}' => "a word joiner",
        '\u{feff}' => "a byte-order mark",
        '\u{3000}' => "an ideographic space",
        _ => return None,
    })
}

/// The catalogue's key for an invisible character ([`invisible_name`] names it in
/// English), for the message `invisible-in-yaml`.
fn invisible_key(c: char) -> &'static str {
    match c {
        '\u{202f}' => "narrow-nbsp",
        '\u{2007}' => "figure-space",
        '\u{2009}' => "thin-space",
        '\u{200b}' => "zero-width-space",
        '\u{200c}' => "zwnj",
        '\u{200d}' => "zwj",
        '\u{2060}' => "word-joiner",
        '\u{feff}' => "bom",
        '\u{3000}' => "ideographic-space",
        _ => "nbsp",
    }
}

/// An invisible character where YAML needs an ordinary space or nothing: in the
/// indentation, or around the `:` after a field's name (`sector:\u{a0}agriculture`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invisible {
    /// 1-based line of `yaml` (add the first line of the front matter).
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    pub message: String,
    pub help: String,
    /// The catalogue message `message` and `help` say.
    pub msg: crate::messages::Msg,
}

/// The first invisible character in `yaml` that breaks its structure, if any.
pub fn structural_invisible(yaml: &str) -> Option<Invisible> {
    for (i, line) in yaml.lines().enumerate() {
        let chars: Vec<char> = line.chars().collect();
        for (col, &c) in chars.iter().enumerate() {
            if invisible_name(c).is_none() {
                continue;
            }
            let before: String = chars[..col].iter().collect();
            let trimmed =
                before.trim_end_matches(|c: char| c == ' ' || invisible_name(c).is_some());
            let indentation = before
                .chars()
                .all(|c| c == ' ' || c == '-' || invisible_name(c).is_some());
            let after_key = trimmed.ends_with(':');
            let before_colon = chars[col + 1..]
                .iter()
                .find(|c| **c != ' ' && invisible_name(**c).is_none())
                == Some(&':');
            if !(indentation || after_key || before_colon) {
                continue;
            }
            let (place, field) = if after_key {
                let field = trimmed
                    .trim_end_matches(':')
                    .trim_start_matches([' ', '-'])
                    .trim();
                ("after-key", field)
            } else if before_colon {
                ("before-colon", trimmed.trim())
            } else {
                ("indentation", "")
            };
            let msg = crate::messages::Msg::new("invisible-in-yaml")
                .arg("char", invisible_key(c))
                .arg("place", place)
                .arg("field", field);
            let english = crate::messages::Lang::En;
            return Some(Invisible {
                line: i + 1,
                column: col + 1,
                message: msg.text(english),
                help: msg.help(english).unwrap_or_default(),
                msg,
            });
        }
    }
    None
}

/// `value` without the invisible characters around it, and the first of them.
pub fn trim_invisible(value: &str) -> Option<(String, char)> {
    let is_invisible = |c: &char| invisible_name(*c).is_some();
    let first = value.chars().next().filter(is_invisible);
    let last = value.chars().last().filter(is_invisible);
    let found = first.or(last)?;
    let trimmed = value
        .trim_matches(|c: char| c.is_whitespace() || invisible_name(c).is_some())
        .to_string();
    Some((trimmed, found))
}

/// Text wrapped whole in curly quotes (`“Khu nông nghiệp”`), which Word types for `"`.
pub fn wrapped_in_curly_quotes(value: &str) -> bool {
    let v = value.trim();
    v.chars().count() >= 2
        && ((v.starts_with('“') && v.ends_with('”'))
            || (v.starts_with('‘') && v.ends_with('’'))
            || (v.starts_with('„') && v.ends_with('“')))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invisible_characters_that_break_yaml_are_found_at_their_column() {
        let found = structural_invisible("title: Dự án\nsector:\u{a0}agriculture\n").unwrap();
        assert_eq!((found.line, found.column), (2, 8));
        assert!(
            found
                .message
                .starts_with("a non-breaking space after `sector:`")
        );
        let found = structural_invisible("tags:\n\u{a0} - a\n").unwrap();
        assert_eq!((found.line, found.column), (2, 1));
        assert!(found.message.contains("in the indentation"));
        let found = structural_invisible("sector\u{200b}: x\n").unwrap();
        assert!(
            found
                .message
                .starts_with("a zero-width space before the `:`")
        );
        // Inside a value, it breaks nothing.
        assert_eq!(structural_invisible("title: 5\u{a0}200 ha\n"), None);
    }

    #[test]
    fn notes_about_values_carry_their_catalogue_messages() {
        let mut value = serde_yaml::Value::from(vec!["logistics\u{a0}", "“Khu nông nghiệp”"]);
        let mut notes = Vec::new();
        clean_yaml(&mut value, "tags", &mut notes);
        assert_eq!(notes.len(), 2, "{notes:#?}");
        assert_eq!(notes[0].path, "tags[0]");
        assert_eq!(
            notes[0].message,
            "`logistics` has a non-breaking space around it, probably pasted from Word or a web page; outreach reads it without"
        );
        assert_eq!(notes[0].msg.code().as_deref(), Some("W0100"));
        assert!(
            notes[0]
                .msg
                .text(crate::messages::Lang::Vi)
                .contains("một dấu cách không ngắt (non-breaking space)")
        );
        assert_eq!(
            notes[1].help,
            "write straight quotes, `\"Khu nông nghiệp\"`, or none"
        );
        assert_eq!(notes[1].msg.code().as_deref(), Some("W0101"));
    }

    #[test]
    fn values_are_trimmed_and_curly_quotes_found() {
        assert_eq!(
            trim_invisible("logistics\u{a0}"),
            Some(("logistics".to_string(), '\u{a0}'))
        );
        assert_eq!(trim_invisible("5\u{a0}200"), None);
        assert!(wrapped_in_curly_quotes("“Khu nông nghiệp”"));
        assert!(!wrapped_in_curly_quotes("Khu “nông nghiệp”"));
    }
}

/// A note about one YAML value, at its path (`tags[1]`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValueNote {
    pub path: String,
    /// What `msg` says in English.
    pub message: String,
    pub help: String,
    /// The catalogue message (a warning) to say in the run's language.
    pub msg: crate::messages::Msg,
}

impl ValueNote {
    fn new(path: &str, msg: crate::messages::Msg) -> ValueNote {
        let english = crate::messages::Lang::En;
        ValueNote {
            path: path.to_string(),
            message: msg.text(english),
            help: msg.help(english).unwrap_or_default(),
            msg,
        }
    }
}

/// Trims invisible characters from around every text of `value` (each a warning: the
/// author cannot see them, and `logistics\u{a0}` would not be the value `logistics`), and
/// finds texts wrapped in curly quotes.
pub fn clean_yaml(value: &mut serde_yaml::Value, path: &str, out: &mut Vec<ValueNote>) {
    use serde_yaml::Value;
    match value {
        Value::String(s) => {
            if let Some((trimmed, found)) = trim_invisible(s) {
                out.push(ValueNote::new(
                    path,
                    crate::messages::Msg::new("value-invisible-around")
                        .arg("value", &trimmed)
                        .arg("char", invisible_key(found)),
                ));
                *s = trimmed;
            }
            if wrapped_in_curly_quotes(s) {
                let inner: String = {
                    let mut c = s.trim().chars();
                    c.next();
                    c.next_back();
                    c.collect()
                };
                out.push(ValueNote::new(
                    path,
                    crate::messages::Msg::new("value-curly-quotes")
                        .arg("value", s.as_str())
                        .arg("inner", inner),
                ));
            }
        }
        Value::Sequence(items) => {
            for (i, item) in items.iter_mut().enumerate() {
                clean_yaml(item, &format!("{path}[{i}]"), out);
            }
        }
        Value::Mapping(map) => {
            for (k, v) in map.iter_mut() {
                let Some(k) = k.as_str() else { continue };
                let p = if path.is_empty() {
                    k.to_string()
                } else {
                    format!("{path}.{k}")
                };
                clean_yaml(v, &p, out);
            }
        }
        Value::Tagged(t) => clean_yaml(&mut t.value, path, out),
        _ => {}
    }
}
