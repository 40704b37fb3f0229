//! Finding and reading the site's source files under `content/`.
//!
//! The walk classifies every file — section index, page, page-bundle index, asset — and
//! reads the Markdown ones (in parallel) as NFC text with `\n` line endings, so no later
//! stage cares about the author's operating system or editor.

mod boundary;
mod frontmatter;
mod names;

pub use boundary::Boundary;
pub use frontmatter::split_front_matter;
pub use names::{FileName, Role, is_ignored_name, is_record_name, parse_file_name};

use names::{ContentName, Misnaming, content_name};

use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Severity, line_col};
use crate::messages::Msg;
use crate::text::nfc;
use rayon::prelude::*;

/// A Markdown file, read and normalised.
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// Relative to `content/`, NFC, with `/` separators (`dau-tu/x.en.md`).
    pub rel: String,
    /// The path shown in diagnostics (`content/dau-tu/x.en.md`).
    pub display: PathBuf,
    pub abs: PathBuf,
    pub text: String,
    /// True when `text` is the file's bytes as they are (already NFC, `\n` line endings).
    pub clean: bool,
    pub name: FileName,
}

/// A file beside the content that is copied as it is (images, PDFs…).
#[derive(Clone, Debug)]
pub struct AssetFile {
    /// Relative to `content/`, NFC, with `/` separators.
    pub rel: String,
    pub abs: PathBuf,
}

/// Everything found under `content/`.
#[derive(Debug, Default)]
pub struct ContentFiles {
    pub markdown: Vec<SourceFile>,
    pub assets: Vec<AssetFile>,
    /// `content/_data/*.yaml`, read as text.
    pub data: Vec<(String, PathBuf, String)>,
    /// The theme's and the site's `static/` files (see [`static_files`]).
    pub statics: Vec<(String, PathBuf)>,
    /// Keys of originals whose file could not be read (its error is reported).
    pub unreadable: Vec<String>,
}

/// Walks `content/` and reads every Markdown file; problems become diagnostics.
pub fn load(config: &Config, problems: &mut Vec<Diagnostic>) -> ContentFiles {
    let content = config.content_dir();
    let languages = config.language_codes();
    let mut files = ContentFiles::default();
    let mut data_paths = Vec::new();

    // The walk only finds the files (a large site has tens of thousands); naming and
    // reading them happens on every core, and the results are taken in the walk's order.
    let found = config.boundary.walk(&content, problems);

    let classified: Vec<Found> = found
        .into_par_iter()
        .filter_map(|abs| {
            let rel_os = abs.strip_prefix(&content).ok()?;
            let rel = rel_path_string(rel_os);
            if rel.starts_with("_data/") {
                let yaml = rel.ends_with(".yaml") || rel.ends_with(".yml");
                return yaml.then_some(Found::Data(rel, abs));
            }
            let display = PathBuf::from("content").join(rel_os);
            let (named, misnamed) = match content_name(&rel, &languages) {
                ContentName::Asset => return Some(Found::Asset(AssetFile { rel, abs })),
                ContentName::Stray { page_name, suffix } => {
                    return Some(Found::Problem(stray_markdown(display, &page_name, &suffix)));
                }
                ContentName::Source { rel, misnamed } => (rel, misnamed),
            };
            Some(match parse_file_name(&named, &languages) {
                Ok(name) => {
                    let key = name.lang.is_none().then(|| name.key());
                    let warning = (!misnamed.is_empty())
                        .then(|| misnamed_warning(config, &display, &named, &name, &misnamed));
                    match read_source(rel, display, abs, name) {
                        Ok(file) => Found::Markdown(file, warning),
                        Err(d) => Found::Unreadable(key, d),
                    }
                }
                Err(msg) => Found::Problem(Diagnostic::said(Severity::Error, display, msg)),
            })
        })
        .collect();
    for f in classified {
        match f {
            Found::Markdown(file, warning) => {
                files.markdown.push(file);
                problems.extend(warning);
            }
            Found::Asset(asset) => files.assets.push(asset),
            Found::Data(rel, abs) => data_paths.push((rel, abs)),
            Found::Problem(d) => problems.push(d),
            Found::Unreadable(key, d) => {
                files.unreadable.extend(key);
                problems.push(d);
            }
        }
    }
    for (rel, abs) in data_paths {
        let display = PathBuf::from("content").join(&rel);
        match config.boundary.read_text(&abs) {
            Ok(Some(text)) => files.data.push((rel, display, text)),
            Ok(None) => {}
            Err(d) => problems.push(d),
        }
    }
    files.statics = static_files(config, problems);
    files
}

