//! What happens after a choice (004 §6 and §13.2), told where a choice is
//! made: every level page, the comparison and every fact sheet.

use leptos::prelude::*;

use crate::i18n::I18n;

/// The steps from telling the counsellor to the provider's plan, and that
/// the provider can be changed later.
pub fn next_steps(i18n: &I18n) -> impl IntoView {
    view! {
        <section class="next-steps" aria-labelledby="next-steps-heading">
            <h2 id="next-steps-heading">{i18n.t("next-steps-heading")}</h2>
            <p>{i18n.t("next-steps-tell")}</p>
            <ol class="next-steps__days">
                <li>{i18n.t("next-steps-day-1")}</li>
                <li>{i18n.t("next-steps-day-1-2")}</li>
                <li>{i18n.t("next-steps-day-2-3")}</li>
                <li>{i18n.t("next-steps-day-3-14")}</li>
            </ol>
            <p>{i18n.t("next-steps-change")}</p>
        </section>
    }
}
