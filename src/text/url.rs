//! Which addresses outreach publishes. A link or image that a browser would run as a
//! script (`javascript:`, `vbscript:`, `data:text/html`…) never reaches the site, however
//! it is spelt: the scheme is read the way a browser's URL parser reads it, after the
//! HTML entities are decoded, so `JaVaScRiPt:`, ` javascript:` and `java&#x09;script:`
//! are all `javascript:`.

use crate::messages::Msg;

/// The schemes every site may use, besides relative links.
pub const SAFE_SCHEMES: [&str; 4] = ["https", "http", "mailto", "tel"];

/// Schemes that run script in the reader's browser. A site cannot allow them.
const SCRIPT_SCHEMES: [&str; 3] = ["javascript", "vbscript", "livescript"];

/// What the site allows beyond [`SAFE_SCHEMES`], from site.yaml.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UrlPolicy {
    /// More schemes a site's readers need (`sms`, `geo`, `zalo`…), lowercased.
    pub extra_schemes: Vec<String>,
    /// `raw_html: forbid`: `<script>` and `on…=` handlers in content are errors.
    pub forbid_raw_scripts: bool,
}

/// Where an address is used: an image may also be a `data:image/…` address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Use {
    Link,
    Image,
}

/// Why an address is not published, in words for the author.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refused {
    /// What `msg` says in English.
    pub message: String,
    pub help: String,
    /// The catalogue message, to say in the run's language.
    pub msg: crate::messages::Msg,
}

impl Refused {
    fn new(msg: crate::messages::Msg) -> Refused {
        // Where the address is written, when a caller names it (`href=`), is said first.
        let msg = msg.arg("where", "none");
        let english = crate::messages::Lang::En;
        Refused {
            message: msg.text(english),
            help: msg.help(english).unwrap_or_default(),
            msg,
        }
    }
}

/// The scheme of `url` as a browser reads it (lowercased, without the `:`), or `None` for
/// a relative address. Leading and trailing spaces and control characters are ignored,
/// and tabs and line breaks anywhere, as the URL standard says.
pub fn scheme(url: &str) -> Option<String> {
    let mut chars = as_read(url);
    let first = chars.next()?;
    if !first.is_ascii_alphabetic() {
        return None;
    }
    let mut scheme = String::from(first.to_ascii_lowercase());
    for c in chars {
        match c {
            ':' => return Some(scheme),
            c if c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.') => {
                scheme.push(c.to_ascii_lowercase())
            }
            _ => return None,
        }
    }
    None
}

/// The characters of `url` as a URL parser reads them: leading and trailing spaces and
/// control characters left out, tabs and line breaks anywhere too.
fn as_read(url: &str) -> impl Iterator<Item = char> + '_ {
    url.trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
}

/// The rest of a `data:` address after `data:`, spaces and controls removed.
fn data_rest(url: &str) -> String {
    as_read(url)
        .collect::<String>()
        .split_once(':')
        .map(|(_, rest)| rest.trim_start().to_ascii_lowercase())
        .unwrap_or_default()
}

/// Whether outreach publishes `url` where it is used as `usage`.
pub fn check(url: &str, usage: Use, policy: &UrlPolicy) -> Result<(), Refused> {
    let Some(scheme) = scheme(url) else {
        return Ok(());
    };
    if matches!(scheme.as_str(), "http" | "https") {
        return preview_address(url);
    }
    if SAFE_SCHEMES.contains(&scheme.as_str()) || policy.extra_schemes.contains(&scheme) {
        return Ok(());
    }
    if scheme == "data" {
        let rest = data_rest(url);
        if usage == Use::Image && rest.starts_with("image/") {
            return Ok(());
        }
        let usage = match usage {
            Use::Image => "image",
            Use::Link => "link",
        };
        return Err(Refused::new(Msg::new("url-data").arg("use", usage)));
    }
    Err(refusal(&scheme))
}

/// An address on the author's own computer (`http://127.0.0.1:1111/lien-he/`, copied from
/// the preview): readers cannot open it.
fn preview_address(url: &str) -> Result<(), Refused> {
    let Some(host) = host(url) else {
        return Ok(());
    };
    let local = host == "localhost"
        || host.ends_with(".localhost")
        || host == "0.0.0.0"
        || host == "[::1]"
        || host == "[::]"
        || host.strip_prefix("127.").is_some_and(|rest| {
            rest.split('.').count() == 3 && rest.split('.').all(|p| p.parse::<u8>().is_ok())
        });
    if !local {
        return Ok(());
    }
    Err(Refused::new(
        Msg::new("url-this-computer").arg("url", url.trim()),
    ))
}