/// What one file found under `content/` is.
enum Found {
    /// A page, with the warning to rename it if its name is not written as outreach's.
    Markdown(SourceFile, Option<Diagnostic>),
    Asset(AssetFile),
    Data(String, PathBuf),
    Problem(Diagnostic),
    /// A page that could not be read: its key when it is an original.
    Unreadable(Option<String>, Diagnostic),
}

/// The warning for a page whose file name is not written as outreach names pages
/// (`x.MD`, `x.md.txt`, `x.md.en`, `x.eng.md`): it is read as the page `named` (its
/// path under content/ as outreach writes it), and should be renamed to that.
fn misnamed_warning(
    config: &Config,
    display: &Path,
    named: &str,
    name: &FileName,
    misnamed: &[Misnaming],
) -> Diagnostic {
    let right = named.rsplit('/').next().unwrap_or(named);
    // Each reason has its place in the message, said after the ones before it.
    let mut said = 0;
    let mut slot = |present: bool| {
        let state = match (present, said) {
            (false, _) => "none",
            (true, 0) => "first",
            (true, _) => "next",
        };
        said += usize::from(present);
        state
    };
    let txt = slot(misnamed.contains(&Misnaming::Txt));
    let after = misnamed.iter().find_map(|m| match m {
        Misnaming::LanguageAfter(lang) => Some(lang.clone()),
        _ => None,
    });
    let after_state = slot(after.is_some());
    let ext = misnamed.iter().find_map(|m| match m {
        Misnaming::ExtensionCase(ext) => Some(("case", ext.clone())),
        Misnaming::OtherExtension(ext) => Some(("other", ext.clone())),
        _ => None,
    });
    let ext_state = slot(ext.is_some());
    let alias = misnamed.iter().find_map(|m| match m {
        Misnaming::LanguageAlias { written, code } => Some((written.clone(), code.clone())),
        _ => None,
    });
    let alias_state = slot(alias.is_some());
    let language = match &name.lang {
        Some(code) => config.languages.iter().find(|l| &l.code == code),
        None => config.languages.first(),
    };
    let what = match (name.lang.is_some(), language) {
        (true, Some(_)) => "translation",
        (false, Some(_)) => "page",
        _ => "none",
    };
    let (ext_kind, ext_written) = ext.unwrap_or(("none", String::new()));
    let (alias_written, alias_code) = alias.unwrap_or_default();
    Diagnostic::said(
        Severity::Warning,
        display,
        Msg::new("file-misnamed")
            .arg("what", what)
            .arg(
                "language",
                language.map(|l| l.name.clone()).unwrap_or_default(),
            )
            .arg("right", right)
            .arg("txt", txt)
            .arg("after", after_state)
            .arg("after_written", after.unwrap_or_default())
            .arg("ext", ext_state)
            .arg("ext_kind", ext_kind)
            .arg("ext_written", ext_written)
            .arg("alias", alias_state)
            .arg("alias_written", alias_written)
            .arg("alias_code", alias_code),
    )
}

/// The warning for a Markdown file with something after its extension that is not a
/// language (`x.md.old`): neither a page nor a file to publish, so it is left out.
fn stray_markdown(display: PathBuf, page_name: &str, suffix: &str) -> Diagnostic {
    Diagnostic::said(
        Severity::Warning,
        display,
        Msg::new("file-stray-markdown")
            .arg("suffix", suffix)
            .arg("page_name", page_name),
    )
}

/// Reads a Markdown (or record) file as normalised text.
fn read_source(
    rel: String,
    display: PathBuf,
    abs: PathBuf,
    name: FileName,
) -> Result<SourceFile, Diagnostic> {
    let bytes = std::fs::read(&abs).map_err(|e| boundary::unreadable(&display, &e))?;
    let (text, clean) = match crate::text::string_from_utf8(bytes) {
        Ok(t) if crate::text::is_clean_source(&t) => (t, true),
        Ok(t) => (crate::text::normalize_source(&t), false),
        Err(e) => return Err(not_utf8(&display, e.as_bytes(), &e.utf8_error())),
    };
    Ok(SourceFile {
        rel,
        display,
        abs,
        text,
        clean,
        name,
    })
}

