//! The figures of a period, computed from the cases.
//!
//! Strategy: one query reads the period's active cases, in compact
//! [`CaseRecord`]s (about 32 bytes each), and one pass in Rust aggregates every
//! group at once. Aggregating in SQL instead would take a dozen GROUP BY
//! queries (each a scan), written twice where SQLite and PostgreSQL differ
//! (date arithmetic, no GROUPING SETS in SQLite), and unique persons per group
//! need COUNT(DISTINCT) per grouping. In Rust the definitions live once, in
//! plain code both backends share. Measured by `scripts/bench-statistics.sh`
//! (1,000,000 cases, 588,256 active in 2023, on a busy 2-core machine): the
//! aggregation takes 0.1 s, and reading is what [`load`] makes fast. The
//! read is paid once per published snapshot, never per page view.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use futures_util::TryStreamExt;

use super::{percent, rounded_ratio, Period};
use crate::{
    db::{
        cases::{EndReason, Gender, ReasonGroup},
        Backend, Db, DbError,
    },
    import::cases::parse_iso_date,
};

#[derive(Debug, thiserror::Error)]
pub enum StatisticsError {
    #[error(transparent)]
    Database(#[from] DbError),
    #[error("a stored case{} has an unreadable {column}: {value:?}",
        if .case_id.is_empty() { String::new() } else { format!(" ({})", .case_id) })]
    BadValue {
        /// Empty when unknown.
        case_id: String,
        column: &'static str,
        value: String,
    },
    #[error("more than 65,535 distinct interventions or providers")]
    TooManyGroups,
}

impl From<sqlx::Error> for StatisticsError {
    fn from(error: sqlx::Error) -> Self {
        StatisticsError::Database(DbError::Query(error))
    }
}

pub use domain::model::categories::{AgeBand, ChosenBy, LengthBand, PlannedEnd};

/// One case, compact: what the statistics need and nothing that names anyone.
#[derive(Clone, Copy, Debug)]
pub struct CaseRecord {
    /// The person, numbered within its [`CaseSet`].
    pub person: u32,
    pub gender: Gender,
    pub birth_year: i32,
    /// Index into [`CaseSet`]'s interventions.
    pub intervention: u16,
    /// Index into [`CaseSet`]'s providers.
    pub provider: u16,
    pub start: NaiveDate,
    pub planned_end: NaiveDate,
    pub end: Option<(NaiveDate, EndReason)>,
    pub extensions: u32,
    pub chosen: ChosenBy,
}

/// Cases with their persons, interventions and providers numbered.
#[derive(Clone, Debug, Default)]
pub struct CaseSet {
    records: Vec<CaseRecord>,
    interventions: Vec<String>,
    providers: Vec<String>,
    intervention_index: HashMap<String, u16>,
    provider_index: HashMap<String, u16>,
    person_index: HashMap<String, u32>,
}

/// A case as text, the way the database and import files hold it.
#[derive(Clone, Copy, Debug)]
pub struct CaseText<'a> {
    pub case_id: &'a str,
    pub person_id: &'a str,
    pub gender: &'a str,
    pub birth_year: i64,
    pub intervention: &'a str,
    pub provider: &'a str,
    pub start_date: &'a str,
    pub planned_end_date: &'a str,
    pub end_date: Option<&'a str>,
    pub end_reason: Option<&'a str>,
    pub extensions: i64,
    /// `customer`, `default`, or empty when not recorded.
    pub chosen: &'a str,
}

fn number(
    index: &mut HashMap<String, u16>,
    names: &mut Vec<String>,
    name: &str,
) -> Result<u16, StatisticsError> {
    if let Some(&n) = index.get(name) {
        return Ok(n);
    }
    let n = u16::try_from(names.len()).map_err(|_| StatisticsError::TooManyGroups)?;
    index.insert(name.to_string(), n);
    names.push(name.to_string());
    Ok(n)
}

impl CaseSet {
    pub fn new() -> CaseSet {
        CaseSet::default()
    }

