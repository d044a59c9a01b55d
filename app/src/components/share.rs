//! Sharing a page that was made for one person: a plain link, a copy
//! button, a print button and a QR code of the same address, so a list or a
//! choice moves from a counsellor's screen to a citizen's phone or paper.

use leptos::prelude::*;

use crate::{
    components::{copy_link::CopyLinkButton, print_button::PrintButton, qr_code::QrCode},
    i18n::I18n,
};

/// The share section for `path` (already localized); `link_label` names
/// what the plain link opens, `class` adds the page's own class.
pub fn share_section(i18n: &I18n, path: String, link_label: &str, class: &str) -> impl IntoView {
    let class = format!("share {class}").trim_end().to_string();
    view! {
        <section class=class aria-labelledby="share-heading">
            <h2 id="share-heading">{i18n.t("share-heading")}</h2>
            <p><a href=path.clone()>{i18n.t(link_label)}</a></p>
            <div class="share__tools">
                <CopyLinkButton
                    label=i18n.t("copy-link")
                    copied=i18n.t("copy-link-done")
                    failed=i18n.t("copy-link-failed")
                    path=path.clone()
                />
                <PrintButton label=i18n.t("sheet-print")/>
            </div>
            <QrCode path=path label=i18n.t("share-qr-label")/>
            <p class="hint">{i18n.t("share-qr-hint")}</p>
        </section>
    }
}
