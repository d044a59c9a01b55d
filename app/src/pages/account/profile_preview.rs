//! `/:lang/account/profile/preview`: the edited profile exactly as the public
//! will see it, before it is sent. Reached by posting the edit form; the
//! draft travels on in hidden fields, so nothing is stored until it is sent.

use leptos::prelude::*;
use leptos_meta::Title;

use super::require_signed_in;
use crate::{
    components::forms::CsrfField, i18n::use_i18n, model::ProfilePreview,
    pages::provider::profile_view, request::redirect, routes::Page,
};

#[component]
pub fn ProfilePreviewPage() -> impl IntoView {
    let i18n = use_i18n();
    let Some(who) = require_signed_in(&i18n) else {
        return ().into_any();
    };
    let Some(preview) = use_context::<ProfilePreview>() else {
        // Asked for directly: there is nothing to preview.
        redirect(&i18n.href(&Page::ProfileEdit));
        return ().into_any();
    };
    let hidden = preview
        .draft
        .to_form()
        .into_iter()
        .map(|(name, value)| view! { <input type="hidden" name=name value=value/> })
        .collect_view();
    let title = i18n.t("profile-preview-title");
    view! {
        <Title text=format!("{title} – {}", i18n.t("site-name"))/>
        <div class="preview-banner" role="note">
            <h2>{title}</h2>
            <p>{i18n.t("profile-preview-intro")}</p>
            <form method="post" action=i18n.href(&Page::ProfileEdit) class="form-actions">
                <CsrfField token=who.csrf_token.clone()/>
                {hidden}
                <button type="submit" name="intent" value="submit" class="button">{i18n.t("profile-preview-submit")}</button>
                <button type="submit" name="intent" value="edit" class="button button--secondary">{i18n.t("profile-preview-edit")}</button>
            </form>
        </div>
        <div class="preview">{profile_view(&i18n, preview.profile, None, None)}</div>
    }
    .into_any()
}
