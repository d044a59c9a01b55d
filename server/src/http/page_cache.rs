//! Public pages kept whole in memory, rendered and compressed, until the
//! public data's version moves.
//!
//! Most public pages are the same bytes for every reader while the public
//! data is unchanged: the start page, profiles, fact sheets, statistics,
//! open data; a list differs only by its address and seed. Rendering and
//! compressing such a page again for each reader costs most of a response,
//! so the first response is kept, compressed for the encoding the reader
//! accepts, and repeated as it is.
//!
//! A page is kept under everything it depends on ([`PageKey`]): the public
//! data's version, the day the portal renders for, the address (locale,
//! path and query), the encoding, and on a list whose address carries no
//! seed, the seed cookie (`app::pages::level`). The version is read before
//! the page renders, and the page reads its data at that version or a newer
//! one, so a kept page is never older than its key. When the version moves,
//! everything kept is dropped.
//!
//! Never kept: anything but a GET of a page under a locale or of an
//! open-data file, a request with a session cookie, and a response that is
//! not a plain 200, sets a cookie, or says `no-store` or `private` (a page
//! holding a form token does).
//!
//! The cache stands in front of the other layers (`super::router`), so a
//! kept page is answered without rendering, session or screening; what
//! those layers add to a public page (the security headers) is kept with
//! it.

use std::sync::{Arc, Mutex};

use app::{
    pages::level::SEED_COOKIE,
    routes::{Page, OPEN_DATA_PREFIX},
};
use axum::{
    body::{Body, Bytes},
    extract::{Request, State},
    middleware::Next,
    response::{IntoResponse, Response},
};
use chrono::NaiveDate;
use domain::{backend::SharedBackend, locale::Locale, model::is_valid_seed};
use http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use quick_cache::{
    sync::{Cache, DefaultLifecycle},
    DefaultHashBuilder, OptionsBuilder, Weighter,
};

use super::{
    compression::{self, Encoding},
    session::{cookie, SESSION_COOKIE},
};
use crate::changes::{ChangeWatch, PublicVersion};

/// The memory kept pages may take together.
pub const CAPACITY_BYTES: u64 = 64 * 1024 * 1024;
/// Shards of the cache's memory: each of 8 MB holds the largest file kept.
const SHARDS: usize = 8;
/// About how many pages fit: sizes the cache's tables, not a limit.
const ESTIMATED_PAGES: usize = 8192;
/// Addresses longer than this are never kept, so odd addresses cannot
/// push out the pages people read.
const MAX_ADDRESS_BYTES: usize = 512;
/// A response other than a page (an open-data file) is kept only when it
/// says it is at most this long.
const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct PageKey {
    version: PublicVersion,
    today: NaiveDate,
    /// Path and query, the locale first.
    address: String,
    /// The seed cookie, only where the page reads it.
    seed: Option<String>,
    encoding: Encoding,
}

/// A kept response: its headers (no length, no cookies) and its body in
/// the key's encoding.
struct KeptPage {
    headers: HeaderMap,
    body: Bytes,
}

impl KeptPage {
    fn response(&self) -> Response {
        let mut response = Response::new(Body::from(self.body.clone()));
        *response.headers_mut() = self.headers.clone();
        response
    }
}

/// A page weighs its bytes, its address and its headers.
#[derive(Clone)]
struct ByBytes;

impl Weighter<PageKey, Arc<KeptPage>> for ByBytes {
    fn weight(&self, key: &PageKey, page: &Arc<KeptPage>) -> u64 {
        let headers: usize = page
            .headers
            .iter()
            .map(|(name, value)| name.as_str().len() + value.len() + 32)
            .sum();
        (page.body.len() + key.address.len() + headers + 128) as u64
    }
}

pub struct PageCache {
    changes: Arc<ChangeWatch>,
    backend: SharedBackend,
    pages: Cache<PageKey, Arc<KeptPage>, ByBytes>,
    /// The newest version a page was kept at; older pages are dropped.
    newest: Mutex<PublicVersion>,
}

