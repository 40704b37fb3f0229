//! Writes the benchmark corpus: a stand-alone bilingual outreach site with N Vietnamese
//! pages and their N English translations, deterministic for a given N and seed.
//!
//! ```text
//! cargo run --release --example corpus -- --pages 10000 --out /dev/shm/corpus-10000
//! outreach build --root /dev/shm/corpus-10000 --output /dev/shm/out-10000
//! ```
//!
//! `scripts/bench.sh` runs this for N = 1,000 and 10,000 and times the builds.

mod corpus;
mod prose;
mod words;

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result, bail};
use clap::Parser;

use corpus::{Corpus, DEFAULT_SEED};

#[derive(Parser)]
#[command(about = "Write a deterministic bilingual benchmark site for outreach")]
struct Args {
    /// Vietnamese pages to write (each gets an English translation too)
    #[arg(long)]
    pages: usize,
    /// The folder to write the site into
    #[arg(long)]
    out: PathBuf,
    /// Write into a non-empty folder: its content/ and themes/default/ are replaced
    #[arg(long)]
    force: bool,
    /// The PRNG seed; the same seed and page count give a byte-identical corpus
    #[arg(long, default_value_t = DEFAULT_SEED)]
    seed: u64,
    /// The theme to copy into the corpus [default: this repository's themes/default]
    #[arg(long)]
    theme_from: Option<PathBuf>,
}

fn main() -> ExitCode {
    match run(Args::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn run(args: Args) -> Result<()> {
    let theme = args.theme_from.unwrap_or_else(|| {
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("themes")
            .join("default")
    });
    if !theme.join("templates").is_dir() {
        bail!(
            "`{}` is not a theme (it has no templates/ folder); pass --theme-from",
            theme.display()
        );
    }
    if args.out.exists() {
        let non_empty = std::fs::read_dir(&args.out)
            .with_context(|| format!("failed to read `{}`", args.out.display()))?
            .next()
            .is_some();
        if non_empty && !args.force {
            bail!(
                "`{}` is not empty; choose another folder or pass --force to replace its content/ and themes/default/",
                args.out.display()
            );
        }
        for old in [args.out.join("content"), args.out.join("themes/default")] {
            if old.exists() {
                std::fs::remove_dir_all(&old)
                    .with_context(|| format!("failed to remove `{}`", old.display()))?;
            }
        }
    }
    let started = Instant::now();
    let corpus = Corpus {
        pages: args.pages,
        seed: args.seed,
    };
    let w = corpus.write(&args.out, &theme)?;
    let per_page = |words: usize| words.checked_div(args.pages).unwrap_or(0);
    eprintln!(
        "wrote {} pages ({} vi + {} en) and {} files in all, {:.1} MB, into {} in {:.2} s; \
         words per page: {} vi, {} en",
        2 * args.pages,
        args.pages,
        args.pages,
        w.files,
        w.bytes as f64 / 1e6,
        args.out.display(),
        started.elapsed().as_secs_f64(),
        per_page(w.vi_words),
        per_page(w.en_words),
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    fn theme() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default")
    }

    fn files(root: &Path) -> Vec<(PathBuf, Vec<u8>)> {
        walkdir::WalkDir::new(root)
            .sort_by_file_name()
            .into_iter()
            .map(|e| e.expect("walk"))
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                let rel = e.path().strip_prefix(root).expect("inside").to_path_buf();
                (rel, std::fs::read(e.path()).expect("read"))
            })
            .collect()
    }

    #[test]
    fn the_same_size_and_seed_give_a_byte_identical_corpus() {
        let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let corpus = Corpus {
            pages: 40,
            seed: DEFAULT_SEED,
        };
        corpus.write(a.path(), &theme()).unwrap();
        corpus.write(b.path(), &theme()).unwrap();
        let (fa, fb) = (files(a.path()), files(b.path()));
        // 40 page pairs, ten sections and the home page in two languages, and the two
        // data files (districts and countries).
        assert_eq!(
            fa.iter().filter(|(p, _)| p.starts_with("content")).count(),
            104
        );
        assert!(fa == fb, "two runs wrote different corpora");
    }

    #[test]
    fn the_corpus_builds_with_the_default_theme_without_a_problem() {
        let dir = tempfile::tempdir().unwrap();
        let pages = 60;
        Corpus {
            pages,
            seed: DEFAULT_SEED,
        }
        .write(dir.path(), &theme())
        .unwrap();
        let report = outreach::build::build(&outreach::build::BuildOptions {
            root: dir.path().to_path_buf(),
            dry_run: true,
            ..Default::default()
        })
        .map_err(|e| e.0)
        .unwrap();
        let diags = report.diagnostics.sorted();
        assert!(
            diags.is_empty(),
            "{}",
            outreach::diagnostics::render(&diags, outreach::diagnostics::Format::Text)
        );
        // Every page, section and home page in both languages, plus listing pages
        // (pagination, sorted views, taxonomy terms).
        let built: usize = report.pages.iter().map(|(_, n)| n).sum();
        assert!(
            built > 2 * (pages + SECTIONS_AND_HOME),
            "{built} pages built"
        );
    }

    /// Ten sections and the home page.
    const SECTIONS_AND_HOME: usize = 11;

    #[test]
    fn dates_numbers_and_slugs() {
        assert_eq!(corpus::civil_from_days(16_436), (2015, 1, 1));
        assert_eq!(corpus::civil_from_days(0), (1970, 1, 1));
        assert_eq!(prose::number(12_505, '.', ','), "1.250,5");
        assert_eq!(prose::number(12_500, ',', '.'), "1,250");
        assert_eq!(
            corpus::slug("Dự án tại Hậu Giang năm 2019"),
            "du-an-tai-hau-giang-nam-2019"
        );
    }
}
