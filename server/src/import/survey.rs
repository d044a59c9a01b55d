//! Survey import: the customer survey's answers (kundenkät) from the survey
//! tool's CSV export.
//!
//! | column | meaning |
//! |---|---|
//! | response_id | unique id of the response in the survey tool; importing it again updates it |
//! | provider_id | the provider the respondent had; must exist |
//! | insats | the intervention code, as in the case file |
//! | period | the calendar year whose customers were asked, four digits |
//! | language | the language the survey was answered in: sv, lattlast, en, ar, prs, fa, so, ti or ru |
//! | reception, information, participation, development | the answer per question area, 1–5 (5 best), empty when skipped |
//!
//! At least one answer per response. Reading, reporting and writing are
//! [`super::import`]'s, as for cases: all rows or none, every problem with
//! its line and column, streaming.

use std::{collections::HashSet, future::Future, io::Read};

use domain::locale::Locale;
use sqlx::AnyConnection;

use super::{printable_id, FieldProblems, FileKind, ImportError, ImportSummary, Problem};
use crate::db::{
    cases,
    survey::{self, Answers, NewResponse},
    Db, DbError,
};

/// The columns a survey file has, each exactly once. The answer columns are
/// the question areas of `domain::model::statistics::SURVEY_AREAS`, in order.
pub const COLUMNS: [&str; 9] = [
    "response_id",
    "provider_id",
    "insats",
    "period",
    "language",
    "reception",
    "information",
    "participation",
    "development",
];

const RESPONSE_ID: usize = 0;
const PROVIDER_ID: usize = 1;
const INSATS: usize = 2;
const PERIOD: usize = 3;
const LANGUAGE: usize = 4;
const FIRST_ANSWER: usize = 5;

/// Imports a survey file: all rows or, on any problem, none.
pub async fn import<R: Read>(
    db: &Db,
    input: R,
    imported_at: &str,
    progress: impl FnMut(u64),
) -> Result<ImportSummary, ImportError> {
    let kind = {
        let mut conn = db.pool().acquire().await?;
        SurveyFile {
            interventions: cases::intervention_codes(&mut conn).await?,
            providers: cases::provider_ids(&mut conn).await?,
        }
    };
    super::import(db, &kind, input, imported_at, progress).await
}

struct SurveyFile {
    interventions: HashSet<String>,
    providers: HashSet<String>,
}

impl FileKind for SurveyFile {
    type Row = NewResponse;
    const COLUMNS: &'static [&'static str] = &COLUMNS;
    const ID_COLUMN: usize = RESPONSE_ID;

    fn batch_size(&self, db: &Db) -> usize {
        survey::batch_size(db.backend())
    }

    fn write<'a>(
        conn: &'a mut AnyConnection,
        rows: &'a [NewResponse],
        imported_at: &'a str,
    ) -> impl Future<Output = Result<(), DbError>> + Send + 'a {
        survey::upsert(conn, rows, imported_at)
    }

    fn row<'r>(&self, field: &dyn Fn(usize) -> &'r str) -> Result<NewResponse, FieldProblems> {
        let mut problems: FieldProblems = Vec::new();
        let mut required = |c: usize| {
            let value = field(c);
            if value.is_empty() {
                problems.push((Some(c), Problem::Missing));
            }
            value
        };
        let response_id = required(RESPONSE_ID);
        let provider = required(PROVIDER_ID);
        let intervention = required(INSATS);
        let period = required(PERIOD);
        let language = required(LANGUAGE);
        printable_id(RESPONSE_ID, response_id, &mut problems);
        if !provider.is_empty() && !self.providers.contains(provider) {
            problems.push((Some(PROVIDER_ID), Problem::UnknownProvider(provider.into())));
        }
        let intervention = if intervention.is_empty() {
            String::new()
        } else {
            super::intervention_code(intervention, &self.interventions).unwrap_or_else(|problem| {
                problems.push((Some(INSATS), problem));
                String::new()
            })
        };
        let year = if period.len() == 4 && period.bytes().all(|b| b.is_ascii_digit()) {
            period.parse::<i64>().ok()
        } else {
            if !period.is_empty() {
                problems.push((Some(PERIOD), Problem::SurveyYear(period.into())));
            }
            None
        };
        if !language.is_empty() && Locale::from_slug(language).is_none() {
            let known: Vec<&str> = Locale::ALL.iter().map(|l| l.slug()).collect();
            problems.push((
                Some(LANGUAGE),
                Problem::Language(language.into(), known.join(", ")),
            ));
        }
        let mut answers: Answers = [None; 4];
        for (k, answer) in answers.iter_mut().enumerate() {
            let text = field(FIRST_ANSWER + k);
            if text.is_empty() {
                continue;
            }
            match text.parse::<i64>() {
                Ok(n) if (1..=5).contains(&n) && text.len() == 1 => *answer = Some(n),
                _ => problems.push((Some(FIRST_ANSWER + k), Problem::Answer(text.into()))),
            }
        }
        let any_answer_given = (0..answers.len()).any(|k| !field(FIRST_ANSWER + k).is_empty());
        if !any_answer_given {
            problems.push((None, Problem::NoAnswers));
        }
        match year {
            Some(survey_year) if problems.is_empty() => Ok(NewResponse {
                response_id: response_id.into(),
                provider_id: provider.into(),
                intervention_code: intervention,
                survey_year,
                language: language.into(),
                answers,
            }),
            // A missing year has pushed a problem.
            _ => Err(problems),
        }
    }
}
