//! Starting points for authors: `outreach init DIR` (a new site with the default theme)
//! and `outreach new TYPE SLUG` (a page in every language from its content type's
//! schema, with each field explained in a comment). Both build as they are.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use include_dir::{Dir, include_dir};
use serde_yaml::Value;

use crate::config::Config;
use crate::library::{Kind, Library};
use crate::messages::{Arg, Lang, Msg};
use crate::suggest::did_you_mean;
use crate::text::slugify;
use crate::types::{ContentType, FieldKind, FieldSpec, Schemas, core_field_names};

/// The default theme, built into the binary so `init` works anywhere.
static DEFAULT_THEME: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");

/// The neutral starter `init` writes: settings with placeholders, a home page, sections
/// for projects, partners, news and events (each with one example page, a draft), and
/// the about, contact and accessibility pages, in Vietnamese and English.
static STARTER: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/starter");

/// The example site (`init --example`): Hậu Giang's, as this repository builds it.
static EXAMPLE_CONTENT: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/content");
static EXAMPLE_STATIC: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/static");
const EXAMPLE_SITE_YAML: &str = include_str!("../site.yaml");

/// The starter's site.yaml, for the tests of the settings' shape.
#[cfg(test)]
pub(crate) const SITE_YAML: &str = include_str!("../starter/site.yaml");

/// What `init` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Starter {
    /// A neutral site for any province or agency, to fill in.
    Neutral,
    /// The full Hậu Giang example site.
    Example,
}

/// A command's own problem as it is printed after `error: `: the message and its code
/// in `lang`, then its help line.
pub fn said(msg: &Msg, lang: Lang) -> String {
    let mut out = msg.text(lang);
    if let Some(code) = msg.code() {
        let _ = write!(out, " [{code}]");
    }
    if let Some(help) = msg.help(lang) {
        let _ = write!(out, "\nhelp: {help}");
    }
    out
}

/// Creates a new site in `dir`, which must be empty or not exist yet; its errors are
/// said in `lang`.
pub fn init(dir: &Path, starter: Starter, lang: Lang) -> Result<Vec<PathBuf>> {
    let shown = dir.display().to_string();
    if dir.exists()
        && std::fs::read_dir(dir)
            .with_context(|| said(&Msg::new("folder-unreadable").arg("path", &shown), lang))?
            .next()
            .is_some()
    {
        bail!(said(&Msg::new("init-not-empty").arg("dir", &shown), lang));
    }
    let mut written = Vec::new();
    let mut write = |rel: &str, bytes: &[u8]| -> Result<()> {
        let path = dir.join(rel);
        crate::fsutil::write(&path, bytes)?;
        written.push(path);
        Ok(())
    };
    let mut write_tree = |into: &str, tree: &Dir<'_>| -> Result<()> {
        let mut stack = vec![tree];
        while let Some(d) = stack.pop() {
            for f in d.files() {
                write(&format!("{into}{}", f.path().display()), f.contents())?;
            }
            stack.extend(d.dirs());
        }
        Ok(())
    };
    match starter {
        Starter::Neutral => write_tree("", &STARTER)?,
        Starter::Example => {
            write_tree("content/", &EXAMPLE_CONTENT)?;
            write_tree("static/", &EXAMPLE_STATIC)?;
        }
    }
    write_tree("themes/default/", &DEFAULT_THEME)?;
    if starter == Starter::Example {
        write("site.yaml", EXAMPLE_SITE_YAML.as_bytes())?;
    }
    write(".gitignore", b"/output\n/.output.*\n/.outreach-cache\n")?;
    Ok(written)
}

