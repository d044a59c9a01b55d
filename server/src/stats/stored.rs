//! Publications as they are stored: a versioned shape of their own, so that
//! the pages' types (`domain::model::statistics`) can change without breaking a
//! publication stored years ago.
//!
//! A stored report names its format (`"format": 1`); one stored before
//! formats were named is format 1, the same shape. A new shape is a new
//! module beside [`v1`] and a new arm in [`read`]; the old module stays, to
//! read the old publications. `tests/fixtures/snapshot_format_1.json`, a
//! publication stored when format 1 was written down, is read back by a
//! test.

use domain::model::statistics::StatisticsReport;
use serde::Deserialize;

/// The format new publications are stored in.
pub const CURRENT_FORMAT: u32 = 1;

#[derive(Debug, thiserror::Error)]
pub enum StoredError {
    #[error("a stored publication cannot be read: {0}")]
    Json(#[from] serde_json::Error),
    #[error("a stored publication has format {0}, which this version cannot read")]
    UnknownFormat(u32),
}

/// A report as it is stored, in the current format.
pub fn write(report: &StatisticsReport) -> Result<String, serde_json::Error> {
    serde_json::to_string(&v1::Report::from(report.clone()))
}

/// A stored report, whatever format it was stored in. Read once as format 1
/// (the only one yet); only a report that does not read so is asked its
/// format, to say when a newer version stored it.
pub fn read(json: &str) -> Result<StatisticsReport, StoredError> {
    match serde_json::from_str::<v1::Report>(json) {
        Ok(report) => match report.format.unwrap_or(1) {
            1 => Ok(report.into()),
            other => Err(StoredError::UnknownFormat(other)),
        },
        Err(error) => {
            #[derive(Deserialize)]
            struct Format {
                format: Option<u32>,
            }
            match serde_json::from_str::<Format>(json) {
                Ok(Format {
                    format: Some(other),
                }) if other != 1 => Err(StoredError::UnknownFormat(other)),
                _ => Err(error.into()),
            }
        }
    }
}

/// Format 1: the shape of `StatisticsReport` when publications were first
/// stored. Every type here is written out again rather than borrowed, so a
/// change to a page type shows up as a conversion that no longer compiles,
/// not as a stored publication that no longer reads.
pub mod v1 {
    use domain::model::statistics as page;
    use serde::{Deserialize, Serialize};

    #[derive(Serialize, Deserialize)]
    pub struct Report {
        /// Absent in the publications stored before formats were named.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub format: Option<u32>,
        pub period: Period,
        pub published_at: String,
        pub thresholds: Thresholds,
        pub unsuppressed: bool,
        pub providers: Vec<Provider>,
        pub overview: Section,
        pub levels: Vec<LevelSection>,
        pub has_survey: bool,
    }

    #[derive(Serialize, Deserialize)]
    pub struct Period {
        pub from: String,
        pub to: String,
    }

    #[derive(Serialize, Deserialize)]
    pub struct Thresholds {
        pub min_count: i64,
        pub min_base: i64,
    }

    #[derive(Serialize, Deserialize)]
    pub struct Provider {
        pub id: String,
        pub name: String,
    }

    #[derive(Serialize, Deserialize)]
    pub struct LevelSection {
        pub code: String,
        pub section: Section,
    }

    #[derive(Serialize, Deserialize)]
    pub struct Section {
        pub tables: Vec<Table>,
        pub total: Group,
        pub rows: Vec<Group>,
    }

    #[derive(Clone, Copy, Serialize, Deserialize)]
    #[serde(tag = "kind", content = "value", rename_all = "snake_case")]
    pub enum Cell {
        Value(i64),
        Below(i64),
        Suppressed,
    }

    #[derive(Clone, Copy, Serialize, Deserialize)]
    #[serde(tag = "kind", content = "value", rename_all = "snake_case")]
    pub enum Figure {
        Value(i64),
        NotShown,
    }

    #[derive(Clone, Copy, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum Breakdown {
        Gender,
        Age,
        Status,
        Length,
        Extended,
        PlannedEnd,
        EndReason,
        ReasonGroup,
        // Added within format 1: a table is a list, so a publication
        // stored before these has none of them and reads as it did.
        PersonsGender,
        Chosen,
    }

