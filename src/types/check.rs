//! Checking one front-matter value against its field's kind.

use serde_yaml::{Mapping, Value};

use super::figures;

use super::schema::{FieldKind, FieldSpec};
use crate::suggest::{all_of, did_you_mean, one_of};
use crate::yaml::kind_name;

/// A problem with a value, at a dotted path of the front matter (`capital.amount`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValueProblem {
    pub path: String,
    pub message: String,
    pub help: Option<String>,
    /// The problem is the field's name (an unknown part), not its value.
    pub at_key: bool,
    /// The catalogue message `message` and `help` were made from, when there is one.
    pub msg: Option<crate::messages::Msg>,
}

/// Answers what a `reference` names: `Ok(Some(type))` of the page, `Ok(None)` when that
/// cannot be known because a file failed to read (already reported), or `Err(message, help)`.
pub trait References {
    fn type_of(&self, reference: &str) -> Result<Option<String>, (String, Option<String>)>;
    /// Language codes, for values written once per language.
    fn languages(&self) -> &[&str];
    /// The scalar at `path` as written in the file (`1.500`, where YAML reads 1.5).
    fn written(&self, _path: &str) -> Option<String> {
        None
    }
    /// Whether the file is a translation, which inherits what it does not set.
    fn is_translation(&self) -> bool {
        false
    }
    /// Whether a file an `image` field names is there: beside the page, or a site path
    /// (`/anh/bia.jpg`, from `static/`). `Err(message, help)` when it is not.
    fn asset(&self, _name: &str) -> Result<(), crate::messages::Msg> {
        Ok(())
    }
}

const MONEY_UNITS: &[&str] = &["one", "thousand", "million", "billion"];

