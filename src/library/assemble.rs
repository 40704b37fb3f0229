//! Building the [`Library`] from the files found: parse front matter, pair translations,
//! place pages in sections, compute every URL and decide what each language shows.

use std::collections::{BTreeMap, HashMap};

use rayon::prelude::*;

use super::meta::{Meta, SortBy};
use super::orphans::Originals;
use super::urls::{path_segments, slug_segment};
use super::{Asset, Body, Entry, EntryId, Kind, Library, Rendition, Variant};

use crate::config::{Config, Missing, YamlContext};
use crate::diagnostics::{Diagnostic, Severity};
use crate::messages::Msg;
use crate::source::{ContentFiles, FileName, Role, SourceFile, split_front_matter};
use crate::text::slugify;
use crate::yaml::{self, Positions};

/// Builds the library; every problem goes to `problems`. `None` only when the site cannot
/// be assembled at all (no home page).
pub fn build(
    config: &Config,
    mut files: ContentFiles,
    include_drafts: bool,
    problems: &mut Vec<Diagnostic>,
) -> Option<Library> {
    let parsed: Vec<(Option<String>, ParsedFile)> = files
        .markdown
        .into_par_iter()
        .map(|file| {
            // An original file: its translations are not orphans if it fails to read.
            let original = file.name.lang.is_none().then(|| file.name.key());
            let parsed = if crate::source::is_record_name(&file.rel) {
                super::record::parse_record(config, file)
            } else {
                let (v, diags) = parse_variant(config, file);
                (v.into_iter().collect(), diags)
            };
            (original, parsed)
        })
        .collect();
    let mut groups: BTreeMap<String, Vec<(FileName, Variant)>> = BTreeMap::new();
    let mut broken_originals: std::collections::HashSet<String> =
        std::mem::take(&mut files.unreadable).into_iter().collect();
    for (original, (variants, diags)) in parsed {
        if let Some(key) = original
            && variants.is_empty()
        {
            broken_originals.insert(key);
        }
        problems.extend(diags);
        for (name, v) in variants {
            groups.entry(name.key()).or_default().push((name, v));
        }
    }

    let originals = Originals::new(&groups);
    let mut entries: Vec<Entry> = Vec::new();
    let mut drafts = Vec::new();
    for (key, group) in groups {
        if broken_originals.contains(&key) {
            // The original's own error is reported; its translations wait for it.
            continue;
        }
        if let Some(entry) = pair_translations(
            config,
            key.clone(),
            group,
            include_drafts,
            &originals,
            problems,
        ) {
            entries.push(entry);
        } else {
            drafts.push(key);
        }
    }

    let by_key: HashMap<String, EntryId> = entries
        .iter()
        .enumerate()
        .map(|(i, e)| (e.key.clone(), i))
        .collect();
    let Some(&root) = by_key.get("_index") else {
        problems.push(Diagnostic::said(
            Severity::Error,
            "content/_index.md",
            Msg::new("home-page-missing"),
        ));
        return None;
    };

    let section_dirs: HashMap<String, EntryId> = entries
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == Kind::Section)
        .map(|(i, e)| (section_dir(&e.key).to_string(), i))
        .collect();
    for (id, entry) in entries.iter_mut().enumerate() {
        if id == root {
            continue;
        }
        let dir = entry_dir(entry);
        let start = if entry.kind == Kind::Section {
            parent_dir(dir)
        } else {
            Some(dir)
        };
        entry.parent = Some(nearest_section(start, &section_dirs).unwrap_or(root));
    }

    compute_urls(config, &mut entries, root, problems);
    decide_renditions(config, &mut entries, root);
    super::clashes::check_url_clashes(config, &entries, problems);
    link_children(&mut entries);

    let mut library = Library {
        entries,
        root,
        loose_assets: Vec::new(),
        statics: std::mem::take(&mut files.statics),
        by_key,
        drafts,
        unreadable: broken_originals,
        addresses: std::sync::OnceLock::new(),
    };
    place_assets(config, &mut library, files.assets, &section_dirs, problems);
    check_images(&library, problems);
    Some(library)
}

