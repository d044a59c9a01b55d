//! Imports from the municipality's systems (CSV files).
//!
//! Every import is all or nothing: it runs in one transaction and reports
//! every problem it finds with its line and column, so a file is fixed once
//! and imported again rather than half loaded. Files stream: rows are
//! validated one at a time and written in batches inside that transaction,
//! so memory does not grow with the file, except for one 64-bit fingerprint
//! per row id, to find an id given twice. On the first problem writing
//! stops; reading goes on to report up to [`MAX_REPORTED_PROBLEMS`]
//! problems, and the transaction is rolled back.
//!
//! [`cases`] and [`survey`] describe their files ([`FileKind`]); the reading,
//! reporting and writing is here, once.

pub mod cases;
pub mod guide;
pub mod jobs;
pub mod survey;
pub mod uploads;

use std::{
    collections::HashMap,
    future::Future,
    hash::{Hash, Hasher},
    io::Read,
};

use sqlx::AnyConnection;

use crate::db::{Db, DbError};

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

/// What is wrong at one place in an import file.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    #[error("the header must be exactly the columns {expected}; found {found}")]
    WrongHeader { expected: String, found: String },
    #[error("the file is empty; it needs at least the header")]
    Empty,
    #[error("the row has {found} fields; the header has {expected}")]
    WrongFieldCount { expected: usize, found: usize },
    #[error("the row cannot be read: {0}")]
    Unreadable(String),
    #[error("a value is required")]
    Missing,
    #[error("{0:?} contains a control character; an id must be printable text")]
    ControlCharacter(String),
    #[error("gender is {0:?}; it must be K or M")]
    Gender(String),
    #[error("birth_year is {0:?}; it must be four digits")]
    BirthYear(String),
    #[error("no insats has the code {0:?}; the codes are {1}")]
    UnknownIntervention(String, String),
    #[error("no provider has the id {0:?}")]
    UnknownProvider(String),
    #[error("{0:?} is not a date written YYYY-MM-DD")]
    Date(String),
    #[error("the planned end {planned} is before the start {start}")]
    PlannedEndBeforeStart { start: String, planned: String },
    #[error("the end {end} is before the start {start}")]
    EndBeforeStart { start: String, end: String },
    #[error("an end_reason needs an end_date")]
    ReasonWithoutEnd,
    #[error("an end_date needs an end_reason")]
    EndWithoutReason,
    #[error("end_reason is {0:?}; it must be one of work, studies, own_business, other_insats, same_insats_other_provider, other_authority, moved, illness, interrupted_other")]
    EndReason(String),
    #[error("extensions is {0:?}; it must be a whole number, 0 or more")]
    Extensions(String),
    #[error("chosen is {0:?}; it must be customer, default or empty")]
    Chosen(String),
    #[error("the end {end} is after the day of the import, {today}")]
    EndAfterImport { end: String, today: String },
    #[error("the {column} {id:?} is also on line {first_line}")]
    DuplicateId {
        column: &'static str,
        id: String,
        first_line: u64,
    },
    #[error("period is {0:?}; it must be the survey's year, four digits")]
    SurveyYear(String),
    #[error("language is {0:?}; it must be one of {1}")]
    Language(String, String),
    #[error("the answer is {0:?}; it must be a whole number from 1 to 5, or empty when skipped")]
    Answer(String),
    #[error("the response answers no question; at least one answer is needed")]
    NoAnswers,
}

/// A file read with its Windows line ends (`\r\n`) as `\n`: the CSV reader
/// counts a line only at its `\n`, which comes after the `\r` that already
/// ended the record, so every problem of a Windows file was reported one
/// line too early. A lone `\r` stays as it is.
struct UnixLineEnds<R> {
    inner: R,
    buf: Box<[u8]>,
    start: usize,
    end: usize,
    /// A `\r` ended the last buffer: dropped if a `\n` follows.
    pending_cr: bool,
}

impl<R: Read> UnixLineEnds<R> {
    fn new(inner: R) -> UnixLineEnds<R> {
        UnixLineEnds {
            inner,
            buf: vec![0; 1 << 16].into_boxed_slice(),
            start: 0,
            end: 0,
            pending_cr: false,
        }
    }
}

