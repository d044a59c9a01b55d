//! Open data: the published (public) statistics as rows of one documented
//! schema, for CSV and JSON files at stable addresses.
//!
//! Every row is one figure: which period, intervention (`level`, `all` for
//! all together) and provider (`provider_id`, `all` for all together), which
//! table and category, its value and whether it is shown. The files are made
//! from a snapshot's public figures only; a hidden figure has no value.

use domain::model::statistics::{
    FigureTable, GroupFigures, PublicCell, PublicFigure, Share, StatisticsReport,
};
use serde::Serialize;

/// The columns of every file.
pub use domain::model::statistics::OPEN_DATA_COLUMNS as COLUMNS;

/// The two datasets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dataset {
    /// The case statistics: every breakdown table and the key figures.
    Statistics,
    /// The customer survey: respondents, response rate, means and NKI.
    Survey,
}

impl Dataset {
    pub const ALL: [Dataset; 2] = [Dataset::Statistics, Dataset::Survey];

    /// The address segment, `/open-data/<code>/<period>.csv`.
    pub fn code(self) -> &'static str {
        match self {
            Dataset::Statistics => "statistics",
            Dataset::Survey => "survey",
        }
    }

    pub fn from_code(code: &str) -> Option<Dataset> {
        Dataset::ALL.into_iter().find(|d| d.code() == code)
    }
}

/// One figure of a dataset.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Row {
    pub period_from: String,
    pub period_to: String,
    pub published_at: String,
    pub level: String,
    pub provider_id: String,
    pub provider_name: String,
    pub table: String,
    pub category: String,
    /// A whole number, or for survey means a decimal with a point; none
    /// when the figure is not shown.
    pub value: Option<serde_json::Number>,
    /// `shown`, `below_threshold` (1 to the threshold − 1), `suppressed`
    /// (hidden so that no small count can be worked out) or `not_shown`
    /// (a percentage or mean whose base is too small or hidden).
    pub status: &'static str,
    /// As the pages show it: `12`, `<5`, `..` or empty.
    pub shown_as: String,
    /// A shown share's 95 % interval (Wilson), in whole percent.
    pub ci_low: Option<i64>,
    pub ci_high: Option<i64>,
    /// How many a share or an average is of (its base), when that count is
    /// shown; a reader needs it to weigh the figure.
    pub n: Option<i64>,
}

/// Where a row is about.
struct Place<'a> {
    level: &'a str,
    provider_id: &'a str,
    provider_name: &'a str,
}

struct Rows<'a> {
    report: &'a StatisticsReport,
    rows: Vec<Row>,
}

impl Rows<'_> {
    fn push(&mut self, place: &Place<'_>, table: &str, category: &str, figure: Figure) {
        let (value, status, shown_as) = figure.parts();
        let interval = match figure {
            Figure::Share(share) => share.interval(),
            _ => None,
        };
        let n = match figure {
            Figure::Share(Share { base, .. }) | Figure::Average(_, base) => match base {
                PublicCell::Value(n) => Some(n),
                _ => None,
            },
            _ => None,
        };
        self.rows.push(Row {
            period_from: self.report.period.from.clone(),
            period_to: self.report.period.to.clone(),
            published_at: self.report.published_at.clone(),
            level: place.level.to_string(),
            provider_id: place.provider_id.to_string(),
            provider_name: place.provider_name.to_string(),
            table: table.to_string(),
            category: category.to_string(),
            value,
            status,
            shown_as,
            ci_low: interval.map(|i| i.low),
            ci_high: interval.map(|i| i.high),
            n,
        });
    }
}

/// A figure of any kind, for one row.
#[derive(Clone, Copy)]
enum Figure {
    Count(PublicCell),
    Whole(PublicFigure),
    /// A share's percent, with its interval.
    Share(Share),
    /// A whole-number average, with the count it is of.
    Average(PublicFigure, PublicCell),
    Tenths(PublicFigure),
}

impl Figure {
    fn parts(self) -> (Option<serde_json::Number>, &'static str, String) {
        match self {
            Figure::Share(share) => Figure::Whole(share.percent).parts(),
            Figure::Average(average, _) => Figure::Whole(average).parts(),
            Figure::Count(PublicCell::Value(n)) | Figure::Whole(PublicFigure::Value(n)) => {
                (Some(n.into()), "shown", n.to_string())
            }
            Figure::Tenths(PublicFigure::Value(t)) => {
                let text = format!("{}.{}", t / 10, t % 10);
                (serde_json::Number::from_f64(t as f64 / 10.0), "shown", text)
            }
            Figure::Count(cell @ PublicCell::Below(_)) => {
                (None, "below_threshold", cell.to_string())
            }
            Figure::Count(PublicCell::Suppressed) => (None, "suppressed", "..".into()),
            Figure::Whole(PublicFigure::NotShown) | Figure::Tenths(PublicFigure::NotShown) => {
                (None, "not_shown", String::new())
            }
        }
    }
}

const ALL: &str = "all";

