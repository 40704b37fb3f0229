//! Front matter read into typed fields, each checked, every problem reported at its place.
//!
//! All fields are optional here so a translation can be merged over its source
//! ([`Meta::inherit_from`]): a translation sets what it translates and inherits the rest,
//! so language-neutral facts are written once. Fields outreach does not know go to
//! `fields` for templates (content types check them).

use indexmap::IndexMap;
use jiff::civil::{Date, DateTime, Time};
use serde::Serialize;
use serde_yaml::Value;

use crate::config::YamlContext;
use crate::diagnostics::{Diagnostic, Severity};
use crate::messages::{Arg, Msg};

/// What kind of YAML value `v` is, as the catalogues name it (`list`, `mapping`…).
pub(crate) fn kind_key(v: &Value) -> &'static str {
    match v {
        Value::Null => "empty",
        Value::Bool(_) => "bool",
        Value::Number(n) if n.is_f64() => "decimal",
        Value::Number(_) => "integer",
        Value::String(_) => "text",
        Value::Sequence(_) => "list",
        Value::Mapping(_) => "mapping",
        Value::Tagged(_) => "tagged",
    }
}

/// How a section orders its pages.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SortBy {
    #[default]
    Weight,
    Date,
    Title,
}

/// A date written in front matter, with the time if one was given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct PageDate {
    pub datetime: DateTime,
    pub has_time: bool,
}

impl PageDate {
    /// `2018-03-13`, or `2018-03-13T09:30:00` when a time was written.
    pub fn iso(&self) -> String {
        if self.has_time {
            self.datetime.strftime("%Y-%m-%dT%H:%M:%S").to_string()
        } else {
            self.datetime.date().to_string()
        }
    }

    pub fn date(&self) -> Date {
        self.datetime.date()
    }
}

/// The front matter of one file.
#[derive(Clone, Debug, Default)]
pub struct Meta {
    pub title: Option<String>,
    /// `title:` is written with nothing after it.
    pub title_blank: bool,
    pub description: Option<String>,
    pub slug: Option<String>,
    pub path: Option<String>,
    pub date: Option<PageDate>,
    pub updated: Option<PageDate>,
    pub draft: Option<bool>,
    pub weight: Option<i64>,
    pub template: Option<String>,
    pub tags: Option<Vec<String>>,
    pub aliases: Option<Vec<String>>,
    pub sample: Option<bool>,
    /// A page's content type (`type:`).
    pub page_kind: Option<String>,
    /// A section's: the content type of its pages (`page_type:`).
    pub page_type: Option<String>,
    /// A section's: the template of its pages (`page_template:`).
    pub page_template: Option<String>,
    pub sort_by: Option<SortBy>,
    pub paginate_by: Option<usize>,
    /// Stamped by `outreach translations --mark-done`.
    pub source_hash: Option<String>,
    /// What the original was when the translation was checked (see
    /// `translations::Parts`), written by `translations --mark-done`.
    pub source_parts: Option<String>,
    /// A section's: the extra orders its list is also published in (`[capital, date]`).
    pub sort_views: Option<Vec<String>>,
    /// A section's: publish an Atom feed of its pages.
    pub feed: Option<bool>,
    /// A section's: publish its pages as open data, `<name>.json` and `<name>.csv`.
    pub export: Option<String>,
    /// An image for link previews (Open Graph), a file beside the page or an address.
    pub image: Option<String>,
    /// Every other field, for templates and content types.
    pub fields: IndexMap<String, Value>,
}

/// The field names outreach itself reads.
pub const KNOWN_FIELDS: &[&str] = &[
    "title",
    "description",
    "slug",
    "path",
    "date",
    "updated",
    "draft",
    "weight",
    "template",
    "tags",
    "aliases",
    "sample",
    "type",
    "page_type",
    "page_template",
    "sort_by",
    "paginate_by",
    "source_hash",
    "source_parts",
    "sort_views",
    "feed",
    "export",
    "image",
];