impl<R: Read> Read for UnixLineEnds<R> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        let mut written = 0;
        while written < out.len() {
            if self.start == self.end {
                if written > 0 {
                    break;
                }
                self.end = self.inner.read(&mut self.buf)?;
                self.start = 0;
                if self.end == 0 {
                    if std::mem::take(&mut self.pending_cr) {
                        out[0] = b'\r';
                        return Ok(1);
                    }
                    return Ok(0);
                }
            }
            let byte = self.buf[self.start];
            if std::mem::take(&mut self.pending_cr) && byte != b'\n' {
                out[written] = b'\r';
                written += 1;
                continue;
            }
            self.start += 1;
            if byte == b'\r' {
                self.pending_cr = true;
            } else {
                out[written] = byte;
                written += 1;
            }
        }
        Ok(written)
    }
}

/// An intervention code as the catalogue has it, from a file in any case
/// (`ami2`, as the URLs write it, is `AMI2`), or the problem naming every
/// valid code.
pub(crate) fn intervention_code(
    written: &str,
    known: &std::collections::HashSet<String>,
) -> Result<String, Problem> {
    let code = written.trim().to_ascii_uppercase();
    if known.contains(&code) {
        return Ok(code);
    }
    let mut valid: Vec<&str> = known.iter().map(String::as_str).collect();
    valid.sort_unstable();
    Err(Problem::UnknownIntervention(
        written.to_string(),
        valid.join(", "),
    ))
}

impl Problem {
    /// The problem as a Fluent message id and its variables, for the staff
    /// upload page (the `Display` text above is for the command line).
    pub fn message(&self) -> (&'static str, Vec<(&'static str, String)>) {
        let value = |v: &str| vec![("value", v.to_string())];
        match self {
            Problem::WrongHeader { expected, found } => (
                "import-problem-wrong-header",
                vec![("expected", expected.clone()), ("found", found.clone())],
            ),
            Problem::Empty => ("import-problem-empty", vec![]),
            Problem::WrongFieldCount { expected, found } => (
                "import-problem-field-count",
                vec![
                    ("expected", expected.to_string()),
                    ("found", found.to_string()),
                ],
            ),
            Problem::Unreadable(detail) => ("import-problem-unreadable", value(detail)),
            Problem::Missing => ("import-problem-missing", vec![]),
            Problem::ControlCharacter(v) => ("import-problem-control-character", value(v)),
            Problem::Gender(v) => ("import-problem-gender", value(v)),
            Problem::BirthYear(v) => ("import-problem-birth-year", value(v)),
            Problem::UnknownIntervention(v, valid) => (
                "import-problem-unknown-insats",
                vec![("value", v.clone()), ("valid", valid.clone())],
            ),
            Problem::UnknownProvider(v) => ("import-problem-unknown-provider", value(v)),
            Problem::Date(v) => ("import-problem-date", value(v)),
            Problem::PlannedEndBeforeStart { start, planned } => (
                "import-problem-planned-end-before-start",
                vec![("start", start.clone()), ("end", planned.clone())],
            ),
            Problem::EndBeforeStart { start, end } => (
                "import-problem-end-before-start",
                vec![("start", start.clone()), ("end", end.clone())],
            ),
            Problem::EndAfterImport { end, today } => (
                "import-problem-end-after-import",
                vec![("end", end.clone()), ("today", today.clone())],
            ),
            Problem::ReasonWithoutEnd => ("import-problem-reason-without-end", vec![]),
            Problem::EndWithoutReason => ("import-problem-end-without-reason", vec![]),
            Problem::EndReason(v) => ("import-problem-end-reason", value(v)),
            Problem::Extensions(v) => ("import-problem-extensions", value(v)),
            Problem::Chosen(v) => ("import-problem-chosen", value(v)),
            Problem::DuplicateId {
                column,
                id,
                first_line,
            } => (
                "import-problem-duplicate-id",
                vec![
                    ("column", column.to_string()),
                    ("value", id.clone()),
                    ("line", first_line.to_string()),
                ],
            ),
            Problem::SurveyYear(v) => ("import-problem-survey-year", value(v)),
            Problem::Language(v, allowed) => (
                "import-problem-language",
                vec![("value", v.clone()), ("allowed", allowed.clone())],
            ),
            Problem::Answer(v) => ("import-problem-answer", value(v)),
            Problem::NoAnswers => ("import-problem-no-answers", vec![]),
        }
    }
}

/// A problem and where it is.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{position}: {problem}")]
pub struct RowError {
    pub position: Position,
    pub problem: Problem,
}

