//! A translation without an original: the error names the original it was probably
//! meant to translate — a file whose name is a typo away (`lien-hee.en.md` beside
//! `lien-he.md`, diacritics ignored), or one of the same name in another folder — so the
//! author renames the file instead of creating a second, empty page.

use std::collections::BTreeMap;

use super::Variant;
use crate::config::Config;
use crate::diagnostics::Diagnostic;
use crate::source::{FileName, Role};
use crate::suggest::did_you_mean_unmarked;

/// Every original (default-language file) read, by key.
pub(super) struct Originals {
    by_key: BTreeMap<String, Original>,
}

struct Original {
    name: FileName,
    /// Its file as shown in messages (`content/lien-he.md`).
    display: String,
    /// A `.yaml` record page, which holds every language itself.
    record: bool,
    /// The languages it has a file (or record values) for.
    langs: Vec<usize>,
}

impl Originals {
    pub(super) fn new(groups: &BTreeMap<String, Vec<(FileName, Variant)>>) -> Self {
        let by_key = groups
            .iter()
            .filter_map(|(key, group)| {
                let (name, v) = group.iter().find(|(_, v)| v.lang == 0)?;
                let original = Original {
                    name: name.clone(),
                    display: v.file.display.display().to_string(),
                    record: crate::source::is_record_name(&v.file.rel),
                    langs: group.iter().map(|(_, v)| v.lang).collect(),
                };
                Some((key.clone(), original))
            })
            .collect();
        Originals { by_key }
    }

    /// The error for the translation `name` (file `v`), which has no original.
    pub(super) fn orphan(&self, config: &Config, name: &FileName, v: &Variant) -> Diagnostic {
        let default = &config.languages[0];
        let language = &config.languages[v.lang];
        let expected = content_path(name, None);
        let msg = crate::messages::Msg::new("translation-orphan")
            .arg("default", &default.name)
            .arg("default_code", &default.code)
            .arg("code", &language.code)
            .arg("language", &language.name)
            .arg("expected", expected.to_string());
        let (case, near, near_translation) = match self.nearest(name) {
            Some(o) if o.record => ("record", o.display.to_string(), String::new()),
            Some(o) => (
                if o.langs.contains(&v.lang) {
                    "translated"
                } else if o.name.dir == name.dir {
                    "rename"
                } else {
                    "move"
                },
                o.display.to_string(),
                content_path(&o.name, Some(&language.code)).to_string(),
            ),
            None => ("none", String::new(), String::new()),
        };
        let msg = msg
            .arg("case", case)
            .arg("near", near)
            .arg("near_translation", near_translation);
        Diagnostic::said(crate::diagnostics::Severity::Error, &v.file.display, msg)
    }

    /// The original a translation called `name` was most likely meant for: one beside it
    /// whose name is a typo away, else the only one of the same name in another folder.
    fn nearest(&self, name: &FileName) -> Option<&Original> {
        let (place, own) = place_and_name(name);
        let same_kind = || {
            self.by_key
                .values()
                .filter(move |o| (o.name.role == Role::Section) == (name.role == Role::Section))
        };
        let beside: Vec<&Original> = same_kind()
            .filter(|o| place_and_name(&o.name).0 == place)
            .collect();
        let names = beside.iter().map(|o| place_and_name(&o.name).1);
        if let Some(near) = did_you_mean_unmarked(own, names) {
            // A name of a few letters is a typo away from too many others to guess.
            let exact = crate::search::fold(near) == crate::search::fold(own);
            if exact || own.chars().count() > 3 {
                return beside
                    .into_iter()
                    .find(|o| place_and_name(&o.name).1 == near);
            }
        }
        let folded = crate::search::fold(own);
        let mut same_name =
            same_kind().filter(|o| crate::search::fold(place_and_name(&o.name).1) == folded);
        match (same_name.next(), same_name.next()) {
            (Some(found), None) => Some(found),
            _ => None,
        }
    }
}

/// The folder a file's name is chosen in, and that name: a page's folder and its name
/// (`dau-tu`, `x`), a section's parent folder and its own folder's name (`""`, `dau-tu`).
fn place_and_name(name: &FileName) -> (&str, &str) {
    match name.role {
        Role::Section => name.dir.rsplit_once('/').unwrap_or(("", &name.dir)),
        _ => (&name.dir, &name.stem),
    }
}

/// The path under content/ of the file for `name` in language `lang` (`None`: the
/// original): `content/dau-tu/x.en.md`, `content/x/index.md`, `content/a/_index.en.md`.
pub(super) fn content_path(name: &FileName, lang: Option<&str>) -> String {
    let dir = if name.dir.is_empty() {
        String::new()
    } else {
        format!("{}/", name.dir)
    };
    let suffix = lang.map(|l| format!(".{l}")).unwrap_or_default();
    match name.role {
        Role::Section => format!("content/{dir}_index{suffix}.md"),
        Role::Page => format!("content/{dir}{}{suffix}.md", name.stem),
        Role::Bundle => format!("content/{dir}{}/index{suffix}.md", name.stem),
    }
}