impl Meta {
    /// Reads a front-matter mapping; problems go to `problems`, the field is then left unset.
    pub fn from_yaml(value: &Value, ctx: &YamlContext<'_>, problems: &mut Vec<Diagnostic>) -> Meta {
        let mut meta = Meta::default();
        let map = match value {
            Value::Mapping(m) => m,
            Value::Null => return meta,
            other => {
                problems.push(
                    Diagnostic::said(
                        Severity::Error,
                        ctx.path,
                        Msg::new("front-matter-not-fields").arg("kind", kind_key(other)),
                    )
                    .at(ctx.text, ctx.positions.start().line, 1),
                );
                return meta;
            }
        };
        let mut r = Reader { ctx, problems };
        for (k, v) in map {
            let Some(key) = k.as_str() else {
                let shown = serde_yaml::to_string(k).unwrap_or_default();
                r.problems.push(ctx.said_at_key(
                    "",
                    Msg::new("field-name-not-text").arg("name", shown.trim()),
                ));
                continue;
            };
            match key {
                // Reported once drafts are left out (a draft may wait for its title).
                "title" if is_blank(v) => meta.title_blank = true,
                "title" => meta.title = r.text(key, v),

                "description" => meta.description = r.text(key, v),
                "slug" => meta.slug = r.text(key, v),
                "path" => meta.path = r.text(key, v),
                "date" => meta.date = r.date(key, v),
                "updated" => meta.updated = r.date(key, v),
                "draft" => meta.draft = r.boolean(key, v),
                "weight" => meta.weight = r.integer(key, v),
                "template" => meta.template = r.text(key, v),
                "tags" => meta.tags = r.text_list(key, v),
                "aliases" => meta.aliases = r.text_list(key, v),
                "sample" => meta.sample = r.boolean(key, v),
                "type" => meta.page_kind = r.text(key, v),
                "page_type" => meta.page_type = r.text(key, v),
                "page_template" => meta.page_template = r.text(key, v),
                "sort_by" => meta.sort_by = r.sort_by(key, v),
                "paginate_by" => {
                    meta.paginate_by = r.integer(key, v).and_then(|n| {
                        if n > 0 {
                            Some(n as usize)
                        } else {
                            r.problems
                                .push(ctx.said_at_value(key, Msg::new("paginate-by-not-positive")));
                            None
                        }
                    })
                }
                "source_hash" => meta.source_hash = r.text(key, v),
                "source_parts" => meta.source_parts = r.text(key, v),
                "sort_views" => meta.sort_views = r.text_list(key, v),
                "feed" => meta.feed = r.boolean(key, v),
                "export" => meta.export = r.text(key, v),
                "image" => meta.image = r.text(key, v),

                _ => {
                    meta.fields.insert(key.to_string(), v.clone());
                }
            }
        }
        // Any field may end up in an `href` in some template: none may run script.
        for (path, refused) in crate::text::url::refused_in_yaml(value, "") {
            problems.push(ctx.said_at_value(&path, refused.msg));
        }
        meta
    }

    /// Fills every field this translation does not set from its source.
    pub fn inherit_from(&self, source: &Meta) -> Meta {
        let mut fields = source.fields.clone();
        for (k, v) in &self.fields {
            fields.insert(k.clone(), v.clone());
        }
        Meta {
            title: self.title.clone().or_else(|| source.title.clone()),
            title_blank: self.title_blank,
            description: self
                .description
                .clone()
                .or_else(|| source.description.clone()),
            slug: self.slug.clone().or_else(|| source.slug.clone()),
            path: self.path.clone().or_else(|| source.path.clone()),
            date: self.date.or(source.date),
            updated: self.updated.or(source.updated),
            draft: self.draft.or(source.draft),
            weight: self.weight.or(source.weight),
            template: self.template.clone().or_else(|| source.template.clone()),
            tags: self.tags.clone().or_else(|| source.tags.clone()),
            aliases: self.aliases.clone(),
            sample: self.sample.or(source.sample),
            page_kind: self.page_kind.clone().or_else(|| source.page_kind.clone()),
            page_type: self.page_type.clone().or_else(|| source.page_type.clone()),
            page_template: self
                .page_template
                .clone()
                .or_else(|| source.page_template.clone()),
            sort_by: self.sort_by.or(source.sort_by),
            paginate_by: self.paginate_by.or(source.paginate_by),
            source_hash: self.source_hash.clone(),
            source_parts: self.source_parts.clone(),
            sort_views: self
                .sort_views
                .clone()
                .or_else(|| source.sort_views.clone()),
            feed: self.feed.or(source.feed),
            export: self.export.clone().or_else(|| source.export.clone()),
            image: self.image.clone().or_else(|| source.image.clone()),

            fields,
        }
    }
}

struct Reader<'a, 'b> {
    ctx: &'a YamlContext<'b>,
    problems: &'a mut Vec<Diagnostic>,
}

impl Reader<'_, '_> {
    /// `key`'s value `v` is not the `expected` kind (`text`, `bool`, `integer`, `list`).
    fn wrong_kind(&mut self, key: &str, expected: &'static str, v: &Value) {
        self.problems.push(
            self.ctx.said_at_value(
                key,
                Msg::new("field-wrong-kind")
                    .arg("key", key)
                    .arg("expected", expected)
                    .arg("kind", kind_key(v)),
            ),
        );
    }

