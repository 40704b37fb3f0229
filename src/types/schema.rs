//! Reading content-type schemas (`themes/<theme>/types/<name>.yaml`).
//!
//! ```yaml
//! label: { vi: Dự án, en: Project }
//! fields:
//!   sector:
//!     kind: enum
//!     required: true
//!     label: { vi: Lĩnh vực, en: Sector }
//!     help: The economic sector of the project.
//!     values:
//!       agriculture: { vi: Nông nghiệp, en: Agriculture }
//!   partners: { kind: list, items: { kind: reference, type: partner } }
//! ```
//!
//! outreach's own front-matter fields (`title`, `date`, `tags`…) are part of every type;
//! a schema may list one to make it required or to label it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use indexmap::IndexMap;
use serde::Deserialize;
use serde_yaml::Value;

use crate::config::{Config, Localized, YamlContext};
use crate::data::Data;
use crate::diagnostics::Diagnostic;
use crate::messages::{Arg, Msg};
use crate::suggest::did_you_mean;
use crate::yaml;

/// The kinds of value a field may hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    Text,
    Markdown,
    Integer,
    /// A year (`2018`): a whole number shown without thousands separators.
    Year,
    Number,
    Boolean,
    Date,
    Enum,
    List,
    Url,
    Email,
    Money,
    Area,
    Geo,
    Reference,
    /// Several named fields together (an agreement's title and date), declared in `fields`.
    Group,
    /// A photo with its alt text per language, optional focal point and credit: a page's
    /// cover (`cover: { file: anh.jpg, alt: "…" }`).
    Image,
}

const KIND_NAMES: &[(&str, FieldKind)] = &[
    ("text", FieldKind::Text),
    ("markdown", FieldKind::Markdown),
    ("integer", FieldKind::Integer),
    ("year", FieldKind::Year),
    ("number", FieldKind::Number),
    ("boolean", FieldKind::Boolean),
    ("date", FieldKind::Date),
    ("enum", FieldKind::Enum),
    ("list", FieldKind::List),
    ("url", FieldKind::Url),
    ("email", FieldKind::Email),
    ("money", FieldKind::Money),
    ("area", FieldKind::Area),
    ("geo", FieldKind::Geo),
    ("reference", FieldKind::Reference),
    ("group", FieldKind::Group),
    ("image", FieldKind::Image),
];

impl FieldKind {
    pub fn name(self) -> &'static str {
        KIND_NAMES
            .iter()
            .find(|(_, k)| *k == self)
            .map_or("text", |(n, _)| n)
    }

    fn from_name(s: &str) -> Option<FieldKind> {
        KIND_NAMES.iter().find(|(n, _)| *n == s).map(|(_, k)| *k)
    }

    /// Whether a field of this kind is translated unless its schema says otherwise:
    /// words are, facts (numbers, dates, places, amounts, references) are not.
    fn translatable_by_default(self) -> bool {
        // An image's alt text and credit are words: a translation writes its own.
        matches!(
            self,
            FieldKind::Text | FieldKind::Markdown | FieldKind::Image
        )
    }
}

/// What a schema says about one field.
#[derive(Clone, Debug)]
pub struct FieldSpec {
    pub kind: FieldKind,
    pub required: bool,
    pub translatable: bool,
    pub label: Localized,
    /// One sentence for authors; `outreach new` writes it as a comment.
    pub help: Option<String>,
    /// An example value for `outreach new`.
    pub example: Option<Value>,
    /// `enum`: the allowed values and their label in each language.
    pub values: IndexMap<String, Localized>,
    /// `list`: the kind of each item.
    pub items: Option<Box<FieldSpec>>,
    /// `reference`: the content type the named page must have, if any.
    pub target: Option<String>,
    /// `group`: its fields.
    pub fields: IndexMap<String, FieldSpec>,
    /// `number` and `area`: the decimals published (rounded half away from zero). Without
    /// it a figure is published with every digit written.
    pub decimals: Option<u8>,
    /// `enum` with `values_from:`: the data file its values were read from.
    pub values_file: Option<PathBuf>,
    /// `enum` with `values_from:` whose data file could not be read (its error is
    /// reported): any value is let through, so pages are not also told theirs is wrong.
    pub values_unknown: bool,
}

