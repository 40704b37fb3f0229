//! The terms of each taxonomy, per language: the values pages give its field, read as the
//! content type's enum values (`sector: agriculture`, listed as "Nông nghiệp") or as free
//! text (`tags: [Hàn Quốc]`), each term at an address made from its label.
//!
//! A problem with a term is the page's, and is reported at the value the page wrote: a
//! value its content type refuses was reported by validation and makes no term; a free
//! spelling that meets another term's address is an error at the later page, naming the
//! first in a note; a second spelling of a free term (`Han Quoc` after `Hàn Quốc`) is a
//! warning there. site.yaml is never blamed for what a page wrote.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use serde_yaml::Value as Yaml;

use super::{ListKind, Listings, TaxonomyView, Term, push_pages};
use crate::config::{Config, localize_value};
use crate::diagnostics::{Diagnostic, Severity};
use crate::library::{EntryId, Kind, Library, SortBy, Variant, compare};
use crate::messages::Msg;
use crate::text::slugify;
use crate::types::{ContentType, FieldKind, FieldSpec, Schemas};

pub(super) fn build_taxonomies(
    config: &Config,
    library: &Library,
    schemas: &Schemas,
    listings: &mut Listings,
    problems: &mut Vec<Diagnostic>,
) {
    let codes = config.language_codes();
    for (t_index, taxonomy) in config.taxonomies.iter().enumerate() {
        let site_enum = enum_labels(schemas, &taxonomy.field);
        let mut report = Report {
            problems: &mut *problems,
            done: HashSet::new(),
        };
        let mut per_lang = Vec::new();
        for (lang, language) in config.languages.iter().enumerate() {
            let slug = slugify(taxonomy.slug.get(&language.code, codes[0]));
            let mut terms = Gathering {
                config,
                taxonomy,
                lang,
                base: format!("{}/{slug}/", language.prefix),
                terms: BTreeMap::new(),
                at_url: HashMap::new(),
            };
            for id in library.ids() {
                let entry = library.entry(id);
                let Some(r) = entry.renditions[lang].as_ref() else {
                    continue;
                };
                // Free text in a fallback page is in the wrong language for this list.
                if entry.kind != Kind::Page || (r.fallback && site_enum.is_none()) {
                    continue;
                }
                let own_type = schemas.get(crate::types::type_of(library, entry));
                let own_spec = own_type.and_then(|t| t.fields.get(&taxonomy.field));
                // A field the page's type does not have was reported as not one of its fields.
                if own_type.is_some() && own_spec.is_none() {
                    continue;
                }
                let own_enum = own_type
                    .zip(own_spec)
                    .and_then(|(t, spec)| enum_and_file(t, spec));
                for written in field_values(library, own_spec, id, lang, &taxonomy.field, &codes) {
                    terms.add(id, written, own_enum, site_enum, &mut report);
                }
            }
            let Gathering { terms, base, .. } = terms;
            let mut terms: Vec<Term> = terms.into_values().collect();
            for term in &mut terms {
                term.pages
                    .sort_by(|&a, &b| compare(library.entry(a), library.entry(b), SortBy::Date));
            }
            terms.sort_by_key(|t| (slugify(&t.label), t.key.clone()));
            push_pages(
                listings,
                ListKind::TaxonomyIndex { taxonomy: t_index },
                lang,
                &base,
                &[],
                None,
                false,
            );
            for (term_index, term) in terms.iter().enumerate() {
                push_pages(
                    listings,
                    ListKind::TaxonomyTerm {
                        taxonomy: t_index,
                        term: term_index,
                    },
                    lang,
                    &term.url,
                    &term.pages,
                    taxonomy.paginate_by,
                    false,
                );
            }
            per_lang.push(TaxonomyView {
                name: taxonomy.name.clone(),
                title: taxonomy.title.get(&language.code, codes[0]).to_string(),
                url: base,
                terms,
            });
        }
        listings.taxonomies.push(per_lang);
    }
}

/// A content type's enum of a field's values, with the type's file.
type EnumOf<'a> = Option<(&'a FieldSpec, &'a Path)>;

/// The problems of one taxonomy's values, each reported once whichever languages meet it.
struct Report<'p> {
    problems: &'p mut Vec<Diagnostic>,
    done: HashSet<(std::path::PathBuf, String, String, &'static str)>,
}

impl Report<'_> {
    fn once(&mut self, at: &Written<'_>, kind: &'static str, d: Diagnostic) {
        let place = (
            at.variant.file.display.clone(),
            at.path.clone(),
            at.text.clone(),
            kind,
        );
        if self.done.insert(place) {
            self.problems.push(d);
        }
    }
}

