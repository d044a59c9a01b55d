//! Open data at stable addresses, from the published public figures only:
//!
//! - `GET /open-data/statistics/{period}.csv` and `.json`: the case statistics
//! - `GET /open-data/survey/{period}.csv` and `.json`: the customer survey
//! - `GET /open-data/catalog.jsonld`: DCAT-AP-SE style metadata (JSON-LD)
//!   describing every dataset and distribution in Swedish and English
//!
//! `{period}` is `2023` for a calendar year, else `2023-01-01_2023-06-30`.
//! The schema is documented on `/{lang}/open-data` and in README.md.

use std::sync::Arc;

use app::{
    i18n::{FluentArgs, Localizer},
    routes::{Endpoint, Page},
};
use axum::{
    extract::{Path, State},
    http::{header, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
    routing::get,
    Router,
};
use domain::{
    backend::{PublishedStatistics, SharedBackend},
    error::AppError,
    locale::Locale,
    model::statistics::{PublishedPeriod, ReportPeriod},
};
use serde_json::{json, Value};

use super::AppState;
use crate::stats::open_data::{self, Dataset};

pub fn router() -> Router<AppState> {
    Router::new()
        .route(Endpoint::OpenDataCatalog.pattern(), get(catalog))
        .route(Endpoint::OPEN_DATA_FILE_PATTERN, get(dataset_file))
}

/// Published figures change only when staff publish: five minutes of
/// caching spares the database and is never far behind.
const CACHE: &str = "public, max-age=300";

fn plain(status: StatusCode, text: &'static str) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        text,
    )
        .into_response()
}

fn failure(error: AppError) -> Response {
    match error {
        AppError::NotFound => plain(StatusCode::NOT_FOUND, "not found\n"),
        _ => plain(StatusCode::SERVICE_UNAVAILABLE, "service unavailable\n"),
    }
}

/// `/open-data/{dataset}/{period}.{csv|json}`.
async fn dataset_file(
    State(backend): State<SharedBackend>,
    Path((dataset, file)): Path<(String, String)>,
) -> Response {
    let Some(dataset) = Dataset::from_code(&dataset) else {
        return failure(AppError::NotFound);
    };
    let Some((key, format)) = file.rsplit_once('.') else {
        return failure(AppError::NotFound);
    };
    if !matches!(format, "csv" | "json") {
        return failure(AppError::NotFound);
    }
    let published = match backend.published_statistics(Some(key)).await {
        Ok(Some(published)) => published,
        Ok(None) => return failure(AppError::NotFound),
        Err(error) => return failure(error),
    };
    let report = &published.report;
    if dataset == Dataset::Survey && !report.has_survey {
        return failure(AppError::NotFound);
    }
    let rows = open_data::rows(report, dataset);
    if format == "csv" {
        match open_data::csv(&rows) {
            Ok(text) => (
                [
                    (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                    (header::CACHE_CONTROL, CACHE),
                ],
                text,
            )
                .into_response(),
            Err(error) => {
                tracing::error!(%error, "open data CSV");
                failure(AppError::Unavailable)
            }
        }
    } else {
        (
            [(header::CACHE_CONTROL, CACHE)],
            axum::Json(open_data::json(report, dataset, &rows)),
        )
            .into_response()
    }
}

/// `/open-data/catalog.jsonld`: every published period's datasets.
async fn catalog(
    State(backend): State<SharedBackend>,
    State(localizer): State<Arc<Localizer>>,
    State(public_url): State<domain::model::PublicUrl>,
) -> Response {
    let periods = match backend.published_statistics(None).await {
        Ok(Some(published)) => published.periods,
        Ok(None) => Vec::new(),
        Err(error) => return failure(error),
    };
    // Whether each period was published with a survey (parsed once, cached).
    let mut listed = Vec::new();
    for published in periods {
        match backend
            .published_statistics(Some(&published.period.key()))
            .await
        {
            Ok(Some(PublishedStatistics { report, .. })) => {
                listed.push((published, report.has_survey))
            }
            Ok(None) => {}
            Err(error) => return failure(error),
        }
    }
    // Absolute addresses from the configured public address, never from the
    // request's Host: the catalogue is cached publicly.
    let url = |path: &str| public_url.join(path);
    let body = catalog_document(&localizer, &listed, &url);
    let mut response = (
        [(header::CACHE_CONTROL, CACHE)],
        serde_json::to_string_pretty(&body).unwrap_or_default(),
    )
        .into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/ld+json; charset=utf-8"),
    );
    response
}

/// A text in Swedish and English, as JSON-LD language-tagged values.
fn both(localizer: &Localizer, id: &str, period: Option<&str>) -> Value {
    let mut args = FluentArgs::new();
    if let Some(period) = period {
        args.set("period", period.to_string());
    }
    json!([
        { "@value": localizer.format(Locale::Swedish, id, Some(&args)), "@language": "sv" },
        { "@value": localizer.format(Locale::English, id, Some(&args)), "@language": "en" },
    ])
}

