//! Figures drawn at build time: `totals(...)` sums a money field over a section's pages
//! by the values of another field (total capital by sector), and `bar_chart(...)` draws
//! such rows as an inline SVG, which needs no JavaScript and prints as it shows. A chart
//! is an image to screen readers; the template puts the same figures in a table.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use tera::{Map, Value};

use crate::l10n::{Localizer, MoneyUnit};
use crate::text::html::escape;

/// One row of totals.
#[derive(Clone, Debug, PartialEq)]
pub struct TotalRow {
    pub key: String,
    pub label: String,
    pub currency: String,
    /// The sum, in whole currency units.
    pub total: f64,
    pub count: usize,
}

fn multiplier(unit: &str) -> f64 {
    match unit {
        "thousand" => 1e3,
        "million" => 1e6,
        "billion" => 1e9,
        _ => 1.0,
    }
}

/// Sums `sum` (a money field) over `pages` (summaries with `fields` and `labels`) by the
/// value of `by`. Pages without either field are left out; rows are largest first.
pub fn totals(pages: &[Value], by: &str, sum: &str) -> Vec<TotalRow> {
    let mut rows: BTreeMap<(String, String), TotalRow> = BTreeMap::new();
    for page in pages {
        let Some(fields) = page.get_from_path("fields") else {
            continue;
        };
        let (Some(group), Some(money)) = (fields.get_from_path(by), fields.get_from_path(sum))
        else {
            continue;
        };
        let Some(key) = group.as_str() else { continue };
        let (Some(amount), Some(currency)) = (
            money.get_from_path("amount").and_then(Value::as_f64),
            money
                .get_from_path("currency")
                .and_then(|c| c.as_str().map(str::to_string)),
        ) else {
            continue;
        };
        let unit = money
            .get_from_path("unit")
            .and_then(|u| u.as_str().map(str::to_string))
            .unwrap_or_default();
        let label = page
            .get_from_path(&format!("labels.{by}"))
            .and_then(|l| l.as_str().map(str::to_string))
            .unwrap_or_else(|| key.to_string());
        let row = rows
            .entry((key.to_string(), currency.clone()))
            .or_insert_with(|| TotalRow {
                key: key.to_string(),
                label,
                currency,
                total: 0.0,
                count: 0,
            });
        row.total += amount * multiplier(&unit);
        row.count += 1;
    }
    let mut out: Vec<TotalRow> = rows.into_values().collect();
    out.sort_by(|a, b| {
        b.total
            .partial_cmp(&a.total)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(a.label.cmp(&b.label))
    });
    out
}

/// The largest unit that keeps the smallest row at 1 or more (VND in billions, say).
pub fn display_unit(rows: &[TotalRow]) -> MoneyUnit {
    let smallest = rows.iter().map(|r| r.total).fold(f64::INFINITY, f64::min);
    if smallest >= 1e9 {
        MoneyUnit::Billion
    } else if smallest >= 1e6 {
        MoneyUnit::Million
    } else if smallest >= 1e3 {
        MoneyUnit::Thousand
    } else {
        MoneyUnit::One
    }
}

fn unit_value(unit: MoneyUnit) -> f64 {
    match unit {
        MoneyUnit::Billion => 1e9,
        MoneyUnit::Million => 1e6,
        MoneyUnit::Thousand => 1e3,
        _ => 1.0,
    }
}

/// Rows as template values: `{ key, label, currency, total, amount, display, count }`,
/// `amount` in the display unit and `display` formatted for the language.
pub fn rows_value(rows: &[TotalRow], localizer: Option<&Localizer>) -> Value {
    let values: Vec<Value> = rows
        .iter()
        .map(|r| {
            // Amounts in one currency share a unit, so they read as comparable figures.
            let same_currency: Vec<TotalRow> = rows
                .iter()
                .filter(|o| o.currency == r.currency)
                .cloned()
                .collect();
            let unit = display_unit(&same_currency);
            let amount = r.total / unit_value(unit);

            let display = match localizer {
                Some(l) => l.format_money(amount, unit, &r.currency),
                None => format!("{} {amount}", r.currency),
            };
            let m: Map = [
                ("key", Value::from(r.key.as_str())),
                ("label", Value::from(r.label.as_str())),
                ("currency", Value::from(r.currency.as_str())),
                ("total", Value::from(r.total)),
                ("amount", Value::from(amount)),
                ("display", Value::from(display)),
                ("count", Value::from(r.count)),
            ]
            .into_iter()
            .map(|(k, v)| (k.into(), v))
            .collect();
            Value::from(m)
        })
        .collect();
    Value::from(values)
}

