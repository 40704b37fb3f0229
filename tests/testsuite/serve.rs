//! `outreach serve`: the preview started on a free port in a temporary site, pages
//! fetched, files edited, broken and fixed, and every way out of the folder tried.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rustix::process::Signal;
use wait_timeout::ChildExt;

use crate::harness::Site;

/// How long the preview may take to notice a save and rebuild, on a busy CI machine.
const PATIENCE: Duration = Duration::from_secs(30);

const PAGE: &str = "content/dau-tu/nha-may.md";

fn page(body: &str) -> String {
    format!("---\ntitle: Nhà máy điện mặt trời\n---\nDự án đầu tư.\n\n{body}\n")
}

fn site() -> Site {
    Site::minimal_with(&[
        (PAGE, &page("Nội dung đầu tiên.")),
        (
            "content/dau-tu/nha-may.en.md",
            "---\ntitle: Solar power plant\n---\nAn investment project.\n\nFirst text.\n",
        ),
        (
            "static/logo.svg",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        ),
        ("static/app.webmanifest", "{\"name\": \"Hậu Giang\"}"),
        ("static/fonts/chu.woff2", "wOF2"),
    ])
}

/// A running `outreach serve`, stopped when dropped.
struct Server {
    child: Child,
    port: u16,
    lines: Receiver<String>,
    /// Everything it printed, for failure messages.
    log: Arc<Mutex<Vec<String>>>,
    /// Its temporary folder (`TMPDIR`), where it builds the preview.
    tmp: PathBuf,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

impl Server {
    fn start(site: &Site) -> Server {
        Server::start_with(site, &[])
    }

