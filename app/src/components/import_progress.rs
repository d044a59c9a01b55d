//! The progress of a running import. The server draws the bar and the
//! count as they are when the page is made, with a link to look again;
//! once hydrated, the island asks the server every second and shows the
//! page again when the import has ended. The texts come formatted by the
//! server in the reader's language.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// What the island hears from `…/imports/{id}/progress`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgressUpdate {
    pub running: bool,
    pub value: u64,
    pub max: u64,
    /// "12 345 rows checked", in the reader's language.
    pub text: String,
}

#[island]
pub fn ImportProgress(
    /// Where to ask for [`ProgressUpdate`]s.
    progress_url: String,
    label: String,
    initial: ProgressUpdate,
) -> impl IntoView {
    let (update, set_update) = signal(initial);
    Effect::new(move |_| {
        #[cfg(feature = "hydrate")]
        poll(progress_url.clone(), set_update);
        #[cfg(not(feature = "hydrate"))]
        let _ = (&progress_url, set_update);
    });
    view! {
        <div class="import-progress">
            <label for="import-progress-bar">{label}</label>
            <progress
                id="import-progress-bar"
                max=move || update.get().max.max(1).to_string()
                value=move || update.get().value.to_string()
            ></progress>
            <p role="status">{move || update.get().text}</p>
        </div>
    }
}

/// Asks every second until the import has ended, then reloads the page,
/// which shows the outcome. A failed request is tried again; the page's own
/// "look again" link always works.
#[cfg(feature = "hydrate")]
fn poll(url: String, set_update: WriteSignal<ProgressUpdate>) {
    use wasm_bindgen::JsCast;

    leptos::task::spawn_local(async move {
        let Some(window) = web_sys::window() else {
            return;
        };
        loop {
            sleep(&window, 1000).await;
            let Ok(response) =
                wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(&url)).await
            else {
                continue;
            };
            let Ok(response) = response.dyn_into::<web_sys::Response>() else {
                continue;
            };
            if !response.ok() {
                continue;
            }
            let Ok(text) = response.text() else {
                continue;
            };
            let Ok(text) = wasm_bindgen_futures::JsFuture::from(text).await else {
                continue;
            };
            let Some(update) = text
                .as_string()
                .and_then(|json| serde_json::from_str::<ProgressUpdate>(&json).ok())
            else {
                continue;
            };
            let ended = !update.running;
            set_update.set(update);
            if ended {
                let _ = window.location().reload();
                return;
            }
        }
    });
}

#[cfg(feature = "hydrate")]
async fn sleep(window: &web_sys::Window, milliseconds: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ =
            window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, milliseconds);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