/// The files of the theme's and then the site's `static/` folders, as (site path, file):
/// copied to the output as they are, a site's file after — over — the theme's.
fn static_files(config: &Config, problems: &mut Vec<Diagnostic>) -> Vec<(String, PathBuf)> {
    layered_files(
        config,
        &[
            config.theme_dir().join("static"),
            config.root.join("static"),
        ],
        problems,
    )
}

/// Every file under each of `dirs` that exist, in order, as (path relative to its folder,
/// file), skipping editor and system files; what cannot or may not be read (see
/// [`Boundary`]) is a diagnostic.
pub fn layered_files(
    config: &Config,
    dirs: &[PathBuf],
    problems: &mut Vec<Diagnostic>,
) -> Vec<(String, PathBuf)> {
    let mut files = Vec::new();
    for dir in dirs {
        for path in config.boundary.walk(dir, problems) {
            if let Ok(rel) = path.strip_prefix(dir) {
                files.push((rel_path_string(rel), path.clone()));
            }
        }
    }
    files
}

/// `a/b/c.md` from a relative OS path: NFC, `/` separators.
pub fn rel_path_string(rel: &Path) -> String {
    let parts: Vec<String> = rel
        .components()
        .map(|c| nfc(&c.as_os_str().to_string_lossy()).into_owned())
        .collect();
    parts.join("/")
}

/// How to save a file as UTF-8, in the editors staff use.
/// Which encoding a file that is not UTF-8 is probably in, when it can be told: `utf16`
/// or `windows-1258`, as the message `file-encoding` names them.
fn likely_encoding(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Some("utf16");
    }
    // UTF-16 without a byte-order mark: text in Latin letters has a NUL in every other byte.
    let sample = &bytes[..bytes.len().min(4096)];
    let nuls_even = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let nuls_odd = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|&&b| b == 0)
        .count();
    let half = sample.len() / 2;
    if half >= 4 && (nuls_even * 3 > half || nuls_odd * 3 > half) {
        return Some("utf16");
    }
    // A UTF-8 file with a stray byte is still mostly good UTF-8: say where it breaks.
    let lossy = String::from_utf8_lossy(bytes);
    let invalid = lossy.chars().filter(|&c| c == '\u{fffd}').count();
    let valid = lossy
        .chars()
        .filter(|&c| !c.is_ascii() && c != '\u{fffd}')
        .count();
    if valid >= invalid {
        return None;
    }
    // Windows-1258, the legacy Vietnamese code page: it decodes without error, and its
    // letters and tone marks (ư, ơ, đ, combining accents) are there.
    let (text, had_errors) = encoding_rs::WINDOWS_1258.decode_without_bom_handling(bytes);
    let vietnamese = text
        .chars()
        .filter(|c| {
            matches!(
                c,
                'ư' | 'Ư' | 'ơ' | 'Ơ' | 'đ' | 'Đ' | 'ă' | 'Ă' | 'â' | 'ê' | 'ô'
            ) || ('\u{300}'..='\u{323}').contains(c)
        })
        .count();
    (!had_errors && vietnamese >= 2).then_some("windows-1258")
}

/// The diagnostic for a file that is not UTF-8: the encoding it is probably in, else the
/// first bad byte.
pub fn not_utf8(display: &Path, bytes: &[u8], err: &std::str::Utf8Error) -> Diagnostic {
    if let Some(encoding) = likely_encoding(bytes) {
        return Diagnostic::said(
            Severity::Error,
            display,
            Msg::new("file-encoding").arg("encoding", encoding),
        );
    }
    let good = std::str::from_utf8(&bytes[..err.valid_up_to()]).unwrap_or_default();
    let (line, column) = line_col(good, good.len());
    let bad = bytes[err.valid_up_to()];
    Diagnostic::said(
        Severity::Error,
        display,
        Msg::new("file-not-utf8").arg("byte", format!("{bad:02X}")),
    )
    .at(good, line, column)
}