    /// `outreach serve` with `args` added.
    fn start_with(site: &Site, args: &[&str]) -> Server {
        let tmp = site.path("tmp");
        std::fs::create_dir_all(&tmp).expect("temp folder");
        let port = free_port();
        let mut child = Command::new(env!("CARGO_BIN_EXE_outreach"))
            .env("OUTREACH_LANG", "en")
            .args(["serve", "--port", &port.to_string(), "--root"])
            .arg(site.root())
            .args(args)
            .env("TMPDIR", &tmp)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start outreach serve");
        let (tx, lines) = channel();
        let log = Arc::new(Mutex::new(Vec::new()));
        let stderr = child.stderr.take().expect("stderr");
        let kept = Arc::clone(&log);
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                kept.lock().expect("log").push(line.clone());
                let _ = tx.send(line);
            }
        });
        let server = Server {
            child,
            port,
            lines,
            log,
            tmp,
        };
        server.wait_for_line("serving the site at");
        server
    }

    /// The private folder the preview builds in (inside `tmp`): the one whose marker
    /// names this process.
    fn preview_folder(&self) -> PathBuf {
        let pid = format!("pid: {}\n", self.child.id());
        preview_folders(&self.tmp)
            .into_iter()
            .find(|f| {
                std::fs::read_to_string(f.join(".outreach-serve")).is_ok_and(|m| m.contains(&pid))
            })
            .unwrap_or_else(|| panic!("no preview folder in `{}`", self.tmp.display()))
    }

    fn log(&self) -> String {
        self.log.lock().expect("log").join("\n")
    }

    fn wait_for_line(&self, needle: &str) -> String {
        let deadline = Instant::now() + PATIENCE;
        while let Some(left) = deadline.checked_duration_since(Instant::now()) {
            match self.lines.recv_timeout(left) {
                Ok(line) if line.contains(needle) => return line,
                Ok(_) => {}
                Err(_) => break,
            }
        }
        panic!("serve never printed `{needle}`:\n{}", self.log());
    }

    /// `GET path` exactly as written (no client-side clean-up of `..`), over HTTP/1.0.
    fn get(&self, path: &str) -> Response {
        self.ask("GET", path, PATIENCE)
            .unwrap_or_else(|e| panic!("no answer to `{path}` ({e}):\n{}", self.log()))
    }

    /// `METHOD path` over HTTP/1.0, the answer read within `wait`.
    fn ask(&self, method: &str, path: &str, wait: Duration) -> std::io::Result<Response> {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port))?;
        stream.set_read_timeout(Some(wait))?;
        write!(
            stream,
            "{method} {path} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n"
        )?;
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw)?;
        let text = String::from_utf8_lossy(&raw).into_owned();
        let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
        let status = head
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        Ok(Response {
            status,
            head: head.to_ascii_lowercase(),
            body: body.to_string(),
        })
    }

    /// Sends `signal` and waits for the preview to end, returning how it ended.
    fn stop_with(&mut self, signal: Signal) -> ExitStatus {
        let pid = rustix::process::Pid::from_child(&self.child);
        rustix::process::kill_process(pid, signal).expect("send the signal");
        match self.child.wait_timeout(PATIENCE).expect("wait for serve") {
            Some(status) => status,
            None => panic!("serve did not stop on {signal:?}:\n{}", self.log()),
        }
    }

    /// Asserts that `path` gets status 404 and the site's 404 page in `lang`.
    #[track_caller]
    fn assert_not_found_page(&self, path: &str, lang: &str) {
        let missing = self.get(path);
        assert_eq!(missing.status, 404, "{path}");
        assert!(
            missing.body.contains(&format!("<html lang=\"{lang}\"")),
            "{path}: {}",
            missing.body
        );
    }

    /// Fetches `path` until `ready` holds for it.
    fn wait_for_page(&self, path: &str, what: &str, ready: impl Fn(&Response) -> bool) -> Response {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let r = self.get(path);
            if ready(&r) {
                return r;
            }
            if Instant::now() > deadline {
                panic!(
                    "`{path}` never showed {what}; last answer {}:\n{}\n--- serve said:\n{}",
                    r.status,
                    r.body,
                    self.log()
                );
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Subscribes to the live-reload events, as an open tab does.
    fn events(&self) -> TcpStream {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).expect("connect");
        stream
            .set_read_timeout(Some(PATIENCE))
            .expect("read timeout");
        write!(
            stream,
            "GET /__outreach/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n"
        )
        .expect("subscribe");
        // The response head arrives at once: the subscription is in place after it.
        let mut head = [0u8; 64];
        let n = stream.read(&mut head).expect("the event stream answers");
        assert!(String::from_utf8_lossy(&head[..n]).starts_with("HTTP/1.1 200"));
        stream
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The folders in `tmp` named as preview folders are.
fn preview_folders(tmp: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(tmp)
        .expect("the temporary folder")
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("outreach-serve-")
        })
        .map(|e| e.path())
        .collect();
    found.sort();
    found
}

struct Response {
    status: u16,
    /// The status line and headers, lower-cased.
    head: String,
    body: String,
}

impl Response {
    fn content_type(&self) -> &str {
        self.head
            .lines()
            .find_map(|l| l.strip_prefix("content-type:"))
            .map(str::trim)
            .unwrap_or_default()
    }
}

/// Reads the event stream until `event` arrives.
fn read_event(stream: &mut TcpStream, event: &str) -> String {
    let mut seen = Vec::new();
    let mut buf = [0u8; 4096];
    let needle = format!("event: {event}");
    loop {
        let n = match stream.read(&mut buf) {
            Ok(n) => n,
            Err(e) => panic!(
                "no `{event}` event ({e}); the stream said:\n{}",
                String::from_utf8_lossy(&seen)
            ),
        };
        assert!(n > 0, "the event stream closed");
        seen.extend_from_slice(&buf[..n]);
        let text = String::from_utf8_lossy(&seen);
        if text.contains(&needle) {
            return text.into_owned();
        }
    }
}

