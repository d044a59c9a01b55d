//! Bytes against time for each compression level, over captured pages:
//! what `http::compression`'s levels were chosen by.
//!
//!   cargo run --release -p server --example compression_levels DIR
//!
//! DIR holds `*.html` files (`scripts/bench.sh` captures one per page
//! type). For each level: the pages' total compressed bytes and the median
//! time to compress one page, over 30 rounds.

use std::time::Instant;

use server::http::compression::{compress, Encoding};

fn main() {
    let dir = std::env::args()
        .nth(1)
        .expect("usage: compression_levels DIR");
    let mut pages: Vec<Vec<u8>> = std::fs::read_dir(&dir)
        .expect("DIR can be read")
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "html"))
        .map(|path| std::fs::read(path).expect("a page can be read"))
        .collect();
    pages.sort_by_key(Vec::len);
    let total: usize = pages.iter().map(Vec::len).sum();
    println!(
        "{} pages, {} bytes together; per page: median µs to compress",
        pages.len(),
        total
    );
    println!(
        "{:<8} {:>6} {:>10} {:>8} {:>10}",
        "encoding", "level", "bytes", "ratio", "µs/page"
    );
    for (encoding, name, levels) in [
        (Encoding::Brotli, "br", 0..=11),
        (Encoding::Gzip, "gzip", 1..=9),
    ] {
        for level in levels {
            let bytes: usize = pages
                .iter()
                .map(|page| compress(encoding, level, page).len())
                .sum();
            let mut times: Vec<f64> = (0..30)
                .map(|_| {
                    let start = Instant::now();
                    for page in &pages {
                        std::hint::black_box(compress(encoding, level, page));
                    }
                    start.elapsed().as_secs_f64() * 1e6 / pages.len() as f64
                })
                .collect();
            times.sort_by(f64::total_cmp);
            println!(
                "{:<8} {:>6} {:>10} {:>7.1}% {:>10.0}",
                name,
                level,
                bytes,
                100.0 * bytes as f64 / total as f64,
                times[times.len() / 2]
            );
        }
    }
}
