//! Where each field of a YAML document is written, for error messages.
//!
//! serde_yaml gives values but not their positions. A second, event-level pass with
//! saphyr-parser records the line and column of every key and value under a dotted path
//! (`capital.amount`, `partners[1]`), so a later stage can say "line 7, column 10" about a
//! field it found wrong. Only positions come from here; values always come from serde_yaml.

use std::collections::HashMap;

use saphyr_parser::{Event, Parser};

/// A 1-based line and column (characters).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Pos {
    pub line: usize,
    pub column: usize,
}

/// Where a field's key and value start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldPos {
    /// The key (`title` in `title: x`); `None` for list items.
    pub key: Option<Pos>,
    pub value: Pos,
}

/// Positions of every field of one YAML document, by dotted path. They are found the
/// first time one is asked for: most files have no problem, and never need them.
#[derive(Clone, Debug, Default)]
pub struct Positions {
    yaml: std::sync::Arc<str>,
    fields: std::sync::OnceLock<HashMap<String, FieldPos>>,
    /// Where each line of `yaml` starts, found the first time a line is quoted: a file
    /// with a problem on every one of 100,000 lines is read once, not once per problem.
    line_starts: std::sync::OnceLock<Vec<usize>>,
    /// Added to every line: where the YAML starts inside its file.
    line_offset: usize,
}

/// Deeper structures are legal but their positions are not worth recording.
const MAX_DEPTH: usize = 32;

enum Frame {
    Map {
        path: String,
        key: Option<(String, Pos)>,
    },
    Seq {
        path: String,
        index: usize,
    },
}

impl Positions {
    /// Positions in `yaml`, whose first line is line `first_line` of its file.
    pub fn scan(yaml: &str, first_line: usize) -> Positions {
        Positions {
            yaml: std::sync::Arc::from(yaml),
            fields: std::sync::OnceLock::new(),
            line_starts: std::sync::OnceLock::new(),
            line_offset: first_line.saturating_sub(1),
        }
    }

    fn fields(&self) -> &HashMap<String, FieldPos> {
        self.fields.get_or_init(|| record(&self.yaml))
    }
}

/// Records where each field is. A document saphyr cannot read simply yields fewer.
fn record(yaml: &str) -> HashMap<String, FieldPos> {
    let mut fields = HashMap::new();
    let mut stack: Vec<Frame> = Vec::new();
    let mut parser = Parser::new_from_str(yaml);
    while let Some(Ok((event, span))) = parser.next_event() {
        let pos = Pos {
            line: span.start.line(),
            column: span.start.col() + 1,
        };
        match event {
            Event::Scalar(text, ..) => {
                if let Some(Frame::Map { key, .. }) = stack.last_mut()
                    && key.is_none()
                {
                    *key = Some((text.into_owned(), pos));
                    continue;
                }
                record_value(&mut stack, &mut fields, pos);
            }
            Event::Alias(_) => {
                record_value(&mut stack, &mut fields, pos);
            }
            Event::MappingStart(..) | Event::SequenceStart(..) => {
                let path = if stack.is_empty() {
                    Some(String::new())
                } else if stack.len() < MAX_DEPTH {
                    record_value(&mut stack, &mut fields, pos)
                } else {
                    None
                };
                let path = path.unwrap_or_else(|| "…".to_string());
                if matches!(event, Event::MappingStart(..)) {
                    stack.push(Frame::Map { path, key: None });
                } else {
                    stack.push(Frame::Seq { path, index: 0 });
                }
            }
            Event::MappingEnd | Event::SequenceEnd => {
                stack.pop();
            }
            _ => {}
        }
    }
    fields
}

impl Positions {
    /// Where the field at `path` is, in file coordinates.
    pub fn get(&self, path: &str) -> Option<FieldPos> {
        self.fields().get(path).map(|p| FieldPos {
            key: p.key.map(|k| self.shift(k)),
            value: self.shift(p.value),
        })
    }

    /// The key's position if known, else the value's.
    pub fn key(&self, path: &str) -> Option<Pos> {
        self.get(path).map(|p| p.key.unwrap_or(p.value))
    }

