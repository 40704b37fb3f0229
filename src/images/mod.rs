//! Photos that load fast on any phone. Every JPEG, PNG and WebP file beside the content
//! is decoded once, turned upright, stripped of its metadata (GPS above all) and published
//! at the widths site.yaml sets, as WebP and a JPEG (or PNG) fallback — never the
//! original bytes: the original's own address holds its largest size, in its format. The stage runs before rendering, so pages know each photo's sizes;
//! what it made is kept in a cache (see [`cache`]), so a rebuild decodes nothing.
//!
//! A photo outreach cannot publish (damaged, HEIC, too large) is an error at the
//! Markdown that shows it, or at the file itself when nothing shows it.

mod cache;
mod encode;
pub mod html;
mod probe;
pub mod social;

pub use cache::CACHE_DIR;
pub use html::Picture;

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use rayon::prelude::*;

use crate::config::{Config, ImageSettings};
use crate::diagnostics::Diagnostic;
use crate::library::{Asset, Library};
use crate::messages::Msg;
use crate::render::Sink;
use cache::{Cache, Meta};
use encode::Decoded;
use probe::BadImage;
use social::Focus;

/// A page's cover as pages show it: the photo at every width, and its link preview.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cover {
    pub picture: Picture,
    /// The preview's site path (under the base URL's path), 1200×630 or smaller.
    pub preview_url: String,
    pub preview_width: u32,
    pub preview_height: u32,
}

/// Why a photo cannot be shown: said at the reference to it. `message` and `help` are
/// the English of `msg`, the catalogue message to say it with in the run's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImageProblem {
    pub message: String,
    pub help: String,
    pub msg: crate::messages::Msg,
}

/// How much work the stage did, for `--verbose` (and the cache's tests).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImageStats {
    pub images: usize,
    /// Photos decoded this build (the others came whole from the cache).
    pub decoded: usize,
    /// Cache entries removed after the build.
    pub pruned: usize,
    /// How long reading, decoding and resizing took (not the copy into the output).
    pub took: std::time::Duration,
}

/// One photo file of the content.
struct Item {
    /// `content/dau-tu/du-an/anh.jpg`, for messages.
    shown: PathBuf,
    source: PathBuf,
    /// Its site path, as the library gives it.
    url: String,
    state: Result<Ready, BadImage>,
    referenced: AtomicBool,
}

/// A photo whose every size is in the cache.
struct Ready {
    key: String,
    meta: Meta,
    widths: Vec<u32>,
}

/// Every photo of the site, processed.
pub struct Images {
    items: Vec<Item>,
    by_url: HashMap<String, usize>,
    /// By path under `content/` (`dau-tu/du-an/anh.jpg`), for `resize_image`.
    by_content_path: HashMap<String, usize>,
    settings: ImageSettings,
    /// For the addresses pages show (`Config::site_url`: under the base URL's path).
    config: Config,
    cache: Cache,
    /// Sizes templates asked for besides the site's widths: made after rendering.
    extra: Mutex<BTreeSet<(usize, u32)>>,
    /// Link previews pages asked for, around their focal points: made after rendering.
    previews: Mutex<BTreeSet<(usize, Focus)>>,
    decoded: AtomicUsize,
    took: std::time::Duration,
}

/// Whether a content file is a photo this stage takes (the others are copied as they are).
pub fn is_photo(name: &str) -> bool {
    let extension = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
    extension.is_some_and(|e| {
        probe::PROCESSED.contains(&e.as_str()) || probe::UNSUPPORTED.contains(&e.as_str())
    })
}

/// The site path of one size of the photo at `url`: beside it, `anh-800w.webp`.
fn sized_url(url: &str, width: u32, extension: &str) -> String {
    beside(url, &format!("-{width}w.{extension}"))
}

/// The site path beside the photo at `url` whose name is the photo's without its
/// extension, then `suffix`.
fn beside(url: &str, suffix: &str) -> String {
    let (dir, name) = url.rsplit_once('/').unwrap_or(("", url));
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    format!("{dir}/{stem}{suffix}")
}

/// What a set of requests holds now (empty if a thread panicked while holding it).
fn requests<T: Copy>(set: &Mutex<BTreeSet<T>>) -> Vec<T> {
    set.lock()
        .map(|s| s.iter().copied().collect())
        .unwrap_or_default()
}