fn period_label(period: &ReportPeriod) -> String {
    let key = period.key();
    if key.len() == 4 {
        key
    } else {
        format!("{} – {}", period.from, period.to)
    }
}

fn catalog_document(
    localizer: &Localizer,
    periods: &[(PublishedPeriod, bool)],
    url: &dyn Fn(&str) -> String,
) -> Value {
    const LICENSE: &str = "http://creativecommons.org/publicdomain/zero/1.0/";
    let publisher = json!({
        "@type": "foaf:Organization",
        "foaf:name": both(localizer, "open-data-publisher", None),
    });
    let contact = json!({
        "@type": "vcard:Organization",
        "vcard:fn": both(localizer, "open-data-publisher", None),
        "vcard:hasURL": { "@id": url(&Page::OpenData.href(Locale::Swedish)) },
    });
    let mut datasets = Vec::new();
    for (published_period, has_survey) in periods {
        let key = published_period.period.key();
        let label = period_label(&published_period.period);
        for dataset in Dataset::ALL {
            // The survey dataset exists only for periods published with one.
            if dataset == Dataset::Survey && !has_survey {
                continue;
            }
            let code = dataset.code();
            let file = |format: &str| {
                let file = Endpoint::OpenDataFile {
                    dataset: code.to_string(),
                    file: format!("{key}.{format}"),
                };
                file.href()
            };
            let dataset_id = Endpoint::OpenDataset {
                dataset: code.to_string(),
                period: key.clone(),
            };
            let distribution = |format: &str, media: &str| {
                json!({
                    "@type": "dcat:Distribution",
                    "@id": url(&file(format)),
                    "dcterms:title": both(localizer, &format!("open-data-{code}-title"), Some(&label)),
                    "dcat:accessURL": { "@id": url(&Page::OpenData.href(Locale::Swedish)) },
                    "dcat:downloadURL": { "@id": url(&file(format)) },
                    "dcat:mediaType": { "@id": format!("http://www.iana.org/assignments/media-types/{media}") },
                    "dcterms:format": format.to_ascii_uppercase(),
                    "dcterms:license": { "@id": LICENSE },
                    "dcterms:issued": { "@value": published_period.published_at, "@type": "xsd:dateTime" },
                })
            };
            datasets.push(json!({
                "@type": "dcat:Dataset",
                "@id": url(&dataset_id.href()),
                "dcterms:identifier": format!("jamforaren-{code}-{key}"),
                "dcterms:title": both(localizer, &format!("open-data-{code}-title"), Some(&label)),
                "dcterms:description": both(localizer, &format!("open-data-{code}-description"), None),
                "dcterms:publisher": publisher,
                "dcat:contactPoint": contact,
                "dcterms:license": { "@id": LICENSE },
                "dcterms:accessRights": { "@id": "http://publications.europa.eu/resource/authority/access-right/PUBLIC" },
                "dcat:theme": { "@id": "http://publications.europa.eu/resource/authority/data-theme/SOCI" },
                "dcterms:language": [
                    { "@id": "http://publications.europa.eu/resource/authority/language/SWE" },
                    { "@id": "http://publications.europa.eu/resource/authority/language/ENG" },
                ],
                "dcterms:issued": { "@value": published_period.published_at, "@type": "xsd:dateTime" },
                "dcterms:temporal": {
                    "@type": "dcterms:PeriodOfTime",
                    "dcat:startDate": { "@value": published_period.period.from, "@type": "xsd:date" },
                    "dcat:endDate": { "@value": published_period.period.to, "@type": "xsd:date" },
                },
                "dcat:landingPage": { "@id": url(&Page::OpenData.href(Locale::Swedish)) },
                "dcat:distribution": [
                    distribution("csv", "text/csv"),
                    distribution("json", "application/json"),
                ],
            }));
        }
    }
    json!({
        "@context": {
            "dcat": "http://www.w3.org/ns/dcat#",
            "dcterms": "http://purl.org/dc/terms/",
            "foaf": "http://xmlns.com/foaf/0.1/",
            "vcard": "http://www.w3.org/2006/vcard/ns#",
            "xsd": "http://www.w3.org/2001/XMLSchema#",
        },
        "@type": "dcat:Catalog",
        "@id": url(&Endpoint::OpenDataCatalog.href()),
        "dcterms:title": both(localizer, "open-data-catalog-title", None),
        "dcterms:description": both(localizer, "open-data-catalog-description", None),
        "dcterms:publisher": publisher,
        "dcterms:license": { "@id": LICENSE },
        "dcterms:language": [
            { "@id": "http://publications.europa.eu/resource/authority/language/SWE" },
            { "@id": "http://publications.europa.eu/resource/authority/language/ENG" },
        ],
        "foaf:homepage": { "@id": url(&Page::OpenData.href(Locale::Swedish)) },
        "dcat:dataset": datasets,
    })
}
