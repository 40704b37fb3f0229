//! Finding shortcodes in a Markdown body, Zola-style: `{{ figure(src="a.jpg", alt="…") }}`
//! inline, and `{% note(kind="info") %} … {% end %}` around Markdown.
//!
//! Each call is replaced by a placeholder that passes through Markdown untouched; the
//! render stage later renders the call with the theme's `shortcodes/<name>.html` and puts
//! the result where the placeholder is. Code blocks and inline code are left alone, so
//! a shortcode can be shown in documentation.

use crate::messages::Msg;

/// An argument's value as written.
#[derive(Clone, Debug, PartialEq)]
pub enum ArgValue {
    Text(String),
    Number(f64),
    Bool(bool),
}

/// One shortcode call.
#[derive(Clone, Debug, PartialEq)]
pub struct Call {
    pub name: String,
    /// (name, value, byte offset of the argument in the body).
    pub args: Vec<(String, ArgValue, usize)>,
    /// The Markdown between `{% name(...) %}` and `{% end %}`, for block shortcodes.
    pub body: Option<String>,
    /// Where `body` starts in the page's body.
    pub body_offset: usize,
    /// `body` rendered to HTML.
    pub body_html: Option<String>,
    /// Byte offset of the call in the body.
    pub offset: usize,
    /// False when checking the call found problems: it is then not rendered.
    pub ok: bool,
}

/// A syntax problem in a call, at a byte offset of the body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxProblem {
    pub offset: usize,
    pub msg: Msg,
}

/// The placeholder of call `n`: private-use characters Markdown leaves as they are.
pub fn placeholder(n: usize) -> String {
    format!("\u{E000}sc{n}\u{E001}")
}

/// The body with its calls replaced by placeholders, and how to map offsets back.
#[derive(Debug, Default)]
pub struct Extracted {
    pub text: String,
    pub calls: Vec<Call>,
    pub problems: Vec<SyntaxProblem>,
    /// For each replacement: (end in `text`, end in the original body).
    shifts: Vec<(usize, usize)>,
}

impl Extracted {
    /// The offset in the original body of offset `t` of `text`.
    pub fn original_offset(&self, t: usize) -> usize {
        match self.shifts.iter().rev().find(|(new_end, _)| *new_end <= t) {
            Some((new_end, old_end)) => old_end + (t - new_end),
            None => t,
        }
    }
}