impl PageCache {
    pub fn new(changes: Arc<ChangeWatch>, backend: SharedBackend) -> PageCache {
        PageCache {
            changes,
            backend,
            pages: Cache::with_options(
                OptionsBuilder::new()
                    .estimated_items_capacity(ESTIMATED_PAGES)
                    .weight_capacity(CAPACITY_BYTES)
                    // The cache splits its memory into shards and never
                    // keeps an entry heavier than one; by default there are
                    // four per core, which on a large machine would leave
                    // shards smaller than an open-data file.
                    .shards(SHARDS)
                    .build()
                    .expect("the page cache's options are valid"),
                ByBytes,
                DefaultHashBuilder::default(),
                DefaultLifecycle::default(),
            ),
            newest: Mutex::new(PublicVersion::default()),
        }
    }

    /// Whether a page kept at `version` may stay: it is the newest version
    /// seen (a newer one drops everything kept before it).
    fn is_newest(&self, version: PublicVersion) -> bool {
        let mut newest = self.newest.lock().unwrap_or_else(|p| p.into_inner());
        if version > *newest {
            *newest = version;
            self.pages.clear();
        }
        version == *newest
    }
}

/// The key of a request that may be answered from memory, without its
/// version (read only for these).
fn key_without_version(request: &Request, today: NaiveDate) -> Option<PageKey> {
    if request.method() != Method::GET {
        return None;
    }
    let uri = request.uri();
    // A page's path after its locale; open-data files have none.
    // A file is the same whatever the query, so it is kept once, by path.
    let (page_path, address) = match Locale::from_path(uri.path()) {
        // One slash before the locale: `//sv/…` is no page.
        Some(locale) => (
            uri.path()
                .strip_prefix('/')
                .and_then(|path| path.strip_prefix(locale.slug()))?,
            uri.path_and_query()?.as_str(),
        ),
        // Open-data files are the same bytes for every reader, too.
        None if uri.path().starts_with(OPEN_DATA_PREFIX) => (uri.path(), uri.path()),
        None => return None,
    };
    // A NUL is removed from the query after this point (`screen`), which
    // could make a page read a seed its key did not see.
    if address.contains("%00") || address.contains('\0') {
        return None;
    }
    let headers = request.headers();
    // A session's pages are the reader's own; without a session, a page
    // holding a form token says `private` (`session`) and is never kept.
    if address.len() > MAX_ADDRESS_BYTES || cookie(headers, SESSION_COOKIE).is_some() {
        return None;
    }
    Some(PageKey {
        version: PublicVersion::default(),
        today,
        address: address.to_string(),
        seed: seed_the_page_reads(page_path, uri.query(), headers),
        encoding: Encoding::negotiate(headers),
    })
}

/// The seed cookie, where the page reads it: a list (`/level/…`) whose
/// address has no valid seed of its own (see `resolve_seed` in
/// `app::pages::level`). Elsewhere the cookie changes nothing.
fn seed_the_page_reads(path: &str, query: Option<&str>, headers: &HeaderMap) -> Option<String> {
    // A level's list and the pages under its address (`/level/`).
    let every_level = Page::Level {
        code: String::new(),
    };
    if !path.starts_with(&every_level.path()) {
        return None;
    }
    // Every `seed` in the address (its name decoded as the page decodes it)
    // must be valid, or the page may fall back on the cookie.
    let seeds: Vec<&str> = query
        .into_iter()
        .flat_map(|query| query.split('&'))
        .filter_map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            let name = percent_encoding::percent_decode_str(name).decode_utf8_lossy();
            (name == "seed").then_some(value)
        })
        .collect();
    if !seeds.is_empty() && seeds.into_iter().all(is_valid_seed) {
        return None;
    }
    cookie(headers, SEED_COOKIE)
}

/// Whether a response is a page, and the length its body declares.
fn page_and_length(response: &Response) -> (bool, Option<u64>) {
    let is_page = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    let length = axum::body::HttpBody::size_hint(response.body()).upper();
    (is_page, length)
}

/// Whether a response may be read whole into memory here and compressed
/// (the layers below were told not to): a page, or a body of declared
/// length. A stream of unknown length goes on as it is.
fn may_read_whole(response: &Response) -> bool {
    let (is_page, length) = page_and_length(response);
    is_page || length.is_some()
}

