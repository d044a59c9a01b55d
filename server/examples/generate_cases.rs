//! Writes a case file of generated cases to standard output, for the
//! statistics benchmark (`scripts/bench-statistics.sh`):
//!
//! ```sh
//! cargo run --release -p server --example generate_cases -- 1000000 > cases.csv
//! ```
//!
//! The cases spread over 2021–2024, the ten continuing demonstration
//! providers and the six levels; about 0.9 cases per person; one in five
//! ongoing. Deterministic: the same file on every run.

use std::io::{BufWriter, Write};

use server::db::cases::EndReason;

const PROVIDERS: [&str; 10] = [
    "arbetsmarknadsgruppen",
    "jobblotsen",
    "back-to-future",
    "cognix",
    "stadsmissionen",
    "misa",
    "samtalsplatsen",
    "omstallarna",
    "osynliga-jobb",
    "youth-and-care",
];
const LEVELS: [&str; 6] = ["FAI1", "FAI2", "AMI1", "AMI2", "ISA1", "ISA2"];

fn main() -> std::io::Result<()> {
    let total: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(1_000_000);
    let mut out = BufWriter::with_capacity(1 << 20, std::io::stdout().lock());
    writeln!(
        out,
        "case_id,person_id,gender,birth_year,insats,provider_id,start_date,planned_end_date,end_date,end_reason,extensions,chosen"
    )?;
    let epoch = chrono::NaiveDate::from_ymd_opt(2021, 1, 1).expect("a valid date");
    let last_end = chrono::NaiveDate::from_ymd_opt(2025, 12, 31).expect("a valid date");
    for k in 0..total {
        // A cheap, deterministic scramble of k.
        let h = (k as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 16;
        let start = epoch + chrono::Days::new(h % 1460);
        let length = 1 + (h >> 12) % 900;
        let planned = start + chrono::Days::new(90 + (h >> 20) % 300);
        let end = start + chrono::Days::new(length);
        // No case can have ended after the file is imported: one that would
        // end later is still ongoing.
        let (end, reason) = if (h >> 30) % 5 == 0 || end > last_end {
            (String::new(), "")
        } else {
            (end.to_string(), EndReason::CODES[((h >> 34) % 9) as usize])
        };
        writeln!(
            out,
            "c{k},p{},{},{},{},{},{start},{planned},{end},{reason},{},{}",
            k * 9 / 10,
            if h % 2 == 0 { "K" } else { "M" },
            1958 + (h >> 8) % 47,
            LEVELS[((h >> 40) % 6) as usize],
            PROVIDERS[((h >> 44) % 10) as usize],
            (h >> 50) % 3,
            // Most customers choose; some are given a provider in turn.
            ["customer", "customer", "customer", "default"][((h >> 52) % 4) as usize],
        )?;
    }
    out.flush()
}