    pub fn len(&self) -> usize {
        self.records.len()
    }

    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// Adds a case; a value the database should never hold is an error.
    pub fn push(&mut self, case: CaseText<'_>) -> Result<(), StatisticsError> {
        let bad = |column: &'static str, value: &str| StatisticsError::BadValue {
            case_id: case.case_id.to_string(),
            column,
            value: value.to_string(),
        };
        let date = |column, text: &str| parse_iso_date(text).ok_or_else(|| bad(column, text));
        let gender = Gender::from_code(case.gender).ok_or_else(|| bad("gender", case.gender))?;
        let birth_year = i32::try_from(case.birth_year)
            .map_err(|_| bad("birth_year", &case.birth_year.to_string()))?;
        let start = date("start_date", case.start_date)?;
        let planned_end = date("planned_end_date", case.planned_end_date)?;
        let end = match (case.end_date, case.end_reason) {
            (Some(end), Some(reason)) => Some((
                date("end_date", end)?,
                EndReason::from_code(reason).ok_or_else(|| bad("end_reason", reason))?,
            )),
            (None, None) => None,
            (Some(end), None) => return Err(bad("end_reason", end)),
            (None, Some(reason)) => return Err(bad("end_date", reason)),
        };
        let extensions = u32::try_from(case.extensions)
            .map_err(|_| bad("extensions", &case.extensions.to_string()))?;
        let intervention = number(
            &mut self.intervention_index,
            &mut self.interventions,
            case.intervention,
        )?;
        let provider = number(&mut self.provider_index, &mut self.providers, case.provider)?;
        let chosen = ChosenBy::from_field(case.chosen).ok_or_else(|| bad("chosen", case.chosen))?;
        let person = match self.person_index.get(case.person_id) {
            Some(&person) => person,
            None => {
                let person = self.person_index.len() as u32;
                self.person_index.insert(case.person_id.to_string(), person);
                person
            }
        };
        self.records.push(CaseRecord {
            person,
            gender,
            birth_year,
            intervention,
            provider,
            start,
            planned_end,
            end,
            extensions,
            chosen,
        });
        Ok(())
    }
}

/// Reads the cases active in the period: start ≤ to and (no end or end ≥ from).
///
/// Each case comes as one text line, its fields joined by the unit separator
/// (U+001F): the drivers' cost is per value, and one value per case reads
/// about 2.5 times faster than eleven. The pseudonym comes last, so even a
/// separator inside it cannot shift the other fields unnoticed; the import
/// refuses control characters in ids. Measured with 1,000,000 cases
/// (588,256 active in 2023) by `scripts/bench-statistics.sh`; see README.
pub async fn load(db: &Db, period: Period) -> Result<CaseSet, StatisticsError> {
    let mut set = CaseSet::new();
    let (to, from) = (period.to.to_string(), period.from.to_string());
    let mut add = |batch: String| -> Result<(), StatisticsError> {
        for line in batch.split(RECORD_SEPARATOR).filter(|l| !l.is_empty()) {
            set.push(case_text(line)?)?;
        }
        Ok(())
    };
    match db.backend() {
        // The lines joined into batches by the record separator (U+001E):
        // sqlx's SQLite driver costs about 10 µs per row, so a row per case
        // took 7.5 s where batches of up to 32,768 rowids take 1.4–1.9 s.
        // Ranges of rowids scan the table in storage order, inside one read
        // transaction (one consistent snapshot): a year's statistics read
        // most rows, and following the start_date index to each of them
        // took 3.5 times as long (4.2 s against 1.2 s in the sqlite3
        // shell); one query grouping the batches spent 0.8 s sorting them.
        Backend::Sqlite => {
            let mut tx = db.pool().begin().await?;
            let (first, last): (i64, i64) = sqlx::query_as(
                "SELECT COALESCE(MIN(rowid), 0), COALESCE(MAX(rowid), -1) FROM case_record",
            )
            .fetch_one(&mut *tx)
            .await?;
            let mut start = first;
            while start <= last {
                let batch: Option<String> = sqlx::query_scalar(
                    "SELECT group_concat(gender || $3 || birth_year || $3 || start_date || $3
                            || planned_end_date || $3 || COALESCE(end_date, '') || $3
                            || COALESCE(end_reason, '') || $3 || extensions || $3
                            || COALESCE(chosen, '') || $3
                            || intervention_code || $3 || provider_id || $3 || person_id, $4)
                       FROM case_record
                      WHERE rowid >= $5 AND rowid < $6
                        AND start_date <= $1 AND (end_date IS NULL OR end_date >= $2)",
                )
                .bind(&to)
                .bind(&from)
                .bind(FIELD_SEPARATOR.to_string())
                .bind(RECORD_SEPARATOR.to_string())
                .bind(start)
                .bind(start + SQLITE_ROWIDS_PER_BATCH)
                .fetch_one(&mut *tx)
                .await?;
                if let Some(batch) = batch {
                    add(batch)?;
                }
                start += SQLITE_ROWIDS_PER_BATCH;
            }
            tx.commit().await?;
        }
        // One row per case: the server builds them in a third of a second,
        // and joining them into batches there (string_agg) cost more than
        // the rows it saved (1.0–1.2 s against 0.36 s in psql).
        Backend::Postgres => {
            let mut rows = sqlx::query_scalar::<_, String>(
                "SELECT gender || $3 || birth_year || $3 || start_date || $3
                        || planned_end_date || $3 || COALESCE(end_date, '') || $3
                        || COALESCE(end_reason, '') || $3 || extensions || $3
                        || COALESCE(chosen, '') || $3
                        || intervention_code || $3 || provider_id || $3 || person_id
                   FROM case_record
                  WHERE start_date <= $1 AND (end_date IS NULL OR end_date >= $2)",
            )
            .bind(&to)
            .bind(&from)
            .bind(FIELD_SEPARATOR.to_string())
            .fetch(db.pool());
            while let Some(line) = rows.try_next().await? {
                add(line)?;
            }
        }
    }
    Ok(set)
}

