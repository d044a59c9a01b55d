//! Publishing statistics: snapshots kept in the database, the newest of a
//! period shown, pages reading snapshots rather than cases, and nothing
//! published from which a hidden count could be worked out. On either backend.

mod common;

use std::collections::HashMap;

use common::{demo_db, fresh_db_url, get, portal, published_demo_db};
use domain::model::statistics::{
    Breakdown, FigureTable, GroupFigures, PublicCell, StatisticsReport, SURVEY_AREAS,
};
use server::{
    db::Db,
    stats::{
        disclosure::{determined, CountId, DisclosureRules},
        publish::{current, full_figures, public_figures, publish, snapshots},
        Period,
    },
};

const TODAY: &str = "2025-03-14";

async fn publish_year(db: &Db, year: i32, now: &str) -> i64 {
    publish(
        db,
        Period::calendar_year(year),
        &DisclosureRules::default(),
        "test",
        now,
    )
    .await
    .unwrap()
    .snapshot
    .id
}

#[tokio::test]
async fn a_snapshot_survives_a_restart_with_its_public_and_full_figures() {
    let url = fresh_db_url().await;
    let db = Db::connect(&url).await.unwrap();
    assert!(server::demo::seed(&db, "2025-01-01T00:00:00Z")
        .await
        .unwrap());
    let id = publish_year(&db, 2023, "2025-01-02T08:00:00Z").await;
    db.close().await;

    // Another connection, as after a restart or from another instance.
    let db = Db::connect(&url).await.unwrap();
    let listed = snapshots(&db).await.unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].id, id);
    assert_eq!(
        (listed[0].period_from.as_str(), listed[0].period_to.as_str()),
        ("2023-01-01", "2023-12-31")
    );
    assert_eq!(listed[0].published_by, "test");
    let public = public_figures(&db, id).await.unwrap().unwrap();
    let full = full_figures(&db, id).await.unwrap().unwrap();
    assert!(!public.unsuppressed && full.unsuppressed);
    assert_eq!(public.overview.total.cases, PublicCell::Value(239));
    assert_eq!(public.published_at, "2025-01-02T08:00:00Z");
    // Omställarna had one JPG case: the staff see 1, the public a hidden count.
    let cell = |report: &StatisticsReport| {
        report
            .level("JPG")
            .unwrap()
            .section
            .row("omstallarna")
            .unwrap()
            .cases
    };
    assert_eq!(cell(&full), PublicCell::Value(1));
    assert!(matches!(
        cell(&public),
        PublicCell::Below(5) | PublicCell::Suppressed
    ));
}

#[tokio::test]
async fn a_newer_publication_of_a_period_supersedes_the_older_and_both_are_kept() {
    let db = demo_db().await;
    let first = publish_year(&db, 2023, "2025-01-02T08:00:00Z").await;
    let other = publish_year(&db, 2024, "2025-01-02T09:00:00Z").await;
    let second = publish_year(&db, 2023, "2025-02-01T08:00:00Z").await;
    let all = snapshots(&db).await.unwrap();
    let ids: Vec<i64> = all.iter().map(|s| s.id).collect();
    assert_eq!(ids, [second, other, first]);
    // The period that ends last comes first; each period's newest only.
    let shown: Vec<i64> = current(&all).iter().map(|s| s.id).collect();
    assert_eq!(shown, [other, second]);
}

#[tokio::test]
async fn pages_read_the_published_snapshot_never_the_cases() {
    let db = demo_db().await;
    publish_year(&db, 2023, "2025-01-02T08:00:00Z").await;
    // Whatever happens to the cases afterwards, the published page stays.
    sqlx::query("DELETE FROM case_record")
        .execute(db.pool())
        .await
        .unwrap();
    let app = portal(db, TODAY).await;
    let (response, html) = get(&app, "/sv/statistics", &[]).await;
    assert_eq!(response.status(), 200);
    assert!(html.contains(">239<"), "the 2023 total is still shown");
    assert!(html.contains("Uppdaterad 2 januari 2025"));
}

