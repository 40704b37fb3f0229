//! Two pages at one address. The mistake is reported once per pair of files — every
//! language it affects in one message — at the page that made it: the one whose `slug:` or
//! `path:` asks for an address that is not its own name (a slug copied with the file it
//! was copied from), else the one whose file name is not written as an address
//! (`Khu Cong Nghiep.md` beside `khu-cong-nghiep.md`), else the later of the two. The other
//! page is named in a note, with what gives it the address.

use std::collections::HashMap;

use super::{Entry, EntryId, Variant};
use crate::config::Config;
use crate::diagnostics::{Diagnostic, Severity};
use crate::messages::Msg;
use crate::text::slugify;

/// Reports every address two pages (or two languages of them) want.
pub(super) fn check_url_clashes(
    config: &Config,
    entries: &[Entry],
    problems: &mut Vec<Diagnostic>,
) {
    let mut seen: HashMap<&str, (EntryId, usize)> = HashMap::new();
    let mut clashes: Vec<Clash<'_>> = Vec::new();
    for (id, e) in entries.iter().enumerate() {
        for (lang, r) in e.renditions.iter().enumerate() {
            let Some(r) = r else { continue };
            let Some(&(first_id, first_lang)) = seen.get(r.url.as_str()) else {
                seen.insert(&r.url, (id, lang));
                continue;
            };
            let this = Party::of(&entries[id], r.variant);
            let first_entry = &entries[first_id];
            let Some(first_r) = first_entry.renditions[first_lang].as_ref() else {
                continue;
            };
            let first = Party::of(first_entry, first_r.variant);
            let (blamed, named) = if first.claim() > this.claim() {
                (first, this)
            } else {
                (this, first)
            };
            let same_pair = clashes.iter_mut().find(|(b, n, _)| {
                b.file().file.display == blamed.file().file.display
                    && n.file().file.display == named.file().file.display
            });
            match same_pair {
                Some((_, _, places)) => places.push((lang, &r.url)),
                None => clashes.push((blamed, named, vec![(lang, &r.url)])),
            }
        }
    }
    for (blamed, named, places) in clashes {
        problems.push(clash_diagnostic(config, &blamed, &named, &places));
    }
}

/// The side blamed, the side named, and the languages and addresses they clash at, in
/// the order found.
type Clash<'a> = (Party<'a>, Party<'a>, Vec<(usize, &'a str)>);

/// One side of a clash: an entry as one language shows it.
struct Party<'a> {
    entry: &'a Entry,
    /// The variant shown at the address.
    shown: &'a Variant,
    /// The file and field that ask for the address, if one does.
    source: Option<(&'a Variant, &'static str)>,
}

impl<'a> Party<'a> {
    fn of(entry: &'a Entry, shown: usize) -> Self {
        Party {
            entry,
            shown: &entry.variants[shown],
            source: entry.address_source(shown),
        }
    }

    /// The file the address comes from: the one with the `slug:` or `path:`, else the
    /// one shown there (whose name makes it).
    fn file(&self) -> &'a Variant {
        self.source.map_or(self.shown, |(v, _)| v)
    }

    /// The page's own name: its file's (or, for a section, its folder's).
    fn name(&self) -> &'a str {
        let name = self
            .entry
            .key
            .strip_suffix("/_index")
            .unwrap_or(&self.entry.key);
        name.rsplit_once('/').map_or(name, |(_, last)| last)
    }

    /// How much this side asked for the address, compared field by field: a `path:`, or a
    /// `slug:` that is neither its name nor its title; then a file name that is not
    /// written as an address.
    fn claim(&self) -> (bool, bool) {
        let asks = match self.source {
            Some((_, "path")) => true,
            Some((v, _)) => {
                let slug = slugify(v.meta.slug.as_deref().unwrap_or_default());
                let title = slugify(v.meta.title.as_deref().unwrap_or_default());
                slug != slugify(self.name()) && slug != title
            }
            None => false,
        };
        (asks, slugify(self.name()) != self.name())
    }

    /// Where and how the address is asked for, for the note about the other side.
    fn how(&self) -> Msg {
        match self.source {
            Some((v, field)) => {
                let value = if field == "path" {
                    v.meta.path.as_deref()
                } else {
                    v.meta.slug.as_deref()
                };
                Msg::new("note-address-asked")
                    .arg("case", "field")
                    .arg("place", v.place_of(field))
                    .arg("field", field)
                    .arg("value", value.unwrap_or_default())
            }
            None => {
                let case = if self.entry.kind == super::Kind::Section {
                    "folder"
                } else {
                    "file"
                };
                Msg::new("note-address-asked")
                    .arg("case", case)
                    .arg("place", self.shown.file.display.display().to_string())
                    .arg("field", "")
                    .arg("value", "")
            }
        }
    }
}

fn clash_diagnostic(
    config: &Config,
    blamed: &Party<'_>,
    named: &Party<'_>,
    places: &[(usize, &str)],
) -> Diagnostic {
    let other = named.file().file.display.display().to_string();
    let (first_lang, first_url) = places[0];
    let (url2, language2) = places
        .get(1)
        .map(|(lang, url)| (url.to_string(), config.languages[*lang].name.clone()))
        .unwrap_or_default();
    let msg = |blamed: &str, field: &str| {
        Msg::new("address-clash")
            .arg("one_language", if places.len() == 1 { "yes" } else { "no" })
            .arg("language", &config.languages[first_lang].name)
            .arg("other", &other)
            .arg("url", first_url)
            .arg("more", places.len() - 1)
            .arg("url2", &url2)
            .arg("language2", &language2)
            .arg("rest", places.len().saturating_sub(2))
            .arg("blamed", blamed)
            .arg("field", field)
    };
    let d = match blamed.source {
        Some((v, field)) => v.yaml().said_at_value(field, msg("field", field)),
        None => Diagnostic::said(Severity::Error, &blamed.shown.file.display, msg("file", "")),
    };
    d.note_said(named.how())
}
