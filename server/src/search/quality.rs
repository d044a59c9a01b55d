//! The search-quality set: queries on the demonstration data, each with the
//! providers it must find and those it must not (`server/tests/
//! search_quality.tsv`). Run by `server/tests/search_quality.rs` on both
//! databases and scored by the benchmark (`examples/search_benchmark.rs`).

use std::collections::HashSet;

use super::SearchService;

/// The set, one case a line: query, locale the query is written in,
/// providers it must find, providers it must not find (comma-separated
/// ids), and what the case tries.
pub const CASES_TSV: &str = include_str!("../../tests/search_quality.tsv");

#[derive(Clone, Debug, PartialEq)]
pub struct QualityCase {
    pub query: String,
    pub locale: String,
    pub must_find: Vec<String>,
    pub must_not_find: Vec<String>,
    pub tries: String,
}

/// The cases of the set (lines starting with `#` and blank lines skipped).
pub fn cases() -> Vec<QualityCase> {
    let ids = |field: &str| -> Vec<String> {
        field
            .split(',')
            .map(str::trim)
            .filter(|id| !id.is_empty())
            .map(String::from)
            .collect()
    };
    CASES_TSV
        .lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            let field = |n: usize| fields.get(n).copied().unwrap_or_default();
            QualityCase {
                query: field(0).to_string(),
                locale: field(1).to_string(),
                must_find: ids(field(2)),
                must_not_find: ids(field(3)),
                tries: field(4).to_string(),
            }
        })
        .collect()
}

/// One case's outcome: what was missed and what was found wrongly.
#[derive(Debug)]
pub struct QualityOutcome {
    pub case: QualityCase,
    pub missed: Vec<String>,
    pub wrongly_found: Vec<String>,
}

impl QualityOutcome {
    pub fn passed(&self) -> bool {
        self.missed.is_empty() && self.wrongly_found.is_empty()
    }
}

/// Runs every case through the search service.
pub async fn run(search: &SearchService) -> Result<Vec<QualityOutcome>, super::SyncError> {
    let mut outcomes = Vec::new();
    for case in cases() {
        let found: HashSet<String> = search.search(&case.query).await?.provider_ids;
        outcomes.push(QualityOutcome {
            missed: case
                .must_find
                .iter()
                .filter(|id| !found.contains(*id))
                .cloned()
                .collect(),
            wrongly_found: case
                .must_not_find
                .iter()
                .filter(|id| found.contains(*id))
                .cloned()
                .collect(),
            case,
        });
    }
    Ok(outcomes)
}

/// "passed/total" and a line per failed case.
pub fn report(outcomes: &[QualityOutcome]) -> String {
    let passed = outcomes.iter().filter(|o| o.passed()).count();
    let mut text = format!("search quality: {passed}/{} cases pass\n", outcomes.len());
    for outcome in outcomes.iter().filter(|o| !o.passed()) {
        text.push_str(&format!(
            "  FAIL {:?} ({}; {}): missed {:?}, wrongly found {:?}\n",
            outcome.case.query,
            outcome.case.locale,
            outcome.case.tries,
            outcome.missed,
            outcome.wrongly_found
        ));
    }
    text
}
