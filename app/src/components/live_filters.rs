//! The level page's filters, updated in place. Without JavaScript the
//! filter form is a plain GET form and every choice loads the page anew.
//! Once hydrated, this island listens on that form: a ticked box, a new
//! order or a sent search asks the server for the very same page (the same
//! URL a plain submit would load) and puts its list, its summary and its
//! facet counts into this page, so focus stays where it was and the
//! summary, a live region, is read out. The address follows (`pushState`),
//! so the back button, a reload and a shared link all show the same list.
//! Nothing is rendered twice: the server's HTML is the only template.

use leptos::prelude::*;

/// The ids and classes the island reads and fills (see `pages::level`).
pub const FILTER_FORM_CLASS: &str = "filters";
pub const RESULTS_ID: &str = "listing-results";
pub const SUMMARY_CLASS: &str = "listing-summary";
pub const SHARE_LINK_CLASS: &str = "share-link";
/// The page's links to itself in other languages and in the meeting view
/// (`components::layout`, `components::meeting`).
pub const LANGUAGE_LINKS: &str = ".language-switcher";
pub const MEETING_LINKS: &str = ".meeting-offer";
/// How long typing must pause before the list follows the search box.
pub const TYPING_PAUSE_MS: i32 = 300;

#[island]
pub fn LiveFilters() -> impl IntoView {
    Effect::new(move |_| {
        #[cfg(feature = "hydrate")]
        browser::listen();
    });
    view! { <span hidden=true></span> }
}

#[cfg(feature = "hydrate")]
mod browser {
    use std::cell::Cell;

    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    use web_sys::{Document, Element, HtmlFormElement};

    use super::{
        FILTER_FORM_CLASS, LANGUAGE_LINKS, MEETING_LINKS, RESULTS_ID, SHARE_LINK_CLASS,
        SUMMARY_CLASS, TYPING_PAUSE_MS,
    };

    thread_local! {
        /// The timer of an update waiting for typing to pause.
        static WAITING: Cell<Option<i32>> = const { Cell::new(None) };
        /// The latest update asked for: an older answer arriving late is dropped.
        static LATEST: Cell<u32> = const { Cell::new(0) };
    }

    fn is_search_box(event: &web_sys::Event) -> bool {
        event
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .is_some_and(|e| e.get_attribute("type").as_deref() == Some("search"))
    }

    fn stop_waiting() {
        if let (Some(id), Some(window)) = (WAITING.take(), web_sys::window()) {
            window.clear_timeout_with_handle(id);
        }
    }