/// The terms of one taxonomy in one language, as the pages' values are added.
struct Gathering<'a> {
    config: &'a Config,
    taxonomy: &'a crate::config::Taxonomy,
    lang: usize,
    /// The taxonomy's address in this language, `/linh-vuc/`.
    base: String,
    /// By (free text, key): a free text and an enum value are never one term.
    terms: BTreeMap<(bool, String), Term>,
    /// Each term's address, with its key and the first value that made it.
    at_url: HashMap<String, ((bool, String), Written<'a>)>,
}

impl<'a> Gathering<'a> {
    /// Adds the page `id` under the term `written` names. `own_enum` is the enum the
    /// page's own content type checks the field against; `site_enum` the first one any
    /// type declares for it.
    fn add(
        &mut self,
        id: EntryId,
        written: Written<'a>,
        own_enum: EnumOf<'a>,
        site_enum: EnumOf<'a>,
        report: &mut Report<'_>,
    ) {
        let field = &self.taxonomy.field;
        let name = &self.taxonomy.name;
        let language = &self.config.languages[self.lang];
        if let Some(d) = written.list_as_text(field) {
            report.once(&written, "list", d);
        }
        let (key, label, schema) = match own_enum.or(site_enum) {
            Some((spec, file)) if spec.values.contains_key(&written.text) => (
                written.text.clone(),
                spec.value_label(
                    &written.text,
                    &language.code,
                    &self.config.languages[0].code,
                )
                .to_string(),
                Some(file),
            ),
            // Refused by the page's own content type, where it is written.
            _ if own_enum.is_some() => return,
            _ if !written.text.chars().any(char::is_alphanumeric) => {
                let d = written.warning(
                    Msg::new("term-no-letters")
                        .arg("text", &written.text)
                        .arg("taxonomy", name),
                );
                report.once(&written, "no letters", d);
                return;
            }
            _ => (slugify(&written.text), written.text.clone(), None),
        };
        // The address reads in the page's language: /linh-vuc/nong-nghiep/.
        let url = format!("{}{}/", self.base, slugify(&label));
        let term_key = (schema.is_none(), key.clone());
        match self.at_url.get(&url) {
            // Two values of a content type's enum with one label: the type's mistake.
            Some(((false, other_key), _)) if schema.is_some() && *other_key != key => {
                let file = schema.unwrap_or(Path::new("types"));
                let d = Diagnostic::said(
                    Severity::Error,
                    crate::diagnostics::display_path(&self.config.root, file),
                    Msg::new("term-same-label")
                        .arg("first", other_key)
                        .arg("second", &key)
                        .arg("field", field)
                        .arg("language", &language.name)
                        .arg("label", &label)
                        .arg("url", &url),
                );
                report.once(&written, "same label", d);
                return;
            }
            // A free spelling at an enum value's address: the free one is wrong.
            Some((other, first)) if *other != term_key => {
                let this_is_wrong = schema.is_none();
                let (wrong, right) = if this_is_wrong {
                    (&written, first)
                } else {
                    (first, &written)
                };
                let d = wrong.error(
                    Msg::new("term-clash")
                        .arg("wrong", &wrong.text)
                        .arg("right", &right.text)
                        .arg("taxonomy", name)
                        .arg("url", &url)
                        .arg("field", field),
                    right.note("writes"),
                );
                report.once(wrong, "clash", d);
                if this_is_wrong {
                    return;
                }
                // The address is the enum value's: later free spellings are told so too.
                let other = other.clone();
                self.terms.remove(&other);
                self.at_url
                    .insert(url.clone(), (term_key.clone(), written.clone()));
            }
            Some((_, first)) if schema.is_none() && first.text != written.text => {
                let d = written
                    .warning(
                        Msg::new("term-spelling")
                            .arg("text", &written.text)
                            .arg("first", &first.text)
                            .arg("taxonomy", name)
                            .arg("url", &url),
                    )
                    .note_said(first.note("spells"));
                report.once(&written, "spelling", d);
            }
            Some(_) => {}
            None => {
                self.at_url
                    .insert(url.clone(), (term_key.clone(), written.clone()));
            }
        }
        let term = self.terms.entry(term_key).or_insert_with(|| Term {
            url,
            key,
            label,
            pages: Vec::new(),
        });
        if !term.pages.contains(&id) {
            term.pages.push(id);
        }
    }
}

/// The enum of a field's values: its own, or its items' for a list of enum values.
fn enum_of(spec: &FieldSpec) -> Option<&FieldSpec> {
    match spec.kind {
        FieldKind::Enum => Some(spec),
        FieldKind::List => spec.items.as_deref().filter(|i| i.kind == FieldKind::Enum),
        _ => None,
    }
}

