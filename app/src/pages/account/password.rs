//! `/:lang/account/password`: a signed-in editor or administrator changes
//! their own password. The current password is asked for; on success every
//! other session of the account ends (`server::accounts::change_password`).

use leptos::prelude::*;
use leptos_meta::Title;

use super::require_signed_in;
use crate::{
    components::forms::{error_summary, CsrfField, TextField},
    i18n::use_i18n,
    request::form_feedback,
    routes::Page,
};

#[component]
pub fn PasswordPage() -> impl IntoView {
    let i18n = use_i18n();
    let Some(who) = require_signed_in(&i18n) else {
        return ().into_any();
    };
    let title = i18n.t("password-title");
    let feedback = form_feedback();
    let field = |name: &'static str, autocomplete: &'static str, hint: Option<String>| {
        TextField {
            name,
            label: i18n.t(&format!("field-{name}")),
            value: String::new(),
            input_type: "password",
            required: true,
            max_length: 200,
            autocomplete,
            hint,
        }
        // The server never sends a password back (`http::forms::feedback`).
        .render(&i18n, feedback.as_ref())
    };
    view! {
        <Title text=format!("{title} – {}", i18n.t("site-name"))/>
        <h1>{title.clone()}</h1>
        <p>{i18n.t("password-intro")}</p>
        {error_summary(&i18n, feedback.as_ref())}
        <form method="post" action=i18n.href(&Page::Password) class="stacked-form">
            <CsrfField token=who.csrf_token.clone()/>
            {field("current_password", "current-password", None)}
            {field("new_password", "new-password", Some(i18n.t("field-new_password-hint")))}
            {field("confirm_password", "new-password", None)}
            <div class="form-actions">
                <button type="submit" class="button">{i18n.t("password-submit")}</button>
            </div>
        </form>
        <p><a href=i18n.href(&Page::Account)>{i18n.t("account-title")}</a></p>
    }
    .into_any()
}
