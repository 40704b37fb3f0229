//! Checking one front-matter value against its field's kind.

use serde_yaml::{Mapping, Value};

use super::figures;

use super::schema::{FieldKind, FieldSpec};
use crate::messages::{Arg, Msg};
use crate::suggest::did_you_mean;

/// A problem with a value, at a dotted path of the front matter (`capital.amount`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValueProblem {
    pub path: String,
    /// The message in English (what the library's tests read); `msg` says it in the
    /// run's language.
    pub message: String,
    pub help: Option<String>,
    /// The problem is the field's name (an unknown part), not its value.
    pub at_key: bool,
    /// The catalogue message `message` and `help` were made from.
    pub msg: Msg,
}

/// Answers what a `reference` names: `Ok(Some(type))` of the page, `Ok(None)` when that
/// cannot be known because a file failed to read (already reported), or `Err(message)`.
pub trait References {
    fn type_of(&self, reference: &str) -> Result<Option<String>, Msg>;
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
    /// (`/anh/bia.jpg`, from `static/`). `Err(message)` when it is not.
    fn asset(&self, _name: &str) -> Result<(), Msg> {
        Ok(())
    }
}

const MONEY_UNITS: &[&str] = &["one", "thousand", "million", "billion"];

/// What YAML read, as the catalogues name it in "but here it is …".
fn got(v: &Value) -> &'static str {
    match v {
        Value::Null => "empty",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_f64() => "decimal",
        Value::Number(_) => "integer",
        Value::String(_) => "text",
        Value::Sequence(_) => "list",
        Value::Mapping(_) => "group",
        Value::Tagged(_) => "tagged",
    }
}