/// The enum of `field`, from the first schema that declares it as one, with its file.
fn enum_labels<'a>(schemas: &'a Schemas, field: &str) -> EnumOf<'a> {
    schemas
        .types
        .values()
        .find_map(|t| enum_and_file(t, t.fields.get(field)?))
}

/// The enum `spec` of type `t` declares, with the file its values are written in: the
/// data file of `values_from:`, else the schema.
fn enum_and_file<'a>(t: &'a ContentType, spec: &'a FieldSpec) -> EnumOf<'a> {
    let e = enum_of(spec)?;
    Some((e, e.values_file.as_deref().unwrap_or(t.file.as_path())))
}

/// One value a page gives a taxonomy field, and where it is written.
#[derive(Clone)]
struct Written<'a> {
    /// Trimmed (a non-breaking space pasted after it is not part of the term).
    text: String,
    /// The file that writes it: the page's own, or the original it inherits it from.
    variant: &'a Variant,
    /// Its place in the front matter: `tags[2]`, `sector`, `tags` (a text with commas).
    path: String,
    /// The whole text, when the list is written as one text with commas.
    whole: Option<String>,
}

impl Written<'_> {
    fn error(&self, msg: Msg, note: Msg) -> Diagnostic {
        self.variant
            .yaml()
            .said_at_value(&self.path, msg)
            .note_said(note)
    }

    fn warning(&self, msg: Msg) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            ..self.variant.yaml().said_at_value(&self.path, msg)
        }
    }

    /// ``content/x.md:5:7` writes `Hàn Quốc``: where this value is, for a note.
    fn note(&self, verb: &'static str) -> Msg {
        Msg::new("note-term-written")
            .arg("verb", verb)
            .arg("place", self.variant.place_of(&self.path))
            .arg("text", &self.text)
    }

    /// The warning for a field that takes a list but is written as one text with commas.
    fn list_as_text(&self, field: &str) -> Option<Diagnostic> {
        let whole = self.whole.as_deref()?;
        let items = crate::yaml::items_of_text(whole)?;
        Some(self.warning(crate::yaml::list_as_text(field, whole, &items)))
    }
}

/// The values `field` gives an entry in `lang`, where `own_spec` is what the entry's
/// content type says of the field. A taxonomy's terms are a list: where no content type
/// describes the field, a text with commas (`keywords: a, b, c`) is read as its items (a
/// warning says so, as for `tags`). Where a type says the field is a list, a text there
/// was reported by validation, and makes no term.
fn field_values<'a>(
    library: &'a Library,
    own_spec: Option<&FieldSpec>,
    id: EntryId,
    lang: usize,
    field: &str,
    codes: &[&str],
) -> Vec<Written<'a>> {
    let Some(r) = library.rendition(id, lang) else {
        return Vec::new();
    };
    let entry = library.entry(id);
    let own = &entry.variants[r.variant];
    let variant = if own.raw.contains_key(field) {
        own
    } else {
        entry.default_variant()
    };
    let code = codes[lang];
    // A localized value, `tags: { vi: […], en: […] }`, has its items under the language.
    let (base, raw) = match variant.raw.get(field) {
        Some(Yaml::Mapping(m)) if m.contains_key(code) => (format!("{field}.{code}"), m.get(code)),
        other => (field.to_string(), other),
    };
    let item_path = |text: &str| match raw {
        Some(Yaml::Sequence(items)) => items
            .iter()
            .position(|i| i.as_str().map(str::trim) == Some(text))
            .map_or(base.clone(), |i| format!("{base}[{i}]")),
        _ => base.clone(),
    };
    let written = |text: &str, whole: Option<String>| Written {
        text: text.trim().to_string(),
        variant,
        path: item_path(text.trim()),
        whole,
    };
    if field == "tags" {
        // Read, and a list written as text warned of, with the front matter.
        return r
            .meta
            .tags
            .iter()
            .flatten()
            .map(|t| written(t, None))
            .collect();
    }
    let Some(value) = r.meta.fields.get(field) else {
        return Vec::new();
    };
    match localize_value(value, code, codes[0], codes) {
        Yaml::String(s) => match (own_spec.map(|s| s.kind), crate::yaml::items_of_text(&s)) {
            (Some(FieldKind::List), _) => Vec::new(),
            (None, Some(items)) => items
                .iter()
                .map(|item| written(item, Some(s.clone())))
                .collect(),
            _ => vec![written(&s, None)],
        },
        Yaml::Sequence(items) => items
            .iter()
            .filter_map(|i| i.as_str().map(|s| written(s, None)))
            .collect(),
        Yaml::Number(n) => vec![written(&n.to_string(), None)],
        _ => Vec::new(),
    }
}