/// The body with every call replaced by its placeholder, the calls, and syntax problems.
pub fn extract(body: &str) -> Extracted {
    // Most pages have no shortcode at all.
    if !body.contains("{{") && !body.contains("{%") {
        return Extracted {
            text: body.to_string(),
            ..Default::default()
        };
    }
    let mut out = String::with_capacity(body.len());
    let mut calls = Vec::new();
    let mut problems = Vec::new();
    let mut shifts = Vec::new();
    let bytes = body.as_bytes();
    let mut i = 0;
    let mut in_fence: Option<&str> = None;
    let mut at_line_start = true;
    while i < body.len() {
        if at_line_start {
            let line_end = body[i..].find('\n').map_or(body.len(), |n| i + n + 1);
            let trimmed = body[i..line_end].trim_start();
            let fence = ["```", "~~~"].into_iter().find(|f| trimmed.starts_with(f));
            match (in_fence, fence) {
                (None, Some(f)) => in_fence = Some(f),
                (Some(open), Some(f)) if open == f => in_fence = None,
                _ => {}
            }
            if in_fence.is_some() || fence.is_some() {
                out.push_str(&body[i..line_end]);
                i = line_end;
                continue;
            }
        }
        at_line_start = false;
        let c = bytes[i];
        if c == b'`' {
            // Inline code: copy through the matching run of backticks.
            let run = body[i..].bytes().take_while(|&b| b == b'`').count();
            let ticks = &body[i..i + run];
            let close = body[i + run..].find(ticks).map(|n| i + run + n + run);
            let end = close.unwrap_or(i + run);
            out.push_str(&body[i..end]);
            i = end;
            continue;
        }
        if c == b'\n' {
            at_line_start = true;
        }
        let inline = body[i..].starts_with("{{") && looks_like_call(&body[i + 2..]);
        let block = body[i..].starts_with("{%") && looks_like_call(&body[i + 2..]);
        if inline || block {
            let close = if inline { "}}" } else { "%}" };
            match parse_call(body, i, close) {
                Ok((mut call, after)) => {
                    let mut end = after;
                    if block {
                        match find_end(body, after) {
                            Some((inner_end, tag_end)) => {
                                call.body = Some(body[after..inner_end].to_string());
                                call.body_offset = after;
                                end = tag_end;
                            }
                            None => {
                                problems.push(SyntaxProblem {
                                    offset: i,
                                    msg: Msg::new("shortcode-never-closed").arg("name", &call.name),
                                });
                                out.push_str(&body[i..after]);
                                i = after;
                                continue;
                            }
                        }
                    }
                    out.push_str(&placeholder(calls.len()));
                    calls.push(call);
                    i = end;
                    shifts.push((out.len(), i));
                }
                Err(p) => {
                    problems.push(p);
                    out.push_str(&body[i..i + 2]);
                    i += 2;
                }
            }
            continue;
        }
        // Copy up to the next character that may matter, in one piece.
        let first = body[i..].chars().next().map_or(1, char::len_utf8);
        let end = if c == b'\n' {
            i + 1
        } else {
            body[i + first..]
                .find(['{', '`', '\n'])
                .map_or(body.len(), |n| i + first + n)
        };
        out.push_str(&body[i..end]);
        i = end;
    }
    Extracted {
        text: out,
        calls,
        problems,
        shifts,
    }
}

/// `{{ name(` or `{% name(`: an identifier followed by an opening parenthesis.
fn looks_like_call(rest: &str) -> bool {
    let rest = rest.trim_start_matches([' ', '\t']);
    let ident: usize = rest
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_')
        .count();
    ident > 0
        && rest[ident..]
            .trim_start_matches([' ', '\t'])
            .starts_with('(')
}

fn parse_call(body: &str, start: usize, close: &str) -> Result<(Call, usize), SyntaxProblem> {
    let err = |offset: usize, msg: Msg| SyntaxProblem { offset, msg };
    let mut i = start + 2;
    i += ws(&body[i..]);
    let name_len = body[i..]
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_')
        .count();
    let name = body[i..i + name_len].to_string();
    i += name_len;
    i += ws(&body[i..]);
    i += 1; // `(`
    let mut args = Vec::new();
    loop {
        i += ws(&body[i..]);
        if body[i..].starts_with(')') {
            i += 1;
            break;
        }
        let arg_start = i;
        let arg_len = body[i..]
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_')
            .count();
        if arg_len == 0 {
            return Err(err(
                i,
                Msg::new("shortcode-not-arguments").arg("name", &name),
            ));
        }
        let arg = body[i..i + arg_len].to_string();
        i += arg_len;
        i += ws(&body[i..]);
        if !body[i..].starts_with('=') {
            return Err(err(i, Msg::new("shortcode-arg-no-value").arg("arg", &arg)));
        }
        i += 1;
        i += ws(&body[i..]);
        let (value, len) = parse_value(&body[i..])
            .ok_or_else(|| err(i, Msg::new("shortcode-arg-bad-value").arg("arg", &arg)))?;
        i += len;
        args.push((arg, value, arg_start));
        i += ws(&body[i..]);
        if body[i..].starts_with(',') {
            i += 1;
        } else if !body[i..].starts_with(')') {
            return Err(err(
                i,
                Msg::new("shortcode-no-separator").arg("name", &name),
            ));
        }
    }
    i += ws(&body[i..]);
    if !body[i..].starts_with(close) {
        return Err(err(
            i,
            Msg::new("shortcode-not-closed")
                .arg("name", &name)
                .arg("close", close),
        ));
    }
    Ok((
        Call {
            name,
            args,
            body: None,
            body_offset: 0,
            body_html: None,
            offset: start,
            ok: true,
        },
        i + close.len(),
    ))
}