/// Rowids per SQLite query: a few megabytes of text per batch.
const SQLITE_ROWIDS_PER_BATCH: i64 = 32_768;
const FIELD_SEPARATOR: char = '\u{1f}';
const RECORD_SEPARATOR: char = '\u{1e}';

/// The fields of one joined case line.
fn case_text(line: &str) -> Result<CaseText<'_>, StatisticsError> {
    let bad = |column: &'static str, value: &str| StatisticsError::BadValue {
        case_id: String::new(),
        column,
        value: value.to_string(),
    };
    let mut fields = line.splitn(11, FIELD_SEPARATOR);
    let mut next = |column| fields.next().ok_or_else(|| bad(column, line));
    let gender = next("gender")?;
    let birth_year = next("birth_year")?;
    let start_date = next("start_date")?;
    let planned_end_date = next("planned_end_date")?;
    let end_date = next("end_date")?;
    let end_reason = next("end_reason")?;
    let extensions = next("extensions")?;
    let chosen = next("chosen")?;
    let intervention = next("intervention_code")?;
    let provider = next("provider_id")?;
    let person_id = next("person_id")?;
    let integer = |column, text: &str| text.parse::<i64>().map_err(|_| bad(column, text));
    Ok(CaseText {
        case_id: "",
        person_id,
        gender,
        birth_year: integer("birth_year", birth_year)?,
        intervention,
        provider,
        start_date,
        planned_end_date,
        end_date: (!end_date.is_empty()).then_some(end_date),
        end_reason: (!end_reason.is_empty()).then_some(end_reason),
        extensions: integer("extensions", extensions)?,
        chosen,
    })
}

/// The period's statistics from the case database.
pub async fn statistics(db: &Db, period: Period) -> Result<Statistics, StatisticsError> {
    Ok(compute(load(db, period).await?, period))
}

/// The figures of one group of cases (an intervention, a provider, a
/// provider × intervention, or all), counted as the issue defines them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Figures {
    /// Cases active in the period.
    pub cases: i64,
    /// Distinct persons among them.
    pub persons: i64,
    /// Of the distinct persons, indexed by [`Gender`]: each counted with
    /// their gender, the same in every group (see [`compute`]).
    pub persons_by_gender: [i64; 2],
    pub women: i64,
    pub men: i64,
    /// Indexed by [`AgeBand`].
    pub age: [i64; 4],
    /// No end, or an end after the period.
    pub ongoing: i64,
    /// Ended within the period.
    pub ended: i64,
    /// Indexed by [`LengthBand`].
    pub length: [i64; 4],
    /// Of the ongoing: extended at least once.
    pub extended: i64,
    /// Of the ongoing, indexed by [`PlannedEnd`].
    pub planned_end: [i64; 3],
    /// Of the ended, indexed by [`EndReason::index`].
    pub ended_by_reason: [i64; 9],
    /// Sum of end − start + 1 over the exits to work or studies.
    pub days_to_work_or_studies: i64,
    /// Indexed by [`ChosenBy`].
    pub chosen: [i64; 3],
}

impl Figures {
    pub fn reason(&self, reason: EndReason) -> i64 {
        self.ended_by_reason[reason.index()]
    }