    /// The value's position.
    pub fn value(&self, path: &str) -> Option<Pos> {
        self.get(path).map(|p| p.value)
    }

    /// The text of line `line` of the file, if it is one of the document's, as
    /// [`Diagnostic::at`](crate::diagnostics::Diagnostic::at) quotes it.
    pub fn line_text(&self, line: usize) -> Option<&str> {
        let starts = self.line_starts.get_or_init(|| {
            std::iter::once(0)
                .chain(memchr::memchr_iter(b'\n', self.yaml.as_bytes()).map(|i| i + 1))
                .collect()
        });
        let start = *starts.get(line.checked_sub(self.line_offset + 1)?)?;
        let rest = &self.yaml[start..];
        if rest.is_empty() {
            // After the last line break: `str::lines` gives no line there.
            return None;
        }
        let end = memchr::memchr(b'\n', rest.as_bytes()).unwrap_or(rest.len());
        Some(rest[..end].trim_end_matches('\r'))
    }

    /// The first line of the document, for problems with no better place.
    pub fn start(&self) -> Pos {
        Pos {
            line: self.line_offset + 1,
            column: 1,
        }
    }

    fn shift(&self, p: Pos) -> Pos {
        Pos {
            line: p.line + self.line_offset,
            column: p.column,
        }
    }
}

/// Records a value at the current position of the innermost container and returns its path.
fn record_value(
    stack: &mut [Frame],
    fields: &mut HashMap<String, FieldPos>,
    pos: Pos,
) -> Option<String> {
    let (path, key_pos) = match stack.last_mut()? {
        Frame::Map { path, key } => {
            let (name, key_pos) = key.take()?;
            (join(path, &name), Some(key_pos))
        }
        Frame::Seq { path, index } => {
            let p = format!("{path}[{index}]");
            *index += 1;
            (p, None)
        }
    };
    fields.entry(path.clone()).or_insert(FieldPos {
        key: key_pos,
        value: pos,
    });
    Some(path)
}

fn join(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_string()
    } else {
        format!("{parent}.{key}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_nested_keys_and_list_items_in_file_coordinates() {
        let yaml = "title: Hậu Giang\ncapital:\n  amount: 1500\n  currency: VND\npartners:\n  - a\n  - b\n";
        let p = Positions::scan(yaml, 2);
        assert_eq!(p.key("title"), Some(Pos { line: 2, column: 1 }));
        assert_eq!(p.value("title"), Some(Pos { line: 2, column: 8 }));
        assert_eq!(p.key("capital.amount"), Some(Pos { line: 4, column: 3 }));
        assert_eq!(
            p.value("capital.currency"),
            Some(Pos {
                line: 5,
                column: 13
            })
        );
        assert_eq!(p.value("partners[1]"), Some(Pos { line: 8, column: 5 }));
    }

    #[test]
    fn flow_collections_have_positions_too() {
        let p = Positions::scan(
            "capital: { amount: 1500, unit: billion }\ntags: [a, b]\n",
            1,
        );
        assert_eq!(
            p.value("capital.unit"),
            Some(Pos {
                line: 1,
                column: 32
            })
        );
        assert_eq!(
            p.value("tags[1]"),
            Some(Pos {
                line: 2,
                column: 11
            })
        );
    }

    #[test]
    fn lines_are_quoted_as_the_file_has_them() {
        let file = "---\ntitle: Hậu Giang\r\n\ncapital: 1500\n---\nBody\n";
        let p = Positions::scan(&file[4..file.find("---\nBody").unwrap()], 2);
        for line in 0..=8 {
            let expected = if (2..=4).contains(&line) {
                file.lines().nth(line - 1).map(|l| l.trim_end_matches('\r'))
            } else {
                None
            };
            assert_eq!(p.line_text(line), expected, "line {line}");
        }
    }

    #[test]
    fn broken_yaml_gives_fewer_positions_not_a_panic() {
        let p = Positions::scan("a: [1, 2\nb: c", 1);
        assert_eq!(p.value("b"), None);
    }
}