    /// Updates once typing pauses; each key starts the wait again.
    fn update_after_pause() {
        stop_waiting();
        let Some(window) = web_sys::window() else {
            return;
        };
        let callback = Closure::once_into_js(|| {
            WAITING.set(None);
            update(false);
        });
        if let Ok(id) = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            callback.unchecked_ref(),
            TYPING_PAUSE_MS,
        ) {
            WAITING.set(Some(id));
        }
    }

    fn document() -> Option<Document> {
        web_sys::window()?.document()
    }

    fn form() -> Option<HtmlFormElement> {
        document()?
            .query_selector(&format!("form.{FILTER_FORM_CLASS}"))
            .ok()??
            .dyn_into()
            .ok()
    }

    /// The page's address as the list's own link (with its seed), so a
    /// copied address or a reload keeps the order.
    fn share_href(document: &Document) -> Option<String> {
        document
            .query_selector(&format!(".{SHARE_LINK_CLASS} a"))
            .ok()??
            .get_attribute("href")
    }

    pub fn listen() {
        let (Some(window), Some(form), Some(document)) = (web_sys::window(), form(), document())
        else {
            return;
        };
        if let (Some(href), Ok(history)) = (share_href(&document), window.history()) {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&href));
        }
        let on_change = Closure::<dyn Fn(web_sys::Event)>::new(|event: web_sys::Event| {
            // The search box follows its typing (below); boxes and the order act at once.
            if !is_search_box(&event) {
                update(true);
            }
        });
        let on_input = Closure::<dyn Fn(web_sys::Event)>::new(|event: web_sys::Event| {
            if is_search_box(&event) {
                update_after_pause();
            }
        });
        let on_submit = Closure::<dyn Fn(web_sys::Event)>::new(|event: web_sys::Event| {
            event.prevent_default();
            stop_waiting();
            update(true);
        });
        // Back and forward: the page of that address, loaded as usual.
        let on_history = Closure::<dyn Fn(web_sys::Event)>::new(|_| {
            if let Some(window) = web_sys::window() {
                let _ = window.location().reload();
            }
        });
        let _ = form.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        let _ = form.add_event_listener_with_callback("input", on_input.as_ref().unchecked_ref());
        let _ = form.add_event_listener_with_callback("submit", on_submit.as_ref().unchecked_ref());
        let _ = window
            .add_event_listener_with_callback("popstate", on_history.as_ref().unchecked_ref());
        // They live as long as the page.
        on_change.forget();
        on_input.forget();
        on_submit.forget();
        on_history.forget();
    }

    /// The address a plain submit of the form would load.
    fn submitted_address(form: &HtmlFormElement) -> Option<String> {
        let data = web_sys::FormData::new_with_form(form).ok()?;
        let query = web_sys::UrlSearchParams::new_with_str_sequence_sequence(data.as_ref()).ok()?;
        let action = form.get_attribute("action")?;
        Some(format!("{action}?{}", String::from(query.to_string())))
    }

    /// Puts the list the form asks for into the page; `new_entry`: as a new
    /// history entry (a choice), not in place of the current one (typing,
    /// whose every pause would otherwise be a step back).
    fn update(new_entry: bool) {
        let Some(address) = form().and_then(|form| submitted_address(&form)) else {
            return;
        };
        let asked = LATEST.get().wrapping_add(1);
        LATEST.set(asked);
        leptos::task::spawn_local(async move {
            if fetch_into_page(&address, asked, new_entry).await.is_none() {
                // Whatever failed, the page the form asks for is one load away.
                if let Some(window) = web_sys::window() {
                    let _ = window.location().set_href(&address);
                }
            }
        });
    }

    async fn fetch_into_page(address: &str, asked: u32, new_entry: bool) -> Option<()> {
        let window = web_sys::window()?;
        let response = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(address))
            .await
            .ok()?
            .dyn_into::<web_sys::Response>()
            .ok()?;
        if !response.ok() {
            return None;
        }
        let html = wasm_bindgen_futures::JsFuture::from(response.text().ok()?)
            .await
            .ok()?
            .as_string()?;
        if LATEST.get() != asked {
            // A newer update is under way: this answer is stale.
            return Some(());
        }
        let fresh = web_sys::DomParser::new()
            .ok()?
            .parse_from_string(&html, web_sys::SupportedType::TextHtml)
            .ok()?;
        let page = window.document()?;

        let results = format!("#{RESULTS_ID}");
        let summary = format!(".{SUMMARY_CLASS}");
        for selector in [results.as_str(), summary.as_str()] {
            let new = fresh.query_selector(selector).ok()??;
            page.query_selector(selector)
                .ok()??
                .set_inner_html(&new.inner_html());
        }
        // Links that take the list elsewhere (another language, the
        // meeting view) carry its new address too.
        for selector in [LANGUAGE_LINKS, MEETING_LINKS] {
            let new = fresh.query_selector(selector).ok().flatten();
            let old = page.query_selector(selector).ok().flatten();
            if let (Some(new), Some(old)) = (new, old) {
                old.set_inner_html(&new.inner_html());
            }
        }
        // The counts beside each filter, label by label; the boxes stay.
        let labels = fresh
            .query_selector_all(&format!("form.{FILTER_FORM_CLASS} label[for]"))
            .ok()?;
        for i in 0..labels.length() {
            let Some(label) = labels.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
                continue;
            };
            let Some(target) = label.get_attribute("for") else {
                continue;
            };
            if let Ok(Some(current)) =
                page.query_selector(&format!("form.{FILTER_FORM_CLASS} label[for=\"{target}\"]"))
            {
                current.set_text_content(label.text_content().as_deref());
            }
        }
        let href = share_href(&fresh).unwrap_or_else(|| address.to_string());
        let history = window.history().ok()?;
        if new_entry {
            history
                .push_state_with_url(&JsValue::NULL, "", Some(&href))
                .ok()?;
        } else {
            history
                .replace_state_with_url(&JsValue::NULL, "", Some(&href))
                .ok()?;
        }
        Some(())
    }
}
