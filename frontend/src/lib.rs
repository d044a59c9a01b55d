//! Browser entry point. Only the islands hydrate: every page is already
//! complete as server-rendered HTML before this runs.

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    // Links `app`, whose #[island]s are the exports the hydration script calls.
    app::prepare_hydration();
    leptos::mount::hydrate_islands();
}