impl FieldSpec {
    pub(super) fn core(kind: FieldKind, translatable: bool) -> FieldSpec {
        FieldSpec {
            kind,
            required: false,
            translatable,
            label: Localized::default(),
            help: None,
            example: None,
            values: IndexMap::new(),
            items: None,
            target: None,
            fields: IndexMap::new(),
            decimals: None,
            values_file: None,
            values_unknown: false,
        }
    }

    fn list_of(kind: FieldKind, translatable: bool) -> FieldSpec {
        FieldSpec {
            items: Some(Box::new(FieldSpec::core(kind, translatable))),
            ..FieldSpec::core(FieldKind::List, translatable)
        }
    }

    /// The label of an enum value in `lang`, or the value itself.
    pub fn value_label<'a>(&'a self, value: &'a str, lang: &str, default: &str) -> &'a str {
        self.values
            .get(value)
            .map_or(value, |l| l.get(lang, default))
    }
}

/// outreach's own fields, which every type has.
pub fn core_fields() -> IndexMap<String, FieldSpec> {
    use FieldKind::*;
    let mut m = IndexMap::new();
    for (name, kind, translatable) in [
        ("title", Text, true),
        ("description", Text, true),
        ("slug", Text, true),
        ("path", Text, true),
        ("date", Date, false),
        ("updated", Date, false),
        ("draft", Boolean, true),
        ("weight", Integer, false),
        ("template", Text, true),
        ("sample", Boolean, false),
        ("type", Text, false),
        ("page_type", Text, false),
        ("page_template", Text, false),
        ("sort_by", Text, false),
        ("paginate_by", Integer, false),
        ("source_hash", Text, true),
        ("source_parts", Text, true),
    ] {
        m.insert(name.to_string(), FieldSpec::core(kind, translatable));
    }
    m.insert("tags".into(), FieldSpec::list_of(Text, true));
    m.insert("aliases".into(), FieldSpec::list_of(Text, true));
    m.insert("sort_views".into(), FieldSpec::list_of(Text, false));
    m.insert("feed".into(), FieldSpec::core(Boolean, false));
    m.insert("export".into(), FieldSpec::core(Text, false));
    m.insert("image".into(), FieldSpec::core(Text, false));

    m
}

/// One content type.
#[derive(Clone, Debug)]
pub struct ContentType {
    pub name: String,
    pub label: Localized,
    pub description: Option<String>,
    /// Core fields first, then the schema's own, in the order written.
    pub fields: IndexMap<String, FieldSpec>,
    /// The schema file, for messages.
    pub file: PathBuf,
    /// Problems that matter only to a site with pages of this type, reported by
    /// validation when one exists: a theme's `values_from: districts` asks for
    /// `content/_data/districts.yaml` only of a site that has projects.
    pub if_used: Vec<Diagnostic>,
}

/// Every content type of the theme.
#[derive(Clone, Debug, Default)]
pub struct Schemas {
    pub types: BTreeMap<String, ContentType>,
    /// Types whose schema file is there but could not be read (its errors are reported):
    /// a page or a field naming one is not also told that the type does not exist.
    pub broken: BTreeSet<String>,
}

impl Schemas {
    pub fn get(&self, name: &str) -> Option<&ContentType> {
        self.types.get(name)
    }

    /// Whether a schema file names this type, readable or not.
    pub fn declares(&self, name: &str) -> bool {
        self.types.contains_key(name) || self.broken.contains(name)
    }

