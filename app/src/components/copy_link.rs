//! "Copy link": lets a counsellor hand the page's address to a citizen.
//! An island: without JavaScript it stays hidden, since the address bar
//! already does the job.

use leptos::prelude::*;

/// The visible texts arrive translated, so no catalogue ships to the browser.
/// `path` is the address to copy (e.g. a list with its seed); the current
/// page's when absent.
#[island]
pub fn CopyLinkButton(
    label: String,
    copied: String,
    failed: String,
    #[prop(optional)] path: Option<String>,
) -> impl IntoView {
    let (ready, set_ready) = signal(false);
    let (status, set_status) = signal(String::new());
    // Effects run only in the browser: the button appears once it works.
    Effect::new(move |_| set_ready.set(true));

    let on_click = move |_| {
        let copied = copied.clone();
        let failed = failed.clone();
        let path = path.clone();
        #[cfg(feature = "hydrate")]
        leptos::task::spawn_local(async move {
            let message = if copy_url(path).await { copied } else { failed };
            set_status.set(message);
        });
        #[cfg(not(feature = "hydrate"))]
        let _ = (copied, failed, path, set_status);
    };

    view! {
        <div class="copy-link">
            <button type="button" class="button button--secondary" hidden=move || !ready.get() on:click=on_click>
                {label}
            </button>
            <span class="copy-link__status" role="status">{move || status.get()}</span>
        </div>
    }
}

/// Writes the absolute address of `path` (else the current page's) to the
/// clipboard; false when the browser refuses.
#[cfg(feature = "hydrate")]
async fn copy_url(path: Option<String>) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let location = window.location();
    let href = match path {
        Some(path) => location.origin().map(|origin| format!("{origin}{path}")),
        None => location.href(),
    };
    let Ok(href) = href else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(&href);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}
