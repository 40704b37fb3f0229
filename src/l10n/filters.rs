//! The Tera 2 filters `number`, `compact`, `money`, `area` and `date`, which format a value in the page's language (kwarg `lang`, else the context variable `lang`).
//!
//! ```text
//! {{ population | number }}                    1.234.567
//! {{ ratio | number(decimals=1) }}             12,5
//! {{ budget | compact }}                       1,5 tỷ
//! {{ capital | money }}                        1.500 tỷ đồng
//! {{ land | area }}                            5.200 ha
//! {{ published | date(format="official") }}    ngày 13 tháng 3 năm 2018
//! {{ published | date(lang="en") }}            13 March 2018
//! ```
//!
//! Every error names the filter, e.g.
//! "date: cannot read `2018-13-45` as a date (expected YYYY-MM-DD)".

use std::sync::Arc;

use tera::{Error, Kwargs, Map, State, Tera, TeraResult, Value};

use super::{DateStyle, Localizer, Localizers, MoneyUnit};

/// Fraction digits `number` shows for a float when no `decimals` is given.
const DEFAULT_FLOAT_DECIMALS: u8 = 2;
/// Highest `decimals` the `number` filter accepts (f64 has ~17 significant digits).
const MAX_DECIMALS: u8 = 20;

/// Registers `number`, `compact`, `money`, `area` and `date` in `tera`,
/// all formatting with `localizers`.
///
/// Each filter takes the language code from its `lang` kwarg if given,
/// else from the template context variable `lang`.
///
/// - `number`: a number; kwarg `decimals` (at most that many fraction
///   digits; default 0 for an integer, 2 for a float).
/// - `compact`: a number, in CLDR long compact form ("1,5 tỷ").
/// - `money`: a map `{amount, unit, currency}` as in front matter, `unit`
///   being `one` (the default when absent), `thousand`, `million` or
///   `billion`, and `currency` an ISO 4217 code.
/// - `area`: a number of hectares.
/// - `date`: a `YYYY-MM-DD` string (a time after it is ignored); kwarg
///   `format`: `short`, `medium`, `long` (default), `full` or `official`.
pub fn register_filters(tera: &mut Tera, localizers: Arc<Localizers>) {
    let all = Arc::clone(&localizers);
    tera.register_filter(
        "number",
        move |value: &Value, kwargs: Kwargs, state: &State| number(&all, value, &kwargs, state),
    );
    let all = Arc::clone(&localizers);
    tera.register_filter(
        "compact",
        move |value: &Value, kwargs: Kwargs, state: &State| {
            let localizer = localizer("compact", &all, &kwargs, state)?;
            let (value, _) = finite_number("compact", value)?;
            Ok::<_, Error>(localizer.format_compact(value))
        },
    );
    let all = Arc::clone(&localizers);
    tera.register_filter(
        "money",
        move |value: &Value, kwargs: Kwargs, state: &State| money(&all, value, &kwargs, state),
    );
    let all = Arc::clone(&localizers);
    tera.register_filter(
        "area",
        move |value: &Value, kwargs: Kwargs, state: &State| {
            let localizer = localizer("area", &all, &kwargs, state)?;
            let (value, _) = finite_number("area", value)?;
            Ok::<_, Error>(localizer.format_area_ha(value))
        },
    );
    tera.register_filter(
        "date",
        move |value: &Value, kwargs: Kwargs, state: &State| {
            date(&localizers, value, &kwargs, state)
        },
    );
}

/// An error message prefixed with the filter's name.
fn fail(filter: &str, message: impl std::fmt::Display) -> Error {
    Error::message(format!("{filter}: {message}"))
}

