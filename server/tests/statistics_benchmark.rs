//! The benchmark of issue 4, not a timed test: 1,000,000 generated cases are
//! imported from a streamed CSV file, then one year's full statistics are
//! computed. Prints the import time, the peak memory and the computation
//! time (target: well under 1 s). Run it with
//!
//! ```sh
//! cargo test --release -p server --test statistics_benchmark -- --ignored --nocapture
//! ```
//!
//! (`JF_BENCH_CASES` changes the number of cases.)

mod common;

use std::{io::Read, time::Instant};

use server::{
    import::cases::import,
    stats::{
        compute,
        disclosure::{disclose, DisclosureRules},
        load, Breakdown, Period, Rows,
    },
};

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
const REASONS: [&str; 9] = [
    "work",
    "studies",
    "own_business",
    "other_insats",
    "same_insats_other_provider",
    "other_authority",
    "moved",
    "illness",
    "interrupted_other",
];

/// A CSV file of `total` cases, generated line by line as it is read: the
/// benchmark never holds the file either.
struct GeneratedCases {
    next: usize,
    total: usize,
    buffer: Vec<u8>,
    offset: usize,
}

impl GeneratedCases {
    fn new(total: usize) -> Self {
        let header = "case_id,person_id,gender,birth_year,insats,provider_id,start_date,planned_end_date,end_date,end_reason,extensions\n";
        GeneratedCases {
            next: 0,
            total,
            buffer: header.as_bytes().to_vec(),
            offset: 0,
        }
    }

    fn refill(&mut self) {
        self.buffer.clear();
        self.offset = 0;
        let epoch = chrono::NaiveDate::from_ymd_opt(2021, 1, 1).unwrap();
        while self.buffer.len() < 64 * 1024 && self.next < self.total {
            let k = self.next;
            self.next += 1;
            // A cheap, deterministic scramble of k.
            let h = (k as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 16;
            let start = epoch + chrono::Days::new(h % 1460);
            let length = 1 + (h >> 12) % 900;
            let planned = start + chrono::Days::new(90 + (h >> 20) % 300);
            let end_day = start + chrono::Days::new(length);
            let (end, reason) = if (h >> 30) % 5 == 0 {
                (String::new(), "")
            } else {
                (end_day.to_string(), REASONS[((h >> 34) % 9) as usize])
            };
            let line = format!(
                "c{k},p{},{},{},{},{},{start},{planned},{end},{reason},{}\n",
                k * 9 / 10,
                if h % 2 == 0 { "K" } else { "M" },
                1958 + (h >> 8) % 47,
                LEVELS[((h >> 40) % 6) as usize],
                PROVIDERS[((h >> 44) % 10) as usize],
                (h >> 50) % 3,
            );
            self.buffer.extend_from_slice(line.as_bytes());
        }
    }
}

impl Read for GeneratedCases {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        if self.offset == self.buffer.len() {
            self.refill();
        }
        let n = out.len().min(self.buffer.len() - self.offset);
        out[..n].copy_from_slice(&self.buffer[self.offset..self.offset + n]);
        self.offset += n;
        Ok(n)
    }
}

fn peak_memory() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM"))
                .map(|l| l.split_whitespace().skip(1).collect::<Vec<_>>().join(" "))
        })
        .unwrap_or_else(|| "unknown".into())
}

#[tokio::test]
#[ignore = "a benchmark: run it by hand with --ignored --nocapture"]
async fn a_million_cases_import_and_one_years_statistics() {
    let total: usize = std::env::var("JF_BENCH_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let db = common::demo_db().await;

    let started = Instant::now();
    let summary = import(
        &db,
        GeneratedCases::new(total),
        "2025-01-01T00:00:00Z",
        |rows| {
            if rows % 100_000 == 0 {
                eprintln!("  {rows} rows imported");
            }
        },
    )
    .await
    .unwrap();
    println!(
        "import: {} rows in {:.1} s; peak memory so far {}",
        summary.rows,
        started.elapsed().as_secs_f64(),
        peak_memory()
    );

    let period = Period::calendar_year(2023);
    let started = Instant::now();
    let cases = load(&db, period).await.unwrap();
    let loaded = started.elapsed();
    let active = cases.len();
    let stats = compute(cases, period);
    let computed = started.elapsed() - loaded;
    let rules = DisclosureRules::default();
    let mut tables = 0;
    for rows in [Rows::Interventions, Rows::Providers] {
        for breakdown in [
            Breakdown::Gender,
            Breakdown::Age,
            Breakdown::Status,
            Breakdown::Length,
            Breakdown::Extended,
            Breakdown::PlannedEnd,
            Breakdown::EndReason,
            Breakdown::ReasonGroup,
        ] {
            disclose(&stats.table(rows, breakdown), &rules);
            tables += 1;
        }
    }
    println!(
        "statistics 2023: {active} active cases read in {:.3} s, aggregated in {:.3} s, \
         {tables} public tables in {:.3} s in all; peak memory {}",
        loaded.as_secs_f64(),
        computed.as_secs_f64(),
        started.elapsed().as_secs_f64(),
        peak_memory()
    );
    assert_eq!(stats.total.cases as usize, active);
}