/// Why a file was not imported. Nothing of it was written.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("the file has {} problem(s){}; nothing was imported", .problems.len(),
        if *.truncated { " (only the first shown)" } else { "" })]
    Rejected {
        problems: Vec<RowError>,
        /// More problems exist than [`MAX_REPORTED_PROBLEMS`].
        truncated: bool,
    },
    #[error("cannot read the file: {0}")]
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Database(#[from] DbError),
}

impl From<sqlx::Error> for ImportError {
    fn from(error: sqlx::Error) -> Self {
        ImportError::Database(DbError::Query(error))
    }
}

/// What an import did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ImportSummary {
    /// Rows written (new or updated).
    pub rows: u64,
}

/// Problems with the fields of one row: the column (an index into the
/// file kind's columns) when the problem concerns one field.
pub type FieldProblems = Vec<(Option<usize>, Problem)>;

/// Checks an id (a case, person or response): printable text only. Control
/// characters are export errors, and the statistics use two of them to
/// join fields and cases when they read.
fn printable_id(column: usize, value: &str, problems: &mut FieldProblems) {
    if value.chars().any(char::is_control) {
        problems.push((Some(column), Problem::ControlCharacter(value.to_string())));
    }
}

/// One kind of import file: its columns and how a row is checked and written.
pub trait FileKind {
    /// A valid row, ready to write.
    type Row: Send + Sync;
    /// The columns a file has, each exactly once, in any order.
    const COLUMNS: &'static [&'static str];
    /// Those of [`FileKind::COLUMNS`] a file may leave out (added after
    /// files were first written); a left-out column reads as empty.
    const OPTIONAL: &'static [&'static str] = &[];
    /// The column whose value identifies a row: importing it again updates it.
    const ID_COLUMN: usize;

    /// Rows per statement that write fastest on this backend.
    fn batch_size(&self, db: &Db) -> usize;

    /// The row on this record, or every problem with it. `field(c)` is the
    /// value of column `c` (an index into [`FileKind::COLUMNS`]).
    fn row<'r>(&self, field: &dyn Fn(usize) -> &'r str) -> Result<Self::Row, FieldProblems>;

    /// Inserts the rows, or updates those whose id exists.
    fn write<'a>(
        conn: &'a mut AnyConnection,
        rows: &'a [Self::Row],
        imported_at: &'a str,
    ) -> impl Future<Output = Result<(), DbError>> + Send + 'a;
}

/// Imports a file of `kind`: all rows, or on any problem none. `progress`
/// hears the number of rows written so far after every batch and after the
/// last one; the transaction commits only when every row is valid. Reading
/// a local file blocks only briefly between batches.
pub async fn import<K: FileKind, R: Read>(
    db: &Db,
    kind: &K,
    input: R,
    imported_at: &str,
    mut progress: impl FnMut(u64),
) -> Result<ImportSummary, ImportError> {
    let mut tx = db.pool().begin().await?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(UnixLineEnds::new(input));
    let mut record = csv::StringRecord::new();
    let mut problems = Problems::default();

    let layout = match reader.read_record(&mut record) {
        Ok(true) => match Layout::of_header(&record, K::COLUMNS, K::OPTIONAL) {
            Ok(layout) => layout,
            Err(problem) => {
                problems.push(1, None, problem);
                return Err(problems.into_error());
            }
        },
        Ok(false) => {
            problems.push(1, None, Problem::Empty);
            return Err(problems.into_error());
        }
        Err(error) => return Err(read_error(error, 1)),
    };

    let mut seen: HashMap<u64, u64> = HashMap::new();
    let batch_size = kind.batch_size(db);
    let mut batch: Vec<K::Row> = Vec::with_capacity(batch_size);
    let mut written: u64 = 0;
    loop {
        let line = reader.position().line();
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(error) => match error.kind() {
                csv::ErrorKind::Io(_) => return Err(read_error(error, line)),
                _ => {
                    problems.push(line, None, Problem::Unreadable(error.to_string()));
                    if problems.full() {
                        break;
                    }
                    continue;
                }
            },
        }
        let line = record.position().map_or(line, |p| p.line());
        if record.len() == 1 && record.get(0) == Some("") {
            continue; // a blank line, e.g. at the end of the file
        }
        // Duplicates are found on every row, valid or not, so that the
        // report names them even when the first occurrence has problems too.
        let id = record.get(layout.field_of[K::ID_COLUMN]).unwrap_or("");
        if !id.is_empty() {
            if let Some(first_line) = first_occurrence(&mut seen, id, line) {
                problems.push(
                    line,
                    Some(layout.column(K::ID_COLUMN, K::COLUMNS)),
                    Problem::DuplicateId {
                        column: K::COLUMNS[K::ID_COLUMN],
                        id: id.to_string(),
                        first_line,
                    },
                );
            }
        }
        let checked = if record.len() != layout.fields {
            Err(vec![(
                None,
                Problem::WrongFieldCount {
                    expected: layout.fields,
                    found: record.len(),
                },
            )])
        } else {
            let field = |c: usize| record.get(layout.field_of[c]).unwrap_or("");
            kind.row(&field)
        };
        match checked {
            Ok(row) => {
                if problems.is_empty() {
                    batch.push(row);
                    if batch.len() == batch_size {
                        K::write(&mut tx, &batch, imported_at).await?;
                        written += batch.len() as u64;
                        batch.clear();
                        progress(written);
                    }
                }
            }
            Err(row_problems) => {
                for (column, problem) in row_problems {
                    problems.push(line, column.map(|c| layout.column(c, K::COLUMNS)), problem);
                }
            }
        }
        if problems.full() {
            break;
        }
    }
    if !problems.is_empty() {
        // Dropping the transaction rolls it back: nothing of the file stays.
        return Err(problems.into_error());
    }
    K::write(&mut tx, &batch, imported_at).await?;
    let last_batch_heard = batch.is_empty() && written > 0;
    written += batch.len() as u64;
    tx.commit().await?;
    if !last_batch_heard {
        progress(written);
    }
    Ok(ImportSummary { rows: written })
}

