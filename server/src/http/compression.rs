//! How responses are compressed: which encoding a request gets, and at
//! which level, in one place.
//!
//! Three paths, three levels, each chosen by measurement
//! (`cargo run --release -p server --example compression_levels DIR`, see
//! README's benchmarks):
//! - a response compressed as it is sent (signed-in pages, lists that set a
//!   new seed, anything not kept): [`PER_RESPONSE_BROTLI`] and
//!   [`PER_RESPONSE_GZIP`], for the time per response;
//! - a public page compressed once and kept (`page_cache`):
//!   [`KEPT_BROTLI`] and [`KEPT_GZIP`], once for every reader of that page;
//! - built assets: pre-compressed at the highest levels by
//!   `scripts/build.sh` and served as they are.

use std::io::Write;

use http::{header, HeaderMap};
use tower_http::{
    compression::{
        predicate::{NotForContentType, SizeAbove},
        CompressionLayer, Predicate,
    },
    CompressionLevel,
};

// Measured over the five benchmark pages (74 KB together; README,
// benchmarks): brotli 4 gives 27.9 % in 0.57 ms a page, 5 gives 26.7 % in
// 0.68 ms, and 6 to 9 gain under 0.1 point for up to 9 times the time;
// gzip stops gaining at 6 (28.8 %). Kept pages use the same levels: many
// are lists under one reader's seed, compressed once and seldom asked again.

/// Brotli quality for a response compressed as it is sent.
pub const PER_RESPONSE_BROTLI: u32 = 5;
/// Gzip level for a response compressed as it is sent.
pub const PER_RESPONSE_GZIP: u32 = 6;
/// Brotli quality for a page compressed once and kept.
pub const KEPT_BROTLI: u32 = 5;
/// Gzip level for a page compressed once and kept.
pub const KEPT_GZIP: u32 = 6;

/// Responses smaller than this are sent as they are: the encoding's own
/// framing would eat most of the gain.
pub const SMALLEST_COMPRESSED: u16 = 1024;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Encoding {
    Brotli,
    Gzip,
    Identity,
}

impl Encoding {
    /// The best encoding the request's `Accept-Encoding` allows: brotli,
    /// else gzip, else none. A coding with `q=0` is refused.
    pub fn negotiate(headers: &HeaderMap) -> Encoding {
        let accepts = |name: &str| {
            headers
                .get_all(header::ACCEPT_ENCODING)
                .iter()
                .filter_map(|value| value.to_str().ok())
                .flat_map(|value| value.split(','))
                .any(|item| {
                    let mut parts = item.split(';');
                    let coding = parts.next().unwrap_or("").trim();
                    coding.eq_ignore_ascii_case(name)
                        && parts.all(|param| {
                            let param = param.trim();
                            match param.strip_prefix("q=").or(param.strip_prefix("Q=")) {
                                Some(q) => q.trim().parse::<f32>().is_ok_and(|q| q > 0.0),
                                None => true,
                            }
                        })
                })
        };
        if accepts("br") {
            Encoding::Brotli
        } else if accepts("gzip") {
            Encoding::Gzip
        } else {
            Encoding::Identity
        }
    }

    /// The `Content-Encoding` value, none for identity.
    pub fn header_value(self) -> Option<&'static str> {
        match self {
            Encoding::Brotli => Some("br"),
            Encoding::Gzip => Some("gzip"),
            Encoding::Identity => None,
        }
    }
}

/// `bytes` in `encoding` at `level` (brotli quality 0–11, gzip 0–9).
pub fn compress(encoding: Encoding, level: u32, bytes: &[u8]) -> Vec<u8> {
    match encoding {
        Encoding::Brotli => {
            let params = brotli::enc::BrotliEncoderParams {
                quality: level.min(11) as i32,
                size_hint: bytes.len(),
                ..Default::default()
            };
            let mut out = Vec::with_capacity(bytes.len() / 4);
            // Writing to a Vec cannot fail.
            let _ = brotli::BrotliCompress(&mut &bytes[..], &mut out, &params);
            out
        }
        Encoding::Gzip => {
            let mut encoder = flate2::write::GzEncoder::new(
                Vec::with_capacity(bytes.len() / 3),
                flate2::Compression::new(level.min(9)),
            );
            let _ = encoder.write_all(bytes);
            encoder.finish().unwrap_or_default()
        }
        Encoding::Identity => bytes.to_vec(),
    }
}

/// The level a kept page is compressed at.
pub fn kept_level(encoding: Encoding) -> u32 {
    match encoding {
        Encoding::Brotli => KEPT_BROTLI,
        Encoding::Gzip => KEPT_GZIP,
        Encoding::Identity => 0,
    }
}

/// The level a response compressed as it is sent is compressed at.
pub fn per_response_level(encoding: Encoding) -> u32 {
    match encoding {
        Encoding::Brotli => PER_RESPONSE_BROTLI,
        Encoding::Gzip => PER_RESPONSE_GZIP,
        Encoding::Identity => 0,
    }
}

/// Compression of every response not already compressed (by `page_cache`
/// or as a pre-compressed file). tower-http takes one level for all
/// encodings, so brotli and gzip each get their own layer; the inner one
/// (brotli) compresses when the request accepts it, and the outer one then
/// sees `Content-Encoding` set and passes the response on.
pub fn per_response_layers<S>(router: axum::Router<S>) -> axum::Router<S>
where
    S: Clone + Send + Sync + 'static,
{
    let worth_it = || {
        SizeAbove::new(SMALLEST_COMPRESSED)
            .and(NotForContentType::const_new("application/wasm"))
            .and(NotForContentType::IMAGES)
    };
    // The inner layer answers first: brotli, where accepted, before gzip.
    router
        .layer(
            CompressionLayer::new()
                .no_gzip()
                .quality(CompressionLevel::Precise(PER_RESPONSE_BROTLI as i32))
                .compress_when(worth_it()),
        )
        .layer(
            CompressionLayer::new()
                .no_br()
                .quality(CompressionLevel::Precise(PER_RESPONSE_GZIP as i32))
                .compress_when(worth_it()),
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accepting(value: &str) -> Encoding {
        let mut headers = HeaderMap::new();
        headers.insert(header::ACCEPT_ENCODING, value.parse().unwrap());
        Encoding::negotiate(&headers)
    }

    #[test]
    fn brotli_first_then_gzip_and_a_refused_coding_is_never_chosen() {
        assert_eq!(accepting("gzip, deflate, br"), Encoding::Brotli);
        assert_eq!(accepting("gzip;q=0.5, br;q=0"), Encoding::Gzip);
        assert_eq!(accepting("deflate"), Encoding::Identity);
        assert_eq!(Encoding::negotiate(&HeaderMap::new()), Encoding::Identity);
    }

    #[test]
    fn what_is_compressed_decompresses_to_the_same_bytes() {
        let page = "<p>Jämföraren</p>".repeat(200);
        let br = compress(Encoding::Brotli, KEPT_BROTLI, page.as_bytes());
        let mut back = Vec::new();
        brotli::BrotliDecompress(&mut &br[..], &mut back).unwrap();
        assert_eq!(back, page.as_bytes());
        let gz = compress(Encoding::Gzip, KEPT_GZIP, page.as_bytes());
        let mut back = String::new();
        std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&gz[..]), &mut back)
            .unwrap();
        assert_eq!(back, page);
    }
}
