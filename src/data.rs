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
    /// Where each file's values were written, for errors about them (e.g. a content
    /// type's `values_from:` list).
    sources: IndexMap<String, Source>,
    /// Files that are there but could not be read (their error is reported).
    unreadable: Vec<String>,
}

/// A data file's text and the positions of its values.
#[derive(Clone, Debug)]
struct Source {
    display: PathBuf,
    text: String,
    positions: crate::yaml::Positions,
}

/// A data file as a content type reads it: its values and where they were written.
pub struct DataFile<'a> {
    pub value: &'a Value,
    pub context: crate::config::YamlContext<'a>,
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
                            Diagnostic::said(
                                crate::diagnostics::Severity::Error,
                                &display,
                                refused.msg,
                            )
                            .at(&text, pos.line, pos.column),
                        );
                    }
                    data.files.insert(name.clone(), doc.value);
                    data.sources.insert(
                        name,
                        Source {
                            display,
                            text,
                            positions: doc.positions,
                        },
                    );
                }
                Err(d) => {
                    problems.push(*d);
                    data.unreadable.push(name);
                }
            }
        }
        data
    }

    /// The data file `name` (`content/_data/<name>.yaml`), with where its values are.
    pub fn file(&self, name: &str) -> Option<DataFile<'_>> {
        let value = self.files.get(name)?;
        let source = self.sources.get(name)?;
        Some(DataFile {
            value,
            context: crate::config::YamlContext {
                path: &source.display,
                text: &source.text,
                positions: &source.positions,
            },
        })
    }

    /// Whether the data file `name` is there but could not be read (its error is
    /// reported already).
    pub fn is_unreadable(&self, name: &str) -> bool {
        self.unreadable.iter().any(|n| n == name)
    }

    /// The names of the data files that were read.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.files.keys().map(String::as_str)
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
