//! The Markdown stage: one corpus page through `outreach::markdown::render`
//! (pulldown-cmark, heading ids, `@/` link rewriting, summary), the summaries listings
//! need (`render::summarize`, every page in both languages), and every page's body as
//! the build renders it (`render::render_content`, links resolved by the library).
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

/// The stage as the build runs it: the summaries first, then every page's body in every
/// language, links resolved by the library and shortcodes filled in.
fn whole_stage(c: &mut Criterion) {
    let site = Site::load(corpus_pages());
    let inputs = site.inputs();
    let mut group = c.benchmark_group("markdown/stage");
    group.sample_size(10);
    group.throughput(Throughput::Elements(site.entry_pages()));
    group.bench_function(format!("summarize/{}", corpus_pages()), |b| {
        b.iter(|| outreach::render::summarize(&inputs))
    });
    let mut problems = Vec::new();
    let summaries = outreach::render::summarize(&inputs);
    let context = outreach::render::SiteContext::new(&inputs, &summaries);
    let templates = outreach::render::prepare_templates(
        &site.config,
        &site.library,
        &site.images,
        context.lookups(),
        &mut problems,
    )
    .expect("templates load");
    group.bench_function(format!("render_content/{}", corpus_pages()), |b| {
        b.iter(|| {
            use rayon::prelude::*;
            let languages = site.config.languages.len();
            (0..site.library.entries.len())
                .into_par_iter()
                .for_each(|id| {
                    for lang in 0..languages {
                        let mut problems = Vec::new();
                        let content = outreach::render::render_content(
                            &inputs,
                            &templates,
                            &context,
                            id,
                            lang,
                            &mut problems,
                        );
                        std::hint::black_box(content);
                    }
                });
        })
    });
    group.finish();
}

criterion_group!(benches, one_page, whole_stage);
criterion_main!(benches);
