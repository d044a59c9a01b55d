//! `/:lang/account/providers/:id/addresses`: an administrator corrects a
//! provider's visiting addresses (a wrong point, a moved office). The
//! correction is published at once and kept in the profile's history.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::{for_administrators, profile_edit::address_rows};
use crate::{
    backend::use_staff,
    components::{
        error_view::ErrorView,
        forms::{error_summary, CsrfField},
    },
    i18n::{use_i18n, I18n},
    model::{AddressCorrection, ProfileDraft, SignedIn},
    pages::Prerendered,
    request::form_feedback,
    routes::Page,
};

/// The correction page of a provider's addresses.
pub fn addresses_page(provider_id: &str) -> Page {
    Page::Addresses {
        id: provider_id.to_string(),
    }
}

#[component]
pub fn AddressCorrectionPage() -> impl IntoView {
    let i18n = use_i18n();
    let provider_id = use_params_map()
        .read_untracked()
        .get("id")
        .unwrap_or_default();
    for_administrators(&i18n.clone(), move |who| {
        let staff = use_staff();
        let content = {
            let i18n = i18n.clone();
            Suspend::new(async move {
                let correction = match staff {
                    Ok(staff) => staff.address_correction(&who, &provider_id).await,
                    Err(error) => Err(error),
                };
                match correction {
                    Ok(correction) => correction_view(&i18n, &who, correction).prerendered(),
                    Err(error) => view! { <ErrorView error/> }.prerendered(),
                }
            })
        };
        view! { <Suspense>{content}</Suspense> }
    })
}

fn correction_view(i18n: &I18n, who: &SignedIn, correction: AddressCorrection) -> impl IntoView {
    let title = i18n.t_with(
        "addresses-correct-title",
        [("provider", correction.provider_name.clone().into())],
    );
    let feedback = form_feedback();
    let form = match correction.addresses {
        None => view! { <p class="notice">{i18n.t("addresses-correct-none")}</p> }.into_any(),
        Some(addresses) => {
            // A rejected post shows what was sent, not what is stored.
            let draft = match &feedback {
                Some(feedback) => ProfileDraft::from_form(&feedback.values),
                None => ProfileDraft {
                    addresses,
                    ..ProfileDraft::default()
                },
            };
            view! {
                {error_summary(i18n, feedback.as_ref())}
                <form class="stacked-form" method="post" action=i18n.href(&addresses_page(&correction.provider_id))>
                    <CsrfField token=who.csrf_token.clone()/>
                    {address_rows(i18n, &draft, feedback.as_ref())}
                    <div class="form-actions">
                        <button type="submit" class="button">{i18n.t("addresses-correct-submit")}</button>
                    </div>
                </form>
            }
            .into_any()
        }
    };
    view! {
        <Title text=format!("{title} – {}", i18n.t("site-name"))/>
        <p class="back-link"><a href=i18n.href(&Page::Providers)>{i18n.t("providers-admin-title")}</a></p>
        <h1>{title}</h1>
        <p>{i18n.t("addresses-correct-intro")}</p>
        {form}
    }
}
