//! `outreach check`: every `href`, `src` and `action` in the rendered site must lead
//! somewhere that exists — a page, a file, or an id on a page — and, on a site published
//! under a path (`https://owner.github.io/repo/`), must stay under that path. Pages are
//! scanned as they are rendered; the verdict comes once the whole site is known.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::Mutex;

use crate::diagnostics::{Diagnostic, Severity};
use crate::messages::Msg;
use crate::render::Sink;

/// A rendered page's outgoing links and its ids.
struct PageLinks {
    path: String,
    links: Vec<String>,
    ids: HashSet<String>,
}

/// A sink that remembers every file and the links of every HTML page, then passes the
/// bytes on.
pub struct LinkCheckSink<'a> {
    inner: &'a dyn Sink,
    /// site.yaml's `base_url` and its path (`/repo`, or empty), which every root-relative
    /// link must start with.
    base_url: &'a str,
    base_path: &'a str,
    files: Mutex<HashSet<String>>,
    pages: Mutex<Vec<PageLinks>>,
}

impl<'a> LinkCheckSink<'a> {
    pub fn new(inner: &'a dyn Sink, base_url: &'a str, base_path: &'a str) -> Self {
        LinkCheckSink {
            inner,
            base_url,
            base_path,
            files: Mutex::new(HashSet::new()),
            pages: Mutex::new(Vec::new()),
        }
    }

    /// Problems with links, placed in the source file of the page that has them.
    /// `sources` maps an output path to the file it was made from.
    pub fn verify(
        self,
        sources: &HashMap<String, PathBuf>,
        files_on_disk: &HashMap<PathBuf, PathBuf>,
    ) -> Vec<Diagnostic> {
        // A source's text is read only when one of its pages has a broken link.
        let mut texts: HashMap<PathBuf, Option<String>> = HashMap::new();
        let (base_url, base_path) = (self.base_url, self.base_path);
        let files = self.files.into_inner().unwrap_or_default();
        let mut pages = self.pages.into_inner().unwrap_or_default();
        pages.sort_by(|a, b| a.path.cmp(&b.path));
        let ids: HashMap<&str, &HashSet<String>> =
            pages.iter().map(|p| (p.path.as_str(), &p.ids)).collect();
        let mut out: Vec<Diagnostic> = Vec::new();
        // One mistake in a source shown on several pages (a fallback translation renders the
        // original's text) is one error: the place and link, then the index of its report.
        let mut reported: HashMap<(PathBuf, usize, usize, String), usize> = HashMap::new();
        for page in &pages {
            let mut seen = HashSet::new();
            for link in &page.links {
                if !seen.insert(link) {
                    continue;
                }
                // The link as the author wrote it: `/đầu-tư/`, not `/%C4%91%E1%BA%A7u-t%C6%B0/`.
                let written = percent_decode(link);
                let (site_link, escape) = match under_base_path(base_path, link) {
                    Some(inside) => (inside, false),
                    None => (link.as_str(), true),
                };
                let Some((target, fragment)) = resolve(&page.path, site_link) else {
                    continue;
                };
                let problem = if escape {
                    Some(
                        Msg::new("check-leaves-site")
                            .arg("base_path", base_path)
                            .arg("base_url", base_url)
                            .arg("raw", link.as_str()),
                    )
                } else if !files.contains(&target) {
                    Some(Msg::new("check-not-in-site"))
                } else if let Some(f) = fragment.filter(|f| !f.is_empty()) {
                    match ids.get(target.as_str()) {
                        Some(page_ids) if !page_ids.contains(&f) => {
                            Some(Msg::new("check-no-id").arg("id", f))
                        }
                        _ => None,
                    }
                } else {
                    None
                };
                let Some(msg) = problem else {
                    continue;
                };
                let source = sources
                    .get(&page.path)
                    .cloned()
                    .unwrap_or_else(|| PathBuf::from(&page.path));
                let url = format!("{}/{}", base_path, page.path.trim_end_matches("index.html"));
                let msg = msg.arg("page", &url).arg("link", &written);
                let mut d = Diagnostic::said(Severity::Error, &source, msg);
                let text = texts.entry(source.clone()).or_insert_with(|| {
                    files_on_disk
                        .get(&source)
                        .and_then(|abs| std::fs::read_to_string(abs).ok())
                        .map(crate::text::normalize_source_owned)
                });
                match text.as_ref().and_then(|t| {
                    // A link the author wrote as a site path (`/a/`) is rendered
                    // under the base path (`/repo/a/`).
                    locate(t, link, &written)
                        .or_else(|| {
                            (site_link != link)
                                .then(|| locate(t, site_link, &percent_decode(site_link)))
                                .flatten()
                        })
                        .map(|i| (t, i))
                }) {
                    Some((text, i)) => {
                        let (line, column) = crate::diagnostics::line_col(text, i);
                        let key = (source.clone(), line, column, link.clone());
                        if let Some(&first) = reported.get(&key) {
                            out[first]
                                .notes
                                .push(format!("the page `{url}` shows the same link"));
                            continue;
                        }
                        reported.insert(key, out.len());
                        d = d.at(text, line, column);
                    }
                    // An `@/page.md#anchor` link: the build's anchor check has reported it.
                    None if fragment_written_as_at_link(text.as_deref(), link) => continue,
                    None => d = d.note_said(crate::messages::Msg::new("note-link-from-theme")),
                }
                out.push(d);
            }
        }
        out
    }
    fn record(&self, path: &str, bytes: &[u8]) {
        self.files.lock().expect("lock").insert(path.to_string());
        if path.ends_with(".html")
            && let Ok(html) = std::str::from_utf8(bytes)
        {
            let (links, ids) = scan(html);
            self.pages.lock().expect("lock").push(PageLinks {
                path: path.to_string(),
                links,
                ids,
            });
        }
    }
}

