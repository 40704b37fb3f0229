//! The published site is never damaged by a build: a build writes into a staging folder
//! beside `output/` and swaps it in only when everything succeeded, so a build killed at
//! any moment (SIGKILL, SIGINT) leaves `output/` exactly as it was — or, if it was killed
//! after the swap, exactly the new site, never a mix — and the next build removes what a
//! killed one left beside it.
//!
//! The failed-build cases (content and template errors) are in `failed_build.rs`; this
//! module kills real builds of a generated site of a few hundred pages at seeded random
//! moments spread over a build's duration, and covers writes that reach the previous
//! output through the hard links of unchanged files.

use std::fs;
use std::path::Path;
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use crate::harness::Site;
use crate::manifest::Manifest;

/// Vietnamese pages in the generated site (half of them also have an English file).
const PAGES: usize = 250;
/// Builds killed in the kill test: enough to land in every phase of a build.
const KILLS: usize = 16;
/// The seed of the kill moments; a failure message repeats it with every delay.
const SEED: u64 = 0x0007_0c0a_0008;

/// A small deterministic PRNG (SplitMix64), so a failing run can be repeated exactly.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// The text of generated page `i`, in Vietnamese or English.
fn page_text(i: usize, english: bool, revision: usize) -> String {
    let (title, intro) = if english {
        (format!("Project {i}"), "The province invites investors")
    } else {
        (format!("Dự án số {i}"), "Tỉnh Hậu Giang mời gọi nhà đầu tư")
    };
    let mut text =
        format!("---\ntitle: \"{title}\"\ndescription: \"{intro} ({i}).\"\nweight: {i}\n---\n");
    for part in 0..6 {
        text.push_str(&format!("## Phần {part}\n\n"));
        for para in 0..4 {
            text.push_str(&format!(
                "{intro}: đoạn {para} của phần {part}, *nông nghiệp* công nghệ cao, \
                 [chi tiết](https://example.org/{i}/{part}/{para}) và `mã {i}`.\n\n"
            ));
        }
    }
    if revision > 0 {
        text.push_str(&format!("Cập nhật lần {revision}.\n"));
    }
    text
}

/// A site of [`PAGES`] project pages plus the minimal site's sections.
fn generated_site() -> Site {
    let site = Site::minimal_with(&[]);
    for i in 0..PAGES {
        site.write(
            &format!("content/dau-tu/du-an-{i:04}.md"),
            &page_text(i, false, 0),
        );
        if i % 2 == 0 {
            site.write(
                &format!("content/dau-tu/du-an-{i:04}.en.md"),
                &page_text(i, true, 0),
            );
        }
    }
    site
}

/// The second version of the site: a third of the pages edited, one removed, one added,
/// so the next build rewrites some files, hard-links the rest, adds one and drops one.
fn edit_site(site: &Site) {
    for i in (0..PAGES).step_by(3) {
        site.write(
            &format!("content/dau-tu/du-an-{i:04}.md"),
            &page_text(i, false, 1),
        );
    }
    fs::remove_file(site.path("content/dau-tu/du-an-0001.md")).expect("remove a page");
    site.write("content/dau-tu/du-an-moi.md", &page_text(PAGES, false, 0));
}

