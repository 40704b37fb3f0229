//! One-page rebuilds: when a save changes only the text of pages — not their front
//! matter, not the first paragraph that listings show — only those pages are rendered
//! again, in every language that shows them. Anything else (a new or deleted file, a
//! changed title, a template, site.yaml) needs the whole site built again.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use super::State;
use super::watch::Batch;
use crate::build::Live;
use crate::diagnostics::{Diagnostics, Format, render_in};
use crate::library::EntryId;
use crate::messages::Msg;
use crate::scaffold::said;

/// What an edit needs.
pub enum Outcome {
    /// The edited pages were rendered again (or their problems shown).
    Done,
    /// The whole site must be built again.
    Full,
}

/// Each content file's entry and variant, by its path from the site root
/// (`content/dau-tu/x.md`).
pub struct FileIndex {
    files: HashMap<PathBuf, (EntryId, usize)>,
    /// Set when an edit broke a page: the next save builds the whole site, so its
    /// problems are cleared (or shown again) by a full check.
    broken: bool,
}

impl FileIndex {
    pub fn new(live: &Live<'_>) -> Self {
        let library = live.inputs.library;
        let mut files = HashMap::new();
        for (id, e) in library.entries.iter().enumerate() {
            for (vi, v) in e.variants.iter().enumerate() {
                files.insert(v.file.display.clone(), (id, vi));
            }
        }
        FileIndex {
            files,
            broken: false,
        }
    }
}

/// Renders again the pages whose text `batch` changed, if that is all it changed.
/// `root` is the site folder as the watcher sees it (links resolved).
pub fn apply(
    live: &Live<'_>,
    index: &mut FileIndex,
    root: &Path,
    batch: &Batch,
    state: &State,
) -> Outcome {
    let started = Instant::now();
    if index.broken {
        return Outcome::Full;
    }
    let library = live.inputs.library;
    let mut edited = Vec::new();
    for path in &batch.paths {
        let Some(&(id, vi)) = path
            .strip_prefix(root)
            .ok()
            .and_then(|rel| index.files.get(rel))
        else {
            return Outcome::Full;
        };
        let variant = &library.entry(id).variants[vi];
        // A record page's text is in its front matter; a changed front matter or a
        // deleted file makes `body` fail.
        if !matches!(variant.body, crate::library::Body::InFile { .. }) {
            return Outcome::Full;
        }
        match variant.body() {
            Ok(body) if crate::markdown::summary_of(&body) == variant.summary => {}
            _ => return Outcome::Full,
        }
        edited.push((id, vi));
    }

    let languages = live.inputs.config.languages.len();
    let mut problems = Vec::new();
    let mut pages = Vec::new();
    for &(id, vi) in &edited {
        for lang in 0..languages {
            if library.rendition(id, lang).is_some_and(|r| r.variant == vi) {
                match crate::render::render_entry_page(
                    live.inputs,
                    live.site,
                    live.templates,
                    id,
                    lang,
                ) {
                    Ok(page) => pages.push((lang, page)),
                    Err(diags) => problems.extend(diags),
                }
            }
        }
    }
    let failed = problems
        .iter()
        .any(crate::diagnostics::Diagnostic::is_error);
    let mut diags = Diagnostics::new();
    for d in problems {
        diags.push(d);
    }
    let lang = state.lang;
    let text = render_in(&diags.sorted(), Format::Text, lang);
    if failed {
        err!("{text}");
        let msg = Msg::new("serve-not-rebuilt").arg("what", "page");
        errln!("{}", msg.text(lang));
        state.show_problems(&text);
        index.broken = true;
        return Outcome::Done;
    }
    if !text.is_empty() {
        err!("{text}");
    }
    for (_, page) in &pages {
        if let Err(e) = write_replacing(&live.output.join(&page.path), &page.html) {
            let msg = Msg::new("serve-cannot-write-page")
                .arg("path", &page.path)
                .arg("error", e.to_string());
            errln!("error: {}", said(&msg, lang));
            return Outcome::Full;
        }
    }
    let took = started.elapsed();
    let msg = Msg::new("serve-rebuilt")
        .arg("pages", pages.len())
        .arg("ms", format!("{:.1}", took.as_secs_f64() * 1000.0));
    errln!("{}", msg.text(lang));
    state.reloaded();
    // After the reload, which does not wait for it: the search index learns the new text.
    let docs = pages
        .into_iter()
        .filter_map(|(lang, p)| Some((lang, p.search?)));
    if let Err(e) = update_search(live, docs, lang) {
        let msg = Msg::new("serve-cannot-update-search").arg("error", e.to_string());
        errln!("error: {}", said(&msg, lang));
        return Outcome::Full;
    }
    Outcome::Done
}

/// Puts each page's new text in its language's search index and writes that index again.
/// Files the new index no longer has stay until the next full build; `meta.json` does not
/// name them.
fn update_search(
    live: &Live<'_>,
    docs: impl Iterator<Item = (usize, crate::search::SearchDoc)>,
    said_in: crate::messages::Lang,
) -> std::io::Result<()> {
    let Ok(mut all) = live.search_docs.lock() else {
        return Ok(());
    };
    let mut changed = vec![false; all.len()];
    for (lang, doc) in docs {
        let Some(list) = all.get_mut(lang) else {
            continue;
        };
        match list.binary_search_by(|d| d.url.cmp(&doc.url)) {
            Ok(i) if list[i] == doc => {}
            Ok(i) => {
                list[i] = doc;
                changed[lang] = true;
            }
            Err(i) => {
                list.insert(i, doc);
                changed[lang] = true;
            }
        }
    }
    for (lang, list) in all.iter().enumerate().filter(|&(l, _)| changed[l]) {
        let started = Instant::now();
        let code = &live.inputs.config.languages[lang].code;
        let index = crate::search::build_index(list);
        for (path, bytes) in &index.files {
            let target = live.output.join("search").join(code).join(path);
            if std::fs::read(&target).is_ok_and(|old| &old == bytes) {
                continue;
            }
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent)?;
            }
            write_replacing(&target, bytes)?;
        }
        let msg = Msg::new("serve-search-updated").arg("code", code).arg(
            "ms",
            format!("{:.1}", started.elapsed().as_secs_f64() * 1000.0),
        );
        errln!("{}", msg.text(said_in));
    }
    Ok(())
}

/// Writes `bytes` beside `target` and renames it over, so a reader never sees half a
/// page and files hard-linked to the old one keep their bytes.
fn write_replacing(target: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = target.parent().unwrap_or(Path::new("."));
    let tmp = dir.join(format!(".outreach-{}.tmp", std::process::id()));
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, target).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}
