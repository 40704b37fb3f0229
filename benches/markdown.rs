//! The Markdown stage: one corpus page through `outreach::markdown::render`
//! (pulldown-cmark, heading ids, `@/` link rewriting, summary), and the whole stage
//! (`render::render_bodies`, every page in both languages, in parallel) over the corpus.
//!
//! `cargo bench --bench markdown`; `OUTREACH_BENCH_PAGES=N` sets the corpus size.

mod common;

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

use common::{Site, StubResolver, body, corpus, corpus_pages};

/// One page: Vietnamese and English, without and with a fenced code block.
fn one_page(c: &mut Criterion) {
    let corpus = corpus(corpus_pages());
    // Page 0 has a code block (one page in five does); page 1 has none.
    let plain = corpus.page(1);
    let with_code = corpus.page(0);
    let mut group = c.benchmark_group("markdown/page");
    for (name, file) in [
        ("vi", &plain.vi),
        ("en", &plain.en),
        ("vi_with_code", &with_code.vi),
    ] {
        let md = body(file);
        group.throughput(Throughput::Bytes(md.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| outreach::markdown::render(black_box(md), &StubResolver))
        });
    }
    group.finish();
}

/// The stage as the build runs it: every body of the corpus, links resolved by the library.
fn whole_stage(c: &mut Criterion) {
    let site = Site::load(corpus_pages());
    let mut group = c.benchmark_group("markdown/stage");
    group.sample_size(10);
    group.throughput(Throughput::Elements(site.entry_pages()));
    group.bench_function(format!("render_bodies/{}", corpus_pages()), |b| {
        b.iter(|| {
            let mut problems = Vec::new();
            let bodies = outreach::render::render_bodies(&site.inputs(), &mut problems);
            common::assert_no_errors(&problems);
            bodies
        })
    });
    group.finish();
}

criterion_group!(benches, one_page, whole_stage);
criterion_main!(benches);
