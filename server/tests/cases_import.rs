//! Importing case files: all or nothing, every problem with its line and
//! column, a case_id imported again updated. On either backend.

mod common;

use common::demo_db;
use server::{
    db::{cases, Db},
    import::{
        cases::{import, ImportError, Problem, RowError},
        Position,
    },
    stats::{statistics, Period},
};

const HEADER: &str = "case_id,person_id,gender,birth_year,insats,provider_id,start_date,planned_end_date,end_date,end_reason,extensions";

fn file(rows: &[&str]) -> String {
    let mut text = String::from(HEADER);
    for row in rows {
        text.push('\n');
        text.push_str(row);
    }
    text.push('\n');
    text
}

async fn case_count(db: &Db) -> i64 {
    let mut conn = db.pool().acquire().await.unwrap();
    cases::count(&mut conn).await.unwrap()
}

/// The day the test files are imported: no case may end after it.
const IMPORTED_AT: &str = "2025-12-31T12:00:00Z";

/// Every intervention code, as an unknown code's problem lists them.
const VALID_CODES: &str = "AMI1, AMI2, FAI1, FAI2, FJP, ISA1, ISA2, JPG, SAI";

async fn import_text(db: &Db, text: &str) -> Result<u64, ImportError> {
    import(db, text.as_bytes(), IMPORTED_AT, |_| {})
        .await
        .map(|s| s.rows)
}

fn problems(result: Result<u64, ImportError>) -> Vec<RowError> {
    match result {
        Err(ImportError::Rejected { problems, .. }) => problems,
        other => panic!("expected the file to be rejected, got {other:?}"),
    }
}

fn at(line: u64, column: usize, name: &'static str) -> Position {
    Position {
        line,
        column: Some((column, name)),
    }
}

const GOOD: [&str; 3] = [
    "t-1,p-1,K,1990,AMI2,jobblotsen,2025-02-01,2026-01-31,,,0",
    "t-2,p-1,K,1990,FAI1,cognix,2024-11-01,2025-01-31,2025-01-20,work,1",
    "t-3,p-2,M,2001,ISA2,stadsmissionen,2025-03-10,2026-03-09,2025-06-30,moved,0",
];

#[tokio::test]
async fn a_good_file_imports_every_case() {
    // Some demonstration cases of 2024 go on into 2025: count what these add.
    let db = demo_db().await;
    let before = case_count(&db).await;
    let year = Period::calendar_year(2025);
    let base = statistics(&db, year).await.unwrap();
    let ended = |stats: &server::stats::Statistics| {
        stats.provider_in("cognix", "FAI1").map_or(0, |f| f.ended)
    };
    assert_eq!(import_text(&db, &file(&GOOD)).await.unwrap(), 3);
    assert_eq!(case_count(&db).await, before + 3);

    let stats = statistics(&db, year).await.unwrap();
    assert_eq!(stats.total.cases, base.total.cases + 3);
    assert_eq!(stats.total.persons, base.total.persons + 2);
    assert_eq!(stats.total.ongoing, base.total.ongoing + 1);
    assert_eq!(ended(&stats), ended(&base) + 1);
}

#[tokio::test]
async fn a_file_with_one_bad_row_imports_nothing_and_says_where() {
    let db = demo_db().await;
    let before = case_count(&db).await;
    let bad = "t-4,p-3,K,1990,AMI9,jobblotsen,2025-02-01,2026-01-31,,,0";
    let result = import_text(&db, &file(&[GOOD[0], GOOD[1], bad, GOOD[2]])).await;
    let problems = problems(result);
    assert_eq!(
        problems,
        [RowError {
            position: at(4, 5, "insats"),
            problem: Problem::UnknownIntervention("AMI9".into(), VALID_CODES.into()),
        }]
    );
    assert_eq!(
        problems[0].to_string(),
        format!("line 4, column 5 (insats): no insats has the code \"AMI9\"; the codes are {VALID_CODES}")
    );
    assert_eq!(case_count(&db).await, before, "nothing was imported");
}