/// `field` must be `expected` (a kind the catalogues name), but `value` is not.
fn wrong_kind(field: &str, is_item: bool, expected: &str, value: &Value) -> Msg {
    Msg::new("value-wrong-kind")
        .arg("field", field)
        .arg("item", if is_item { "yes" } else { "no" })
        .arg("expected", expected.to_string())
        .arg("got", got(value))
}

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
    let wrong = |expected: &str| wrong_kind(field, is_item, expected, value);
    match spec.kind {
        FieldKind::Text | FieldKind::Markdown => {
            if !matches!(value, Value::String(_) | Value::Number(_)) {
                say(out, path, wrong("text"));
            }
        }
        FieldKind::Integer => {
            if value.as_i64().is_none() {
                say(out, path, wrong("integer"));
            }
        }
        FieldKind::Year => {
            if !value.as_i64().is_some_and(|y| (1..=9999).contains(&y)) {
                say(out, path, wrong("year"));
            }
        }
        FieldKind::Number | FieldKind::Area => match value.as_f64() {
            Some(n) if spec.kind == FieldKind::Area && n < 0.0 => {
                say(out, path, Msg::new("area-negative").arg("field", field))
            }
            Some(_) => {
                if let Some(msg) = refs
                    .written(path)
                    .and_then(|w| figures::thousands_dot(field, &w, None))
                {
                    say(out, path, msg);
                }
            }
            None => {
                let expected = if spec.kind == FieldKind::Area {
                    "area"
                } else {
                    "number"
                };
                let case = match value.as_str() {
                    Some(s) if s.contains(',') || s.contains('.') => "separators",
                    _ => "plain",
                };
                say(out, path, wrong(expected).arg("case", case))
            }
        },
        FieldKind::Boolean => {
            if !value.is_bool() {
                say(out, path, wrong("boolean"));
            }
        }
        FieldKind::Date => match value.as_str() {
            Some(s) if crate::library::meta::parse_date(s.trim()).is_some() => {}
            Some(s) => say(
                out,
                path,
                crate::library::meta::date_problem(s.trim(), field),
            ),
            None => say(out, path, wrong("date")),
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
                    Msg::new("enum-not-allowed")
                        .arg("value", s)
                        .arg("field", field)
                        .arg(
                            "near",
                            did_you_mean(s, allowed.iter().copied()).unwrap_or("none"),
                        )
                        .arg("values", Arg::one_of(&allowed)),
                ),
                None => say(
                    out,
                    path,
                    wrong("enum").arg("values", Arg::one_of(&allowed)),
                ),
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
                say(
                    out,
                    path,
                    wrong("list")
                        .arg("case", "text")
                        .arg("list", crate::yaml::flow_list(&items)),
                )
            }
            _ => say(out, path, wrong("list").arg("case", "other")),
        },
        FieldKind::Url => match value.as_str() {
            // An address that runs script, or one on the author's computer, is reported
            // where the front matter is read.
            Some(s) if crate::text::url::check_text(s).is_err() => {}
            Some(s) if is_url(s) => {}
            Some(s) => say(out, path, Msg::new("url-invalid").arg("value", s)),
            None => say(out, path, wrong("url")),
        },
        FieldKind::Email => match value.as_str() {
            Some(s) if is_email(s) => {}
            Some(s) => say(out, path, Msg::new("email-invalid").arg("value", s)),
            None => say(out, path, wrong("email")),
        },
        FieldKind::Money => check_money(path, field, value, refs, out),
        FieldKind::Image => super::image::check(path, field, value, refs, out),
        FieldKind::Group => {
            let names: Vec<&str> = spec.fields.keys().map(String::as_str).collect();
            match value {
                Value::Mapping(m) => {
                    for (k, v) in m {
                        let key = k.as_str().unwrap_or_default();
                        match spec.fields.get(key) {
                            Some(sub) => check_value(&format!("{path}.{key}"), v, sub, refs, out),
                            None => say_at_key(
                                out,
                                &format!("{path}.{key}"),
                                Msg::new("group-unknown-field")
                                    .arg("key", key)
                                    .arg("field", field)
                                    .arg(
                                        "near",
                                        did_you_mean(key, names.iter().copied()).unwrap_or("none"),
                                    )
                                    .arg("fields", Arg::all_of(&names)),
                            ),
                        }
                    }
                    for (name, sub) in &spec.fields {
                        if sub.required && !m.contains_key(name.as_str()) {
                            say(out, path, part_missing(field, name, "group"));
                        }
                    }
                }
                _ => say(out, path, wrong("group").arg("values", Arg::all_of(&names))),
            }
        }
        FieldKind::Geo => check_geo(path, field, value, out),
        FieldKind::Reference => match value.as_str() {
            Some(s) => match s.strip_prefix("@/") {
                None => say(out, path, Msg::new("reference-form").arg("value", s)),
                Some(target) => match refs.type_of(target) {
                    Ok(None) => {}
                    Ok(Some(t)) => {
                        if let Some(wanted) = &spec.target
                            && t != *wanted
                        {
                            say(
                                out,
                                path,
                                Msg::new("reference-wrong-type")
                                    .arg("value", s)
                                    .arg("type", t)
                                    .arg("field", field)
                                    .arg("wanted", wanted),
                            )
                        }
                    }
                    Err(msg) => say(out, path, msg),
                },
            },
            None => say(out, path, wrong("reference")),
        },
    }
}

/// `field` (a group, an amount or a point, as `case` says) has no `part`.
fn part_missing(field: &str, part: &str, case: &str) -> Msg {
    Msg::new("part-missing")
        .arg("field", field)
        .arg("part", part)
        .arg("case", case.to_string())
}

/// A problem at the value at `path`, said with a catalogue message.
pub(super) fn say(out: &mut Vec<ValueProblem>, path: &str, msg: Msg) {
    out.push(problem(path, msg, false));
}

/// A problem at the key at `path` (a part that is not one of the value's).
pub(super) fn say_at_key(out: &mut Vec<ValueProblem>, path: &str, msg: Msg) {
    out.push(problem(path, msg, true));
}

