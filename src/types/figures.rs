//! How authors write figures, and what YAML makes of them. A Vietnamese writer puts a dot
//! between thousands and a comma before decimals (`1.500` is one thousand five hundred,
//! `9,74` is nine point seven four); YAML, like English, reads the opposite. These helpers
//! find where the two meet, so that a figure is never published as something else.

use serde_yaml::{Mapping, Value};

use crate::messages::Msg;

/// `1.500` as YAML reads it, written so that it cannot be taken for thousands: `1.5`,
/// or `2.1250` where all three decimals count.
pub fn decimal_reading(written: &str) -> String {
    let value: f64 = written.trim().parse().unwrap_or_default();
    let shortest = format!("{value}");
    if fraction_digits(value) == 3 {
        format!("{shortest}0")
    } else {
        shortest
    }
}

/// `1.500`, `2.750`: a dot followed by exactly three digits, which a Vietnamese writer
/// means as thousands and YAML reads as a fraction.
pub fn looks_like_thousands(written: &str) -> bool {
    let Some((whole, fraction)) = written.trim().split_once('.') else {
        return false;
    };
    let whole = whole.trim_start_matches(['-', '+']);
    // `0.125` cannot be thousands.
    !whole.starts_with('0')
        && (1..=3).contains(&whole.len())
        && whole.bytes().all(|b| b.is_ascii_digit())
        && fraction.len() == 3
        && fraction.bytes().all(|b| b.is_ascii_digit())
}

/// The message and fix for `field: 1.500`, written with a dot before three digits: both
/// readings and the form of each. For an amount of money (`money`: its unit and
/// currency), both readings as the pages would show them too.
pub fn thousands_dot(
    field: &str,
    written: &str,
    money: Option<(crate::l10n::MoneyUnit, &str)>,
) -> Option<Msg> {
    if !looks_like_thousands(written) {
        return None;
    }
    let (vi, _) = readings(written);
    let en = decimal_reading(written);
    let (en_whole, en_fraction) = en.split_once('.').unwrap_or((en.as_str(), "0"));
    let msg = Msg::new("number-thousands-dot")
        .arg("written", written.trim())
        .arg("field", field)
        .arg("vi", &vi)
        .arg("en_whole", en_whole)
        .arg("en_fraction", en_fraction);
    let shown = money.and_then(|(unit, currency)| {
        // A reading the currency cannot pay (1.5 đồng) would be shown rounded: say the
        // figures alone then.
        let coin = usize::from(crate::l10n::minor_units(currency));
        if fraction_digits(en.parse().ok()?) > coin + unit.exponent_digits() {
            return None;
        }
        let as_thousands = shown_in_both(vi.parse().ok()?, unit, currency)?;
        let as_decimal = shown_in_both(en.parse().ok()?, unit, currency)?;
        Some((as_thousands, as_decimal))
    });
    Some(match shown {
        Some(((thousands_vi, thousands_en), (decimal_vi, decimal_en))) => msg
            .arg("case", "money")
            .arg("thousands_vi", thousands_vi)
            .arg("thousands_en", thousands_en)
            .arg("decimal_vi", decimal_vi)
            .arg("decimal_en", decimal_en),
        None => msg.arg("case", "number"),
    })
}

/// An amount as the Vietnamese and the English pages show it (`1.500 tỷ đồng`,
/// `VND 1,500 billion`), with ordinary spaces, for a message.
fn shown_in_both(
    amount: f64,
    unit: crate::l10n::MoneyUnit,
    currency: &str,
) -> Option<(String, String)> {
    let show = |locale: &str| {
        crate::l10n::Localizer::new(locale).ok().map(|l| {
            l.format_money(amount, unit, currency)
                .replace('\u{a0}', " ")
        })
    };
    Some((show("vi-VN")?, show("en-GB")?))
}

/// [`money_from_text`]'s amount as the pages would show it, in Vietnamese and English;
/// the amount as written where it cannot be formatted.
pub fn shown(amount: &str, unit: &str, currency: &str) -> (String, String) {
    let unit_value = crate::l10n::MoneyUnit::from_name(unit).unwrap_or_default();
    amount
        .parse::<f64>()
        .ok()
        .and_then(|a| shown_in_both(a, unit_value, currency))
        .unwrap_or_else(|| {
            let plain = format!("{amount} {unit} {currency}");
            (plain.clone(), plain)
        })
}

/// In a flow mapping, `{ amount: 1,500 }` is read as `amount: 1` and a field `500`
/// with no value: each such split, as (the field before, the number as written).
pub fn comma_splits(map: &Mapping) -> Vec<(String, String)> {
    let mut out = Vec::new();
    // The figure being read: its field, its text so far, and whether a comma split it.
    let mut current: Option<(String, String, bool)> = None;
    for (k, v) in map {
        if is_split_remainder(k, v)
            && let Some((_, written, split)) = current.as_mut()
        {
            let digits = match k {
                Value::Number(n) => n.to_string(),
                other => other.as_str().unwrap_or_default().to_string(),
            };
            written.push(',');
            written.push_str(&digits);
            *split = true;
            continue;
        }
        if let Some((field, written, true)) = current.take() {
            out.push((field, written));
        }
        if let (Some(field), Value::Number(n)) = (k.as_str(), v) {
            current = Some((field.to_string(), n.to_string(), false));
        }
    }
    if let Some((field, written, true)) = current {
        out.push((field, written));
    }
    out
}

