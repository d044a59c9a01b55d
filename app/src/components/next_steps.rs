//! What happens after a choice (004 §6 and §13.2), told where a choice is
//! made: every level page, the comparison and every fact sheet, and on the
//! "my choice" page, once in each of its languages.

use leptos::prelude::*;

use crate::i18n::I18n;

/// The steps from telling the counsellor to the provider's plan, and that
/// the provider can be changed later, as a section of the page.
pub fn next_steps(i18n: &I18n) -> impl IntoView {
    next_steps_section(i18n, &i18n.id("next-steps-heading"), false)
}

/// The same steps as a part of a larger section (an `h3`), under a heading
/// id of its own: a page that tells them twice, in two languages, must not
/// name two headings alike.
pub fn next_steps_section(i18n: &I18n, heading_id: &str, subsection: bool) -> impl IntoView {
    let heading = i18n.t("next-steps-heading");
    let heading = match subsection {
        true => view! { <h3 id=heading_id.to_string()>{heading}</h3> }.into_any(),
        false => view! { <h2 id=heading_id.to_string()>{heading}</h2> }.into_any(),
    };
    view! {
        <section class="next-steps" aria-labelledby=i18n.region_label(heading_id)>
            {heading}
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