    pub fn group(&self, group: ReasonGroup) -> i64 {
        EndReason::ALL
            .into_iter()
            .filter(|r| r.group() == group)
            .map(|r| self.reason(r))
            .sum()
    }

    pub fn exits_to_work_or_studies(&self) -> i64 {
        self.reason(EndReason::Work) + self.reason(EndReason::Studies)
    }

    /// Self-sufficiency as a share of the ended, in whole percent.
    pub fn self_sufficiency_percent(&self) -> Option<i64> {
        percent(self.group(ReasonGroup::SelfSufficiency), self.ended)
    }

    /// Average whole days in the insats before an exit to work or studies.
    pub fn average_days_to_work_or_studies(&self) -> Option<i64> {
        rounded_ratio(
            self.days_to_work_or_studies,
            self.exits_to_work_or_studies(),
        )
    }

    fn add(&mut self, case: &Contribution) {
        self.cases += 1;
        match case.gender {
            Gender::Woman => self.women += 1,
            Gender::Man => self.men += 1,
        }
        self.age[case.age as usize] += 1;
        self.chosen[case.chosen as usize] += 1;
        self.length[case.length as usize] += 1;
        match case.status {
            Status::Ongoing {
                extended,
                planned_end,
            } => {
                self.ongoing += 1;
                self.extended += i64::from(extended);
                self.planned_end[planned_end as usize] += 1;
            }
            Status::Ended { reason, days } => {
                self.ended += 1;
                self.ended_by_reason[reason.index()] += 1;
                if matches!(reason, EndReason::Work | EndReason::Studies) {
                    self.days_to_work_or_studies += days;
                }
            }
        }
    }
}

/// What one case adds to each group it belongs to, worked out once.
struct Contribution {
    gender: Gender,
    chosen: ChosenBy,
    age: AgeBand,
    length: LengthBand,
    status: Status,
}

enum Status {
    Ongoing {
        extended: bool,
        planned_end: PlannedEnd,
    },
    Ended {
        reason: EndReason,
        days: i64,
    },
}

impl Contribution {
    /// `None` when the case is not active in the period.
    fn of(
        case: &CaseRecord,
        gender: Gender,
        period: Period,
        next_year: i32,
    ) -> Option<Contribution> {
        let ended_by = case.end.map(|(end, _)| end);
        if case.start > period.to || ended_by.is_some_and(|end| end < period.from) {
            return None;
        }
        let counted_until = ended_by.map_or(period.to, |end| end.min(period.to));
        let length = (counted_until - case.start).num_days() + 1;
        let status = match case.end {
            Some((end, reason)) if end <= period.to => Status::Ended {
                reason,
                days: (end - case.start).num_days() + 1,
            },
            _ => Status::Ongoing {
                extended: case.extensions > 0,
                planned_end: PlannedEnd::of(case.planned_end, next_year),
            },
        };
        Some(Contribution {
            gender,
            chosen: case.chosen,
            age: AgeBand::of_age(i64::from(case.start.year() - case.birth_year)),
            length: LengthBand::of_days(length),
            status,
        })
    }
}

/// A period's figures, in total and per group. Interventions and providers
/// appear only when they had a case active in the period, ordered by code.
#[derive(Clone, Debug)]
pub struct Statistics {
    pub period: Period,
    pub total: Figures,
    interventions: Vec<String>,
    providers: Vec<String>,
    by_intervention: Vec<Figures>,
    by_provider: Vec<Figures>,
    /// `provider * interventions.len() + intervention`.
    by_cell: Vec<Figures>,
}

