//! Sign-in for provider editors and administrators. Citizens never need an account.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    components::forms::{error_summary, CsrfField, TextField},
    i18n::use_i18n,
    request::{form_feedback, form_token, signed_in},
    routes::Page,
};

#[component]
pub fn SignInPage() -> impl IntoView {
    let i18n = use_i18n();
    let title = i18n.t("sign-in-title");
    let feedback = form_feedback();
    let body = match signed_in() {
        Some(who) => view! {
            <p>{i18n.t_with("sign-in-already", [("name", who.display_name.into())])}</p>
            <p><a href=i18n.href(&Page::Account)>{i18n.t("account-title")}</a></p>
        }
        .into_any(),
        None => view! {
            {error_summary(&i18n, feedback.as_ref())}
            <form class="stacked-form" method="post" action=i18n.href(&Page::SignIn)>
                <CsrfField token=form_token()/>
                {TextField {
                    name: "username",
                    label: i18n.t("field-username"),
                    value: String::new(),
                    input_type: "text",
                    required: true,
                    max_length: 64,
                    autocomplete: "username",
                    hint: None,
                }
                .render(&i18n, feedback.as_ref())}
                {TextField {
                    name: "password",
                    label: i18n.t("field-password"),
                    value: String::new(),
                    input_type: "password",
                    required: true,
                    max_length: 200,
                    autocomplete: "current-password",
                    hint: None,
                }
                .render(&i18n, None)}
                <div class="form-actions">
                    <button type="submit" class="button">{i18n.t("sign-in-submit")}</button>
                </div>
            </form>
            <p class="note">{i18n.t("sign-in-who")}</p>
        }
        .into_any(),
    };
    view! {
        <Title text=format!("{title} – {}", i18n.t("site-name"))/>
        <h1>{title}</h1>
        {super::done_notice(&i18n)}
        {body}
    }
}