/// Checks `value` at `path` against `spec`, pushing every problem found.
pub fn check_value(
    path: &str,
    value: &Value,
    spec: &FieldSpec,
    refs: &dyn References,
    out: &mut Vec<ValueProblem>,
) {
    if value.is_null() {
        return;
    }
    // A translated field may be written once per language: `{ vi: …, en: … }`.
    if spec.translatable
        && let Value::Mapping(m) = value
        && !m.is_empty()
        && m.keys()
            .all(|k| k.as_str().is_some_and(|k| refs.languages().contains(&k)))
    {
        for (k, v) in m {
            let sub = format!("{path}.{}", k.as_str().unwrap_or_default());
            check_value(&sub, v, spec, refs, out);
        }
        return;
    }
    // The field's own name, without the list index: `scores`, not `scores[1]`.
    let field = path.rsplit('.').next().unwrap_or(path);
    let field = field.split('[').next().unwrap_or(field);
    let is_item = path.ends_with(']');
    let wrong = |expected: &str| -> (String, Option<String>) {
        let message = if is_item {
            format!(
                "each item of `{field}` must be {expected}, but this one is {}",
                kind_name(value)
            )
        } else {
            format!(
                "`{field}` must be {expected}, but here it is {}",
                kind_name(value)
            )
        };
        (message, None)
    };
    match spec.kind {
        FieldKind::Text | FieldKind::Markdown => {
            if !matches!(value, Value::String(_) | Value::Number(_)) {
                let (m, _) = wrong("text");
                push(
                    out,
                    path,
                    m,
                    Some(format!(
                        "write it on one line in double quotes: `{field}: \"…\"`"
                    )),
                );
            }
        }
        FieldKind::Integer => {
            if value.as_i64().is_none() {
                let (m, _) = wrong("a whole number");
                push(
                    out,
                    path,
                    m,
                    Some(format!("write e.g. `{field}: 10`, without quotes")),
                );
            }
        }
        FieldKind::Year => {
            if !value.as_i64().is_some_and(|y| (1..=9999).contains(&y)) {
                let (m, _) = wrong("a year like 2018");
                push(out, path, m, Some(format!("write e.g. `{field}: 2018`, without quotes")));
            }
        }
        FieldKind::Number | FieldKind::Area => match value.as_f64() {
            Some(n) if spec.kind == FieldKind::Area && n < 0.0 => push(
                out,
                path,
                format!("`{field}` is an area in hectares and cannot be negative"),
                None,
            ),
            Some(_) => {
                if let Some((message, help)) = refs
                    .written(path)
                    .and_then(|w| figures::thousands_dot(field, &w))
                {
                    push(out, path, message, Some(help));
                }
            }
            None => {
                let expected = if spec.kind == FieldKind::Area {
                    "an area in hectares (a number)"
                } else {
                    "a number"
                };
                let (m, _) = wrong(expected);
                let help = match value.as_str() {
                    Some(s) if s.contains(',') || s.contains('.') => Some(format!(
                        "write the number without thousands separators or units, e.g. `{field}: 5200` or `{field}: 12.5`"
                    )),
                    _ => Some(format!(
                        "write e.g. `{field}: 5200`, without quotes or units"
                    )),
                };
                push(out, path, m, help)
            }
        },
        FieldKind::Boolean => {
            if !value.is_bool() {
                let (m, _) = wrong("`true` or `false`");
                push(
                    out,
                    path,
                    m,
                    Some(format!(
                        "write `{field}: true` or `{field}: false`, without quotes"
                    )),
                );
            }
        }
        FieldKind::Date => match value.as_str() {
            Some(s) if crate::library::meta::parse_date(s.trim()).is_some() => {}
            Some(s) => say(out, path, crate::library::meta::date_problem(s.trim(), field)),
            None => {
                let (m, _) = wrong("a date like 2018-03-13");
                push(out, path, m, None)
            }
        },
        // Its values are in a data file that could not be read (reported there).
        FieldKind::Enum if spec.values_unknown => {}
        FieldKind::Enum => {
            let allowed: Vec<&str> = spec.values.keys().map(String::as_str).collect();
            match value.as_str() {
                Some(s) if spec.values.contains_key(s) => {}
                Some(s) => say(
                    out,
                    path,
                    crate::messages::Msg::new("enum-not-allowed")
                        .arg("value", s)
                        .arg("field", field)
                        .arg("near", did_you_mean(s, allowed.iter().copied()).unwrap_or("none"))
                        .arg("values", crate::messages::Arg::one_of(&allowed)),
                ),
                None => {
                    let (m, _) = wrong("one of the listed values");
                    push(
                        out,
                        path,
                        m,
                        Some(format!("the values are {}", one_of(&allowed))),
                    )
                }
            }
        }
        FieldKind::List => match value {
            Value::Sequence(items) => {
                if let Some(item_spec) = &spec.items {
                    for (i, item) in items.iter().enumerate() {
                        check_value(&format!("{path}[{i}]"), item, item_spec, refs, out);
                    }
                }
            }
            // `countries: korea, japan`: the list form, with the author's own items.
            Value::String(text) => {
                let items = crate::yaml::items_of_text(text)
                    .unwrap_or_else(|| vec![text.trim().to_string()]);
                let (m, _) = wrong("a list");
                push(
                    out,
                    path,
                    m,
                    Some(format!(
                        "write it as a list: `{field}: {}`",
                        crate::yaml::flow_list(&items)
                    )),
                )
            }
            _ => {
                let (m, _) = wrong("a list");
                push(
                    out,
                    path,
                    m,
                    Some(format!(
                        "write `{field}: [first, second]` or one `- item` per line"
                    )),
                )
            }
        },
        FieldKind::Url => match value.as_str() {
            // An address that runs script, or one on the author's computer, is reported
            // where the front matter is read.
            Some(s) if crate::text::url::check_text(s).is_err() => {}
            Some(s) if is_url(s) => {}
            Some(s) => push(
                out,
                path,
                format!("`{s}` is not a web address"),
                Some("write the whole address, starting with `https://`".into()),
            ),
            None => {
                let (m, _) = wrong("a web address");
                push(out, path, m, None)
            }
        },
        FieldKind::Email => match value.as_str() {
            Some(s) if is_email(s) => {}
            Some(s) => push(
                out,
                path,
                format!("`{s}` is not an email address"),
                Some("write it like `name@example.org`".into()),
            ),
            None => {
                let (m, _) = wrong("an email address");
                push(out, path, m, None)
            }
        },
        FieldKind::Money => check_money(path, field, value, refs, out),
        FieldKind::Image => super::image::check(path, field, value, refs, out),
        FieldKind::Group => match value {
            Value::Mapping(m) => {
                for (k, v) in m {
                    let key = k.as_str().unwrap_or_default();
                    match spec.fields.get(key) {
                        Some(sub) => check_value(&format!("{path}.{key}"), v, sub, refs, out),
                        None => {
                            let names: Vec<&str> = spec.fields.keys().map(String::as_str).collect();
                            let help = match did_you_mean(key, names.iter().copied()) {
                                Some(n) => format!("did you mean `{n}`?"),
                                None => format!("its fields are {}", all_of(&names)),
                            };
                            out.push(ValueProblem {
                                at_key: true,
                                path: format!("{path}.{key}"),
                                message: format!("`{key}` is not a field of `{field}`"),
                                help: Some(help),
                                msg: None,
                            });
                        }
                    }
                }
                for (name, sub) in &spec.fields {
                    if sub.required && !m.contains_key(name.as_str()) {
                        push(
                            out,
                            path,
                            format!("`{field}` has no `{name}`"),
                            Some(format!("add `{name}: …`")),
                        );
                    }
                }
            }
            _ => {
                let (m, _) = wrong("a group of fields");
                push(out, path, m, None)
            }
        },
        FieldKind::Geo => check_geo(path, field, value, out),
        FieldKind::Reference => match value.as_str() {
            Some(s) => match s.strip_prefix("@/") {
                None => push(
                    out,
                    path,
                    format!("`{s}` must name a page as `@/section/page.md`"),
                    Some("write e.g. `\"@/doi-tac/jeollanam-do.md\"` (the quotes are needed because of the `@`)".into()),
                ),
                Some(target) => match refs.type_of(target) {
                    Ok(None) => {}
                    Ok(Some(t)) => {
                        if let Some(wanted) = &spec.target
                            && t != *wanted
                        {
                            push(
                                out,
                                path,
                                format!(
                                    "`{s}` is a `{t}` page, but `{}` must name `{wanted}` pages",
                                    field.split('[').next().unwrap_or(field)
                                ),
                                None,
                            )
                        }
                    }
                    Err((m, h)) => push(out, path, m, h),
                },
            },
            None => {
                let (m, _) = wrong("a page written as `\"@/section/page.md\"`");
                push(out, path, m, None)
            }
        },
    }
}

