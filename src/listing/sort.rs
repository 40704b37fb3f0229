//! Ordering a list of pages by a field: amounts, areas, numbers and dates largest or
//! newest first; words in alphabetical order; pages without the field last.

use std::cmp::Ordering;

use serde_yaml::Value as Yaml;

use crate::library::{EntryId, Library, SortBy, compare};
use crate::text::slugify;
use crate::types::{FieldKind, Schemas};

#[derive(Debug, PartialEq, PartialOrd)]
enum Key {
    /// (currency, amount in units): amounts in different currencies are not compared.
    Money(String, f64),
    Date(jiff::civil::DateTime),
    Number(f64),
    Text(String),
}

fn multiplier(unit: Option<&str>) -> f64 {
    match unit {
        Some("thousand") => 1e3,
        Some("million") => 1e6,
        Some("billion") => 1e9,
        _ => 1.0,
    }
}

fn key(library: &Library, schemas: &Schemas, id: EntryId, field: &str) -> Option<Key> {
    let entry = library.entry(id);
    let meta = entry.default_meta();
    match field {
        "date" => return meta.date.map(|d| Key::Date(d.datetime)),
        "title" => return meta.title.as_deref().map(|t| Key::Text(slugify(t))),
        "weight" => return meta.weight.map(|w| Key::Number(-(w as f64))),
        _ => {}
    }
    let raw = meta.fields.get(field)?;
    let kind = schemas
        .types
        .get(crate::types::type_of(library, entry))
        .and_then(|t| t.fields.get(field))
        .map(|s| s.kind);
    match (kind, raw) {
        (Some(FieldKind::Money), Yaml::Mapping(_)) => {
            let amount = raw.get("amount")?.as_f64()?;
            let unit = raw.get("unit").and_then(Yaml::as_str);
            let currency = raw
                .get("currency")
                .and_then(Yaml::as_str)
                .unwrap_or_default()
                .to_string();
            Some(Key::Money(currency, amount * multiplier(unit)))
        }
        (Some(FieldKind::Date), Yaml::String(s)) => {
            crate::library::meta::parse_date(s).map(|d| Key::Date(d.datetime))
        }
        (_, Yaml::Number(n)) => n.as_f64().map(Key::Number),
        (_, Yaml::String(s)) => Some(Key::Text(slugify(s))),
        _ => None,
    }
}

fn order(a: &Key, b: &Key) -> Ordering {
    match (a, b) {
        (Key::Money(ca, va), Key::Money(cb, vb)) => ca
            .cmp(cb)
            .then(vb.partial_cmp(va).unwrap_or(Ordering::Equal)),
        (Key::Date(x), Key::Date(y)) => y.cmp(x),
        (Key::Number(x), Key::Number(y)) => y.partial_cmp(x).unwrap_or(Ordering::Equal),
        (Key::Text(x), Key::Text(y)) => x.cmp(y),
        _ => Ordering::Equal,
    }
}

/// `ids` ordered by `field`; ties keep the section's own order.
pub fn sort_entries(
    library: &Library,
    schemas: &Schemas,
    ids: &[EntryId],
    field: &str,
) -> Vec<EntryId> {
    let mut keyed: Vec<(Option<Key>, EntryId)> = ids
        .iter()
        .map(|&id| (key(library, schemas, id, field), id))
        .collect();
    keyed.sort_by(|(ka, a), (kb, b)| {
        let by_key = match (ka, kb) {
            (Some(x), Some(y)) => order(x, y),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        };
        by_key.then_with(|| compare(library.entry(*a), library.entry(*b), SortBy::Weight))
    });
    keyed.into_iter().map(|(_, id)| id).collect()
}