#[test]
fn serve_shows_the_site_and_reloads_tabs_after_an_edit() {
    let site = site();
    let server = Server::start(&site);

    let home = server.get("/");
    assert_eq!(home.status, 200, "{}", home.body);
    assert_eq!(home.content_type(), "text/html; charset=utf-8");
    assert!(home.body.contains("data-outreach-live-reload"));
    assert!(home.head.contains("cache-control: no-store"));
    let shown = server.get("/dau-tu/nha-may/");
    assert!(shown.body.contains("Nội dung đầu tiên."), "{}", shown.body);
    // A folder without its slash is the folder.
    assert!(
        server
            .get("/dau-tu/nha-may")
            .body
            .contains("Nội dung đầu tiên.")
    );

    let mut tab = server.events();
    site.write(PAGE, &page("Nội dung đã sửa."));
    read_event(&mut tab, "reload");
    let edited = server.wait_for_page("/dau-tu/nha-may/", "the edit", |r| {
        r.body.contains("Nội dung đã sửa.")
    });
    assert!(!edited.body.contains("Nội dung đầu tiên."));
    // Only the edited page was rendered again.
    server.wait_for_line("rebuilt 1 page in ");
    // An editor that saves by writing a temporary file and renaming it over the page.
    site.write(
        "content/dau-tu/.nha-may.md.swp",
        &page("Lưu bằng cách đổi tên."),
    );
    std::fs::rename(site.path("content/dau-tu/.nha-may.md.swp"), site.path(PAGE))
        .expect("rename over the page");
    read_event(&mut tab, "reload");
    server.wait_for_page("/dau-tu/nha-may/", "the renamed save", |r| {
        r.body.contains("Lưu bằng cách đổi tên.")
    });
    // The English page still shows its own translation.
    assert!(
        server
            .get("/en/investment/nha-may/")
            .body
            .contains("First text.")
    );

    // A new page needs the whole site built again, and appears.
    site.write(
        "content/dau-tu/cang-bien.md",
        "---\ntitle: Cảng biển\n---\nMột cảng mới.\n",
    );
    read_event(&mut tab, "reload");
    server.wait_for_page("/dau-tu/cang-bien/", "the new page", |r| r.status == 200);
    let section = server.get("/dau-tu/");
    assert!(section.body.contains("Cảng biển"), "{}", section.body);

    // The live-reload script is the preview's: a build never has it.
    let built = site.build(&[]).success();
    for (path, html) in built.html_files() {
        assert!(!html.contains("outreach-live-reload"), "{path}");
        assert!(!html.contains("/__outreach/"), "{path}");
    }
}

#[test]
fn a_broken_save_shows_its_error_over_the_last_good_page_until_fixed() {
    let site = site();
    let server = Server::start(&site);
    let mut tab = server.events();

    // Broken front matter: the whole site is checked and not rebuilt.
    site.write(PAGE, "---\ntitle: [Nhà máy\n---\nNội dung hỏng.\n");
    let problems = read_event(&mut tab, "problems");
    assert!(
        problems.contains("content/dau-tu/nha-may.md:2:"),
        "{problems}"
    );
    let shown = server.get("/dau-tu/nha-may/");
    assert_eq!(shown.status, 200);
    assert!(
        shown.body.contains("Nội dung đầu tiên."),
        "the last good page is served"
    );
    assert!(!shown.body.contains("Nội dung hỏng."));
    // A page opened now shows the error at once.
    assert!(
        shown.body.contains("content/dau-tu/nha-may.md:2:"),
        "no overlay text in the page:\n{}",
        shown.body
    );
    // Printed too (the log is read on another thread: wait for the line).
    server.wait_for_line("content/dau-tu/nha-may.md:2:");

    // Fixed: the overlay goes, the new text shows.
    site.write(PAGE, &page("Đã sửa xong."));
    read_event(&mut tab, "reload");
    let fixed = server.wait_for_page("/dau-tu/nha-may/", "the fix", |r| {
        r.body.contains("Đã sửa xong.")
    });
    assert!(fixed.body.contains("var initial = null;"), "{}", fixed.body);

    // A broken link in the text alone (the one-page path) is shown the same way.
    site.write(PAGE, &page("Xem [trang](@/dau-tu/khong-co.md)."));
    let problems = read_event(&mut tab, "problems");
    assert!(
        problems.contains("content/dau-tu/khong-co.md"),
        "{problems}"
    );
    assert!(server.get("/dau-tu/nha-may/").body.contains("Đã sửa xong."));
    site.write(PAGE, &page("Lần cuối."));
    read_event(&mut tab, "reload");
    let last = server.wait_for_page("/dau-tu/nha-may/", "the last fix", |r| {
        r.body.contains("Lần cuối.")
    });
    assert!(last.body.contains("var initial = null;"));
}