#[tokio::test]
async fn every_problem_is_reported_with_its_line_and_column() {
    let db = demo_db().await;
    let rows = [
        "u-1,p,X,1990,AMI2,jobblotsen,2025-02-01,2026-01-31,,,0",
        "u-2,p,K,90,AMI2,jobblotsen,2025-02-01,2026-01-31,,,0",
        "u-3,p,K,1990,AMI2,nobody,2025-02-01,2026-01-31,,,0",
        "u-4,p,K,1990,AMI2,jobblotsen,2025-02-30,2026-01-31,,,0",
        "u-5,p,K,1990,AMI2,jobblotsen,2025-02-01,2026-01-31,2025-01-01,work,0",
        "u-6,p,K,1990,AMI2,jobblotsen,2025-02-01,2026-01-31,,work,0",
        "u-7,p,K,1990,AMI2,jobblotsen,2025-02-01,2026-01-31,2025-03-01,,0",
        "u-8,p,K,1990,AMI2,jobblotsen,2025-02-01,2026-01-31,,,-1",
        "u-1,p,K,1990,AMI2,jobblotsen,2025-02-01,2026-01-31,,,0",
        "u-9,p,K,1990,AMI2,jobblotsen,2025-02-01,2026-01-31,2025-03-01,fired,0",
        "u-10,p,K,1990,AMI2",
    ];
    let found: Vec<(Position, Problem)> = problems(import_text(&db, &file(&rows)).await)
        .into_iter()
        .map(|e| (e.position, e.problem))
        .collect();
    assert_eq!(
        found,
        [
            (at(2, 3, "gender"), Problem::Gender("X".into())),
            (at(3, 4, "birth_year"), Problem::BirthYear("90".into())),
            (
                at(4, 6, "provider_id"),
                Problem::UnknownProvider("nobody".into())
            ),
            (at(5, 7, "start_date"), Problem::Date("2025-02-30".into())),
            (
                at(6, 9, "end_date"),
                Problem::EndBeforeStart {
                    start: "2025-02-01".into(),
                    end: "2025-01-01".into()
                }
            ),
            (at(7, 10, "end_reason"), Problem::ReasonWithoutEnd),
            (at(8, 9, "end_date"), Problem::EndWithoutReason),
            (at(9, 11, "extensions"), Problem::Extensions("-1".into())),
            (
                at(10, 1, "case_id"),
                Problem::DuplicateId {
                    column: "case_id",
                    id: "u-1".into(),
                    first_line: 2
                }
            ),
            (at(11, 10, "end_reason"), Problem::EndReason("fired".into())),
            (
                Position {
                    line: 12,
                    column: None
                },
                Problem::WrongFieldCount {
                    expected: 11,
                    found: 5
                }
            ),
        ]
    );
}

#[tokio::test]
async fn the_header_must_name_exactly_the_columns_in_any_order() {
    let db = demo_db().await;
    let wrong = "case_id,person_id,gender,birth_year,intervention,provider_id,start_date,planned_end_date,end_date,end_reason,extensions\n";
    let found = problems(import_text(&db, wrong).await);
    assert!(matches!(found[0].problem, Problem::WrongHeader { .. }));
    assert_eq!(found[0].position.line, 1);

    let reordered = "extensions,end_reason,end_date,planned_end_date,start_date,provider_id,insats,birth_year,gender,person_id,case_id\n\
                     0,,,2026-01-31,2025-02-01,jobblotsen,AMI2,1990,K,p-9,r-1\n";
    assert_eq!(import_text(&db, reordered).await.unwrap(), 1);
}

