//! Content types: schemas in `themes/<theme>/types/*.yaml` that say which fields a page
//! of each type has, of which kind, whether required, whether translated.
//!
//! A section's `_index.md` sets the type of its pages (`page_type:`); a page may set its
//! own (`type:`). Every page is checked against its type ([`validate`]), so an author
//! learns of a misspelt field, a missing fact or a wrong value at its line and column.

mod check;
mod figures;
pub mod image;
mod schema;
mod validate;

pub use check::check_value;
pub use schema::{ContentType, FieldKind, FieldSpec, Schemas, core_fields, load};
pub use validate::{enum_label, validate};

use crate::library::{Entry, Kind, Library};

/// The content type of an entry: its own `type:`, else its section's `page_type:`, else
/// `page`; sections are of type `section`.
/// False for a page that does not name its type in a section whose `_index.md` could not
/// be read: its type would come from there, so checking it against `page` would only
/// report that one mistake again, many times over.
pub fn type_is_known(library: &Library, entry: &Entry) -> bool {
    entry.kind == Kind::Section
        || entry.default_meta().page_kind.is_some()
        || !library.in_unreadable_section(entry)
}

pub fn type_of<'a>(library: &'a Library, entry: &'a Entry) -> &'a str {
    match entry.kind {
        Kind::Section => "section",
        Kind::Page => entry
            .default_meta()
            .page_kind
            .as_deref()
            .or_else(|| {
                entry
                    .parent
                    .and_then(|p| library.entry(p).default_meta().page_type.as_deref())
            })
            .unwrap_or("page"),
    }
}

/// The names of outreach's own front-matter fields.
pub fn core_field_names() -> Vec<&'static str> {
    crate::library::meta::KNOWN_FIELDS.to_vec()
}