fn push(out: &mut Vec<ValueProblem>, path: &str, message: String, help: Option<String>) {
    out.push(ValueProblem {
        at_key: false,
        path: path.to_string(),
        message,
        help,
        msg: None,
    });
}

/// [`push`] for a catalogue message.
pub(super) fn say(out: &mut Vec<ValueProblem>, path: &str, msg: crate::messages::Msg) {
    let english = crate::messages::Lang::En;
    out.push(ValueProblem {
        at_key: false,
        path: path.to_string(),
        message: msg.text(english),
        help: msg.help(english),
        msg: Some(msg),
    });
}

fn is_url(s: &str) -> bool {
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"));
    rest.is_some_and(|r| {
        let host = r.split(['/', '?', '#']).next().unwrap_or_default();
        host.contains('.') && !host.contains(' ') && !r.contains(' ')
    })
}

fn is_email(s: &str) -> bool {
    let mut parts = s.split('@');
    match (parts.next(), parts.next(), parts.next()) {
        (Some(user), Some(domain), None) => {
            !user.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !s.contains(char::is_whitespace)
        }
        _ => false,
    }
}

fn check_money(
    path: &str,
    field: &str,
    value: &Value,
    refs: &dyn References,
    out: &mut Vec<ValueProblem>,
) {
    let example = format!("write `{field}: {{ amount: 1500, unit: billion, currency: VND }}`");
    let Value::Mapping(m) = value else {
        // `capital: 1.500 tỷ đồng`: say exactly what to write.
        if let Some(text) = value.as_str()
            && let Some((amount, unit, currency)) = figures::money_from_text(text)
        {
            out.push(ValueProblem {
                at_key: false,
                path: path.into(),
                message: format!(
                    "`{field}` is written as text, `{text}`: outreach formats money for each language itself"
                ),
                help: Some(format!(
                    "write `{field}: {{ amount: {amount}, unit: {unit}, currency: {currency} }}`"
                )),
                msg: None,
            });
            return;
        }
        out.push(ValueProblem {
            at_key: false,
            path: path.into(),
            message: format!(
                "`{field}` must be an amount with its currency, but here it is {}",
                kind_name(value)
            ),
            help: Some(example),
            msg: None,
        });
        return;
    };
    let mut push = |p: String, message: String, help: Option<String>| {
        out.push(ValueProblem {
            at_key: message.starts_with("an amount of money has no"),
            path: p,
            message,
            help,
            msg: None,
        })
    };
    let splits = figures::comma_splits(m);
    for (key, written) in &splits {
        let (vi, en) = figures::readings(written);
        push(
            format!("{path}.{key}"),
            format!("`{written}` has a comma inside the number, so YAML reads it as two things"),
            Some(format!(
                "write the number without separators: `{key}: {en}` (English reading) or `{key}: {vi}` (Vietnamese reading)"
            )),
        );
    }
    let unit = m
        .get("unit")
        .and_then(Value::as_str)
        .and_then(crate::l10n::MoneyUnit::from_name)
        .unwrap_or_default();
    let currency = m
        .get("currency")
        .and_then(Value::as_str)
        .unwrap_or_default();
    for (k, v) in m {
        if figures::is_split_remainder(k, v) && !splits.is_empty() {
            continue;
        }
        let key = k.as_str().unwrap_or_default();
        let sub = format!("{path}.{key}");
        match key {
            "amount" if splits.iter().any(|(f, _)| f == "amount") => {}
            "amount" => {
                if let Some((message, help)) = amount_problem(v, refs.written(&sub), unit, currency)
                {
                    push(sub, message, help);
                }
            }
            "unit" => match v.as_str() {
                Some(u) if MONEY_UNITS.contains(&u) => {}
                _ => push(sub, format!("`unit` must be {}", one_of(MONEY_UNITS)), None),
            },
            "currency" => match v.as_str() {
                Some(c) if c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase()) => {}
                _ => push(
                    sub,
                    "`currency` must be a three-letter currency code such as `VND` or `USD`".into(),
                    None,
                ),
            },
            other => {
                let help = did_you_mean(other, ["amount", "unit", "currency"])
                    .map(|s| format!("did you mean `{s}`?"));
                push(
                    sub,
                    format!("an amount of money has no `{other}`"),
                    help.or_else(|| Some("it has `amount`, `unit` and `currency`".into())),
                );
            }
        }
    }
    for required in ["amount", "currency"] {
        if !m.contains_key(required) {
            push(
                path.to_string(),
                format!("`{field}` has no `{required}`"),
                Some(example.clone()),
            );
        }
    }
}

