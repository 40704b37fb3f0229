//! Structured data for search engines: the JSON-LD a page's `<head>` carries, built here
//! with serde_json rather than pasted together in a template, so every title is escaped
//! as JSON and the whole can sit inside `<script>` whatever the authors wrote.
//!
//! The home page of each language describes the site's publisher (a
//! `GovernmentOrganization`) and the `WebSite`; every other page its `BreadcrumbList`; and
//! projects, events and news items a node of their own (`Project`, `Event`,
//! `NewsArticle`). Only what the site states is said: a property whose value is not written
//! is left out, and a page marked `sample: true` (illustrative figures and dates) or a
//! contact block marked `sample: true` (placeholder details) is not published as facts.

use serde_json::{Map, Value as Json, json};
use serde_yaml::Value as Yaml;

use super::context::SiteContext;
use crate::config::localize_value;
use crate::library::EntryId;

/// What a page's breadcrumb trail ends in: its title and full address.
pub(super) struct Here<'a> {
    pub title: &'a str,
    pub canonical: &'a str,
}

impl SiteContext<'_> {
    /// The page's JSON-LD, ready to be written between `<script type="application/ld+json">`
    /// and `</script>`, or an empty string when there is nothing to say. `ancestors` are
    /// the breadcrumbs' values (`title`, `url`); `entry` is the page or section shown,
    /// whose own node (organisation, project, event, news item) joins the breadcrumbs.
    pub(super) fn structured_data(
        &self,
        lang: usize,
        ancestors: &[tera::Value],
        here: Here<'_>,
        entry: Option<EntryId>,
    ) -> tera::Value {
        let mut graph = Vec::new();
        if !ancestors.is_empty() {
            graph.push(self.breadcrumbs(ancestors, &here));
        }
        if let Some(id) = entry {
            if id == self.library.root {
                graph.push(self.organization(lang));
                graph.push(self.website(lang));
            } else if let Some(node) = self.entry_node(id, lang, here.canonical) {
                graph.push(node);
            }
        }
        if graph.is_empty() {
            return tera::Value::from("");
        }
        let doc = json!({ "@context": "https://schema.org", "@graph": graph });
        tera::Value::safe_string(&script_safe(&doc))
    }

    /// `BreadcrumbList`: the sections from the home page down, then the page itself.
    fn breadcrumbs(&self, ancestors: &[tera::Value], here: &Here<'_>) -> Json {
        let field = |v: &tera::Value, name: &str| -> String {
            v.get_from_path(name)
                .and_then(|x| x.as_str().map(str::to_string))
                .unwrap_or_default()
        };
        let trail = ancestors
            .iter()
            .map(|a| (field(a, "title"), self.config.absolute(&field(a, "url"))))
            .chain(std::iter::once((
                here.title.to_string(),
                here.canonical.to_string(),
            )));
        let items: Vec<Json> = trail
            .enumerate()
            .map(|(i, (name, url))| {
                json!({ "@type": "ListItem", "position": i + 1, "name": name, "item": url })
            })
            .collect();
        json!({ "@type": "BreadcrumbList", "itemListElement": items })
    }

    /// The same organisation in every language: its `@id` is the default language's home.
    fn organization_id(&self) -> String {
        format!("{}#organization", self.home_permalink(0))
    }

    fn home_permalink(&self, lang: usize) -> String {
        self.config
            .permalink(&format!("{}/", self.config.languages[lang].prefix))
    }

    fn site_title(&self, lang: usize) -> &str {
        let codes = self.config.language_codes();
        self.config.title.get(codes[lang], codes[0])
    }

    /// The site's contact block (`extra.contact` in site.yaml) in `lang`, unless it is
    /// missing or marked as placeholders (`sample: true`).
    fn contact(&self, lang: usize) -> Option<Yaml> {
        let codes = self.config.language_codes();
        let contact = localize_value(
            self.config.extra.get("contact")?,
            codes[lang],
            codes[0],
            &codes,
        );
        let sample = contact
            .get("sample")
            .and_then(Yaml::as_bool)
            .unwrap_or(false);
        (!sample).then_some(contact)
    }

    /// `GovernmentOrganization`: the contact block's organisation, or else the site
    /// itself, with the contact details the site gives.
    fn organization(&self, lang: usize) -> Json {
        let contact = self.contact(lang);
        let text = |name: &str| -> Option<String> {
            let v = contact.as_ref()?.get(name)?;
            let s = match v {
                Yaml::String(s) => s.trim().to_string(),
                Yaml::Number(n) => n.to_string(),
                _ => return None,
            };
            (!s.is_empty()).then_some(s)
        };
        let mut node = object(json!({
            "@type": "GovernmentOrganization",
            "@id": self.organization_id(),
            "name": text("organisation").unwrap_or_else(|| self.site_title(lang).to_string()),
            "url": self.home_permalink(lang),
        }));
        put(&mut node, "image", self.config.image.clone());
        put(&mut node, "address", text("address"));
        put(&mut node, "email", text("email"));
        put(&mut node, "telephone", text("phone"));
        Json::Object(node)
    }

    /// The organisation as a news item's publisher: enough to name it, and its `@id`.
    fn publisher(&self, lang: usize) -> Json {
        let org = self.organization(lang);
        json!({
            "@type": "GovernmentOrganization",
            "@id": org["@id"],
            "name": org["name"],
            "url": org["url"],
        })
    }

    /// `WebSite`: the site in this language, published by the organisation.
    fn website(&self, lang: usize) -> Json {
        let home = self.home_permalink(lang);
        json!({
            "@type": "WebSite",
            "@id": format!("{home}#website"),
            "name": self.site_title(lang),
            "url": home,
            "inLanguage": self.config.languages[lang].code,
            "publisher": { "@id": self.organization_id() },
        })
    }

    /// The node of a project, event or news page; `None` for other types and for pages
    /// whose figures and dates are illustrative.
    fn entry_node(&self, id: EntryId, lang: usize, url: &str) -> Option<Json> {
        let entry = self.library.entry(id);
        let r = entry.renditions[lang].as_ref()?;
        let meta = &r.meta;
        if meta.sample == Some(true) {
            return None;
        }
        let codes = self.config.language_codes();
        let content_lang = &self.config.languages[entry.variants[r.variant].lang].code;
        let field = |name: &str| -> Option<Yaml> {
            let raw = meta.fields.get(name)?;
            Some(localize_value(raw, codes[lang], codes[0], &codes))
        };
        let field_text = |name: &str| field(name).and_then(|v| v.as_str().map(str::to_string));
        let kind = crate::types::type_of(self.library, entry);
        let mut node = Map::new();
        match kind {
            "project" => {
                node.insert("@type".into(), "Project".into());
                let district = field_text("district").map(|d| {
                    self.schemas
                        .get(kind)
                        .and_then(|s| s.fields.get("district"))
                        .map_or(d.clone(), |spec| {
                            spec.value_label(&d, codes[lang], codes[0]).to_string()
                        })
                });
                let mut place = object(json!({ "@type": "Place" }));
                put(&mut place, "name", district);
                put(&mut place, "geo", field("location").as_ref().and_then(geo));
                if place.len() > 1 {
                    node.insert("location".into(), Json::Object(place));
                }
            }
            "event" => {
                node.insert("@type".into(), "Event".into());
                node.insert("startDate".into(), meta.date?.iso().into());
                put(&mut node, "endDate", field_text("end_date"));
                if let Some(place) = field_text("place") {
                    node.insert(
                        "location".into(),
                        json!({ "@type": "Place", "name": place }),
                    );
                }
                node.insert("inLanguage".into(), content_lang.as_str().into());
            }
            "news" => {
                node.insert("@type".into(), "NewsArticle".into());
                put(&mut node, "headline", meta.title.clone());
                node.insert("datePublished".into(), meta.date?.iso().into());
                put(&mut node, "dateModified", meta.updated.map(|d| d.iso()));
                node.insert("inLanguage".into(), content_lang.as_str().into());
                node.insert("mainEntityOfPage".into(), url.into());
                node.insert("publisher".into(), self.publisher(lang));
                let image = self.summaries[id][lang]
                    .as_ref()
                    .and_then(|s| s.get_from_path("image_url"))
                    .and_then(|v| v.as_str().map(str::to_string))
                    .filter(|s| !s.is_empty())
                    .or_else(|| self.config.image.clone());
                put(&mut node, "image", image);
            }
            _ => return None,
        }
        put(&mut node, "name", meta.title.clone());
        put(&mut node, "description", meta.description.clone());
        node.insert("url".into(), url.into());
        Some(Json::Object(node))
    }
}