/// Names beside the output folder that a build uses while it runs.
fn leftovers(root: &Path) -> Vec<String> {
    fs::read_dir(root)
        .expect("read the site folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".output."))
        .collect()
}

/// Sends `SIGINT` to a running child, as Ctrl-C in a terminal does.
fn interrupt(pid: u32) {
    let status = Command::new("kill")
        .args(["-INT", &pid.to_string()])
        .status()
        .expect("run kill(1) to send SIGINT");
    assert!(status.success(), "kill -INT {pid} failed");
}

/// What one killed build left.
struct Killed {
    signal: &'static str,
    delay: Duration,
    status: ExitStatus,
    output: Manifest,
    leftovers: Vec<String>,
}

#[test]
fn builds_killed_at_random_moments_never_damage_the_previous_output() {
    let site = generated_site();
    let started = Instant::now();
    let first = site.build(&[]).success();
    let duration = started.elapsed().max(Duration::from_millis(200));
    let before = Manifest::of(&first.output);
    assert!(before.len() > PAGES, "only {} output files", before.len());

    edit_site(&site);
    let mut rng = SplitMix64(SEED);
    let mut killed = Vec::new();
    for i in 0..KILLS {
        // Stratified: kill `i` lands at a random moment of the i-th slice of 1.1 builds,
        // so the kills cover reading, rendering, writing and the swap.
        let delay = duration.mul_f64(1.1 * (i as f64 + rng.unit()) / KILLS as f64);
        let signal = if rng.unit() < 0.35 { "INT" } else { "KILL" };
        let mut child = Command::new(env!("CARGO_BIN_EXE_outreach"))
            .arg("build")
            .current_dir(site.root())
            .env_remove("RUST_BACKTRACE")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start outreach build");
        std::thread::sleep(delay);
        match signal {
            "KILL" => {
                // Fails only if the child was already reaped, which `wait` below does.
                child.kill().expect("send SIGKILL");
            }
            _ => interrupt(child.id()),
        }
        let status = child.wait().expect("wait for the build");
        killed.push(Killed {
            signal,
            delay,
            status,
            output: Manifest::of(&site.path("output")),
            leftovers: leftovers(site.root()),
        });
    }

    let last = site.build(&[]).success();
    let after = Manifest::of(&last.output);
    assert!(
        !after.differences(&before).is_empty(),
        "the edit did not change the output, so the test cannot tell old from new"
    );
    assert!(
        after.0.contains_key(".outreach-output"),
        "no marker after the last build"
    );
    assert_eq!(
        leftovers(site.root()),
        Vec::<String>::new(),
        "a staging or old folder was left beside output/ after a successful build"
    );

    let report: Vec<String> = killed
        .iter()
        .enumerate()
        .map(|(i, k)| {
            let state = if k.output == before {
                "previous output"
            } else if k.output == after {
                "new output"
            } else {
                "DAMAGED"
            };
            format!(
                "kill {i}: SIG{} after {:?} → {:?}, {state}, beside it: {:?}",
                k.signal, k.delay, k.status, k.leftovers
            )
        })
        .collect();
    let context = format!(
        "seed {SEED:#x}, reference build {duration:?}:\n{}",
        report.join("\n")
    );
    // Shown with --nocapture, and with the test's output when it fails.
    eprintln!("{context}");
    for (i, k) in killed.iter().enumerate() {
        if k.output != before && k.output != after {
            let vs_before = k.output.differences(&before);
            panic!(
                "kill {i} left output/ neither as it was nor as the new site; {} files differ from before, e.g.\n{}\n\n{context}",
                vs_before.len(),
                vs_before
                    .iter()
                    .take(10)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join("\n")
            );
        }
    }
    // If every build had finished before its signal, nothing would have been tested.
    let interrupted = killed.iter().filter(|k| !k.status.success()).count();
    assert!(interrupted > 0, "no build was interrupted; {context}");
    assert!(
        killed.iter().any(|k| k.signal == "INT") && killed.iter().any(|k| k.signal == "KILL"),
        "the seed gave only one kind of signal; {context}"
    );
}

#[test]
fn leftovers_of_a_killed_build_are_removed_by_the_next_build() {
    let site = Site::fixture("build_output/bilingual");
    site.build(&[]).success();
    // What a build killed before its swap (staging) or during the fallback swap (old)
    // leaves behind.
    site.write(".output.staging/index.html", "half-written");
    site.write(".output.old/dau-tu/index.html", "the site before last");
    let run = site.build(&[]).success();
    assert_eq!(leftovers(site.root()), Vec::<String>::new());
    assert!(
        run.read("index.html").contains("<html"),
        "output is not the site"
    );
    assert!(run.has(".outreach-output"));

    // A staging "folder" that is a link is removed, not followed.
    site.write("precious/notes.txt", "not outreach's");
    std::os::unix::fs::symlink(site.path("precious"), site.path(".output.staging"))
        .expect("link staging to another folder");
    site.build(&[]).success();
    assert_eq!(leftovers(site.root()), Vec::<String>::new());
    assert_eq!(
        fs::read_to_string(site.path("precious/notes.txt")).expect("the linked folder's file"),
        "not outreach's",
        "removing the leftover staging link emptied the folder it pointed to"
    );
}

#[test]
fn a_failed_build_does_not_write_through_hard_links_into_the_live_output() {
    // Symptom: the second build failed ("the output folder was not changed"), but
    // output/dau-tu/index.html already held the asset: the unchanged page had been
    // hard-linked from output/ into staging, and the asset was written over the link.
    let site = Site::fixture("build_output/bilingual");
    site.write(
        "templates/hong.html",
        "{% extends \"page.html\" %}{% block facts %}{{ page.khong_co.x }}{% endblock facts %}",
    );
    let good = site.build(&[]).success();
    let before = Manifest::of(&good.output);

    site.write(
        "content/dau-tu/index.html",
        "<p>an asset named like the section page</p>",
    );
    site.write(
        "content/doi-tac/hong.md",
        "---\ntitle: Trang hỏng\ntemplate: hong.html\n---\nx\n",
    );
    let failed = site.build(&[]).exit_code(1);
    before.assert_same(
        &Manifest::of(&failed.output),
        "the failed build changed output/",
    );
}

#[test]
fn a_static_file_identical_to_the_themes_survives_a_rebuild() {
    // Symptom: output/favicon.svg was 0 bytes after the second build, and whole again
    // after the third. The theme's copy is hard-linked from the previous output, then the
    // site's copy (the same bytes) is copied onto that link: onto itself.
    let site = Site::fixture("build_output/bilingual");
    let favicon = fs::read(site.path("themes/default/static/favicon.svg")).expect("theme favicon");
    site.write_bytes("static/favicon.svg", &favicon);
    let first = site.build(&[]).success();
    assert_eq!(first.read_bytes("favicon.svg"), favicon);
    let before = Manifest::of(&first.output);

    let second = site.build(&[]).success();
    assert_eq!(
        second.read_bytes("favicon.svg").len(),
        favicon.len(),
        "the rebuild changed favicon.svg"
    );
    before.assert_same(&Manifest::of(&second.output), "a rebuild of the same input");
}

/// Runs `outreach build` on `site` with the output swapped in by two renames, as on
/// Windows and macOS, which have no atomic exchange of two folders.
fn build_by_renames(site: &Site) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_outreach"))
        .args(["build"])
        .current_dir(site.root())
        .env("OUTREACH_SWAP", "renames")
        .output()
        .expect("run outreach")
}

