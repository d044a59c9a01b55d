//! Pieces of the signed-in forms: the CSRF field, the error summary and
//! labelled fields that show their own error. The forms post to the server
//! and work without JavaScript; the browser checks what HTML can (required,
//! lengths, types) before they are sent, and the server checks everything.

use leptos::prelude::*;

use super::form_messages::FormMessages;
use crate::{
    i18n::{FluentValue, I18n},
    model::{FieldError, FormFeedback},
};

/// The session's token, sent back with every form that changes something;
/// with it, every form gets the browser's checks in the page's language.
#[component]
pub fn CsrfField(token: String) -> impl IntoView {
    view! {
        <input type="hidden" name="csrf" value=token/>
        <FormMessages/>
    }
}

/// The translated messages a field's browser check shows (see
/// [`FormMessages`](super::form_messages::FormMessages)): for an empty required field, and for a value the
/// field's type refuses.
pub fn browser_messages(
    i18n: &I18n,
    input_type: &str,
    required: bool,
) -> (Option<String>, Option<String>) {
    let mismatch = match input_type {
        "email" => Some("error-email-format"),
        "url" => Some("error-website-format"),
        "date" => Some("error-date-format"),
        _ => None,
    };
    (
        required.then(|| i18n.t("error-required")),
        mismatch.map(|id| i18n.t(id)),
    )
}

/// A field error's text in the reader's language.
pub fn error_text(i18n: &I18n, error: &FieldError) -> String {
    i18n.t_with(
        &error.message_id,
        error
            .args
            .iter()
            .map(|(name, value)| (name.as_str(), FluentValue::from(*value))),
    )
}

/// The list of what to fix, first on the page, each linking to its field
/// (the pattern screen-reader users know from public services).
pub fn error_summary(i18n: &I18n, feedback: Option<&FormFeedback>) -> impl IntoView {
    let errors = feedback
        .map(|f| f.errors.clone())
        .filter(|errors| !errors.is_empty())?;
    let items = errors
        .iter()
        .map(|error| {
            // An expired form has no field to point at.
            if error.field == "csrf" {
                return view! { <li>{error_text(i18n, error)}</li> }.into_any();
            }
            let href = format!("#{}", field_id(&error.field));
            view! { <li><a href=href>{error_text(i18n, error)}</a></li> }.into_any()
        })
        .collect_view();
    Some(view! {
        <div class="error-summary" role="alert" tabindex="-1" id="error-summary">
            <h2>{i18n.t("form-error-summary")}</h2>
            <ul>{items}</ul>
        </div>
    })
}

/// The id of a field's input, from its form name.
/// A `<textarea>`'s content, escaped. tachys writes the children of a
/// textarea unescaped (as it does those of `script`, `style` and
/// `noscript`), so a text holding `</textarea>` would close the element and
/// the rest would be read as markup. Escaped here, it is text; the browser
/// decodes the references back, so the field shows exactly what was typed.
/// Every textarea's content goes through this.
pub fn textarea_text(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            c => escaped.push(c),
        }
    }
    escaped
}

pub fn field_id(name: &str) -> String {
    format!("field-{}", name.replace(['[', ']', '.'], "-"))
}

/// A labelled input for one form field.
pub struct TextField<'a> {
    pub name: &'a str,
    pub label: String,
    pub value: String,
    /// `text`, `email`, `tel`, `url`, `password`, `number` …
    pub input_type: &'static str,
    pub required: bool,
    pub max_length: usize,
    pub autocomplete: &'static str,
    pub hint: Option<String>,
}

impl TextField<'_> {
    pub fn render(self, i18n: &I18n, feedback: Option<&FormFeedback>) -> impl IntoView {
        let id = field_id(self.name);
        let error = feedback.and_then(|f| f.error(self.name)).cloned();
        let hint_id = format!("{id}-hint");
        let error_id = format!("{id}-error");
        let described_by = [
            self.hint.as_ref().map(|_| hint_id.clone()),
            error.as_ref().map(|_| error_id.clone()),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
        let value = feedback
            .and_then(|f| f.value(self.name))
            .map(str::to_string)
            .unwrap_or(self.value);
        let (missing, mismatch) = browser_messages(i18n, self.input_type, self.required);
        view! {
            <div class="field" class:field--invalid=error.is_some()>
                <label for=id.clone()>{self.label}</label>
                {self.hint.map(|hint| view! { <p class="field-hint" id=hint_id.clone()>{hint}</p> })}
                {error.as_ref().map(|e| view! { <p class="field-error" id=error_id.clone()>{error_text(i18n, e)}</p> })}
                <input
                    id=id
                    name=self.name.to_string()
                    type=self.input_type
                    value=value
                    required=self.required
                    maxlength=self.max_length.to_string()
                    autocomplete=self.autocomplete
                    aria-invalid=error.is_some().then_some("true")
                    aria-describedby=(!described_by.is_empty()).then_some(described_by)
                    data-missing=missing
                    data-mismatch=mismatch
                />
            </div>
        }
    }
}