#[test]
fn no_request_reaches_outside_the_preview_folder() {
    let site = site();
    site.write("secret.txt", "MẬT-KHẨU-TRONG-THƯ-MỤC-SITE");
    let server = Server::start(&site);
    // A link inside the served folder that points out of it.
    let served = server.preview_folder().join("site");
    assert!(served.join("index.html").is_file(), "{}", served.display());
    std::os::unix::fs::symlink(site.path("secret.txt"), served.join("lo-ra.txt"))
        .expect("link out");
    std::os::unix::fs::symlink(site.root(), served.join("thu-muc-ngoai")).expect("link out");

    for path in [
        "/../secret.txt",
        "/../../secret.txt",
        "/dau-tu/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/%2e%2e/secret.txt",
        "/dau-tu/%2e%2e%2f%2e%2e%2fsecret.txt",
        "/..%2fsecret.txt",
        "/..%5csecret.txt",
        "/..\\secret.txt",
        "//etc/passwd",
        "/%2fetc/passwd",
        "/etc/passwd%00.html",
        &format!("{}", site.path("secret.txt").display()),
        "/lo-ra.txt",
        "/thu-muc-ngoai/secret.txt",
    ] {
        let r = server.get(path);
        assert!(
            r.status == 400 || r.status == 404,
            "`{path}` answered {}",
            r.status
        );
        assert!(
            !r.body.contains("MẬT-KHẨU") && !r.body.contains("root:"),
            "`{path}` leaked a file:\n{}",
            r.body
        );
    }
}

#[test]
fn files_are_served_with_their_types_and_missing_pages_with_the_sites_404() {
    let site = site();
    let server = Server::start(&site);
    for (path, expected) in [
        ("/logo.svg", "image/svg+xml; charset=utf-8"),
        ("/app.webmanifest", "application/manifest+json"),
        ("/fonts/chu.woff2", "font/woff2"),
        ("/style.css", "text/css; charset=utf-8"),
        ("/sitemap.xml", "text/xml; charset=utf-8"),
    ] {
        let r = server.get(path);
        assert_eq!(r.status, 200, "{path}");
        assert_eq!(r.content_type(), expected, "{path}");
    }
    server.assert_not_found_page("/khong-co-trang-nay/", "vi");
    server.assert_not_found_page("/en/no-such-page/", "en");
}

