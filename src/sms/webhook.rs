//! The webhook transport: one `POST` of `{"to", "body"}` as JSON per SMS,
//! with ureq (blocking, which suits the job runner's thread; TLS through
//! rustls and ring, already in the tree for lettre).

use std::time::Duration;

use super::SendError;

/// How long one delivery may take; the job lease (two minutes) is longer.
const TIMEOUT: Duration = Duration::from_secs(30);

pub struct Webhook {
    agent: ureq::Agent,
    url: String,
    token: Option<String>,
    /// Scheme, host and port of `url`: what error messages name.
    endpoint: String,
}

impl Webhook {
    pub fn new(url: &str, token: Option<String>) -> Self {
        let config = ureq::Agent::config_builder()
            .timeout_global(Some(TIMEOUT))
            // Statuses are judged here (4xx permanent, 5xx retried).
            .http_status_as_error(false)
            // A redirected POST would arrive as a GET without the message.
            .max_redirects(0)
            .user_agent("Switchboard")
            .build();
        Self {
            agent: config.into(),
            url: url.to_owned(),
            token,
            endpoint: endpoint(url),
        }
    }

    pub fn send(&self, to: &str, body: &str) -> Result<(), SendError> {
        let payload = serde_json::json!({ "to": to, "body": body }).to_string();
        let mut request = self
            .agent
            .post(&self.url)
            .header("Content-Type", "application/json");
        if let Some(token) = &self.token {
            request = request.header("Authorization", format!("Bearer {token}"));
        }
        let response = request.send(payload.as_str()).map_err(|e| {
            // Connection refused, DNS, TLS, timeout: the provider may be back soon.
            let message = e.to_string().replace(&self.url, &self.endpoint);
            SendError::retry(format!("SMS webhook at {}: {message}", self.endpoint))
        })?;
        let status = response.status();
        judge(
            status.as_u16(),
            status.canonical_reason().unwrap_or(""),
            &self.endpoint,
        )
    }
}

/// What an answer means: 2xx sent; 408, 425, 429 and 5xx worth retrying;
/// any other status (4xx, or a redirect) refuses this message for good.
fn judge(status: u16, reason: &str, endpoint: &str) -> Result<(), SendError> {
    let said = format!("SMS webhook at {endpoint} answered {status} {reason}")
        .trim_end()
        .to_owned();
    match status {
        200..=299 => Ok(()),
        408 | 425 | 429 | 500..=599 => Err(SendError::retry(said)),
        _ => Err(SendError::permanent(said)),
    }
}

/// `https://user:key@sms.example.com:8443/send?key=…` → `https://sms.example.com:8443`:
/// enough to recognise the webhook, nothing secret.
pub fn endpoint(url: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap_or(("http", url));
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    format!("{scheme}://{host}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_are_sent_retried_or_refused() {
        assert!(judge(200, "OK", "http://h").is_ok());
        assert!(judge(202, "Accepted", "http://h").is_ok());
        for status in [500, 502, 503, 429, 408] {
            let e = judge(status, "", "http://h").unwrap_err();
            assert!(!e.permanent, "{status} is retried");
        }
        for status in [400, 401, 403, 404, 422, 301] {
            let e = judge(status, "", "http://h").unwrap_err();
            assert!(e.permanent, "{status} is permanent");
        }
        assert_eq!(
            judge(400, "Bad Request", "http://h").unwrap_err().message,
            "SMS webhook at http://h answered 400 Bad Request"
        );
    }

    #[test]
    fn endpoint_hides_credentials_path_and_query() {
        assert_eq!(
            endpoint("https://user:key@sms.example.com:8443/send?key=s3cret"),
            "https://sms.example.com:8443"
        );
        assert_eq!(endpoint("http://127.0.0.1:9000"), "http://127.0.0.1:9000");
    }

    #[test]
    fn a_closed_port_is_retried_and_names_no_secret() {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let url = format!("http://127.0.0.1:{port}/hook?key=s3cret");
        let e = Webhook::new(&url, None)
            .send("+15550100000", "hi")
            .unwrap_err();
        assert!(!e.permanent);
        assert!(!e.message.contains("s3cret"), "{}", e.message);
    }
}
