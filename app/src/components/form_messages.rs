//! The island that words the browser's own form checks in the page's
//! language (the messages come translated from the server).

use leptos::prelude::*;

/// The browser checks a form's fields (required, e-mail, web address, date)
/// before sending it, but words its messages in the browser's language.
/// This island puts the page's own words in their place: each field carries
/// its messages, translated by the server, as `data-missing` (an empty
/// required field) and `data-mismatch` (a value of the wrong form).
/// Without JavaScript the browser's words remain, and the server checks
/// everything again either way.
#[island]
pub fn FormMessages() -> impl IntoView {
    let marker = NodeRef::<leptos::html::Span>::new();
    Effect::new(move |_| {
        #[cfg(feature = "hydrate")]
        if let Some(marker) = marker.get() {
            speak_the_page_language(&marker);
        }
    });
    view! { <span node_ref=marker hidden=true></span> }
}

/// Listens on the marker's form: when a field is found invalid, its message
/// becomes the page's; typing in it clears that again.
#[cfg(feature = "hydrate")]
fn speak_the_page_language(marker: &web_sys::Element) {
    use wasm_bindgen::{closure::Closure, JsCast};

    let Ok(Some(form)) = marker.closest("form") else {
        return;
    };
    let on_invalid = Closure::<dyn Fn(web_sys::Event)>::new(|event: web_sys::Event| {
        let Some(target) = event.target() else {
            return;
        };
        let (validity, element) = if let Some(input) = target.dyn_ref::<web_sys::HtmlInputElement>()
        {
            (
                input.validity(),
                input.unchecked_ref::<web_sys::Element>().clone(),
            )
        } else if let Some(area) = target.dyn_ref::<web_sys::HtmlTextAreaElement>() {
            (
                area.validity(),
                area.unchecked_ref::<web_sys::Element>().clone(),
            )
        } else {
            return;
        };
        let message = if validity.value_missing() {
            element.get_attribute("data-missing")
        } else if validity.type_mismatch() || validity.bad_input() || validity.pattern_mismatch() {
            element.get_attribute("data-mismatch")
        } else {
            None
        };
        if let Some(message) = message {
            set_custom_validity(&target, &message);
        }
    });
    let on_input = Closure::<dyn Fn(web_sys::Event)>::new(|event: web_sys::Event| {
        if let Some(target) = event.target() {
            set_custom_validity(&target, "");
        }
    });
    // `invalid` does not bubble: listen while it travels down (capture).
    let _ = form.add_event_listener_with_callback_and_bool(
        "invalid",
        on_invalid.as_ref().unchecked_ref(),
        true,
    );
    let _ = form.add_event_listener_with_callback("input", on_input.as_ref().unchecked_ref());
    // The form lives as long as the page: so do its listeners.
    on_invalid.forget();
    on_input.forget();
}

#[cfg(feature = "hydrate")]
fn set_custom_validity(target: &web_sys::EventTarget, message: &str) {
    use wasm_bindgen::JsCast;
    if let Some(input) = target.dyn_ref::<web_sys::HtmlInputElement>() {
        input.set_custom_validity(message);
    } else if let Some(area) = target.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.set_custom_validity(message);
    }
}