    pub fn names(&self) -> Vec<&str> {
        self.types.keys().map(String::as_str).collect()
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawType {
    #[serde(default)]
    label: Value,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    fields: IndexMap<String, RawField>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawField {
    kind: Option<String>,
    #[serde(default)]
    required: bool,
    translatable: Option<bool>,
    label: Option<Value>,
    help: Option<String>,
    example: Option<Value>,
    values: Option<IndexMap<String, Value>>,
    items: Option<Box<RawField>>,
    #[serde(rename = "type")]
    target: Option<String>,
    fields: Option<IndexMap<String, RawField>>,
    /// `number` and `area`: round what is published to this many decimals.
    decimals: Option<u8>,
    /// `enum`: the data file (`content/_data/<name>.yaml`) that lists the values.
    values_from: Option<String>,
}

/// Reads every content type: the theme's `types/*.yaml`, then the site's own `types/`,
/// whose files replace the theme's of the same name (`types/project.yaml` is the site's
/// `project` type) or add types of their own, as the site's templates do. A site and a
/// theme without `types/` have no schemas, and their pages are checked only for
/// outreach's own fields. `data` gives the values of `values_from:` enums.
pub fn load(config: &Config, data: &Data, problems: &mut Vec<Diagnostic>) -> Schemas {
    let mut schemas = Schemas::default();
    let mut by_name: BTreeMap<String, PathBuf> = BTreeMap::new();
    for dir in [config.theme_dir().join("types"), config.root.join("types")] {
        let Ok(read) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut paths: Vec<PathBuf> = read
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "yml"))
            .collect();
        paths.sort();
        for path in paths {
            let name = path
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            by_name.insert(name, path);
        }
    }
    let codes = config.language_codes();
    for (name, path) in by_name {
        let display = crate::diagnostics::display_path(&config.root, &path);
        let text = match config.boundary.read_text(&path) {
            Ok(Some(text)) => text,
            Ok(None) => continue,
            Err(d) => {
                problems.push(d);
                schemas.broken.insert(name);
                continue;
            }
        };
        let cx = Reading {
            codes: &codes,
            data,
            if_used: Default::default(),
        };
        match parse_type(&name, &display, &text, &cx, problems) {
            Some(mut t) => {
                t.if_used = cx.if_used.take();
                schemas.types.insert(name, t);
            }
            None => {
                schemas.broken.insert(name);
            }
        }
    }
    for t in schemas.types.values() {
        check_references(t, &schemas, problems);
    }
    schemas
}

/// What reading a schema needs besides its own text.
struct Reading<'a> {
    codes: &'a [&'a str],
    data: &'a Data,
    /// See [`ContentType::if_used`].
    if_used: std::cell::RefCell<Vec<Diagnostic>>,
}

fn parse_type(
    name: &str,
    display: &Path,
    text: &str,
    cx: &Reading<'_>,
    problems: &mut Vec<Diagnostic>,
) -> Option<ContentType> {
    let codes = cx.codes;
    let doc = match yaml::parse(text, 1, display, text) {
        Ok(d) => d,
        Err(d) => {
            problems.push(*d);
            return None;
        }
    };
    let raw: RawType = match serde_yaml::from_str(text) {
        Ok(r) => r,
        Err(e) => {
            let mut d = yaml::error_diagnostic(&e, display, text, 1);
            let msg = e.to_string();
            if let Some(rest) = msg.split("unknown field `").nth(1) {
                let field = rest.split('`').next().unwrap_or_default();
                // The settings of where it is written (a field's, or the schema's own
                // `label`, `description` and `fields`), as serde lists them.
                let expected: Vec<&str> = rest
                    .split_once("expected")
                    .map(|(_, list)| list.split('`').skip(1).step_by(2).collect())
                    .unwrap_or_default();
                let settings = if expected.is_empty() {
                    vec![
                        "kind",
                        "required",
                        "translatable",
                        "label",
                        "help",
                        "example",
                        "values",
                        "items",
                        "type",
                        "fields",
                        "decimals",
                        "values_from",
                    ]
                } else {
                    expected
                };
                let said = Diagnostic::said(
                    crate::diagnostics::Severity::Error,
                    display,
                    Msg::new("schema-unknown-setting")
                        .arg("setting", field)
                        .arg(
                            "near",
                            did_you_mean(field, settings.iter().copied()).unwrap_or("none"),
                        )
                        .arg("settings", Arg::all_of(&settings)),
                );
                // Where serde placed it, quoting the same line.
                d = Diagnostic {
                    line: d.line,
                    column: d.column,
                    source_line: d.source_line,
                    notes: d.notes,
                    ..said
                };
            }
            problems.push(d);
            return None;
        }
    };
    let ctx = YamlContext {
        path: display,
        text,
        positions: &doc.positions,
    };
    let label =
        Localized::from_yaml(&raw.label, "label", codes, &ctx, problems).unwrap_or_default();
    let mut fields = core_fields();
    for (field, rf) in raw.fields {
        let path = format!("fields.{field}");
        let core = fields.get(&field).cloned();
        if let Some(spec) = field_spec(&path, rf, core.as_ref(), cx, &ctx, problems) {
            fields.insert(field, spec);
        }
    }
    Some(ContentType {
        name: name.to_string(),
        label,
        description: raw.description,
        fields,
        file: display.to_path_buf(),
        if_used: Vec::new(),
    })
}

