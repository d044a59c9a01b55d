//! The pages' questions about published statistics: only ever the public figures.

use crate::{
    error::AppError,
    model::statistics::{
        LevelStatistics, ProviderKeyFigures, ProviderStatistics, PublishedPeriod,
        StatisticsOverview,
    },
};

/// A period key from a URL: `2023` or `2023-01-01_2023-06-30`; none (the
/// latest) when the URL names none. A key no period could have is not
/// found, as an unpublished period is: a mistyped address says so rather
/// than showing another period.
pub fn period_key(candidate: Option<String>) -> Result<Option<String>, AppError> {
    match candidate.filter(|key| !key.is_empty()) {
        None => Ok(None),
        Some(key)
            if (4..=21).contains(&key.len())
                && key
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b == b'-' || b == b'_') =>
        {
            Ok(Some(key))
        }
        Some(_) => Err(AppError::NotFound),
    }
}

/// All interventions of a period; none when nothing is published yet.
pub async fn get_statistics_overview(
    period: Option<String>,
) -> Result<Option<StatisticsOverview>, AppError> {
    let backend = crate::backend::use_backend()?;
    let key = period_key(period)?;
    Ok(backend
        .published_statistics(key.as_deref())
        .await?
        .map(|published| published.report.overview_page(published.periods)))
}

/// One intervention's statistics, by its code (`ami2`, case-insensitive).
pub async fn get_level_statistics(
    code: String,
    period: Option<String>,
) -> Result<LevelStatistics, AppError> {
    let backend = crate::backend::use_backend()?;
    let key = period_key(period)?;
    let published = backend
        .published_statistics(key.as_deref())
        .await?
        .ok_or(AppError::NotFound)?;
    published
        .report
        .level_page(&code.to_ascii_uppercase(), published.periods)
        .ok_or(AppError::NotFound)
}

/// One provider's statistics.
pub async fn get_provider_statistics(
    id: String,
    period: Option<String>,
) -> Result<ProviderStatistics, AppError> {
    let backend = crate::backend::use_backend()?;
    let key = period_key(period)?;
    let published = backend
        .published_statistics(key.as_deref())
        .await?
        .ok_or(AppError::NotFound)?;
    published
        .report
        .provider_page(&id, published.periods)
        .ok_or(AppError::NotFound)
}

/// A provider's key figures from the latest published period, for its
/// profile; none when it has none there.
pub async fn get_provider_key_figures(id: String) -> Result<Option<ProviderKeyFigures>, AppError> {
    let backend = crate::backend::use_backend()?;
    Ok(backend
        .published_statistics(None)
        .await?
        .and_then(|published| {
            published
                .report
                .provider_key_figures(&id, published.periods)
        }))
}

/// Every published period, newest first, and whether it has survey figures:
/// the open-data page's list of files.
pub async fn get_open_data_periods() -> Result<Vec<(PublishedPeriod, bool)>, AppError> {
    let backend = crate::backend::use_backend()?;
    let Some(latest) = backend.published_statistics(None).await? else {
        return Ok(Vec::new());
    };
    let mut listed = Vec::new();
    for published in latest.periods {
        let key = published.period.key();
        if let Some(found) = backend.published_statistics(Some(&key)).await? {
            listed.push((published, found.report.has_survey));
        }
    }
    Ok(listed)
}

#[cfg(test)]
mod tests {
    use super::period_key;
    use crate::error::AppError;

    #[test]
    fn only_period_keys_pass_from_a_url() {
        assert_eq!(period_key(Some("2023".into())).unwrap().as_deref(), Some("2023"));
        assert!(period_key(Some("2023-01-01_2023-06-30".into()))
            .unwrap()
            .is_some());
        assert_eq!(period_key(None).unwrap(), None);
        assert_eq!(period_key(Some(String::new())).unwrap(), None);
    }

    #[test]
    fn a_key_no_period_could_have_is_not_found_rather_than_the_latest() {
        for key in ["<script>", "20", "garbage", "-1", "%ZZ", &"2".repeat(60_000)] {
            assert!(
                matches!(period_key(Some(key.into())), Err(AppError::NotFound)),
                "{key}"
            );
        }
    }
}
