//! The "Print this page" control (issue 19): on every article page in its language's
//! words, a button that starts hidden for print.js to show and a hint for readers without
//! JavaScript; never on listings. (The browser suite clicks it and prints the page.)

use crate::example_site::build_example;
use crate::harness::{element, repo_root, strip_tags};

/// The theme's text of `key` in `lang`, as the strings file writes it.
fn theme_string(lang: &str, key: &str) -> String {
    let path = repo_root().join(format!("themes/default/i18n/{lang}.yaml"));
    let strings: serde_yaml::Mapping =
        serde_yaml::from_str(&std::fs::read_to_string(path).expect("the theme's strings"))
            .expect("the strings parse");
    strings[key].as_str().expect("a text").to_string()
}

#[test]
fn every_article_has_a_print_control_in_its_language_and_no_listing_has_one() {
    let out = tempfile::tempdir().expect("temp dir");
    let run = build_example(&out);
    assert!(run.has("print.js"), "the theme's print.js is published");
    let (mut articles, mut listings) = (0, 0);
    for (file, html) in run.html_files() {
        let lang = if file.starts_with("en/") { "en" } else { "vi" };
        let control = element(&html, "div", "print-control");
        if !html.contains("<article class=\"page\">") {
            assert!(
                control.is_none(),
                "{file} is a listing with a print control"
            );
            listings += 1;
            continue;
        }
        let control = control.unwrap_or_else(|| panic!("{file} has no print control"));
        let button = element(control, "button", "print-button").expect("a button");
        assert!(button.contains(" data-print hidden>"), "{file}: {button}");
        assert_eq!(
            strip_tags(button),
            theme_string(lang, "print_page"),
            "{file}"
        );
        let hint = control
            .split("<noscript>")
            .nth(1)
            .and_then(|rest| rest.split("</noscript>").next())
            .unwrap_or_else(|| panic!("{file}: no hint for readers without JavaScript"));
        assert_eq!(
            strip_tags(hint)
                .replace("&#39;", "'")
                .replace("&#x27;", "'"),
            theme_string(lang, "print_hint"),
            "{file}"
        );
        assert_eq!(
            html.matches("print.js\" defer></script>").count(),
            1,
            "{file}"
        );
        articles += 1;
    }
    assert!(
        articles >= 90 && listings > 50,
        "{articles} articles, {listings} listings"
    );
}