impl Sink for LinkCheckSink<'_> {
    fn write(&self, path: &str, bytes: &[u8]) -> anyhow::Result<()> {
        self.record(path, bytes);
        self.inner.write(path, bytes)
    }

    fn copy(&self, path: &str, source: &std::path::Path) -> anyhow::Result<()> {
        self.files.lock().expect("lock").insert(path.to_string());
        self.inner.copy(path, source)
    }
}

/// A root-relative `link` without the base path (`/repo/a/` → `/a/`); any other link
/// as it is. `None` for a root-relative link outside the base path.
fn under_base_path<'l>(base_path: &str, link: &'l str) -> Option<&'l str> {
    if base_path.is_empty() || !link.starts_with('/') || link.starts_with("//") {
        return Some(link);
    }
    match link.strip_prefix(base_path) {
        Some(rest) if rest.starts_with('/') => Some(rest),
        Some(rest) if rest.is_empty() || rest.starts_with(['#', '?']) => Some("/"),
        _ => None,
    }
}

/// The values of `href`, `src`, `action` and `id` attributes in `html`, read as a browser
/// reads them (any quoting, character references decoded; text and `<script>` skipped).
fn scan(html: &str) -> (Vec<String>, HashSet<String>) {
    let mut links = Vec::new();
    let mut ids = HashSet::new();
    crate::text::html::for_each_attribute(html, |name, value| match name {
        b"href" | b"src" | b"action" => links.push(String::from_utf8_lossy(value).into_owned()),
        b"id" => {
            ids.insert(String::from_utf8_lossy(value).into_owned());
        }
        _ => {}
    });
    (links, ids)
}

/// Whether the source has an `@/…#fragment` link whose fragment is `link`'s: such links
/// are checked by the build itself (with the target's file and headings named).
fn fragment_written_as_at_link(text: Option<&str>, link: &str) -> bool {
    let (Some(text), Some((_, fragment))) = (text, link.split_once('#')) else {
        return false;
    };
    !fragment.is_empty()
        && text.match_indices(&format!("#{fragment})")).any(|(i, _)| {
            text[..i]
                .rfind("](@/")
                .is_some_and(|s| !text[s..i].contains(' '))
        })
}

/// Where in a source `text` the link `link` (as rendered; `written` is it percent-decoded)
/// is written: the first place it stands as a link destination (`](…)`, `](<…>)`, `[…]: …`,
/// `href="…"`, `src='…'`), else the first place it occurs at all. The rendered link is
/// percent-encoded where the author wrote `/đầu-tư/` or a space, so both spellings are tried.
fn locate(text: &str, link: &str, written: &str) -> Option<usize> {
    let spellings: Vec<&str> = if written == link {
        vec![link]
    } else {
        vec![written, link]
    };
    let as_destination = |at: usize| {
        let before = text[..at].trim_end_matches(' ');
        ["](", "](<", "]:", "=\"", "='", "=", "<"]
            .iter()
            .any(|p| before.ends_with(p))
    };
    spellings
        .iter()
        .flat_map(|s| text.match_indices(s).map(|(i, _)| i))
        .filter(|&i| as_destination(i))
        .min()
        .or_else(|| spellings.iter().find_map(|s| text.find(s)))
}

