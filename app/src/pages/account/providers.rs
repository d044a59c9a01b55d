//! `/:lang/account/providers`: administrators authorize providers per level
//! with dates, end authorizations, and add newly approved providers. The
//! public lists and the default-provider rotation follow these dates.

use leptos::prelude::*;
use leptos_meta::Title;

use super::{done_notice, for_administrators};
use crate::{
    backend::{use_backend, use_staff},
    components::{
        error_view::ErrorView,
        forms::{error_summary, CsrfField, TextField},
    },
    error::AppError,
    i18n::{use_i18n, I18n},
    model::{FormFeedback, ProviderAdminRow, SignedIn},
    pages::Prerendered,
    request::form_feedback,
    routes::Page,
};

#[component]
pub fn ProvidersAdminPage() -> impl IntoView {
    let i18n = use_i18n();
    for_administrators(&i18n.clone(), move |who| {
        let title = i18n.t("providers-admin-title");
        let staff = use_staff();
        let backend = use_backend();
        let content = {
            let i18n = i18n.clone();
            Suspend::new(async move {
                let loaded = async {
                    let staff = staff?;
                    let backend = backend?;
                    let providers = staff.providers(&who).await?;
                    let levels: Vec<String> = backend
                        .catalogue(backend.today())
                        .await?
                        .into_iter()
                        .flat_map(|kundval| kundval.levels)
                        .filter(|level| level.offered)
                        .map(|level| level.code)
                        .collect();
                    Ok::<_, AppError>((providers, levels))
                };
                match loaded.await {
                    Ok((providers, levels)) => {
                        providers_view(&i18n, &who, providers, levels).prerendered()
                    }
                    Err(error) => view! { <ErrorView error/> }.prerendered(),
                }
            })
        };
        view! {
            <Title text=format!("{title} – {}", i18n.t("site-name"))/>
            <p class="back-link"><a href=i18n.href(&Page::Account)>{i18n.t("account-title")}</a></p>
            <h1>{title}</h1>
            {done_notice(&i18n)}
            <Suspense>{content}</Suspense>
        }
    })
}

fn providers_view(
    i18n: &I18n,
    who: &SignedIn,
    providers: Vec<ProviderAdminRow>,
    levels: Vec<String>,
) -> impl IntoView {
    let feedback = form_feedback();
    let action = i18n.href(&Page::Providers);
    let rows = providers
        .iter()
        .map(|provider| provider_section(i18n, who, provider, &action))
        .collect_view();
    view! {
        {error_summary(i18n, feedback.as_ref())}
        {authorize_form(i18n, who, &providers, &levels, feedback.as_ref(), &action)}
        <h2>{i18n.t("providers-admin-list-heading")}</h2>
        {rows}
        {new_provider_form(i18n, who, feedback.as_ref(), &action)}
    }
}

fn select_options(options: Vec<(String, String)>, selected: Option<&str>) -> impl IntoView {
    options
        .into_iter()
        .map(|(value, label)| {
            let is_selected = selected == Some(value.as_str());
            view! { <option value=value selected=is_selected>{label}</option> }
        })
        .collect_view()
}

fn authorize_form(
    i18n: &I18n,
    who: &SignedIn,
    providers: &[ProviderAdminRow],
    levels: &[String],
    feedback: Option<&FormFeedback>,
    action: &str,
) -> impl IntoView {
    let value = |name: &str| feedback.and_then(|f| f.value(name)).map(str::to_string);
    let provider_options = providers
        .iter()
        .map(|p| (p.id.clone(), p.name.clone()))
        .collect();
    let level_options = levels
        .iter()
        .map(|code| (code.clone(), i18n.t(&format!("level-{code}-short"))))
        .collect();
    view! {
        <section aria-labelledby="authorize-heading">
            <h2 id="authorize-heading">{i18n.t("authorize-heading")}</h2>
            <form method="post" action=action.to_string() class="stacked-form">
                <CsrfField token=who.csrf_token.clone()/>
                <input type="hidden" name="action" value="authorize"/>
                <div class="field">
                    <label for="field-provider">{i18n.t("field-provider")}</label>
                    <select id="field-provider" name="provider" required=true>
                        {select_options(provider_options, value("provider").as_deref())}
                    </select>
                </div>
                <div class="field">
                    <label for="field-level">{i18n.t("field-level")}</label>
                    <select id="field-level" name="level" required=true>
                        {select_options(level_options, value("level").as_deref())}
                    </select>
                </div>
                {TextField {
                    name: "from",
                    label: i18n.t("field-from"),
                    value: String::new(),
                    input_type: "date",
                    required: true,
                    max_length: 10,
                    autocomplete: "off",
                    hint: None,
                }
                .render(i18n, feedback)}
                {TextField {
                    name: "to",
                    label: i18n.t("field-to"),
                    value: String::new(),
                    input_type: "date",
                    required: false,
                    max_length: 10,
                    autocomplete: "off",
                    hint: Some(i18n.t("field-to-hint")),
                }
                .render(i18n, feedback)}
                <div class="form-actions">
                    <button type="submit" class="button">{i18n.t("authorize-submit")}</button>
                </div>
            </form>
        </section>
    }
}

