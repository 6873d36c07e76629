use std::io::Write;
use std::process::{Command, Stdio};

use crate::helpers::*;

/// `switchboard create-admin` makes an administrator without the browser;
/// the portal then starts without a setup link and the admin can sign in.
#[tokio::test]
async fn create_admin_command_makes_a_super_admin() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("cli.db").display());
    let output = run_switchboard(
        &[
            "create-admin",
            "--email",
            "Ops@Example.com",
            "--org-name",
            "Acme Telecom",
        ],
        &db,
        b"a very long password\n",
    );
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
    let db = format!("sqlite://{}", dir.path().join("cli.db").display());
    let output = run_switchboard(
        &["create-admin", "--email", "ops@example.com"],
        &db,
        b"short\n",
    );
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("Use at least 12 characters."));
}

/// Runs `switchboard <args>` on `database_url`, with `stdin` as its input.
fn run_switchboard(args: &[&str], database_url: &str, stdin: &[u8]) -> std::process::Output {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_switchboard"))
        .args(args)
        .env("DATABASE_URL", database_url)
        .env("BASE_URL", "http://portal.example.test")
        .env("RUST_LOG", "warn")
        .current_dir(dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

/// `switchboard demo` fills an empty database through the operations: the
/// demo administrator signs in with the generated password and sees
/// accounts in every Invitation state and numbers; a second run refuses.
#[tokio::test]
async fn demo_fills_an_empty_database_and_refuses_a_used_one() {
    for_each_backend(|app| async move {
        let output = run_switchboard(&["demo"], &app.database_url, b"\n");
        let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
        assert!(
            output.status.success(),
            "{stdout} {}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(
            stdout.contains("open http://portal.example.test/ and sign in as admin@example.com"),
            "{stdout}"
        );
        let password = stdout
            .split("with the password ")
            .nth(1)
            .and_then(|rest| rest.split('.').next())
            .expect("a generated password is printed")
            .trim()
            .to_owned();

        let response = app.sign_in("admin@example.com", &password).await;
        assert_redirect_to(&response, "/");
        let top = app.top_org().await;
        for (key, label) in [
            ("not_invited", "Saved — not invited"),
            ("pending", "Pending"),
            ("expired", "Expired"),
            ("activated", "Activated"),
            ("no_portal_access", "No Portal Access"),
        ] {
            let html = app
                .get_html(&format!("/orgs/{top}/accounts?invitation={key}"))
                .await;
            assert!(
                html.contains(&format!("<td data-label=\"Invitation\">{label}</td>")),
                "no {label} account: {html}"
            );
        }
        let numbers = app.get_html(&format!("/orgs/{top}/numbers")).await;
        assert!(numbers.contains("PORTED"), "{numbers}");
        assert!(numbers.contains("+15550100"), "{numbers}");

        let again = run_switchboard(&["demo"], &app.database_url, b"a very long password\n");
        assert!(!again.status.success());
        assert!(
            String::from_utf8_lossy(&again.stderr)
                .contains("the database already has administrators"),
            "{}",
            String::from_utf8_lossy(&again.stderr)
        );
    })
    .await;
}

/// Started on a port that is taken, the portal says which address it
/// tried and how to choose another, on one line, and exits.
#[tokio::test]
async fn a_taken_port_is_named_with_how_to_choose_another() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let dir = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_switchboard"))
        .env(
            "DATABASE_URL",
            format!("sqlite://{}/db.sqlite", dir.path().display()),
        )
        .env("BIND_ADDR", &addr)
        .env("RUST_LOG", "error")
        .current_dir(dir.path())
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    let lines: Vec<&str> = stderr.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(lines.len(), 1, "{stderr}");
    assert!(
        lines[0].contains(&format!("cannot listen on {addr}")) && lines[0].contains("BIND_ADDR"),
        "{stderr}"
    );
}
