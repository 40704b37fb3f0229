//! The template stage, in the pieces `render::render_pages` is made of: Tera set-up
//! (`prepare_templates`), the shared page summaries (`SiteContext::new`), one page's
//! context (`for_rendition`, `for_list_page`) and its Tera render for each kind of page,
//! and the whole stage into a sink that discards the bytes.
//!
//! `cargo bench --bench templates`; `OUTREACH_BENCH_PAGES=N` sets the corpus size.

mod common;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

use common::{Discard, Site, assert_no_errors, corpus, corpus_pages, words::SECTIONS};
use outreach::library::EntryId;
use outreach::listing::ListKind;
use outreach::render::{self, SiteContext};

fn template_stage(c: &mut Criterion) {
    let pages = corpus_pages();
    let site = Site::load(pages);
    let inputs = site.inputs();
    let mut problems = Vec::new();
    let bodies = render::summarize(&inputs);
    let context = SiteContext::new(&inputs, &bodies);
    let templates = render::prepare_templates(
        &site.config,
        &site.library,
        &site.images,
        context.lookups(),
        &mut problems,
    )
    .expect("templates load");
    assert_no_errors(&problems);

    let mut group = c.benchmark_group("templates/stage");
    group.sample_size(10);
    group.bench_function("prepare_templates", |b| {
        b.iter(|| {
            let mut problems = Vec::new();
            render::prepare_templates(
                &site.config,
                &site.library,
                &site.images,
                context.lookups(),
                &mut problems,
            )
        })
    });
    group.bench_function(format!("site_context/{pages}"), |b| {
        b.iter(|| SiteContext::new(&inputs, &bodies))
    });
    // Every page, section, listing page (pagination, sorted views, taxonomy terms) and
    // 404 page; the throughput counts the files written.
    let files = {
        let sink = Discard::default();
        let mut problems = Vec::new();
        render::render_pages(&inputs, &bodies, &templates, &sink, &mut problems).expect("rendered");
        assert_no_errors(&problems);
        sink.files.into_inner()
    };
    group.throughput(Throughput::Elements(files));
    group.bench_function(format!("render_pages/{pages}"), |b| {
        b.iter(|| {
            let mut problems = Vec::new();
            let sink = Discard::default();
            render::render_pages(&inputs, &bodies, &templates, &sink, &mut problems)
                .expect("rendered");
            sink
        })
    });
    group.finish();

    // One page at a time, single-threaded: what each kind of page costs, its context
    // (outreach) and its Tera render apart.
    let codes = site.config.language_codes();
    let id = |path: &str| -> EntryId {
        site.library
            .resolve(path, &codes)
            .unwrap_or_else(|| panic!("no entry `{path}`"))
    };
    let corpus = corpus(pages);
    let page_path = |i: usize| {
        let m = corpus.meta(i);
        format!("{}/{}.md", SECTIONS[m.section].dir, m.stem)
    };
    // Page 2 is a plain page, page 10 a project (section 0).
    let entries = [
        ("page", id(&page_path(2)), "page.html"),
        ("project", id(&page_path(10)), "project.html"),
        (
            "section_first_page",
            id(&format!("{}/_index.md", SECTIONS[2].dir)),
            "section.html",
        ),
        ("home", site.library.root, "index.html"),
    ];
    let mut group = c.benchmark_group("templates/one");
    for (name, id, template) in entries {
        for (lang, code) in codes.iter().enumerate() {
            group.bench_function(format!("context/{name}/{code}"), |b| {
                b.iter(|| context.for_rendition(id, lang, None))
            });
            let ctx = context.for_rendition(id, lang, None);
            group.bench_function(format!("tera/{name}/{code}"), |b| {
                b.iter(|| templates.tera.render(template, &ctx).expect("renders"))
            });
        }
    }
    // Listing pages: page 2 of a section, and page 2 of a tag's term listing.
    let second_page = |wanted: fn(&ListKind) -> bool| {
        site.listings
            .pages
            .iter()
            .find(|p| p.lang == 0 && p.number == 2 && wanted(&p.kind))
            .expect("a second listing page")
    };
    let listings = [
        (
            "section_page_2",
            second_page(|k| matches!(k, ListKind::Section { sort: None, .. })),
            "section.html",
        ),
        (
            "tag_term_page_2",
            second_page(|k| matches!(k, ListKind::TaxonomyTerm { .. })),
            "taxonomy_term.html",
        ),
    ];
    for (name, page, template) in listings {
        group.bench_function(format!("context/{name}/vi"), |b| {
            b.iter(|| context.for_list_page(page))
        });
        let ctx = context.for_list_page(page);
        group.bench_function(format!("tera/{name}/vi"), |b| {
            b.iter(|| templates.tera.render(template, &ctx).expect("renders"))
        });
    }
    group.finish();
}

criterion_group!(benches, template_stage);
criterion_main!(benches);
