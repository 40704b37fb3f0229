//! What raw HTML in a page carries: its ids, anything that runs script, and every address
//! it links to. Read with [`crate::text::html`], as a browser reads it: attribute values
//! quoted or not, in any case, with their character references (`&#x09;`, `&colon;`)
//! decoded.

use crate::text::html::start_tags;
use crate::text::url::{Use, srcset_urls};

/// One address in raw HTML.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Address {
    /// Byte offset of the attribute in the HTML.
    pub offset: usize,
    pub attribute: String,
    pub value: String,
    pub usage: Use,
}

/// What [`scan`] found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Found {
    pub ids: Vec<String>,
    /// What runs script, where.
    pub scripts: Vec<Script>,
    pub addresses: Vec<Address>,
    /// Byte offsets of `<img>` tags without an `alt` attribute.
    pub missing_alt: Vec<usize>,
}

/// Something in raw HTML that runs script.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Script {
    /// Byte offset in the HTML.
    pub offset: usize,
    pub what: Runs,
    /// It is in the document of an `srcdoc` attribute.
    pub in_srcdoc: bool,
}

/// What runs script.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Runs {
    /// A `<script>` element.
    Script,
    /// An inline event handler, the attribute of this name (`onclick`).
    Handler(String),
}

/// Attributes whose value is an address (one, or a list for `srcset` and `ping`).
const ADDRESS_ATTRIBUTES: [&str; 15] = [
    "href",
    "src",
    "srcset",
    "action",
    "formaction",
    "poster",
    "data",
    "cite",
    "background",
    "longdesc",
    "lowsrc",
    "dynsrc",
    "manifest",
    "icon",
    "xlink:href",
];

/// Reads `html`, a fragment of raw HTML; offsets are bytes of `html`.
pub fn scan(html: &str) -> Found {
    let mut found = Found::default();
    scan_into(html, 0, &mut found);
    found
}

