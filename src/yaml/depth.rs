//! A one-pass check of how deeply YAML nests `[…]` and `{…}`, made before libyaml reads it.
//!
//! serde_yaml refuses more than [`MAX_DEPTH`] levels, but only after libyaml has read the
//! whole document, and libyaml's scanner does work in proportion to the number of open
//! brackets for every token it reads: 200 KB of `[` took half a minute to be refused.
//! Nesting by indentation costs libyaml nothing extra, and serde_yaml's own limit refuses
//! it at once; brackets are what this module counts.
//!
//! Whether a `[` opens a list depends on what comes before it: inside quotes, a comment,
//! a `|` block of text or a plain value it is a character like any other, and whether a
//! line continues a block of text or a plain value depends on indentation. Rather than
//! follow indentation, the scan follows every reading at once: at each place it knows
//! which kinds of place (between values, in a plain value, in quotes, in a comment…) the
//! text may be at, and for each the most brackets open in any reading that gets there.
//! libyaml's own reading is always among them, so the scan never counts fewer brackets
//! than libyaml opens; in ordinary YAML the readings agree, and it counts exactly as many.
//! It costs a few steps per byte, whatever the text.
//!
//! The price of not following indentation: the lines of a `|` block of text are read as
//! YAML too, so a line of one that starts with more than 128 unclosed brackets is
//! refused, though libyaml would read it as text. Brackets later in a line, in quotes or
//! in comments are never counted.

/// The most levels of lists and groups outreach reads: serde_yaml's own limit.
pub const MAX_DEPTH: usize = 128;

/// The byte offset of the first `[` or `{` in `yaml` that would open more than
/// [`MAX_DEPTH`] brackets at once, if any.
pub fn too_many_brackets(yaml: &str) -> Option<usize> {
    scan(yaml, MAX_DEPTH).err()
}

/// The most brackets open at once in any reading of `yaml`, or the offset of the first
/// bracket that opens more than `limit`.
fn scan(yaml: &str, limit: usize) -> Result<usize, usize> {
    let bytes = yaml.as_bytes();
    let mut deepest = 0;
    let mut readings = Readings::start();
    let mut i = 0;
    let mut line_start = true;
    let mut after_blank = true;
    while i < bytes.len() {
        if line_start {
            if document_marker(bytes, i) {
                // `---` or `...` at the start of a line ends the document: what was open
                // is closed, or libyaml stops there with an error.
                readings = Readings::start();
                i += 3;
                line_start = false;
                after_blank = false;
                continue;
            }
            // The line may start anew (after a block of text or a plain value that the
            // indentation ends), whatever the readings so far.
            readings.block[Mode::Between as usize] = true;
        }
        let (unit, len) = unit_at(bytes, i, line_start);
        let next = Next::at(bytes, i + len);
        let mut after = Readings::none();
        for mode in Mode::ALL {
            if readings.block[mode as usize] {
                step(mode, 0, unit, next, after_blank, &mut after);
            }
            let depth = readings.flow[mode as usize];
            if depth > 0 {
                step(mode, depth, unit, next, after_blank, &mut after);
            }
        }
        deepest = deepest.max(after.deepest());
        if deepest > limit {
            return Err(i);
        }
        readings = after;
        line_start = unit == Unit::Break;
        after_blank = matches!(unit, Unit::Blank | Unit::Break);
        i += len;
    }
    Ok(deepest)
}

/// Where a reading of the text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    /// Between values, where a new one may start.
    Between,
    /// In a plain (unquoted) value.
    Plain,
    /// In a `'…'` value.
    Single,
    /// At the second `'` of a `''` inside a `'…'` value.
    SingleEscape,
    /// In a `"…"` value.
    Double,
    /// At the character after a `\` inside a `"…"` value.
    DoubleEscape,
    /// In a comment, or the rest of a line libyaml reads no values on.
    Comment,
    /// In an anchor `&a`, an alias `*a` or a tag `!t`.
    Property,
}

impl Mode {
    const ALL: [Mode; 8] = [
        Mode::Between,
        Mode::Plain,
        Mode::Single,
        Mode::SingleEscape,
        Mode::Double,
        Mode::DoubleEscape,
        Mode::Comment,
        Mode::Property,
    ];
}

/// Every reading at one place: which modes a reading outside brackets is in, and for each
/// mode the most brackets open in a reading inside them (0: none).
#[derive(Clone, Copy)]
struct Readings {
    block: [bool; 8],
    flow: [usize; 8],
}

impl Readings {
    fn none() -> Readings {
        Readings {
            block: [false; 8],
            flow: [0; 8],
        }
    }

    fn start() -> Readings {
        let mut r = Readings::none();
        r.block[Mode::Between as usize] = true;
        r
    }

    fn deepest(&self) -> usize {
        self.flow.iter().copied().max().unwrap_or(0)
    }

