//! Every command ends quietly when its reader goes away (`| head`, `| grep -q`, `less`
//! then `q`): no "failed printing to stdout: Broken pipe" panic, and the exit code the
//! command would have given anyway. The reader is gone before the command prints its
//! first byte, so every write it makes fails.

use std::process::{Command, Stdio};

use crate::harness::Site;

/// A pipe whose reading end is already closed.
fn closed_pipe() -> std::io::PipeWriter {
    let (reader, writer) = std::io::pipe().expect("a pipe");
    drop(reader);
    writer
}

/// Runs `outreach ARGS` in `dir` with stdout (and, when `stderr_too`, stderr) going to a
/// closed pipe; returns the exit code and what stderr said when it was kept.
fn run_closed(dir: &std::path::Path, args: &[&str], stderr_too: bool) -> (i32, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_outreach"));
    cmd.args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(closed_pipe());
    if stderr_too {
        cmd.stderr(closed_pipe());
    } else {
        cmd.stderr(Stdio::piped());
    }
    let out = cmd.output().expect("run outreach");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn every_printing_command_ends_quietly_when_its_reader_goes_away() {
    let site = Site::minimal_with(&[]);
    let broken = Site::minimal_with(&[(
        "content/dau-tu/hong.md",
        "---\ntitle: Hỏng\ndate: 13/03/2018\n---\n[x](@/khong-co.md)\n",
    )]);
    let empty = tempfile::tempdir().expect("a folder");
    let init_target = empty.path().join("tinh-moi");
    let init_target = init_target.to_str().expect("a UTF-8 path");
    let cases: Vec<(&Site, Vec<&str>, i32)> = vec![
        (&site, vec!["build"], 0),
        (&site, vec!["build", "--verbose"], 0),
        (&site, vec!["check"], 0),
        (&broken, vec!["check"], 1),
        (&broken, vec!["check", "--format", "json"], 1),
        (&broken, vec!["check", "--format", "github"], 1),
        (&broken, vec!["build"], 1),
        (&site, vec!["translations"], 0),
        (&site, vec!["translations", "--format", "json"], 0),
        (
            &site,
            vec!["new", "page", "trang-moi", "--section", "dau-tu"],
            0,
        ),
        (&site, vec!["--help"], 0),
        (&site, vec!["--version"], 0),
        (&site, vec!["build", "--no-such-flag"], 2),
        (&site, vec!["init", init_target], 0),
    ];
    for (site, args, expected) in cases {
        for stderr_too in [false, true] {
            // `new` and `init` make something: start afresh each time.
            for file in ["trang-moi.md", "trang-moi.en.md"] {
                let _ = std::fs::remove_file(site.path(&format!("content/dau-tu/{file}")));
            }
            let _ = std::fs::remove_dir_all(init_target);
            let (code, stderr) = run_closed(site.root(), &args, stderr_too);
            assert!(
                !stderr.contains("panicked"),
                "`outreach {}` panicked:\n{stderr}",
                args.join(" ")
            );
            assert_eq!(
                code,
                expected,
                "`outreach {}` (stderr closed too: {stderr_too}) exited with {code}:\n{stderr}",
                args.join(" ")
            );
        }
    }
}

/// `GET path` on the preview at `port`, the status line, when it answers at all.
fn status_of(port: u16, path: &str) -> Option<String> {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).ok()?;
    stream
        .set_read_timeout(Some(std::time::Duration::from_secs(5)))
        .ok()?;
    write!(stream, "GET {path} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n").ok()?;
    let mut answer = String::new();
    stream.read_to_string(&mut answer).ok()?;
    answer.lines().next().map(str::to_string)
}

#[test]
fn serve_keeps_serving_when_its_terminal_goes_away() {
    let site = Site::minimal_with(&[]);
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let tmp = site.path("tmp");
    std::fs::create_dir_all(&tmp).expect("a temporary folder");
    let mut child = Command::new(env!("CARGO_BIN_EXE_outreach"))
        .args(["serve", "--port", &port.to_string()])
        .current_dir(site.root())
        .env("TMPDIR", &tmp)
        .stdin(Stdio::null())
        .stdout(closed_pipe())
        .stderr(closed_pipe())
        .spawn()
        .expect("start serve");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    let mut first = None;
    // The first build may still be running when the port opens.
    while first.as_deref() != Some("HTTP/1.1 200 OK") && std::time::Instant::now() < deadline {
        first = status_of(port, "/");
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    // An edit makes it print again ("changed: …"), to nobody.
    site.write("content/_index.md", "---\ntitle: Trang chủ\n---\nĐã sửa.\n");
    std::thread::sleep(std::time::Duration::from_secs(2));
    let second = status_of(port, "/");
    let exited = child.try_wait().expect("wait");
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(
        first.as_deref(),
        Some("HTTP/1.1 200 OK"),
        "serve never answered"
    );
    assert!(
        exited.is_none(),
        "serve ended (exit {exited:?}) after printing to a closed pipe"
    );
    assert_eq!(second.as_deref(), Some("HTTP/1.1 200 OK"));
}