/// A page's `image:` (its picture in link previews) names a file that is there, in the
/// exact case: a missing one would silently drop the preview.
fn check_images(library: &Library, problems: &mut Vec<Diagnostic>) {
    for entry in &library.entries {
        for variant in &entry.variants {
            let Some(image) = variant.raw.get("image").and_then(serde_yaml::Value::as_str) else {
                continue;
            };
            let image = image.trim();
            if image.is_empty() || crate::text::url::scheme(image).is_some() {
                continue;
            }
            let ctx = YamlContext {
                path: &variant.file.display,
                text: &variant.file.text,
                positions: &variant.positions,
            };
            let decoded = crate::text::decoded_name(image);
            if let Some(site_path) = decoded.strip_prefix('/') {
                if !library.has_address(site_path) {
                    problems.push(ctx.said_at_value(
                        "image",
                        Msg::new("page-image-not-in-site").arg("image", image),
                    ));
                }
                continue;
            }
            let name = decoded.trim_start_matches("./");
            if entry.assets.iter().any(|a| a.name == name) {
                continue;
            }
            let names: Vec<&str> = entry.assets.iter().map(|a| a.name.as_str()).collect();
            let lower = name.to_lowercase();
            let (near, near_name) = match names.iter().find(|n| n.to_lowercase() == lower) {
                Some(n) => ("case", n.to_string()),
                None => match crate::suggest::did_you_mean(name, names.iter().copied()) {
                    Some(n) => ("other", n.to_string()),
                    None => ("none", String::new()),
                },
            };
            problems.push(
                ctx.said_at_value(
                    "image",
                    Msg::new("page-image-not-beside")
                        .arg("name", name)
                        .arg("near", near)
                        .arg("near_name", near_name),
                ),
            );
        }
    }
}

/// A file's variants (a Markdown file has one, a record one per language) and problems.
type ParsedFile = (Vec<(FileName, Variant)>, Vec<Diagnostic>);

/// Reads one Markdown file's front matter; `None` when the file cannot be used.
fn parse_variant(
    config: &Config,
    file: SourceFile,
) -> (Option<(FileName, Variant)>, Vec<Diagnostic>) {
    let mut problems = Vec::new();
    let lang = match &file.name.lang {
        Some(code) => config
            .languages
            .iter()
            .position(|l| &l.code == code)
            .unwrap_or(0),
        None => 0,
    };
    // A translation saved empty would publish a blank page: show the original instead.
    if lang != 0 && file.text.trim().is_empty() {
        problems.push(Diagnostic::said(
            Severity::Warning,
            &file.display,
            Msg::new("translation-empty")
                .arg("language", &config.languages[lang].name)
                .arg("default", &config.languages[0].name),
        ));
        return (None, problems);
    }
    let fm = match split_front_matter(&file.text) {
        Ok(fm) => fm,
        Err(_) => {
            problems.push(
                Diagnostic::said(
                    Severity::Error,
                    &file.display,
                    Msg::new("front-matter-unclosed"),
                )
                .at(&file.text, 1, 1),
            );
            return (None, problems);
        }
    };
    let (meta, raw, positions) = match fm.yaml {
        Some(yaml_text) => match yaml::parse(yaml_text, fm.yaml_line, &file.display, &file.text) {
            Ok(mut doc) => {
                let ctx = YamlContext {
                    path: &file.display,
                    text: &file.text,
                    positions: &doc.positions,
                };
                let mut notes = Vec::new();
                crate::text::pasted::clean_yaml(&mut doc.value, "", &mut notes);
                for note in notes {
                    let pos = doc
                        .positions
                        .value(&note.path)
                        .unwrap_or(doc.positions.start());
                    problems.push(
                        Diagnostic::said(
                            crate::diagnostics::Severity::Warning,
                            &file.display,
                            note.msg,
                        )
                        .at(&file.text, pos.line, pos.column),
                    );
                }
                let meta = Meta::from_yaml(&doc.value, &ctx, &mut problems);
                let raw = match doc.value {
                    serde_yaml::Value::Mapping(m) => m,
                    _ => serde_yaml::Mapping::new(),
                };
                (meta, raw, doc.positions)
            }
            Err(d) => {
                problems.push(*d);
                return (None, problems);
            }
        },
        None => (
            Meta::default(),
            serde_yaml::Mapping::new(),
            Positions::default(),
        ),
    };
    let body_start = file.text.len() - fm.body.len();
    let body_line = fm.body_line;
    let name = file.name.clone();
    let summary = crate::markdown::summary_of(&file.text[body_start..]);
    let mut variant = Variant {
        lang,
        file,
        meta: std::sync::Arc::new(meta),
        raw,
        positions,
        body: Body::InFile {
            start: body_start,
            line: body_line,
            kept: true,
        },
        localized: Vec::new(),
        summary,
    };
    // A large site need not hold every text: the body is read again when it is rendered.
    variant.release_body();
    (Some((name, variant)), problems)
}