    /// Adds a reading in `mode` with `depth` brackets open.
    fn add(&mut self, mode: Mode, depth: usize) {
        if depth == 0 {
            self.block[mode as usize] = true;
        } else {
            let d = &mut self.flow[mode as usize];
            *d = (*d).max(depth);
        }
    }
}

/// One character, as far as YAML's structure is concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Unit {
    /// A line break: `\n`, `\r`, `\r\n`, or Unicode's NEL, LS or PS (libyaml's breaks).
    Break,
    /// A space or a tab.
    Blank,
    /// A byte-order mark at the start of a line, which libyaml skips there.
    Bom,
    /// Any other ASCII character.
    Ascii(u8),
    /// A byte of any other character.
    Other,
}

/// The unit at `i` and its length in bytes.
fn unit_at(bytes: &[u8], i: usize, line_start: bool) -> (Unit, usize) {
    match bytes[i] {
        b'\n' => (Unit::Break, 1),
        b'\r' if bytes.get(i + 1) == Some(&b'\n') => (Unit::Break, 2),
        b'\r' => (Unit::Break, 1),
        b' ' | b'\t' => (Unit::Blank, 1),
        b if b.is_ascii() => (Unit::Ascii(b), 1),
        _ => match break_len(bytes, i) {
            Some(len) => (Unit::Break, len),
            None if line_start && bytes[i..].starts_with("\u{feff}".as_bytes()) => (Unit::Bom, 3),
            None => (Unit::Other, 1),
        },
    }
}

/// The length of a NEL, LS or PS at `i`.
fn break_len(bytes: &[u8], i: usize) -> Option<usize> {
    let rest = &bytes[i..];
    if rest.starts_with("\u{85}".as_bytes()) {
        Some(2)
    } else if rest.starts_with("\u{2028}".as_bytes()) || rest.starts_with("\u{2029}".as_bytes()) {
        Some(3)
    } else {
        None
    }
}

/// Whether a blank, a line break or the end of the text is at `i`.
fn blank_or_end(bytes: &[u8], i: usize) -> bool {
    match bytes.get(i) {
        None | Some(b' ' | b'\t' | b'\n' | b'\r') => true,
        Some(_) => break_len(bytes, i).is_some(),
    }
}

/// `---` or `...` followed by a blank, a line break or the end.
fn document_marker(bytes: &[u8], i: usize) -> bool {
    let marker = &bytes[i..bytes.len().min(i + 3)];
    (marker == b"---" || marker == b"...") && blank_or_end(bytes, i + 3)
}

/// What follows the current unit, for the indicators whose meaning depends on it.
#[derive(Clone, Copy)]
struct Next {
    /// A blank, a line break or the end of the text.
    blank: bool,
    /// The next byte, if ASCII.
    ascii: Option<u8>,
}

impl Next {
    fn at(bytes: &[u8], i: usize) -> Next {
        Next {
            blank: blank_or_end(bytes, i),
            ascii: bytes.get(i).copied().filter(u8::is_ascii),
        }
    }
}