impl Ready {
    fn fallback_extension(&self) -> &'static str {
        if self.meta.png { "png" } else { "jpg" }
    }

    /// Whether both files of `width` are in the cache.
    fn cached(&self, cache: &Cache, width: u32, quality: u8) -> bool {
        cache.variant(&self.key, width, quality, "webp").is_file()
            && cache
                .variant(&self.key, width, quality, self.fallback_extension())
                .is_file()
    }
}

/// The site path of a photo's link preview around `focus`: beside it, `anh-og50-30.jpg`.
fn preview_url(url: &str, focus: Focus) -> String {
    beside(url, &format!("-og{}-{}.jpg", focus.x, focus.y))
}

/// Processes every photo of the content, in parallel, through the cache.
pub fn prepare(
    config: &Config,
    library: &Library,
    progress: Option<&dyn crate::progress::Progress>,
) -> Images {
    let started = std::time::Instant::now();
    let content = config.content_dir();
    // Photos in the site's and the theme's `static/` are published the same way.
    let statics: Vec<Asset> = library
        .statics
        .iter()
        .filter(|(rel, _)| is_photo(rel))
        .map(|(rel, source)| Asset {
            source: source.clone(),
            url: format!("/{rel}"),
            name: rel.clone(),
        })
        .collect();
    let assets: Vec<&Asset> = library
        .entries
        .iter()
        .flat_map(|e| e.assets.iter())
        .chain(library.loose_assets.iter())
        .filter(|a| is_photo(&a.name))
        .chain(statics.iter())
        .collect();
    let cache = Cache::new(&config.root);
    let decoded = AtomicUsize::new(0);
    if let Some(p) = progress {
        p.phase("images", Some(assets.len() as u64));
    }
    let settings = &config.images;
    let items: Vec<Item> = assets
        .par_iter()
        .map(|asset| {
            let shown = match asset.source.strip_prefix(&content) {
                Ok(rel) => Path::new("content").join(rel),
                Err(_) => asset
                    .source
                    .strip_prefix(&config.root)
                    .unwrap_or(&asset.source)
                    .to_path_buf(),
            };
            let state = process(&asset.source, &shown, settings, &cache, &decoded);
            if let Some(p) = progress {
                p.advance(1);
            }
            Item {
                shown,
                source: asset.source.clone(),
                url: asset.url.clone(),
                state,
                referenced: AtomicBool::new(false),
            }
        })
        .collect();
    let mut by_url = HashMap::new();
    let mut by_content_path = HashMap::new();
    for (i, item) in items.iter().enumerate() {
        by_url.insert(item.url.clone(), i);
        // As a shortcode's resolved `src` gives it, under the base URL's path.
        by_url.insert(config.site_url(&item.url), i);
        if let Ok(rel) = item.shown.strip_prefix("content") {
            by_content_path.insert(rel.to_string_lossy().replace('\\', "/"), i);
        }
    }
    Images {
        items,
        by_url,
        by_content_path,
        settings: settings.clone(),
        config: config.clone(),
        cache,
        extra: Mutex::default(),
        previews: Mutex::default(),
        decoded,
        took: started.elapsed(),
    }
}

fn read_photo(source: &Path, shown: &str) -> Result<Vec<u8>, BadImage> {
    std::fs::read(source).map_err(|e| {
        BadImage::new(
            Msg::new("photo-unreadable")
                .arg("shown", shown)
                .arg("error", e.to_string()),
        )
    })
}

/// A cache folder that cannot be written, said at the photo.
fn cache_failure(e: &anyhow::Error) -> BadImage {
    BadImage::new(
        Msg::new("photo-cache-unwritable")
            .arg("cache", CACHE_DIR)
            .arg("error", format!("{e:#}")),
    )
}

