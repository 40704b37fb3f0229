//! Front-matter text is data, never markup: a title or description with `<`, `&` or
//! quotes appears escaped wherever the theme prints it (heading, `<title>`, listings,
//! attributes), so a page cannot inject a script into the site.

use crate::harness::Site;

const TITLE_YAML: &str = r#"title: '<script>alert(1)</script> & "x"'"#;
const TITLE_ESCAPED: &str = "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;";

#[test]
fn front_matter_text_is_escaped_in_every_page() {
    let page =
        format!("---\n{TITLE_YAML}\ndescription: '\"><script>alert(2)</script>'\n---\nNội dung.\n");
    let run = Site::minimal_with(&[("content/dau-tu/nguy-hiem.md", &page)])
        .build(&[])
        .success();

    let html = run.read("dau-tu/nguy-hiem/index.html");
    assert!(
        html.contains(&format!("<h1>{TITLE_ESCAPED}</h1>")),
        "{html}"
    );
    assert!(html.contains(&format!("<title>{TITLE_ESCAPED}")), "{html}");
    let listing = run.read("dau-tu/index.html");
    assert!(listing.contains(TITLE_ESCAPED), "{listing}");

    for (path, html) in run.html_files() {
        assert!(
            !html.contains("<script>alert("),
            "{path} contains the title's script unescaped"
        );
        assert!(
            !html.contains("\"><script"),
            "{path} lets the description break out of an attribute"
        );
    }
}