/// Writes a new page of content type `type_name` called `slug`, in every language, its
/// comments and errors in `lang`. Returns the files written.
pub fn new_page(
    config: &Config,
    library: &Library,
    schemas: &Schemas,
    type_name: &str,
    slug: &str,
    section: Option<&str>,
    lang: Lang,
) -> Result<Vec<PathBuf>> {
    let Some(schema) = schemas.get(type_name) else {
        let names = schemas.names();
        let near = did_you_mean(type_name, names.iter().copied()).unwrap_or("none");
        let msg = Msg::new("new-unknown-type")
            .arg("name", type_name)
            .arg("near", near)
            .arg("names", Arg::all_of(&names));
        bail!(said(&msg, lang));
    };
    // "Cảng sông Hậu" is the title as typed; its slug is `cang-song-hau`. A slug alone
    // gives no title: made from it, it would have no diacritics, so it is left to write.
    let title = if slug
        .chars()
        .any(|c| !c.is_ascii() || c.is_whitespace() || c.is_uppercase())
    {
        crate::text::nfc(slug.trim()).into_owned()
    } else {
        String::new()
    };
    let slug = slugify(slug);
    let dir = match section {
        Some(s) => s.trim_matches('/').to_string(),
        None => section_for(library, type_name, lang)?,
    };
    let content = config.content_dir().join(&dir);
    if !content.join("_index.md").exists() && !dir.is_empty() {
        bail!(said(&Msg::new("new-no-section").arg("dir", &dir), lang));
    }
    // The section's `page_type` gives its pages their type; a page of another type in it
    // must say its own, or it would be checked (and rendered) as the section's type.
    let section_key = if dir.is_empty() {
        "_index".to_string()
    } else {
        format!("{dir}/_index")
    };
    let section_type = library
        .entries
        .iter()
        .find(|e| e.key == section_key)
        .and_then(|e| e.default_meta().page_type.clone())
        .unwrap_or_else(|| "page".to_string());
    let own_type = (section_type != type_name).then_some(type_name);
    let codes = config.language_codes();
    let mut written = Vec::new();
    let mut files = vec![(
        content.join(format!("{slug}.md")),
        original(schema, &title, own_type, &codes, lang),
    )];
    for code in &codes[1..] {
        files.push((
            content.join(format!("{slug}.{code}.md")),
            translation(schema, &slug, code, &codes, lang),
        ));
    }
    for (path, _) in &files {
        if path.exists() {
            let msg = Msg::new("new-exists").arg("path", path.display().to_string());
            bail!(said(&msg, lang));
        }
    }
    for (path, text) in files {
        crate::fsutil::write(&path, text.as_bytes())?;
        written.push(path);
    }
    Ok(written)
}

/// The one section whose pages are of `type_name`.
fn section_for(library: &Library, type_name: &str, lang: Lang) -> Result<String> {
    let sections: Vec<String> = library
        .entries
        .iter()
        .filter(|e| {
            e.kind == Kind::Section && e.default_meta().page_type.as_deref() == Some(type_name)
        })
        .map(|e| {
            e.key
                .trim_end_matches("_index")
                .trim_end_matches('/')
                .to_string()
        })
        .collect();
    match sections.as_slice() {
        [one] => Ok(one.clone()),
        [] if type_name == "page" => Ok(String::new()),
        [] => bail!(said(
            &Msg::new("new-no-section-of-type").arg("type", type_name),
            lang
        )),
        many => {
            let many: Vec<&str> = many.iter().map(String::as_str).collect();
            let msg = Msg::new("new-several-sections")
                .arg("type", type_name)
                .arg("sections", Arg::all_of(&many));
            bail!(said(&msg, lang))
        }
    }
}

fn yaml_inline(v: &Value) -> String {
    match v {
        Value::String(s) => format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\"")),
        Value::Mapping(m) => {
            let parts: Vec<String> = m
                .iter()
                .map(|(k, v)| format!("{}: {}", k.as_str().unwrap_or_default(), yaml_inline(v)))
                .collect();
            format!("{{ {} }}", parts.join(", "))
        }
        Value::Sequence(items) => format!(
            "[{}]",
            items.iter().map(yaml_inline).collect::<Vec<_>>().join(", ")
        ),
        other => serde_yaml::to_string(other)
            .unwrap_or_default()
            .trim()
            .to_string(),
    }
}

/// An example value for a field: the schema's, else one of its kind.
fn example(name: &str, spec: &FieldSpec, title: &str) -> String {
    if let Some(e) = &spec.example {
        return yaml_inline(e);
    }
    match spec.kind {
        _ if name == "title" => format!("\"{}\"", title.replace('"', "\\\"")),
        FieldKind::Text | FieldKind::Markdown => "\"…\"".into(),
        FieldKind::Integer | FieldKind::Number | FieldKind::Area => "0".into(),
        FieldKind::Year => jiff::Zoned::now().year().to_string(),
        FieldKind::Boolean => "false".into(),
        FieldKind::Date => jiff::Zoned::now().date().to_string(),
        FieldKind::Enum => spec.values.keys().next().cloned().unwrap_or_default(),
        FieldKind::List => "[]".into(),
        FieldKind::Url => "\"https://example.org\"".into(),
        FieldKind::Email => "\"name@example.org\"".into(),
        FieldKind::Money => "{ amount: 0, unit: billion, currency: VND }".into(),
        FieldKind::Geo => "{ lat: 9.78, lon: 105.47 }".into(),
        FieldKind::Reference => "\"@/_index.md\"".into(),
        FieldKind::Group => "{}".into(),
        FieldKind::Image => "{ file: \"\", alt: \"\" }".into(),
    }
}

