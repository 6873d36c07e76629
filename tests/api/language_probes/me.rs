//! My Profile, two-factor authentication and the signed-out pages: pages and bad-input forms for the language test
//! (`languages.rs`). Each area keeps its own list here.

use crate::helpers::*;
use crate::languages::Probe;

/// Pages to visit beyond the 390 px list: (path, name).
pub async fn pages(app: &TestApp, org: &str) -> Vec<(String, String)> {
    let _ = (app, org);
    vec![("/me/two-factor".into(), "form_me_two_factor".into())]
}

/// Forms sent with bad input: (name, probe).
pub fn probes(base: &str) -> Vec<(String, Probe)> {
    let _ = base;
    let me = |name: &str, action: &str, fields, status| {
        (
            name.to_owned(),
            Probe {
                page: "/me".into(),
                action: action.into(),
                fields,
                status,
            },
        )
    };
    vec![
        me(
            "form_me",
            "/me",
            &[
                ("first_name", ""),
                ("last_name", "Super"),
                ("language", "Klingon"),
                ("time_zone", "Mars/Olympus"),
            ],
            422,
        ),
        me(
            "form_me_names",
            "/me",
            &[
                ("first_name", "Sam"),
                ("last_name", ""),
                ("language", "English"),
                ("time_zone", ""),
            ],
            422,
        ),
        me(
            "form_me_email",
            "/me/email",
            &[("email", "not an email"), ("email_current_password", "")],
            422,
        ),
        me(
            "form_me_email_password",
            "/me/email",
            &[
                ("email", "someone.new@example.com"),
                ("email_current_password", ""),
            ],
            422,
        ),
        me(
            "form_me_backup_email",
            "/me/backup-email",
            &[("backup_email", "nobody@"), ("backup_current_password", "")],
            422,
        ),
        me(
            "form_me_password_short",
            "/me/password",
            &[
                ("current_password", ""),
                ("password", "short"),
                ("confirm_password", "short"),
            ],
            422,
        ),
        me(
            "form_me_password_common",
            "/me/password",
            &[
                ("current_password", ""),
                ("password", "password1234"),
                ("confirm_password", "password1234"),
            ],
            422,
        ),
        me(
            "form_me_password_mismatch",
            "/me/password",
            &[
                ("current_password", ""),
                ("password", "gentle otter kayak"),
                ("confirm_password", "gentle otter canoe"),
            ],
            422,
        ),
        me(
            "form_me_two_factor_email",
            "/me/two-factor/email",
            &[("mfa_current_password", "")],
            422,
        ),
    ]
}

/// Pages for someone not signed in, shown in the browser's language.
pub fn signed_out() -> Vec<&'static str> {
    vec![
        "/login",
        "/password/forgot",
        "/password/reset/not-a-token",
        "/setup/not-a-token",
        "/invite/not-a-token",
        "/activate/not-a-token",
    ]
}
