use std::io::Write;
use std::process::{Command, Stdio};

use crate::helpers::*;

/// `switchboard create-admin` makes an administrator without the browser;
/// the portal then starts without a setup link and the admin can sign in.
#[tokio::test]
async fn create_admin_command_makes_a_super_admin() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("cli.db").display());
    let mut child = Command::new(env!("CARGO_BIN_EXE_switchboard"))
        .args([
            "create-admin",
            "--email",
            "Ops@Example.com",
            "--org-name",
            "Acme Telecom",
        ])
        .env("DATABASE_URL", &db)
        .env("RUST_LOG", "warn")
        .current_dir(dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"a very long password\n")
        .unwrap();
    let output = child.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout} {}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        stdout.contains("Created Enterprise Super Administrator ops@example.com"),
        "{stdout}"
    );

    let config = test_config(&db, dir.path(), &[]);
    let app = switchboard::Application::build(config).await.unwrap();
    assert!(
        app.setup_url().is_none(),
        "no setup link once an administrator exists"
    );
    drop(app);

    let app = spawn_app_sqlite_at(&db).await;
    let response = app.sign_in("ops@example.com", "a very long password").await;
    assert_redirect_to(&response, "/");
    let top = app.top_org().await;
    assert!(
        app.get_html(&format!("/orgs/{top}/dashboard"))
            .await
            .contains("Acme Telecom")
    );
}

#[tokio::test]
async fn create_admin_refuses_a_short_password() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_switchboard"))
        .args(["create-admin", "--email", "ops@example.com"])
        .env(
            "DATABASE_URL",
            format!("sqlite://{}", dir.path().join("cli.db").display()),
        )
        .current_dir(dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"short\n").unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("Use at least 12 characters."));
}
