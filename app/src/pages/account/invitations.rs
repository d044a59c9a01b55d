//! `/:lang/account/invitations`: administrators invite a provider's editor
//! or another administrator. No e-mail is sent: the link is shown once, to
//! copy and hand over, and stops working when it expires or is used.

use leptos::prelude::*;
use leptos_meta::Title;

use super::for_administrators;
use crate::{
    backend::use_staff,
    components::{
        copy_link::CopyLinkButton,
        error_view::ErrorView,
        forms::{error_summary, CsrfField},
    },
    error::AppError,
    i18n::{use_i18n, I18n},
    model::{CreatedInvitation, InvitationRow, ProviderAdminRow, Role, SignedIn},
    pages::Prerendered,
    request::{absolute_url, form_feedback},
    routes::Page,
};

#[component]
pub fn InvitationsPage() -> impl IntoView {
    let i18n = use_i18n();
    for_administrators(&i18n.clone(), move |who| {
        let title = i18n.t("invitations-title");
        let staff = use_staff();
        let created = use_context::<CreatedInvitation>();
        let content = {
            let i18n = i18n.clone();
            Suspend::new(async move {
                let loaded = async {
                    let staff = staff?;
                    Ok::<_, AppError>((
                        staff.invitations(&who).await?,
                        staff.providers(&who).await?,
                    ))
                };
                match loaded.await {
                    Ok((invitations, providers)) => view! {
                        {invite_form(&i18n, &who, &providers)}
                        {invitation_list(&i18n, invitations)}
                    }
                    .prerendered(),
                    Err(error) => view! { <ErrorView error/> }.prerendered(),
                }
            })
        };
        view! {
            <Title text=format!("{title} – {}", i18n.t("site-name"))/>
            <p class="back-link"><a href=i18n.href(&Page::Account)>{i18n.t("account-title")}</a></p>
            <h1>{title}</h1>
            {created.map(|created| created_view(&i18n, created))}
            <Suspense>{content}</Suspense>
        }
    })
}

fn created_view(i18n: &I18n, created: CreatedInvitation) -> impl IntoView {
    let link = absolute_url(&created.path).unwrap_or_else(|| created.path.clone());
    view! {
        <div class="notice notice--success" role="status">
            <p>{i18n.t_with("invitation-created", [("date", i18n.date_text(&created.expires_at).into())])}</p>
            <label for="invitation-link">{i18n.t("invitation-link")}</label>
            <input id="invitation-link" class="invitation-link" type="text" readonly=true value=link dir="ltr"/>
            <CopyLinkButton
                label=i18n.t("invitation-copy")
                copied=i18n.t("copy-link-done")
                failed=i18n.t("copy-link-failed")
                path=created.path
            />
        </div>
    }
}

fn invite_form(i18n: &I18n, who: &SignedIn, providers: &[ProviderAdminRow]) -> impl IntoView {
    let feedback = form_feedback();
    let providers = providers
        .iter()
        .map(|p| view! { <option value=p.id.clone()>{p.name.clone()}</option> })
        .collect_view();
    view! {
        {error_summary(i18n, feedback.as_ref())}
        <form method="post" action=i18n.href(&Page::Invitations) class="stacked-form">
            <CsrfField token=who.csrf_token.clone()/>
            <fieldset>
                <legend>{i18n.t("field-role")}</legend>
                <div class="check">
                    <input type="radio" id="role-editor" name="role" value="provider_editor" checked=true/>
                    <label for="role-editor">{i18n.t("role-provider_editor")}</label>
                </div>
                <div class="check">
                    <input type="radio" id="role-admin" name="role" value="admin"/>
                    <label for="role-admin">{i18n.t("role-admin")}</label>
                </div>
            </fieldset>
            <div class="field">
                <label for="field-provider">{i18n.t("field-provider-for-editor")}</label>
                <select id="field-provider" name="provider">
                    <option value="">{i18n.t("field-provider-none")}</option>
                    {providers}
                </select>
            </div>
            <div class="form-actions">
                <button type="submit" class="button">{i18n.t("invitation-submit")}</button>
            </div>
        </form>
    }
}

fn invitation_list(i18n: &I18n, invitations: Vec<InvitationRow>) -> impl IntoView {
    let rows = invitations
        .into_iter()
        .map(|invitation| {
            let status = if invitation.accepted {
                i18n.t("invitation-status-accepted")
            } else if invitation.expired {
                i18n.t("invitation-status-expired")
            } else {
                i18n.t("invitation-status-open")
            };
            let role = match &invitation.role {
                Role::Administrator => i18n.t("role-admin"),
                Role::ProviderEditor { .. } => i18n.t("role-provider_editor"),
            };
            view! {
                <tr>
                    <td>{role}</td>
                    <td>{invitation.provider_name.unwrap_or_default()}</td>
                    <td>{i18n.date_text(&invitation.created_on)}</td>
                    <td>{i18n.date_text(&invitation.expires_at)}</td>
                    <td>{status}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h2 id="invitation-list-heading">{i18n.t("invitation-list-heading")}</h2>
        <div class="table-scroll" role="region" aria-labelledby="invitation-list-heading" tabindex="0">
            <table>
                <thead>
                    <tr>
                        <th scope="col">{i18n.t("field-role")}</th>
                        <th scope="col">{i18n.t("field-provider")}</th>
                        <th scope="col">{i18n.t("invitation-created-on")}</th>
                        <th scope="col">{i18n.t("invitation-expires")}</th>
                        <th scope="col">{i18n.t("invitation-status")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
