//! Checking every page against its content type: unknown fields (with a did-you-mean),
//! missing required fields, values of the wrong kind, enum values not allowed,
//! references to pages that do not exist, and translations that change a fact that is
//! the same in every language.

use serde_yaml::Value;

use super::check::{References, ValueProblem, check_value};
use crate::messages::{Arg, Msg};
use indexmap::IndexMap;

use super::schema::{ContentType, FieldSpec, Schemas};
use super::type_of;
use crate::config::{Config, YamlContext};
use crate::diagnostics::Diagnostic;
use crate::library::{Entry, Kind, Library, Variant};
use crate::suggest::did_you_mean;

struct LibraryRefs<'a> {
    library: &'a Library,
    codes: &'a [&'a str],
}

impl References for LibraryRefs<'_> {
    fn type_of(&self, reference: &str) -> Result<Option<String>, Msg> {
        match self.library.resolve(reference, self.codes) {
            Some(id) => {
                let entry = self.library.entry(id);
                Ok(crate::types::type_is_known(self.library, entry)
                    .then(|| type_of(self.library, entry).to_string()))
            }
            None if self.library.is_unreadable(reference, self.codes) => Ok(None),
            None if self.library.is_draft(reference, self.codes) => {
                Err(Msg::new("reference-draft").arg("path", reference))
            }
            None => {
                let wanted = crate::library::path_key(reference, self.codes);
                let near =
                    did_you_mean(&wanted, self.library.entries.iter().map(|e| e.key.as_str()))
                        .map_or_else(|| "none".to_string(), |k| self.library.content_path(k));
                Err(Msg::new("reference-missing")
                    .arg("path", reference)
                    .arg("near", near))
            }
        }
    }

    fn languages(&self) -> &[&str] {
        self.codes
    }
}

/// Checks every variant of every entry; problems go to `problems`.
pub fn validate(
    config: &Config,
    library: &Library,
    schemas: &Schemas,
    problems: &mut Vec<Diagnostic>,
) {
    if schemas.types.is_empty() {
        return;
    }
    let codes = config.language_codes();
    let refs = LibraryRefs {
        library,
        codes: &codes,
    };
    let core = super::schema::core_fields();
    // Entries are checked in parallel; their problems are gathered in the library's order,
    // so the report reads the same on every run.
    use rayon::prelude::*;
    let found: Vec<Vec<Diagnostic>> = library
        .entries
        .par_iter()
        .map(|entry| {
            let mut found = Vec::new();
            if !crate::types::type_is_known(library, entry) {
                return found;
            }
            let type_name = type_of(library, entry);
            match schemas.get(type_name) {
                Some(schema) => {
                    for variant in &entry.variants {
                        check_variant(entry, variant, schema, &core, &refs, &mut found);
                    }
                }
                None => report_unknown_type(library, entry, type_name, schemas, &mut found),
            }
            found
        })
        .collect();
    problems.extend(found.into_iter().flatten());
    // A type's problems that only its pages feel, once each, for the types in use.
    let mut used = std::collections::BTreeSet::new();
    for entry in &library.entries {
        if crate::types::type_is_known(library, entry) {
            used.insert(type_of(library, entry));
        }
    }
    for name in used {
        if let Some(t) = schemas.get(name) {
            problems.extend(t.if_used.iter().cloned());
        }
    }
}

fn report_unknown_type(
    library: &Library,
    entry: &Entry,
    name: &str,
    schemas: &Schemas,
    problems: &mut Vec<Diagnostic>,
) {
    // Pages of the implicit types need no schema; a type whose schema has errors has
    // had them reported.
    if name == "page" || name == "section" || schemas.broken.contains(name) {
        return;
    }
    let (variant, field) = if entry.default_meta().page_kind.is_some() {
        (entry.default_variant(), "type")
    } else if let Some(parent) = entry.parent {
        (library.entry(parent).default_variant(), "page_type")
    } else {
        return;
    };
    let names = schemas.names();
    let near = did_you_mean(name, names.iter().copied()).unwrap_or("none");
    let ctx = ctx(variant);
    problems.push(
        ctx.said_at_value(
            field,
            Msg::new("type-unknown")
                .arg("name", name)
                .arg("near", near)
                .arg("types", Arg::all_of(&names)),
        ),
    );
}

/// The references of the site, and the text of one file for how its values are written.
struct InFile<'a> {
    refs: &'a LibraryRefs<'a>,
    ctx: &'a YamlContext<'a>,
    entry: &'a Entry,
    translation: bool,
}

impl References for InFile<'_> {
    fn type_of(&self, reference: &str) -> Result<Option<String>, Msg> {
        self.refs.type_of(reference)
    }

    fn languages(&self) -> &[&str] {
        self.refs.languages()
    }

    fn written(&self, path: &str) -> Option<String> {
        self.ctx.written(path).map(str::to_string)
    }

    fn is_translation(&self) -> bool {
        self.translation
    }

    fn asset(&self, name: &str) -> Result<(), Msg> {
        super::image::find_asset(self.refs.library, self.entry, name)
    }
}

fn ctx(v: &Variant) -> YamlContext<'_> {
    YamlContext {
        path: &v.file.display,
        text: &v.file.text,
        positions: &v.positions,
    }
}