/// One of the comments `new` writes, in `lang`, with its arguments.
fn note(case: &str, args: &[(&'static str, &str)], lang: Lang) -> String {
    let mut msg = Msg::new("new-comment").arg("case", case);
    for (name, value) in args {
        msg = msg.arg(name, *value);
    }
    msg.text(lang)
}

/// The comment above a field: what it is, whether it is required, its allowed values.
fn comment(name: &str, spec: &FieldSpec, codes: &[&str], lang: Lang) -> String {
    let mut c = format!("# {name}");
    if spec.required || name == "title" {
        let _ = write!(c, " {}", note("required", &[], lang));
    }
    if let Some(h) = &spec.help {
        let _ = write!(c, ": {h}");
    }
    if !spec.values.is_empty() {
        let values: Vec<String> = spec
            .values
            .iter()
            .map(|(k, l)| format!("{k} ({})", l.get(codes[0], codes[0])))
            .collect();
        let values = values.join(", ");
        let _ = write!(c, "\n#   {}", note("one-of", &[("values", &values)], lang));
    }
    if !spec.translatable && spec.kind != FieldKind::Text {
        let _ = write!(c, "\n#   {}", note("inherited", &[], lang));
    }
    c
}

fn original(
    schema: &ContentType,
    title: &str,
    own_type: Option<&str>,
    codes: &[&str],
    lang: Lang,
) -> String {
    let core = core_field_names();
    let mut out = String::from("---\n");
    if let Some(spec) = schema.fields.get("title") {
        let value = if title.is_empty() {
            String::new()
        } else {
            format!(" {}", example("title", spec, title))
        };
        let _ = writeln!(
            out,
            "{}\ntitle:{value}",
            comment("title", spec, codes, lang)
        );
    }
    if let Some(t) = own_type {
        let said = note("own-type", &[("type", t)], lang);
        let _ = writeln!(out, "# {said}\ntype: {t}");
    }
    // Required fields are left empty: an example would be published as a fact, while an
    // empty field stops the build, which names it, until the author writes it.
    for (name, spec) in &schema.fields {
        if name == "title" || !spec.required {
            continue;
        }
        let e = example(name, spec, title);
        let _ = writeln!(
            out,
            "{}\n#   {}\n{name}:",
            comment(name, spec, codes, lang),
            note("example", &[("example", &e)], lang)
        );
    }
    let optional: Vec<(&String, &FieldSpec)> = schema
        .fields
        .iter()
        .filter(|(n, s)| !s.required && !core.contains(&n.as_str()))
        .collect();
    if !optional.is_empty() {
        let _ = writeln!(out, "# {}", note("optional", &[], lang));
        for (name, spec) in optional {
            for line in comment(name, spec, codes, lang).lines() {
                let _ = writeln!(out, "#{}", line.trim_start_matches('#'));
            }
            let _ = writeln!(out, "# {name}: {}", example(name, spec, title));
        }
    }
    // `sample: true` labels illustrative figures: only a type that has figures needs it.
    let has_figures = schema.fields.iter().any(|(name, f)| {
        !core.contains(&name.as_str())
            && matches!(
                f.kind,
                FieldKind::Money | FieldKind::Area | FieldKind::Number | FieldKind::Integer
            )
    });
    if has_figures {
        let _ = writeln!(out, "# {}\nsample: true", note("sample", &[], lang));
    }
    let _ = writeln!(out, "# {}\ndraft: true", note("draft", &[], lang));
    // The text stands in for the page's own, so it is in the page's language.
    let body = Msg::new("new-body").arg("case", "original");
    let _ = writeln!(out, "---\n{}", body.text(page_language(codes[0])));
    out
}

fn translation(schema: &ContentType, slug: &str, code: &str, codes: &[&str], lang: Lang) -> String {
    let mut out = String::from("---\n");
    let original = format!("{slug}.md");
    let intro = note("translation-intro", &[("original", &original)], lang);
    for line in wrap(&intro, 86) {
        let _ = writeln!(out, "# {line}");
    }
    for (name, spec) in &schema.fields {
        let translated_text =
            spec.translatable && matches!(spec.kind, FieldKind::Text | FieldKind::Markdown);
        if name == "title" || (spec.required && translated_text) {
            // Left empty: the translator writes it; the build names it until then.
            let _ = writeln!(out, "{}\n{name}:", comment(name, spec, codes, lang));
        }
    }
    let said = note("slug", &[("code", code), ("slug", slug)], lang);
    let _ = writeln!(out, "# {said}\nslug: {slug}");
    let _ = writeln!(
        out,
        "# {}\ndraft: true",
        note("translation-draft", &[], lang)
    );
    let body = Msg::new("new-body").arg("case", "translation");
    let _ = writeln!(out, "---\n{}", body.text(page_language(code)));
    out
}

/// The language a page in language `code` is written in, for the text that stands in
/// for its own: English for a language outreach has no messages in.
fn page_language(code: &str) -> Lang {
    Lang::from_code(code).unwrap_or(Lang::En)
}

/// `text` in lines of at most `width` characters, broken between words.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}