#[tokio::test]
async fn importing_a_case_again_updates_it() {
    let db = demo_db().await;
    import_text(&db, &file(&GOOD)).await.unwrap();
    let count = case_count(&db).await;
    let year = Period::calendar_year(2025);
    let before = statistics(&db, year).await.unwrap();
    let before = before.provider_in("jobblotsen", "AMI2").unwrap();
    // t-1 has now ended in studies after one extension.
    let update = "t-1,p-1,K,1990,AMI2,jobblotsen,2025-02-01,2026-01-31,2025-09-30,studies,1";
    assert_eq!(import_text(&db, &file(&[update])).await.unwrap(), 1);
    assert_eq!(case_count(&db).await, count);
    let stats = statistics(&db, year).await.unwrap();
    let f = stats.provider_in("jobblotsen", "AMI2").unwrap();
    let studies = |f: &server::stats::Figures| f.reason(server::db::cases::EndReason::Studies);
    assert_eq!((f.ongoing, f.ended), (before.ongoing - 1, before.ended + 1));
    assert_eq!(studies(f), studies(before) + 1);
}

#[tokio::test]
async fn a_large_file_writes_in_batches_and_reports_progress() {
    let db = demo_db().await;
    let rows: Vec<String> = (0..2500)
        .map(|k| format!("big-{k},person-{k},M,1980,AMI1,alljobb,2025-01-01,2025-03-31,,,0"))
        .collect();
    let text = file(&rows.iter().map(String::as_str).collect::<Vec<_>>());
    let mut heard = Vec::new();
    let summary = import(&db, text.as_bytes(), "2025-01-01T00:00:00Z", |n| {
        heard.push(n)
    })
    .await
    .unwrap();
    assert_eq!(summary.rows, 2500);
    // After every batch, then once at the end.
    let batch = server::db::cases::batch_size(db.backend()) as u64;
    assert_eq!(heard[0], batch);
    assert!(heard.windows(2).all(|w| w[0] < w[1]));
    assert_eq!(heard.last(), Some(&2500));
}

#[tokio::test]
async fn the_import_cases_command_imports_a_file_or_nothing() {
    let url = common::fresh_db_url().await;
    let db = Db::connect(&url).await.unwrap();
    assert!(server::demo::seed(&db, "2025-01-01T00:00:00Z")
        .await
        .unwrap());
    let before = case_count(&db).await;
    db.close().await;

    let dir = std::env::temp_dir();
    let good = dir.join(format!("jf-cases-good-{}.csv", std::process::id()));
    let bad = dir.join(format!("jf-cases-bad-{}.csv", std::process::id()));
    std::fs::write(&good, file(&GOOD)).unwrap();
    std::fs::write(
        &bad,
        file(&["v-1,p,K,1990,AMI2,jobblotsen,2025-02-01,2026-01-31,,,x"]),
    )
    .unwrap();
    let run = |path: &std::path::Path| {
        std::process::Command::new(env!("CARGO_BIN_EXE_server"))
            .arg("import-cases")
            .arg(path)
            .env("DATABASE_URL", &url)
            .env("RUST_LOG", "warn")
            .output()
            .unwrap()
    };
    let ok = run(&good);
    assert!(ok.status.success(), "{ok:?}");
    assert!(String::from_utf8_lossy(&ok.stdout).contains("3 cases imported"));
    let failed = run(&bad);
    assert!(!failed.status.success());
    let stderr = String::from_utf8_lossy(&failed.stderr);
    assert!(
        stderr.contains("line 2, column 11 (extensions)"),
        "{stderr}"
    );
    assert!(stderr.contains("nothing was imported"), "{stderr}");
    std::fs::remove_file(good).ok();
    std::fs::remove_file(bad).ok();

    let db = Db::connect(&url).await.unwrap();
    assert_eq!(case_count(&db).await, before + 3);
}