fn check_variant(
    entry: &Entry,
    variant: &Variant,
    schema: &ContentType,
    core: &IndexMap<String, FieldSpec>,
    refs: &LibraryRefs<'_>,
    problems: &mut Vec<Diagnostic>,
) {
    let ctx = ctx(variant);
    let is_translation = variant.lang != 0;
    let source = entry.default_variant();
    let kind_word = if entry.kind == Kind::Section {
        "section"
    } else {
        "page"
    };
    // A misspelt field is one mistake: not also a required field left out.
    let mut misspelt: std::collections::HashSet<String> = std::collections::HashSet::new();
    for (k, value) in &variant.raw {
        let Some(key) = k.as_str() else { continue };
        let Some(spec) = schema.fields.get(key) else {
            let own: Vec<&str> = schema
                .fields
                .keys()
                .map(String::as_str)
                .filter(|f| !core.contains_key(*f))
                .collect();
            let all: Vec<&str> = schema.fields.keys().map(String::as_str).collect();
            let msg = Msg::new("field-unknown")
                .arg("key", key)
                .arg("type", &schema.name)
                .arg("kind", kind_word);
            let msg = match did_you_mean(key, all.iter().copied()) {
                Some(near) => {
                    misspelt.insert(near.to_string());
                    msg.arg("case", "near").arg("near", near)
                }
                None if own.is_empty() => msg.arg("case", "own-only"),
                None => msg.arg("case", "list").arg("fields", Arg::all_of(&own)),
            };
            problems.push(ctx.said_at_key(key, msg));
            continue;
        };
        // outreach's own fields were checked when the front matter was read.
        // A required field left empty is one problem, reported below.
        let blank_required = spec.required && crate::library::meta::is_blank(value);
        if !core.contains_key(key) && !blank_required {
            let mut found: Vec<ValueProblem> = Vec::new();
            let in_file = InFile {
                refs,
                ctx: &ctx,
                entry,
                translation: is_translation,
            };
            check_value(key, value, spec, &in_file, &mut found);
            for p in found {
                problems.push(if p.at_key {
                    ctx.said_at_key(&p.path, p.msg)
                } else {
                    ctx.said_at_value(&p.path, p.msg)
                });
            }
        }
        if !is_translation && !spec.translatable && variant.localized.iter().any(|l| l == key) {
            problems
                .push(ctx.said_at_key(key, Msg::new("fact-written-per-language").arg("key", key)));
        }
        if is_translation && !spec.translatable && !is_record(variant) {
            let original = source.raw.get(key);
            if original != Some(value) {
                let msg = Msg::new("fact-in-translation")
                    .arg("key", key)
                    .arg("source", source.file.display.display().to_string())
                    .arg(
                        "case",
                        if original.is_some() {
                            "differs"
                        } else {
                            "absent"
                        },
                    );
                problems.push(ctx.said_at_key(key, msg));
            }
        }
    }
    for (name, spec) in &schema.fields {
        // `title` is checked where the front matter is read.
        if spec.required
            && name != "title"
            && variant
                .raw
                .get(name.as_str())
                .is_some_and(crate::library::meta::is_blank)
        {
            problems
                .push(ctx.said_at_key(name, Msg::new("field-required-empty").arg("field", name)));
        }
    }
    if !is_translation {
        for (name, spec) in &schema.fields {
            if spec.required && !variant.raw.contains_key(name.as_str()) && !misspelt.contains(name)
            {
                let about = match &spec.help {
                    Some(h) => {
                        let h = h.trim_end_matches('.');
                        let mut chars = h.chars();
                        chars
                            .next()
                            .map(|c| c.to_lowercase().chain(chars).collect())
                            .unwrap_or_default()
                    }
                    None => "none".to_string(),
                };
                let values: Vec<&str> = spec.values.keys().map(String::as_str).collect();
                let msg = Msg::new("field-required-missing")
                    .arg("type", &schema.name)
                    .arg("kind", kind_word)
                    .arg("field", name)
                    .arg("about", about)
                    .arg("has_values", if values.is_empty() { "no" } else { "yes" })
                    .arg("values", Arg::one_of(&values));
                // Where the field would go: the line that closes the front matter.
                let line = match variant.body {
                    crate::library::Body::InFile { start, line, .. } if start > 0 => {
                        line.saturating_sub(1).max(1)
                    }
                    _ => 1,
                };
                problems.push(
                    Diagnostic::said(
                        crate::diagnostics::Severity::Error,
                        &variant.file.display,
                        msg,
                    )
                    .at(&variant.file.text, line, 1),
                );
            }
        }
    }
}

/// A record page's languages come from one file, so they cannot disagree on a fact.
fn is_record(v: &Variant) -> bool {
    matches!(v.body, crate::library::Body::Record { .. }) || v.file.rel.ends_with(".yaml")
}

/// The value of `field` as the template should show it: an enum value's label in `lang`.
pub fn enum_label(
    schema: &ContentType,
    field: &str,
    value: &Value,
    lang: &str,
    default: &str,
) -> Option<String> {
    let spec = schema.fields.get(field)?;
    let v = value.as_str()?;
    spec.values.get(v).map(|l| l.get(lang, default).to_string())
}