/// Adds to `after` where a reading in `mode` with `depth` brackets open (0: none) goes on
/// `unit`. The rules are libyaml's scanner's (`yaml_parser_fetch_next_token`,
/// `yaml_parser_scan_plain_scalar`…), without indentation; a reading libyaml would stop
/// at with an error is dropped, since libyaml reads no further.
fn step(mode: Mode, depth: usize, unit: Unit, next: Next, after_blank: bool, after: &mut Readings) {
    let flow = depth > 0;
    let c = match unit {
        Unit::Ascii(c) => Some(c),
        _ => None,
    };
    // A closing bracket: one bracket fewer. A reading merged into this one with fewer
    // brackets open may now be outside them all.
    let close = |after: &mut Readings| {
        after.add(Mode::Between, depth.saturating_sub(1));
        after.add(Mode::Between, 0);
    };
    match mode {
        Mode::Between => match (unit, c) {
            (Unit::Break | Unit::Blank | Unit::Bom, _) => after.add(Mode::Between, depth),
            (_, Some(b'#')) => after.add(Mode::Comment, depth),
            (_, Some(b'[' | b'{')) => after.add(Mode::Between, depth + 1),
            (_, Some(b']' | b'}')) if flow => close(after),
            (_, Some(b'\'')) => after.add(Mode::Single, depth),
            (_, Some(b'"')) => after.add(Mode::Double, depth),
            (_, Some(b'&' | b'*' | b'!')) => after.add(Mode::Property, depth),
            // A list entry inside brackets: an error.
            (_, Some(b'-')) if flow && next.blank => {}
            (_, Some(b',' | b'?' | b':')) if flow => after.add(Mode::Between, depth),
            (_, Some(b'-' | b'?' | b':')) if next.blank => after.add(Mode::Between, depth),
            // Characters that cannot start anything inside brackets.
            (_, Some(b'|' | b'>' | b'%' | b'@' | b'`')) if flow => {}
            // A block of text's indicators (`|-`, `>2`) and comment, or a directive.
            (_, Some(b'|' | b'>' | b'%')) => after.add(Mode::Comment, depth),
            // Outside brackets, a stray `]`, `}` or `,` is an error; going on reading
            // between values is the safe side.
            (_, Some(b']' | b'}' | b',')) => after.add(Mode::Between, depth),
            _ => after.add(Mode::Plain, depth),
        },
        Mode::Plain => match c {
            Some(b'#') if after_blank => after.add(Mode::Comment, depth),
            Some(b':') if next.blank => after.add(Mode::Between, depth),
            Some(b'[' | b'{') if flow => after.add(Mode::Between, depth + 1),
            Some(b']' | b'}') if flow => close(after),
            Some(b',') if flow => after.add(Mode::Between, depth),
            // `a:]` inside brackets: libyaml's "found unexpected ':'".
            Some(b':')
                if flow && matches!(next.ascii, Some(b',' | b'?' | b'[' | b']' | b'{' | b'}')) => {}
            // Anything else, line breaks included, may continue the value.
            _ => after.add(Mode::Plain, depth),
        },
        Mode::Single => match c {
            Some(b'\'') if next.ascii == Some(b'\'') => after.add(Mode::SingleEscape, depth),
            Some(b'\'') => after.add(Mode::Between, depth),
            _ => after.add(Mode::Single, depth),
        },
        Mode::SingleEscape => after.add(Mode::Single, depth),
        Mode::Double => match c {
            Some(b'\\') => after.add(Mode::DoubleEscape, depth),
            Some(b'"') => after.add(Mode::Between, depth),
            _ => after.add(Mode::Double, depth),
        },
        Mode::DoubleEscape => after.add(Mode::Double, depth),
        Mode::Comment => match unit {
            Unit::Break => after.add(Mode::Between, depth),
            _ => after.add(Mode::Comment, depth),
        },
        Mode::Property => match (unit, c) {
            (Unit::Break | Unit::Blank, _) => after.add(Mode::Between, depth),
            // What ends a name starts the next value: read it as such.
            (_, Some(b'[' | b'{')) => after.add(Mode::Between, depth + 1),
            (_, Some(b']' | b'}')) if flow => close(after),
            (_, Some(b']' | b'}' | b',')) => after.add(Mode::Between, depth),
            _ => after.add(Mode::Property, depth),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nested(open: &str, n: usize) -> String {
        open.repeat(n)
    }

    #[test]
    fn counts_brackets_as_libyaml_opens_them() {
        let ok = format!("x: {}a{}\n", nested("[", 128), nested("]", 128));
        assert_eq!(too_many_brackets(&ok), None);
        let deep = format!("x: {}a\n", nested("[", 129));
        assert_eq!(too_many_brackets(&deep), Some(3 + 128));
        let braces = format!("x: {}\n", nested("{a: ", 200));
        assert_eq!(too_many_brackets(&braces), Some(3 + 4 * 128));
        // Closed brackets do not add up, however many there are.
        let many = "x: [[a], {b: [c]}]\n".repeat(10_000);
        assert_eq!(too_many_brackets(&many), None);
    }

    #[test]
    fn brackets_that_are_text_do_not_count() {
        let open = nested("[", 200);
        for text in [
            format!("title: \"{open}\"\n"),
            format!("title: '{open}'\n"),
            format!("title: a{open}\n"),
            format!("title: a # {open}\n"),
            format!("# {open}\n"),
            format!("x: \"a\\\"{open}\"\n"),
            format!("x: 'it''s {open}'\n"),
            format!("x: [\"{open}\", '{open}']\n"),
        ] {
            assert_eq!(too_many_brackets(&text), None, "{text}");
        }
    }

    #[test]
    fn quotes_cannot_hide_brackets_from_the_count() {
        // A quote inside a plain value is a character, not the start of a quoted value;
        // over two lines too, which only indentation tells apart from a new value.
        let open = nested("[", 200);
        for text in [
            format!("a: it's\nb: {open}\n"),
            format!("a: x\n  'y\nb: {open}\n"),
            format!("a: |\n  '\nb: {open}\n"),
            format!("a: [x 'y]\nb: {open}\n"),
            format!("a: [\"]\", {open}\n"),
            format!("a: b\n---\nc: {open}\n"),
            format!("a: # '\nb: {open}\n"),
            format!("a: b\u{2028}c: {open}\n"),
            format!("a: b # x\u{85}c: {open}\n"),
            format!("\u{feff}{open}\n"),
        ] {
            assert!(too_many_brackets(&text).is_some(), "{text:?}");
        }
        let mixed = "[ \"]\" ".repeat(200);
        assert!(too_many_brackets(&mixed).is_some());
    }

    #[test]
    fn a_block_of_text_with_brackets_is_read() {
        let text = format!("body: |\n  {}\n  ]]\ntitle: a\n", nested("[", 100));
        assert_eq!(too_many_brackets(&text), None);
    }

    /// The most brackets open at once while libyaml reads `yaml`, up to where it stops:
    /// its scanner's tokens, up to where its parser (as serde_yaml runs it) reports an
    /// error.
    fn libyaml_brackets(yaml: &str) -> usize {
        use std::mem::MaybeUninit;
        // SAFETY: each parser is initialised before use and deleted after, and reads
        // `yaml` only while it lives; each event and token is deleted once read.
        unsafe {
            let new_parser = || {
                let mut parser = Box::new(MaybeUninit::<unsafe_libyaml::yaml_parser_t>::uninit());
                assert!(!unsafe_libyaml::yaml_parser_initialize(parser.as_mut_ptr()).fail);
                unsafe_libyaml::yaml_parser_set_encoding(
                    parser.as_mut_ptr(),
                    unsafe_libyaml::YAML_UTF8_ENCODING,
                );
                unsafe_libyaml::yaml_parser_set_input_string(
                    parser.as_mut_ptr(),
                    yaml.as_ptr(),
                    yaml.len() as u64,
                );
                parser
            };
            let mut parser = new_parser();
            let p = parser.as_mut_ptr();
            let mut event = MaybeUninit::<unsafe_libyaml::yaml_event_t>::uninit();
            let mut stop = u64::MAX;
            loop {
                if unsafe_libyaml::yaml_parser_parse(p, event.as_mut_ptr()).fail {
                    stop = (&*p).problem_mark.index;
                    break;
                }
                let end = (*event.as_ptr()).type_ == unsafe_libyaml::YAML_STREAM_END_EVENT;
                unsafe_libyaml::yaml_event_delete(event.as_mut_ptr());
                if end {
                    break;
                }
            }
            unsafe_libyaml::yaml_parser_delete(p);

            let mut scanner = new_parser();
            let s = scanner.as_mut_ptr();
            let mut token = MaybeUninit::<unsafe_libyaml::yaml_token_t>::uninit();
            let (mut open, mut deepest) = (0usize, 0);
            while !unsafe_libyaml::yaml_parser_scan(s, token.as_mut_ptr()).fail {
                let t = token.as_ptr();
                let (kind, at) = ((*t).type_, (*t).start_mark.index);
                unsafe_libyaml::yaml_token_delete(token.as_mut_ptr());
                if at >= stop || kind == unsafe_libyaml::YAML_STREAM_END_TOKEN {
                    break;
                }
                match kind {
                    unsafe_libyaml::YAML_FLOW_SEQUENCE_START_TOKEN
                    | unsafe_libyaml::YAML_FLOW_MAPPING_START_TOKEN => {
                        open += 1;
                    }
                    unsafe_libyaml::YAML_FLOW_SEQUENCE_END_TOKEN
                    | unsafe_libyaml::YAML_FLOW_MAPPING_END_TOKEN => {
                        open = open.saturating_sub(1);
                    }
                    _ => {}
                }
                deepest = deepest.max(open);
            }
            unsafe_libyaml::yaml_parser_delete(s);
            deepest
        }
    }

    /// What YAML is made of: values, quotes, brackets, indicators, comments, blocks of
    /// text, anchors and tags, indentation and line breaks of every kind.
    const PIECES: &[&str] = &[
        "a", "a b", "a:b", "'", "''", "\"", "\\", "[", "]", "{", "}", ", ", ",", ": ", ":", "- ",
        "-", "? ", "# ", "#", " ", "  ", "\n", "---", "...", "\r\n", "\u{85}", "\u{2028}", "|",
        ">-", "&x ", "*x", "!t ", "%", "\u{feff}", "\t", "x: ", "[[", "x: [",
    ];

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(20_000))]

        /// However the characters that matter to YAML's structure are put together, the
        /// scan counts at least as many open brackets as the YAML reader does.
        #[test]
        fn never_counts_fewer_brackets_than_a_yaml_reader(
            lines in proptest::collection::vec(
                (0..5usize, proptest::collection::vec(proptest::sample::select(PIECES), 0..8)),
                0..8,
            )
        ) {
            let yaml: String = lines
                .iter()
                .map(|(indent, pieces)| format!("{}{}\n", " ".repeat(*indent), pieces.concat()))
                .collect();
            let ours = scan(&yaml, usize::MAX).unwrap_or(usize::MAX);
            let theirs = libyaml_brackets(&yaml);
            proptest::prop_assert!(ours >= theirs, "{:?}: {} < {}", yaml, ours, theirs);
        }
    }
}
