//! The HTML of a responsive photo: `<picture>` with a WebP `<source>` and an `<img>`
//! fallback, both with `srcset` and `sizes`, and the `width` and `height` that keep the
//! page from shifting as the photo arrives.

/// A photo as pages show it. URLs in `srcset` are percent-encoded; `src` is too.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Picture {
    /// The largest fallback (JPEG or PNG).
    pub src: String,
    /// The largest size, upright.
    pub width: u32,
    pub height: u32,
    pub srcset: String,
    pub webp_srcset: String,
    pub sizes: String,
}

/// `srcset` from (site path, width) pairs.
pub(crate) fn srcset<'a>(candidates: impl Iterator<Item = (&'a str, u32)>) -> String {
    candidates
        .map(|(url, w)| format!("{} {w}w", encode_url(url)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A site path written for an attribute: everything but letters, digits and `/-._~:@+=`
/// percent-encoded (spaces, commas and Vietnamese letters included), so it needs no
/// further escaping and a `srcset` reads it as one address.
pub fn encode_url(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for b in url.bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~:@+=".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

impl Picture {
    /// The markup, loaded lazily ([`make_first_eager`] changes the page's first).
    pub fn markup(&self, alt: &str) -> String {
        format!(
            "<picture><source type=\"image/webp\" srcset=\"{webp}\" sizes=\"{sizes}\"><img src=\"{src}\" srcset=\"{srcset}\" sizes=\"{sizes}\" width=\"{w}\" height=\"{h}\" alt=\"{alt}\" loading=\"lazy\" decoding=\"async\"></picture>",
            webp = self.webp_srcset,
            sizes = escape_attribute(&self.sizes),
            src = self.src,
            srcset = self.srcset,
            w = self.width,
            h = self.height,
            alt = escape_attribute(alt),
        )
    }

    /// The photo for a template: `src`, `width`, `height`, `srcset`, `webp_srcset`, `sizes`.
    pub fn to_value(&self) -> tera::Value {
        tera::Value::from(self.to_map())
    }

    /// [`Picture::to_value`]'s fields, to add more to.
    pub fn to_map(&self) -> tera::Map {
        let mut map = tera::Map::new();
        map.insert("src".into(), tera::Value::from(self.src.as_str()));
        map.insert("width".into(), tera::Value::from(i64::from(self.width)));
        map.insert("height".into(), tera::Value::from(i64::from(self.height)));
        map.insert("srcset".into(), tera::Value::from(self.srcset.as_str()));
        map.insert(
            "webp_srcset".into(),
            tera::Value::from(self.webp_srcset.as_str()),
        );
        map.insert("sizes".into(), tera::Value::from(self.sizes.as_str()));
        map
    }
}

/// The first photo of a page is likely its largest paint: loaded at once, first.
pub fn make_first_eager(html: &mut String) {
    let Some(start) = html.find("<img ") else {
        return;
    };
    let end = html[start..].find('>').map_or(html.len(), |e| start + e);
    if let Some(at) = html[start..end].find(" loading=\"lazy\"") {
        let at = start + at;
        html.replace_range(
            at..at + " loading=\"lazy\"".len(),
            " loading=\"eager\" fetchpriority=\"high\"",
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_encoded_for_srcset() {
        assert_eq!(
            encode_url("/dự án/ảnh, 1.jpg"),
            "/d%E1%BB%B1%20%C3%A1n/%E1%BA%A3nh%2C%201.jpg"
        );
    }

    #[test]
    fn only_the_first_lazy_image_becomes_eager() {
        let mut html =
            "<p><img src=\"a\" loading=\"lazy\"><img src=\"b\" loading=\"lazy\"></p>".to_string();
        make_first_eager(&mut html);
        assert_eq!(
            html,
            "<p><img src=\"a\" loading=\"eager\" fetchpriority=\"high\"><img src=\"b\" loading=\"lazy\"></p>"
        );
    }
}
