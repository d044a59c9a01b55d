//! Importing customer survey files: all or nothing, every problem with its
//! line and column, a response imported again updated; and the survey's
//! published figures. On either backend.

mod common;

use common::demo_db;
use server::{
    db::{survey, Db},
    import::{survey::import, ImportError, Position, Problem, RowError},
    stats::{
        disclosure::DisclosureRules,
        publish::{full_figures, public_figures, publish},
        Period,
    },
};

const HEADER: &str =
    "response_id,provider_id,insats,period,language,reception,information,participation,development";

fn file(rows: &[&str]) -> String {
    let mut text = String::from(HEADER);
    for row in rows {
        text.push('\n');
        text.push_str(row);
    }
    text.push('\n');
    text
}

async fn response_count(db: &Db) -> i64 {
    let mut conn = db.pool().acquire().await.unwrap();
    survey::count(&mut conn).await.unwrap()
}

async fn import_text(db: &Db, text: &str) -> Result<u64, ImportError> {
    import(db, text.as_bytes(), "2025-01-01T00:00:00Z", |_| {})
        .await
        .map(|summary| summary.rows)
}

fn problems(result: Result<u64, ImportError>) -> Vec<RowError> {
    match result {
        Err(ImportError::Rejected { problems, .. }) => problems,
        other => panic!("expected a rejected file, got {other:?}"),
    }
}

fn at(line: u64, column: usize, name: &'static str) -> Position {
    Position {
        line,
        column: Some((column, name)),
    }
}

#[tokio::test]
async fn every_problem_is_reported_with_its_line_and_column() {
    let db = demo_db().await;
    let before = response_count(&db).await;
    let rows = [
        "s-1,nobody,AMI2,2024,sv,5,4,4,3",
        "s-2,cognix,XYZ,2024,sv,5,4,4,3",
        "s-3,cognix,AMI2,24,sv,5,4,4,3",
        "s-4,cognix,AMI2,2024,de,5,4,4,3",
        "s-5,cognix,AMI2,2024,sv,6,4,4,3",
        "s-6,cognix,AMI2,2024,sv,5,4,x,3",
        "s-7,cognix,AMI2,2024,sv,,,,",
        "s-1,cognix,AMI2,2024,sv,5,4,4,3",
        ",cognix,AMI2,2024,sv,5,4,4,3",
        "s-9,cognix,AMI2",
    ];
    let found: Vec<(Position, Problem)> = problems(import_text(&db, &file(&rows)).await)
        .into_iter()
        .map(|e| (e.position, e.problem))
        .collect();
    let line = |line| Position { line, column: None };
    assert_eq!(
        found,
        [
            (
                at(2, 2, "provider_id"),
                Problem::UnknownProvider("nobody".into())
            ),
            (
                at(3, 3, "insats"),
                Problem::UnknownIntervention(
                    "XYZ".into(),
                    "AMI1, AMI2, FAI1, FAI2, FJP, ISA1, ISA2, JPG, SAI".into()
                )
            ),
            (at(4, 4, "period"), Problem::SurveyYear("24".into())),
            (
                at(5, 5, "language"),
                Problem::Language(
                    "de".into(),
                    "sv, lattlast, en, ar, prs, fa, so, ti, ru".into()
                )
            ),
            (at(6, 6, "reception"), Problem::Answer("6".into())),
            (at(7, 8, "participation"), Problem::Answer("x".into())),
            (line(8), Problem::NoAnswers),
            (
                at(9, 1, "response_id"),
                Problem::DuplicateId {
                    column: "response_id",
                    id: "s-1".into(),
                    first_line: 2
                }
            ),
            (at(10, 1, "response_id"), Problem::Missing),
            (
                line(11),
                Problem::WrongFieldCount {
                    expected: 9,
                    found: 3
                }
            ),
        ]
    );
    assert_eq!(response_count(&db).await, before, "nothing was imported");
}

#[tokio::test]
async fn one_bad_row_among_good_ones_imports_nothing() {
    let db = demo_db().await;
    let before = response_count(&db).await;
    let rows = [
        "g-1,cognix,AMI2,2024,sv,5,4,4,3",
        "g-2,cognix,AMI2,2024,ar,4,4,,3",
        "g-3,cognix,AMI2,2024,sv,0,4,4,3",
    ];
    let found = problems(import_text(&db, &file(&rows)).await);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].position, at(4, 6, "reception"));
    assert_eq!(response_count(&db).await, before);
}

