//! Imports from the municipality's systems (CSV files).
//!
//! Every import is all or nothing: it runs in one transaction and reports
//! every problem it finds with its line and column, so a file is fixed once
//! and imported again rather than half loaded.

pub mod cases;

/// Where in a file a problem is: the 1-based line (the header is line 1) and,
/// when it concerns one field, the 1-based column with its header name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Position {
    pub line: u64,
    pub column: Option<(usize, &'static str)>,
}

impl std::fmt::Display for Position {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.column {
            Some((number, name)) => write!(f, "line {}, column {number} ({name})", self.line),
            None => write!(f, "line {}", self.line),
        }
    }
}

/// At most this many problems are collected before an import gives up
/// reading: enough to fix a file in one go, never an unbounded list.
pub const MAX_REPORTED_PROBLEMS: usize = 100;
