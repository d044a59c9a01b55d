//! `/:lang/account/profile`: a provider's editor edits their own profile —
//! contact details, every structured fact from its vocabulary, and a
//! presentation per language (Swedish required) — then previews it.

use leptos::prelude::*;
use leptos_meta::Title;

use super::require_signed_in;
use crate::{
    backend::use_staff,
    components::{
        error_view::ErrorView,
        forms::{error_summary, error_text, field_id, textarea_text, CsrfField, TextField},
    },
    error::AppError,
    i18n::{use_i18n, I18n, Locale},
    model::{AddressDraft, AddressPart, FormFeedback, ProfileDraft, Role, SignedIn},
    pages::Prerendered,
    profile_fields::{ProfileField, Review},
    request::form_feedback,
    routes::Page,
    vocabulary::FactKind,
};

#[component]
pub fn ProfileEditPage() -> impl IntoView {
    let i18n = use_i18n();
    let Some(who) = require_signed_in(&i18n) else {
        return ().into_any();
    };
    if !matches!(who.role, Role::ProviderEditor { .. }) {
        return view! { <ErrorView error=AppError::Forbidden/> }.into_any();
    }
    let title = i18n.t("profile-edit-title");
    let feedback = form_feedback();
    let staff = use_staff();
    let content = {
        let i18n = i18n.clone();
        Suspend::new(async move {
            let profile = match staff {
                Ok(staff) => staff.editable_profile(&who).await,
                Err(error) => Err(error),
            };
            match profile {
                Ok(profile) => {
                    // A rejected post shows what was sent, not what is stored.
                    let draft = feedback
                        .as_ref()
                        .map(|f| ProfileDraft::from_form(&f.values))
                        .unwrap_or(profile.draft);
                    view! {
                        <p class="lead">{profile.provider_name}</p>
                        {edit_form(&i18n, &who, &draft, feedback.as_ref())}
                    }
                    .prerendered()
                }
                Err(error) => view! { <ErrorView error/> }.prerendered(),
            }
        })
    };
    view! {
        <Title text=format!("{title} – {}", i18n.t("site-name"))/>
        <p class="back-link"><a href=i18n.href(&Page::Account)>{i18n.t("account-title")}</a></p>
        <h1>{title}</h1>
        <p>{i18n.t("profile-edit-intro")}</p>
        <Suspense>{content}</Suspense>
    }
    .into_any()
}

fn edit_form(
    i18n: &I18n,
    who: &SignedIn,
    draft: &ProfileDraft,
    feedback: Option<&FormFeedback>,
) -> impl IntoView {
    // Fields that publish at once go with the contact details, the rest
    // with the facts that wait for review; each fieldset says which.
    let text_fields = |review: Review| {
        ProfileField::ALL
            .into_iter()
            .filter(|field| field.spec().review == review)
            .map(|field| {
                let spec = field.spec();
                TextField {
                    name: spec.name,
                    label: i18n.t(spec.label_id),
                    value: draft.fields[field].clone(),
                    input_type: spec.input_type,
                    required: false,
                    max_length: spec.max_chars,
                    autocomplete: spec.autocomplete,
                    hint: Some(i18n.t(&format!("{}-hint", spec.label_id))),
                }
                .render(i18n, feedback)
            })
            .collect_view()
    };
    let contact = text_fields(Review::AtOnce);
    let reviewed = text_fields(Review::ByStaff);
    let facts = FactKind::ALL
        .into_iter()
        .map(|kind| fact_fieldset(i18n, draft, kind))
        .collect_view();
    let presentations = Locale::ALL
        .into_iter()
        .map(|locale| presentation_field(i18n, draft, locale, feedback))
        .collect_view();
    view! {
        {error_summary(i18n, feedback)}
        <form class="stacked-form" method="post" action=i18n.href(&Page::ProfileEdit)>
            <CsrfField token=who.csrf_token.clone()/>
            <fieldset>
                <legend>{i18n.t("profile-contact-heading")}</legend>
                <p class="field-hint">{i18n.t("profile-edit-contact-note")}</p>
                {contact}
            </fieldset>
            <fieldset>
                <legend>{i18n.t("profile-facts-heading")}</legend>
                <p class="field-hint">{i18n.t("profile-edit-review-note")}</p>
                {reviewed}
                {facts}
            </fieldset>
            <fieldset>
                <legend>{i18n.t("profile-addresses-heading")}</legend>
                <p class="field-hint">{i18n.t("profile-edit-addresses-note")}</p>
                {address_rows(i18n, draft, feedback)}
            </fieldset>
            <fieldset>
                <legend>{i18n.t("profile-presentation-heading")}</legend>
                <p class="field-hint">{i18n.t("profile-edit-presentation-note")}</p>
                {presentations}
            </fieldset>
            <div class="form-actions">
                <button type="submit" name="intent" value="preview" class="button">{i18n.t("profile-edit-preview")}</button>
            </div>
        </form>
    }
}