/// The output file a link on `page` leads to, and its fragment; `None` for links that
/// leave the site (other schemes, other hosts).
fn resolve(page: &str, link: &str) -> Option<(String, Option<String>)> {
    if link.is_empty()
        || link.contains("://")
        || link.starts_with("//")
        || ["mailto:", "tel:", "data:", "javascript:"]
            .iter()
            .any(|p| link.starts_with(p))
    {
        return None;
    }
    let (before_fragment, fragment) = match link.split_once('#') {
        Some((b, f)) => (b, Some(f.to_string())),
        None => (link, None),
    };
    let path = before_fragment.split('?').next().unwrap_or_default();
    let page_dir = page.rsplit_once('/').map_or("", |(d, _)| d);
    let joined = if path.is_empty() {
        page.to_string()
    } else if let Some(abs) = path.strip_prefix('/') {
        abs.to_string()
    } else if page_dir.is_empty() {
        path.to_string()
    } else {
        format!("{page_dir}/{path}")
    };
    let mut parts: Vec<&str> = Vec::new();
    for part in joined.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    let mut target = parts.join("/");
    if joined.ends_with('/') || joined.is_empty() {
        target = if target.is_empty() {
            "index.html".into()
        } else {
            format!("{target}/index.html")
        };
    }
    Some((percent_decode(&target), fragment))
}

fn percent_decode(s: &str) -> String {
    crate::text::percent_decode(s).map_or_else(|| s.to_string(), |d| d.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_resolve_to_output_files() {
        assert_eq!(
            resolve("en/a/index.html", "/en/b/"),
            Some(("en/b/index.html".into(), None))
        );
        assert_eq!(
            resolve("en/a/index.html", "so-do.svg"),
            Some(("en/a/so-do.svg".into(), None))
        );
        assert_eq!(
            resolve("en/a/index.html", "../b/#x"),
            Some(("en/b/index.html".into(), Some("x".into())))
        );
        assert_eq!(
            resolve("index.html", "#top"),
            Some(("index.html".into(), Some("top".into())))
        );
        assert_eq!(resolve("index.html", "https://x.org/"), None);
        assert_eq!(resolve("index.html", "mailto:a@b.c"), None);
    }

    #[test]
    fn a_link_is_located_where_it_is_a_destination_not_where_prose_mentions_it() {
        let text = "Tệp data.png và /khong-co/.\n\n[ảnh](a.png) [x](/khong-co/)\n";
        let at = |link: &str| locate(text, link, &percent_decode(link)).map(|i| &text[i..]);
        assert!(at("a.png").unwrap().starts_with("a.png)"));
        assert!(at("/khong-co/").unwrap().starts_with("/khong-co/)"));
        let html = "Xem <a href='/x/'>x</a> và <img src=\"/y.png\">";
        assert!(locate(html, "/y.png", "/y.png").is_some_and(|i| html[..i].ends_with("src=\"")));
        // Only mentioned in prose: still the best place there is.
        assert_eq!(locate("xem /z/ nhé", "/z/", "/z/"), Some(4));
        assert_eq!(locate("không có", "/z/", "/z/"), None);
    }

    #[test]
    fn a_percent_encoded_link_is_found_as_the_author_wrote_it() {
        let text = "Xem [trang cũ](/đầu-tư/cũ/) và [tài liệu](</tai lieu/>).";
        let link = "/%C4%91%E1%BA%A7u-t%C6%B0/c%C5%A9/";
        assert_eq!(percent_decode(link), "/đầu-tư/cũ/");
        let i = locate(text, link, &percent_decode(link)).expect("found");
        assert!(text[i..].starts_with("/đầu-tư/cũ/"));
        let i = locate(text, "/tai%20lieu/", "/tai lieu/").expect("found");
        assert!(text[i..].starts_with("/tai lieu/>"));
    }

    #[test]
    fn scanning_finds_links_and_ids() {
        let (links, ids) =
            scan("<a href=\"/a/\" id=\"x\"><img src='b.png' alt=\"c=d\"> <p data-x=\"1\">");
        assert_eq!(links, ["/a/", "b.png"]);
        assert!(ids.contains("x"));
    }

    // An unquoted `href=/b/` was not read (its broken link went unreported), `&#x2F;`
    // stayed encoded, and `href="x"` in a page's text counted as a link.
    #[test]
    fn links_in_any_quoting_with_entities_are_read_and_text_is_not() {
        let (links, ids) = scan(
            "<a href=/b/>b</a><form action='/c/?q=1&amp;r=2'><img src=\"&#x2F;d.png\">\
             <p data-id=\"no\" id=e>href=\"/f/\"</p><script>x.src = '/g.js';</script>",
        );
        assert_eq!(links, ["/b/", "/c/?q=1&r=2", "/d.png"]);
        assert_eq!(ids, HashSet::from(["e".to_string()]));
    }
}