/// Aggregates every group in one pass over the cases, sorted by person so
/// that each group counts a person once by remembering the last one it saw.
pub fn compute(set: CaseSet, period: Period) -> Statistics {
    let CaseSet {
        mut records,
        interventions,
        providers,
        ..
    } = set;
    let (ni, np) = (interventions.len(), providers.len());
    let groups = 1 + ni + np + ni * np;
    let mut figures = vec![Figures::default(); groups];
    let mut last_person = vec![u32::MAX; groups];
    let next_year = period.next_year();
    // A person's cases together, their latest first: the order (and so
    // every figure) does not depend on the order the database returned.
    records.sort_unstable_by_key(|r| (r.person, std::cmp::Reverse(r.start), r.gender as u8));
    let mut person_gender = (u32::MAX, Gender::Woman);
    for case in &records {
        // Gender is a person's: when a person's cases disagree, every one of
        // them counts with the latest case's gender. Then no group has more
        // women than cases of women, and no intervention more women than all
        // interventions, as the audit assumes every reader knows.
        if person_gender.0 != case.person {
            person_gender = (case.person, case.gender);
        }
        let gender = person_gender.1;
        let Some(contribution) = Contribution::of(case, gender, period, next_year) else {
            continue;
        };
        let (i, p) = (case.intervention as usize, case.provider as usize);
        for group in [0, 1 + i, 1 + ni + p, 1 + ni + np + p * ni + i] {
            figures[group].add(&contribution);
            if last_person[group] != case.person {
                last_person[group] = case.person;
                figures[group].persons += 1;
                figures[group].persons_by_gender[gender as usize] += 1;
            }
        }
    }

    // Order by code, and drop groups without an active case.
    let order = |names: &[String], first: usize| -> Vec<usize> {
        let mut kept: Vec<usize> = (0..names.len())
            .filter(|&k| figures[first + k].cases > 0)
            .collect();
        kept.sort_by(|&a, &b| names[a].cmp(&names[b]));
        kept
    };
    let i_order = order(&interventions, 1);
    let p_order = order(&providers, 1 + ni);
    let mut by_cell = Vec::with_capacity(i_order.len() * p_order.len());
    for &p in &p_order {
        for &i in &i_order {
            by_cell.push(figures[1 + ni + np + p * ni + i].clone());
        }
    }
    Statistics {
        period,
        total: figures[0].clone(),
        by_intervention: i_order.iter().map(|&i| figures[1 + i].clone()).collect(),
        by_provider: p_order
            .iter()
            .map(|&p| figures[1 + ni + p].clone())
            .collect(),
        interventions: i_order.iter().map(|&i| interventions[i].clone()).collect(),
        providers: p_order.iter().map(|&p| providers[p].clone()).collect(),
        by_cell,
    }
}

impl Statistics {
    pub fn interventions(&self) -> &[String] {
        &self.interventions
    }

    pub fn providers(&self) -> &[String] {
        &self.providers
    }

    pub fn intervention(&self, code: &str) -> Option<&Figures> {
        let i = self.interventions.iter().position(|c| c == code)?;
        Some(&self.by_intervention[i])
    }

    pub fn provider(&self, id: &str) -> Option<&Figures> {
        let p = self.providers.iter().position(|c| c == id)?;
        Some(&self.by_provider[p])
    }

    /// One provider's figures within one intervention.
    pub fn provider_in(&self, id: &str, code: &str) -> Option<&Figures> {
        let p = self.providers.iter().position(|c| c == id)?;
        let i = self.interventions.iter().position(|c| c == code)?;
        Some(&self.by_cell[p * self.interventions.len() + i])
    }

    /// A table of counts: one row per intervention (or provider, or provider
    /// within one intervention), the breakdown's categories as columns, and
    /// the totals the rows and columns add up to.
    pub fn table(&self, rows: Rows<'_>, breakdown: Breakdown) -> StatisticsTable {
        let (labels, figures, total): (&[String], Vec<Option<&Figures>>, Option<&Figures>) =
            match rows {
                Rows::Interventions => (
                    &self.interventions,
                    self.by_intervention.iter().map(Some).collect(),
                    Some(&self.total),
                ),
                Rows::Providers => (
                    &self.providers,
                    self.by_provider.iter().map(Some).collect(),
                    Some(&self.total),
                ),
                Rows::ProvidersIn(code) => (
                    &self.providers,
                    self.providers
                        .iter()
                        .map(|p| self.provider_in(p, code))
                        .collect(),
                    self.intervention(code),
                ),
            };
        // A row whose categories are all zero (no ongoing cases, say) says
        // nothing; the report leaves such rows out too (§6.2.3).
        let (labels, figures): (Vec<String>, Vec<&Figures>) = labels
            .iter()
            .zip(figures)
            .filter_map(|(label, f)| Some((label.clone(), f?)))
            .filter(|(_, f)| breakdown.total(f) > 0)
            .unzip();
        let empty = Figures::default();
        StatisticsTable::new(labels, figures, total.unwrap_or(&empty), breakdown)
    }
}

/// What the rows of a [`StatisticsTable`] are.
#[derive(Clone, Copy, Debug)]
pub enum Rows<'a> {
    Interventions,
    Providers,
    /// The providers with cases in this intervention.
    ProvidersIn(&'a str),
}

