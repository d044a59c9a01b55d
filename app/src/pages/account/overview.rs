//! `/:lang/account`: what the signed-in person does next. An editor sees
//! their profile's state; an administrator sees changes to review and
//! profiles gone stale.

use leptos::prelude::*;
use leptos_meta::Title;

use super::{done_notice, require_signed_in};
use crate::{
    backend::use_staff,
    components::{error_view::ErrorView, forms::CsrfField},
    i18n::{use_i18n, I18n},
    model::{EditableProfile, ReviewState, Role, SignedIn, StaffOverview},
    pages::Prerendered,
    routes::Page,
};

#[component]
pub fn AccountPage() -> impl IntoView {
    let i18n = use_i18n();
    let Some(who) = require_signed_in(&i18n) else {
        return ().into_any();
    };
    let title = i18n.t("account-title");
    let staff = use_staff();
    let content = {
        let i18n = i18n.clone();
        let who = who.clone();
        Suspend::new(async move {
            let staff = match staff {
                Ok(staff) => staff,
                Err(error) => return view! { <ErrorView error/> }.prerendered(),
            };
            let result = match &who.role {
                Role::Administrator => staff
                    .overview(&who)
                    .await
                    .map(|overview| administrator_view(&i18n, overview).prerendered()),
                Role::ProviderEditor { .. } => staff
                    .editable_profile(&who)
                    .await
                    .map(|profile| editor_view(&i18n, profile).prerendered()),
            };
            result.unwrap_or_else(|error| view! { <ErrorView error/> }.prerendered())
        })
    };
    view! {
        <Title text=format!("{title} – {}", i18n.t("site-name"))/>
        <h1>{title}</h1>
        {done_notice(&i18n)}
        <p>{i18n.t_with("account-signed-in-as", [("name", who.display_name.clone().into())])}</p>
        <Suspense>{content}</Suspense>
        <p><a href=i18n.href(&Page::Password)>{i18n.t("password-title")}</a></p>
        {sign_out_forms(&i18n, &who)}
    }
    .into_any()
}

fn editor_view(i18n: &I18n, profile: EditableProfile) -> impl IntoView {
    let updated = match &profile.updated_on {
        Some(date) => i18n.t_with("profile-updated", [("date", i18n.date_text(date).into())]),
        None => i18n.t("account-never-published"),
    };
    let review = profile.review.map(|review| match review {
        ReviewState::Pending { submitted_on } => view! {
            <p class="notice">{i18n.t_with("account-review-pending", [("date", submitted_on.into())])}</p>
        }
        .into_any(),
        ReviewState::Returned { comment, reviewed_on } => view! {
            <div class="notice">
                <p>{i18n.t_with("account-review-returned", [("date", reviewed_on.into())])}</p>
                <blockquote>{comment}</blockquote>
            </div>
        }
        .into_any(),
    });
    view! {
        <section aria-labelledby="own-profile">
            <h2 id="own-profile">{profile.provider_name.clone()}</h2>
            <p>{updated}</p>
            {profile.stale.then(|| view! { <p class="notice">{i18n.t("account-profile-stale")}</p> })}
            {review}
            <ul class="action-list">
                <li><a href=i18n.href(&Page::ProfileEdit)>{i18n.t("account-edit-profile")}</a></li>
                <li><a href=i18n.href(&Page::Provider { id: profile.provider_id.to_string() })>{i18n.t("account-public-profile")}</a></li>
            </ul>
        </section>
    }
}

fn administrator_view(i18n: &I18n, overview: StaffOverview) -> impl IntoView {
    let pending = if overview.pending.is_empty() {
        view! { <p>{i18n.t("account-no-pending")}</p> }.into_any()
    } else {
        let items = overview
            .pending
            .into_iter()
            .map(|review| {
                let href = i18n.href(&Page::Review {
                    id: review.version_id.to_string(),
                });
                view! {
                    <li>
                        <a href=href>{review.provider_name}</a>
                        " – "
                        {i18n.t_with("account-submitted-by", [
                            ("name", review.submitted_by.into()),
                            ("date", review.submitted_on.into()),
                        ])}
                    </li>
                }
            })
            .collect_view();
        view! { <ul>{items}</ul> }.into_any()
    };
    let stale = if overview.stale.is_empty() {
        view! { <p>{i18n.t("account-no-stale")}</p> }.into_any()
    } else {
        let items = overview
            .stale
            .into_iter()
            .map(|profile| {
                let when = match profile.updated_on {
                    Some(date) => {
                        i18n.t_with("profile-updated", [("date", i18n.date_text(&date).into())])
                    }
                    None => i18n.t("account-never-published"),
                };
                view! { <li>{profile.provider_name} " – " {when}</li> }
            })
            .collect_view();
        view! { <ul>{items}</ul> }.into_any()
    };
    view! {
        <section aria-labelledby="pending-heading">
            <h2 id="pending-heading">{i18n.t("account-pending-heading")}</h2>
            {pending}
        </section>
        <section aria-labelledby="stale-heading">
            <h2 id="stale-heading">{i18n.t("account-stale-heading")}</h2>
            {stale}
        </section>
        <section aria-labelledby="admin-heading">
            <h2 id="admin-heading">{i18n.t("account-admin-heading")}</h2>
            <ul class="action-list">
                <li><a href=i18n.href(&Page::Providers)>{i18n.t("providers-admin-title")}</a></li>
                <li><a href=i18n.href(&Page::Invitations)>{i18n.t("invitations-title")}</a></li>
                <li><a href=i18n.href(&Page::StaffStatistics)>{i18n.t("staff-statistics-title")}</a></li>
            </ul>
        </section>
    }
}

fn sign_out_forms(i18n: &I18n, who: &SignedIn) -> impl IntoView {
    view! {
        <section aria-labelledby="sign-out-heading" class="sign-out">
            <h2 id="sign-out-heading">{i18n.t("sign-out-heading")}</h2>
            <form method="post" action=i18n.href(&Page::SignOut)>
                <CsrfField token=who.csrf_token.clone()/>
                <button type="submit" class="button button--secondary">{i18n.t("sign-out")}</button>
            </form>
            <form method="post" action=i18n.href(&Page::SignOutEverywhere)>
                <CsrfField token=who.csrf_token.clone()/>
                <button type="submit" class="button button--secondary">{i18n.t("sign-out-everywhere")}</button>
            </form>
        </section>
    }
}
