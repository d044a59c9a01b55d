//! `/:lang/invitation/:token`: the person invited chooses a username and a
//! password. An expired, used or unknown link says so and offers nothing.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::{
    backend::use_staff,
    components::{
        error_view::ErrorView,
        forms::{error_summary, CsrfField, TextField},
    },
    i18n::{use_i18n, I18n},
    model::{InvitationCheck, Role},
    pages::Prerendered,
    request::{form_feedback, form_token},
    routes::Page,
};

#[component]
pub fn InvitationPage() -> impl IntoView {
    let i18n = use_i18n();
    let token = use_params_map()
        .read_untracked()
        .get("token")
        .unwrap_or_default();
    let title = i18n.t("invitation-accept-title");
    let staff = use_staff();
    let content = {
        let i18n = i18n.clone();
        Suspend::new(async move {
            let check = match staff {
                Ok(staff) => staff.invitation(&token).await,
                Err(error) => Err(error),
            };
            match check {
                Ok(InvitationCheck::Valid {
                    role,
                    provider_name,
                }) => accept_form(&i18n, &token, role, provider_name).prerendered(),
                Ok(unusable) => {
                    #[cfg(feature = "ssr")]
                    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
                        response.set_status(http::StatusCode::GONE);
                    }
                    let message = match unusable {
                        InvitationCheck::Expired => "invitation-expired",
                        InvitationCheck::Used => "invitation-used",
                        _ => "invitation-unknown",
                    };
                    view! { <p class="notice">{i18n.t(message)}</p> }.prerendered()
                }
                Err(error) => view! { <ErrorView error/> }.prerendered(),
            }
        })
    };
    view! {
        <Title text=format!("{title} – {}", i18n.t("site-name"))/>
        <h1>{title}</h1>
        <Suspense>{content}</Suspense>
    }
}

fn accept_form(
    i18n: &I18n,
    token: &str,
    role: Role,
    provider_name: Option<String>,
) -> impl IntoView {
    let feedback = form_feedback();
    let invited_as = match (&role, provider_name) {
        (Role::ProviderEditor { .. }, Some(name)) => {
            i18n.t_with("invitation-as-editor", [("provider", name.into())])
        }
        _ => i18n.t("invitation-as-admin"),
    };
    let field = |name: &'static str,
                 input_type: &'static str,
                 autocomplete: &'static str,
                 max: usize,
                 hint: Option<String>| {
        TextField {
            name,
            label: i18n.t(&format!("field-{name}")),
            value: String::new(),
            input_type,
            required: true,
            max_length: max,
            autocomplete,
            hint,
        }
        // The server never sends a password back (`http::forms::rejected`).
        .render(i18n, feedback.as_ref())
    };
    view! {
        <p>{invited_as}</p>
        {error_summary(i18n, feedback.as_ref())}
        <form method="post" action=i18n.href(&Page::Invitation { token: token.to_string() }) class="stacked-form">
            <CsrfField token=form_token()/>
            {field("username", "text", "username", 64, Some(i18n.t("field-username-hint")))}
            {field("display_name", "text", "name", 100, None)}
            {field("new_password", "password", "new-password", 200, Some(i18n.t("field-new_password-hint")))}
            {field("confirm_password", "password", "new-password", 200, None)}
            <div class="form-actions">
                <button type="submit" class="button">{i18n.t("invitation-accept-submit")}</button>
            </div>
        </form>
    }
}