/// What is wrong with a money `amount` (written as `written` in the file), if anything:
/// text instead of a number, a negative amount, a thousands dot, or more decimals than
/// the currency's smallest coin has in this `unit`.
fn amount_problem(
    v: &Value,
    written: Option<String>,
    unit: crate::l10n::MoneyUnit,
    currency: &str,
) -> Option<(String, Option<String>)> {
    let not_a_number = || format!("`amount` must be a number, but here it is {}", kind_name(v));
    if let Some(text) = v.as_str() {
        let (vi, en) = figures::readings(text.trim());
        let help = match figures::read_number(text, None) {
            Some(amount) => format!("write it without separators: `amount: {amount}`"),
            None if vi.parse::<f64>().is_ok() && en.parse::<f64>().is_ok() => format!(
                "write it without separators: `amount: {vi}` (Vietnamese reading) or `amount: {en}` (English reading)"
            ),
            None => "write it without separators, e.g. `amount: 1500`".into(),
        };
        return Some((not_a_number(), Some(help)));
    }
    let Some(n) = v.as_f64() else {
        return Some((
            not_a_number(),
            Some("write it without separators, e.g. `amount: 1500`".into()),
        ));
    };
    if n < 0.0 {
        return Some(("`amount` cannot be negative".into(), None));
    }
    if let Some((message, help)) = written.and_then(|w| figures::thousands_dot("amount", &w)) {
        return Some((message, Some(help)));
    }
    let code = currency.trim().to_ascii_uppercase();
    let coin = crate::l10n::minor_units(&code);
    let allowed = usize::from(coin) + unit.exponent_digits();
    if code.is_empty() || figures::fraction_digits(n) <= allowed {
        return None;
    }
    let smallest = if coin == 0 {
        format!("one {code}")
    } else {
        format!("1/{} {code}", 10u32.pow(u32::from(coin)))
    };
    Some((
        format!("`{n}` has more decimals than {code} can pay: its smallest unit is {smallest}"),
        Some(format!(
            "round the amount to {allowed} decimals, or write it in a smaller `unit`"
        )),
    ))
}

