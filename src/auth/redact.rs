//! Secret tokens travel in some URLs (invitation, password reset, first-run
//! set-up, account activation links). Whoever reads the logs must not be able
//! to use them, so every logged path goes through `redact_path`.

use std::borrow::Cow;

/// Top-level path prefixes whose next segment is a secret token.
const TOKEN_PREFIXES: &[&str] = &["/invite/", "/password/reset/", "/setup/", "/activate/"];

pub const REDACTED: &str = "[redacted]";

/// The path (with any query) with a token segment replaced by `[redacted]`:
/// `/invite/abc?x=1` → `/invite/[redacted]?x=1`. Other paths are unchanged.
pub fn redact_path(path: &str) -> Cow<'_, str> {
    for prefix in TOKEN_PREFIXES {
        let Some(rest) = path.strip_prefix(prefix) else {
            continue;
        };
        // The token ends at the next segment or the query.
        let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
        if end == 0 {
            return Cow::Borrowed(path);
        }
        return Cow::Owned(format!("{prefix}{REDACTED}{}", &rest[end..]));
    }
    Cow::Borrowed(path)
}

#[cfg(test)]
mod tests {
    use super::redact_path;

    #[test]
    fn token_segments_are_redacted() {
        for (path, logged) in [
            ("/invite/abcDEF123", "/invite/[redacted]"),
            ("/password/reset/tok_en-1", "/password/reset/[redacted]"),
            ("/setup/xyz", "/setup/[redacted]"),
            ("/activate/t0k3n?lang=es", "/activate/[redacted]?lang=es"),
            ("/invite/abc/extra", "/invite/[redacted]/extra"),
        ] {
            assert_eq!(redact_path(path), logged);
        }
    }

    #[test]
    fn other_paths_are_logged_as_they_are() {
        for path in [
            "/login",
            "/invite/",
            "/password/forgot",
            "/orgs/952442891/setup/branding",
            "/orgs/952442891/administrators/12",
            "/static/app.css",
            "/",
        ] {
            assert_eq!(redact_path(path), path);
        }
    }
}