fn scan_into(html: &str, base: usize, found: &mut Found) {
    for tag in start_tags(html) {
        let name = String::from_utf8_lossy(&tag.name).into_owned();
        let at = base + tag.span.start;
        if name == "script" {
            found.scripts.push(Script {
                offset: at,
                what: Runs::Script,
                in_srcdoc: false,
            });
        }
        if name == "img" && !tag.attributes.contains_key(b"alt".as_slice()) {
            found.missing_alt.push(at);
        }
        let mut refresh = false;
        let mut content: Option<(usize, String)> = None;
        for (attr, value) in &tag.attributes {
            let attr = String::from_utf8_lossy(attr).into_owned();
            let text = String::from_utf8_lossy(&value.value).into_owned();
            // The span may begin at the space before the name.
            let start = value.span.start.min(html.len());
            let offset = base + start + (html[start..].len() - html[start..].trim_start().len());
            if attr.len() > 2
                && attr.starts_with("on")
                && attr.bytes().all(|b| b.is_ascii_lowercase())
            {
                found.scripts.push(Script {
                    offset,
                    what: Runs::Handler(attr.clone()),
                    in_srcdoc: false,
                });
            }
            match attr.as_str() {
                "id" => found.ids.push(text.clone()),
                "http-equiv" => refresh = text.trim().eq_ignore_ascii_case("refresh"),
                "content" => content = Some((offset, text.clone())),
                // A document inside the attribute: it is read the same way.
                "srcdoc" => {
                    let mut inner = Found::default();
                    scan_into(&text, 0, &mut inner);
                    for script in inner.scripts {
                        found.scripts.push(Script {
                            offset,
                            what: script.what,
                            in_srcdoc: true,
                        });
                    }
                    for mut a in inner.addresses {
                        a.offset = offset;
                        found.addresses.push(a);
                    }
                }
                _ => {}
            }
            if !ADDRESS_ATTRIBUTES.contains(&attr.as_str()) && attr != "ping" {
                continue;
            }
            let usage = if (matches!(name.as_str(), "img" | "source" | "input" | "image")
                && matches!(attr.as_str(), "src" | "srcset" | "href" | "xlink:href"))
                || attr == "poster"
            {
                Use::Image
            } else {
                Use::Link
            };
            let values: Vec<&str> = match attr.as_str() {
                "srcset" => srcset_urls(&text).into_iter().map(|(_, u)| u).collect(),
                "ping" => text.split_ascii_whitespace().collect(),
                _ => vec![text.as_str()],
            };
            for v in values {
                found.addresses.push(Address {
                    offset,
                    attribute: attr.clone(),
                    value: v.to_string(),
                    usage,
                });
            }
        }
        // `<meta http-equiv="refresh" content="0; url=…">` sends the reader to an address.
        if refresh && let Some((offset, content)) = content {
            let lower = content.to_ascii_lowercase();
            if let Some(i) = lower.find("url") {
                let rest = content[i + 3..].trim_start();
                if let Some(target) = rest.strip_prefix('=') {
                    found.addresses.push(Address {
                        offset,
                        attribute: "content".into(),
                        value: target.trim().trim_matches(['"', '\'']).to_string(),
                        usage: Use::Link,
                    });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(html: &str) -> Vec<String> {
        scan(html).addresses.into_iter().map(|a| a.value).collect()
    }

    #[test]
    fn entities_are_decoded_and_any_quoting_is_read() {
        assert_eq!(
            values("<a href=\"java&#x09;script:alert(1)\">x</a>"),
            ["java\tscript:alert(1)"]
        );
        assert_eq!(values("<a HREF=javascript&colon;x>"), ["javascript:x"]);
        assert_eq!(values("<a title='x' href='/a'>"), ["/a"]);
        assert_eq!(
            values("<img srcset=\"a.jpg 1x, data:text/html,x 2x\">"),
            ["a.jpg", "data:text/html,x"]
        );
    }

    #[test]
    fn scripts_and_handlers_are_found_and_words_are_not() {
        assert_eq!(scan("<script>alert(1)</script>").scripts.len(), 1);
        assert_eq!(
            scan("<img src=\"x\" onerror=\"alert(1)\">").scripts.len(),
            1
        );
        assert_eq!(scan("<div\nONMOUSEOVER = 'x'>").scripts.len(), 1);
        assert!(scan("<p class=\"on\">once upon</p>").scripts.is_empty());
        assert!(scan("<p>Đăng ký online = miễn phí.</p>").scripts.is_empty());
        assert!(scan("<a title='onclick=x' href=\"/a\">").scripts.is_empty());
        // Text inside `<style>` is not read as tags.
        assert!(
            scan("<style>a[x='<img onerror=1>']{}</style>")
                .scripts
                .is_empty()
        );
        assert_eq!(
            scan("<iframe srcdoc=\"&lt;script&gt;x&lt;/script&gt;\"></iframe>")
                .scripts
                .len(),
            1
        );
    }

    #[test]
    fn ids_in_any_quoting_and_not_data_ids() {
        let found = scan("<div id='a'></div><p data-id=\"b\" id=c></p>");
        assert_eq!(found.ids, ["a", "c"]);
    }

    #[test]
    fn images_may_be_data_images_and_refresh_targets_are_addresses() {
        let found =
            scan("<img src=\"data:image/png;base64,AA\"><a href=\"data:image/png;base64,AA\">");
        let uses: Vec<Use> = found.addresses.iter().map(|a| a.usage).collect();
        assert_eq!(uses, [Use::Image, Use::Link]);
        assert_eq!(
            values("<meta http-equiv=\"Refresh\" content=\"0; URL='javascript:x'\">"),
            ["javascript:x"]
        );
    }

    #[test]
    fn offsets_are_the_attribute_in_the_html() {
        let html = "<p>x</p>\n<a class=\"b\" href=\"javascript:x\">";
        let a = &scan(html).addresses[0];
        assert!(html[a.offset..].starts_with("href="));
    }
}