    fn text(&mut self, key: &str, v: &Value) -> Option<String> {
        match v {
            Value::String(s) => Some(s.clone()),
            Value::Number(n) => Some(n.to_string()),
            Value::Null => None,
            other => {
                self.wrong_kind(key, "text", other);
                None
            }
        }
    }

    fn boolean(&mut self, key: &str, v: &Value) -> Option<bool> {
        match v {
            Value::Bool(b) => Some(*b),
            Value::Null => None,
            other => {
                self.wrong_kind(key, "bool", other);
                None
            }
        }
    }

    fn integer(&mut self, key: &str, v: &Value) -> Option<i64> {
        match v {
            Value::Number(n) if n.as_i64().is_some() => n.as_i64(),
            Value::Null => None,
            other => {
                self.wrong_kind(key, "integer", other);
                None
            }
        }
    }

    fn text_list(&mut self, key: &str, v: &Value) -> Option<Vec<String>> {
        match v {
            Value::Sequence(items) => {
                let mut out = Vec::new();
                for (i, item) in items.iter().enumerate() {
                    match item {
                        Value::String(s) => out.push(s.clone()),
                        Value::Number(n) => out.push(n.to_string()),
                        other => self.problems.push(
                            self.ctx.said_at_value(
                                &format!("{key}[{i}]"),
                                Msg::new("list-item-not-text")
                                    .arg("key", key)
                                    .arg("kind", kind_key(other)),
                            ),
                        ),
                    }
                }
                Some(out)
            }
            Value::String(s) => match crate::yaml::items_of_text(s) {
                // `tags: a, b, c`: the commas say what the author meant, so the items
                // are read, and the warning shows the list form to write.
                Some(items) => {
                    let msg = crate::yaml::list_as_text(key, s, &items);
                    self.problems.push(crate::diagnostics::Diagnostic {
                        severity: crate::diagnostics::Severity::Warning,
                        ..self.ctx.said_at_value(key, msg)
                    });
                    Some(items)
                }
                None => Some(vec![s.clone()]),
            },
            Value::Null => None,
            other => {
                self.wrong_kind(key, "list", other);
                None
            }
        }
    }

    fn date(&mut self, key: &str, v: &Value) -> Option<PageDate> {
        let text = match v {
            Value::String(s) => s.trim(),
            Value::Null => return None,
            other => {
                self.problems.push(
                    self.ctx.said_at_value(
                        key,
                        Msg::new("date-wrong-kind")
                            .arg("key", key)
                            .arg("kind", kind_key(other)),
                    ),
                );
                return None;
            }
        };
        match parse_date(text) {
            Some(d) => Some(d),
            None => {
                self.problems
                    .push(self.ctx.said_at_value(key, date_problem(text, key)));
                None
            }
        }
    }

    fn sort_by(&mut self, key: &str, v: &Value) -> Option<SortBy> {
        match v.as_str() {
            Some("weight") => Some(SortBy::Weight),
            Some("date") => Some(SortBy::Date),
            Some("title") => Some(SortBy::Title),
            _ => {
                self.problems.push(
                    self.ctx.said_at_value(
                        key,
                        Msg::new("sort-by-invalid")
                            .arg("values", Arg::one_of(&["weight", "date", "title"])),
                    ),
                );
                None
            }
        }
    }
}

/// Nothing, an empty text, or only spaces (ordinary, non-breaking, zero-width).
pub fn is_blank(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.chars().all(|c| {
            c.is_whitespace() || matches!(c, '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}')
        }),
        _ => false,
    }
}

