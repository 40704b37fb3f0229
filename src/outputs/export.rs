//! Open data for partners: a section with `export: projects` publishes its pages as
//! `projects.json` and `projects.csv` beside its page, in every language — every field,
//! with its value as written and its label as the page shows it.

use serde_json::{Map as JsonMap, Value as Json, json};

use crate::config::localize_value;
use crate::library::Kind;
use crate::render::{Sink, SiteContext};
use crate::types::{FieldKind, core_field_names};

pub fn write(site: &SiteContext<'_>, sink: &dyn Sink) -> anyhow::Result<()> {
    let config = site.config();
    let library = site.library();
    let codes = config.language_codes();
    for section in &library.entries {
        if section.kind != Kind::Section {
            continue;
        }
        let Some(name) = section.default_meta().export.as_deref() else {
            continue;
        };
        let name = crate::text::slugify(name);
        let schema = section
            .default_meta()
            .page_type
            .as_deref()
            .and_then(|t| site.schemas().get(t));
        let core = core_field_names();
        let fields: Vec<(&String, &crate::types::FieldSpec)> = schema
            .map(|s| {
                s.fields
                    .iter()
                    .filter(|(n, _)| !core.contains(&n.as_str()))
                    .collect()
            })
            .unwrap_or_default();
        for (lang, language) in config.languages.iter().enumerate() {
            let Some(r) = section.renditions[lang].as_ref() else {
                continue;
            };
            let mut items = Vec::new();
            let mut rows: Vec<Vec<String>> = Vec::new();
            for &id in &section.pages {
                let Some(pr) = library.rendition(id, lang) else {
                    continue;
                };
                // Only the section's own kind of page (a project list exports projects).
                if let Some(wanted) = section.default_meta().page_type.as_deref()
                    && crate::types::type_of(library, library.entry(id)) != wanted
                {
                    continue;
                }
                let summary = site.summary(id, lang);
                let label_of = |field: &str| -> String {
                    let path = format!("labels.{field}");
                    summary
                        .and_then(|s| {
                            s.get_from_path(&path)
                                .and_then(|v| v.as_str().map(str::to_string))
                        })
                        .unwrap_or_default()
                };

                let mut item_fields = JsonMap::new();
                let mut row = vec![
                    config.permalink(&pr.url),
                    pr.meta.title.clone().unwrap_or_default(),
                    pr.meta.description.clone().unwrap_or_default(),
                    pr.meta.date.map(|d| d.iso()).unwrap_or_default(),
                    pr.meta.sample.unwrap_or(false).to_string(),
                ];
                for (field, spec) in &fields {
                    let raw = pr
                        .meta
                        .fields
                        .get(field.as_str())
                        .map(|v| localize_value(v, codes[lang], codes[0], &codes))
                        .map(|v| addresses(v, site, lang));

                    let value: Json = raw
                        .as_ref()
                        .map(|v| serde_json::to_value(v).unwrap_or(Json::Null))
                        .unwrap_or(Json::Null);
                    let label = label_of(field);
                    row.extend(csv_cells(spec.kind, raw.as_ref()));
                    row.push(label.clone());
                    item_fields
                        .insert(field.to_string(), json!({ "value": value, "label": label }));
                }
                items.push(json!({
                    "url": config.permalink(&pr.url),
                    "title": pr.meta.title,
                    "description": pr.meta.description,
                    "date": pr.meta.date.map(|d| d.iso()),
                    "sample": pr.meta.sample.unwrap_or(false),
                    "language": language.code,
                    "content_language": config.languages[library.entry(id).variants[pr.variant].lang].code,
                    "fields": item_fields,
                }));
                rows.push(row);
            }
            let field_labels: JsonMap<String, Json> = fields
                .iter()
                .map(|(n, s)| {
                    (
                        n.to_string(),
                        Json::from(s.label.get(&language.code, codes[0])),
                    )
                })
                .collect();
            let doc = json!({
                "title": r.meta.title,
                "language": language.code,
                "source": config.permalink(&r.url),
                "note": "Items with \"sample\": true carry illustrative figures, not official data.",
                "fields": field_labels,
                "items": items,
            });
            let base = r.url.trim_start_matches('/');
            sink.write(
                &format!("{base}{name}.json"),
                format!("{}\n", serde_json::to_string_pretty(&doc)?).as_bytes(),
            )?;

            let mut header: Vec<String> = ["url", "title", "description", "date", "sample"]
                .map(String::from)
                .to_vec();
            for (field, spec) in &fields {
                header.extend(csv_headers(field, spec.kind));
                header.push(format!("{field}_label"));
            }
            let mut writer = csv::Writer::from_writer(Vec::new());
            writer.write_record(&header)?;
            for row in rows {
                writer.write_record(&row)?;
            }
            let bytes = writer.into_inner().map_err(|e| anyhow::anyhow!("{e}"))?;
            sink.write(&format!("{base}{name}.csv"), &bytes)?;
        }
    }
    Ok(())
}

/// The CSV columns of a field: one, or one per part of an amount or a point.
fn csv_headers(field: &str, kind: FieldKind) -> Vec<String> {
    match kind {
        FieldKind::Money => vec![
            format!("{field}_amount"),
            format!("{field}_unit"),
            format!("{field}_currency"),
        ],
        FieldKind::Geo => vec![format!("{field}_lat"), format!("{field}_lon")],
        _ => vec![field.to_string()],
    }
}

fn scalar(v: &serde_yaml::Value) -> String {
    match v {
        serde_yaml::Value::String(s) => s.clone(),
        serde_yaml::Value::Number(n) => n.to_string(),
        serde_yaml::Value::Bool(b) => b.to_string(),
        serde_yaml::Value::Sequence(items) => {
            items.iter().map(scalar).collect::<Vec<_>>().join("; ")
        }
        serde_yaml::Value::Null => String::new(),
        other => serde_json::to_string(other).unwrap_or_default(),
    }
}

fn csv_cells(kind: FieldKind, raw: Option<&serde_yaml::Value>) -> Vec<String> {
    let get = |k: &str| raw.and_then(|v| v.get(k)).map(scalar).unwrap_or_default();
    match kind {
        FieldKind::Money => vec![get("amount"), get("unit"), get("currency")],
        FieldKind::Geo => vec![get("lat"), get("lon")],
        _ => vec![raw.map(scalar).unwrap_or_default()],
    }
}

/// References (`@/doi-tac/x.md`) replaced by the page's address in `lang`, which is what
/// a reader of the data can use.
fn addresses(v: serde_yaml::Value, site: &SiteContext<'_>, lang: usize) -> serde_yaml::Value {
    match v {
        serde_yaml::Value::String(s) if s.starts_with("@/") => {
            let codes = site.config().language_codes();
            match site.library().resolve(&s[2..], &codes) {
                Some(id) => {
                    let e = site.library().entry(id);
                    let url = e.renditions[lang].as_ref().map_or(&e.urls[0], |r| &r.url);
                    serde_yaml::Value::String(site.config().permalink(url))
                }
                None => serde_yaml::Value::String(s),
            }
        }
        serde_yaml::Value::Sequence(items) => serde_yaml::Value::Sequence(
            items
                .into_iter()
                .map(|i| addresses(i, site, lang))
                .collect(),
        ),
        other => other,
    }
}