/// One photo: from the cache when every size is there, else decoded and made.
fn process(
    source: &Path,
    shown: &Path,
    settings: &ImageSettings,
    cache: &Cache,
    decoded: &AtomicUsize,
) -> Result<Ready, BadImage> {
    let shown_text = shown.to_string_lossy();
    let bytes = read_photo(source, &shown_text)?;
    let key = Cache::key(&bytes);
    if let Some(meta) = cache.meta(&key)
        && u64::from(meta.size.width) * u64::from(meta.size.height) <= settings.max_pixels
    {
        let ready = Ready {
            widths: encode::widths_for(meta.size.width, &settings.widths),
            key,
            meta,
        };
        if ready
            .widths
            .iter()
            .all(|&w| ready.cached(cache, w, settings.quality))
        {
            return Ok(ready);
        }
        return process_decoding(&bytes, ready.key, &shown_text, settings, cache, decoded);
    }
    process_decoding(&bytes, key, &shown_text, settings, cache, decoded)
}

fn process_decoding(
    bytes: &[u8],
    key: String,
    shown: &str,
    settings: &ImageSettings,
    cache: &Cache,
    decoded: &AtomicUsize,
) -> Result<Ready, BadImage> {
    let photo = decode(bytes, shown, settings, decoded)?;
    let meta = Meta {
        size: photo.size,
        png: photo.alpha || image::guess_format(bytes).is_ok_and(|f| f == image::ImageFormat::Png),
    };
    let ready = Ready {
        widths: encode::widths_for(meta.size.width, &settings.widths),
        key,
        meta,
    };
    make_sizes(&photo, &ready, &ready.widths, settings, cache, shown)?;
    cache
        .put_meta(&ready.key, meta)
        .map_err(|e| cache_failure(&e))?;
    Ok(ready)
}

fn decode(
    bytes: &[u8],
    shown: &str,
    settings: &ImageSettings,
    decoded: &AtomicUsize,
) -> Result<Decoded, BadImage> {
    let (header, decoder) = probe::open(bytes, shown, settings.max_pixels)?;
    decoded.fetch_add(1, Ordering::Relaxed);
    encode::decode(header, decoder, shown)
}

/// Encodes the sizes `widths` into the cache, unless every one is there already.
fn make_sizes(
    photo: &Decoded,
    ready: &Ready,
    widths: &[u32],
    settings: &ImageSettings,
    cache: &Cache,
    shown: &str,
) -> Result<(), BadImage> {
    let q = settings.quality;
    if widths.iter().all(|&w| ready.cached(cache, w, q)) {
        return Ok(());
    }
    let encoded = photo.encode_all(widths, q, ready.meta.png).map_err(|e| {
        BadImage::new(
            Msg::new("photo-resize-failed")
                .arg("shown", shown)
                .arg("error", e.to_string()),
        )
    })?;
    for (w, files) in encoded {
        let webp_path = cache.variant(&ready.key, w, q, "webp");
        let fallback_path = cache.variant(&ready.key, w, q, ready.fallback_extension());
        cache::write_whole(&webp_path, &files.webp).map_err(|e| cache_failure(&e))?;
        cache::write_whole(&fallback_path, &files.fallback).map_err(|e| cache_failure(&e))?;
    }
    Ok(())
}

/// Cuts and encodes the link previews around `focuses` into the cache.
fn make_previews(
    photo: &Decoded,
    ready: &Ready,
    focuses: &[Focus],
    quality: u8,
    cache: &Cache,
    shown: &str,
) -> Result<(), BadImage> {
    for &focus in focuses {
        let (rect, size) = social::crop(ready.meta.size, focus);
        let jpeg = photo.preview(rect, size, quality).map_err(|e| {
            BadImage::new(
                Msg::new("photo-resize-failed")
                    .arg("shown", shown)
                    .arg("error", e.to_string()),
            )
        })?;
        cache::write_whole(&cache.preview(&ready.key, focus, quality), &jpeg)
            .map_err(|e| cache_failure(&e))?;
    }
    Ok(())
}

impl Images {
    /// Whether the stage publishes the file at site path `url` (so it is not copied).
    pub fn takes(&self, url: &str) -> bool {
        self.by_url.contains_key(url)
    }

    /// The photo at site path `url` as pages show it, or why it cannot be shown. `None` when `url` is no photo.
    pub fn picture(&self, url: &str) -> Option<Result<Picture, ImageProblem>> {
        let i = *self.by_url.get(url)?;
        let item = &self.items[i];
        item.referenced.store(true, Ordering::Relaxed);
        Some(match &item.state {
            Ok(ready) => Ok(self.picture_of(item, ready)),
            Err(bad) => Err(ImageProblem {
                message: bad.message(),
                help: bad.help(),
                msg: bad.msg.clone(),
            }),
        })
    }

