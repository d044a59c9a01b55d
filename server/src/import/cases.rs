//! Case import: a CSV file of insats decisions into the case database.
//!
//! The header must name exactly the columns of [`COLUMNS`], each once, in
//! any order: exports from case systems reorder columns freely, and the names
//! already say what each field is, so the order adds nothing but a way to fail.
//!
//! The file streams: rows are validated one at a time and written in batches
//! inside one transaction, so memory does not grow with the file, except for
//! one 64-bit fingerprint per case_id, to find a case_id given twice.
//! On the first problem writing stops; reading goes on to report up to
//! [`MAX_REPORTED_PROBLEMS`] problems, and the transaction is rolled back.

use std::{
    collections::{HashMap, HashSet},
    hash::{Hash, Hasher},
    io::Read,
};

use chrono::NaiveDate;

use super::{Position, MAX_REPORTED_PROBLEMS};
use crate::db::{
    cases::{self, EndReason, Gender, NewCase},
    Db, DbError,
};

/// The columns a case file has, each exactly once.
pub const COLUMNS: [&str; 11] = [
    "case_id",
    "person_id",
    "gender",
    "birth_year",
    "insats",
    "provider_id",
    "start_date",
    "planned_end_date",
    "end_date",
    "end_reason",
    "extensions",
];

// Indexes into COLUMNS.
const CASE_ID: usize = 0;
const PERSON_ID: usize = 1;
const GENDER: usize = 2;
const BIRTH_YEAR: usize = 3;
const INSATS: usize = 4;
const PROVIDER_ID: usize = 5;
const START_DATE: usize = 6;
const PLANNED_END_DATE: usize = 7;
const END_DATE: usize = 8;
const END_REASON: usize = 9;
const EXTENSIONS: usize = 10;

/// What is wrong at one place in a case file.
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
    #[error("gender is {0:?}; it must be K or M")]
    Gender(String),
    #[error("birth_year is {0:?}; it must be four digits")]
    BirthYear(String),
    #[error("no insats has the code {0:?}")]
    UnknownIntervention(String),
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
    #[error("the case_id {case_id:?} is also on line {first_line}")]
    DuplicateCaseId { case_id: String, first_line: u64 },
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
    /// Cases written (new or updated).
    pub rows: u64,
}