/// A dataset's rows from a report's public figures.
pub fn rows(report: &StatisticsReport, dataset: Dataset) -> Vec<Row> {
    let mut out = Rows {
        report,
        rows: Vec::new(),
    };
    let name = |id: &str| report.provider_name(id).unwrap_or(id).to_string();
    let all_places = Place {
        level: ALL,
        provider_id: ALL,
        provider_name: "",
    };
    match dataset {
        Dataset::Statistics => {
            // The interventions, and all of them together.
            for table in &report.overview.tables {
                table_rows(&mut out, table, |row| Place {
                    level: row.unwrap_or(ALL),
                    provider_id: ALL,
                    provider_name: "",
                });
            }
            for group in report.overview.rows.iter() {
                let place = Place {
                    level: &group.code,
                    provider_id: ALL,
                    provider_name: "",
                };
                key_figure_rows(&mut out, &place, group);
            }
            key_figure_rows(&mut out, &all_places, &report.overview.total);
            // The providers of each intervention; their totals are the
            // intervention's rows above.
            for level in &report.levels {
                for table in &level.section.tables {
                    for (k, id) in table.rows.iter().enumerate() {
                        let provider_name = name(id);
                        let place = Place {
                            level: &level.code,
                            provider_id: id,
                            provider_name: &provider_name,
                        };
                        row_of_table(&mut out, &place, table, k);
                    }
                }
                for group in &level.section.rows {
                    let provider_name = name(&group.code);
                    let place = Place {
                        level: &level.code,
                        provider_id: &group.code,
                        provider_name: &provider_name,
                    };
                    key_figure_rows(&mut out, &place, group);
                }
            }
        }
        Dataset::Survey => {
            survey_rows(&mut out, &all_places, &report.overview.total);
            for group in &report.overview.rows {
                let place = Place {
                    level: &group.code,
                    provider_id: ALL,
                    provider_name: "",
                };
                survey_rows(&mut out, &place, group);
            }
            for level in &report.levels {
                for group in &level.section.rows {
                    let provider_name = name(&group.code);
                    let place = Place {
                        level: &level.code,
                        provider_id: &group.code,
                        provider_name: &provider_name,
                    };
                    survey_rows(&mut out, &place, group);
                }
            }
        }
    }
    out.rows
}

/// Every row of a table, then its total row (`place(None)`).
fn table_rows<'a>(
    out: &mut Rows<'_>,
    table: &'a FigureTable,
    place: impl Fn(Option<&'a str>) -> Place<'a>,
) {
    for (k, code) in table.rows.iter().enumerate() {
        row_of_table(out, &place(Some(code)), table, k);
    }
    let total = place(None);
    for (c, column) in table.columns.iter().enumerate() {
        out.push(
            &total,
            table.breakdown.code(),
            column,
            Figure::Count(table.column_totals[c]),
        );
    }
    out.push(
        &total,
        table.breakdown.code(),
        table.breakdown.base(),
        Figure::Count(table.total),
    );
}

fn row_of_table(out: &mut Rows<'_>, place: &Place<'_>, table: &FigureTable, k: usize) {
    for (c, column) in table.columns.iter().enumerate() {
        out.push(
            place,
            table.breakdown.code(),
            column,
            Figure::Count(table.cells[k][c]),
        );
    }
    out.push(
        place,
        table.breakdown.code(),
        table.breakdown.base(),
        Figure::Count(table.row_totals[k]),
    );
}

fn key_figure_rows(out: &mut Rows<'_>, place: &Place<'_>, group: &GroupFigures) {
    let table = "key_figures";
    out.push(place, table, "persons", Figure::Count(group.persons));
    out.push(
        place,
        table,
        "self_sufficiency_percent",
        Figure::Share(group.self_sufficiency),
    );
    out.push(
        place,
        table,
        "exits_to_work_or_studies",
        Figure::Count(group.days_to_work_or_studies.n),
    );
    out.push(
        place,
        table,
        "average_days_to_work_or_studies",
        Figure::Average(
            group.days_to_work_or_studies.value,
            group.days_to_work_or_studies.n,
        ),
    );
    out.push(
        place,
        table,
        "extended_percent",
        Figure::Share(group.extended),
    );
}

fn survey_rows(out: &mut Rows<'_>, place: &Place<'_>, group: &GroupFigures) {
    let Some(survey) = &group.survey else {
        return;
    };
    let table = "survey";
    out.push(
        place,
        table,
        "respondents",
        Figure::Count(survey.response_rate.part),
    );
    out.push(
        place,
        table,
        "response_rate_percent",
        Figure::Share(survey.response_rate),
    );
    for area in &survey.areas {
        out.push(
            place,
            table,
            &format!("mean_{}", area.area),
            Figure::Tenths(area.tenths),
        );
    }
    out.push(place, table, "nki", Figure::Tenths(survey.nki));
}

/// The rows as CSV (RFC 4180, a header line, UTF-8).
pub fn csv(rows: &[Row]) -> Result<String, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(COLUMNS)?;
    for row in rows {
        writer.write_record([
            row.period_from.as_str(),
            row.period_to.as_str(),
            row.published_at.as_str(),
            row.level.as_str(),
            row.provider_id.as_str(),
            row.provider_name.as_str(),
            row.table.as_str(),
            row.category.as_str(),
            &row.value
                .as_ref()
                .map(|v| v.to_string())
                .unwrap_or_default(),
            row.status,
            row.shown_as.as_str(),
            &optional(row.ci_low),
            &optional(row.ci_high),
            &optional(row.n),
        ])?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| csv::Error::from(std::io::Error::other(e.to_string())))?;
    Ok(String::from_utf8(bytes).unwrap_or_default())
}

fn optional(value: Option<i64>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

/// The rows as JSON, with the period, thresholds and column names.
pub fn json(report: &StatisticsReport, dataset: Dataset, rows: &[Row]) -> serde_json::Value {
    serde_json::json!({
        "dataset": dataset.code(),
        "period": { "from": report.period.from, "to": report.period.to },
        "published_at": report.published_at,
        "thresholds": {
            "min_count": report.thresholds.min_count,
            "min_base": report.thresholds.min_base,
        },
        "columns": COLUMNS,
        "rows": rows,
    })
}