/// The host of an `http(s)://` address, lowercased, without user or port.
fn host(url: &str) -> Option<String> {
    let cleaned: String = as_read(url).collect();
    let (_, rest) = cleaned.split_once(':')?;
    let rest = rest.trim_start_matches(['/', '\\']);
    let authority = rest.split(['/', '\\', '?', '#']).next()?;
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = if host_port.starts_with('[') {
        host_port.split_inclusive(']').next().unwrap_or(host_port)
    } else {
        host_port.split(':').next().unwrap_or(host_port)
    };
    Some(host.trim_end_matches('.').to_ascii_lowercase())
}

fn refusal(scheme: &str) -> Refused {
    let msg = if SCRIPT_SCHEMES.contains(&scheme) {
        Msg::new("url-script").arg("scheme", scheme)
    } else if scheme == "file" {
        Msg::new("url-file")
    } else if scheme.len() == 1 {
        Msg::new("url-drive").arg("drive", scheme.to_ascii_uppercase())
    } else {
        Msg::new("url-scheme-unknown").arg("scheme", scheme)
    };
    Refused::new(msg)
}

/// For text whose use is not known (an untyped front-matter field, a data file, a
/// shortcode's text argument): refuses only what would run script if a template put it
/// in an `href` or `src`, and addresses on the author's own computer. "Lưu ý: …" or
/// "Data: 2018" are text, not addresses.
pub fn check_text(text: &str) -> Result<(), Refused> {
    let Some(scheme) = scheme(text) else {
        return Ok(());
    };
    if SCRIPT_SCHEMES.contains(&scheme.as_str()) {
        return Err(refusal(&scheme));
    }
    if matches!(scheme.as_str(), "http" | "https") {
        return preview_address(text);
    }
    if scheme == "data" {
        let rest = data_rest(text);
        // A media type (`text/html`, `application/xhtml+xml`) right after `data:`.
        let media = rest.split([';', ',']).next().unwrap_or_default();
        let looks_like_type = media.split_once('/').is_some_and(|(a, b)| {
            !a.is_empty()
                && !b.is_empty()
                && media
                    .bytes()
                    .all(|c| c.is_ascii_alphanumeric() || b"/+-.".contains(&c))
        });
        if looks_like_type && !media.starts_with("image/") {
            return check(text, Use::Image, &UrlPolicy::default());
        }
    }
    Ok(())
}

/// Every text in a YAML value (front matter, a data file) that [`check_text`] refuses,
/// with its path as positions are looked up (`links[0].url`).
pub fn refused_in_yaml(value: &serde_yaml::Value, path: &str) -> Vec<(String, Refused)> {
    let mut out = Vec::new();
    crate::yaml::each_text(value, path, &mut |at, text| {
        if let Err(refused) = check_text(text) {
            out.push((at.to_string(), refused));
        }
    });
    out
}