    /// The photo at site path `url` as a page's cover, with its link preview cut around
    /// `focus`. `None` when `url` is no photo or one that cannot be published (its error
    /// is said at the file).
    pub fn cover(&self, url: &str, focus: Focus) -> Option<Cover> {
        let i = *self.by_url.get(url)?;
        let item = &self.items[i];
        let ready = item.state.as_ref().ok()?;
        item.referenced.store(true, Ordering::Relaxed);
        let (_, size) = social::crop(ready.meta.size, focus);
        if let Ok(mut previews) = self.previews.lock() {
            previews.insert((i, focus));
        }
        Some(Cover {
            picture: self.picture_of(item, ready),
            preview_url: html::encode_url(&self.config.site_url(&preview_url(&item.url, focus))),
            preview_width: size.width,
            preview_height: size.height,
        })
    }

    fn picture_of(&self, item: &Item, ready: &Ready) -> Picture {
        let full = ready.meta.size;
        let largest = *ready.widths.last().unwrap_or(&full.width);
        let size = encode::size_at(full, largest);
        let fallback = ready.fallback_extension();
        let urls = |ext: &str| -> Vec<(String, u32)> {
            ready
                .widths
                .iter()
                .map(|&w| (self.config.site_url(&sized_url(&item.url, w, ext)), w))
                .collect()
        };
        let webp = urls("webp");
        let fallbacks = urls(fallback);
        Picture {
            src: html::encode_url(
                &self
                    .config
                    .site_url(&sized_url(&item.url, largest, fallback)),
            ),
            width: size.width,
            height: size.height,
            srcset: html::srcset(fallbacks.iter().map(|(u, w)| (u.as_str(), *w))),
            webp_srcset: html::srcset(webp.iter().map(|(u, w)| (u.as_str(), *w))),
            sizes: self.settings.sizes.clone(),
        }
    }

    /// `resize_image(path=…, width=…)`: the photo at `path` (`@/section/page/anh.jpg`
    /// or its site path) `width` wide (at most its own width), as
    /// `{url, webp_url, width, height}`. A width the site does not publish is made after
    /// rendering ([`Images::make_requested`]).
    pub fn resize(&self, path: &str, width: u32) -> Result<tera::Value, String> {
        let i = match path.strip_prefix("@/") {
            Some(rel) => self.by_content_path.get(rel),
            None => self.by_url.get(path),
        }
        .copied()
        .ok_or_else(|| {
            format!("resize_image(): there is no photo `{path}` (give a JPEG, PNG or WebP file as `@/section/page/photo.jpg` or its address)")
        })?;
        let item = &self.items[i];
        let ready = item.state.as_ref().map_err(|bad| {
            format!(
                "resize_image(): `{}` cannot be published: {}",
                item.shown.display(),
                bad.message()
            )
        })?;
        item.referenced.store(true, Ordering::Relaxed);
        let width = width.clamp(1, ready.meta.size.width);
        if !ready.widths.contains(&width)
            && let Ok(mut extra) = self.extra.lock()
        {
            extra.insert((i, width));
        }
        let size = encode::size_at(ready.meta.size, width);
        let mut map = tera::Map::new();
        map.insert(
            "url".into(),
            tera::Value::from(html::encode_url(&self.config.site_url(&sized_url(
                &item.url,
                width,
                ready.fallback_extension(),
            )))),
        );
        map.insert(
            "webp_url".into(),
            tera::Value::from(html::encode_url(
                &self.config.site_url(&sized_url(&item.url, width, "webp")),
            )),
        );
        map.insert("width".into(), tera::Value::from(i64::from(size.width)));
        map.insert("height".into(), tera::Value::from(i64::from(size.height)));
        Ok(tera::Value::from(map))
    }

