//! The demonstration data's 2023 statistics equal the quality report's
//! tables (000 §6 and §12), table by table. Each table is written as the
//! report prints it, with its section number.

mod common;

use common::demo_db;
use server::{
    db::cases::{EndReason, ReasonGroup},
    stats::{percent, statistics, Figures, Period, Statistics},
};

async fn stats_2023() -> Statistics {
    let db = demo_db().await;
    statistics(&db, Period::calendar_year(2023)).await.unwrap()
}

fn of<'a>(stats: &'a Statistics, row: &str) -> &'a Figures {
    if row == "TOTAL" {
        &stats.total
    } else {
        stats.intervention(row).unwrap()
    }
}

fn pct(part: i64, base: i64) -> i64 {
    percent(part, base).unwrap()
}

/// The report's provider names and the demonstration ids.
fn provider_id(name: &str) -> &'static str {
    match name {
        "Arbetsmarknadsgruppen" => "arbetsmarknadsgruppen",
        "Jobblotsen" => "jobblotsen",
        "Back to future" => "back-to-future",
        "Cognix" => "cognix",
        "AllJobb" => "alljobb",
        "Stadsmissionen" => "stadsmissionen",
        "MISA" => "misa",
        "Samtalsplatsen" => "samtalsplatsen",
        "Omställarna" => "omstallarna",
        "Osynliga jobb" => "osynliga-jobb",
        "TrimTab" => "trimtab",
        "Eductus" => "eductus",
        "Youth and Care" => "youth-and-care",
        other => panic!("unknown provider {other}"),
    }
}

#[tokio::test]
async fn section_6_persons_and_providers() {
    let stats = stats_2023().await;
    // §6: 239 insatser, 219 unique customers, 13 providers.
    assert_eq!(stats.total.cases, 239);
    assert_eq!(stats.total.persons, 219);
    assert_eq!(stats.providers().len(), 13);
    assert_eq!(stats.interventions(), ["FJP", "JPG", "SAI"]);
}

#[tokio::test]
async fn section_6_1_1_by_gender() {
    let stats = stats_2023().await;
    // total, share of all, women, share, men, share
    let table: [(&str, [i64; 6]); 4] = [
        ("JPG", [25, 10, 11, 44, 14, 56]),
        ("FJP", [127, 53, 59, 46, 68, 54]),
        ("SAI", [87, 36, 50, 57, 37, 43]),
        ("TOTAL", [239, 100, 120, 50, 119, 50]),
    ];
    for (row, expected) in table {
        let f = of(&stats, row);
        let actual = [
            f.cases,
            pct(f.cases, stats.total.cases),
            f.women,
            pct(f.women, f.cases),
            f.men,
            pct(f.men, f.cases),
        ];
        assert_eq!(actual, expected, "§6.1.1 {row}");
    }
}

#[tokio::test]
async fn section_6_1_2_by_age() {
    let stats = stats_2023().await;
    // total, then count and share per band 19–24, 25–39, 40–59, 60–65
    let table: [(&str, [i64; 9]); 4] = [
        ("JPG", [25, 14, 56, 9, 36, 2, 8, 0, 0]),
        ("FJP", [127, 42, 33, 34, 27, 42, 33, 9, 7]),
        ("SAI", [87, 8, 9, 42, 48, 35, 40, 2, 2]),
        ("TOTAL", [239, 64, 27, 85, 36, 79, 33, 11, 5]),
    ];
    for (row, expected) in table {
        let f = of(&stats, row);
        let mut actual = vec![f.cases];
        for band in f.age {
            actual.extend([band, pct(band, f.cases)]);
        }
        assert_eq!(actual, expected, "§6.1.2 {row}");
    }
}

#[tokio::test]
async fn section_6_1_3_ongoing_and_ended() {
    let stats = stats_2023().await;
    let table: [(&str, [i64; 3]); 4] = [
        ("JPG", [25, 5, 20]),
        ("FJP", [127, 45, 82]),
        ("SAI", [87, 28, 59]),
        ("TOTAL", [239, 78, 161]),
    ];
    for (row, expected) in table {
        let f = of(&stats, row);
        assert_eq!([f.cases, f.ongoing, f.ended], expected, "§6.1.3 {row}");
    }
}