    #[derive(Serialize, Deserialize)]
    pub struct Table {
        pub breakdown: Breakdown,
        pub rows: Vec<String>,
        pub columns: Vec<String>,
        pub cells: Vec<Vec<Cell>>,
        pub row_totals: Vec<Cell>,
        pub column_totals: Vec<Cell>,
        pub total: Cell,
    }

    #[derive(Clone, Copy, Serialize, Deserialize)]
    pub struct Share {
        pub part: Cell,
        pub base: Cell,
        pub percent: Figure,
    }

    #[derive(Clone, Copy, Serialize, Deserialize)]
    pub struct Average {
        pub value: Figure,
        pub n: Cell,
    }

    #[derive(Serialize, Deserialize)]
    pub struct Group {
        pub code: String,
        pub cases: Cell,
        pub persons: Cell,
        pub self_sufficiency: Share,
        pub days_to_work_or_studies: Average,
        pub extended: Share,
        pub survey: Option<Survey>,
    }

    #[derive(Serialize, Deserialize)]
    pub struct Survey {
        pub response_rate: Share,
        pub areas: Vec<AreaMean>,
        pub nki: Figure,
    }

    #[derive(Serialize, Deserialize)]
    pub struct AreaMean {
        pub area: String,
        pub tenths: Figure,
    }

    /// Both ways between a stored type and a page type, field by field.
    macro_rules! both_ways {
        ($stored:ident <=> $page:ident { $($field:ident),* }) => {
            impl From<page::$page> for $stored {
                fn from(from: page::$page) -> $stored {
                    $stored { $($field: from.$field.into()),* }
                }
            }
            impl From<$stored> for page::$page {
                fn from(from: $stored) -> page::$page {
                    page::$page { $($field: from.$field.into()),* }
                }
            }
        };
    }

    /// Both ways between two lists, item by item.
    fn list<A: Into<B>, B>(items: Vec<A>) -> Vec<B> {
        items.into_iter().map(Into::into).collect()
    }

    impl From<page::StatisticsReport> for Report {
        fn from(from: page::StatisticsReport) -> Report {
            Report {
                format: Some(super::CURRENT_FORMAT),
                period: from.period.into(),
                published_at: from.published_at,
                thresholds: from.thresholds.into(),
                unsuppressed: from.unsuppressed,
                providers: list(from.providers),
                overview: from.overview.into(),
                levels: list(from.levels),
                has_survey: from.has_survey,
            }
        }
    }

    impl From<Report> for page::StatisticsReport {
        fn from(from: Report) -> page::StatisticsReport {
            page::StatisticsReport {
                period: from.period.into(),
                published_at: from.published_at,
                thresholds: from.thresholds.into(),
                unsuppressed: from.unsuppressed,
                providers: list(from.providers),
                overview: from.overview.into(),
                levels: list(from.levels),
                has_survey: from.has_survey,
            }
        }
    }

    both_ways!(Period <=> ReportPeriod { from, to });
    both_ways!(Thresholds <=> Thresholds { min_count, min_base });
    both_ways!(Provider <=> ReportProvider { id, name });
    both_ways!(LevelSection <=> LevelSection { code, section });
    both_ways!(Share <=> Share { part, base, percent });
    both_ways!(Average <=> Average { value, n });
    both_ways!(AreaMean <=> AreaMean { area, tenths });

    impl From<page::Section> for Section {
        fn from(from: page::Section) -> Section {
            Section {
                tables: list(from.tables),
                total: from.total.into(),
                rows: list(from.rows),
            }
        }
    }

    impl From<Section> for page::Section {
        fn from(from: Section) -> page::Section {
            page::Section {
                tables: list(from.tables),
                total: from.total.into(),
                rows: list(from.rows),
            }
        }
    }

    impl From<page::FigureTable> for Table {
        fn from(from: page::FigureTable) -> Table {
            Table {
                breakdown: from.breakdown.into(),
                rows: from.rows,
                columns: from.columns,
                cells: from.cells.into_iter().map(list).collect(),
                row_totals: list(from.row_totals),
                column_totals: list(from.column_totals),
                total: from.total.into(),
            }
        }
    }

    impl From<Table> for page::FigureTable {
        fn from(from: Table) -> page::FigureTable {
            page::FigureTable {
                breakdown: from.breakdown.into(),
                rows: from.rows,
                columns: from.columns,
                cells: from.cells.into_iter().map(list).collect(),
                row_totals: list(from.row_totals),
                column_totals: list(from.column_totals),
                total: from.total.into(),
            }
        }
    }