/// Why `text` is not a date `parse_date` reads, in words that fit the mistake: the
/// catalogue message, with `key` in its fix.
pub fn date_problem(text: &str, key: &str) -> Msg {
    let msg = |id| Msg::new(id).arg("text", text).arg("key", key);
    let numbers: Vec<&str> = text.split(['-', '/', '.']).collect();
    let parsed: Option<Vec<i32>> = (numbers.len() == 3
        && numbers
            .iter()
            .all(|n| (1..=4).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit())))
    .then(|| numbers.iter().filter_map(|n| n.parse().ok()).collect());
    let Some(parsed) = parsed.filter(|p| p.len() == 3) else {
        return msg("date-invalid");
    };
    // Year first as written, or day/month/year as Vietnamese writes it.
    let day_first = numbers[2].len() == 4 && numbers[0].len() <= 2;
    let (y, m, d) = if day_first {
        (parsed[2], parsed[1], parsed[0])
    } else {
        (parsed[0], parsed[1], parsed[2])
    };
    let month = usize::try_from(m).unwrap_or_default();
    if !(1..=12).contains(&m) {
        return msg("date-no-month").arg("month", month);
    }
    let days = i16::try_from(y)
        .ok()
        .and_then(|y| jiff::civil::Date::new(y, m as i8, 1).ok())
        .map(|first| i32::from(first.days_in_month()));
    let Some(days) = days else {
        return msg("date-invalid");
    };
    if !(1..=days).contains(&d) {
        return msg("date-no-day")
            .arg("month", month)
            .arg("year", y.to_string())
            .arg("days", days.to_string())
            .arg("last", format!("{y:04}-{m:02}-{days:02}"));
    }
    let iso = format!("{y:04}-{m:02}-{d:02}");
    if day_first {
        msg("date-day-first")
            .arg("iso", iso)
            .arg("day", d.to_string())
            .arg("month", month)
            .arg("year", y.to_string())
    } else {
        msg("date-two-digits").arg("iso", iso)
    }
}

/// `2018-03-13`, `2018-03-13T09:30`, `2018-03-13 09:30:00`, with an optional offset (ignored).
pub fn parse_date(text: &str) -> Option<PageDate> {
    let has_time = text.len() > 10;
    if !has_time && let Ok(d) = text.parse::<Date>() {
        return Some(PageDate {
            datetime: d.to_datetime(Time::midnight()),
            has_time: false,
        });
    }
    let normalized = text.replacen(' ', "T", 1);
    if let Ok(dt) = normalized.parse::<DateTime>() {
        return Some(PageDate {
            datetime: dt,
            has_time: true,
        });
    }
    normalized
        .parse::<jiff::Timestamp>()
        .ok()
        .map(|ts| PageDate {
            datetime: ts.to_zoned(jiff::tz::TimeZone::UTC).datetime(),
            has_time: true,
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yaml::Positions;
    use std::path::Path;

    fn read(yaml: &str) -> (Meta, Vec<Diagnostic>) {
        let text = format!("---\n{yaml}---\n");
        let value: Value = serde_yaml::from_str(yaml).unwrap();
        let positions = Positions::scan(yaml, 2);
        let ctx = YamlContext {
            path: Path::new("x.md"),
            text: &text,
            positions: &positions,
        };
        let mut problems = Vec::new();
        let meta = Meta::from_yaml(&value, &ctx, &mut problems);
        (meta, problems)
    }

    #[test]
    fn known_fields_are_typed_and_the_rest_kept() {
        let (m, p) = read(
            "title: Hậu Giang\ndate: 2018-03-13\nweight: 3\ndraft: false\nsector: agriculture\n",
        );
        assert!(p.is_empty(), "{p:?}");
        assert_eq!(m.title.as_deref(), Some("Hậu Giang"));
        assert_eq!(m.date.unwrap().iso(), "2018-03-13");
        assert_eq!(m.weight, Some(3));
        assert_eq!(m.fields["sector"], Value::String("agriculture".into()));
    }

    #[test]
    fn every_wrong_field_is_reported_at_its_value() {
        let (_, p) = read("title: [a, b]\ndate: 13/03/2018\nweight: many\n");
        let places: Vec<(usize, usize)> = p.iter().map(|d| (d.line, d.column)).collect();
        assert_eq!(places, [(2, 8), (3, 7), (4, 9)]);
        assert_eq!(p[0].message, "`title` must be text, but here it is a list");
        assert_eq!(
            p[1].message,
            "`13/03/2018` is written day/month/year; outreach reads dates written year-month-day"
        );
        assert_eq!(
            p[2].message,
            "`weight` must be a whole number, but here it is text"
        );
    }

    #[test]
    fn translation_inherits_what_it_does_not_set() {
        let (vi, _) = read("title: Khu nông nghiệp\narea_ha: 5200\nslug: khu\n");
        let (en, _) = read("title: High-Tech Zone\nslug: zone\n");
        let merged = en.inherit_from(&vi);
        assert_eq!(merged.title.as_deref(), Some("High-Tech Zone"));
        assert_eq!(merged.slug.as_deref(), Some("zone"));
        assert_eq!(
            merged.fields["area_ha"],
            serde_yaml::from_str::<Value>("5200").unwrap()
        );
    }

    #[test]
    fn dates_with_times() {
        assert!(parse_date("2018-03-13T09:30:00").unwrap().has_time);
        assert_eq!(
            parse_date("2018-03-13 09:30").unwrap().iso(),
            "2018-03-13T09:30:00"
        );
        assert!(parse_date("2018-02-30").is_none());
    }
}