/// `title:` with nothing after it, in `v`.
fn blank_title(v: &Variant) -> Diagnostic {
    let ctx = crate::config::YamlContext {
        path: &v.file.display,
        text: &v.file.text,
        positions: &v.positions,
    };
    ctx.said_at_key("title", Msg::new("title-empty"))
}

/// Pairs one key's files into an entry. `None` when it has no usable default-language
/// file, or is a draft left out.
fn pair_translations(
    config: &Config,
    key: String,
    group: Vec<(FileName, Variant)>,
    include_drafts: bool,
    originals: &Originals,
    problems: &mut Vec<Diagnostic>,
) -> Option<Entry> {
    let mut by_lang: BTreeMap<usize, (FileName, Variant)> = BTreeMap::new();
    for (name, variant) in group {
        if let Some((_, first)) = by_lang.get(&variant.lang) {
            problems.push(Diagnostic::said(
                Severity::Error,
                &variant.file.display,
                Msg::new("page-version-twice")
                    .arg("other", first.file.display.display().to_string())
                    .arg("language", &config.languages[variant.lang].name),
            ));
            continue;
        }
        by_lang.insert(variant.lang, (name, variant));
    }
    let Some((_, source)) = by_lang.get(&0) else {
        for (name, v) in by_lang.values() {
            problems.push(originals.orphan(config, name, v));
        }
        return None;
    };
    if source.meta.draft == Some(true) && !include_drafts {
        return None;
    }
    // A title written with the wrong kind of value was reported where it is written.
    if source.meta.title_blank {
        problems.push(blank_title(source));
    } else if source.meta.title.is_none() && source.positions.get("title").is_none() {
        let case = if crate::source::is_record_name(&source.file.rel) {
            "record"
        } else if source.file.text.starts_with("---") {
            "page"
        } else {
            "no-front-matter"
        };
        problems.push(
            Diagnostic::said(
                Severity::Error,
                &source.file.display,
                Msg::new("page-no-title").arg("case", case),
            )
            .at(&source.file.text, 1, 1),
        );
    }

    let source_meta = source.meta.clone();
    let role = by_lang[&0].0.role;
    let mut variants = Vec::new();
    for (lang, (name, mut v)) in by_lang {
        if name.role != role {
            problems.push(Diagnostic::said(
                Severity::Error,
                &v.file.display,
                Msg::new("page-kinds-differ"),
            ));
            continue;
        }
        if lang != 0 {
            if v.meta.draft == Some(true) && !include_drafts {
                continue;
            }
            if v.meta.title_blank {
                problems.push(blank_title(&v));
            }
            v.meta = std::sync::Arc::new(v.meta.inherit_from(&source_meta));
        }
        variants.push(v);
    }
    let kind = if role == Role::Section {
        Kind::Section
    } else {
        Kind::Page
    };
    let n = config.languages.len();
    Some(Entry {
        key,
        kind,
        role,
        parent: None,
        variants,
        renditions: vec![None; n],
        urls: vec![String::new(); n],
        pages: Vec::new(),
        subsections: Vec::new(),
        assets: Vec::new(),
        title_key: std::sync::OnceLock::new(),
    })
}

fn section_dir(key: &str) -> &str {
    key.strip_suffix("/_index")
        .unwrap_or(if key == "_index" { "" } else { key })
}

/// The folder an entry's URL builds on: a section's own, a page's parent's.
fn entry_dir(e: &Entry) -> &str {
    match e.kind {
        Kind::Section => section_dir(&e.key),
        Kind::Page => e.key.rsplit_once('/').map_or("", |(d, _)| d),
    }
}

fn parent_dir(dir: &str) -> Option<&str> {
    if dir.is_empty() {
        None
    } else {
        Some(dir.rsplit_once('/').map_or("", |(d, _)| d))
    }
}

fn nearest_section(mut dir: Option<&str>, sections: &HashMap<String, EntryId>) -> Option<EntryId> {
    while let Some(d) = dir {
        if let Some(&id) = sections.get(d) {
            return Some(id);
        }
        dir = parent_dir(d);
    }
    None
}

