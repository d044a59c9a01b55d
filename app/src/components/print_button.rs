//! "Print": opens the browser's print dialogue for a page made to print
//! (a fact sheet on one A4 page). An island: without JavaScript it stays
//! hidden, and the browser's own print command still works.

use leptos::prelude::*;

/// The label arrives translated.
#[island]
pub fn PrintButton(label: String) -> impl IntoView {
    let (ready, set_ready) = signal(false);
    // Effects run only in the browser: the button appears once it works.
    Effect::new(move |_| set_ready.set(true));
    let on_click = move |_| {
        #[cfg(feature = "hydrate")]
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    view! {
        <button type="button" class="button button--secondary" hidden=move || !ready.get() on:click=on_click>
            {label}
        </button>
    }
}