/// Whether a response is the same for every reader with the same key.
fn may_keep(response: &Response) -> bool {
    let headers = response.headers();
    let private = headers
        .get_all(header::CACHE_CONTROL)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|v| v.contains("no-store") || v.contains("private"));
    // Leptos answers a redirect to a request that does not accept HTML
    // with a 200 and a Location: never kept, or a browser would get it.
    response.status() == StatusCode::OK
        && !headers.contains_key(header::LOCATION)
        && !headers.contains_key("serverfnredirect")
        && !headers.contains_key(header::SET_COOKIE)
        && !headers.contains_key(header::CONTENT_ENCODING)
        && !private
        && match page_and_length(response) {
            (true, _) => true,
            (false, length) => length.is_some_and(|len| len <= MAX_FILE_BYTES),
        }
}

/// Answers a public page from memory, or renders, compresses and keeps it.
///
/// It stands in front of every other layer but tracing and the locale
/// cookie, so a kept page costs a lookup and nothing else: what those
/// layers add is in the kept response (the security headers) or never
/// lets a page be kept (a session, a form token: `private`).
pub async fn serve(
    State(cache): State<Arc<PageCache>>,
    mut request: Request,
    next: Next,
) -> Response {
    let Some(mut key) = key_without_version(&request, cache.backend.today()) else {
        return next.run(request).await;
    };
    let Ok(version) = cache.changes.current().await else {
        return next.run(request).await;
    };
    key.version = version;
    if let Some(page) = cache.pages.get(&key) {
        return page.response();
    }
    // Compressed here, once, so the layers below send the page as it is.
    request.headers_mut().remove(header::ACCEPT_ENCODING);
    let response = next.run(request).await;
    let keep = may_keep(&response);
    if !keep && !may_read_whole(&response) {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let bytes = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(bytes) => bytes,
        Err(error) => {
            tracing::error!(%error, "a page's body failed while it was read");
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
    };
    let page = Arc::new(compressed(
        std::mem::take(&mut parts.headers),
        &bytes,
        key.encoding,
        keep,
    ));
    if keep && cache.is_newest(version) {
        cache.pages.insert(key, page.clone());
    }
    let mut response = page.response();
    *response.status_mut() = parts.status;
    response
}

/// A response's headers and body in `encoding`, at the level of a kept page
/// or of one sent once; a small body stays as it is.
fn compressed(mut headers: HeaderMap, bytes: &Bytes, encoding: Encoding, kept: bool) -> KeptPage {
    headers.remove(header::CONTENT_LENGTH);
    // The bytes are chosen by Accept-Encoding: a shared cache must know.
    let varies = headers
        .get_all(header::VARY)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|v| v.to_ascii_lowercase().contains("accept-encoding"));
    if !varies {
        headers.append(header::VARY, HeaderValue::from_static("accept-encoding"));
    }
    let coding = encoding
        .header_value()
        .filter(|_| bytes.len() >= usize::from(compression::SMALLEST_COMPRESSED));
    let Some(coding) = coding else {
        return KeptPage {
            headers,
            body: bytes.clone(),
        };
    };
    let level = if kept {
        compression::kept_level(encoding)
    } else {
        compression::per_response_level(encoding)
    };
    headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static(coding));
    KeptPage {
        headers,
        body: Bytes::from(compression::compress(encoding, level, bytes)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(cookies: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(header::COOKIE, cookies.parse().unwrap());
        headers
    }

    #[test]
    fn a_list_reads_the_seed_cookie_only_when_its_address_has_no_seed() {
        let with_cookie = headers("jf_seed=abc123");
        assert_eq!(
            seed_the_page_reads("/level/ami2", Some("q=x"), &with_cookie),
            Some("abc123".into())
        );
        assert_eq!(
            seed_the_page_reads("/level/ami2", Some("seed=own1&q=x"), &with_cookie),
            None
        );
        assert_eq!(
            seed_the_page_reads("/level/ami2", Some("seed=not%20valid"), &with_cookie),
            Some("abc123".into()),
            "an invalid seed in the address falls back to the cookie"
        );
        assert_eq!(
            seed_the_page_reads("/level/ami2", Some("seed=own1&s%65ed=no%20t"), &with_cookie),
            Some("abc123".into()),
            "one invalid seed under an escaped name is enough"
        );
        assert_eq!(seed_the_page_reads("/provider/x", None, &with_cookie), None);
    }
}