#[tokio::test]
async fn the_header_must_name_exactly_the_columns_in_any_order() {
    let db = demo_db().await;
    let reordered = "development,participation,information,reception,language,period,insats,provider_id,response_id\n3,4,4,5,sv,2024,AMI2,cognix,r-1\n";
    assert_eq!(import_text(&db, reordered).await.unwrap(), 1);
    let missing = "response_id,provider_id,insats,period,language,reception\n";
    let found = problems(import_text(&db, missing).await);
    assert!(matches!(found[0].problem, Problem::WrongHeader { .. }));
    assert!(matches!(
        problems(import_text(&db, "").await)[0].problem,
        Problem::Empty
    ));
}

#[tokio::test]
async fn a_response_imported_again_is_updated_not_doubled() {
    let db = demo_db().await;
    let before = response_count(&db).await;
    let first = file(&["u-1,cognix,AMI2,2024,sv,1,1,1,1"]);
    assert_eq!(import_text(&db, &first).await.unwrap(), 1);
    let again = file(&["u-1,cognix,AMI2,2024,en,5,5,5,5"]);
    assert_eq!(import_text(&db, &again).await.unwrap(), 1);
    assert_eq!(response_count(&db).await, before + 1);
    let stored: (String, i64) =
        sqlx::query_as("SELECT language, reception FROM survey_response WHERE response_id = $1")
            .bind("u-1")
            .fetch_one(db.pool())
            .await
            .unwrap();
    assert_eq!(stored, ("en".to_string(), 5));
}

#[tokio::test]
async fn nki_is_the_mean_of_each_respondents_mean_and_hidden_below_ten_answers() {
    let db = demo_db().await;
    // Replace the demonstration's 2023 answers with a known set for one
    // provider: nine answers, then a tenth.
    sqlx::query("DELETE FROM survey_response")
        .execute(db.pool())
        .await
        .unwrap();
    let nine: Vec<String> = (1..=9)
        .map(|k| {
            format!(
                "n-{k},arbetsmarknadsgruppen,FJP,2023,sv,5,4,4,{}",
                3 + k % 2
            )
        })
        .collect();
    let rows: Vec<&str> = nine.iter().map(String::as_str).collect();
    assert_eq!(import_text(&db, &file(&rows)).await.unwrap(), 9);
    let rules = DisclosureRules::default();
    let period = Period::calendar_year(2023);
    let id = publish(&db, period, &rules, "test", "2025-01-02T08:00:00Z")
        .await
        .unwrap()
        .snapshot
        .id;
    let row = |report: &domain::model::statistics::StatisticsReport| {
        report
            .level("FJP")
            .unwrap()
            .section
            .row("arbetsmarknadsgruppen")
            .unwrap()
            .survey
            .clone()
            .unwrap()
    };
    let full = row(&full_figures(&db, id).await.unwrap().unwrap());
    // Five respondents answer 5, 4, 4, 4 (mean 4.25), four 5, 4, 4, 3 (4.0):
    // (5 × 4.25 + 4 × 4.0) / 9 = 4.14 → 4.1.
    assert_eq!(full.nki.value(), Some(41));
    assert_eq!(full.response_rate.part.value(), Some(9));
    let public = row(&public_figures(&db, id).await.unwrap().unwrap());
    assert_eq!(public.nki.value(), None, "nine answers are too few");

    let tenth = file(&["n-10,arbetsmarknadsgruppen,FJP,2023,en,5,5,5,5"]);
    import_text(&db, &tenth).await.unwrap();
    let id = publish(&db, period, &rules, "test", "2025-01-03T08:00:00Z")
        .await
        .unwrap()
        .snapshot
        .id;
    let full = row(&full_figures(&db, id).await.unwrap().unwrap());
    // (5 × 4.25 + 4 × 4.0 + 5.0) / 10 = 4.225 → 4.2.
    assert_eq!(full.nki.value(), Some(42));
    assert_eq!(full.response_rate.part.value(), Some(10));
    // The public sees the NKI exactly when it sees ten or more respondents
    // (disclosure control may hide the count to protect another).
    let public = row(&public_figures(&db, id).await.unwrap().unwrap());
    match public.response_rate.part.value() {
        Some(respondents) => {
            assert_eq!(respondents, 10);
            assert_eq!(public.nki.value(), Some(42));
            // 10 of Arbetsmarknadsgruppen's FJP customers: 54 cases, 19 %.
            assert!(public.response_rate.percent.value().is_some());
        }
        None => assert_eq!(public.nki.value(), None),
    }
}
