//! A provider's contact details and visiting address, as its profile and the
//! "my choice" page show them.

use leptos::prelude::*;

use crate::{
    i18n::I18n,
    profile_fields::{FieldValues, ProfileField},
};

/// Phone, e-mail, web and visiting address as a list of terms, each a link
/// where it can be one. Numbers and addresses are isolated left to right:
/// in a right-to-left page `070-000 00 12` must not read `12 00 070-000`,
/// nor the postcode `131 30` read `30 131`.
pub fn contact_details(i18n: &I18n, fields: &FieldValues) -> impl IntoView {
    let not_stated = i18n.t("profile-not-stated");
    let contact = Contact::of(fields);
    let street_and_city = [contact.street_address.clone(), contact.city.clone()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>();
    let address = match (&contact.postal_code, &contact.city) {
        (Some(code), Some(city)) => Some(
            view! {
                {contact.street_address.clone().map(|street| format!("{street}, "))}
                <span dir="ltr">{code.clone()}</span>
                " "
                {city.clone()}
            }
            .into_any(),
        ),
        _ if !street_and_city.is_empty() => Some(street_and_city.join(", ").into_any()),
        _ => None,
    };
    let phone_href = contact.phone.as_ref().map(|p| {
        format!(
            "tel:{}",
            p.chars()
                .filter(|c| c.is_ascii_digit() || *c == '+')
                .collect::<String>()
        )
    });
    let text_or_not_stated =
        |value: &Option<String>| value.clone().unwrap_or_else(|| not_stated.clone());
    view! {
        <dl class="profile-facts contact-details">
            <dt>{i18n.t("profile-phone")}</dt>
            <dd>{match (contact.phone.clone(), phone_href) {
                (Some(phone), Some(href)) => view! { <a href=href dir="ltr">{phone}</a> }.into_any(),
                _ => not_stated.clone().into_any(),
            }}</dd>
            <dt>{i18n.t("profile-email")}</dt>
            <dd>{match contact.email.clone() {
                Some(email) => {
                    let href = format!("mailto:{email}");
                    view! { <a href=href dir="ltr">{email}</a> }.into_any()
                }
                None => not_stated.clone().into_any(),
            }}</dd>
            <dt>{i18n.t("profile-website")}</dt>
            <dd>{match contact.website.clone().filter(|w| w.starts_with("https://") || w.starts_with("http://")) {
                Some(site) => {
                    let href = site.clone();
                    view! { <a href=href rel="nofollow noopener" dir="ltr">{site}</a> }.into_any()
                }
                None => text_or_not_stated(&contact.website).into_any(),
            }}</dd>
            <dt>{i18n.t("profile-address")}</dt>
            <dd>{address.unwrap_or_else(|| not_stated.clone().into_any())}</dd>
        </dl>
    }
}

/// The contact fields of a profile, as this view joins and links them.
struct Contact {
    phone: Option<String>,
    email: Option<String>,
    website: Option<String>,
    street_address: Option<String>,
    postal_code: Option<String>,
    city: Option<String>,
}

impl Contact {
    fn of(fields: &FieldValues) -> Contact {
        let value = |field| fields.get(field).map(str::to_string);
        Contact {
            phone: value(ProfileField::Phone),
            email: value(ProfileField::Email),
            website: value(ProfileField::Website),
            street_address: value(ProfileField::StreetAddress),
            postal_code: value(ProfileField::PostalCode),
            city: value(ProfileField::City),
        }
    }
}
