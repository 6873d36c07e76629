//! Talking to the server as a browser would: cookie jar, CSRF token from the
//! form, no redirects followed (a sign-in answers 303 and we check that).

use std::sync::Arc;
use std::time::Duration;

use reqwest::cookie::{CookieStore, Jar};
use reqwest::redirect::Policy;

/// A client with its own cookie jar and its own keep-alive connection pool.
pub fn browser() -> anyhow::Result<(reqwest::Client, Arc<Jar>)> {
    let jar = Arc::new(Jar::default());
    let client = reqwest::Client::builder()
        .redirect(Policy::none())
        .cookie_provider(jar.clone())
        // Generous: 200 argon2 verifications queue up on two cores.
        .timeout(Duration::from_secs(120))
        .build()?;
    Ok((client, jar))
}

/// A cookie-less client for the load connections; they send the session
/// cookie themselves, so one client is one keep-alive connection.
pub fn plain() -> anyhow::Result<reqwest::Client> {
    Ok(reqwest::Client::builder()
        .redirect(Policy::none())
        .timeout(Duration::from_secs(60))
        .pool_max_idle_per_host(1)
        .build()?)
}

/// The value of the first `csrf_token` hidden field in a page.
pub fn csrf_in(html: &str) -> Option<String> {
    let marker = "name=\"csrf_token\" value=\"";
    let start = html.find(marker)? + marker.len();
    let end = html[start..].find('"')? + start;
    Some(html[start..end].to_owned()).filter(|t| !t.is_empty())
}

/// "Page 1 of 4001 (100022 in all)": the page count the list prints.
pub fn page_count_in(html: &str) -> Option<i64> {
    let start = html.find("Page 1 of ")? + "Page 1 of ".len();
    let digits: String = html[start..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

/// GET /login with this browser (the anonymous CSRF cookie lands in its
/// jar) and return the form's token.
pub async fn login_token(client: &reqwest::Client, base: &str) -> anyhow::Result<String> {
    let html = client
        .get(format!("{base}/login"))
        .send()
        .await?
        .text()
        .await?;
    csrf_in(&html).ok_or_else(|| anyhow::anyhow!("no csrf_token on /login"))
}

/// POST /login with a token fetched before; returns the status.
pub async fn post_login(
    client: &reqwest::Client,
    base: &str,
    token: &str,
    email: &str,
    password: &str,
) -> reqwest::Result<u16> {
    let response = client
        .post(format!("{base}/login"))
        .form(&[
            ("csrf_token", token),
            ("email", email),
            ("password", password),
        ])
        .send()
        .await?;
    let status = response.status().as_u16();
    // Read the body so the connection is clean, whatever the answer.
    let _ = response.bytes().await;
    Ok(status)
}

/// Signs in and returns the `Cookie` header value the signed-in browser
/// sends (the session cookie, plus the CSRF cookie it holds).
pub async fn sign_in(base: &str, email: &str, password: &str) -> anyhow::Result<String> {
    let (client, jar) = browser()?;
    let token = login_token(&client, base).await?;
    let status = post_login(&client, base, &token, email, password).await?;
    if status != 303 {
        anyhow::bail!("sign-in answered {status}, expected 303");
    }
    let url = reqwest::Url::parse(base)?;
    let cookies = jar
        .cookies(&url)
        .and_then(|v| v.to_str().ok().map(str::to_owned))
        .ok_or_else(|| anyhow::anyhow!("no cookies after sign-in"))?;
    if !cookies.split("; ").any(|c| c.starts_with("switchboard=")) {
        anyhow::bail!("no session cookie after sign-in: {cookies}");
    }
    Ok(cookies)
}