/// The localizer for the page: kwarg `lang`, else context variable `lang`.
fn localizer<'a>(
    filter: &str,
    localizers: &'a Localizers,
    kwargs: &Kwargs,
    state: &State,
) -> TeraResult<&'a Localizer> {
    let from_kwarg = kwargs.get::<&Value>("lang").map_err(|e| fail(filter, e))?;
    let from_context;
    let (value, origin) = match from_kwarg {
        Some(value) => (value, "argument `lang`"),
        None => {
            from_context = state.get::<Value>("lang").map_err(|e| fail(filter, e))?;
            match &from_context {
                Some(value) => (value, "context variable `lang`"),
                None => {
                    return Err(fail(
                        filter,
                        "no language: pass `lang=\"…\"` or set `lang` in the template context",
                    ));
                }
            }
        }
    };
    let code = value.as_str().ok_or_else(|| {
        fail(
            filter,
            format!("{origin} must be a string, got {}", value.name()),
        )
    })?;
    localizers.get(code).ok_or_else(|| {
        let known = localizers.codes().collect::<Vec<_>>().join(", ");
        fail(
            filter,
            format!("unknown language `{code}` (configured: {known})"),
        )
    })
}

/// A finite number from the filter's input, and whether it was an integer.
fn finite_number(filter: &str, value: &Value) -> TeraResult<(f64, bool)> {
    let number = value
        .as_number()
        .ok_or_else(|| fail(filter, format!("expected a number, got {}", value.name())))?;
    let float = number.as_float();
    if !float.is_finite() {
        return Err(fail(
            filter,
            format!("expected a finite number, got {float}"),
        ));
    }
    Ok((float, number.is_integer()))
}

fn number(
    localizers: &Localizers,
    value: &Value,
    kwargs: &Kwargs,
    state: &State,
) -> TeraResult<String> {
    let localizer = localizer("number", localizers, kwargs, state)?;
    let (value, is_integer) = finite_number("number", value)?;
    let decimals = match kwargs.get::<&Value>("decimals")? {
        None if is_integer => 0,
        None => DEFAULT_FLOAT_DECIMALS,
        Some(decimals) => decimals
            .as_number()
            .and_then(|n| n.as_integer())
            .and_then(|n| u8::try_from(n).ok())
            .filter(|n| *n <= MAX_DECIMALS)
            .ok_or_else(|| {
                fail(
                    "number",
                    format!(
                        "`decimals` must be a whole number from 0 to {MAX_DECIMALS}, got {decimals}"
                    ),
                )
            })?,
    };
    Ok(localizer.format_number(value, decimals))
}

fn money(
    localizers: &Localizers,
    value: &Value,
    kwargs: &Kwargs,
    state: &State,
) -> TeraResult<String> {
    const SHAPE: &str = "{ amount: 1500, unit: billion, currency: VND }";
    let localizer = localizer("money", localizers, kwargs, state)?;
    let map: &Map = value.as_map().ok_or_else(|| {
        fail(
            "money",
            format!("expected a map like {SHAPE}, got {}", value.name()),
        )
    })?;

    let (mut amount, mut unit, mut currency) = (None, None, None);
    for (key, field) in map {
        match key.as_str() {
            Some("amount") => amount = Some(field),
            Some("unit") => unit = Some(field),
            Some("currency") => currency = Some(field),
            _ => {
                return Err(fail(
                    "money",
                    format!(
                        "unknown key `{}` (expected amount, unit, currency)",
                        key.as_value()
                    ),
                ));
            }
        }
    }

    let amount = amount.ok_or_else(|| fail("money", format!("missing `amount` in {SHAPE}")))?;
    let (amount, _) = finite_number("money", amount).map_err(|_| {
        fail(
            "money",
            format!(
                "`amount` must be a finite number, got {} `{amount}`",
                amount.name()
            ),
        )
    })?;
    let unit = match unit {
        None => MoneyUnit::One,
        Some(unit) if unit.is_none() => MoneyUnit::One,
        Some(unit) => unit
            .as_str()
            .and_then(MoneyUnit::from_name)
            .ok_or_else(|| {
                fail(
                    "money",
                    format!("`unit` must be one, thousand, million or billion, got `{unit}`"),
                )
            })?,
    };
    let currency =
        currency.ok_or_else(|| fail("money", format!("missing `currency` in {SHAPE}")))?;
    let code = currency
        .as_str()
        .filter(|c| c.len() == 3 && c.bytes().all(|b| b.is_ascii_alphabetic()))
        .ok_or_else(|| {
            fail(
                "money",
                format!("`currency` must be an ISO 4217 code such as VND or USD, got `{currency}`"),
            )
        })?;
    Ok(localizer.format_money(amount, unit, code))
}