/// A split of a group's cases into categories that add up to a total; the
/// wire type, so that pages and files name breakdowns the same way.
pub use domain::model::statistics::Breakdown;

/// What the engine knows of each [`Breakdown`]: its categories and where
/// its counts are in [`Figures`].
pub trait BreakdownFigures {
    fn columns(self) -> Vec<&'static str>;
    fn values(self, f: &Figures) -> Vec<i64>;
    /// What the categories add up to.
    fn total(self, f: &Figures) -> i64;
}

impl BreakdownFigures for Breakdown {
    fn columns(self) -> Vec<&'static str> {
        self.column_codes().to_vec()
    }

    fn values(self, f: &Figures) -> Vec<i64> {
        match self {
            Breakdown::Gender => vec![f.women, f.men],
            Breakdown::PersonsGender => f.persons_by_gender.to_vec(),
            Breakdown::Age => f.age.to_vec(),
            Breakdown::Status => vec![f.ongoing, f.ended],
            Breakdown::Length => f.length.to_vec(),
            Breakdown::Extended => vec![f.extended, f.ongoing - f.extended],
            Breakdown::PlannedEnd => f.planned_end.to_vec(),
            Breakdown::EndReason => f.ended_by_reason.to_vec(),
            Breakdown::ReasonGroup => vec![
                f.group(ReasonGroup::SelfSufficiency),
                f.group(ReasonGroup::OtherInsatsOrAuthority),
                f.group(ReasonGroup::Interruption),
            ],
            Breakdown::Chosen => f.chosen.to_vec(),
        }
    }

    fn total(self, f: &Figures) -> i64 {
        match self {
            Breakdown::Gender
            | Breakdown::Age
            | Breakdown::Status
            | Breakdown::Length
            | Breakdown::Chosen => f.cases,
            Breakdown::PersonsGender => f.persons,
            Breakdown::Extended | Breakdown::PlannedEnd => f.ongoing,
            Breakdown::EndReason | Breakdown::ReasonGroup => f.ended,
        }
    }
}

/// Counts by row and category, with row, column and grand totals: the full
/// figures, for municipality staff. The public sees it only through
/// [`super::disclosure::disclose`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatisticsTable {
    pub breakdown: Breakdown,
    pub rows: Vec<String>,
    pub columns: Vec<&'static str>,
    /// `cells[row][column]`.
    pub cells: Vec<Vec<i64>>,
    pub row_totals: Vec<i64>,
    pub column_totals: Vec<i64>,
    pub total: i64,
}

impl StatisticsTable {
    fn new(
        rows: Vec<String>,
        figures: Vec<&Figures>,
        total: &Figures,
        breakdown: Breakdown,
    ) -> StatisticsTable {
        StatisticsTable {
            breakdown,
            rows,
            columns: breakdown.columns(),
            cells: figures.iter().map(|f| breakdown.values(f)).collect(),
            row_totals: figures.iter().map(|f| breakdown.total(f)).collect(),
            column_totals: breakdown.values(total),
            total: breakdown.total(total),
        }
    }