fn provider_section(
    i18n: &I18n,
    who: &SignedIn,
    provider: &ProviderAdminRow,
    action: &str,
) -> impl IntoView {
    let heading_id = format!("provider-{}", provider.id);
    let labelled_by = heading_id.clone();
    let rows = provider
        .authorizations
        .iter()
        .map(|authorization| {
            let field = format!("last_day-{}", authorization.id);
            let field_id = format!("field-{field}");
            let end_form = authorization.to.is_none().then(|| {
                view! {
                    <form method="post" action=action.to_string() class="inline-form">
                        <CsrfField token=who.csrf_token.clone()/>
                        <input type="hidden" name="action" value="deauthorize"/>
                        <input type="hidden" name="authorization" value=authorization.id.to_string()/>
                        <label for=field_id.clone()>{i18n.t("field-last-day")}</label>
                        <input type="date" id=field_id name="last_day" required=true
                            data-missing=i18n.t("error-required") data-mismatch=i18n.t("error-date-format")/>
                        <button type="submit" class="button button--secondary">{i18n.t("deauthorize-submit")}</button>
                    </form>
                }
            });
            view! {
                <tr>
                    <td>{i18n.t(&format!("level-{}-short", authorization.level))}</td>
                    <td>{i18n.date_text(&authorization.from)}</td>
                    <td>{authorization.to.as_deref().map_or_else(|| i18n.t("authorization-open"), |to| i18n.date_text(to))}</td>
                    <td>{end_form}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="admin-provider" aria-labelledby=labelled_by>
            <h3 id=heading_id>{provider.name.clone()}</h3>
            {provider.organisation_number.clone().map(|number| view! {
                <p>{i18n.t_with("provider-organisation-number", [("number", number.into())])}</p>
            })}
            <p>
                <a href=i18n.href(&Page::History { id: provider.id.to_string() })>
                    {i18n.t_with("history-link-for", [("provider", provider.name.clone().into())])}
                </a>
            </p>
            <p>
                <a href=i18n.href(&super::addresses::addresses_page(&provider.id))>
                    {i18n.t_with("addresses-correct-link", [("provider", provider.name.clone().into())])}
                </a>
            </p>
            <div class="table-scroll" role="region" aria-label=provider.name.clone() tabindex="0">
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{i18n.t("field-level")}</th>
                            <th scope="col">{i18n.t("field-from")}</th>
                            <th scope="col">{i18n.t("field-to")}</th>
                            <th scope="col">{i18n.t("authorization-end")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}

fn new_provider_form(
    i18n: &I18n,
    who: &SignedIn,
    feedback: Option<&FormFeedback>,
    action: &str,
) -> impl IntoView {
    let form_options = ["company", "non_profit", "municipal"]
        .into_iter()
        .map(|code| {
            (
                code.to_string(),
                i18n.t(&format!("organisation-form-{code}")),
            )
        })
        .collect();
    let selected = feedback
        .and_then(|f| f.value("organisation_form"))
        .map(str::to_string);
    view! {
        <section aria-labelledby="new-provider-heading">
            <h2 id="new-provider-heading">{i18n.t("new-provider-heading")}</h2>
            <form method="post" action=action.to_string() class="stacked-form">
                <CsrfField token=who.csrf_token.clone()/>
                <input type="hidden" name="action" value="create"/>
                {TextField {
                    name: "name",
                    label: i18n.t("field-provider-name"),
                    value: String::new(),
                    input_type: "text",
                    required: true,
                    max_length: 120,
                    autocomplete: "organization",
                    hint: None,
                }
                .render(i18n, feedback)}
                <div class="field">
                    <label for="field-organisation_form">{i18n.t("profile-organisation-form")}</label>
                    <select id="field-organisation_form" name="organisation_form" required=true>
                        {select_options(form_options, selected.as_deref())}
                    </select>
                </div>
                {TextField {
                    name: "organisation_number",
                    label: i18n.t("field-organisation_number"),
                    value: String::new(),
                    input_type: "text",
                    required: true,
                    max_length: 11,
                    autocomplete: "off",
                    hint: Some(i18n.t("field-organisation_number-hint")),
                }
                .render(i18n, feedback)}
                <div class="form-actions">
                    <button type="submit" class="button">{i18n.t("new-provider-submit")}</button>
                </div>
            </form>
        </section>
    }
}