#[tokio::test]
async fn a_period_can_be_any_range_of_days() {
    let db = demo_db().await;
    let publication = publish(
        &db,
        Period::new(common::date("2023-01-01"), common::date("2023-06-30")).unwrap(),
        &DisclosureRules::default(),
        "test",
        "2025-01-02T08:00:00Z",
    )
    .await
    .unwrap();
    let report = public_figures(&db, publication.snapshot.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(report.period.key(), "2023-01-01_2023-06-30");
    let app = portal(db, TODAY).await;
    let (response, html) = get(&app, "/sv/statistics?period=2023-01-01_2023-06-30", &[]).await;
    assert_eq!(response.status(), 200);
    assert!(html.contains("1 januari 2023 till 30 juni 2023"), "{html}");
}

/// Ids for published counts by what they count, so that the same count in
/// two tables is one unknown; every table line and known sum an equation.
#[derive(Default)]
struct System {
    ids: HashMap<String, CountId>,
    shown: Vec<PublicCell>,
    equations: Vec<Vec<(CountId, i8)>>,
}

impl System {
    fn id(&mut self, key: String, cell: PublicCell) -> CountId {
        if let Some(&id) = self.ids.get(&key) {
            assert_eq!(self.shown[id], cell, "{key} is published two ways");
            return id;
        }
        self.shown.push(cell);
        self.ids.insert(key, self.shown.len() - 1);
        self.shown.len() - 1
    }

    fn sum(&mut self, parts: Vec<CountId>, total: CountId) {
        let mut terms: Vec<(CountId, i8)> = parts.into_iter().map(|id| (id, 1)).collect();
        terms.push((total, -1));
        self.equations.push(terms);
    }

    /// A table whose rows are `row_group(code)` and whose total row is `total`.
    fn table(&mut self, table: &FigureTable, row_group: &dyn Fn(&str) -> String, total: &str) {
        let quantity = |c: usize| match (table.breakdown, c) {
            (Breakdown::Status, 0) => "ongoing".to_string(),
            (Breakdown::Status, _) => "ended".to_string(),
            (b, c) => format!("{}:{c}", b.code()),
        };
        let base = table.breakdown.base().to_string();
        let mut grid: Vec<Vec<CountId>> = Vec::new();
        for (k, code) in table.rows.iter().enumerate() {
            let group = row_group(code);
            let mut row: Vec<CountId> = (0..table.columns.len())
                .map(|c| self.id(format!("{group}/{}", quantity(c)), table.cells[k][c]))
                .collect();
            row.push(self.id(format!("{group}/{base}"), table.row_totals[k]));
            grid.push(row);
        }
        let mut last: Vec<CountId> = (0..table.columns.len())
            .map(|c| self.id(format!("{total}/{}", quantity(c)), table.column_totals[c]))
            .collect();
        last.push(self.id(format!("{total}/{base}"), table.total));
        grid.push(last);
        let columns = table.columns.len();
        for row in &grid {
            self.sum(row[..columns].to_vec(), row[columns]);
        }
        // Persons' rows do not add up: one person can be in two rows.
        if grid.len() > 1 && table.breakdown.rows_add_up() {
            for c in 0..=columns {
                let parts = grid[..grid.len() - 1].iter().map(|r| r[c]).collect();
                self.sum(parts, grid[grid.len() - 1][c]);
            }
        }
    }
}

/// Rebuilds every equation a reader could write from a public report and
/// checks that none of its hidden counts is determined by them.
fn assert_nothing_hidden_can_be_worked_out(report: &StatisticsReport) {
    let mut system = System::default();
    for table in &report.overview.tables {
        system.table(table, &|code| format!("level {code}"), "all");
    }
    for level in &report.levels {
        let code = level.code.clone();
        for table in &level.section.tables {
            system.table(
                table,
                &|provider| format!("{provider} in {code}"),
                &format!("level {code}"),
            );
        }
    }
    // Self-sufficiency, other insats or authority, interruption: sums of reasons.
    let groups: Vec<String> = system
        .ids
        .keys()
        .filter_map(|key| key.strip_suffix("/reason_group:0").map(str::to_string))
        .collect();
    for group in groups {
        for (k, reasons) in [&[0, 1, 2][..], &[3, 4, 5], &[6, 7, 8]].iter().enumerate() {
            let total = system.ids[&format!("{group}/reason_group:{k}")];
            let parts = reasons
                .iter()
                .filter_map(|r| system.ids.get(&format!("{group}/end_reason:{r}")).copied())
                .collect();
            system.sum(parts, total);
        }
    }
    // Survey respondents add up over providers and interventions.
    if report.has_survey {
        let respondents = |g: &GroupFigures| g.survey.as_ref().map(|s| s.response_rate.part);
        let mut levels = Vec::new();
        for level in &report.levels {
            let Some(cell) = respondents(&level.section.total) else {
                continue;
            };
            let total = system.id(format!("level {}/respondents", level.code), cell);
            levels.push(total);
            let parts: Vec<CountId> = level
                .section
                .rows
                .iter()
                .filter_map(|row| {
                    respondents(row).map(|cell| {
                        system.id(format!("{} in {}/respondents", row.code, level.code), cell)
                    })
                })
                .collect();
            system.sum(parts, total);
        }
        if let Some(cell) = respondents(&report.overview.total) {
            let total = system.id("all/respondents".into(), cell);
            system.sum(levels, total);
        }
    }
    let hidden: Vec<bool> = system.shown.iter().map(|c| c.value().is_none()).collect();
    assert!(
        hidden.iter().any(|h| *h),
        "the demo has small counts to hide"
    );
    let found = determined(&system.equations, &hidden);
    let names: Vec<&String> = system
        .ids
        .iter()
        .filter(|(_, id)| found.contains(id))
        .map(|(key, _)| key)
        .collect();
    assert!(
        names.is_empty(),
        "determined from what is published: {names:?}"
    );
}

#[tokio::test]
async fn no_hidden_count_can_be_worked_out_from_everything_a_period_publishes() {
    let db = published_demo_db().await;
    for snapshot in snapshots(&db).await.unwrap() {
        let public = public_figures(&db, snapshot.id).await.unwrap().unwrap();
        assert_nothing_hidden_can_be_worked_out(&public);
        // And no count from 1 to 4 is ever shown as such.
        let full = full_figures(&db, snapshot.id).await.unwrap().unwrap();
        for (public_level, full_level) in public.levels.iter().zip(&full.levels) {
            for (p, f) in public_level
                .section
                .tables
                .iter()
                .zip(&full_level.section.tables)
            {
                for (prow, frow) in p.cells.iter().zip(&f.cells) {
                    for (pc, fc) in prow.iter().zip(frow) {
                        if let PublicCell::Value(n @ 1..=4) = fc {
                            assert_eq!(pc.value(), None, "{n} in {:?}", p.breakdown);
                        }
                    }
                }
            }
        }
    }
}

#[tokio::test]
async fn the_survey_is_published_with_nki_response_rate_and_area_means() {
    let db = published_demo_db().await;
    let all = snapshots(&db).await.unwrap();
    let of_2023 = all.iter().find(|s| s.period_from == "2023-01-01").unwrap();
    let report = public_figures(&db, of_2023.id).await.unwrap().unwrap();
    assert!(report.has_survey);
    let survey = report.overview.total.survey.as_ref().unwrap();
    // 000 §10: 72 answers of 219 (33 %), NKI 4.1, Utveckling 3.9.
    assert_eq!(survey.response_rate.part, PublicCell::Value(72));
    assert_eq!(survey.response_rate.base, PublicCell::Value(219));
    assert_eq!(survey.response_rate.percent.value(), Some(33));
    assert_eq!(survey.nki.value(), Some(41));
    let development = SURVEY_AREAS
        .iter()
        .position(|a| *a == "development")
        .unwrap();
    assert_eq!(survey.areas[development].tenths.value(), Some(39));
    // A provider with fewer than ten respondents shows no NKI.
    let full = full_figures(&db, of_2023.id).await.unwrap().unwrap();
    let rows = |report: &StatisticsReport| -> Vec<GroupFigures> {
        report
            .levels
            .iter()
            .flat_map(|l| l.section.rows.clone())
            .collect()
    };
    let (public_rows, full_rows) = (rows(&report), rows(&full));
    let small = full_rows
        .iter()
        .position(|row| {
            row.survey.as_ref().is_some_and(|s| {
                matches!(s.response_rate.part, PublicCell::Value(1..=9)) && s.nki.value().is_some()
            })
        })
        .expect("some provider has a handful of answers");
    assert_eq!(
        public_rows[small].survey.as_ref().unwrap().nki.value(),
        None
    );
}

#[tokio::test]
async fn the_thresholds_are_the_ones_published_with() {
    let db = demo_db().await;
    let strict = DisclosureRules {
        min_count: 10,
        min_base: 20,
        protection: 10,
    };
    let publication = publish(
        &db,
        Period::calendar_year(2023),
        &strict,
        "test",
        "2025-01-02T08:00:00Z",
    )
    .await
    .unwrap();
    assert_eq!(publication.snapshot.min_count, 10);
    let report = public_figures(&db, publication.snapshot.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(report.thresholds.min_count, 10);
    // Back to future's 8 JPG cases are below the strict threshold: shown
    // as "<10", or as ".." where the label would give a neighbour away.
    let row = report
        .level("JPG")
        .unwrap()
        .section
        .row("back-to-future")
        .unwrap();
    assert!(
        matches!(row.cases, PublicCell::Below(10) | PublicCell::Suppressed),
        "{:?}",
        row.cases
    );
}

/// A publication stored when format 1 was written down (the demonstration
/// data's 2023, public figures): it must read as long as it is stored.
const STORED_IN_FORMAT_1: &str = include_str!("fixtures/snapshot_format_1.json");

#[test]
fn a_publication_stored_in_format_1_reads_back_whole() {
    let report = server::stats::stored::read(STORED_IN_FORMAT_1).expect("format 1 reads");
    assert_eq!(report.period.key(), "2023");
    // The 2023 report's own totals: 239 cases of 219 persons.
    assert_eq!(report.overview.total.cases, PublicCell::Value(239));
    assert_eq!(report.overview.total.persons, PublicCell::Value(219));
    assert_eq!(report.levels.len(), 3);
    // Stored again, it is the same report.
    let again = server::stats::stored::write(&report).unwrap();
    assert_eq!(server::stats::stored::read(&again).unwrap(), report);
}

#[test]
fn a_publication_stored_before_formats_were_named_reads_as_format_1() {
    let unnamed = STORED_IN_FORMAT_1.replacen(r#""format":1,"#, "", 1);
    assert!(!unnamed.contains(r#""format""#));
    assert_eq!(
        server::stats::stored::read(&unnamed).unwrap(),
        server::stats::stored::read(STORED_IN_FORMAT_1).unwrap()
    );
}

#[test]
fn a_format_this_version_does_not_know_is_an_error_not_a_guess() {
    let later = STORED_IN_FORMAT_1.replacen(r#""format":1,"#, r#""format":2,"#, 1);
    assert!(matches!(
        server::stats::stored::read(&later),
        Err(server::stats::stored::StoredError::UnknownFormat(2))
    ));
    // Whether or not its shape is format 1's.
    assert!(matches!(
        server::stats::stored::read(r#"{"format":2,"tables":[]}"#),
        Err(server::stats::stored::StoredError::UnknownFormat(2))
    ));
}