    impl From<page::GroupFigures> for Group {
        fn from(from: page::GroupFigures) -> Group {
            Group {
                code: from.code,
                cases: from.cases.into(),
                persons: from.persons.into(),
                self_sufficiency: from.self_sufficiency.into(),
                days_to_work_or_studies: from.days_to_work_or_studies.into(),
                extended: from.extended.into(),
                survey: from.survey.map(Into::into),
            }
        }
    }

    impl From<Group> for page::GroupFigures {
        fn from(from: Group) -> page::GroupFigures {
            page::GroupFigures {
                code: from.code,
                cases: from.cases.into(),
                persons: from.persons.into(),
                self_sufficiency: from.self_sufficiency.into(),
                days_to_work_or_studies: from.days_to_work_or_studies.into(),
                extended: from.extended.into(),
                survey: from.survey.map(Into::into),
            }
        }
    }

    impl From<page::SurveyFigures> for Survey {
        fn from(from: page::SurveyFigures) -> Survey {
            Survey {
                response_rate: from.response_rate.into(),
                areas: list(from.areas),
                nki: from.nki.into(),
            }
        }
    }

    impl From<Survey> for page::SurveyFigures {
        fn from(from: Survey) -> page::SurveyFigures {
            page::SurveyFigures {
                response_rate: from.response_rate.into(),
                areas: list(from.areas),
                nki: from.nki.into(),
            }
        }
    }

    impl From<page::PublicCell> for Cell {
        fn from(from: page::PublicCell) -> Cell {
            match from {
                page::PublicCell::Value(n) => Cell::Value(n),
                page::PublicCell::Below(threshold) => Cell::Below(threshold),
                page::PublicCell::Suppressed => Cell::Suppressed,
            }
        }
    }

    impl From<Cell> for page::PublicCell {
        fn from(from: Cell) -> page::PublicCell {
            match from {
                Cell::Value(n) => page::PublicCell::Value(n),
                Cell::Below(threshold) => page::PublicCell::Below(threshold),
                Cell::Suppressed => page::PublicCell::Suppressed,
            }
        }
    }

    impl From<page::PublicFigure> for Figure {
        fn from(from: page::PublicFigure) -> Figure {
            match from {
                page::PublicFigure::Value(n) => Figure::Value(n),
                page::PublicFigure::NotShown => Figure::NotShown,
            }
        }
    }

    impl From<Figure> for page::PublicFigure {
        fn from(from: Figure) -> page::PublicFigure {
            match from {
                Figure::Value(n) => page::PublicFigure::Value(n),
                Figure::NotShown => page::PublicFigure::NotShown,
            }
        }
    }

    /// The stored names of the breakdowns are format 1's, whatever the page
    /// type calls them later.
    impl From<page::Breakdown> for Breakdown {
        fn from(from: page::Breakdown) -> Breakdown {
            match from {
                page::Breakdown::Gender => Breakdown::Gender,
                page::Breakdown::Age => Breakdown::Age,
                page::Breakdown::Status => Breakdown::Status,
                page::Breakdown::Length => Breakdown::Length,
                page::Breakdown::Extended => Breakdown::Extended,
                page::Breakdown::PlannedEnd => Breakdown::PlannedEnd,
                page::Breakdown::EndReason => Breakdown::EndReason,
                page::Breakdown::ReasonGroup => Breakdown::ReasonGroup,
                page::Breakdown::PersonsGender => Breakdown::PersonsGender,
                page::Breakdown::Chosen => Breakdown::Chosen,
            }
        }
    }

    impl From<Breakdown> for page::Breakdown {
        fn from(from: Breakdown) -> page::Breakdown {
            match from {
                Breakdown::Gender => page::Breakdown::Gender,
                Breakdown::Age => page::Breakdown::Age,
                Breakdown::Status => page::Breakdown::Status,
                Breakdown::Length => page::Breakdown::Length,
                Breakdown::Extended => page::Breakdown::Extended,
                Breakdown::PlannedEnd => page::Breakdown::PlannedEnd,
                Breakdown::EndReason => page::Breakdown::EndReason,
                Breakdown::ReasonGroup => page::Breakdown::ReasonGroup,
                Breakdown::PersonsGender => page::Breakdown::PersonsGender,
                Breakdown::Chosen => page::Breakdown::Chosen,
            }
        }
    }
}