/// The slug-or-path part of an entry's URL in one language, from its merged front matter.
fn own_segment(
    e: &Entry,
    meta: &Meta,
    variant: &Variant,
    problems: &mut Vec<Diagnostic>,
) -> Segment {
    let ctx = YamlContext {
        path: &variant.file.display,
        text: &variant.file.text,
        positions: &variant.positions,
    };
    if let Some(path) = &meta.path {
        match path_segments(path) {
            Ok(p) => return Segment::Path(p),
            Err(refused) if variant.positions.get("path").is_some() => problems
                .push(ctx.said_at_value("path", refused.arg("field", "path").arg("value", path))),
            Err(_) => {}
        }
    }
    if let Some(slug) = &meta.slug {
        match slug_segment(slug) {
            Ok(s) => return Segment::Slug(s),
            Err(refused) if variant.positions.get("slug").is_some() => problems
                .push(ctx.said_at_value("slug", refused.arg("field", "slug").arg("value", slug))),
            Err(_) => {}
        }
    }
    let name = e.key.strip_suffix("/_index").unwrap_or(&e.key);
    let last = name.rsplit_once('/').map_or(name, |(_, l)| l);
    Segment::Slug(slugify(last))
}

enum Segment {
    Slug(String),
    Path(String),
}

fn compute_urls(
    config: &Config,
    entries: &mut [Entry],
    root: EntryId,
    problems: &mut Vec<Diagnostic>,
) {
    // Parents before children: order by folder depth.
    let mut order: Vec<EntryId> = (0..entries.len()).collect();
    order.sort_by_key(|&id| {
        (
            entries[id].key.matches('/').count(),
            entries[id].kind == Kind::Page,
        )
    });
    for id in order {
        for (lang_idx, lang) in config.languages.iter().enumerate() {
            let e = &entries[id];
            let url = if id == root {
                format!("{}/", lang.prefix)
            } else {
                // The variant whose own slug problems are reported: this language's, or the default.
                let variant = e.variant_for(lang_idx).unwrap_or(e.default_variant());
                let meta = &variant.meta;
                // A bad slug is reported by the file that wrote it (repeats are deduplicated).
                let segment = own_segment(e, meta, variant, problems);
                match segment {
                    Segment::Path(p) => format!("{}/{p}/", lang.prefix),
                    Segment::Slug(s) => {
                        let parent = e.parent.unwrap_or(root);
                        let parent_url = entries[parent].urls[lang_idx].clone();
                        let between = folders_between(&entries[parent].key, &e.key);
                        format!("{parent_url}{between}{s}/")
                    }
                }
            };
            entries[id].urls[lang_idx] = url;
        }
    }
}

/// Folders without `_index.md` between a section and an entry, slugified (`2018/`).
fn folders_between(section_key: &str, entry_key: &str) -> String {
    let section = section_dir(section_key);
    let entry_parent = entry_key
        .strip_suffix("/_index")
        .unwrap_or(entry_key)
        .rsplit_once('/')
        .map_or("", |(d, _)| d);
    let rest = if section.is_empty() {
        entry_parent
    } else {
        entry_parent
            .strip_prefix(section)
            .map(|r| r.trim_start_matches('/'))
            .unwrap_or("")
    };
    rest.split('/')
        .filter(|s| !s.is_empty())
        .map(|s| format!("{}/", slugify(s)))
        .collect()
}

fn decide_renditions(config: &Config, entries: &mut [Entry], root: EntryId) {
    for (id, e) in entries.iter_mut().enumerate() {
        for (lang_idx, lang) in config.languages.iter().enumerate() {
            let own = e.variants.iter().position(|v| v.lang == lang_idx);
            let chosen = match own {
                Some(i) => Some((i, false)),
                None if lang.missing == Missing::Fallback || id == root => Some((0, true)),
                None => None,
            };
            e.renditions[lang_idx] = chosen.map(|(variant, fallback)| Rendition {
                variant,
                fallback,
                meta: e.variants[variant].meta.clone(),
                url: e.urls[lang_idx].clone(),
            });
        }
    }
}

fn link_children(entries: &mut [Entry]) {
    let mut pages: HashMap<EntryId, Vec<EntryId>> = HashMap::new();
    let mut subsections: HashMap<EntryId, Vec<EntryId>> = HashMap::new();
    for (id, e) in entries.iter().enumerate() {
        if let Some(p) = e.parent {
            match e.kind {
                Kind::Page => pages.entry(p).or_default().push(id),
                Kind::Section => subsections.entry(p).or_default().push(id),
            }
        }
    }
    for (section, mut ids) in pages {
        let sort_by = entries[section].default_meta().sort_by.unwrap_or_default();
        ids.sort_by(|&a, &b| compare(&entries[a], &entries[b], sort_by));
        entries[section].pages = ids;
    }
    for (section, mut ids) in subsections {
        ids.sort_by(|&a, &b| compare(&entries[a], &entries[b], SortBy::Weight));
        entries[section].subsections = ids;
    }
}

