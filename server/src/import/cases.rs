//! Case import: a CSV file of insats decisions into the case database.
//!
//! The header names exactly the columns of [`COLUMNS`], each once, in any
//! order. Reading, reporting and writing are [`super::import`]'s; this is
//! what a case row must be.

use std::{collections::HashSet, future::Future, io::Read};

use chrono::NaiveDate;
use sqlx::AnyConnection;

use super::{printable_id, FileKind};
pub use super::{FieldProblems, ImportError, ImportSummary, Problem, RowError};
use crate::db::{
    cases::{self, ChosenBy, EndReason, Gender, NewCase},
    Db, DbError,
};

/// The columns a case file has, each exactly once.
pub const COLUMNS: [&str; 12] = [
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
    "chosen",
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
const CHOSEN: usize = 11;

/// Imports a case file (see [`super::import`]). `progress` hears the number
/// of rows written so far after every batch (10 rows on SQLite, 500 on
/// PostgreSQL) and after the last one.
pub async fn import<R: Read>(
    db: &Db,
    input: R,
    imported_at: &str,
    progress: impl FnMut(u64),
) -> Result<ImportSummary, ImportError> {
    let kind = {
        let mut conn = db.pool().acquire().await?;
        CaseFile {
            interventions: cases::intervention_codes(&mut conn).await?,
            providers: cases::provider_ids(&mut conn).await?,
            // `imported_at` is an ISO timestamp; a malformed one checks nothing.
            import_day: parse_iso_date(imported_at.get(..10).unwrap_or(""))
                .unwrap_or(NaiveDate::MAX),
        }
    };
    super::import(db, &kind, input, imported_at, progress).await
}

/// A case file, checked against the catalogue, the providers and the day
/// it is imported (no case can have ended after it).
struct CaseFile {
    interventions: HashSet<String>,
    providers: HashSet<String>,
    import_day: NaiveDate,
}

impl FileKind for CaseFile {
    type Row = NewCase;
    const COLUMNS: &'static [&'static str] = &COLUMNS;
    /// Files from before the case system recorded who chose.
    const OPTIONAL: &'static [&'static str] = &["chosen"];
    const ID_COLUMN: usize = CASE_ID;

    fn batch_size(&self, db: &Db) -> usize {
        cases::batch_size(db.backend())
    }

    fn write<'a>(
        conn: &'a mut AnyConnection,
        rows: &'a [NewCase],
        imported_at: &'a str,
    ) -> impl Future<Output = Result<(), DbError>> + Send + 'a {
        cases::upsert(conn, rows, imported_at)
    }

    /// The case on this row, or every problem with it.
    fn row<'r>(&self, field: &dyn Fn(usize) -> &'r str) -> Result<NewCase, FieldProblems> {
        let mut problems: FieldProblems = Vec::new();
        let required = |c: usize, problems: &mut FieldProblems| {
            let value = field(c);
            if value.is_empty() {
                problems.push((Some(c), Problem::Missing));
            }
            value
        };

        let case_id = required(CASE_ID, &mut problems);
        printable_id(CASE_ID, case_id, &mut problems);
        let person_id = required(PERSON_ID, &mut problems);
        printable_id(PERSON_ID, person_id, &mut problems);
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
        let written = required(INSATS, &mut problems);
        let intervention = if written.is_empty() {
            String::new()
        } else {
            super::intervention_code(written, &self.interventions).unwrap_or_else(|problem| {
                problems.push((Some(INSATS), problem));
                String::new()
            })
        };
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
        if let Some(end) = end.filter(|end| *end > self.import_day) {
            problems.push((
                Some(END_DATE),
                Problem::EndAfterImport {
                    end: end.to_string(),
                    today: self.import_day.to_string(),
                },
            ));
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
        let chosen = ChosenBy::from_field(field(CHOSEN));
        if chosen.is_none() {
            problems.push((Some(CHOSEN), Problem::Chosen(field(CHOSEN).into())));
        }

        if !problems.is_empty() {
            return Err(problems);
        }
        match (gender, birth_year, start, planned_end, extensions, chosen) {
            (
                Some(gender),
                Some(birth_year),
                Some(start),
                Some(planned_end),
                Some(extensions),
                Some(chosen),
            ) => Ok(NewCase {
                case_id: case_id.into(),
                person_id: person_id.into(),
                gender,
                birth_year,
                intervention_code: intervention,
                provider_id: provider.into(),
                start_date: start.to_string(),
                planned_end_date: planned_end.to_string(),
                end: end.zip(reason).map(|(d, r)| (d.to_string(), r)),
                extensions,
                chosen,
            }),
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
    // The digits are checked above: read them directly, which is several
    // times faster than a format string for the million dates a year's
    // statistics read.
    let number = |range: std::ops::Range<usize>| {
        bytes[range]
            .iter()
            .fold(0u32, |n, b| n * 10 + u32::from(b - b'0'))
    };
    NaiveDate::from_ymd_opt(number(0..4) as i32, number(5..7), number(8..10))
}

#[cfg(test)]
mod tests {
    use super::*;

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
