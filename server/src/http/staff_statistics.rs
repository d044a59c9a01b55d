//! Form posts of the staff statistics page: publishing a period, and
//! uploading a case or survey file, which is imported in the background
//! while its page shows progress. Administrators only, checked here and
//! again by the services.

use app::routes::{Notice, Page};
use axum::{
    extract::{Multipart, State},
    response::{IntoResponse, Response},
    Json,
};
use chrono::{Datelike, NaiveDate, Utc};
use domain::{
    error::AppError,
    model::{statistics::ImportKind, FieldError, Role, SignedIn},
};
use http::{request::Parts, StatusCode};
use tokio::io::AsyncWriteExt;

use super::{
    forms::{self, feedback, render_page, value, Located, Outcome, Pairs, SignedInPost},
    AppState,
};
use crate::{
    accounts::timestamp,
    import::{
        jobs::{self, StartError, Upload},
        uploads::{UploadDir, UploadedFile},
    },
    stats::{publish, Period},
};

/// The page every form here belongs to.
const PAGE: Page = Page::StaffStatistics;

/// The largest file the upload page takes: a million cases are about 90 MB.
pub const UPLOAD_LIMIT: usize = 512 * 1024 * 1024;

/// The period a publish form names: a calendar year, or a from–to range.
fn period_of(pairs: &Pairs, today: NaiveDate) -> Result<Period, Vec<FieldError>> {
    if value(pairs, "scope") == "range" {
        let date = |name: &str| {
            NaiveDate::parse_from_str(value(pairs, name).trim(), "%Y-%m-%d")
                .map_err(|_| FieldError::new(name, "error-statistics-date"))
        };
        return match (date("from"), date("to")) {
            (Ok(from), Ok(to)) => Period::new(from, to)
                .map_err(|_| vec![FieldError::new("to", "error-statistics-period-order")]),
            (from, to) => Err([from.err(), to.err()].into_iter().flatten().collect()),
        };
    }
    match value(pairs, "year").trim().parse::<i32>() {
        Ok(year) if (2000..=today.year()).contains(&year) => Ok(Period::calendar_year(year)),
        _ => Err(vec![FieldError::new("year", "error-statistics-year")]),
    }
}

/// `POST /{lang}/account/statistics`: publishes a period's statistics.
pub async fn publish(State(state): State<AppState>, post: SignedInPost) -> Response {
    let SignedInPost { form, who } = post;
    let outcome = if who.role != Role::Administrator {
        Outcome::Refused(AppError::Forbidden)
    } else {
        match period_of(&form.pairs, state.backend.today()) {
            Ok(period) => publish_period(&state, &who, period).await,
            Err(errors) => Outcome::invalid(errors),
        }
    };
    form.answer::<()>(&state, outcome).await
}

async fn publish_period(state: &AppState, who: &SignedIn, period: Period) -> Outcome {
    let now = timestamp(Utc::now());
    let published = publish::publish(
        &state.db,
        period,
        &state.disclosure,
        &who.display_name,
        &now,
    );
    match published.await {
        Ok(publication) => {
            tracing::info!(id = publication.snapshot.id, by = %who.username, "statistics published");
            let publication = Page::Publication {
                id: publication.snapshot.id.to_string(),
            };
            Outcome::done(publication, Notice::StatisticsPublished)
        }
        Err(error) => {
            tracing::error!(%error, "publishing statistics failed");
            let failed = vec![FieldError::new("year", "error-statistics-failed")];
            Outcome::Again(failed, StatusCode::SERVICE_UNAVAILABLE)
        }
    }
}

/// Why an upload was turned away before its import started.
enum UploadRejected {
    /// The form itself: the page again with this error.
    Form(FieldError),
    /// No session, no valid form token or too large: answered already.
    Answered(Response),
}

/// The longest value of a form field that is not the file (the token, the
/// kind): anything longer is refused unread.
const FIELD_LIMIT: usize = 4 * 1024;
/// The most fields the form may have; it has three.
const FIELD_COUNT_LIMIT: usize = 8;