/// One group of fields per visiting address, and one empty group more
/// (up to the most a profile lists) to add another without JavaScript.
pub(crate) fn address_rows(
    i18n: &I18n,
    draft: &ProfileDraft,
    feedback: Option<&FormFeedback>,
) -> impl IntoView {
    let empty = AddressDraft::default();
    // Rows posted beyond the most allowed stay in view, so the error that
    // says so points at a field the editor can empty.
    let rows = (draft.addresses.len() + 1)
        .min(ProfileDraft::ADDRESSES_MAX)
        .max(draft.addresses.len());
    (1..=rows)
        .map(|index| {
            let address = draft.addresses.get(index - 1).unwrap_or(&empty);
            let fields = AddressPart::ALL
                .into_iter()
                .map(|part| {
                    let name = part.field(index);
                    TextField {
                        name: &name,
                        label: i18n.t(part.label_id()),
                        value: address.part(part).to_string(),
                        input_type: "text",
                        required: false,
                        max_length: part.max_chars(),
                        autocomplete: part.autocomplete(),
                        hint: (part == AddressPart::Coordinates)
                            .then(|| i18n.t(&format!("{}-hint", part.label_id()))),
                    }
                    .render(i18n, feedback)
                    .into_any()
                })
                .collect::<Vec<_>>();
            view! {
                <fieldset class="address-row">
                    <legend>{i18n.t_with("profile-address-legend", [("number", index.into())])}</legend>
                    {fields}
                </fieldset>
            }
        })
        .collect_view()
}

fn fact_fieldset(i18n: &I18n, draft: &ProfileDraft, kind: FactKind) -> impl IntoView {
    let name = ProfileDraft::fact_field(kind);
    let boxes = kind
        .vocabulary()
        .iter()
        .map(|code| {
            let id = format!("{}-{code}", field_id(&name));
            let checked = draft
                .facts
                .iter()
                .any(|fact| fact.kind == kind && fact.code == *code);
            view! {
                <li class="check">
                    <input type="checkbox" id=id.clone() name=name.clone() value=code.to_string() checked=checked/>
                    <label for=id>{i18n.t(&kind.value_message_id(code))}</label>
                </li>
            }
        })
        .collect_view();
    view! {
        <fieldset class="checks">
            <legend>{i18n.t(&kind.message_id())}</legend>
            <ul>{boxes}</ul>
        </fieldset>
    }
}

fn presentation_field(
    i18n: &I18n,
    draft: &ProfileDraft,
    locale: Locale,
    feedback: Option<&FormFeedback>,
) -> impl IntoView {
    let name = ProfileDraft::presentation_field(locale.slug());
    let id = field_id(&name);
    let error = feedback.and_then(|f| f.error(&name)).cloned();
    let error_id = format!("{id}-error");
    let required = locale == Locale::Swedish;
    let label = if required {
        i18n.t_with(
            "field-presentation-required",
            [("language", locale.native_name().into())],
        )
    } else {
        i18n.t_with(
            "field-presentation",
            [("language", locale.native_name().into())],
        )
    };
    view! {
        <div class="field" class:field--invalid=error.is_some()>
            <label for=id.clone()>{label}</label>
            {error.as_ref().map(|e| view! { <p class="field-error" id=error_id.clone()>{error_text(i18n, e)}</p> })}
            <textarea
                id=id
                name=name
                rows="6"
                lang=locale.html_lang()
                dir=locale.direction().as_str()
                required=required
                data-missing=required.then(|| i18n.t("error-presentation-required"))
                maxlength=ProfileDraft::PRESENTATION_MAX.to_string()
                aria-invalid=error.is_some().then_some("true")
                aria-describedby=error.is_some().then_some(error_id.clone())
            >
                {textarea_text(draft.presentation(locale.slug()))}
            </textarea>
        </div>
    }
}