fn problem(path: &str, msg: Msg, at_key: bool) -> ValueProblem {
    let english = crate::messages::Lang::En;
    ValueProblem {
        at_key,
        path: path.to_string(),
        message: msg.text(english),
        help: msg.help(english),
        msg,
    }
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
    let Value::Mapping(m) = value else {
        // `capital: 1.500 tỷ đồng`: say exactly what to write.
        if let Some(text) = value.as_str()
            && let Some((amount, unit, currency)) = figures::money_from_text(text)
        {
            let (shown_vi, shown_en) = figures::shown(&amount, unit, &currency);
            say(
                out,
                path,
                Msg::new("money-as-text")
                    .arg("field", field)
                    .arg("text", text)
                    .arg("amount", amount)
                    .arg("unit", unit)
                    .arg("currency", currency)
                    .arg("shown_vi", shown_vi)
                    .arg("shown_en", shown_en),
            );
            return;
        }
        say(out, path, wrong_kind(field, false, "money", value));
        return;
    };
    let splits = figures::comma_splits(m);
    for (key, written) in &splits {
        let (vi, en) = figures::readings(written);
        // `1,500` read as Vietnamese is 1.5: written so, not `1.500`, which YAML would
        // take for 1.5 but a reader for thousands again.
        let vi = if vi.contains('.') {
            figures::decimal_reading(&vi)
        } else {
            vi
        };
        say(
            out,
            &format!("{path}.{key}"),
            Msg::new("money-comma-split")
                .arg("written", written)
                .arg("key", key)
                .arg("vi", vi)
                .arg("en", en),
        );
    }
    // `None` for a unit that is not one (reported below): what the amount means is not
    // known then.
    let unit = match m.get("unit") {
        None => Some(crate::l10n::MoneyUnit::default()),
        Some(u) => u.as_str().and_then(crate::l10n::MoneyUnit::from_name),
    };
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
                if let Some(msg) = amount_problem(v, refs.written(&sub), unit, currency) {
                    say(out, &sub, msg);
                }
            }
            "unit" => match v.as_str() {
                Some(u) if MONEY_UNITS.contains(&u) => {}
                other => {
                    let near = other
                        .and_then(|u| {
                            let u = u.trim().to_lowercase();
                            unit_of_word(&u)
                                .or_else(|| did_you_mean(&u, MONEY_UNITS.iter().copied()))
                        })
                        .unwrap_or("none");
                    say(
                        out,
                        &sub,
                        Msg::new("money-unit")
                            .arg("units", Arg::one_of(MONEY_UNITS))
                            .arg("near", near),
                    )
                }
            },
            "currency" => match v.as_str() {
                Some(c) if is_currency_code(c) => {}
                other => {
                    // `vnd`, ` VND `: the code it is meant to be.
                    let near = other
                        .map(|c| match c.trim().to_lowercase().as_str() {
                            "đồng" | "đ" | "vnđ" | "₫" => "VND".to_string(),
                            _ => c.trim().to_ascii_uppercase(),
                        })
                        .filter(|c| is_currency_code(c))
                        .unwrap_or_else(|| "none".into());
                    say(out, &sub, Msg::new("money-currency").arg("near", near))
                }
            },
            other => say_at_key(
                out,
                &sub,
                Msg::new("money-unknown-part").arg("part", other).arg(
                    "near",
                    did_you_mean(other, ["amount", "unit", "currency"]).unwrap_or("none"),
                ),
            ),
        }
    }
    for required in ["amount", "currency"] {
        if !m.contains_key(required) {
            say(out, path, part_missing(field, required, "money"));
        }
    }
}

/// The unit a Vietnamese (or English plural) word for it names: `tỷ` is `billion`.
fn unit_of_word(word: &str) -> Option<&'static str> {
    match word {
        "tỷ" | "tỉ" | "ty" | "billions" => Some("billion"),
        "triệu" | "trieu" | "millions" => Some("million"),
        "nghìn" | "ngàn" | "nghin" | "ngan" | "thousands" => Some("thousand"),
        _ => None,
    }
}

fn is_currency_code(c: &str) -> bool {
    c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase())
}

