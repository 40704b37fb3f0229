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