/// Imports a case file. `progress` hears the number of rows written so far
/// after every batch (10 rows on SQLite, 500 on PostgreSQL) and after the
/// last one; the transaction commits only when every row is valid.
pub async fn import<R: Read>(
    db: &Db,
    input: R,
    imported_at: &str,
    mut progress: impl FnMut(u64),
) -> Result<ImportSummary, ImportError> {
    let mut tx = db.pool().begin().await?;
    let interventions = cases::intervention_codes(&mut tx).await?;
    let providers = cases::provider_ids(&mut tx).await?;

    // Reading a local file blocks only briefly between batches; the import
    // runs from the command line, not inside a request.
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(input);
    let mut record = csv::StringRecord::new();
    let mut problems = Problems::default();

    let layout = match reader.read_record(&mut record) {
        Ok(true) => match Layout::of_header(&record) {
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

    let validator = Validator {
        interventions: &interventions,
        providers: &providers,
    };
    let mut seen: HashMap<u64, u64> = HashMap::new();
    let batch_size = cases::batch_size(db.backend());
    let mut batch: Vec<NewCase> = Vec::with_capacity(batch_size);
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
        let case_id = record.get(layout.field_of[CASE_ID]).unwrap_or("");
        if !case_id.is_empty() {
            if let Some(first_line) = first_occurrence(&mut seen, case_id, line) {
                problems.push(
                    line,
                    Some(layout.column(CASE_ID)),
                    Problem::DuplicateCaseId {
                        case_id: case_id.to_string(),
                        first_line,
                    },
                );
            }
        }
        match validator.case(&layout, &record) {
            Ok(case) => {
                if problems.is_empty() {
                    batch.push(case);
                    if batch.len() == batch_size {
                        cases::upsert(&mut tx, &batch, imported_at).await?;
                        written += batch.len() as u64;
                        batch.clear();
                        progress(written);
                    }
                }
            }
            Err(row_problems) => {
                for (column, problem) in row_problems {
                    problems.push(line, column.map(|c| layout.column(c)), problem);
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
    cases::upsert(&mut tx, &batch, imported_at).await?;
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

/// The line a case_id was first seen on, when it was. Keeps a 64-bit
/// fingerprint per case_id, not the id: a million ids in a few tens of MB.
/// Two different ids share a fingerprint with odds of about 1 in 10^7 for a
/// million-row file; the error then names both lines for a person to check.
fn first_occurrence(seen: &mut HashMap<u64, u64>, case_id: &str, line: u64) -> Option<u64> {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    case_id.hash(&mut hasher);
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

/// Where each of [`COLUMNS`] is in this file.
struct Layout {
    /// `field_of[c]`: the 0-based field holding `COLUMNS[c]`.
    field_of: [usize; COLUMNS.len()],
    fields: usize,
}

impl Layout {
    fn of_header(header: &csv::StringRecord) -> Result<Layout, Problem> {
        let wrong = || Problem::WrongHeader {
            expected: COLUMNS.join(","),
            found: header.iter().collect::<Vec<_>>().join(","),
        };
        if header.len() != COLUMNS.len() {
            return Err(wrong());
        }
        let mut field_of = [usize::MAX; COLUMNS.len()];
        for (field, name) in header.iter().enumerate() {
            // A byte-order mark from spreadsheet exports is not part of the name.
            let name = name.trim_start_matches('\u{feff}').trim();
            let column = COLUMNS.iter().position(|c| *c == name).ok_or_else(wrong)?;
            if field_of[column] != usize::MAX {
                return Err(wrong());
            }
            field_of[column] = field;
        }
        Ok(Layout {
            field_of,
            fields: header.len(),
        })
    }

    /// The 1-based column number in the file and the column's name.
    fn column(&self, column: usize) -> (usize, &'static str) {
        (self.field_of[column] + 1, COLUMNS[column])
    }
}

struct Validator<'a> {
    interventions: &'a HashSet<String>,
    providers: &'a HashSet<String>,
}

type FieldProblems = Vec<(Option<usize>, Problem)>;

impl Validator<'_> {
    /// The case on this row, or every problem with it.
    fn case(&self, layout: &Layout, record: &csv::StringRecord) -> Result<NewCase, FieldProblems> {
        if record.len() != layout.fields {
            return Err(vec![(
                None,
                Problem::WrongFieldCount {
                    expected: layout.fields,
                    found: record.len(),
                },
            )]);
        }
        let field = |c: usize| record.get(layout.field_of[c]).unwrap_or("");
        let mut problems: FieldProblems = Vec::new();
        let required = |c: usize, problems: &mut FieldProblems| {
            let value = field(c);
            if value.is_empty() {
                problems.push((Some(c), Problem::Missing));
            }
            value
        };

        let case_id = required(CASE_ID, &mut problems);
        let person_id = required(PERSON_ID, &mut problems);
        let gender = required(GENDER, &mut problems);
        let gender = match Gender::from_code(gender) {
            Some(g) => Some(g),
            None if gender.is_empty() => None,
            None => {
                problems.push((Some(GENDER), Problem::Gender(gender.into())));
                None
            }
        };
        let birth_year_text = required(BIRTH_YEAR, &mut problems);
        let birth_year =
            if birth_year_text.len() == 4 && birth_year_text.bytes().all(|b| b.is_ascii_digit()) {
                birth_year_text.parse::<i64>().ok()
            } else {
                if !birth_year_text.is_empty() {
                    problems.push((Some(BIRTH_YEAR), Problem::BirthYear(birth_year_text.into())));
                }
                None
            };
        let intervention = required(INSATS, &mut problems);
        if !intervention.is_empty() && !self.interventions.contains(intervention) {
            problems.push((
                Some(INSATS),
                Problem::UnknownIntervention(intervention.into()),
            ));
        }
        let provider = required(PROVIDER_ID, &mut problems);
        if !provider.is_empty() && !self.providers.contains(provider) {
            problems.push((Some(PROVIDER_ID), Problem::UnknownProvider(provider.into())));
        }
        let date = |c: usize, optional: bool, problems: &mut FieldProblems| {
            let text = if optional {
                field(c)
            } else {
                required(c, problems)
            };
            if text.is_empty() {
                return None;
            }
            let parsed = parse_iso_date(text);
            if parsed.is_none() {
                problems.push((Some(c), Problem::Date(text.into())));
            }
            parsed
        };
        let start = date(START_DATE, false, &mut problems);
        let planned_end = date(PLANNED_END_DATE, false, &mut problems);
        let end_text = field(END_DATE);
        let end = date(END_DATE, true, &mut problems);
        let reason_text = field(END_REASON);
        let reason = if reason_text.is_empty() {
            None
        } else {
            let reason = EndReason::from_code(reason_text);
            if reason.is_none() {
                problems.push((Some(END_REASON), Problem::EndReason(reason_text.into())));
            }
            reason
        };
        match (end_text.is_empty(), reason_text.is_empty()) {
            (true, false) => problems.push((Some(END_REASON), Problem::ReasonWithoutEnd)),
            (false, true) => problems.push((Some(END_DATE), Problem::EndWithoutReason)),
            _ => {}
        }
        if let (Some(start), Some(planned)) = (start, planned_end) {
            if planned < start {
                problems.push((
                    Some(PLANNED_END_DATE),
                    Problem::PlannedEndBeforeStart {
                        start: start.to_string(),
                        planned: planned.to_string(),
                    },
                ));
            }
        }
        if let (Some(start), Some(end)) = (start, end) {
            if end < start {
                problems.push((
                    Some(END_DATE),
                    Problem::EndBeforeStart {
                        start: start.to_string(),
                        end: end.to_string(),
                    },
                ));
            }
        }
        let extensions_text = required(EXTENSIONS, &mut problems);
        let extensions = match extensions_text.parse::<i64>() {
            Ok(n) if n >= 0 && extensions_text.bytes().all(|b| b.is_ascii_digit()) => Some(n),
            _ => {
                if !extensions_text.is_empty() {
                    problems.push((
                        Some(EXTENSIONS),
                        Problem::Extensions(extensions_text.into()),
                    ));
                }
                None
            }
        };

        if !problems.is_empty() {
            return Err(problems);
        }
        match (gender, birth_year, start, planned_end, extensions) {
            (Some(gender), Some(birth_year), Some(start), Some(planned_end), Some(extensions)) => {
                Ok(NewCase {
                    case_id: case_id.into(),
                    person_id: person_id.into(),
                    gender,
                    birth_year,
                    intervention_code: intervention.into(),
                    provider_id: provider.into(),
                    start_date: start.to_string(),
                    planned_end_date: planned_end.to_string(),
                    end: end.zip(reason).map(|(d, r)| (d.to_string(), r)),
                    extensions,
                })
            }
            // Every None above has pushed a problem.
            _ => Err(vec![(None, Problem::Missing)]),
        }
    }
}

/// Strictly `YYYY-MM-DD`: the case system's export format, and the form the
/// database stores so that text order is date order.
pub fn parse_iso_date(text: &str) -> Option<NaiveDate> {
    let bytes = text.as_bytes();
    let shape_ok = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if !shape_ok {
        return None;
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(names: &[&str]) -> csv::StringRecord {
        csv::StringRecord::from(names.to_vec())
    }

    #[test]
    fn the_header_may_list_the_columns_in_any_order_but_each_exactly_once() {
        let mut reversed = COLUMNS;
        reversed.reverse();
        let layout = Layout::of_header(&header(&reversed)).unwrap();
        assert_eq!(layout.column(CASE_ID), (11, "case_id"));
        assert_eq!(layout.column(EXTENSIONS), (1, "extensions"));

        let mut twice = COLUMNS;
        twice[1] = "case_id";
        assert!(matches!(
            Layout::of_header(&header(&twice)),
            Err(Problem::WrongHeader { .. })
        ));
        assert!(Layout::of_header(&header(&COLUMNS[..10])).is_err());
        let mut renamed = COLUMNS;
        renamed[4] = "intervention";
        assert!(Layout::of_header(&header(&renamed)).is_err());
    }

    #[test]
    fn dates_must_be_written_year_month_day_in_full() {
        assert_eq!(
            parse_iso_date("2023-02-28"),
            NaiveDate::from_ymd_opt(2023, 2, 28)
        );
        for bad in ["2023-2-28", "2023-02-29", "28/02/2023", "2023-02-28 ", ""] {
            assert_eq!(parse_iso_date(bad), None, "{bad:?}");
        }
    }
}