/// A horizontal bar chart of `rows` (`label`, `total`, `display` each), as SVG markup.
/// Each row's label sits above its bar so long Vietnamese labels never overflow on a
/// phone; the figure is scaled to its container.
pub fn bar_chart(rows: &[Value], title: &str, id: &str) -> String {
    const WIDTH: f64 = 360.0;
    const ROW: f64 = 46.0;
    const BAR: f64 = 16.0;
    let max = rows
        .iter()
        .filter_map(|r| r.get_from_path("total").and_then(Value::as_f64))
        .fold(0.0_f64, f64::max);
    let height = ROW * rows.len() as f64 + 8.0;
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg class="chart" id="{id}" viewBox="0 0 {WIDTH} {height}" width="100%" role="img" aria-labelledby="{id}-title" xmlns="http://www.w3.org/2000/svg"><title id="{id}-title">{}</title>"#,
        escape(title)
    );
    for (i, row) in rows.iter().enumerate() {
        let label = row
            .get_from_path("label")
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        let display = row
            .get_from_path("display")
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        let total = row
            .get_from_path("total")
            .and_then(Value::as_f64)
            .unwrap_or(0.0);
        let y = ROW * i as f64;
        let bar_max = WIDTH * 0.62;
        let w = if max > 0.0 {
            (total / max * bar_max).max(2.0)
        } else {
            2.0
        };
        let _ = write!(
            svg,
            r#"<g><text x="0" y="{:.1}" class="chart-label">{}</text><rect x="0" y="{:.1}" width="{w:.1}" height="{BAR}" rx="2" class="chart-bar"/><text x="{:.1}" y="{:.1}" class="chart-value">{}</text></g>"#,
            y + 14.0,
            escape(&label),
            y + 20.0,
            w + 6.0,
            y + 20.0 + BAR - 3.0,
            escape(&display),
        );
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(sector: &str, label: &str, amount: f64, unit: &str) -> Value {
        let v: serde_json::Value = serde_json::json!({
            "fields": { "sector": sector, "capital": { "amount": amount, "unit": unit, "currency": "VND" } },
            "labels": { "sector": label },
        });
        Value::from_serializable(&v)
    }

    #[test]
    fn totals_sum_by_group_in_whole_units_largest_first() {
        let pages = vec![
            page("agriculture", "Nông nghiệp", 1500.0, "billion"),
            page("energy", "Năng lượng", 900.0, "billion"),
            page("agriculture", "Nông nghiệp", 300.0, "billion"),
            page("tourism", "Du lịch", 500.0, "million"),
        ];
        let rows = totals(&pages, "sector", "capital");
        let got: Vec<(&str, f64, usize)> = rows
            .iter()
            .map(|r| (r.key.as_str(), r.total, r.count))
            .collect();
        assert_eq!(
            got,
            [
                ("agriculture", 1.8e12, 2),
                ("energy", 9e11, 1),
                ("tourism", 5e8, 1)
            ]
        );
        assert_eq!(display_unit(&rows), MoneyUnit::Million);
    }

    #[test]
    fn chart_has_a_bar_per_row_scaled_to_the_largest() {
        let rows = rows_value(
            &totals(
                &[
                    page("a", "A & B", 100.0, "billion"),
                    page("b", "B", 50.0, "billion"),
                ],
                "sector",
                "capital",
            ),
            None,
        );
        let svg = bar_chart(rows.as_array().unwrap(), "Vốn <theo> lĩnh vực", "c1");
        assert_eq!(svg.matches("<rect").count(), 2);
        assert!(svg.contains("width=\"223.2\""), "{svg}");
        assert!(svg.contains("width=\"111.6\""), "{svg}");
        assert!(svg.contains("A &amp; B"));
        assert!(svg.contains("<title id=\"c1-title\">Vốn &lt;theo&gt; lĩnh vực</title>"));
    }
}
