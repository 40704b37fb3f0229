//! Template functions' errors said from the catalogues. Tera keeps only the text of an
//! error a function returns (it becomes the message of its located report), so the
//! message travels in that text: its English words, then a separator and the message's
//! id and arguments, which [`decode`] reads back when the report becomes a diagnostic.
//! Shown as it is anywhere else, the text starts with the English message.

use crate::messages::{Arg, Msg};

/// Starts the id and arguments after the English text.
const MARK: char = '\u{1d}';
/// Starts each argument: its name, [`VALUE`], then its value.
const ARG: char = '\u{1f}';
const VALUE: char = '\u{1e}';
/// Separates the names of a list argument ([`Arg::OneOf`]).
const ITEM: char = '\u{1c}';

/// The messages template functions say, and the names of their arguments: what
/// [`decode`] can give back (a message's id and argument names are `'static`).
const IDS: [&str; 7] = [
    "template-fn-not-content-path",
    "template-fn-no-page",
    "template-fn-no-section",
    "template-fn-no-taxonomy",
    "template-fn-string-missing",
    "template-fn-url-not-a-path",
    "template-fn-url-no-page",
];
const ARG_NAMES: [&str; 7] = ["function", "path", "name", "names", "key", "lang", "file"];

/// A Tera error saying `msg` (one of [`IDS`], with arguments among [`ARG_NAMES`]).
/// Each argument's value starts with its kind: `t` text, `o` one of, `a` all of.
pub fn error(msg: Msg) -> tera::Error {
    let mut text = msg.text(crate::messages::Lang::En);
    text.push(MARK);
    text.push_str(msg.id);
    for (name, value) in &msg.args {
        text.push(ARG);
        text.push_str(name);
        text.push(VALUE);
        let (kind, items) = match value {
            Arg::Text(v) => ('t', vec![v.clone()]),
            // Not used by template functions.
            Arg::Count(n) => ('t', vec![n.to_string()]),
            Arg::OneOf(items) => ('o', items.clone()),
            Arg::AllOf(items) => ('a', items.clone()),
        };
        text.push(kind);
        text.push_str(&items.join(&ITEM.to_string()));
    }
    tera::Error::message(text)
}

/// The message a function's error text says, if it is one made by [`error`] (it may
/// follow words of Tera's own).
pub fn decode(text: &str) -> Option<Msg> {
    let (_, said) = text.split_once(MARK)?;
    let mut parts = said.split(ARG);
    let id = parts.next()?;
    let mut msg = Msg::new(IDS.into_iter().find(|i| *i == id)?);
    for part in parts {
        let (name, value) = part.split_once(VALUE)?;
        let name = ARG_NAMES.into_iter().find(|n| *n == name)?;
        let mut chars = value.chars();
        let kind = chars.next()?;
        let value = chars.as_str();
        let items = || {
            value
                .split(ITEM)
                .filter(|i| !i.is_empty())
                .map(String::from)
                .collect()
        };
        msg = match kind {
            'o' => msg.arg(name, Arg::OneOf(items())),
            'a' => msg.arg(name, Arg::AllOf(items())),
            _ => msg.arg(name, value),
        };
    }
    Some(msg)
}

/// `text` without the id and arguments [`error`] put after its English words.
pub fn english(text: &str) -> &str {
    text.split_once(MARK).map_or(text, |(words, _)| words)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_functions_message_comes_back_from_its_text_with_its_arguments() {
        let msg = Msg::new("template-fn-no-taxonomy")
            .arg("name", "tags")
            .arg("names", Arg::all_of(&["topics", "places"]))
            .arg("key", "");
        let text = error(msg.clone()).to_string();
        assert!(
            text.starts_with(&msg.text(crate::messages::Lang::En)),
            "{text}"
        );
        assert_eq!(english(&text), msg.text(crate::messages::Lang::En));
        assert_eq!(decode(&format!("Tera says: {text}")), Some(msg));
        assert_eq!(decode("Field `x` is not defined."), None);
    }
}
