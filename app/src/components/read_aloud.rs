//! "Read aloud": the browser's own speech synthesis reads a page's text.
//!
//! An enhancement only. The button appears once the island has hydrated *and*
//! the browser has a voice for the page's language; without JavaScript or
//! without such a voice there is no button at all, never a dead one. Screen
//! readers are unaffected: they read the page themselves.
//!
//! The island speaks the text already on the page (no copy of it travels in
//! its props), one utterance per heading, paragraph or list item: short
//! utterances pause naturally between thoughts, and some browsers cut off an
//! utterance that runs longer than about fifteen seconds.

use leptos::prelude::*;

/// The elements whose text is read, in document order.
pub const READ_SELECTOR: &str = "h1, h2, h3, p, li";

/// Marks a part of the read text to skip (e.g. the buttons themselves).
pub const SKIP_ATTRIBUTE: &str = "data-no-read";

/// `target` is the id of the element whose text is read; `lang` the BCP 47
/// tag of the text (`<html lang>`), which picks the voice. The labels arrive
/// translated.
#[island]
pub fn ReadAloudButton(
    label: String,
    stop_label: String,
    lang: String,
    target: String,
) -> impl IntoView {
    let (has_voice, set_has_voice) = signal(false);
    let (speaking, set_speaking) = signal(false);

    #[cfg(feature = "hydrate")]
    let speaker = {
        let speaker = std::rc::Rc::new(browser::Speaker::new(lang, target, set_speaking));
        let watching = speaker.clone();
        // Effects run only in the browser, after hydration.
        Effect::new(move |_| watching.watch_voices(set_has_voice));
        speaker
    };
    #[cfg(not(feature = "hydrate"))]
    let _ = (lang, target, set_has_voice, set_speaking);

    let on_click = move |_| {
        #[cfg(feature = "hydrate")]
        if speaking.get_untracked() {
            speaker.stop();
        } else {
            speaker.read();
        }
    };

    view! {
        <button
            type="button"
            class="button button--secondary read-aloud"
            hidden=move || !has_voice.get()
            on:click=on_click
        >
            {move || if speaking.get() { stop_label.clone() } else { label.clone() }}
        </button>
    }
}

#[cfg(feature = "hydrate")]
mod browser {
    use leptos::prelude::*;
    use wasm_bindgen::{closure::Closure, JsCast};
    use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

    /// The page's speech: which text, in which language, and whether it is
    /// being read.
    pub struct Speaker {
        lang: String,
        target: String,
        speaking: WriteSignal<bool>,
        /// Called when the last utterance ends or any fails; made once and
        /// kept for the page's life (a page has one such button).
        on_done: Closure<dyn FnMut()>,
    }

    fn speech_synthesis() -> Option<SpeechSynthesis> {
        web_sys::window()?.speech_synthesis().ok()
    }

    /// `sv-SE` and `sv_SE` are Swedish; `fa-AF` (Dari) accepts any Persian
    /// voice, the closest a browser offers.
    fn primary_subtag(tag: &str) -> String {
        tag.split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase()
    }

    impl Speaker {
        pub fn new(lang: String, target: String, speaking: WriteSignal<bool>) -> Speaker {
            let on_done = Closure::<dyn FnMut()>::new(move || speaking.set(false));
            Speaker {
                lang,
                target,
                speaking,
                on_done,
            }
        }

        /// The best voice for the page's language: an exact match, else one
        /// of the same language.
        fn voice(&self) -> Option<SpeechSynthesisVoice> {
            let voices: Vec<SpeechSynthesisVoice> = speech_synthesis()?
                .get_voices()
                .iter()
                .filter_map(|v| v.dyn_into().ok())
                .collect();
            let wanted = self.lang.to_ascii_lowercase().replace('_', "-");
            let primary = primary_subtag(&self.lang);
            voices
                .iter()
                .find(|v| v.lang().to_ascii_lowercase().replace('_', "-") == wanted)
                .or_else(|| voices.iter().find(|v| primary_subtag(&v.lang()) == primary))
                .cloned()
        }

        /// Shows the button while a voice exists. Browsers load their voices
        /// late, so the check repeats on `voiceschanged`. Leaving the page
        /// stops the reading (some browsers would go on).
        pub fn watch_voices(self: &std::rc::Rc<Self>, has_voice: WriteSignal<bool>) {
            let Some(synthesis) = speech_synthesis() else {
                return;
            };
            has_voice.set(self.voice().is_some());
            let speaker = self.clone();
            let on_voices =
                Closure::<dyn FnMut()>::new(move || has_voice.set(speaker.voice().is_some()));
            synthesis.set_onvoiceschanged(Some(on_voices.as_ref().unchecked_ref()));
            // The handler lives as long as the page.
            on_voices.forget();
            if let Some(window) = web_sys::window() {
                let on_leave = Closure::<dyn FnMut()>::new(|| {
                    if let Some(synthesis) = speech_synthesis() {
                        synthesis.cancel();
                    }
                });
                let _ = window.add_event_listener_with_callback(
                    "pagehide",
                    on_leave.as_ref().unchecked_ref(),
                );
                on_leave.forget();
            }
        }

        /// The text to read: every heading, paragraph and list item inside
        /// the target, except what is marked to skip.
        fn texts(&self) -> Vec<String> {
            let Some(root) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(&self.target))
            else {
                return vec![];
            };
            let Ok(nodes) = root.query_selector_all(super::READ_SELECTOR) else {
                return vec![];
            };
            let skip = format!("[{}]", super::SKIP_ATTRIBUTE);
            (0..nodes.length())
                .filter_map(|i| nodes.item(i)?.dyn_into::<web_sys::Element>().ok())
                .filter(|element| matches!(element.closest(&skip), Ok(None)))
                .filter_map(|element| element.text_content())
                .map(|text| text.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|text| !text.is_empty())
                .collect()
        }

        pub fn read(&self) {
            let (Some(synthesis), Some(voice)) = (speech_synthesis(), self.voice()) else {
                return;
            };
            let texts = self.texts();
            synthesis.cancel();
            let done = self.on_done.as_ref().unchecked_ref();
            for (i, text) in texts.iter().enumerate() {
                let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(text) else {
                    return;
                };
                utterance.set_lang(&self.lang);
                utterance.set_voice(Some(&voice));
                utterance.set_onerror(Some(done));
                if i + 1 == texts.len() {
                    utterance.set_onend(Some(done));
                }
                synthesis.speak(&utterance);
            }
            self.speaking.set(!texts.is_empty());
        }

        pub fn stop(&self) {
            if let Some(synthesis) = speech_synthesis() {
                synthesis.cancel();
            }
            self.speaking.set(false);
        }
    }
}
