//! Server functions: the pages' only way to data. On the server they call
//! the [`Backend`](crate::backend::Backend); in the browser they are HTTP calls.

use leptos::prelude::*;

/// Published statistics.
pub mod statistics;

use crate::{
    error::AppError,
    i18n::Locale,
    model::{KundvalSummary, LevelListing, ListingQuery, ProviderProfile},
};

/// The kundval and levels offered today.
#[server(prefix = "/api", endpoint = "catalogue")]
pub async fn get_catalogue() -> Result<Vec<KundvalSummary>, AppError> {
    let backend = crate::backend::use_backend()?;
    backend.catalogue(backend.today()).await
}

/// One level's provider list, by its code (`ami2`, case-insensitive).
#[server(prefix = "/api", endpoint = "level")]
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
#[server(prefix = "/api", endpoint = "provider")]
pub async fn get_provider_profile(id: String, locale: Locale) -> Result<ProviderProfile, AppError> {
    let backend = crate::backend::use_backend()?;
    backend.provider_profile(&id, locale, backend.today()).await
}

/// Public profiles of the given providers, in the given order; unknown ids
/// are left out.
#[server(prefix = "/api", endpoint = "compare")]
pub async fn get_comparison(
    ids: Vec<String>,
    locale: Locale,
) -> Result<Vec<ProviderProfile>, AppError> {
    let backend = crate::backend::use_backend()?;
    let mut profiles = Vec::new();
    for id in ids.iter().take(crate::pages::compare::MAX_COMPARED) {
        match backend.provider_profile(id, locale, backend.today()).await {
            Ok(profile) => profiles.push(profile),
            Err(AppError::NotFound) => {}
            Err(error) => return Err(error),
        }
    }
    Ok(profiles)
}
