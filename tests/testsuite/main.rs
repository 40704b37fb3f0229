//! outreach's integration tests: one test binary, a module per feature.
//!
//! Every test builds a site in a temporary folder with the real `outreach` binary and
//! checks what an author or a reader would see: exit codes, the diagnostics printed on
//! stderr, and the files in the output folder. Fixture sites live under
//! `tests/fixtures/<feature>/<case>/`; `harness` copies them and runs the binary.
//!
//! Run with `cargo test --test testsuite`.

mod harness;
mod manifest;
mod messages;
mod messages_commands;
mod messages_fields;
mod messages_files;
mod messages_links;
mod messages_yaml;

mod aliases;
mod atomic_output;
mod author_mistakes;
mod blame;
mod build_output;
mod builtin_templates;
mod bundle_assets;
mod ci_workflows;
mod closed_pipe;
mod content_types;
mod covers;
mod determinism;
mod diagnostics;
mod escaping;
mod example_site;
mod failed_build;
mod feeds;
mod figures;
mod file_names;
mod fuzz;
mod heading_ids;
mod hostile;
mod images;
mod link_check;
mod links;
mod listings;
mod lists_as_text;
mod multilingual;
mod one_mistake;
mod open_data;
mod output_safety;
mod outside_the_site;
mod plain_links;
mod print_control;
mod records;
mod safe_urls;
mod scaffold;
mod search_index;
mod serve;
mod shortcodes;
mod side_outputs;
mod site_model;
mod sitemap;
mod slugs;
mod snapshots;
mod structured_data;
mod sub_path;
mod taxonomies;
mod translations;
mod trusted_html;
mod usage;
mod yaml_limits;