    /// Makes the sizes templates asked for that the site's widths do not include.
    pub fn make_requested(&self) -> Vec<Diagnostic> {
        let requested: Vec<(usize, u32)> = requests(&self.extra);
        let previews: Vec<(usize, Focus)> = requests(&self.previews);
        let mut by_item: HashMap<usize, (Vec<u32>, Vec<Focus>)> = HashMap::new();
        for (i, w) in requested {
            by_item.entry(i).or_default().0.push(w);
        }
        for (i, focus) in previews {
            by_item.entry(i).or_default().1.push(focus);
        }
        let q = self.settings.quality;
        by_item
            .par_iter()
            .filter_map(|(&i, (widths, focuses))| {
                let item = &self.items[i];
                let ready = item.state.as_ref().ok()?;
                let missing: Vec<Focus> = focuses
                    .iter()
                    .copied()
                    .filter(|&f| !self.cache.preview(&ready.key, f, q).is_file())
                    .collect();
                if missing.is_empty() && widths.iter().all(|&w| ready.cached(&self.cache, w, q)) {
                    return None;
                }
                let shown = item.shown.to_string_lossy();
                let made = read_photo(&item.source, &shown)
                    .and_then(|bytes| decode(&bytes, &shown, &self.settings, &self.decoded))
                    .and_then(|photo| {
                        make_sizes(&photo, ready, widths, &self.settings, &self.cache, &shown)?;
                        make_previews(&photo, ready, &missing, q, &self.cache, &shown)
                    });
                made.err().map(|bad| bad.diagnostic(&item.shown))
            })
            .collect()
    }

    /// An error at each photo that cannot be published and that no page shows (those
    /// that a page shows have their error at the reference).
    pub fn unreferenced_problems(&self) -> Vec<Diagnostic> {
        self.items
            .iter()
            .filter(|item| !item.referenced.load(Ordering::Relaxed))
            .filter_map(|item| {
                let bad = item.state.as_ref().err()?;
                Some(bad.diagnostic(&item.shown))
            })
            .collect()
    }

    /// Copies every size of every photo from the cache into the output.
    pub fn publish(&self, sink: &dyn Sink) -> anyhow::Result<()> {
        let extra: Vec<(usize, u32)> = requests(&self.extra);
        let sizes = self.items.iter().enumerate().flat_map(|(i, item)| {
            let widths = item.state.as_ref().map(|r| r.widths.clone());
            widths.unwrap_or_default().into_iter().map(move |w| (i, w))
        });
        let all: Vec<(usize, u32)> = sizes.chain(extra).collect();
        let previews: Vec<(usize, Focus)> = requests(&self.previews);
        previews
            .par_iter()
            .try_for_each(|&(i, focus)| -> anyhow::Result<()> {
                let item = &self.items[i];
                if let Ok(ready) = &item.state {
                    let cached = self.cache.preview(&ready.key, focus, self.settings.quality);
                    let url = preview_url(&item.url, focus);
                    sink.copy(url.trim_start_matches('/'), &cached)?;
                }
                Ok(())
            })?;
        all.par_iter()
            .try_for_each(|&(i, w)| -> anyhow::Result<()> {
                let item = &self.items[i];
                let Ok(ready) = &item.state else {
                    return Ok(());
                };
                let q = self.settings.quality;
                for ext in ["webp", ready.fallback_extension()] {
                    let url = sized_url(&item.url, w, ext);
                    let cached = self.cache.variant(&ready.key, w, q, ext);
                    sink.copy(url.trim_start_matches('/'), &cached)?;
                }
                // The original's address (a link, a page's `image:`) holds its largest
                // size, in the original's format.
                if ready.widths.last() == Some(&w) {
                    let own = if item.url.to_ascii_lowercase().ends_with(".webp") {
                        "webp"
                    } else {
                        ready.fallback_extension()
                    };
                    let cached = self.cache.variant(&ready.key, w, q, own);
                    sink.copy(item.url.trim_start_matches('/'), &cached)?;
                }
                Ok(())
            })
    }

    /// Removes the cache entries this build did not use; call after a successful build.
    pub fn prune(&self) -> usize {
        self.cache.prune()
    }

    pub fn stats(&self) -> ImageStats {
        ImageStats {
            images: self.items.len(),
            decoded: self.decoded.load(Ordering::Relaxed),
            pruned: 0,
            took: self.took,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_sit_beside_the_photo() {
        assert_eq!(
            sized_url("/dau-tu/du-an/ảnh.jpg", 800, "webp"),
            "/dau-tu/du-an/ảnh-800w.webp"
        );
        assert!(is_photo("A.JPG") && is_photo("b.heic") && !is_photo("c.svg"));
    }
}
