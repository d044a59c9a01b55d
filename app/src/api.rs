//! The pages' one way to data: each page's question, asked of the
//! [`Backend`](crate::backend::Backend) the server provides while it renders
//! the page (staff pages ask [`Staff`](crate::backend::Staff) the same way).
//! Nothing here is an HTTP endpoint: no island needs data from the server.

/// Published statistics.
pub mod statistics;

use crate::{
    error::AppError,
    i18n::Locale,
    model::{Comparison, KundvalSummary, LevelListing, ListingQuery, MyChoice, ProviderProfile},
};

/// The kundval and levels offered today.
pub async fn get_catalogue() -> Result<Vec<KundvalSummary>, AppError> {
    let backend = crate::backend::use_backend()?;
    backend.catalogue(backend.today()).await
}

/// One level's provider list, by its code (`ami2`, case-insensitive).
pub async fn get_level_listing(
    code: String,
    query: ListingQuery,
) -> Result<LevelListing, AppError> {
    let backend = crate::backend::use_backend()?;
    backend
        .level_listing(&code.to_ascii_uppercase(), query, backend.today())
        .await
}

/// A provider's public profile.
pub async fn get_provider_profile(id: String, locale: Locale) -> Result<ProviderProfile, AppError> {
    let backend = crate::backend::use_backend()?;
    backend.provider_profile(&id, locale, backend.today()).await
}

/// Public profiles of the given providers, in the given order (unknown ids
/// are left out), and, when asked `with_results`, their key figures from
/// the latest publication.
pub async fn get_comparison(
    ids: Vec<String>,
    locale: Locale,
    with_results: bool,
) -> Result<Comparison, AppError> {
    let backend = crate::backend::use_backend()?;
    let mut profiles = Vec::new();
    for id in ids.iter().take(crate::pages::compare::MAX_COMPARED) {
        match backend.provider_profile(id, locale, backend.today()).await {
            Ok(profile) => profiles.push(profile),
            Err(AppError::NotFound) => {}
            Err(error) => return Err(error),
        }
    }
    // The results are a part of the comparison, not a condition for it:
    // without them (none asked, none published, or unreadable) the
    // profiles still compare.
    let published = match with_results {
        true => backend.published_statistics(None).await.ok().flatten(),
        false => None,
    };
    let statistics = published.map(|published| crate::model::ComparedStatistics {
        header: published.report.header(published.periods.clone()),
        key_figures: profiles
            .iter()
            .map(|profile| published.report.provider_level_figures(&profile.id))
            .collect(),
    });
    Ok(Comparison {
        profiles,
        statistics,
    })
}

/// A citizen's choice for the level `level` (`ami2`): the provider `provider`,
/// or, when none, the level's default provider today. Not found unless the
/// level is offered today and the provider holds it today, so a page can
/// never print a choice the customer cannot make.
pub async fn get_my_choice(
    level: String,
    provider: Option<String>,
    locale: Locale,
) -> Result<MyChoice, AppError> {
    let backend = crate::backend::use_backend()?;
    let today = backend.today();
    let code = level.to_ascii_uppercase();
    let (level, default) = backend
        .catalogue(today)
        .await?
        .into_iter()
        .find_map(|kundval| {
            let level = kundval
                .levels
                .into_iter()
                .find(|level| level.code == code && level.offered)?;
            let default = kundval
                .level_defaults
                .into_iter()
                .find(|(code, _)| *code == level.code)
                .map(|(_, default)| default);
            Some((level, default))
        })
        .ok_or(AppError::NotFound)?;
    let (id, kind) = match provider {
        Some(id) => (id, crate::model::ChoiceKind::Chosen),
        None => {
            let default = default.ok_or(AppError::NotFound)?;
            let until = default.until;
            (
                default.provider.id,
                crate::model::ChoiceKind::Default { until },
            )
        }
    };
    let provider = backend.provider_profile(&id, locale, today).await?;
    if !provider.levels.iter().any(|held| held.code == level.code) {
        return Err(AppError::NotFound);
    }
    Ok(MyChoice {
        level,
        provider,
        kind,
        made_on: today,
    })
}
