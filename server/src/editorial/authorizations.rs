//! Administrators authorize providers per level with dates, end
//! authorizations, and add providers. Rows are never deleted: the history
//! drives the statistics and the default-provider rotation.

use chrono::NaiveDate;
use domain::model::{FieldError, OrganisationForm, SignedIn};

use super::{require_administrator, EditorialError};
use crate::db::{catalogue, providers, search_changes, Db};

fn field_error(field: &str, message_id: &str) -> EditorialError {
    EditorialError::Invalid(vec![FieldError::new(field, message_id)])
}

fn date(field: &str, text: &str) -> Result<NaiveDate, EditorialError> {
    text.trim()
        .parse::<NaiveDate>()
        .map_err(|_| field_error(field, "error-date-format"))
}

/// Whether [from, to] and [other_from, other_to] share a day (open ends run forever).
fn overlaps(from: NaiveDate, to: Option<NaiveDate>, other: (NaiveDate, Option<NaiveDate>)) -> bool {
    let (other_from, other_to) = other;
    to.is_none_or(|to| other_from <= to) && other_to.is_none_or(|other_to| from <= other_to)
}

/// Authorizes `provider_id` for `level` from `from` (until `to`, if given).
pub async fn authorize(
    db: &Db,
    who: &SignedIn,
    (provider_id, level, from, to): (&str, &str, &str, &str),
    now: &str,
) -> Result<(), EditorialError> {
    require_administrator(who)?;
    let from = date("from", from)?;
    let to = match to.trim() {
        "" => None,
        text => Some(date("to", text)?),
    };
    if to.is_some_and(|to| to < from) {
        return Err(field_error("to", "error-date-order"));
    }
    if !providers::exists(db, provider_id).await? {
        return Err(field_error("provider", "error-provider-unknown"));
    }
    // Only levels offered on the first day can be authorized.
    let offered = catalogue::level(db, level, from).await?;
    if !offered.is_some_and(|l| l.offered) {
        return Err(field_error("level", "error-level-not-offered"));
    }
    let existing = providers::authorizations_for(db, provider_id, level).await?;
    for (other_from, other_to) in existing {
        let other_from = other_from.parse::<NaiveDate>().ok();
        let other_to = other_to
            .as_deref()
            .and_then(|t| t.parse::<NaiveDate>().ok());
        if other_from.is_some_and(|f| overlaps(from, to, (f, other_to))) {
            return Err(field_error("from", "error-authorization-overlap"));
        }
    }
    let mut tx = db.pool().begin().await?;
    providers::authorize(&mut tx, provider_id, level, from, to).await?;
    search_changes::record(&mut tx, db.backend(), provider_id, now).await?;
    tx.commit().await?;
    Ok(())
}

/// Ends an open authorization after `last_day`.
pub async fn deauthorize(
    db: &Db,
    who: &SignedIn,
    authorization_id: &str,
    last_day: &str,
    now: &str,
) -> Result<(), EditorialError> {
    require_administrator(who)?;
    let id: i64 = authorization_id
        .trim()
        .parse()
        .map_err(|_| EditorialError::NotFound)?;
    let last_day = date("last_day", last_day)?;
    let (provider_id, _, from, to) = providers::authorization(db, id)
        .await?
        .ok_or(EditorialError::NotFound)?;
    if to.is_some() {
        return Err(EditorialError::AlreadyReviewed);
    }
    if from.parse::<NaiveDate>().is_ok_and(|from| last_day < from) {
        return Err(field_error("last_day", "error-date-order"));
    }
    let mut tx = db.pool().begin().await?;
    if !providers::end_authorization(&mut tx, id, last_day).await? {
        return Err(EditorialError::AlreadyReviewed);
    }
    search_changes::record(&mut tx, db.backend(), &provider_id, now).await?;
    tx.commit().await?;
    Ok(())
}

/// A provider id from its name: `Cognix Resurs AB` → `cognix-resurs-ab`.
fn slug(name: &str) -> String {
    let mut slug = String::new();
    for c in name.to_lowercase().chars() {
        let c = match c {
            'å' | 'ä' | 'á' | 'à' => 'a',
            'ö' | 'ó' | 'ø' => 'o',
            'é' | 'è' | 'ë' => 'e',
            'ü' | 'ú' => 'u',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        "provider".to_string()
    } else {
        slug.chars().take(48).collect()
    }
}

/// Adds a provider; returns its id.
pub async fn create_provider(
    db: &Db,
    who: &SignedIn,
    (name, organisation_form, organisation_number): (&str, &str, &str),
    now: &str,
) -> Result<String, EditorialError> {
    require_administrator(who)?;
    let mut errors = Vec::new();
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 120 || name.chars().any(char::is_control) {
        errors.push(FieldError::new("name", "error-provider-name"));
    }
    let form = OrganisationForm::from_code(organisation_form);
    if form.is_none() {
        errors.push(FieldError::new(
            "organisation_form",
            "error-organisation-form",
        ));
    }
    let number = domain::profile_fields::organisation_number(organisation_number);
    if number.is_none() {
        errors.push(FieldError::new(
            "organisation_number",
            "error-organisation-number-format",
        ));
    }
    let (Some(form), Some(number), true) = (form, number, errors.is_empty()) else {
        return Err(EditorialError::Invalid(errors));
    };
    let base = slug(name);
    let mut id = base.clone();
    let mut n = 2;
    while providers::exists(db, &id).await? {
        id = format!("{base}-{n}");
        n += 1;
    }
    let mut tx = db.pool().begin().await?;
    providers::insert(
        &mut tx,
        &providers::NewProvider {
            id: &id,
            name,
            organisation_form: form,
            organisation_number: Some(&number),
        },
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn provider_ids_are_plain_slugs_of_their_names() {
        assert_eq!(slug("Cognix Resurs AB"), "cognix-resurs-ab");
        assert_eq!(slug("Språkstöd Öst"), "sprakstod-ost");
        assert_eq!(slug("<>"), "provider");
    }

    #[test]
    fn authorizations_of_one_level_may_not_overlap() {
        let closed = (d("2024-01-01"), Some(d("2024-06-30")));
        assert!(overlaps(d("2024-06-30"), None, closed));
        assert!(!overlaps(d("2024-07-01"), None, closed));
        assert!(overlaps(d("2023-01-01"), None, (d("2024-01-01"), None)));
        assert!(!overlaps(
            d("2023-01-01"),
            Some(d("2023-12-31")),
            (d("2024-01-01"), None)
        ));
    }
}