fn ws(s: &str) -> usize {
    s.bytes().take_while(|b| *b == b' ' || *b == b'\t').count()
}

fn parse_value(s: &str) -> Option<(ArgValue, usize)> {
    let quote = s.chars().next()?;
    if quote == '"' || quote == '\'' {
        let mut value = String::new();
        let mut escaped = false;
        for (j, c) in s.char_indices().skip(1) {
            match c {
                '\\' if !escaped => escaped = true,
                '\n' => return None,
                c if c == quote && !escaped => return Some((ArgValue::Text(value), j + 1)),
                c => {
                    value.push(c);
                    escaped = false;
                }
            }
        }
        return None;
    }
    for (word, b) in [("true", true), ("false", false)] {
        if s.starts_with(word) {
            return Some((ArgValue::Bool(b), word.len()));
        }
    }
    let len = s
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b'.' || *b == b'-')
        .count();
    s[..len]
        .parse::<f64>()
        .ok()
        .map(|n| (ArgValue::Number(n), len))
}

/// The `{% end %}` closing a block that starts at `from`: (end of content, end of tag).
fn find_end(body: &str, from: usize) -> Option<(usize, usize)> {
    let mut search = from;
    while let Some(n) = body[search..].find("{%") {
        let at = search + n;
        let rest = &body[at + 2..];
        let trimmed = rest.trim_start_matches([' ', '\t']);
        if let Some(after_end) = trimmed.strip_prefix("end") {
            let after = after_end.trim_start_matches([' ', '\t']);
            if let Some(tail) = after.strip_prefix("%}") {
                let tag_end = body.len() - tail.len();
                return Some((at, tag_end));
            }
        }
        search = at + 2;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_and_block_calls_become_placeholders() {
        let body = "Xem {{ figure(src=\"a.svg\", alt='Bản đồ', width=320) }} và\n\n{% note(kind=\"info\") %}\n**Lưu ý**\n{% end %}\nhết";
        let e = extract(body);
        let (text, calls, problems) = (e.text.clone(), e.calls.clone(), e.problems.clone());
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(
            text,
            format!("Xem {} và\n\n{}\nhết", placeholder(0), placeholder(1))
        );
        assert_eq!(calls[0].name, "figure");
        assert_eq!(calls[0].args[1].1, ArgValue::Text("Bản đồ".into()));
        assert_eq!(calls[0].args[2].1, ArgValue::Number(320.0));
        assert_eq!(calls[0].offset, 4);
        assert_eq!(calls[1].body.as_deref(), Some("\n**Lưu ý**\n"));
        // "và" after the first call maps back to its place in the original.
        let t = text.find(" và").unwrap();
        assert_eq!(e.original_offset(t), body.find(" và").unwrap());
    }

    #[test]
    fn code_is_left_alone() {
        let body = "`{{ figure(src=\"a\") }}`\n\n```\n{{ note() }}\n```\n";
        let e = extract(body);
        assert_eq!(e.text, body);
        assert!(e.calls.is_empty());
    }

    #[test]
    fn broken_calls_are_problems_at_their_place() {
        let p = extract("ab {{ figure(src=a.svg) }}").problems;
        assert_eq!(p[0].offset, 17);
        let p = extract("{% note() %}\nno end").problems;
        assert_eq!(
            p[0].msg.text(crate::messages::Lang::En),
            "the shortcode `note` is opened here but never closed"
        );
        let e = extract("Giá {{ 5 }} đồng {% if x %}");
        assert!(e.calls.is_empty() && e.problems.is_empty());
        assert_eq!(e.text, "Giá {{ 5 }} đồng {% if x %}");
    }
}