fn field_spec(
    path: &str,
    rf: RawField,
    core: Option<&FieldSpec>,
    cx: &Reading<'_>,
    ctx: &YamlContext<'_>,
    problems: &mut Vec<Diagnostic>,
) -> Option<FieldSpec> {
    let codes = cx.codes;
    let kind = match (&rf.kind, core) {
        (Some(k), _) => match FieldKind::from_name(k) {
            Some(kind) => kind,
            None => {
                let names: Vec<&str> = KIND_NAMES.iter().map(|(n, _)| *n).collect();
                problems.push(
                    ctx.said_at_value(
                        &format!("{path}.kind"),
                        Msg::new("kind-unknown")
                            .arg("kind", k)
                            .arg(
                                "near",
                                did_you_mean(k, names.iter().copied()).unwrap_or("none"),
                            )
                            .arg("kinds", Arg::one_of(&names)),
                    ),
                );
                return None;
            }
        },
        (None, Some(c)) => c.kind,
        (None, None) => {
            problems.push(ctx.said_at_key(
                path,
                Msg::new("kind-missing").arg("field", path.trim_start_matches("fields.")),
            ));
            return None;
        }
    };
    if let Some(c) = core
        && c.kind != kind
    {
        problems.push(
            ctx.said_at_value(
                &format!("{path}.kind"),
                Msg::new("kind-of-core-field")
                    .arg("field", path.trim_start_matches("fields."))
                    .arg("kind", c.kind.name()),
            ),
        );
    }
    let label = rf
        .label
        .as_ref()
        .and_then(|l| Localized::from_yaml(l, &format!("{path}.label"), codes, ctx, problems))
        .unwrap_or_default();
    let mut values = IndexMap::new();
    if let Some(raw_values) = rf.values {
        for (value, label) in raw_values {
            let l = Localized::from_yaml(
                &label,
                &format!("{path}.values.{value}"),
                codes,
                ctx,
                problems,
            )
            .unwrap_or_else(|| Localized::same_for_all(value.clone()));
            values.insert(value, l);
        }
    }
    let mut values_file = None;
    let mut values_unknown = false;
    if let Some(name) = &rf.values_from {
        if !values.is_empty() {
            problems.push(ctx.said_at_key(
                &format!("{path}.values_from"),
                Msg::new("values-from-and-values"),
            ));
        } else if kind != FieldKind::Enum {
            problems.push(ctx.said_at_key(
                &format!("{path}.values_from"),
                Msg::new("values-from-not-enum"),
            ));
        } else {
            match values_from(&format!("{path}.values_from"), name, cx, ctx, problems) {
                ValuesFrom::Read(read, file) => {
                    values = read;
                    values_file = Some(file);
                }
                ValuesFrom::Unknown => values_unknown = true,
            }
        }
    }
    if kind == FieldKind::Enum && values.is_empty() && !values_unknown {
        problems.push(ctx.said_at_key(path, Msg::new("enum-no-values")));
    }
    let items = match rf.items {
        Some(item) => field_spec(
            &format!("{path}.items"),
            *item,
            core.and_then(|c| c.items.as_deref()),
            cx,
            ctx,
            problems,
        )
        .map(Box::new),
        None if kind == FieldKind::List => core
            .and_then(|c| c.items.clone())
            .or_else(|| Some(Box::new(FieldSpec::core(FieldKind::Text, true)))),
        None => None,
    };
    let mut fields = IndexMap::new();
    for (name, sub) in rf.fields.into_iter().flatten() {
        if let Some(spec) = field_spec(
            &format!("{path}.fields.{name}"),
            sub,
            None,
            cx,
            ctx,
            problems,
        ) {
            fields.insert(name, spec);
        }
    }
    if rf.decimals.is_some() && !matches!(kind, FieldKind::Number | FieldKind::Area) {
        problems
            .push(ctx.said_at_key(&format!("{path}.decimals"), Msg::new("decimals-not-figure")));
    }
    if kind == FieldKind::Group && fields.is_empty() {
        problems.push(ctx.said_at_key(path, Msg::new("group-no-fields")));
    }
    let translatable = rf.translatable.unwrap_or_else(|| match (core, kind) {
        (Some(c), _) => c.translatable,
        (None, FieldKind::List) => items.as_ref().is_some_and(|i| i.translatable),
        (None, FieldKind::Group) => fields.values().any(|f| f.translatable),
        (None, k) => k.translatable_by_default(),
    });
    Some(FieldSpec {
        kind,
        required: rf.required,
        translatable,
        label,
        help: rf.help,
        example: rf.example,
        values,
        items,
        target: rf.target,
        fields,
        decimals: rf.decimals,
        values_file,
        values_unknown,
    })
}

