//! What the index knows of a provider, loaded from the database: its name,
//! the presentations of its newest published profile in every language,
//! and the labels of its structured facts in every locale with their
//! search synonyms.

use std::sync::Arc;

use app::i18n::Localizer;
use domain::locale::Locale;
use domain::vocabulary::FactKind;

use crate::db::{Db, DbError};

#[derive(Clone, Debug, PartialEq)]
pub struct SearchDocument {
    pub provider_id: String,
    pub name: String,
    /// (locale slug, presentation).
    pub texts: Vec<(String, String)>,
    /// Fact labels translated into every locale, each with its locale's
    /// slug, e.g. ("sv", "arabiska"), ("en", "Arabic"), and the facts'
    /// search synonyms (`FactKind::search_synonyms`) as Swedish and English.
    pub labels: Vec<(String, String)>,
}

/// Documents of every provider with a published profile.
pub async fn load_all(db: &Db, localizer: &Arc<Localizer>) -> Result<Vec<SearchDocument>, DbError> {
    load(db, localizer, None).await
}

/// Documents of the given providers (those without a published profile are absent).
pub async fn load_providers(
    db: &Db,
    localizer: &Arc<Localizer>,
    provider_ids: &[String],
) -> Result<Vec<SearchDocument>, DbError> {
    let mut documents = Vec::new();
    for id in provider_ids {
        documents.extend(load(db, localizer, Some(id)).await?);
    }
    Ok(documents)
}

const LATEST_PUBLISHED: &str =
    "SELECT MAX(id) FROM profile_version WHERE status = 'published' GROUP BY provider_id";

async fn load(
    db: &Db,
    localizer: &Arc<Localizer>,
    only: Option<&str>,
) -> Result<Vec<SearchDocument>, DbError> {
    let provider_filter = if only.is_some() { "AND p.id = $1" } else { "" };
    let bind = only.unwrap_or_default();
    let providers: Vec<(String, String, i64)> = sqlx::query_as(&format!(
        "SELECT p.id, p.name, v.id FROM provider p JOIN profile_version v ON v.provider_id = p.id
          WHERE v.id IN ({LATEST_PUBLISHED}) {provider_filter} ORDER BY p.id"
    ))
    .bind(bind)
    .fetch_all(db.pool())
    .await?;
    let texts: Vec<(i64, String, String)> = sqlx::query_as(&format!(
        "SELECT t.version_id, t.locale, t.presentation FROM profile_text t
           JOIN profile_version v ON v.id = t.version_id JOIN provider p ON p.id = v.provider_id
          WHERE t.version_id IN ({LATEST_PUBLISHED}) {provider_filter}"
    ))
    .bind(bind)
    .fetch_all(db.pool())
    .await?;
    let facts: Vec<(i64, String, String)> = sqlx::query_as(&format!(
        "SELECT f.version_id, f.kind, f.code FROM profile_fact f
           JOIN profile_version v ON v.id = f.version_id JOIN provider p ON p.id = v.provider_id
          WHERE f.version_id IN ({LATEST_PUBLISHED}) {provider_filter}"
    ))
    .bind(bind)
    .fetch_all(db.pool())
    .await?;

    Ok(providers
        .into_iter()
        .map(|(provider_id, name, version)| SearchDocument {
            texts: texts
                .iter()
                .filter(|(v, _, _)| *v == version)
                .map(|(_, locale, text)| (locale.clone(), text.clone()))
                .collect(),
            labels: facts
                .iter()
                .filter(|(v, _, _)| *v == version)
                .filter_map(|(_, kind, code)| Some((FactKind::from_code(kind)?, code)))
                .flat_map(|(kind, code)| {
                    let id = kind.value_message_id(code);
                    let (swedish, english) = kind.search_synonyms(code);
                    Locale::ALL
                        .into_iter()
                        .map(move |locale| {
                            (
                                locale.slug().to_string(),
                                localizer.format(locale, &id, None),
                            )
                        })
                        .chain(
                            [("sv", swedish), ("en", english)]
                                .into_iter()
                                .filter(|(_, words)| !words.is_empty())
                                .map(|(slug, words)| (slug.to_string(), words.to_string())),
                        )
                })
                .collect(),
            provider_id,
            name,
        })
        .collect())
}