/// The addresses in a `srcset` value (`a.jpg 480w, b.jpg 2x`), each with its byte offset,
/// read as the HTML standard reads them: an address runs to the next space (a `data:`
/// address may hold commas), then its descriptors to the next comma.
pub fn srcset_urls(value: &str) -> Vec<(usize, &str)> {
    let bytes = value.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b',') {
            i += 1;
        }
        let start = i;
        while i < bytes.len() && !bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let url = value[start..i].trim_end_matches(',');
        if !url.is_empty() {
            out.push((start, url));
        }
        if value[start..i].ends_with(',') {
            continue;
        }
        // Descriptors, up to the comma that ends this candidate (not one in brackets).
        let mut depth = 0usize;
        while i < bytes.len() {
            match bytes[i] {
                b'(' => depth += 1,
                b')' => depth = depth.saturating_sub(1),
                b',' if depth == 0 => break,
                _ => {}
            }
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::Lang;

    /// A refusal says in English what its catalogue message says, and the message has
    /// a Vietnamese text and a code, for callers to say it in the run's language.
    #[test]
    fn a_refusal_carries_its_catalogue_message() {
        let refused =
            check("javascript:alert(1)", Use::Link, &UrlPolicy::default()).expect_err("refused");
        assert_eq!(refused.message, refused.msg.text(Lang::En));
        assert_eq!(Some(refused.help.clone()), refused.msg.help(Lang::En));
        assert_eq!(refused.msg.code().as_deref(), Some("E0122"));
        assert!(
            refused
                .msg
                .text(Lang::Vi)
                .starts_with("một địa chỉ `javascript:` chạy mã lệnh"),
            "{}",
            refused.msg.text(Lang::Vi)
        );
        let drive = check(
            "C:\\tai-lieu\\ke-hoach.pdf",
            Use::Link,
            &UrlPolicy::default(),
        )
        .expect_err("refused");
        assert_eq!(
            drive.message,
            "this is a file on a computer (`C:\\…`), which readers cannot open"
        );
        let sms = check("sms:+84", Use::Link, &UrlPolicy::default()).expect_err("refused");
        assert_eq!(
            sms.help,
            "if `sms:` links are safe and your readers need them, add `url_schemes: [sms]` to site.yaml"
        );
    }

    fn link(u: &str) -> bool {
        check(u, Use::Link, &UrlPolicy::default()).is_ok()
    }
    fn image(u: &str) -> bool {
        check(u, Use::Image, &UrlPolicy::default()).is_ok()
    }

    #[test]
    fn schemes_are_read_as_a_browser_reads_them() {
        assert_eq!(scheme("JaVaScRiPt:alert(1)").as_deref(), Some("javascript"));
        assert_eq!(scheme("  \u{1}javascript:x").as_deref(), Some("javascript"));
        assert_eq!(scheme("java\tscr\nipt:x").as_deref(), Some("javascript"));
        assert_eq!(scheme("/dau-tu/").as_deref(), None);
        assert_eq!(scheme("ban do.svg").as_deref(), None);
        assert_eq!(scheme("a/b:c").as_deref(), None);
        assert_eq!(scheme("1abc:x").as_deref(), None);
        assert_eq!(scheme("web+zalo:x").as_deref(), Some("web+zalo"));
    }

    #[test]
    fn only_safe_schemes_pass() {
        for ok in [
            "https://haugiang.gov.vn",
            "HTTP://x.org",
            "mailto:a@b.vn",
            "tel:+84293",
            "/en/",
            "#muc-tieu",
            "ban-do.svg",
            "?q=1",
            "//cdn.example.org/a.js",
            "@/dau-tu/_index.md",
        ] {
            assert!(link(ok), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            "vbscript:msgbox",
            "data:text/html,<script>",
            "data:image/png;base64,AAAA",
            "ftp://x.org",
            "C:\\Users\\a.pdf",
            "file:///etc/passwd",
        ] {
            assert!(!link(bad), "{bad}");
        }
        assert!(image("data:image/png;base64,AAAA"));
        assert!(image(" DATA: Image/svg+xml,<svg/>"));
        assert!(!image("data:text/html,x"));
        let policy = UrlPolicy {
            extra_schemes: vec!["sms".into()],
            forbid_raw_scripts: false,
        };
        assert!(check("sms:+84", Use::Link, &policy).is_ok());
    }

    #[test]
    fn preview_addresses_are_refused_and_others_are_not() {
        for bad in [
            "http://127.0.0.1:1111/lien-he/",
            "http://localhost:1111/",
            "HTTP://LOCALHOST/",
            "http://127.1.2.3/a",
            "http://[::1]:1111/",
            "http://0.0.0.0:1111/",
            "https://user@localhost:8080/x",
            "http://app.localhost/",
            "file:///C:/Users/a.pdf",
        ] {
            assert!(!link(bad), "{bad}");
            assert!(
                bad.starts_with("file") || check_text(bad).is_err(),
                "{bad} as text"
            );
        }
        for ok in [
            "https://127.example.org/",
            "https://localhost.vn/",
            "https://haugiang.gov.vn:443/",
            "http://10.0.0.1/",
        ] {
            assert!(link(ok), "{ok}");
        }
    }

    #[test]
    fn text_is_refused_only_when_it_would_run_script() {
        assert!(check_text("Lưu ý: đây là văn bản").is_ok());
        assert!(check_text("Data: 2018 figures").is_ok());
        assert!(check_text("ftp://x.org").is_ok());
        assert!(check_text("data:image/png;base64,AA").is_ok());
        assert!(check_text("javascript:alert(1)").is_err());
        assert!(check_text("data:text/html,<b>").is_err());
        assert!(check_text("data:application/xhtml+xml;base64,AA").is_err());
    }

    #[test]
    fn srcset_addresses_and_offsets() {
        let v = "a.jpg 480w, javascript:x 2x,b.jpg";
        let found = srcset_urls(v);
        assert_eq!(
            found,
            vec![(0, "a.jpg"), (12, "javascript:x"), (28, "b.jpg")]
        );
        assert_eq!(
            srcset_urls("data:text/html,x 2x, c.jpg,d.jpg"),
            vec![(0, "data:text/html,x"), (21, "c.jpg,d.jpg")]
        );
    }
}