/// The order of pages in a listing. Ties fall back to title then key, so it is total.
pub fn compare(a: &Entry, b: &Entry, sort_by: SortBy) -> std::cmp::Ordering {
    let (ma, mb) = (a.default_meta(), b.default_meta());
    let by_title = || {
        a.title_key()
            .cmp(b.title_key())
            .then_with(|| a.key.cmp(&b.key))
    };
    let newest_first = || match (ma.date, mb.date) {
        (Some(x), Some(y)) => y.cmp(&x),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    };
    match sort_by {
        SortBy::Weight => {
            let w = |m: &Meta| m.weight.unwrap_or(i64::MAX);
            w(ma)
                .cmp(&w(mb))
                .then_with(newest_first)
                .then_with(by_title)
        }
        SortBy::Date => newest_first().then_with(by_title),
        SortBy::Title => by_title(),
    }
}

/// The page each output path belongs to: `/dau-tu/index.html` → the section's rendition.
fn page_paths(library: &Library) -> HashMap<String, (EntryId, usize)> {
    let mut pages = HashMap::new();
    for (id, e) in library.entries.iter().enumerate() {
        for (lang, r) in e.renditions.iter().enumerate() {
            if let Some(r) = r {
                pages.insert(format!("{}index.html", r.url), (id, lang));
            }
        }
    }
    pages
}

/// A file beside the content whose site path is a page's (`content/dau-tu/index.html`
/// beside `content/dau-tu/_index.md`) would replace the page: an error at the file.
fn check_asset_clash(
    config: &Config,
    library: &Library,
    pages: &HashMap<String, (EntryId, usize)>,
    asset: &crate::source::AssetFile,
    url: &str,
    problems: &mut Vec<Diagnostic>,
) {
    let Some(&(id, lang)) = pages.get(url) else {
        return;
    };
    let e = &library.entries[id];
    let Some(r) = e.renditions[lang].as_ref() else {
        return;
    };
    problems.push(Diagnostic::said(
        Severity::Error,
        std::path::Path::new("content").join(&asset.rel),
        Msg::new("asset-at-page-address")
            .arg("url", url)
            .arg("language", &config.languages[lang].name)
            .arg(
                "page",
                e.variants[r.variant].file.display.display().to_string(),
            ),
    ));
}

/// Gives each asset its site path: inside its page bundle, or under its section.
fn place_assets(
    config: &Config,
    library: &mut Library,
    assets: Vec<crate::source::AssetFile>,
    section_dirs: &HashMap<String, EntryId>,
    problems: &mut Vec<Diagnostic>,
) {
    let pages = page_paths(library);
    for asset in assets {
        let dir = asset.rel.rsplit_once('/').map_or("", |(d, _)| d);
        // The deepest page bundle containing the file, if any.
        let mut bundle = None;
        let mut d = Some(dir);
        while let Some(candidate) = d {
            if let Some(&id) = library.by_key.get(candidate)
                && library.entries[id].role == Role::Bundle
            {
                bundle = Some((id, candidate.to_string()));
                break;
            }
            d = parent_dir(candidate);
        }
        if let Some((id, bundle_dir)) = bundle {
            let name = asset.rel[bundle_dir.len() + 1..].to_string();
            let url = format!("{}{}", library.entries[id].urls[0], name);
            check_asset_clash(config, library, &pages, &asset, &url, problems);
            library.entries[id].assets.push(Asset {
                source: asset.abs,
                url,
                name,
            });
            continue;
        }
        let section = nearest_section(Some(dir), section_dirs).unwrap_or(library.root);
        let section_dir = section_dir(&library.entries[section].key).to_string();
        let name = if section_dir.is_empty() {
            asset.rel.clone()
        } else {
            asset.rel[section_dir.len() + 1..].to_string()
        };
        let url = format!("{}{}", library.entries[section].urls[0], name);
        check_asset_clash(config, library, &pages, &asset, &url, problems);
        library.loose_assets.push(Asset {
            source: asset.abs,
            url,
            name,
        });
    }
}
