//! Site data: `content/_data/*.yaml` (districts, sectors, contacts…), read once and given
//! to templates as `data.<file name>`, with `{ vi: …, en: … }` values resolved to the
//! page's language.

use std::path::PathBuf;

use indexmap::IndexMap;
use serde_yaml::Value;

use crate::config::{Config, localize_value};
use crate::diagnostics::Diagnostic;

/// The data files, by name (the file name without `.yaml`).
#[derive(Clone, Debug, Default)]
pub struct Data {
    files: IndexMap<String, Value>,
}

impl Data {
    /// Parses the data files found by the content walk.
    pub fn load(files: Vec<(String, PathBuf, String)>, problems: &mut Vec<Diagnostic>) -> Data {
        let mut data = Data::default();
        for (rel, display, text) in files {
            let name = rel
                .trim_start_matches("_data/")
                .trim_end_matches(".yaml")
                .trim_end_matches(".yml")
                .replace('/', "_");
            match crate::yaml::parse(&text, 1, &display, &text) {
                Ok(doc) => {
                    // Templates may put any data text in an `href`: none may run script.
                    for (path, refused) in crate::text::url::refused_in_yaml(&doc.value, "") {
                        let pos = doc.positions.value(&path).unwrap_or(doc.positions.start());
                        problems.push(
                            Diagnostic::error(&display, refused.message)
                                .at(&text, pos.line, pos.column)
                                .help(refused.help),
                        );
                    }
                    data.files.insert(name, doc.value);
                }
                Err(d) => problems.push(*d),
            }
        }
        data
    }

    /// All data for one language, as templates see it.
    pub fn for_language(&self, config: &Config, lang: &str) -> tera::Value {
        let codes = config.language_codes();
        let map: tera::Map = self
            .files
            .iter()
            .map(|(k, v)| {
                (
                    k.clone().into(),
                    tera::Value::from_serializable(&localize_value(v, lang, codes[0], &codes)),
                )
            })
            .collect();
        tera::Value::from(map)
    }
}