#[tokio::test]
async fn section_6_1_4_length_and_extensions() {
    let stats = stats_2023().await;
    // total, 1–100 days, 101 days–1 year, 1–2 years, over 2 years
    let lengths: [(&str, [i64; 5]); 4] = [
        ("JPG", [25, 13, 11, 1, 0]),
        ("FJP", [127, 22, 55, 36, 14]),
        ("SAI", [87, 16, 56, 15, 0]),
        ("TOTAL", [239, 51, 122, 52, 14]),
    ];
    for (row, expected) in lengths {
        let f = of(&stats, row);
        let [a, b, c, d] = f.length;
        assert_eq!([f.cases, a, b, c, d], expected, "§6.1.4 length {row}");
    }
    // ongoing, of them extended, share extended, planned end T1, T2
    let extended: [(&str, [i64; 5]); 4] = [
        ("JPG", [5, 3, 60, 5, 0]),
        ("FJP", [45, 32, 71, 42, 3]),
        ("SAI", [28, 10, 36, 14, 14]),
        ("TOTAL", [78, 45, 58, 61, 17]),
    ];
    for (row, expected) in extended {
        let f = of(&stats, row);
        let actual = [
            f.ongoing,
            f.extended,
            pct(f.extended, f.ongoing),
            f.planned_end[0],
            f.planned_end[1],
        ];
        assert_eq!(actual, expected, "§6.1.4 extensions {row}");
    }
}