/// Whether a map key is a number left over from a comma split (`500` in `1,500`).
pub fn is_split_remainder(key: &Value, value: &Value) -> bool {
    value.is_null()
        && match key {
            Value::Number(_) => true,
            Value::String(s) => !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()),
            _ => false,
        }
}

/// The two readings of a number written with one separator: (as a Vietnamese writer
/// means it, as an English writer means it), each as YAML should be given it.
pub fn readings(written: &str) -> (String, String) {
    let vi: String = written
        .chars()
        .filter(|&c| c != '.')
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    let en: String = written.chars().filter(|&c| c != ',').collect();
    (vi, en)
}

/// Money written as text (`1.500 tỷ đồng`, `VND 1,500 billion`, `12,5 triệu USD`): the
/// amount, unit and currency to write instead, when the text is clear enough to tell.
pub fn money_from_text(text: &str) -> Option<(String, &'static str, String)> {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == '\u{a0}')
        .filter(|w| !w.is_empty())
        .collect();
    let unit = if words
        .iter()
        .any(|w| ["tỷ", "tỉ", "billion", "bn"].contains(w))
    {
        "billion"
    } else if words.iter().any(|w| ["triệu", "million", "m"].contains(w)) {
        "million"
    } else if words
        .iter()
        .any(|w| ["nghìn", "ngàn", "thousand", "k"].contains(w))
    {
        "thousand"
    } else {
        "one"
    };
    let currency = if words
        .iter()
        .any(|w| ["đồng", "vnd", "vnđ", "đ", "₫"].contains(w))
    {
        "VND".to_string()
    } else if let Some(code) = words
        .iter()
        .find(|w| w.len() == 3 && w.bytes().all(|b| b.is_ascii_lowercase()))
    {
        code.to_ascii_uppercase()
    } else if lower.contains('$') {
        "USD".to_string()
    } else {
        return None;
    };
    let number = words
        .iter()
        .find(|w| w.chars().next().is_some_and(|c| c.is_ascii_digit()))?;
    let number = number.trim_start_matches('$');
    // Vietnamese words mean Vietnamese separators; English words, English ones.
    let vietnamese = words
        .iter()
        .any(|w| ["tỷ", "tỉ", "triệu", "nghìn", "ngàn", "đồng", "đ"].contains(w));
    let amount = read_number(number, Some(vietnamese))?;
    Some((amount, unit, currency))
}

/// A number written with separators (`1.500.000`, `1,500.5`, `12,5`), as YAML should be
/// given it, when the separators tell which is which. `vietnamese` says how to read a
/// single separator that could be either; `None`: do not guess.
pub fn read_number(written: &str, vietnamese: Option<bool>) -> Option<String> {
    let written = written.trim();
    let dots = written.matches('.').count();
    let commas = written.matches(',').count();
    let (vi, en) = readings(written);
    let vi_wins = match (dots, commas) {
        (0, 0) => return written.parse::<f64>().is_ok().then(|| written.to_string()),
        // The separator written last is the decimal one.
        (_, c) if c > 0 && dots > 0 => written.rfind(',') > written.rfind('.'),
        (d, 0) if d > 1 => true,
        (0, c) if c > 1 => false,
        _ => vietnamese?,
    };
    let amount = if vi_wins { vi } else { en };
    amount.parse::<f64>().ok()?;
    Some(amount)
}

/// Digits after the point of `amount` as the shortest decimal that reads back as it.
pub fn fraction_digits(amount: f64) -> usize {
    let text = format!("{amount}");
    text.split_once('.').map_or(0, |(_, f)| f.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_with_a_dot_are_recognised() {
        for w in ["1.500", "2.750", "999.000", "-1.500"] {
            assert!(looks_like_thousands(w), "{w}");
        }
        for w in ["1.5", "1.50", "1500", "1.5000", "1234.500", "12.25"] {
            assert!(!looks_like_thousands(w), "{w}");
        }
    }

    #[test]
    fn comma_splits_are_found_in_flow_mappings() {
        let v: Value =
            serde_yaml::from_str("{ amount: 1,500, unit: billion, currency: VND }").unwrap();
        assert_eq!(
            comma_splits(v.as_mapping().unwrap()),
            [("amount".to_string(), "1,500".to_string())]
        );
        let v: Value = serde_yaml::from_str("{ lat: 9,74, lon: 105,70 }").unwrap();
        assert_eq!(
            comma_splits(v.as_mapping().unwrap()),
            [
                ("lat".to_string(), "9,74".to_string()),
                ("lon".to_string(), "105,70".to_string())
            ]
        );
        let v: Value = serde_yaml::from_str("{ amount: 1,500,000, currency: VND }").unwrap();
        assert_eq!(
            comma_splits(v.as_mapping().unwrap()),
            [("amount".to_string(), "1,500,000".to_string())]
        );
    }

    #[test]
    fn money_written_as_text_is_read() {
        assert_eq!(
            money_from_text("1.500 tỷ đồng"),
            Some(("1500".into(), "billion", "VND".into()))
        );
        assert_eq!(
            money_from_text("VND 1,500 billion"),
            Some(("1500".into(), "billion", "VND".into()))
        );
        assert_eq!(
            money_from_text("12,5 triệu USD"),
            Some(("12.5".into(), "million", "USD".into()))
        );
        assert_eq!(money_from_text("khoảng vài tỷ"), None);
    }
}
