//! The shape of site.yaml: which settings exist, which are required and what kind of
//! value each takes, so that one run reports every unknown setting, every required one
//! left out and every value of the wrong kind. serde stops at the first; this walk runs
//! when serde has failed, and is never stricter than serde (where unsure, it lets a value
//! pass and leaves it to serde).

use serde_yaml::Value;

use crate::diagnostics::Diagnostic;
use crate::messages::{Arg, Msg};
use crate::suggest::did_you_mean;
use crate::yaml::found_value;

use super::YamlContext;

#[derive(Clone, Copy)]
enum Shape {
    /// Any value (localised texts and `extra` are checked later, or not at all).
    Any,
    /// A single value: serde_yaml reads numbers and `true`/`false` as text too.
    Text,
    Bool,
    /// A whole number of 0 or more, or nothing.
    Count,
    /// One of these words.
    Word(&'static [&'static str]),
    /// A group of these fields (name, shape, required); `true` when the group itself may
    /// be left empty.
    Group(&'static [(&'static str, Shape, bool)], bool),
    /// A group whose names the author chooses, each value of this shape.
    MapOf(&'static Shape),
    /// A list, each item of this shape.
    ListOf(&'static Shape),
}

const LANGUAGE: Shape = Shape::Group(
    &[
        ("name", Shape::Text, true),
        ("locale", Shape::Text, true),
        ("missing", Shape::Word(&["fallback", "omit"]), false),
    ],
    false,
);

const MENU_ITEM: Shape = Shape::Group(
    &[
        ("page", Shape::Text, false),
        ("url", Shape::Text, false),
        ("title", Shape::Any, false),
    ],
    false,
);

const TAXONOMY: Shape = Shape::Group(
    &[
        ("field", Shape::Text, false),
        ("title", Shape::Any, true),
        ("slug", Shape::Any, false),
        ("paginate_by", Shape::Count, false),
    ],
    false,
);

/// site.yaml, as `RawSite` in `mod.rs` reads it.
const SITE: Shape = Shape::Group(
    &[
        ("title", Shape::Any, true),
        ("description", Shape::Any, false),
        ("base_url", Shape::Text, true),
        ("default_language", Shape::Text, true),
        ("languages", Shape::MapOf(&LANGUAGE), true),
        ("default_language_in_subfolder", Shape::Bool, false),
        ("theme", Shape::Text, false),
        ("menu", Shape::ListOf(&MENU_ITEM), false),
        ("extra", Shape::Any, false),
        ("taxonomies", Shape::MapOf(&TAXONOMY), false),
        ("image", Shape::Text, false),
        ("raw_html", Shape::Word(&["warn", "forbid"]), false),
        ("url_schemes", Shape::ListOf(&Shape::Text), false),
        (
            "images",
            Shape::Group(
                &[
                    ("widths", Shape::ListOf(&Shape::Count), false),
                    ("quality", Shape::Count, false),
                    ("max_megapixels", Shape::Count, false),
                    ("sizes", Shape::Text, false),
                ],
                true,
            ),
            false,
        ),
        (
            "search",
            Shape::Group(&[("path", Shape::Any, true)], true),
            false,
        ),
    ],
    false,
);

/// Every unknown setting, every required one left out and every value of the wrong kind
/// in site.yaml.
pub(super) fn check(value: &Value, ctx: &YamlContext<'_>) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    walk(value, &SITE, "", ctx, &mut problems);
    problems
}

fn walk(
    value: &Value,
    shape: &Shape,
    path: &str,
    ctx: &YamlContext<'_>,
    out: &mut Vec<Diagnostic>,
) {
    // `expected`: the key of `setting-wrong-kind`'s `$expected` (text, a list…).
    let wrong = |expected: &str, out: &mut Vec<Diagnostic>| {
        let (found, shown) = found_value(value);
        let msg = if path == "search" {
            // What `search:` looks like, for a value of another kind.
            Msg::new("search-not-group")
        } else {
            Msg::new("setting-wrong-kind")
                .arg("at", "path")
                .arg("path", path)
                .arg("expected", expected)
                .arg("expected_raw", "")
        };
        out.push(ctx.said_at_value(path, msg.arg("found", found).arg("value", shown)));
    };
    match (shape, value) {
        (Shape::Any, _) => {}
        (Shape::Text, v) if !is_collection(v) => {}
        (Shape::Text, _) => wrong("text", out),
        (Shape::Bool, Value::Bool(_)) => {}
        (Shape::Bool, Value::String(s)) if s == "true" || s == "false" => {}
        (Shape::Bool, _) => wrong("bool", out),
        (Shape::Count, Value::Null) => {}
        (Shape::Count, Value::Number(n)) if n.as_u64().is_some() => {}
        (Shape::Count, Value::String(s)) if s.parse::<u64>().is_ok() => {}
        (Shape::Count, _) => wrong("count", out),
        (Shape::Word(words), Value::String(s)) if !words.contains(&s.as_str()) => {
            out.push(
                ctx.said_at_value(
                    path,
                    Msg::new("setting-not-allowed")
                        .arg("at", "path")
                        .arg("path", path)
                        .arg("value", s)
                        .arg("choices", Arg::one_of(words)),
                ),
            );
        }
        (Shape::Word(_), v) if is_collection(v) => wrong("word", out),
        (Shape::Word(_), _) => {}
        (Shape::Group(_, true), Value::Null) => {}
        (Shape::Group(fields, _), Value::Mapping(map)) => {
            let names: Vec<&str> = fields.iter().map(|(name, ..)| *name).collect();
            // A misspelt name is one problem, not also a missing setting.
            let mut misspelt = Vec::new();
            for (key, item) in map {
                let Some(key) = key.as_str() else { continue };
                let item_path = join(path, key);
                match fields.iter().find(|(name, ..)| *name == key) {
                    Some((_, shape, _)) => walk(item, shape, &item_path, ctx, out),
                    None => {
                        misspelt.extend(did_you_mean(key, names.iter().copied()));
                        out.push(unknown(key, &item_path, &names, ctx));
                    }
                }
            }
            for (name, _, required) in fields.iter() {
                if *required && !map.contains_key(*name) && !misspelt.contains(name) {
                    out.push(missing(name, path, ctx));
                }
            }
        }
        (Shape::Group(..), _) => wrong("group", out),
        (Shape::MapOf(_) | Shape::ListOf(_), Value::Null) => {}
        (Shape::MapOf(item_shape), Value::Mapping(map)) => {
            for (key, item) in map {
                if let Some(key) = key.as_str() {
                    walk(item, item_shape, &join(path, key), ctx, out);
                }
            }
        }
        (Shape::MapOf(_), _) => wrong("group", out),
        (Shape::ListOf(item_shape), Value::Sequence(items)) => {
            for (i, item) in items.iter().enumerate() {
                walk(item, item_shape, &format!("{path}[{i}]"), ctx, out);
            }
        }
        (Shape::ListOf(_), _) => wrong("list", out),
    }
}

fn is_collection(v: &Value) -> bool {
    matches!(v, Value::Sequence(_) | Value::Mapping(_))
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

fn unknown(key: &str, path: &str, names: &[&str], ctx: &YamlContext<'_>) -> Diagnostic {
    let near = did_you_mean(key, names.iter().copied());
    ctx.said_at_key(
        path,
        Msg::new("site-setting-unknown")
            .arg("key", key)
            .arg("near", near.unwrap_or("none"))
            .arg("settings", Arg::all_of(names)),
    )
}

/// A required setting left out, placed at the group that lacks it.
fn missing(name: &str, group: &str, ctx: &YamlContext<'_>) -> Diagnostic {
    if group.is_empty() {
        return ctx.said_at_key(
            name,
            Msg::new("site-setting-missing")
                .arg("name", name)
                .arg("group", "none"),
        );
    }
    ctx.said_at_value(
        group,
        Msg::new("site-setting-missing")
            .arg("name", name)
            .arg("group", group),
    )
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::yaml::Positions;

    /// The names of site.yaml's top-level settings.
    fn site_fields() -> Vec<&'static str> {
        match SITE {
            Shape::Group(fields, _) => fields.iter().map(|(name, ..)| *name).collect(),
            _ => Vec::new(),
        }
    }

    fn problems(text: &str) -> Vec<Diagnostic> {
        let value: Value = serde_yaml::from_str(text).expect("YAML");
        let positions = Positions::scan(text, 1);
        let ctx = YamlContext {
            path: Path::new("site.yaml"),
            text,
            positions: &positions,
        };
        check(&value, &ctx)
    }

    /// The walk is never stricter than serde: every site.yaml that serde reads into
    /// `RawSite` (the example site's, the scaffold's, the test fixtures') passes it.
    #[test]
    fn every_site_yaml_serde_accepts_passes_the_shape_check() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut texts = vec![
            std::fs::read_to_string(root.join("site.yaml")).expect("site.yaml"),
            crate::scaffold::SITE_YAML.to_string(),
        ];
        for entry in walkdir::WalkDir::new(root.join("tests/fixtures")) {
            let entry = entry.expect("walk");
            if entry.file_name() == "site.yaml" {
                texts.push(std::fs::read_to_string(entry.path()).expect("read"));
            }
        }
        let mut accepted = 0;
        for text in &texts {
            if serde_yaml::from_str::<super::super::RawSite>(text).is_ok() {
                accepted += 1;
                let found = problems(text);
                assert!(found.is_empty(), "{text}\n{found:#?}");
            }
        }
        assert!(accepted >= 20, "only {accepted} site.yaml files were read");
    }

    /// The walk knows every setting `RawSite` reads: serde lists them when it meets one it
    /// does not know.
    #[test]
    fn the_walk_knows_the_same_settings_as_serde() {
        let err = serde_yaml::from_str::<super::super::RawSite>("not_a_setting: 1\n")
            .err()
            .expect("an unknown setting is refused")
            .to_string();
        let (_, expected) = err.split_once("expected one of ").expect(&err);
        let mut serde_names: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
        let mut ours = site_fields();
        serde_names.sort_unstable();
        ours.sort_unstable();
        assert_eq!(ours, serde_names);
    }

    #[test]
    fn wrong_kinds_unknown_and_missing_settings_are_all_found() {
        let text = "title: x\nbase_url: [a]\nlanguages:\n  vi: { locale: vi-VN, missing: never }\nmenu: { page: x }\ndefault_language_in_subfolder: 1\ntaxonomies:\n  tags: { title: T, paginate_by: -2 }\nthem: default\n";
        let found: Vec<(usize, usize, String)> = problems(text)
            .into_iter()
            .map(|d| (d.line, d.column, d.message))
            .collect();
        let expected = [
            (2, 11, "`base_url` should be text, not a list"),
            (4, 33, "`languages.vi.missing` cannot be `never`"),
            (4, 7, "`languages.vi` is missing the setting `name`"),
            (5, 7, "`menu` should be a list, not a group of fields"),
            (
                6,
                32,
                "`default_language_in_subfolder` should be `true` or `false`, not the number `1`",
            ),
            (
                8,
                34,
                "`taxonomies.tags.paginate_by` should be a whole number (0 or more), not the number `-2`",
            ),
            (9, 1, "site.yaml has no setting called `them`"),
            (1, 1, "site.yaml is missing the setting `default_language`"),
        ];
        for (line, column, message) in expected {
            assert!(
                found.contains(&(line, column, message.to_string())),
                "missing {line}:{column} {message}\nfound: {found:#?}"
            );
        }
        assert_eq!(found.len(), expected.len(), "{found:#?}");
    }
}