    /// A table from given counts, the totals added up (for tests and imports
    /// of other tables).
    pub fn from_counts(
        rows: Vec<String>,
        columns: Vec<&'static str>,
        cells: Vec<Vec<i64>>,
    ) -> StatisticsTable {
        let row_totals: Vec<i64> = cells.iter().map(|r| r.iter().sum()).collect();
        let column_totals: Vec<i64> = (0..columns.len())
            .map(|c| cells.iter().map(|r| r[c]).sum())
            .collect();
        StatisticsTable {
            breakdown: Breakdown::Gender,
            total: row_totals.iter().sum(),
            rows,
            columns,
            cells,
            row_totals,
            column_totals,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Case {
        person: &'static str,
        gender: &'static str,
        birth_year: i64,
        intervention: &'static str,
        provider: &'static str,
        start: &'static str,
        planned_end: &'static str,
        end: Option<(&'static str, &'static str)>,
        extensions: i64,
        chosen: &'static str,
    }

    const BASE: Case = Case {
        person: "p1",
        gender: "K",
        birth_year: 1990,
        intervention: "AMI2",
        provider: "a",
        start: "2023-03-01",
        planned_end: "2024-02-01",
        end: None,
        extensions: 0,
        chosen: "",
    };

    fn year_2023(cases: &[Case]) -> Statistics {
        let mut set = CaseSet::new();
        for case in cases {
            set.push(CaseText {
                case_id: "c",
                person_id: case.person,
                gender: case.gender,
                birth_year: case.birth_year,
                intervention: case.intervention,
                provider: case.provider,
                start_date: case.start,
                planned_end_date: case.planned_end,
                end_date: case.end.map(|e| e.0),
                end_reason: case.end.map(|e| e.1),
                extensions: case.extensions,
                chosen: case.chosen,
            })
            .unwrap();
        }
        compute(set, Period::calendar_year(2023))
    }

    #[test]
    fn a_case_is_active_from_its_start_to_its_end_inclusive() {
        let stats = year_2023(&[
            Case {
                start: "2024-01-01",
                ..BASE
            },
            Case {
                start: "2022-01-01",
                end: Some(("2022-12-31", "work")),
                ..BASE
            },
            Case {
                person: "p2",
                start: "2022-01-01",
                end: Some(("2023-01-01", "moved")),
                ..BASE
            },
            Case {
                person: "p3",
                start: "2023-12-31",
                ..BASE
            },
        ]);
        assert_eq!(stats.total.cases, 2);
        assert_eq!(stats.total.ended, 1);
        assert_eq!(stats.total.ongoing, 1);
    }

    #[test]
    fn a_case_ending_after_the_period_is_ongoing_at_its_end() {
        let stats = year_2023(&[Case {
            end: Some(("2024-01-10", "work")),
            extensions: 2,
            ..BASE
        }]);
        assert_eq!(stats.total.ongoing, 1);
        assert_eq!(stats.total.ended, 0);
        assert_eq!(stats.total.extended, 1);
        assert_eq!(stats.total.exits_to_work_or_studies(), 0);
    }

    #[test]
    fn length_counts_to_the_end_or_the_period_end_whichever_is_first() {
        let stats = year_2023(&[
            // 2023-09-23 … 2023-12-31 is 100 days.
            Case {
                start: "2023-09-23",
                ..BASE
            },
            Case {
                start: "2023-09-22",
                ..BASE
            },
            // 2023-01-01 … 2023-12-31 is 365 days; one more is 366.
            Case {
                start: "2023-01-01",
                ..BASE
            },
            Case {
                start: "2022-12-31",
                ..BASE
            },
            // 731 days before the end of the period, ended after it.
            Case {
                start: "2021-12-31",
                end: Some(("2024-06-01", "work")),
                ..BASE
            },
        ]);
        assert_eq!(stats.total.length, [1, 2, 1, 1]);
    }

    #[test]
    fn age_is_the_start_year_minus_the_birth_year_in_four_bands() {
        let ages = [18, 24, 25, 39, 40, 59, 60, 66];
        let cases: Vec<Case> = ages
            .iter()
            .map(|age| Case {
                birth_year: 2023 - age,
                ..BASE
            })
            .collect();
        assert_eq!(year_2023(&cases).total.age, [2, 2, 2, 2]);
    }

    #[test]
    fn planned_ends_fall_in_the_next_years_tertials() {
        let plans = [
            "2024-01-01",
            "2024-04-30",
            "2024-05-01",
            "2024-08-31",
            "2024-09-01",
            "2023-12-01",
            "2025-02-01",
        ];
        let cases: Vec<Case> = plans
            .iter()
            .map(|planned_end| Case {
                planned_end,
                ..BASE
            })
            .collect();
        assert_eq!(year_2023(&cases).total.planned_end, [2, 2, 3]);
    }

    #[test]
    fn a_person_with_two_cases_counts_once_in_every_group_they_share() {
        let stats = year_2023(&[
            BASE,
            Case {
                provider: "b",
                ..BASE
            },
            Case {
                person: "p2",
                ..BASE
            },
        ]);
        assert_eq!(stats.total.cases, 3);
        assert_eq!(stats.total.persons, 2);
        assert_eq!(stats.intervention("AMI2").unwrap().persons, 2);
        assert_eq!(stats.provider("a").unwrap().persons, 2);
        assert_eq!(stats.provider("b").unwrap().persons, 1);
        assert_eq!(stats.provider_in("b", "AMI2").unwrap().persons, 1);
    }

    #[test]
    fn exits_are_grouped_and_days_to_work_or_studies_averaged() {
        let ended = |start, end, reason| Case {
            start,
            end: Some((end, reason)),
            ..BASE
        };
        let stats = year_2023(&[
            ended("2023-01-01", "2023-01-10", "work"),    // 10 days
            ended("2023-01-01", "2023-01-11", "studies"), // 11 days
            ended("2023-01-01", "2023-06-01", "own_business"),
            ended("2023-01-01", "2023-06-01", "other_authority"),
            ended("2023-01-01", "2023-06-01", "moved"),
        ]);
        let f = &stats.total;
        assert_eq!(f.group(ReasonGroup::SelfSufficiency), 3);
        assert_eq!(f.group(ReasonGroup::OtherInsatsOrAuthority), 1);
        assert_eq!(f.group(ReasonGroup::Interruption), 1);
        assert_eq!(f.self_sufficiency_percent(), Some(60));
        // (10 + 11) / 2 = 10.5, rounded half up.
        assert_eq!(f.average_days_to_work_or_studies(), Some(11));
    }

    #[test]
    fn tables_add_up_to_their_totals() {
        let stats = year_2023(&[
            BASE,
            Case {
                person: "p2",
                gender: "M",
                provider: "b",
                ..BASE
            },
            Case {
                person: "p3",
                intervention: "FAI1",
                ..BASE
            },
        ]);
        let table = stats.table(Rows::Providers, Breakdown::Gender);
        assert_eq!(table.rows, ["a", "b"]);
        assert_eq!(table.cells, [[2, 0], [0, 1]]);
        assert_eq!(table.row_totals, [2, 1]);
        assert_eq!(table.column_totals, [2, 1]);
        assert_eq!(table.total, 3);
        let within = stats.table(Rows::ProvidersIn("FAI1"), Breakdown::Gender);
        assert_eq!(within.rows, ["a"]);
        assert_eq!(within.total, 1);
    }

    #[test]
    fn a_person_counts_once_per_group_by_gender_and_each_case_by_who_chose_it() {
        let stats = year_2023(&[
            Case {
                person: "p1",
                provider: "a",
                chosen: "customer",
                ..BASE
            },
            Case {
                person: "p1",
                provider: "b",
                chosen: "default",
                ..BASE
            },
            Case {
                person: "p2",
                gender: "M",
                provider: "a",
                ..BASE
            },
        ]);
        assert_eq!(stats.total.persons_by_gender, [1, 1]);
        assert_eq!(stats.total.chosen, [1, 1, 1]);
        let persons = stats.table(Rows::Providers, Breakdown::PersonsGender);
        assert_eq!(persons.cells, [[1, 1], [1, 0]]);
        // One woman at two providers is one woman in the total.
        assert_eq!(
            (persons.column_totals.clone(), persons.total),
            (vec![1, 1], 2)
        );
        let chosen = stats.table(Rows::Providers, Breakdown::Chosen);
        assert_eq!(chosen.cells, [[1, 0, 1], [0, 1, 0]]);
    }

    #[test]
    fn a_person_whose_cases_disagree_on_gender_has_the_latest_cases_gender_everywhere() {
        let cases = [
            Case {
                intervention: "AMI1",
                start: "2023-01-10",
                ..BASE
            },
            Case {
                gender: "M",
                intervention: "AMI2",
                start: "2023-05-01",
                ..BASE
            },
        ];
        let stats = year_2023(&cases);
        for figures in [&stats.total, stats.intervention("AMI1").unwrap()] {
            assert_eq!(figures.persons_by_gender, [0, 1]);
            // Never more men than cases of men in any group.
            assert_eq!((figures.women, figures.men), (0, figures.cases));
        }
        // Whatever order the database returns the cases in.
        let [first, second] = cases;
        let reversed = year_2023(&[second, first]);
        assert_eq!(reversed.total, stats.total);
        assert_eq!(reversed.intervention("AMI1"), stats.intervention("AMI1"));
    }

    #[test]
    fn inconsistent_stored_values_are_errors_not_figures() {
        let mut set = CaseSet::new();
        let result = set.push(CaseText {
            case_id: "c9",
            person_id: "p",
            gender: "X",
            birth_year: 1990,
            intervention: "AMI1",
            provider: "a",
            start_date: "2023-01-01",
            planned_end_date: "2023-02-01",
            end_date: None,
            end_reason: None,
            extensions: 0,
            chosen: "",
        });
        assert!(matches!(
            result,
            Err(StatisticsError::BadValue {
                column: "gender",
                ..
            })
        ));
    }
}