#[test]
fn the_two_rename_swap_of_other_systems_replaces_the_output_whole_and_leaves_nothing() {
    let site = Site::minimal_with(&[(
        "content/gioi-thieu.md",
        "---\ntitle: Giới thiệu\n---\nBản một.\n",
    )]);
    let first = build_by_renames(&site);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let page = site.path("output/gioi-thieu/index.html");
    assert!(fs::read_to_string(&page).unwrap().contains("Bản một."));

    // A second build swaps the new site in whole: the new text, a removed page gone.
    site.write(
        "content/gioi-thieu.md",
        "---\ntitle: Giới thiệu\n---\nBản hai.\n",
    );
    site.write("content/tam.md", "---\ntitle: Tạm\n---\nTạm thời.\n");
    assert!(build_by_renames(&site).status.success());
    fs::remove_file(site.path("content/tam.md")).unwrap();
    assert!(build_by_renames(&site).status.success());
    assert!(fs::read_to_string(&page).unwrap().contains("Bản hai."));
    assert!(!site.path("output/tam/index.html").exists());
    assert_eq!(leftovers(site.root()), Vec::<String>::new());

    // A failed build leaves the output as it was, by renames too.
    let before = crate::harness::tree(&site.path("output"));
    site.write("content/gioi-thieu.md", "---\ntitle: [\n---\nHỏng.\n");
    let failed = build_by_renames(&site);
    assert_eq!(failed.status.code(), Some(1));
    assert_eq!(crate::harness::tree(&site.path("output")), before);
    assert_eq!(leftovers(site.root()), Vec::<String>::new());
}