fn check_geo(path: &str, field: &str, value: &Value, out: &mut Vec<ValueProblem>) {
    if let Value::Mapping(m) = value {
        let splits = figures::comma_splits(m);
        if let Some((first, _)) = splits.first() {
            // One mistake, written once per coordinate: one error, with both fixed.
            let written: Vec<String> = splits.iter().map(|(_, w)| format!("`{w}`")).collect();
            let fixed: Vec<String> = splits
                .iter()
                .map(|(k, w)| format!("{k}: {}", figures::readings(w).0))
                .collect();
            let message = if splits.len() == 1 {
                format!(
                    "{} has a decimal comma, so YAML reads it as two things",
                    written[0]
                )
            } else {
                format!(
                    "{} have decimal commas, so YAML reads each as two things",
                    written.join(" and ")
                )
            };
            out.push(ValueProblem {
                at_key: false,
                path: format!("{path}.{first}"),
                message,
                help: Some(format!("write a decimal point: `{}`", fixed.join(", "))),
                msg: None,
            });
            let rest: Mapping = m
                .iter()
                .filter(|(k, v)| !figures::is_split_remainder(k, v))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            for required in ["lat", "lon"] {
                if !rest.contains_key(required) {
                    out.push(ValueProblem {
                        at_key: false,
                        path: path.into(),
                        message: format!("`{field}` has no `{required}`"),
                        help: Some(format!("write `{field}: {{ lat: 9.78, lon: 105.47 }}`")),
                        msg: None,
                    });
                }
            }
            return;
        }
    }
    let Value::Mapping(m) = value else {
        out.push(ValueProblem {
            at_key: false,
            path: path.into(),
            message: format!(
                "`{field}` must be a point like `{{ lat: 9.78, lon: 105.47 }}`, but here it is {}",
                kind_name(value)
            ),
            help: None,
            msg: None,
        });
        return;
    };
    for (k, v) in m {
        let key = k.as_str().unwrap_or_default();
        let sub = format!("{path}.{key}");
        let limit = match key {
            "lat" => 90.0,
            "lon" => 180.0,
            other => {
                out.push(ValueProblem {
                    at_key: true,
                    path: sub,
                    message: format!("a point has no `{other}`"),
                    help: Some("it has `lat` (latitude) and `lon` (longitude)".into()),
                    msg: None,
                });
                continue;
            }
        };
        match v.as_f64() {
            Some(n) if n.abs() <= limit => {}
            Some(_) => out.push(ValueProblem {
                at_key: false,
                path: sub,
                message: format!("`{key}` must be between -{limit} and {limit}"),
                help: None,
                msg: None,
            }),
            None => out.push(ValueProblem {
                at_key: false,
                path: sub,
                message: format!("`{key}` must be a number, but here it is {}", kind_name(v)),
                help: None,
                msg: None,
            }),
        }
    }
    for required in ["lat", "lon"] {
        if !m.contains_key(required) {
            out.push(ValueProblem {
                at_key: false,
                path: path.into(),
                message: format!("`{field}` has no `{required}`"),
                help: Some(format!("write `{field}: {{ lat: 9.78, lon: 105.47 }}`")),
                msg: None,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Localized;

    struct NoRefs;
    impl References for NoRefs {
        fn type_of(&self, r: &str) -> Result<Option<String>, (String, Option<String>)> {
            if r == "doi-tac/a.md" {
                Ok(Some("partner".into()))
            } else {
                Err((format!("there is no page `content/{r}`"), None))
            }
        }
        fn languages(&self) -> &[&str] {
            &["vi", "en"]
        }
    }

    fn spec(kind: FieldKind) -> FieldSpec {
        FieldSpec::core(kind, false)
    }

    fn problems(yaml: &str, spec: &FieldSpec) -> Vec<ValueProblem> {
        let v: Value = serde_yaml::from_str(yaml).unwrap();
        let mut out = Vec::new();
        check_value("f", &v, spec, &NoRefs, &mut out);
        out
    }

    #[test]
    fn each_kind_accepts_its_values_and_refuses_others() {
        use FieldKind::*;
        let cases: &[(FieldKind, &str, bool)] = &[
            (Text, "\"Hậu Giang\"", true),
            (Text, "[a]", false),
            (Integer, "3", true),
            (Integer, "3.5", false),
            (Number, "3.5", true),
            (Number, "\"5.200\"", false),
            (Area, "5200", true),
            (Area, "-1", false),
            (Boolean, "true", true),
            (Boolean, "\"yes\"", false),
            (Date, "2018-03-13", true),
            (Date, "13/3/2018", false),
            (Url, "https://www.gb.go.kr", true),
            (Url, "www.gb.go.kr", false),
            (Email, "a@haugiang.gov.vn", true),
            (Email, "a.haugiang.gov.vn", false),
            (
                Money,
                "{ amount: 1500, unit: billion, currency: VND }",
                true,
            ),
            (Money, "{ amount: 1500, currency: vnd }", false),
            (Money, "1500", false),
            (Geo, "{ lat: 9.78, lon: 105.47 }", true),
            (Geo, "{ lat: 99, lon: 105.47 }", false),
            (Reference, "\"@/doi-tac/a.md\"", true),
            (Reference, "\"@/doi-tac/b.md\"", false),
            (Reference, "doi-tac/a.md", false),
        ];
        for (kind, yaml, ok) in cases {
            let p = problems(yaml, &spec(*kind));
            assert_eq!(p.is_empty(), *ok, "{kind:?} {yaml}: {p:?}");
        }
    }

    #[test]
    fn enum_lists_values_and_suggests_the_near_one() {
        let mut s = spec(FieldKind::Enum);
        s.values
            .insert("agriculture".into(), Localized::same_for_all("Nông nghiệp"));
        s.values
            .insert("industry".into(), Localized::same_for_all("Công nghiệp"));
        let p = problems("agricultur", &s);
        assert_eq!(p[0].message, "`agricultur` is not an allowed value of `f`");
        assert_eq!(
            p[0].help.as_deref(),
            Some("did you mean `agriculture`? The values are `agriculture` or `industry`")
        );
    }

    #[test]
    fn list_items_are_checked_at_their_index() {
        let s = FieldSpec {
            items: Some(Box::new(spec(FieldKind::Reference))),
            ..spec(FieldKind::List)
        };
        let p = problems("[\"@/doi-tac/a.md\", \"@/doi-tac/zzz.md\"]", &s);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].path, "f[1]");
    }

    #[test]
    fn money_parts_are_checked_separately() {
        let p = problems(
            "{ amount: \"1.500\", unit: bilion, currency: VND, note: x }",
            &spec(FieldKind::Money),
        );
        let paths: Vec<&str> = p.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(paths, ["f.amount", "f.unit", "f.note"]);
    }
}
