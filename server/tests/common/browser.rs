//! A browser for HTTP tests of the signed-in pages: it keeps cookies,
//! signs in and finds a form's anti-forgery token.

use axum::{body::Body, Router};
use chrono::Utc;
use domain::model::Role;
use http::{Request, Response};
use http_body_util::BodyExt;
use server::{
    accounts::{self, NewAccount},
    db::Db,
};
use tower::ServiceExt;

use super::get;

pub const PASSWORD: &str = "a long enough passphrase";

pub async fn create(db: &Db, username: &str, role: Role) {
    accounts::create_account(
        db,
        &NewAccount {
            username,
            display_name: username,
            password: PASSWORD,
            confirm_password: PASSWORD,
        },
        &role,
        Utc::now(),
    )
    .await
    .unwrap();
}

pub fn editor_of(provider: &str) -> Role {
    Role::ProviderEditor {
        provider_id: provider.to_string(),
    }
}

/// A browser: cookies kept between requests.
#[derive(Default, Clone)]
pub struct Browser {
    pub cookies: Vec<(String, String)>,
}

impl Browser {
    pub fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    pub fn keep_cookies(&mut self, response: &Response<()>) {
        for value in response.headers().get_all(http::header::SET_COOKIE) {
            let text = value.to_str().unwrap();
            let (pair, _) = text.split_once(';').unwrap_or((text, ""));
            let (name, value) = pair.split_once('=').unwrap();
            self.cookies.retain(|(k, _)| k != name);
            if !value.is_empty() {
                self.cookies.push((name.to_string(), value.to_string()));
            }
        }
    }

    pub async fn get(&mut self, app: &Router, uri: &str) -> (Response<()>, String) {
        let cookie = self.cookie_header();
        // Browsers accept HTML; Leptos answers a page's redirect with 302 only then.
        let (response, html) = get(app, uri, &[("cookie", &cookie), ("accept", "text/html")]).await;
        self.keep_cookies(&response);
        (response, html)
    }

    pub async fn post(
        &mut self,
        app: &Router,
        uri: &str,
        form: &[(&str, &str)],
    ) -> (Response<()>, String) {
        let body = serde_urlencoded::to_string(form).unwrap();
        let request = Request::post(uri)
            .header("content-type", "application/x-www-form-urlencoded")
            .header("cookie", self.cookie_header())
            .body(Body::from(body))
            .unwrap();
        let response = app.clone().oneshot(request).await.unwrap();
        let (parts, body) = response.into_parts();
        let bytes = body.collect().await.unwrap().to_bytes();
        let response = Response::from_parts(parts, ());
        self.keep_cookies(&response);
        (response, String::from_utf8_lossy(&bytes).into_owned())
    }

    /// The CSRF token of the first form on a page.
    pub async fn csrf(&mut self, app: &Router, uri: &str) -> String {
        let (_, html) = self.get(app, uri).await;
        csrf_in(&html)
    }

    pub async fn sign_in(
        app: &Router,
        username: &str,
        password: &str,
    ) -> (Browser, Response<()>, String) {
        let mut browser = Browser::default();
        let csrf = browser.csrf(app, "/sv/login").await;
        let (response, html) = browser
            .post(
                app,
                "/sv/login",
                &[
                    ("csrf", &csrf),
                    ("username", username),
                    ("password", password),
                ],
            )
            .await;
        (browser, response, html)
    }
}

pub fn csrf_in(html: &str) -> String {
    let marker = r#"name="csrf" value=""#;
    let start = html.find(marker).expect("the page has a form") + marker.len();
    html[start..start + 64].to_string()
}

pub fn location(response: &Response<()>) -> &str {
    response.headers()[http::header::LOCATION].to_str().unwrap()
}

pub async fn signed_in(app: &Router, username: &str) -> Browser {
    let (browser, response, _) = Browser::sign_in(app, username, PASSWORD).await;
    assert_eq!(response.status(), 303, "{username} signs in");
    browser
}