/// `GeoCoordinates` from a `{ lat, lon }` field, with the numbers as written.
fn geo(location: &Yaml) -> Option<Json> {
    let number = |name: &str| -> Option<Json> {
        let n = location.get(name)?;
        n.is_number().then(|| serde_json::to_value(n).ok())?
    };
    Some(json!({
        "@type": "GeoCoordinates",
        "latitude": number("lat")?,
        "longitude": number("lon")?,
    }))
}

fn object(value: Json) -> Map<String, Json> {
    match value {
        Json::Object(m) => m,
        _ => Map::new(),
    }
}

/// Sets `key` only when there is a value.
fn put(node: &mut Map<String, Json>, key: &str, value: Option<impl Into<Json>>) {
    if let Some(v) = value {
        node.insert(key.to_string(), v.into());
    }
}

/// JSON that can stand between `<script>` and `</script>`: no `<`, `>` or `&` (so no
/// `</script>` or `<!--`), and no U+2028 or U+2029 (line ends to older JavaScript). Each
/// is written as its `\u` escape, which JSON reads back as the same character; outside
/// strings JSON has none of them.
pub(super) fn script_safe(value: &Json) -> String {
    let plain = serde_json::to_string(value).expect("JSON values serialise");
    let mut out = String::with_capacity(plain.len());
    for c in plain.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::script_safe;
    use serde_json::json;

    #[test]
    fn script_safe_json_reads_back_as_the_same_text() {
        let title = "</script><script>alert(1)</script> & <!-- \u{2028}\u{2029} \"q\"";
        let out = script_safe(&json!({ "name": title }));
        for bad in ["<", ">", "&", "\u{2028}", "\u{2029}"] {
            assert!(!out.contains(bad), "{bad:?} left in {out}");
        }
        let back: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(back["name"], title);
    }
}