fn read_error(error: csv::Error, line: u64) -> ImportError {
    match error.into_kind() {
        csv::ErrorKind::Io(io) => ImportError::Io(io),
        other => ImportError::Rejected {
            problems: vec![RowError {
                position: Position { line, column: None },
                problem: Problem::Unreadable(format!("{other:?}")),
            }],
            truncated: false,
        },
    }
}

/// The line an id was first seen on, when it was. Keeps a 64-bit
/// fingerprint per id, not the id: a million ids in a few tens of MB. Two
/// different ids share a fingerprint with odds of about 1 in 10^7 for a
/// million-row file; the error then names both lines for a person to check.
fn first_occurrence(seen: &mut HashMap<u64, u64>, id: &str, line: u64) -> Option<u64> {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    id.hash(&mut hasher);
    match seen.entry(hasher.finish()) {
        std::collections::hash_map::Entry::Occupied(first) => Some(*first.get()),
        std::collections::hash_map::Entry::Vacant(slot) => {
            slot.insert(line);
            None
        }
    }
}

#[derive(Default)]
struct Problems {
    list: Vec<RowError>,
    truncated: bool,
}

impl Problems {
    fn push(&mut self, line: u64, column: Option<(usize, &'static str)>, problem: Problem) {
        if self.list.len() < MAX_REPORTED_PROBLEMS {
            self.list.push(RowError {
                position: Position { line, column },
                problem,
            });
        } else {
            self.truncated = true;
        }
    }

    fn full(&self) -> bool {
        self.truncated
    }

    fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    fn into_error(self) -> ImportError {
        ImportError::Rejected {
            problems: self.list,
            truncated: self.truncated,
        }
    }
}

/// Where each of a file kind's columns is in this file.
///
/// The header must name exactly the kind's columns, each once, in any
/// order: exports reorder columns freely, and the names already say what
/// each field is, so the order adds nothing but a way to fail.
struct Layout {
    /// `field_of[c]`: the 0-based field holding column `c`.
    field_of: Vec<usize>,
    fields: usize,
}

impl Layout {
    fn of_header(
        header: &csv::StringRecord,
        columns: &'static [&'static str],
        optional: &[&str],
    ) -> Result<Layout, Problem> {
        // An optional column in brackets, as the upload guide explains them.
        let wrong = || Problem::WrongHeader {
            expected: columns
                .iter()
                .map(|c| match optional.contains(c) {
                    true => format!("[{c}]"),
                    false => c.to_string(),
                })
                .collect::<Vec<_>>()
                .join(","),
            found: header.iter().collect::<Vec<_>>().join(","),
        };
        if header.len() > columns.len() {
            return Err(wrong());
        }
        // usize::MAX: not in the file (a field no record has, so empty).
        let mut field_of = vec![usize::MAX; columns.len()];
        for (field, name) in header.iter().enumerate() {
            // A byte-order mark from spreadsheet exports is not part of the name.
            let name = name.trim_start_matches('\u{feff}').trim();
            let column = columns.iter().position(|c| *c == name).ok_or_else(wrong)?;
            if field_of[column] != usize::MAX {
                return Err(wrong());
            }
            field_of[column] = field;
        }
        let missing = columns
            .iter()
            .zip(&field_of)
            .any(|(name, &field)| field == usize::MAX && !optional.contains(name));
        if missing {
            return Err(wrong());
        }
        Ok(Layout {
            field_of,
            fields: header.len(),
        })
    }