/// What is wrong with a money `amount` (written as `written` in the file), if anything:
/// text instead of a number, a negative amount, a thousands dot, or more decimals than
/// the currency's smallest coin has in this `unit`.
fn amount_problem(
    v: &Value,
    written: Option<String>,
    unit: Option<crate::l10n::MoneyUnit>,
    currency: &str,
) -> Option<Msg> {
    let not_a_number = || wrong_kind("amount", false, "amount", v);
    if let Some(text) = v.as_str() {
        let (vi, en) = figures::readings(text.trim());
        let msg = match figures::read_number(text, None) {
            Some(amount) => not_a_number().arg("case", "one").arg("amount", amount),
            None if vi.parse::<f64>().is_ok() && en.parse::<f64>().is_ok() => not_a_number()
                .arg("case", "two")
                .arg("vi", vi)
                .arg("en", en),
            None => not_a_number().arg("case", "example"),
        };
        return Some(msg);
    }
    let Some(n) = v.as_f64() else {
        return Some(not_a_number().arg("case", "example"));
    };
    if n < 0.0 {
        return Some(Msg::new("amount-negative"));
    }
    let code = currency.trim().to_ascii_uppercase();
    let money = unit
        .filter(|_| !code.is_empty())
        .map(|u| (u, code.as_str()));
    if let Some(msg) = written.and_then(|w| figures::thousands_dot("amount", &w, money)) {
        return Some(msg);
    }
    let unit = unit.unwrap_or_default();
    let coin = crate::l10n::minor_units(&code);
    let allowed = usize::from(coin) + unit.exponent_digits();
    if code.is_empty() || figures::fraction_digits(n) <= allowed {
        return None;
    }
    Some(
        Msg::new("amount-too-precise")
            .arg("amount", n.to_string())
            .arg("code", &code)
            .arg("coin", if coin == 0 { "none" } else { "cents" })
            .arg("per", 10u32.pow(u32::from(coin)).to_string())
            .arg("allowed", allowed),
    )
}

fn check_geo(path: &str, field: &str, value: &Value, out: &mut Vec<ValueProblem>) {
    if let Value::Mapping(m) = value {
        let splits = figures::comma_splits(m);
        if let Some((first, _)) = splits.first() {
            // One mistake, written once per coordinate: one error, with both fixed.
            let written: Vec<&str> = splits.iter().map(|(_, w)| w.as_str()).collect();
            let fixed: Vec<String> = splits
                .iter()
                .map(|(k, w)| format!("{k}: {}", figures::readings(w).0))
                .collect();
            say(
                out,
                &format!("{path}.{first}"),
                Msg::new("geo-decimal-comma")
                    .arg("count", splits.len())
                    .arg("written", Arg::all_of(&written))
                    .arg("fixed", fixed.join(", ")),
            );
            let rest: Mapping = m
                .iter()
                .filter(|(k, v)| !figures::is_split_remainder(k, v))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            for required in ["lat", "lon"] {
                if !rest.contains_key(required) {
                    say(out, path, part_missing(field, required, "point"));
                }
            }
            return;
        }
    }
    let Value::Mapping(m) = value else {
        say(out, path, wrong_kind(field, false, "point", value));
        return;
    };
    for (k, v) in m {
        let key = k.as_str().unwrap_or_default();
        let sub = format!("{path}.{key}");
        let limit = match key {
            "lat" => 90,
            "lon" => 180,
            other => {
                say_at_key(out, &sub, Msg::new("geo-unknown-part").arg("part", other));
                continue;
            }
        };
        match v.as_f64() {
            Some(n) if n.abs() <= f64::from(limit) => {}
            Some(_) => say(
                out,
                &sub,
                Msg::new("geo-out-of-range")
                    .arg("part", key)
                    .arg("limit", limit.to_string()),
            ),
            None => say(out, &sub, wrong_kind(key, false, "coordinate", v)),
        }
    }
    for required in ["lat", "lon"] {
        if !m.contains_key(required) {
            say(out, path, part_missing(field, required, "point"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Localized;

    struct NoRefs;
    impl References for NoRefs {
        fn type_of(&self, r: &str) -> Result<Option<String>, Msg> {
            if r == "doi-tac/a.md" {
                Ok(Some("partner".into()))
            } else {
                Err(Msg::new("reference-missing")
                    .arg("path", r)
                    .arg("near", "none"))
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
