//! Publishing: a period's statistics computed once from the case database
//! and the customer survey, stored as a snapshot that pages and files read.
//!
//! Every publication is kept; a newer one of the same period supersedes the
//! older for display. Snapshots live in the database, so they survive
//! restarts and every server instance on one PostgreSQL shows the same.
//! Page views never recompute: they read a snapshot's public figures. The
//! full figures are stored beside them for municipality staff.

use std::time::{Duration, Instant};

use chrono::Datelike;
use domain::model::statistics::{GroupFigures, PublicCell, PublicFigure, StatisticsReport};

use super::{
    disclosure::DisclosureRules,
    engine::{compute, load, StatisticsError},
    linked::{self, Earlier, Periods, Timeline},
    report::{self, ReportInput},
    stored::{self, StoredError},
    survey::SurveyTally,
    Period,
};
use crate::db::{
    catalogue, providers, search_changes,
    snapshots::{self, NewSnapshot, SnapshotRow},
    survey, Db, DbError,
};

#[derive(Debug, thiserror::Error)]
pub enum PublishError {
    #[error(transparent)]
    Statistics(#[from] StatisticsError),
    #[error(transparent)]
    Database(#[from] DbError),
    #[error("a publication cannot be stored: {0}")]
    Json(#[from] serde_json::Error),
    #[error(transparent)]
    Stored(#[from] StoredError),
}

impl From<sqlx::Error> for PublishError {
    fn from(error: sqlx::Error) -> Self {
        PublishError::Database(DbError::Query(error))
    }
}

/// How much of a publication is hidden.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HiddenShare {
    pub hidden: usize,
    pub counts: usize,
    /// Of the key figures (shares and averages), how many are not shown.
    pub hidden_figures: usize,
    pub figures: usize,
    /// Of the key figures whose true base is large enough to show one,
    /// how many are not shown: what disclosure control costs.
    pub hidden_figures_with_base: usize,
    pub figures_with_base: usize,
}

impl HiddenShare {
    /// The counts in a public report's open-data rows, and the hidden ones;
    /// `full` is the same publication's full report.
    pub fn of(report: &StatisticsReport, full: &StatisticsReport) -> HiddenShare {
        let rows = super::open_data::rows(report, super::open_data::Dataset::Statistics);
        let is_count = |row: &&super::open_data::Row| {
            !row.category.ends_with("_percent") && row.category != "average_days_to_work_or_studies"
        };
        let (counts, figures): (Vec<_>, Vec<_>) = rows.iter().partition(is_count);
        let hidden =
            |rows: &[&super::open_data::Row]| rows.iter().filter(|r| r.status != "shown").count();
        let min_base = report.thresholds.min_base;
        let (mut figures_with_base, mut hidden_figures_with_base) = (0, 0);
        for (public, full) in figure_groups(report).zip(figure_groups(full)) {
            let bases = [
                (public.self_sufficiency.percent, full.self_sufficiency.base),
                (public.extended.percent, full.extended.base),
                (
                    public.days_to_work_or_studies.value,
                    full.days_to_work_or_studies.n,
                ),
            ];
            for (shown, base) in bases {
                if matches!(base, PublicCell::Value(n) if n >= min_base) {
                    figures_with_base += 1;
                    hidden_figures_with_base += usize::from(shown == PublicFigure::NotShown);
                }
            }
        }
        HiddenShare {
            hidden: hidden(&counts),
            counts: counts.len(),
            hidden_figures: hidden(&figures),
            figures: figures.len(),
            hidden_figures_with_base,
            figures_with_base,
        }
    }
}

impl std::fmt::Display for HiddenShare {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let percent = |part: usize, whole: usize| 100.0 * part as f64 / whole.max(1) as f64;
        write!(
            f,
            "{} of {} published counts hidden ({:.1} %), {} of {} key figures (shares and \
             averages) not shown ({:.1} %), {} of the {} with a base large enough ({:.1} %)",
            self.hidden,
            self.counts,
            percent(self.hidden, self.counts),
            self.hidden_figures,
            self.figures,
            percent(self.hidden_figures, self.figures),
            self.hidden_figures_with_base,
            self.figures_with_base,
            percent(self.hidden_figures_with_base, self.figures_with_base),
        )
    }
}

/// Every row of key figures of a report, in one order for every report of
/// the same statistics.
fn figure_groups(report: &StatisticsReport) -> impl Iterator<Item = &GroupFigures> {
    report
        .overview
        .rows
        .iter()
        .chain([&report.overview.total])
        .chain(report.levels.iter().flat_map(|level| &level.section.rows))
}

/// A new publication and how long its steps took.
#[derive(Clone, Debug)]
pub struct Publication {
    pub snapshot: SnapshotRow,
    /// Cases active in the period.
    pub cases: usize,
    /// Reading the period's cases from the database.
    pub read: Duration,
    /// Aggregating every group in one pass.
    pub aggregate: Duration,
    /// Building the public report: disclosure control and its bounds audit.
    pub public_report: Duration,
    /// Building the full report for staff.
    pub full_report: Duration,
    /// Of the counts the public report lists (open data's rows), how many
    /// are hidden ("<5" or "..").
    pub hidden: HiddenShare,
    /// Writing the snapshot.
    pub store: Duration,
}

/// Computes the period's statistics and stores them as a new snapshot.
pub async fn publish(
    db: &Db,
    period: Period,
    rules: &DisclosureRules,
    published_by: &str,
    now: &str,
) -> Result<Publication, PublishError> {
    let started = Instant::now();
    let cases = load(db, period).await?;
    let case_count = cases.len();
    let read = started.elapsed();
    let statistics = compute(cases, period);
    let aggregate = started.elapsed() - read;

    let provider_names = providers::names(db).await?;
    let catalogue_order = catalogue::codes_in_order(db).await?;
    // The surveys of the years the period touches; a response about a
    // provider without cases in the period's intervention is left out, so
    // that every response counted is in a published row.
    let responses = survey::for_years(
        db,
        i64::from(period.from.year()),
        i64::from(period.to.year()),
    )
    .await?;
    let tally = SurveyTally::of(&responses, |provider, intervention| {
        statistics
            .provider_in(provider, intervention)
            .is_some_and(|f| f.cases > 0)
    });
    let earlier = earlier_publications(db, period).await?;
    let timeline = timeline(db, period, &statistics, &earlier).await?;
    let input = ReportInput {
        statistics: &statistics,
        survey: (!tally.is_empty()).then_some(&tally),
        provider_names: &provider_names,
        catalogue_order: &catalogue_order,
        published_at: now,
        earlier: &earlier,
        timeline: timeline.as_ref(),
    };
    let before_report = Instant::now();
    let public_report = report::build(&input, Some(rules));
    let public_time = before_report.elapsed();
    let public = stored::write(&public_report)?;
    let before_full = Instant::now();
    let full_report = report::build(&input, None);
    let full = stored::write(&full_report)?;
    let full_time = before_full.elapsed();
    let hidden = HiddenShare::of(&public_report, &full_report);
    let before_store = Instant::now();

    let from = period.from.to_string();
    let to = period.to.to_string();
    let mut conn = db.pool().acquire().await?;
    let id = snapshots::insert(
        &mut conn,
        &NewSnapshot {
            period_from: &from,
            period_to: &to,
            published_at: now,
            published_by,
            min_count: rules.min_count,
            min_base: rules.min_base,
            public_figures: &public,
            full_figures: &full,
        },
    )
    .await?;
    search_changes::announce(&mut conn, db.backend(), "statistics").await?;
    let store = before_store.elapsed();
    Ok(Publication {
        snapshot: SnapshotRow {
            id,
            period_from: from,
            period_to: to,
            published_at: now.to_string(),
            published_by: published_by.to_string(),
            min_count: rules.min_count,
            min_base: rules.min_base,
        },
        cases: case_count,
        read,
        aggregate,
        public_report: public_time,
        full_report: full_time,
        hidden,
        store,
    })
}

/// Every earlier publication linked with `period` (see
/// [`linked::linked_over_time`]; those whose periods relate to it are among
/// them), with its public and its true counts.
async fn earlier_publications(db: &Db, period: Period) -> Result<Vec<Earlier>, PublishError> {
    let (from, to) = (period.from.to_string(), period.to.to_string());
    let mut all = Vec::new();
    for snapshot in snapshots::list(db).await? {
        let (Ok(first), Ok(last)) = (snapshot.period_from.parse(), snapshot.period_to.parse())
        else {
            continue;
        };
        if let Ok(earlier) = Period::new(first, last) {
            all.push((snapshot, earlier));
        }
    }
    let periods: Vec<Period> = all.iter().map(|(_, p)| *p).collect();
    let mut out = Vec::new();
    for k in linked::linked_over_time(period, &periods) {
        let (snapshot, earlier_period) = &all[k];
        let periods = Periods::of((&snapshot.period_from, &snapshot.period_to), (&from, &to));
        let (Some(public), Some(full)) = (
            public_figures(db, snapshot.id).await?,
            full_figures(db, snapshot.id).await?,
        ) else {
            continue;
        };
        out.push(Earlier {
            period: *earlier_period,
            periods,
            public: linked::counts(&public),
            full: linked::counts(&full),
        });
    }
    Ok(out)
}

/// What ended in each part of the new period and the earlier ones linked
/// with it; `None` when every one of them is the new period itself (what
/// the same period tells is known without it).
async fn timeline(
    db: &Db,
    period: Period,
    statistics: &super::Statistics,
    earlier: &[Earlier],
) -> Result<Option<Timeline>, PublishError> {
    if earlier.iter().all(|e| e.period == period) {
        return Ok(None);
    }
    let periods: Vec<Period> = std::iter::once(period)
        .chain(earlier.iter().map(|e| e.period))
        .collect();
    let parts = Timeline::parts_of(&periods);
    let span = Period {
        from: parts[0].from,
        to: parts[parts.len() - 1].to,
    };
    let cases = load(db, span).await?;
    let truth = parts
        .iter()
        .map(|&part| {
            if part == period {
                linked::counts_over_time(statistics)
            } else {
                linked::counts_over_time(&compute(cases.clone(), part))
            }
        })
        .collect();
    Ok(Some(Timeline { parts, truth }))
}

/// Every publication, the newest first.
pub async fn snapshots(db: &Db) -> Result<Vec<SnapshotRow>, DbError> {
    snapshots::list(db).await
}

/// The publications pages show: the newest of each period, the period that
/// ends last first (then the longer one). `all` is newest first, as
/// [`snapshots`] returns it.
pub fn current(all: &[SnapshotRow]) -> Vec<&SnapshotRow> {
    let mut seen = std::collections::HashSet::new();
    let mut current: Vec<&SnapshotRow> = all
        .iter()
        .filter(|s| seen.insert((s.period_from.as_str(), s.period_to.as_str())))
        .collect();
    current.sort_by(|a, b| {
        b.period_to
            .cmp(&a.period_to)
            .then(a.period_from.cmp(&b.period_from))
    });
    current
}

/// A publication's public figures: what any page, file or API may show.
pub async fn public_figures(db: &Db, id: i64) -> Result<Option<StatisticsReport>, PublishError> {
    match snapshots::public_figures(db, id).await? {
        Some(json) => Ok(Some(stored::read(&json)?)),
        None => Ok(None),
    }
}

/// A publication's unsuppressed figures: for signed-in municipality staff
/// only, never for a public page, file or API.
pub async fn full_figures(db: &Db, id: i64) -> Result<Option<StatisticsReport>, PublishError> {
    match snapshots::full_figures(db, id).await? {
        Some(json) => Ok(Some(stored::read(&json)?)),
        None => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: i64, from: &str, to: &str) -> SnapshotRow {
        SnapshotRow {
            id,
            period_from: from.into(),
            period_to: to.into(),
            published_at: String::new(),
            published_by: String::new(),
            min_count: 5,
            min_base: 10,
        }
    }

    #[test]
    fn the_newest_publication_of_a_period_supersedes_the_older() {
        let all = [
            row(4, "2023-01-01", "2023-12-31"),
            row(3, "2024-01-01", "2024-12-31"),
            row(2, "2023-01-01", "2023-06-30"),
            row(1, "2023-01-01", "2023-12-31"),
        ];
        let ids: Vec<i64> = current(&all).iter().map(|s| s.id).collect();
        assert_eq!(ids, [3, 4, 2]);
    }
}