#[tokio::test]
async fn ids_with_control_characters_are_refused() {
    let db = demo_db().await;
    let row = "c-1,p\u{1e}1,K,1990,AMI2,jobblotsen,2025-02-01,2026-01-31,,,0";
    let found = problems(import_text(&db, &file(&[row])).await);
    assert_eq!(found[0].position, at(2, 2, "person_id"));
    assert_eq!(
        found[0].problem,
        Problem::ControlCharacter("p\u{1e}1".into())
    );
}

#[tokio::test]
async fn an_intervention_code_is_read_in_any_case() {
    let db = demo_db().await;
    let row = "w-1,p-9,K,1990,ami2,jobblotsen,2025-02-01,2026-01-31,,,0";
    assert_eq!(import_text(&db, &file(&[row])).await.unwrap(), 1);
    let code: String =
        sqlx::query_scalar("SELECT intervention_code FROM case_record WHERE case_id = 'w-1'")
            .fetch_one(db.pool())
            .await
            .unwrap();
    assert_eq!(code, "AMI2");
}

#[tokio::test]
async fn a_case_cannot_have_ended_after_the_day_of_the_import() {
    let db = demo_db().await;
    let row = "w-2,p-9,K,1990,AMI2,jobblotsen,2025-02-01,2026-01-31,2026-01-02,work,0";
    let found = problems(import_text(&db, &file(&[GOOD[0], row])).await);
    assert_eq!(
        found,
        [RowError {
            position: at(3, 9, "end_date"),
            problem: Problem::EndAfterImport {
                end: "2026-01-02".into(),
                today: "2025-12-31".into()
            },
        }]
    );
}

#[tokio::test]
async fn a_file_with_windows_line_ends_reports_the_same_lines() {
    let db = demo_db().await;
    let bad = "t-4,p-3,K,1990,AMI9,jobblotsen,2025-02-01,2026-01-31,,,0";
    let unix = file(&[GOOD[0], GOOD[1], bad, GOOD[2]]);
    let windows = unix.replace('\n', "\r\n");
    for text in [unix, windows] {
        let found = problems(import_text(&db, &text).await);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].position, at(4, 5, "insats"));
    }
}

#[tokio::test]
async fn who_chose_the_provider_comes_from_the_optional_chosen_column() {
    let db = demo_db().await;
    let year = Period::calendar_year(2025);
    let chosen = |stats: &server::stats::Statistics| {
        stats
            .provider_in("jobblotsen", "AMI2")
            .map_or([0; 3], |f| f.chosen)
    };
    let before = chosen(&statistics(&db, year).await.unwrap());
    let with_column = format!(
        "{HEADER},chosen\n\
         w-1,p-1,K,1990,AMI2,jobblotsen,2025-02-01,2026-01-31,,,0,customer\n\
         w-2,p-2,M,1991,AMI2,jobblotsen,2025-02-01,2026-01-31,,,0,default\n\
         w-3,p-3,M,1992,AMI2,jobblotsen,2025-02-01,2026-01-31,,,0,\n"
    );
    assert_eq!(import_text(&db, &with_column).await.unwrap(), 3);
    let after = chosen(&statistics(&db, year).await.unwrap());
    assert_eq!(after, [before[0] + 1, before[1] + 1, before[2] + 1]);

    // A file from before the column: its cases are not recorded.
    assert_eq!(import_text(&db, &file(&GOOD)).await.unwrap(), 3);
    let older = chosen(&statistics(&db, year).await.unwrap());
    assert_eq!(older, [after[0], after[1], after[2] + 1]);

    // Anything else is a problem where it stands, and nothing is written.
    let count = case_count(&db).await;
    let wrong = format!(
        "chosen,{HEADER}\n\
         rotation,w-4,p-4,K,1990,AMI2,jobblotsen,2025-02-01,2026-01-31,,,0\n"
    );
    assert_eq!(
        problems(import_text(&db, &wrong).await),
        [RowError {
            position: at(2, 1, "chosen"),
            problem: Problem::Chosen("rotation".into()),
        }]
    );
    assert_eq!(case_count(&db).await, count);
}