fn date(
    localizers: &Localizers,
    value: &Value,
    kwargs: &Kwargs,
    state: &State,
) -> TeraResult<String> {
    let localizer = localizer("date", localizers, kwargs, state)?;
    let style = match kwargs.get::<&Value>("format")? {
        None => DateStyle::default(),
        Some(format) => format
            .as_str()
            .and_then(DateStyle::from_name)
            .ok_or_else(|| {
                fail(
                    "date",
                    format!(
                        "unknown format `{format}` (expected short, medium, long, full or official)"
                    ),
                )
            })?,
    };
    let iso = value.as_str().ok_or_else(|| {
        fail(
            "date",
            format!(
                "expected a date string like 2018-03-13, got {}",
                value.name()
            ),
        )
    })?;
    localizer
        .format_date(iso, style)
        .map_err(|e| fail("date", e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use tera::{Context, ErrorKind};

    fn tera() -> Tera {
        let localizers =
            Localizers::new([("vi", "vi-VN"), ("en", "en-GB"), ("ko", "ko-KR")]).unwrap();
        let mut tera = Tera::default();
        register_filters(&mut tera, Arc::new(localizers));
        tera
    }

    fn context(lang: Option<&str>) -> Context {
        let mut ctx = Context::new();
        if let Some(lang) = lang {
            ctx.insert("lang", lang);
        }
        ctx.insert("int", &1234567);
        ctx.insert("float", &1234.5);
        ctx.insert("big", &1.5e9);
        ctx.insert("land", &5200);
        ctx.insert("published", "2018-03-13");
        ctx.insert("stamp", "2018-03-13T09:30:00+07:00");
        ctx.insert("bad_date", "2018-13-45");
        ctx.insert("word", "abc");
        ctx
    }

    /// Renders `source` as an HTML template (autoescape on, as on the site).
    fn render(tera: &mut Tera, source: &str, ctx: &Context) -> TeraResult<String> {
        tera.add_raw_template("page.html", source)?;
        tera.render("page.html", ctx)
    }

    fn ok(lang: &str, source: &str) -> String {
        render(&mut tera(), source, &context(Some(lang))).unwrap()
    }

    /// The filter's own message inside Tera's rendering error.
    fn error(lang: Option<&str>, source: &str) -> String {
        let err = render(&mut tera(), source, &context(lang)).unwrap_err();
        match err.kind() {
            ErrorKind::RenderingError(report) => report.message().to_string(),
            other => panic!("expected a rendering error, got {other:?}"),
        }
    }

    /// Front matter as the generator would put it in the context.
    fn with_money(lang: &str, yaml_like: Value) -> String {
        let mut ctx = context(Some(lang));
        ctx.insert("capital", &yaml_like);
        render(&mut tera(), "{{ capital | money }}", &ctx).unwrap()
    }

    fn money_map(pairs: &[(&'static str, Value)]) -> Value {
        let mut map = Map::new();
        for (k, v) in pairs {
            map.insert((*k).into(), v.clone());
        }
        Value::from(map)
    }

    #[test]
    fn number_filter() {
        assert_eq!(ok("vi", "{{ int | number }}"), "1.234.567");
        assert_eq!(ok("en", "{{ int | number }}"), "1,234,567");
        assert_eq!(ok("vi", "{{ float | number }}"), "1.234,5");
        assert_eq!(ok("en", "{{ float | number }}"), "1,234.5");
        assert_eq!(ok("en", "{{ 2.675 | number }}"), "2.68");
        assert_eq!(ok("vi", "{{ float | number(decimals=0) }}"), "1.235");
        assert_eq!(ok("en", "{{ 1.23456 | number(decimals=3) }}"), "1.235");
        assert_eq!(ok("ko", "{{ float | number }}"), "1,234.5");
    }

    #[test]
    fn lang_kwarg_overrides_context() {
        assert_eq!(ok("vi", "{{ float | number(lang=\"en\") }}"), "1,234.5");
        assert_eq!(ok("en", "{{ float | number(lang='vi') }}"), "1.234,5");
    }

    #[test]
    fn lang_set_in_template_is_seen() {
        assert_eq!(
            ok("vi", "{% set lang = \"en\" %}{{ float | number }}"),
            "1,234.5"
        );
        assert_eq!(
            ok(
                "en",
                "{% for lang in [\"vi\", \"en\"] %}{{ float | number }} {% endfor %}"
            ),
            "1.234,5 1,234.5 "
        );
    }

    #[test]
    fn compact_filter() {
        assert_eq!(ok("vi", "{{ big | compact }}"), "1,5 tỷ");
        assert_eq!(ok("en", "{{ big | compact }}"), "1.5 billion");
        assert_eq!(ok("ko", "{{ big | compact }}"), "15억");
        assert_eq!(ok("vi", "{{ 999 | compact }}"), "999");
    }

    #[test]
    fn area_filter() {
        assert_eq!(ok("vi", "{{ land | area }}"), "5.200 ha");
        assert_eq!(ok("en", "{{ land | area }}"), "5,200 ha");
        assert_eq!(ok("en", "{{ 12.5 | area }}"), "12.5 ha");
    }

    #[test]
    fn money_filter() {
        let vnd = money_map(&[
            ("amount", Value::from(1500)),
            ("unit", Value::from("billion")),
            ("currency", Value::from("VND")),
        ]);
        assert_eq!(with_money("vi", vnd.clone()), "1.500 tỷ đồng");
        assert_eq!(with_money("en", vnd), "VND\u{a0}1,500 billion");

        let fractional_vnd = money_map(&[
            ("amount", Value::from(1500.7)),
            ("unit", Value::from("billion")),
            ("currency", Value::from("VND")),
        ]);
        assert_eq!(with_money("vi", fractional_vnd.clone()), "1.500,7 tỷ đồng");
        assert_eq!(with_money("en", fractional_vnd), "VND\u{a0}1,500.7 billion");

        let usd = money_map(&[
            ("amount", Value::from(12.5)),
            ("unit", Value::from("million")),
            ("currency", Value::from("USD")),
        ]);
        assert_eq!(with_money("vi", usd.clone()), "12,5 triệu\u{a0}USD");
        assert_eq!(with_money("en", usd), "USD\u{a0}12.5 million");

        let no_unit = money_map(&[
            ("amount", Value::from(250000)),
            ("currency", Value::from("VND")),
        ]);
        assert_eq!(with_money("vi", no_unit.clone()), "250.000 đồng");
        assert_eq!(with_money("en", no_unit), "VND\u{a0}250,000");
    }

    #[test]
    fn money_filter_reads_a_template_map_literal() {
        assert_eq!(
            ok(
                "vi",
                "{{ {\"amount\": 3, \"unit\": \"thousand\", \"currency\": \"usd\"} | money }}"
            ),
            "3 nghìn\u{a0}USD"
        );
    }

    #[test]
    fn date_filter() {
        assert_eq!(ok("vi", "{{ published | date }}"), "13 tháng 3 2018");
        assert_eq!(ok("en", "{{ published | date }}"), "13 March 2018");
        assert_eq!(
            ok("vi", "{{ published | date(format=\"official\") }}"),
            "ngày 13 tháng 3 năm 2018"
        );
        assert_eq!(
            ok("en", "{{ published | date(format=\"official\") }}"),
            "13 March 2018"
        );
        assert_eq!(
            ok("vi", "{{ published | date(format=\"short\") }}"),
            "13/03/2018"
        );
        assert_eq!(
            ok("en", "{{ published | date(format=\"short\") }}"),
            "13/03/2018"
        );
        assert_eq!(
            ok("vi", "{{ published | date(format=\"medium\") }}"),
            "13 thg 3, 2018"
        );
        assert_eq!(
            ok("en", "{{ published | date(format=\"medium\") }}"),
            "13 Mar 2018"
        );
        assert_eq!(
            ok("vi", "{{ published | date(format=\"full\") }}"),
            "Thứ Ba, 13 tháng 3 2018"
        );
        assert_eq!(
            ok("en", "{{ published | date(format=\"full\") }}"),
            "Tuesday, 13 March 2018"
        );
        assert_eq!(ok("en", "{{ stamp | date }}"), "13 March 2018");
        assert_eq!(ok("ko", "{{ published | date }}"), "2018년 3월 13일");
    }

    #[test]
    fn language_errors() {
        assert_eq!(
            error(Some("fr"), "{{ float | number }}"),
            "number: unknown language `fr` (configured: vi, en, ko)"
        );
        assert_eq!(
            error(Some("vi"), "{{ big | compact(lang=\"de\") }}"),
            "compact: unknown language `de` (configured: vi, en, ko)"
        );
        assert_eq!(
            error(None, "{{ land | area }}"),
            "area: no language: pass `lang=\"…\"` or set `lang` in the template context"
        );
        assert_eq!(
            error(Some("vi"), "{{ published | date(lang=1) }}"),
            "date: argument `lang` must be a string, got i64"
        );
        let mut ctx = context(None);
        ctx.insert("lang", &7);
        let err = render(&mut tera(), "{{ float | number }}", &ctx).unwrap_err();
        let ErrorKind::RenderingError(report) = err.kind() else {
            panic!("{err:?}")
        };
        assert_eq!(
            report.message(),
            "number: context variable `lang` must be a string, got i64"
        );
    }

    #[test]
    fn input_type_errors() {
        let vi = Some("vi");
        assert_eq!(
            error(vi, "{{ word | number }}"),
            "number: expected a number, got string"
        );
        assert_eq!(
            error(vi, "{{ word | compact }}"),
            "compact: expected a number, got string"
        );
        assert_eq!(
            error(vi, "{{ word | area }}"),
            "area: expected a number, got string"
        );
        assert_eq!(
            error(vi, "{{ float | money }}"),
            "money: expected a map like { amount: 1500, unit: billion, currency: VND }, got f64"
        );
        assert_eq!(
            error(vi, "{{ int | date }}"),
            "date: expected a date string like 2018-03-13, got i64"
        );
        assert_eq!(
            error(vi, "{{ float | number(decimals=-1) }}"),
            "number: `decimals` must be a whole number from 0 to 20, got -1"
        );
    }

    #[test]
    fn date_errors() {
        assert_eq!(
            error(Some("vi"), "{{ bad_date | date }}"),
            "date: cannot read `2018-13-45` as a date (expected YYYY-MM-DD)"
        );
        assert_eq!(
            error(Some("en"), "{{ published | date(format=\"iso\") }}"),
            "date: unknown format `iso` (expected short, medium, long, full or official)"
        );
    }

    #[test]
    fn money_errors() {
        let vi = Some("vi");
        assert_eq!(
            error(
                vi,
                "{{ {\"amount\": 1, \"units\": \"billion\", \"currency\": \"VND\"} | money }}"
            ),
            "money: unknown key `units` (expected amount, unit, currency)"
        );
        assert_eq!(
            error(
                vi,
                "{{ {\"amount\": 1, \"unit\": \"tỷ\", \"currency\": \"VND\"} | money }}"
            ),
            "money: `unit` must be one, thousand, million or billion, got `tỷ`"
        );
        assert_eq!(
            error(
                vi,
                "{{ {\"amount\": \"1500\", \"currency\": \"VND\"} | money }}"
            ),
            "money: `amount` must be a finite number, got string `1500`"
        );
        assert_eq!(
            error(
                vi,
                "{{ {\"unit\": \"billion\", \"currency\": \"VND\"} | money }}"
            ),
            "money: missing `amount` in { amount: 1500, unit: billion, currency: VND }"
        );
        assert_eq!(
            error(vi, "{{ {\"amount\": 1} | money }}"),
            "money: missing `currency` in { amount: 1500, unit: billion, currency: VND }"
        );
        assert_eq!(
            error(vi, "{{ {\"amount\": 1, \"currency\": \"đồng\"} | money }}"),
            "money: `currency` must be an ISO 4217 code such as VND or USD, got `đồng`"
        );
    }
}
