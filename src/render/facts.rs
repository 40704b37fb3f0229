//! A page's facts as the reader sees them: every field of its content type, labelled and
//! formatted for the page's language (an enum's label, money as "1.500 tỷ đồng" or
//! "VND 1,500 billion", an area in hectares, a reference as a link). The values come
//! from the one place they are written, so both languages show the same figures.

use serde_yaml::Value as Yaml;
use tera::{Map, Value};

use crate::config::localize_value;
use crate::l10n::{DateStyle, Localizer, MoneyUnit};
use crate::library::Library;
use crate::types::{ContentType, FieldKind, FieldSpec};

/// What formatting a page's facts needs.
pub struct FactContext<'a> {
    pub library: &'a Library,
    pub config: &'a crate::config::Config,
    pub codes: &'a [&'a str],
    pub lang: usize,
    pub localizer: Option<&'a Localizer>,
}

/// One fact: `{ name, label, value, links }` (`links` for references and addresses).
pub fn facts(
    schema: &ContentType,
    fields: &indexmap::IndexMap<String, Yaml>,
    cx: &FactContext<'_>,
) -> (Vec<Value>, Map) {
    let core = crate::types::core_field_names();
    let code = cx.codes[cx.lang];
    let default = cx.codes[0];
    let mut list = Vec::new();
    let mut labels = Map::new();
    for (name, spec) in &schema.fields {
        if core.contains(&name.as_str()) {
            continue;
        }
        let Some(raw) = fields.get(name) else {
            continue;
        };
        let raw = localize_value(raw, code, default, cx.codes);
        let Some((text, links)) = display(spec, &raw, cx) else {
            continue;
        };
        labels.insert(name.clone().into(), Value::from(text.as_str()));
        let label = if spec.label.is_empty() {
            name.replace('_', " ")
        } else {
            spec.label.get(code, default).to_string()
        };
        let m: Map = [
            ("name", Value::from(name.as_str())),
            ("label", Value::from(label)),
            ("value", Value::from(text)),
            ("kind", Value::from(spec.kind.name())),
            ("links", Value::from(links)),
        ]
        .into_iter()
        .map(|(k, v)| (k.into(), v))
        .collect();
        list.push(Value::from(m));
    }
    (list, labels)
}

/// The text of a value, and links where it names pages or addresses. `None` for what a
/// facts table does not show (groups, Markdown).
fn display(spec: &FieldSpec, raw: &Yaml, cx: &FactContext<'_>) -> Option<(String, Vec<Value>)> {
    let code = cx.codes[cx.lang];
    let default = cx.codes[0];
    // A figure is published with every digit written, unless the schema rounds it.
    let number = |n: f64, digits: Option<u8>| match (cx.localizer, digits) {
        (Some(l), Some(d)) => l.format_number(n, d),
        (Some(l), None) => l.format_exact(n),
        (None, _) => n.to_string(),
    };
    let text = match spec.kind {
        FieldKind::Group | FieldKind::Markdown | FieldKind::Image => return None,
        FieldKind::Enum => spec.value_label(raw.as_str()?, code, default).to_string(),
        FieldKind::Text | FieldKind::Url | FieldKind::Email => match raw {
            Yaml::String(s) => s.clone(),
            Yaml::Number(n) => n.to_string(),
            _ => return None,
        },
        FieldKind::Integer => number(raw.as_f64()?, Some(0)),
        FieldKind::Year => raw.as_i64()?.to_string(),
        FieldKind::Number => number(raw.as_f64()?, spec.decimals),
        FieldKind::Boolean => raw.as_bool()?.to_string(),
        FieldKind::Area => match cx.localizer {
            Some(l) => l.format_area(raw.as_f64()?, spec.decimals),
            None => format!("{} ha", raw.as_f64()?),
        },
        FieldKind::Money => {
            let amount = raw.get("amount")?.as_f64()?;
            let currency = raw.get("currency")?.as_str()?;
            let unit = raw
                .get("unit")
                .and_then(Yaml::as_str)
                .and_then(MoneyUnit::from_name)
                .unwrap_or(MoneyUnit::One);
            match cx.localizer {
                Some(l) => l.format_money(amount, unit, currency),
                None => format!("{currency} {amount}"),
            }
        }
        FieldKind::Date => {
            let iso = raw.as_str()?;
            cx.localizer
                .and_then(|l| l.format_date(iso, DateStyle::Official).ok())
                .unwrap_or_else(|| iso.to_string())
        }
        FieldKind::Geo => {
            let lat = raw.get("lat")?.as_f64()?;
            let lon = raw.get("lon")?.as_f64()?;
            format!("{}° N, {}° E", number(lat, None), number(lon, None))
        }
        FieldKind::Reference => {
            let (title, url) = reference(raw.as_str()?, cx)?;
            return Some((title.clone(), vec![link(&title, &url)]));
        }
        FieldKind::List => {
            let item_spec = spec.items.as_deref()?;
            let items = raw.as_sequence()?;
            let mut texts = Vec::new();
            let mut links = Vec::new();
            for item in items {
                if let Some((t, l)) = display(item_spec, item, cx) {
                    texts.push(t);
                    links.extend(l);
                }
            }
            if texts.is_empty() {
                return None;
            }
            return Some((texts.join(", "), links));
        }
    };
    let links = match spec.kind {
        FieldKind::Url => vec![link(&text, &cx.config.site_url(&text))],
        FieldKind::Email => vec![link(&text, &format!("mailto:{text}"))],
        _ => Vec::new(),
    };
    Some((text, links))
}

fn link(title: &str, url: &str) -> Value {
    let m: Map = [("title", Value::from(title)), ("url", Value::from(url))]
        .into_iter()
        .map(|(k, v)| (k.into(), v))
        .collect();
    Value::from(m)
}

/// The title and URL, in the page's language, of the page a reference names.
fn reference(r: &str, cx: &FactContext<'_>) -> Option<(String, String)> {
    let id = cx.library.resolve(r.strip_prefix("@/")?, cx.codes)?;
    let entry = cx.library.entry(id);
    let shown = entry.renditions[cx.lang]
        .as_ref()
        .or(entry.renditions[0].as_ref())?;
    Some((
        shown.meta.title.clone().unwrap_or_default(),
        cx.config.site_url(&shown.url),
    ))
}