#[tokio::test]
async fn section_6_2_by_provider_and_intervention() {
    let stats = stats_2023().await;
    // All interventions: total, share of all insatser.
    let all: [(&str, i64, i64); 13] = [
        ("Arbetsmarknadsgruppen", 91, 38),
        ("Jobblotsen", 46, 19),
        ("Back to future", 26, 11),
        ("Cognix", 25, 10),
        ("AllJobb", 24, 10),
        ("Stadsmissionen", 6, 3),
        ("MISA", 4, 2),
        ("Samtalsplatsen", 4, 2),
        ("Omställarna", 3, 1),
        ("Osynliga jobb", 3, 1),
        ("TrimTab", 3, 1),
        ("Eductus", 2, 1),
        ("Youth and Care", 2, 1),
    ];
    for (name, cases, share) in all {
        let f = stats.provider(provider_id(name)).unwrap();
        assert_eq!((f.cases, pct(f.cases, 239)), (cases, share), "§6.2 {name}");
    }
    // An intervention's code and its (provider, cases, share) rows.
    type Rows<'a> = &'a [(&'a str, i64, i64)];
    let per_intervention: [(&str, Rows); 3] = [
        (
            "JPG",
            &[
                ("Arbetsmarknadsgruppen", 9, 36),
                ("Back to future", 8, 32),
                ("Jobblotsen", 3, 12),
                ("AllJobb", 2, 8),
                ("Omställarna", 1, 4),
                ("Samtalsplatsen", 1, 4),
                ("TrimTab", 1, 4),
            ],
        ),
        (
            "FJP",
            &[
                ("Arbetsmarknadsgruppen", 54, 43),
                ("Cognix", 25, 20),
                ("Back to future", 18, 14),
                ("Jobblotsen", 6, 5),
                ("Stadsmissionen", 6, 5),
                ("AllJobb", 4, 3),
                ("MISA", 3, 2),
                ("Osynliga jobb", 3, 2),
                ("Samtalsplatsen", 3, 2),
                ("Omställarna", 2, 2),
                ("Youth and Care", 2, 2),
                ("TrimTab", 1, 1),
            ],
        ),
        (
            "SAI",
            &[
                ("Jobblotsen", 37, 43),
                ("Arbetsmarknadsgruppen", 28, 32),
                ("AllJobb", 18, 21),
                ("Eductus", 2, 2),
                ("MISA", 1, 1),
                ("TrimTab", 1, 1),
            ],
        ),
    ];
    for (code, rows) in per_intervention {
        let total = stats.intervention(code).unwrap().cases;
        let mut listed = 0;
        for (name, cases, share) in rows {
            let f = stats.provider_in(provider_id(name), code).unwrap();
            assert_eq!(
                (f.cases, pct(f.cases, total)),
                (*cases, *share),
                "§6.2 {code} {name}"
            );
            listed += 1;
        }
        let with_cases = stats
            .providers()
            .iter()
            .filter(|p| stats.provider_in(p, code).is_some_and(|f| f.cases > 0))
            .count();
        assert_eq!(with_cases, listed, "§6.2 {code}: no other provider");
    }
}

#[tokio::test]
async fn section_6_2_1_and_6_2_2_gender_and_age_by_provider() {
    let stats = stats_2023().await;
    // total; share women, men; share 19–24, 25–39, 40–59, 60–65
    let table: [(&str, [i64; 7]); 13] = [
        ("Arbetsmarknadsgruppen", [91, 54, 46, 31, 29, 33, 8]),
        ("Jobblotsen", [46, 59, 41, 20, 52, 28, 0]),
        ("Back to future", [26, 12, 88, 54, 15, 23, 8]),
        ("Cognix", [25, 56, 44, 24, 52, 24, 0]),
        ("AllJobb", [24, 54, 46, 4, 25, 63, 8]),
        ("Stadsmissionen", [6, 67, 33, 17, 17, 67, 0]),
        ("MISA", [4, 50, 50, 50, 50, 0, 0]),
        ("Samtalsplatsen", [4, 50, 50, 25, 50, 25, 0]),
        ("Omställarna", [3, 33, 67, 33, 33, 33, 0]),
        ("Osynliga jobb", [3, 67, 33, 0, 33, 67, 0]),
        ("TrimTab", [3, 33, 67, 0, 67, 33, 0]),
        ("Eductus", [2, 50, 50, 0, 100, 0, 0]),
        ("Youth and Care", [2, 50, 50, 50, 50, 0, 0]),
    ];
    for (name, expected) in table {
        let f = stats.provider(provider_id(name)).unwrap();
        let n = f.cases;
        let actual = [
            n,
            pct(f.women, n),
            pct(f.men, n),
            pct(f.age[0], n),
            pct(f.age[1], n),
            pct(f.age[2], n),
            pct(f.age[3], n),
        ];
        assert_eq!(actual, expected, "§6.2.1–6.2.2 {name}");
    }
    // The total row of both tables.
    let t = &stats.total;
    assert_eq!(
        [pct(t.women, 239), pct(t.men, 239)],
        [50, 50],
        "§6.2.1 total"
    );
}

#[tokio::test]
async fn section_6_2_3_ongoing_by_provider() {
    let stats = stats_2023().await;
    // ongoing, of them extended, share extended, planned end T1, T2
    type Rows<'a> = &'a [(&'a str, [i64; 5])];
    let tables: [(&str, Rows, [i64; 5]); 3] = [
        (
            "JPG",
            &[
                ("Back to future", [3, 3, 100, 3, 0]),
                ("Jobblotsen", [1, 0, 0, 1, 0]),
                ("Omställarna", [1, 0, 0, 1, 0]),
            ],
            [5, 3, 60, 5, 0],
        ),
        (
            "FJP",
            &[
                ("Arbetsmarknadsgruppen", [17, 11, 65, 17, 0]),
                ("Cognix", [12, 10, 83, 11, 1]),
                ("Back to future", [8, 5, 63, 6, 2]),
                ("Stadsmissionen", [3, 3, 100, 3, 0]),
                ("Samtalsplatsen", [2, 1, 50, 2, 0]),
                ("Jobblotsen", [1, 0, 0, 1, 0]),
                ("MISA", [1, 1, 100, 1, 0]),
                ("Omställarna", [1, 1, 100, 1, 0]),
            ],
            [45, 32, 71, 42, 3],
        ),
        (
            "SAI",
            &[
                ("Arbetsmarknadsgruppen", [11, 6, 55, 8, 3]),
                ("Jobblotsen", [16, 3, 19, 6, 10]),
                ("MISA", [1, 1, 100, 0, 1]),
            ],
            [28, 10, 36, 14, 14],
        ),
    ];
    let row = |f: &Figures| {
        [
            f.ongoing,
            f.extended,
            pct(f.extended, f.ongoing),
            f.planned_end[0],
            f.planned_end[1],
        ]
    };
    for (code, rows, total) in tables {
        for (name, expected) in rows {
            let f = stats.provider_in(provider_id(name), code).unwrap();
            assert_eq!(row(f), *expected, "§6.2.3 {code} {name}");
        }
        let with_ongoing = stats
            .providers()
            .iter()
            .filter(|p| stats.provider_in(p, code).is_some_and(|f| f.ongoing > 0))
            .count();
        assert_eq!(with_ongoing, rows.len(), "§6.2.3 {code}: no other provider");
        assert_eq!(
            row(stats.intervention(code).unwrap()),
            total,
            "§6.2.3 {code} total"
        );
    }
}

#[tokio::test]
async fn section_12_1_results_by_intervention() {
    let stats = stats_2023().await;
    // total, ongoing, share, ended, share, to self-sufficiency, share of
    // ended, average days before exit to work and studies
    let table: [(&str, [i64; 8]); 4] = [
        ("JPG", [25, 5, 20, 20, 80, 8, 40, 151]),
        ("FJP", [127, 45, 35, 82, 65, 33, 40, 448]),
        ("SAI", [87, 28, 32, 59, 68, 19, 32, 230]),
        ("TOTAL", [239, 78, 33, 161, 67, 60, 37, 339]),
    ];
    for (row, expected) in table {
        let f = of(&stats, row);
        let actual = [
            f.cases,
            f.ongoing,
            pct(f.ongoing, f.cases),
            f.ended,
            pct(f.ended, f.cases),
            f.group(ReasonGroup::SelfSufficiency),
            f.self_sufficiency_percent().unwrap(),
            f.average_days_to_work_or_studies().unwrap(),
        ];
        assert_eq!(actual, expected, "§12.1 {row}");
    }
}

#[tokio::test]
async fn section_12_3_exits_by_reason() {
    let stats = stats_2023().await;
    // §12.3.1: ended, to work and studies, work, studies, share
    let self_sufficiency: [(&str, [i64; 5]); 4] = [
        ("JPG", [20, 8, 5, 3, 40]),
        ("FJP", [82, 33, 26, 7, 40]),
        ("SAI", [59, 19, 11, 8, 32]),
        ("TOTAL", [161, 60, 42, 18, 37]),
    ];
    for (row, expected) in self_sufficiency {
        let f = of(&stats, row);
        let both = f.exits_to_work_or_studies();
        let actual = [
            f.ended,
            both,
            f.reason(EndReason::Work),
            f.reason(EndReason::Studies),
            pct(both, f.ended),
        ];
        assert_eq!(actual, expected, "§12.3.1 {row}");
    }
    // §12.3.2: ended, to another insats or authority, changed kundval
    // insats (another insats, or the same with another provider), authority, share
    let other: [(&str, [i64; 5]); 4] = [
        ("JPG", [20, 3, 0, 3, 15]),
        ("FJP", [82, 22, 4, 18, 27]),
        ("SAI", [59, 9, 2, 7, 15]),
        ("TOTAL", [161, 34, 6, 28, 21]),
    ];
    for (row, expected) in other {
        let f = of(&stats, row);
        let group = f.group(ReasonGroup::OtherInsatsOrAuthority);
        let actual = [
            f.ended,
            group,
            f.reason(EndReason::OtherInsats) + f.reason(EndReason::SameInsatsOtherProvider),
            f.reason(EndReason::OtherAuthority),
            pct(group, f.ended),
        ];
        assert_eq!(actual, expected, "§12.3.2 {row}");
    }
    // §12.3.3: ended, illness, share, other interruption, share, moved, share
    let interruptions: [(&str, [i64; 7]); 4] = [
        ("JPG", [20, 1, 5, 6, 30, 2, 10]),
        ("FJP", [82, 13, 16, 10, 12, 4, 5]),
        ("SAI", [59, 2, 3, 6, 10, 23, 39]),
        ("TOTAL", [161, 16, 10, 22, 14, 29, 18]),
    ];
    for (row, expected) in interruptions {
        let f = of(&stats, row);
        let (illness, other, moved) = (
            f.reason(EndReason::Illness),
            f.reason(EndReason::InterruptedOther),
            f.reason(EndReason::Moved),
        );
        let actual = [
            f.ended,
            illness,
            pct(illness, f.ended),
            other,
            pct(other, f.ended),
            moved,
            pct(moved, f.ended),
        ];
        assert_eq!(actual, expected, "§12.3.3 {row}");
    }
    // No exit to own business: §12.1's self-sufficiency is exactly §12.3.1's work and studies.
    assert_eq!(stats.total.reason(EndReason::OwnBusiness), 0);
}

#[tokio::test]
async fn section_6_persons_with_two_insatser_are_ten_women_and_ten_men() {
    let db = demo_db().await;
    let stats = statistics(&db, Period::calendar_year(2023)).await.unwrap();
    // §6: 120 and 119 insatser to 110 women and 109 men.
    assert_eq!((stats.total.women, stats.total.men), (120, 119));
    let persons: Vec<(String, i64)> = sqlx::query_as(
        // The cases of 2023: the demonstration's 2024 cases all start later.
        "SELECT gender, COUNT(DISTINCT person_id) FROM case_record
          WHERE start_date <= '2023-12-31' GROUP BY gender ORDER BY gender",
    )
    .fetch_all(db.pool())
    .await
    .unwrap();
    assert_eq!(persons, [("K".to_string(), 110), ("M".to_string(), 109)]);
}
