//! Server functions: the pages' only way to data. On the server they call
//! the [`Backend`](crate::backend::Backend); in the browser they are HTTP calls.

use leptos::prelude::*;

use crate::{
    error::AppError,
    model::{KundvalSummary, LevelPage},
};

/// The kundval and levels offered today.
#[server(prefix = "/api", endpoint = "catalogue")]
pub async fn get_catalogue() -> Result<Vec<KundvalSummary>, AppError> {
    let backend = crate::backend::use_backend()?;
    backend.catalogue(backend.today()).await
}

/// One level's page data, by its code (`ami2`, case-insensitive).
#[server(prefix = "/api", endpoint = "level")]
pub async fn get_level_page(code: String) -> Result<LevelPage, AppError> {
    let backend = crate::backend::use_backend()?;
    backend
        .level_page(&code.to_ascii_uppercase(), backend.today())
        .await
}