#[test]
fn a_site_published_under_a_path_is_previewed_under_it() {
    let site = site();
    let yaml = std::fs::read_to_string(site.path("site.yaml")).expect("site.yaml");
    site.write(
        "site.yaml",
        &yaml.replace("https://example.org", "https://owner.github.io/site/"),
    );
    let server = Server::start(&site);
    assert!(
        server.log().contains(&format!(
            "serving the site at http://127.0.0.1:{}/site/",
            server.port
        )),
        "{}",
        server.log()
    );
    let home = server.get("/site/");
    assert_eq!(home.status, 200);
    assert!(
        home.body.contains(r#"href="/site/style.css""#),
        "{}",
        home.body
    );
    assert!(home.body.contains(r#"href="/site/en/""#), "{}", home.body);
    for path in [
        "/site/style.css",
        "/site/en/investment/",
        "/site/dau-tu/nha-may/",
    ] {
        assert_eq!(server.get(path).status, 200, "{path}");
    }
    // The host's root leads to the site; other addresses outside it are not the site's.
    let root = server.get("/");
    assert_eq!(root.status, 302);
    assert!(root.head.contains("location: /site/"), "{}", root.head);
    let outside = server.get("/style.css");
    assert_eq!(outside.status, 404);
    assert!(outside.body.contains("under `/site/`"), "{}", outside.body);
    server.assert_not_found_page("/site/en/no-such-page/", "en");
}

#[test]
fn a_port_in_use_is_a_clear_error_that_suggests_another() {
    let site = site();
    let taken = TcpListener::bind("127.0.0.1:0").expect("a port");
    let port = taken.local_addr().expect("address").port();
    let out = Command::new(env!("CARGO_BIN_EXE_outreach"))
        .env("OUTREACH_LANG", "en")
        .args(["serve", "--port", &port.to_string(), "--root"])
        .arg(site.root())
        .output()
        .expect("run serve");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_ne!(out.status.code(), Some(0));
    assert!(
        stderr.contains(&format!("the port {port} is already in use")),
        "{stderr}"
    );
    assert!(stderr.contains("--port"), "{stderr}");
}

#[test]
fn a_theme_template_or_site_yaml_edit_rebuilds_and_reloads() {
    let site = site();
    let server = Server::start(&site);
    let mut tab = server.events();

    // A theme template.
    let footer = "themes/default/templates/partials/footer.html";
    let text = std::fs::read_to_string(site.path(footer)).expect("footer");
    site.write(footer, &format!("<p>dấu-mẫu-chân-trang</p>\n{text}"));
    read_event(&mut tab, "reload");
    server.wait_for_page("/", "the template edit", |r| {
        r.body.contains("dấu-mẫu-chân-trang")
    });

    // site.yaml: the site's title.
    let yaml = std::fs::read_to_string(site.path("site.yaml")).expect("site.yaml");
    let renamed = yaml.replacen("Hậu Giang thử nghiệm", "Hậu Giang đã đổi tên", 1);
    assert_ne!(yaml, renamed, "the test site's title changed");
    site.write("site.yaml", &renamed);
    read_event(&mut tab, "reload");
    server.wait_for_page("/", "the site.yaml edit", |r| {
        r.body.contains("Hậu Giang đã đổi tên")
    });
}

/// The term shards of a language's search index, as served: `meta.json` names them.
fn served_terms(server: &Server, lang: &str) -> String {
    let meta = server.get(&format!("/search/{lang}/meta.json"));
    assert_eq!(
        meta.status, 200,
        "no search index for {lang}: {}",
        meta.body
    );
    let meta: outreach::search::Meta = serde_json::from_str(&meta.body).expect("meta.json");
    (0..meta.terms.len())
        .map(|n| server.get(&format!("/search/{lang}/t/{n}.json")).body)
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_one_page_edit_updates_the_search_index_after_the_reload() {
    let site = site();
    site.append(
        "site.yaml",
        "search:\n  path: { vi: tim-kiem, en: search }\n",
    );
    let server = Server::start(&site);
    assert!(
        !served_terms(&server, "vi").contains("\"kangaroo\""),
        "the word is in the index before the edit"
    );

    let mut tab = server.events();
    // Text after the first paragraph: listings do not change, so one page is rebuilt.
    site.write(PAGE, &page("Nội dung đã sửa: kangaroo."));
    read_event(&mut tab, "reload");
    server.wait_for_line("rebuilt 1 page in ");
    server.wait_for_line("search index vi updated");
    let terms = served_terms(&server, "vi");
    assert!(
        terms.contains("\"kangaroo\""),
        "the new word is not in the index:\n{terms}"
    );
    assert!(
        !served_terms(&server, "en").contains("\"kangaroo\""),
        "the English index has the Vietnamese edit"
    );
}

/// A request that is sent and whose answer is never read, as a stalled or hostile client
/// does: the connection stays open and the server's writes fill its buffers.
fn ask_and_never_read(server: &Server, path: &str) -> TcpStream {
    let mut stream = TcpStream::connect(("127.0.0.1", server.port)).expect("connect");
    write!(stream, "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").expect("send");
    stream
}

// Four clients that asked for a large page and never read the answer blocked every
// request thread of the preview, and nobody else got an answer.
#[test]
fn clients_that_never_read_a_large_page_do_not_stall_the_preview() {
    let site = site();
    // Far more than the kernel's socket buffers hold, so the server's writes block.
    let line = "<p>Một trang rất dài của khu công nghiệp Sông Hậu.</p>\n";
    site.write(
        "static/rat-dai.html",
        &line.repeat(16 * 1024 * 1024 / line.len()),
    );
    let server = Server::start(&site);

    let mut stalled = Vec::new();
    for n in 1..=12 {
        let mut stream = ask_and_never_read(&server, "/rat-dai.html");
        // The first bytes of the answer: the server is writing to this client now.
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .expect("read timeout");
        let mut first = [0u8; 12];
        if let Err(e) = stream.read_exact(&mut first) {
            panic!(
                "client {n} got no answer ({e}): {} clients that never read stalled the preview\n--- serve said:\n{}",
                n - 1,
                server.log()
            );
        }
        assert_eq!(&first, b"HTTP/1.1 200", "client {n}");
        stalled.push(stream);
    }

    // And as many that began a request and never finished it.
    let idle: Vec<TcpStream> = (0..12)
        .map(|_| {
            let mut stream = TcpStream::connect(("127.0.0.1", server.port)).expect("connect");
            write!(stream, "GET / HTTP/1.1\r\nHo").expect("send");
            stream
        })
        .collect();

    let home = match server.ask("GET", "/", Duration::from_secs(10)) {
        Ok(home) => home,
        Err(e) => panic!(
            "a client that reads got no answer ({e}) while {} others never read and {} never finished asking\n--- serve said:\n{}",
            stalled.len(),
            idle.len(),
            server.log()
        ),
    };
    assert_eq!(home.status, 200, "{}", home.body);
    assert!(home.body.contains("Chào mừng."), "{}", home.body);
    drop((stalled, idle));
}

#[test]
fn only_get_and_head_requests_are_answered() {
    let site = site();
    let server = Server::start(&site);
    let head = server.ask("HEAD", "/", PATIENCE).expect("an answer");
    assert_eq!(head.status, 200);
    assert!(
        head.head.contains("content-type: text/html"),
        "{}",
        head.head
    );
    assert_eq!(head.body, "", "a HEAD answer has no body");
    for method in ["POST", "PUT", "DELETE"] {
        let refused = server.ask(method, "/", PATIENCE).expect("an answer");
        assert_eq!(refused.status, 405, "{method}");
        assert!(
            refused.head.contains("allow: get, head"),
            "{}",
            refused.head
        );
        assert!(refused.body.contains("answers GET and HEAD requests"));
    }
}

#[test]
fn a_preview_other_computers_can_reach_warns_that_it_is_not_for_the_public() {
    let site = site();
    let open = Server::start_with(&site, &["--bind", "0.0.0.0"]);
    let log = open.log();
    assert!(
        log.contains(&format!(
            "warning: the preview listens on 0.0.0.0:{}, where other computers can reach it, but it is not meant for the public",
            open.port
        )),
        "{log}"
    );
    assert!(
        log.contains("help: to publish the site, build it with `outreach build`"),
        "{log}"
    );
    assert!(log.contains("leave out `--bind`"), "{log}");
    // It still serves.
    assert_eq!(open.get("/").status, 200);
    drop(open);

    // This computer only: no warning.
    for bind in [None, Some("localhost"), Some("127.0.0.2"), Some("::1")] {
        let args: Vec<&str> = bind.iter().flat_map(|b| ["--bind", b]).collect();
        let private = Server::start_with(&site, &args);
        assert!(
            !private.log().contains("not meant for the public"),
            "{bind:?}:\n{}",
            private.log()
        );
    }
}

#[test]
fn a_bind_address_that_is_not_one_is_refused_with_the_fix() {
    let site = site();
    let out = Command::new(env!("CARGO_BIN_EXE_outreach"))
        .env("OUTREACH_LANG", "en")
        .args(["serve", "--bind", "mot-may-nao-do", "--root"])
        .arg(site.root())
        .output()
        .expect("run serve");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("error: `mot-may-nao-do` is not an address to listen on"),
        "{stderr}"
    );
    assert!(stderr.contains("help: give an IP address"), "{stderr}");
}

/// The unix permission bits of `path`.
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::symlink_metadata(path)
        .expect("the folder")
        .permissions()
        .mode()
        & 0o777
}

// The preview folder was `/tmp/outreach-serve-<pid>`: anyone could guess it, create it
// first (serve then exited) or read it.
#[test]
fn the_preview_folder_is_private_and_its_name_cannot_be_guessed() {
    let site = site();
    let server = Server::start(&site);
    let folder = server.preview_folder();
    assert_eq!(mode(&folder), 0o700, "{}", folder.display());
    let name = folder
        .file_name()
        .expect("a name")
        .to_string_lossy()
        .into_owned();
    let random = name.strip_prefix("outreach-serve-").expect("the prefix");
    assert!(random.len() >= 12, "{name}");
    assert!(
        !name.contains(&server.child.id().to_string()),
        "the name is made from the process id: {name}"
    );
    // Two previews at once get different folders.
    let mut other = Server::start(&site);
    assert_ne!(other.preview_folder(), folder);
    assert!(other.stop_with(Signal::TERM).success());

    assert!(
        server
            .log()
            .contains(&format!("the preview is built in `{}`", folder.display())),
        "{}",
        server.log()
    );
    let marker = std::fs::read_to_string(folder.join(".outreach-serve")).expect("the marker");
    assert!(marker.contains("`outreach serve`"), "{marker}");
    assert!(
        marker.contains(&format!("pid: {}", server.child.id())),
        "{marker}"
    );
    assert!(folder.join("site/index.html").is_file());
    // The build's staging folder is inside too: nothing of the preview lies beside it.
    let beside: Vec<_> = std::fs::read_dir(&server.tmp)
        .expect("tmp")
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(beside, [folder.file_name().expect("name")], "{beside:?}");
}

// The preview folder stayed behind after SIGINT and SIGTERM: every session left a full
// copy of the site in /tmp.
#[test]
fn stopping_the_preview_with_sigterm_or_sigint_removes_its_folder() {
    let site = site();
    for signal in [Signal::TERM, Signal::INT] {
        let mut server = Server::start(&site);
        let folder = server.preview_folder();
        assert!(folder.join("site/index.html").is_file());
        let status = server.stop_with(signal);
        assert!(status.success(), "{signal:?}: {status}\n{}", server.log());
        server.wait_for_line("stopped; removed the preview folder");
        assert!(!folder.exists(), "{signal:?} left `{}`", folder.display());
        assert_eq!(preview_folders(&server.tmp), Vec::<PathBuf>::new());
    }
}

#[test]
fn a_preview_that_cannot_start_leaves_no_folder() {
    let site = Site::empty();
    let tmp = site.path("tmp");
    std::fs::create_dir_all(&tmp).expect("tmp");
    let out = Command::new(env!("CARGO_BIN_EXE_outreach"))
        .env("OUTREACH_LANG", "en")
        .args(["serve", "--port", &free_port().to_string(), "--root"])
        .arg(site.root())
        .env("TMPDIR", &tmp)
        .output()
        .expect("run serve");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert_eq!(
        stderr
            .matches("this folder is not an outreach site")
            .count(),
        1,
        "the error is printed once:\n{stderr}"
    );
    assert_eq!(preview_folders(&tmp), Vec::<PathBuf>::new(), "{stderr}");
}

/// A process id that has just ended.
fn ended_pid() -> u32 {
    let mut child = Command::new("true").spawn().expect("run `true`");
    let pid = child.id();
    child.wait().expect("wait for `true`");
    pid
}

// A killed preview's folder stayed in /tmp for good.
#[test]
fn a_killed_previews_folder_is_removed_at_the_next_start_only_if_it_carries_the_marker() {
    let site = site();
    let marker = |pid: u32| {
        format!(
            "This folder is a preview built by `outreach serve`. It is removed when that preview stops, or by the next `outreach serve` once the process below has ended.\npid: {pid}\n"
        )
    };
    let dead = ended_pid();
    let folders = [
        // Left by a preview that was killed: removed.
        ("tmp/outreach-serve-da-chet", Some(marker(dead))),
        // No marker: someone else's folder, whatever its name.
        ("tmp/outreach-serve-khong-dau", None),
        // A preview that is still running (this test's own process stands in for it).
        (
            "tmp/outreach-serve-dang-chay",
            Some(marker(std::process::id())),
        ),
        // A marker that is not outreach's.
        (
            "tmp/outreach-serve-dau-khac",
            Some(format!("pid: {dead}\n")),
        ),
    ];
    for (folder, text) in &folders {
        site.write(&format!("{folder}/site/index.html"), "<p>bản cũ</p>");
        if let Some(text) = text {
            site.write(&format!("{folder}/.outreach-serve"), text);
        }
    }
    // A link named like a preview folder, to a marked folder of an ended process: the
    // link is never followed.
    site.write("elsewhere/.outreach-serve", &marker(dead));
    std::os::unix::fs::symlink(
        site.path("elsewhere"),
        site.path("tmp/outreach-serve-lien-ket"),
    )
    .expect("link");

    let server = Server::start(&site);
    let gone = site.path("tmp/outreach-serve-da-chet");
    assert!(!gone.exists(), "the leftover is still there");
    assert!(
        server.log().contains(&format!(
            "removed `{}`, left by an `outreach serve` that was killed",
            gone.display()
        )),
        "{}",
        server.log()
    );
    for (folder, _) in &folders[1..] {
        assert!(
            site.path(folder).join("site/index.html").is_file(),
            "`{folder}` was touched"
        );
    }
    assert!(site.path("tmp/outreach-serve-lien-ket").is_symlink());
    assert!(site.path("elsewhere/.outreach-serve").is_file());
}

#[test]
fn a_link_out_of_the_site_is_an_error_in_serve_and_never_served() {
    let site = site();
    let server = Server::start(&site);
    // A contributor adds links to system files while the preview runs.
    std::os::unix::fs::symlink("/etc/passwd", site.path("content/passwd.txt")).expect("link");
    std::os::unix::fs::symlink("/proc/self/environ", site.path("static/env.txt"))
        .or_else(|_| {
            std::fs::create_dir_all(site.path("static"))?;
            std::os::unix::fs::symlink("/proc/self/environ", site.path("static/env.txt"))
        })
        .expect("link");
    let line = server.wait_for_line("outside the site's folder");
    assert!(
        line.contains("content/passwd.txt") || line.contains("static/env.txt"),
        "{line}"
    );
    for path in ["/passwd.txt", "/env.txt"] {
        let r = server.get(path);
        assert_ne!(r.status, 200, "`{path}` was served:\n{}", r.body);
        assert!(
            !r.body.contains("root:x:0:0") && !r.body.contains("PATH="),
            "`{path}` leaked a system file:\n{}",
            r.body
        );
    }
}
