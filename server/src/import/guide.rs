//! What the upload page tells staff about each file: every column, the
//! values it may hold, and an example file to download. Built from the same
//! column lists and vocabularies the import checks against, so the guide
//! cannot drift from what the import accepts.

use domain::{
    locale::Locale,
    model::statistics::{ImportColumn, ImportGuide, ImportKind},
};

use super::{cases, survey};
use crate::db::{
    cases::{intervention_codes, provider_ids, ChosenBy, EndReason, Gender},
    Db, DbError,
};

/// The columns of a case file that may be left empty: a case still running
/// has no end, and older files do not say who chose.
const OPTIONAL_CASE_COLUMNS: [&str; 3] = ["end_date", "end_reason", "chosen"];

/// The codes the catalogue and the provider register hold, sorted.
struct Register {
    interventions: Vec<String>,
    providers: Vec<String>,
}

async fn register(db: &Db) -> Result<Register, DbError> {
    let mut conn = db.pool().acquire().await?;
    let sorted = |set: std::collections::HashSet<String>| {
        let mut list: Vec<String> = set.into_iter().collect();
        list.sort_unstable();
        list
    };
    Ok(Register {
        interventions: sorted(intervention_codes(&mut conn).await?),
        providers: sorted(provider_ids(&mut conn).await?),
    })
}

/// The guide to both kinds of file, for the upload page.
pub async fn guides(db: &Db) -> Result<Vec<ImportGuide>, DbError> {
    let register = register(db).await?;
    let column = |name: &str, required: bool, values: Vec<String>| ImportColumn {
        name: name.to_string(),
        required,
        values,
    };
    let codes = |list: &[&str]| list.iter().map(|c| c.to_string()).collect::<Vec<_>>();
    let cases = cases::COLUMNS
        .iter()
        .map(|&name| {
            let values = match name {
                "gender" => codes(&[Gender::Woman.code(), Gender::Man.code()]),
                "insats" => register.interventions.clone(),
                "end_reason" => EndReason::ALL
                    .iter()
                    .map(|r| r.code().to_string())
                    .collect(),
                "chosen" => ChosenBy::ALL
                    .iter()
                    .filter_map(|c| c.stored())
                    .map(str::to_string)
                    .collect(),
                _ => Vec::new(),
            };
            column(name, !OPTIONAL_CASE_COLUMNS.contains(&name), values)
        })
        .collect();
    let answers = survey::COLUMNS.len() - domain::model::statistics::SURVEY_AREAS.len();
    let survey = survey::COLUMNS
        .iter()
        .enumerate()
        .map(|(i, &name)| {
            let values = match name {
                "insats" => register.interventions.clone(),
                "language" => Locale::ALL.iter().map(|l| l.slug().to_string()).collect(),
                _ => Vec::new(),
            };
            // An answer may be skipped, but not every answer of a response.
            column(name, i < answers, values)
        })
        .collect();
    Ok(vec![
        ImportGuide {
            kind: ImportKind::Cases,
            columns: cases,
        },
        ImportGuide {
            kind: ImportKind::Survey,
            columns: survey,
        },
    ])
}

/// A small file of made-up rows in the right shape, with codes from this
/// portal's own catalogue and providers, so that it imports as it is.
pub async fn example_file(db: &Db, kind: ImportKind) -> Result<String, DbError> {
    let register = register(db).await?;
    let pick =
        |list: &[String], i: usize| list.get(i % list.len().max(1)).cloned().unwrap_or_default();
    let (insats, other_insats) = (
        pick(&register.interventions, 0),
        pick(&register.interventions, 1),
    );
    let (provider, other_provider) = (pick(&register.providers, 0), pick(&register.providers, 1));
    let rows: Vec<Vec<String>> = match kind {
        ImportKind::Cases => vec![
            vec![
                "EXAMPLE-1",
                "PERSON-1",
                "K",
                "1990",
                &insats,
                &provider,
                "2024-01-15",
                "2024-07-15",
                "2024-06-20",
                EndReason::Work.code(),
                "0",
                "customer",
            ],
            vec![
                "EXAMPLE-2",
                "PERSON-2",
                "M",
                "1985",
                &insats,
                &other_provider,
                "2024-02-01",
                "2024-08-01",
                "",
                "",
                "1",
                "default",
            ],
            vec![
                "EXAMPLE-3",
                "PERSON-1",
                "K",
                "1990",
                &other_insats,
                &provider,
                "2024-07-01",
                "2024-12-31",
                "2024-10-03",
                EndReason::Moved.code(),
                "0",
                "",
            ],
        ]
        .into_iter()
        .map(|row| row.into_iter().map(str::to_string).collect())
        .collect(),
        ImportKind::Survey => vec![
            vec![
                "EXAMPLE-1",
                &provider,
                &insats,
                "2024",
                "sv",
                "5",
                "4",
                "4",
                "5",
            ],
            vec![
                "EXAMPLE-2",
                &other_provider,
                &insats,
                "2024",
                "ar",
                "3",
                "",
                "4",
                "2",
            ],
        ]
        .into_iter()
        .map(|row| row.into_iter().map(str::to_string).collect())
        .collect(),
    };
    let header: &[&str] = match kind {
        ImportKind::Cases => &cases::COLUMNS,
        ImportKind::Survey => &survey::COLUMNS,
    };
    let mut file = header.join(",");
    file.push('\n');
    for row in rows {
        file.push_str(&row.join(","));
        file.push('\n');
    }
    Ok(file)
}
