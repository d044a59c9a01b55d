//! A QR code of a page's address, drawn as SVG on the server, so a citizen
//! can open on their own phone the list a counsellor shows them.

use leptos::prelude::*;

/// `path` is the site-relative address to encode.
#[component]
pub fn QrCode(path: String, label: String) -> impl IntoView {
    #[cfg(feature = "ssr")]
    let svg = crate::request::absolute_url(&path).and_then(|url| {
        let code = qrcode::QrCode::new(url.as_bytes()).ok()?;
        let svg = code
            .render::<qrcode::render::svg::Color>()
            .min_dimensions(160, 160)
            .quiet_zone(true)
            .build();
        // Inline in HTML, the XML declaration is noise.
        Some(
            svg.split_once("?>")
                .map(|(_, rest)| rest.to_string())
                .unwrap_or(svg),
        )
    });
    #[cfg(not(feature = "ssr"))]
    let svg: Option<String> = {
        let _ = path;
        None
    };
    svg.map(|svg| view! { <div class="qr-code" role="img" aria-label=label inner_html=svg></div> })
}
