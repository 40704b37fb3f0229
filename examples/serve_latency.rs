//! How long a save takes to reach the browser in `outreach serve`: from writing a page's
//! file to the `reload` event arriving on the preview's event stream, as a browser tab
//! would receive it.
//!
//!     cargo build --release
//!     cargo run --release --example serve_latency -- --root /dev/shm/c10k [--runs 20]
//!
//! It starts `target/release/outreach serve` on the site (a corpus from
//! `examples/corpus`, say), waits for the first build, then edits one page's text
//! `--runs` times — a line appended, as an editor's save would — and times each reload.
//! The page's file is restored at the end. Figures: median, fastest and slowest, in ms,
//! and the server's own "rebuilt … in … ms" lines.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

fn main() {
    let mut root = None;
    let mut runs = 20usize;
    let mut port = 18_931u16;
    let mut binary = PathBuf::from("target/release/outreach");
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--root" => root = args.next().map(PathBuf::from),
            "--runs" => runs = args.next().and_then(|v| v.parse().ok()).unwrap_or(runs),
            "--port" => port = args.next().and_then(|v| v.parse().ok()).unwrap_or(port),
            "--binary" => binary = args.next().map(PathBuf::from).unwrap_or(binary),
            other => fail(&format!("unknown option `{other}`")),
        }
    }
    let Some(root) = root else {
        fail("give the site with --root DIR")
    };
    let page = find_page(&root.join("content"))
        .unwrap_or_else(|| fail("the site has no page file to edit"));
    let original = std::fs::read(&page).expect("read the page");

    let mut server = Command::new(&binary)
        .args(["serve", "--port", &port.to_string(), "--root"])
        .arg(&root)
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| fail(&format!("cannot start `{}`: {e}", binary.display())));
    // The server's lines, read on their own thread.
    let (lines_tx, lines) = mpsc::channel::<String>();
    let stderr = server.stderr.take().expect("stderr");
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if lines_tx.send(line).is_err() {
                break;
            }
        }
    });
    wait_for(&lines, "serving the site", Duration::from_secs(600));

    let mut events = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    write!(
        events,
        "GET /__outreach/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n"
    )
    .expect("subscribe");
    events
        .set_read_timeout(Some(Duration::from_secs(30)))
        .expect("timeout");
    std::thread::sleep(Duration::from_millis(300));

    let mut times = Vec::new();
    let mut rebuilt = Vec::new();
    for run in 0..runs {
        let mut text = original.clone();
        text.extend_from_slice(format!("\nSửa lần {run}.\n").as_bytes());
        let started = Instant::now();
        std::fs::write(&page, &text).expect("edit the page");
        read_until(&mut events, b"event: reload");
        times.push(started.elapsed().as_secs_f64() * 1000.0);
        if let Some(line) = wait_for(&lines, "rebuilt", Duration::from_secs(30)) {
            rebuilt.push(line);
        }
        // Let the watcher settle between saves.
        std::thread::sleep(Duration::from_millis(200));
    }
    std::fs::write(&page, &original).expect("restore the page");
    std::thread::sleep(Duration::from_millis(300));
    // SIGTERM, so the preview removes its folder (a killed one leaves it to the next start).
    let _ = rustix::process::kill_process(
        rustix::process::Pid::from_child(&server),
        rustix::process::Signal::TERM,
    );
    let _ = server.wait();

    times.sort_by(f64::total_cmp);
    println!("edited {}", page.display());
    println!(
        "save → reload event, {runs} saves: median {:.1} ms, fastest {:.1} ms, slowest {:.1} ms",
        times[times.len() / 2],
        times[0],
        times[times.len() - 1]
    );
    if let Some(last) = rebuilt.last() {
        println!("the server's last report: {last}");
    }
}

/// The first original-language page (`x.md`, not a section or a translation) under
/// `dir`, in name order.
fn find_page(dir: &Path) -> Option<PathBuf> {
    let mut entries: Vec<_> = std::fs::read_dir(dir).ok()?.flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    for e in &entries {
        let p = e.path();
        let name = e.file_name().to_string_lossy().into_owned();
        if p.is_file()
            && name.ends_with(".md")
            && name.matches('.').count() == 1
            && !name.starts_with('_')
        {
            return Some(p);
        }
    }
    entries
        .iter()
        .filter(|e| e.path().is_dir())
        .find_map(|e| find_page(&e.path()))
}

fn wait_for(lines: &mpsc::Receiver<String>, needle: &str, limit: Duration) -> Option<String> {
    let deadline = Instant::now() + limit;
    while let Some(left) = deadline.checked_duration_since(Instant::now()) {
        match lines.recv_timeout(left) {
            Ok(line) if line.contains(needle) => return Some(line),
            Ok(_) => {}
            Err(_) => break,
        }
    }
    if needle == "serving the site" {
        fail("the server did not start");
    }
    None
}

/// Reads the event stream until `needle` has arrived.
fn read_until(stream: &mut TcpStream, needle: &[u8]) {
    let mut seen = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        let n = stream
            .read(&mut buf)
            .unwrap_or_else(|e| fail(&format!("no reload event: {e}")));
        if n == 0 {
            fail("the event stream closed");
        }
        seen.extend_from_slice(&buf[..n]);
        if seen.windows(needle.len()).any(|w| w == needle) {
            return;
        }
    }
}

fn fail(message: &str) -> ! {
    eprintln!("serve_latency: {message}");
    std::process::exit(2)
}
