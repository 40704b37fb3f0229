//! Open data for partners (`export: projects`): `projects.json` and `projects.csv` beside
//! the project list in every language, with every project page of the section — and no
//! other page — carrying the same values and labels the page's facts table shows.
//!
//! Fixture: `outputs/site` (see `side_outputs`): a project with every field and an English
//! translation, a Vietnamese-only project (a fallback in English), and an ordinary page in
//! the project section that is not exported.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use crate::harness::{Run, facts_table, file_for_url, tags};
use crate::side_outputs::{BASE, built, file_of, title_of};

/// The two languages' lists: (section page, open data folder, project pages).
const LISTS: [(&str, &str, &[&str]); 2] = [
    (
        "dau-tu/index.html",
        "dau-tu/",
        &["/dau-tu/khu-nong-nghiep/", "/dau-tu/cang-song-hau/"],
    ),
    (
        "en/investment/index.html",
        "en/investment/",
        &[
            "/en/investment/high-tech-agriculture/",
            "/en/investment/cang-song-hau/",
        ],
    ),
];

fn projects_json(run: &Run, folder: &str) -> Value {
    let file = format!("{folder}projects.json");
    serde_json::from_str(&run.read(&file)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// Each item's facts as a reader sees them: column label → shown value, for the fields
/// that have a value.
fn item_facts(doc: &Value, item: &Value) -> BTreeMap<String, String> {
    let labels = doc["fields"].as_object().expect("the column labels");
    item["fields"]
        .as_object()
        .expect("an item's fields")
        .iter()
        .filter(|(_, f)| !f["label"].as_str().unwrap_or_default().is_empty())
        .map(|(name, f)| {
            (
                labels[name].as_str().expect("a label").to_string(),
                f["label"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn projects_json_has_every_project_page_with_the_facts_it_shows() {
    let run = built();
    for (list, folder, projects) in LISTS {
        let doc = projects_json(run, folder);
        let lang = if folder.starts_with("en/") {
            "en"
        } else {
            "vi"
        };
        assert_eq!(doc["language"], lang, "{folder}projects.json");
        assert_eq!(
            doc["source"],
            format!("{BASE}/{}", list.trim_end_matches("index.html"))
        );
        let items = doc["items"].as_array().expect("items");
        let urls: Vec<String> = items
            .iter()
            .map(|i| i["url"].as_str().expect("a url").to_string())
            .collect();
        let expected: Vec<String> = projects.iter().map(|p| format!("{BASE}{p}")).collect();
        assert_eq!(
            urls, expected,
            "{folder}projects.json: the project pages, in list order"
        );

        for item in items {
            let url = item["url"].as_str().unwrap();
            let html = run.read(&file_of(url, BASE).expect("a page on the site"));
            let title = item["title"].as_str().expect("a title");
            assert!(
                title_of(&html).starts_with(title),
                "{url}: the data's title {title:?} is not the page's"
            );
            assert_eq!(item["language"], lang);
            // The facts table and the data say the same, field for field.
            let shown: BTreeMap<String, String> = facts_table(&html).into_iter().collect();
            assert!(!shown.is_empty(), "{url} shows no facts");
            assert_eq!(item_facts(&doc, item), shown, "{url}: data and page differ");
        }
    }

    // Values are the language-neutral facts as written; only labels are translated.
    let vi = projects_json(run, "dau-tu/");
    let en = projects_json(run, "en/investment/");
    let (zone_vi, zone_en) = (&vi["items"][0], &en["items"][0]);
    for field in [
        "sector",
        "district",
        "area_ha",
        "capital",
        "investment_form",
        "status",
        "location",
    ] {
        assert_eq!(
            zone_vi["fields"][field]["value"], zone_en["fields"][field]["value"],
            "{field} differs between the languages"
        );
    }
    assert_eq!(zone_vi["fields"]["area_ha"]["value"], 5200);
    assert_eq!(
        zone_vi["fields"]["capital"]["value"],
        json!({ "amount": 1500, "unit": "billion", "currency": "VND" })
    );
    assert_eq!(zone_vi["fields"]["area_ha"]["label"], "5.200 ha");
    assert_eq!(zone_en["fields"]["area_ha"]["label"], "5,200 ha");
    assert_eq!(zone_vi["sample"], true);
    assert_eq!(zone_vi["date"], "2018-04-02");
    // A reference is the partner's address in the reader's language.
    assert_eq!(
        zone_vi["fields"]["partners"]["value"],
        json!([format!("{BASE}/doi-tac/jeollanam-do/")])
    );
    assert_eq!(
        zone_en["fields"]["partners"]["value"],
        json!([format!("{BASE}/en/partners/jeollanam-do/")])
    );
    // The untranslated project is in the English data, saying its text is Vietnamese.
    let port = &en["items"][1];
    assert_eq!(port["content_language"], "vi");
    assert_eq!(zone_en["content_language"], "en");
    assert_eq!(port["fields"]["location"]["value"], Value::Null);
    assert_eq!(port["fields"]["contact_email"]["value"], "cang@example.org");
    assert_eq!(en["fields"]["capital"], "Indicative capital");
    assert_eq!(vi["fields"]["capital"], "Tổng vốn dự kiến");
}

#[test]
fn projects_csv_has_the_same_rows_as_the_json() {
    let run = built();
    for (_, folder, _) in LISTS {
        let doc = projects_json(run, folder);
        let file = format!("{folder}projects.csv");
        let text = run.read(&file);
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let header: Vec<String> = reader
            .headers()
            .unwrap_or_else(|e| panic!("{file}: {e}"))
            .iter()
            .map(str::to_string)
            .collect();
        let rows: Vec<BTreeMap<String, String>> = reader
            .records()
            .map(|r| {
                let r = r.unwrap_or_else(|e| panic!("{file}: {e}"));
                header
                    .iter()
                    .cloned()
                    .zip(r.iter().map(str::to_string))
                    .collect()
            })
            .collect();
        let items = doc["items"].as_array().unwrap();
        assert_eq!(rows.len(), items.len(), "{file}: one row per item");
        for (row, item) in rows.iter().zip(items) {
            let url = item["url"].as_str().unwrap();
            let text_of = |v: &Value| match v {
                Value::Null => String::new(),
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            for column in ["url", "title", "description", "date", "sample"] {
                assert_eq!(
                    row[column],
                    text_of(&item[column]),
                    "{file}: {url} {column}"
                );
            }
            for (name, field) in item["fields"].as_object().unwrap() {
                assert_eq!(
                    row[&format!("{name}_label")],
                    text_of(&field["label"]),
                    "{file}: {url} {name}_label"
                );
                let value = &field["value"];
                match value {
                    Value::Object(parts) => {
                        for (part, v) in parts {
                            assert_eq!(
                                row[&format!("{name}_{part}")],
                                text_of(v),
                                "{file}: {url} {name}_{part}"
                            );
                        }
                    }
                    Value::Array(list) => {
                        let joined: Vec<String> = list.iter().map(text_of).collect();
                        assert_eq!(row[name], joined.join("; "), "{file}: {url} {name}");
                    }
                    _ if header.contains(name) => {
                        assert_eq!(row[name], text_of(value), "{file}: {url} {name}")
                    }
                    // A money or geo field without a value: its part columns are empty.
                    _ => {
                        let parts: Vec<&String> = header
                            .iter()
                            .filter(|h| {
                                h.starts_with(&format!("{name}_")) && !h.ends_with("_label")
                            })
                            .collect();
                        assert!(!parts.is_empty(), "{file}: no column for {name}");
                        for p in parts {
                            assert_eq!(row[p], "", "{file}: {url} {p}");
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn the_project_list_links_its_open_data_in_each_language() {
    let run = built();
    for (list, folder, _) in LISTS {
        let html = run.read(list);
        let downloads: Vec<String> = tags(&html, "a")
            .into_iter()
            .filter(|a| {
                matches!(
                    a.get("type").map(String::as_str),
                    Some("application/json" | "text/csv")
                )
            })
            .filter_map(|a| a.get("href").cloned())
            .collect();
        assert_eq!(
            downloads,
            [
                format!("/{folder}projects.json"),
                format!("/{folder}projects.csv")
            ],
            "{list}"
        );
        for d in &downloads {
            assert!(
                run.has(&file_for_url(d)),
                "{list}: {d} is not in the output"
            );
        }
    }
    // Only the section that asks for it publishes data.
    assert!(!run.has("tin-tuc/projects.json") && !run.has("doi-tac/projects.json"));
}