/// `POST /{lang}/account/statistics/import` (multipart): saves the file and
/// starts its import, then shows the import's page.
///
/// Who is asking is decided from the request's head before a byte of its
/// body is read: without an administrator's session the post is refused
/// (403), and so is a body larger than the upload limit (413).
pub async fn upload(
    State(state): State<AppState>,
    Located { locale, .. }: Located,
    parts: Parts,
    multipart: Multipart,
) -> Response {
    let who = match parts.extensions.get::<domain::model::SignedIn>() {
        Some(who) if who.role == Role::Administrator => who.clone(),
        _ => return forms::error_page(&state, &parts, Some(locale), AppError::Forbidden).await,
    };
    let declared = parts
        .headers
        .get(http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|length| length > UPLOAD_LIMIT as u64) {
        return forms::error_page(&state, &parts, Some(locale), AppError::TooLarge).await;
    }
    let page = PAGE.href(locale);
    let (kind, saved) = match receive(&state, locale, &parts, multipart).await {
        Ok(received) => received,
        Err(UploadRejected::Answered(response)) => return response,
        Err(UploadRejected::Form(error)) => {
            return render_page(
                &state,
                &parts,
                &page,
                feedback(&Pairs::new(), vec![error]),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    };
    let upload = Upload {
        kind,
        file_name: saved.name,
        file: saved.file,
        bytes: saved.bytes,
    };
    match jobs::start(
        &state.db,
        &state.imports,
        upload,
        who.account_id,
        Utc::now(),
    )
    .await
    {
        Ok(id) => forms::see_other(&Page::ImportJob { id: id.to_string() }.href(locale)),
        Err(StartError::Busy) => {
            render_page(
                &state,
                &parts,
                &page,
                feedback(
                    &Pairs::new(),
                    vec![FieldError::new("file", "error-import-busy")],
                ),
                StatusCode::CONFLICT,
            )
            .await
        }
        Err(StartError::Db(error)) => {
            tracing::error!(%error, "cannot start an import");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

/// A file saved from an upload (removed when `file` is dropped).
struct SavedFile {
    file: UploadedFile,
    name: String,
    bytes: u64,
}

/// A text field's value, or `None` when it is longer than [`FIELD_LIMIT`]
/// (read no further).
async fn small_text(field: &mut axum::extract::multipart::Field<'_>) -> Option<String> {
    let mut bytes = Vec::new();
    while let Some(chunk) = field.chunk().await.ok()? {
        if bytes.len() + chunk.len() > FIELD_LIMIT {
            return None;
        }
        bytes.extend_from_slice(&chunk);
    }
    Some(String::from_utf8_lossy(&bytes).into_owned())
}

/// Reads the form of a signed-in administrator: the token and the kind come
/// before the file in the form, so a forged post is turned away before
/// anything is saved, and no field but the file is held past a few KB.
async fn receive(
    state: &AppState,
    locale: domain::locale::Locale,
    parts: &Parts,
    mut multipart: Multipart,
) -> Result<(ImportKind, SavedFile), UploadRejected> {
    let too_large = || async {
        UploadRejected::Answered(
            forms::error_page(state, parts, Some(locale), AppError::TooLarge).await,
        )
    };
    let mut pairs = Pairs::new();
    let mut kind = None;
    let mut saved = None;
    let mut fields = 0;
    loop {
        let mut field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(error) if error.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                return Err(too_large().await)
            }
            Err(error) => {
                tracing::info!(%error, "an upload could not be read");
                return Err(UploadRejected::Form(FieldError::new(
                    "file",
                    "error-import-upload",
                )));
            }
        };
        fields += 1;
        if fields > FIELD_COUNT_LIMIT {
            return Err(too_large().await);
        }
        let name = field.name().unwrap_or_default().to_string();
        if name != "file" {
            match small_text(&mut field).await {
                Some(text) => pairs.push((name, text)),
                None => return Err(too_large().await),
            }
            continue;
        }
        if saved.is_some() {
            return Err(too_large().await);
        }
        // The file: only once the form's token is checked.
        forms::signed_in(state, locale, &PAGE, parts, &pairs)
            .await
            .map_err(UploadRejected::Answered)?;
        // The kind comes first in the form: a wrong one saves nothing.
        kind =
            Some(ImportKind::from_slug(value(&pairs, "kind")).ok_or_else(|| {
                UploadRejected::Form(FieldError::new("kind", "error-import-kind"))
            })?);
        let file_name = field.file_name().map(shown_file_name).unwrap_or_default();
        saved = Some(save(&state.uploads, field, file_name).await?);
    }
    let Some(saved) = saved else {
        // No file field at all: check the form like any other post first.
        forms::signed_in(state, locale, &PAGE, parts, &pairs)
            .await
            .map_err(UploadRejected::Answered)?;
        return Err(UploadRejected::Form(FieldError::new(
            "file",
            "error-import-no-file",
        )));
    };
    if saved.bytes == 0 {
        return Err(UploadRejected::Form(FieldError::new(
            "file",
            "error-import-no-file",
        )));
    }
    let kind =
        kind.ok_or_else(|| UploadRejected::Form(FieldError::new("kind", "error-import-kind")))?;
    Ok((kind, saved))
}

/// A file name as the page may show it: the last path part, printable, short.
fn shown_file_name(raw: &str) -> String {
    let base = raw.rsplit(['/', '\\']).next().unwrap_or_default();
    let clean: String = base.chars().filter(|c| !c.is_control()).take(120).collect();
    if clean.trim().is_empty() {
        "upload.csv".to_string()
    } else {
        clean
    }
}

/// Streams the file into the private upload folder, never holding it in
/// memory.
async fn save(
    uploads: &UploadDir,
    mut field: axum::extract::multipart::Field<'_>,
    name: String,
) -> Result<SavedFile, UploadRejected> {
    let failed = |error: &dyn std::fmt::Display| {
        tracing::info!(%error, "an upload could not be saved");
        UploadRejected::Form(FieldError::new("file", "error-import-upload"))
    };
    let (mut file, guard) = uploads.create().await.map_err(|e| {
        tracing::error!(error = %e, "cannot create a file in the upload folder");
        failed(&e)
    })?;
    let mut saved = SavedFile {
        file: guard,
        name,
        bytes: 0,
    };
    while let Some(chunk) = field.chunk().await.map_err(|e| failed(&e))? {
        file.write_all(&chunk).await.map_err(|e| failed(&e))?;
        saved.bytes += chunk.len() as u64;
    }
    file.flush().await.map_err(|e| failed(&e))?;
    Ok(saved)
}

/// `GET /{lang}/account/statistics/imports/{id}/progress`: how far the
/// import got, as JSON in the reader's language, for the page's progress
/// bar. Administrators only.
pub async fn progress(
    State(state): State<AppState>,
    Located { locale, page }: Located,
    parts: Parts,
) -> Response {
    let Page::ImportProgress { id } = page else {
        return forms::error_page(&state, &parts, Some(locale), AppError::NotFound).await;
    };
    let Ok(id) = id.parse::<i64>() else {
        return forms::error_page(&state, &parts, Some(locale), AppError::NotFound).await;
    };
    let Some(who) = parts.extensions.get::<domain::model::SignedIn>() else {
        return StatusCode::UNAUTHORIZED.into_response();
    };
    match state.staff.import_job(who, id).await {
        Ok(job) => {
            let i18n = app::i18n::I18n::new(locale, state.localizer.clone());
            Json(app::pages::account::statistics::progress_update(
                &i18n, &job,
            ))
            .into_response()
        }
        Err(AppError::Forbidden) => StatusCode::FORBIDDEN.into_response(),
        Err(AppError::NotFound) => StatusCode::NOT_FOUND.into_response(),
        Err(_) => StatusCode::SERVICE_UNAVAILABLE.into_response(),
    }
}

/// `GET /{lang}/account/statistics/examples/{file}`: an example file
/// (`cases.csv`, `survey.csv`) in the shape the import reads, with this
/// portal's own codes. Administrators only, like the page that links it.
pub async fn example(
    State(state): State<AppState>,
    Located { locale, page }: Located,
    parts: Parts,
) -> Response {
    let Page::ExampleFile { file } = page else {
        return forms::error_page(&state, &parts, Some(locale), AppError::NotFound).await;
    };
    let Some(kind) = file.strip_suffix(".csv").and_then(ImportKind::from_slug) else {
        return forms::error_page(&state, &parts, Some(locale), AppError::NotFound).await;
    };
    let administrator = parts
        .extensions
        .get::<domain::model::SignedIn>()
        .is_some_and(|who| who.role == Role::Administrator);
    if !administrator {
        return forms::error_page(&state, &parts, Some(locale), AppError::Forbidden).await;
    }
    match crate::import::guide::example_file(&state.db, kind).await {
        Ok(body) => (
            [
                (
                    http::header::CONTENT_TYPE,
                    "text/csv; charset=utf-8".to_string(),
                ),
                (
                    http::header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"{}-example.csv\"", kind.slug()),
                ),
            ],
            body,
        )
            .into_response(),
        Err(error) => {
            tracing::error!(%error, "example import file");
            forms::error_page(&state, &parts, Some(locale), AppError::Unavailable).await
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(fields: &[(&str, &str)]) -> Pairs {
        fields
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect()
    }

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn a_year_up_to_this_one_is_a_calendar_year() {
        let period = period_of(&form(&[("year", "2024")]), day("2025-03-14")).unwrap();
        assert_eq!(
            (period.from, period.to),
            (day("2024-01-01"), day("2024-12-31"))
        );
        for year in ["2026", "1999", "20x4", ""] {
            let errors = period_of(&form(&[("year", year)]), day("2025-03-14")).unwrap_err();
            assert_eq!(errors[0].message_id, "error-statistics-year", "{year:?}");
        }
    }

    #[test]
    fn a_range_needs_two_dates_in_order() {
        let range = |from, to| form(&[("scope", "range"), ("from", from), ("to", to)]);
        let today = day("2025-03-14");
        let period = period_of(&range("2024-01-01", "2024-06-30"), today).unwrap();
        assert_eq!(period.to, day("2024-06-30"));
        let errors = period_of(&range("2024-07-01", "2024-06-30"), today).unwrap_err();
        assert_eq!(errors[0].message_id, "error-statistics-period-order");
        let errors = period_of(&range("yesterday", "2024-13-01"), today).unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["from", "to"]);
    }

    #[test]
    fn a_file_name_is_shown_without_its_folders_or_control_characters() {
        assert_eq!(shown_file_name("C:\\Users\\a\\cases.csv"), "cases.csv");
        assert_eq!(shown_file_name("../../etc/passwd"), "passwd");
        assert_eq!(shown_file_name("bad\u{7}name.csv"), "badname.csv");
        assert_eq!(shown_file_name(""), "upload.csv");
    }
}