/// What `values_from:` gave.
enum ValuesFrom {
    /// The values and the data file they came from.
    Read(IndexMap<String, Localized>, PathBuf),
    /// The file is missing or unreadable, and that is reported.
    Unknown,
}

/// Reads an enum's values from the data file `name`, written either as the schema's own
/// `values:` are (`vi-thanh: { vi: Thành phố Vị Thanh, en: Vi Thanh City }`) or as a
/// list of entries with a `key` and a `name` (or `label`, or `title`), the way a list of
/// districts is often kept for templates too.
fn values_from(
    at: &str,
    name: &str,
    cx: &Reading<'_>,
    ctx: &YamlContext<'_>,
    problems: &mut Vec<Diagnostic>,
) -> ValuesFrom {
    let name = name
        .trim()
        .trim_end_matches(".yaml")
        .trim_end_matches(".yml");
    if cx.data.is_unreadable(name) {
        return ValuesFrom::Unknown;
    }
    let names: Vec<String> = cx.codes.iter().map(|c| format!("{c}: \"…\"")).collect();
    let example = names.join(", ");
    let Some(file) = cx.data.file(name) else {
        let near = did_you_mean(name, cx.data.names()).unwrap_or("none");
        cx.if_used.borrow_mut().push(
            ctx.said_at_value(
                at,
                Msg::new("values-from-missing")
                    .arg("name", name)
                    .arg("near", near)
                    .arg("example", &example),
            ),
        );
        return ValuesFrom::Unknown;
    };
    let data = &file.context;
    let mut values = IndexMap::new();
    let mut add = |key: String, label: &Value, at: &str, problems: &mut Vec<Diagnostic>| {
        if values.contains_key(&key) {
            problems.push(data.said_at_key(at, Msg::new("values-from-twice").arg("key", &key)));
            return;
        }
        let l = Localized::from_yaml(label, at, cx.codes, data, problems)
            .unwrap_or_else(|| Localized::same_for_all(key.clone()));
        values.insert(key, l);
    };
    match file.value {
        Value::Mapping(map) => {
            for (k, label) in map {
                match scalar_text(k) {
                    Some(key) => add(key.clone(), label, &key, problems),
                    None => problems.push(data.said_at_value("", Msg::new("values-from-bad-key"))),
                }
            }
        }
        Value::Sequence(items) => {
            for (i, item) in items.iter().enumerate() {
                let at = format!("[{i}]");
                let key = item.get("key").and_then(scalar_text);
                let label = ["name", "label", "title"]
                    .iter()
                    .find_map(|k| item.get(*k).map(|v| (*k, v)));
                match (key, label) {
                    (Some(key), Some((field, label))) if !key.trim().is_empty() => {
                        add(key, label, &format!("{at}.{field}"), problems)
                    }
                    _ => problems.push(data.said_at_value(&at, Msg::new("values-from-entry"))),
                }
            }
        }
        _ => {}
    }
    if values.is_empty() {
        problems.push(
            data.said_at_value(
                "",
                Msg::new("values-from-empty")
                    .arg("name", name)
                    .arg("example", &example),
            ),
        );
        return ValuesFrom::Unknown;
    }
    ValuesFrom::Read(values, data.path.to_path_buf())
}

/// A key written as a word or a number, as text.
fn scalar_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// A reference's `type:` must name a content type.
fn check_references(t: &ContentType, schemas: &Schemas, problems: &mut Vec<Diagnostic>) {
    for (name, spec) in &t.fields {
        let target = spec
            .target
            .as_ref()
            .or_else(|| spec.items.as_ref().and_then(|i| i.target.as_ref()));
        if let Some(target) = target
            && !schemas.declares(target)
        {
            let names = schemas.names();
            problems.push(Diagnostic::said(
                crate::diagnostics::Severity::Error,
                &t.file,
                Msg::new("reference-type-unknown")
                    .arg("field", name)
                    .arg("target", target)
                    .arg(
                        "near",
                        did_you_mean(target, names.iter().copied()).unwrap_or("none"),
                    )
                    .arg("types", Arg::all_of(&names)),
            ));
        }
    }
}