    /// The 1-based column number in the file and the column's name.
    fn column(&self, column: usize, columns: &'static [&'static str]) -> (usize, &'static str) {
        (self.field_of[column] + 1, columns[column])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const COLUMNS: [&str; 3] = ["id", "name", "year"];

    /// Everything `UnixLineEnds` gives, read a few bytes at a time so that
    /// line ends fall across reads.
    fn unix(input: &[u8], chunk: usize) -> Vec<u8> {
        struct Trickle<'a>(&'a [u8], usize);
        impl Read for Trickle<'_> {
            fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
                let n = self.1.min(self.0.len()).min(out.len());
                out[..n].copy_from_slice(&self.0[..n]);
                self.0 = &self.0[n..];
                Ok(n)
            }
        }
        let mut read = Vec::new();
        UnixLineEnds::new(Trickle(input, chunk))
            .read_to_end(&mut read)
            .unwrap();
        read
    }

    #[test]
    fn windows_line_ends_read_as_unix_ones_wherever_the_reads_split_them() {
        for chunk in [1, 2, 3, 100] {
            assert_eq!(unix(b"a,b\r\nc,d\r\n", chunk), b"a,b\nc,d\n", "{chunk}");
            assert_eq!(unix(b"a\rb\r", chunk), b"a\rb\r", "lone CRs stay ({chunk})");
            assert_eq!(unix(b"a\r\r\nb", chunk), b"a\r\nb", "{chunk}");
        }
    }

    fn header(names: &[&str]) -> csv::StringRecord {
        csv::StringRecord::from(names.to_vec())
    }

    #[test]
    fn the_header_may_list_the_columns_in_any_order_but_each_exactly_once() {
        let layout = Layout::of_header(&header(&["year", "id", "name"]), &COLUMNS, &[]).unwrap();
        assert_eq!(layout.column(0, &COLUMNS), (2, "id"));
        assert_eq!(layout.column(2, &COLUMNS), (1, "year"));
        assert!(matches!(
            Layout::of_header(&header(&["id", "id", "year"]), &COLUMNS, &[]),
            Err(Problem::WrongHeader { .. })
        ));
        assert!(Layout::of_header(&header(&["id", "name"]), &COLUMNS, &[]).is_err());
        assert!(Layout::of_header(&header(&["id", "title", "year"]), &COLUMNS, &[]).is_err());
        // A spreadsheet's byte-order mark is ignored.
        assert!(Layout::of_header(&header(&["\u{feff}id", "name", "year"]), &COLUMNS, &[]).is_ok());
    }

    #[test]
    fn an_optional_column_may_be_left_out_and_reads_as_empty_but_not_twice_given() {
        let optional = ["year"];
        let layout = Layout::of_header(&header(&["name", "id"]), &COLUMNS, &optional).unwrap();
        let record = header(&["Anna", "7"]);
        assert_eq!(record.get(layout.field_of[2]), None);
        assert_eq!(layout.column(0, &COLUMNS), (2, "id"));
        // The error names which column may be left out.
        match Layout::of_header(&header(&["name", "year"]), &COLUMNS, &optional) {
            Err(Problem::WrongHeader { expected, .. }) => assert_eq!(expected, "id,name,[year]"),
            _ => panic!("a missing required column is refused"),
        }
        assert!(Layout::of_header(
            &header(&["name", "id", "year", "year"]),
            &COLUMNS,
            &optional
        )
        .is_err());
    }
}
