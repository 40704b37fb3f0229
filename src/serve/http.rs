//! The preview's answers: files from the built site with the right MIME types,
//! `index.html` for folders, the site's 404 page with status 404, the reload script
//! injected into HTML as it is served (never written into the build), and server-sent
//! events that tell open tabs to reload or show an error overlay. How the answers travel
//! (threads, timeouts, the protocol) is `connections.rs`'s part.
//!
//! No request reaches outside the site folder: a path with `..`, an encoded `/` or `\`,
//! a NUL, or one that resolves (through a symlink) outside the folder is refused.

use std::io::Write;
use std::path::{Component, Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::Duration;

use super::State;
use super::connections::Request;
use crate::messages::{Lang, Msg};

/// The path of the event stream; it cannot clash with a site path (those never start `__`).
pub const EVENTS_PATH: &str = "/__outreach/events";

/// What a request gets.
pub enum Answer {
    /// A file, a 404 page or a refusal.
    Page(Response),
    /// The event stream of an open tab, which stays open.
    Events,
}

/// An answer with its status, headers and whole body.
pub struct Response {
    pub status: u16,
    pub headers: Vec<(&'static str, String)>,
    pub body: Vec<u8>,
}

/// Answers one request.
pub fn answer(request: &Request, state: &State) -> Answer {
    let raw = request.target.as_str();
    if raw.split('?').next() == Some(EVENTS_PATH) {
        return Answer::Events;
    }
    let base = state.base_path.as_str();
    let raw = match raw.strip_prefix(base) {
        _ if base.is_empty() => raw,
        Some(rest) if rest.starts_with('/') => rest,
        // `/` and `/repo` lead to the site's home at `/repo/`.
        _ if raw == "/" || raw.split(['?', '#']).next() == Some(base) => {
            return Answer::Page(Response {
                status: 302,
                headers: vec![("Location", format!("{base}/"))],
                body: Vec::new(),
            });
        }
        _ => {
            return Answer::Page(said_response(404, "outside-base", base, state.lang));
        }
    };
    Answer::Page(match safe_path(raw) {
        None => said_response(400, "bad-address", "", state.lang),
        Some(rel) => serve_file(&state.site_dir(), &rel, state),
    })
}

/// A plain-text answer: the catalogue's `serve-answer` of `case` in `lang` (`base`, the
/// path the site is served under, for the case that names it).
pub fn said_response(status: u16, case: &str, base: &str, lang: Lang) -> Response {
    let msg = Msg::new("serve-answer").arg("case", case).arg("base", base);
    text_response(status, &format!("{}\n", msg.text(lang)))
}

fn text_response(status: u16, text: &str) -> Response {
    Response {
        status,
        headers: vec![("Content-Type", "text/plain; charset=utf-8".to_string())],
        body: text.as_bytes().to_vec(),
    }
}

/// The path of the request inside the site, with every escape refused: `None` for a
/// path that tries to leave the folder or is not one at all.
pub fn safe_path(raw: &str) -> Option<String> {
    let path = raw.split(['?', '#']).next().unwrap_or_default();
    if !path.starts_with('/') || path.starts_with("//") {
        return None;
    }
    let lower = path.to_ascii_lowercase();
    // An encoded separator or NUL is never part of a site path.
    if ["%2f", "%5c", "%00"].iter().any(|e| lower.contains(e)) || path.contains('\\') {
        return None;
    }
    let decoded = crate::text::percent_decode(path)?;
    if decoded.contains('\0') || decoded.contains('\\') {
        return None;
    }
    let mut parts = Vec::new();
    for part in decoded.split('/') {
        match part {
            "" | "." => {}
            ".." => return None,
            p => parts.push(p),
        }
    }
    let mut rel = parts.join("/");
    if decoded.ends_with('/') || rel.is_empty() {
        if !rel.is_empty() {
            rel.push('/');
        }
        rel.push_str("index.html");
    }
    Some(rel)
}

/// The file for `rel` if it lies inside `root` once symlinks are resolved.
fn resolve_inside(root: &Path, rel: &str) -> Option<PathBuf> {
    let candidate = root.join(rel);
    if candidate
        .components()
        .any(|c| matches!(c, Component::ParentDir))
    {
        return None;
    }
    let real = std::fs::canonicalize(&candidate).ok()?;
    let real_root = std::fs::canonicalize(root).ok()?;
    (real.starts_with(&real_root) && real.is_file()).then_some(real)
}

fn serve_file(root: &Path, rel: &str, state: &State) -> Response {
    // `/dau-tu` (no slash) is the folder `/dau-tu/`.
    let found = resolve_inside(root, rel)
        .map(|p| (p, rel.to_string()))
        .or_else(|| {
            let as_dir = format!("{}/index.html", rel.trim_end_matches('/'));
            (!rel.ends_with(".html"))
                .then(|| resolve_inside(root, &as_dir).map(|p| (p, as_dir)))
                .flatten()
        });
    match found {
        Some((path, rel)) => match std::fs::read(&path) {
            Ok(bytes) => file_response(&rel, bytes, 200, state),
            Err(_) => said_response(500, "unreadable", "", state.lang),
        },
        None => not_found(root, rel, state),
    }
}

/// The site's own 404 page in the language of the address, with status 404.
fn not_found(root: &Path, rel: &str, state: &State) -> Response {
    let lang_page = rel
        .split('/')
        .next()
        .map(|first| format!("{first}/404.html"))
        .and_then(|p| resolve_inside(root, &p));
    match lang_page.or_else(|| resolve_inside(root, "404.html")) {
        Some(page) => match std::fs::read(page) {
            Ok(bytes) => file_response("404.html", bytes, 404, state),
            Err(_) => said_response(404, "not-found", "", state.lang),
        },
        None => said_response(404, "not-found", "", state.lang),
    }
}

fn file_response(rel: &str, bytes: Vec<u8>, status: u16, state: &State) -> Response {
    let mime = mime_guess::from_path(rel).first_or_octet_stream();
    let is_html = mime.essence_str() == "text/html";
    let content_type = if mime.type_() == "text"
        || mime.essence_str().ends_with("+xml")
        || mime.essence_str() == "application/json"
    {
        format!("{}; charset=utf-8", mime.essence_str())
    } else {
        mime.essence_str().to_string()
    };
    let body = if is_html { inject(bytes, state) } else { bytes };
    Response {
        status,
        headers: vec![
            ("Content-Type", content_type),
            ("Cache-Control", "no-store".to_string()),
        ],
        body,
    }
}

/// Adds the live-reload script (and the current error, if any) before `</body>`.
fn inject(bytes: Vec<u8>, state: &State) -> Vec<u8> {
    let Ok(html) = String::from_utf8(bytes) else {
        return Vec::new();
    };
    let script = reload_script(state.current_error().as_deref(), state.lang);
    match html.rfind("</body>") {
        Some(i) => format!("{}{script}{}", &html[..i], &html[i..]).into_bytes(),
        None => format!("{html}{script}").into_bytes(),
    }
}

/// A JSON string literal safe inside a `<script>` element.
fn js_string(s: &str) -> String {
    serde_json::to_string(s)
        .unwrap_or_else(|_| "\"\"".into())
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// The script every served page gets: reload on `reload`, overlay on `problems`, its
/// heading in `lang`.
pub fn reload_script(error: Option<&str>, lang: Lang) -> String {
    let initial = error.map(js_string).unwrap_or_else(|| "null".into());
    let heading = js_string(&format!("{}\n\n", Msg::new("serve-overlay").text(lang)));
    format!(
        r#"<script data-outreach-live-reload>
(function () {{
  var overlay = null;
  function show(text) {{
    if (!overlay) {{
      overlay = document.createElement("div");
      overlay.id = "outreach-error-overlay";
      overlay.setAttribute("role", "alert");
      overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;background:rgba(20,20,20,.92);color:#fff;overflow:auto;padding:1.5rem;font:14px/1.5 ui-monospace,monospace;white-space:pre-wrap";
      document.body.appendChild(overlay);
    }}
    overlay.textContent = {heading} + text;
  }}
  var initial = {initial};
  if (initial) show(initial);
  var events = new EventSource("{EVENTS_PATH}");
  events.addEventListener("reload", function () {{ location.reload(); }});
  events.addEventListener("problems", function (e) {{ show(JSON.parse(e.data)); }});
}})();
</script>
"#
    )
}

/// Keeps an event stream open, sending each event the state broadcasts, until the tab
/// closes (a write fails or times out).
pub fn stream_events(mut writer: impl Write, state: &State) {
    let receiver: Receiver<String> = state.subscribe();
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n: outreach live reload\n\n";
    if writer
        .write_all(head.as_bytes())
        .and_then(|_| writer.flush())
        .is_err()
    {
        return;
    }
    loop {
        let message = match receiver.recv_timeout(Duration::from_secs(15)) {
            Ok(m) => m,
            // A comment line keeps proxies from closing the stream and finds closed tabs.
            Err(RecvTimeoutError::Timeout) => ": ping\n\n".to_string(),
            Err(RecvTimeoutError::Disconnected) => return,
        };
        if writer
            .write_all(message.as_bytes())
            .and_then(|_| writer.flush())
            .is_err()
        {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_way_out_of_the_folder_is_refused() {
        for bad in [
            "/../etc/passwd",
            "/a/../../etc/passwd",
            "/%2e%2e/etc/passwd",
            "/%2E%2E/%2E%2E/etc/passwd",
            "/a%2f..%2f..%2fetc",
            "/a%5c..%5cetc",
            "//etc/passwd",
            "/a\\..\\b",
            "/a%00.html",
            "etc/passwd",
            "/%zz",
        ] {
            assert_eq!(safe_path(bad), None, "{bad}");
        }
    }

    #[test]
    fn site_paths_map_to_files() {
        assert_eq!(safe_path("/").as_deref(), Some("index.html"));
        assert_eq!(
            safe_path("/en/investment/").as_deref(),
            Some("en/investment/index.html")
        );
        assert_eq!(safe_path("/style.css?v=1").as_deref(), Some("style.css"));
        assert_eq!(safe_path("/d%E1%BA%A7u").as_deref(), Some("dầu"));
    }

    #[test]
    fn the_error_text_cannot_close_the_script() {
        let s = reload_script(Some("</script><b>x</b>"), Lang::En);
        assert!(!s.contains("</script><b>"));
        assert!(s.contains("\\u003c/script\\u003e"));
    }
}
