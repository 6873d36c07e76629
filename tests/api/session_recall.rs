//! A page is served from the session as an earlier page read it, confirmed
//! in the page's own database trip. These tests change the session row
//! behind the server's back, as another instance (or another browser) would,
//! and look at what the next page shows.

use diesel::prelude::*;
use switchboard::db::schema::{administrators, sessions};

use crate::helpers::*;

/// The dashboard twice: the second view is served from the session as the
/// first read it.
async fn viewed_twice(app: &TestApp, dashboard: &str) {
    for _ in 0..2 {
        let page = app.get(dashboard).await;
        assert_eq!(page.status().as_u16(), 200);
    }
}

/// Every session's row deleted, as another instance signing out would.
async fn signed_out_elsewhere(app: &TestApp) {
    app.db
        .run(|conn| Ok(diesel::delete(sessions::table).execute(conn)?))
        .await
        .unwrap();
}

#[tokio::test]
async fn a_session_ended_on_another_instance_ends_at_the_next_page() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let dashboard = format!("/orgs/{top}/dashboard");
        viewed_twice(&app, &dashboard).await;
        signed_out_elsewhere(&app).await;
        assert_redirect_to(&app.get(&dashboard).await, "/login");
        assert!(app.get_html("/login").await.contains("name=\"password\""));
    })
    .await;
}

#[tokio::test]
async fn a_page_that_reads_nothing_still_confirms_the_session() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        // "/" sends a signed-in administrator on to their dashboard without
        // reading the database itself.
        for _ in 0..2 {
            assert_redirect_to(&app.get("/").await, &format!("/orgs/{top}/dashboard"));
        }
        signed_out_elsewhere(&app).await;
        assert_redirect_to(&app.get("/").await, "/login");
    })
    .await;
}

#[tokio::test]
async fn a_session_changed_elsewhere_is_read_afresh() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let dashboard = format!("/orgs/{top}/dashboard");
        viewed_twice(&app, &dashboard).await;
        assert!(app.get_html(&dashboard).await.contains("Sam Super"));
        // Renamed on another instance, which tells the sessions (the epoch).
        app.db
            .run(|conn| {
                diesel::update(administrators::table)
                    .set(administrators::first_name.eq("Samira"))
                    .execute(conn)?;
                diesel::update(sessions::table)
                    .set(sessions::epoch.eq(sessions::epoch + 1))
                    .execute(conn)?;
                Ok(())
            })
            .await
            .unwrap();
        // Asked again, at the same address, and then shown as it is now.
        let again = app.get(&dashboard).await;
        assert_redirect_to(&again, &dashboard);
        let page = app.get_html(&dashboard).await;
        assert!(page.contains("Samira Super"), "the new name is shown");
        assert!(!page.contains("Sam Super"));
    })
    .await;
}

#[tokio::test]
async fn a_session_touched_elsewhere_is_not_sent_round() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let dashboard = format!("/orgs/{top}/dashboard");
        viewed_twice(&app, &dashboard).await;
        // Another page of this session (or another instance) noted when and
        // where it was last used: the session is otherwise the same.
        app.db
            .run(|conn| {
                let state: String = sessions::table
                    .filter(sessions::admin_id.is_not_null())
                    .select(sessions::state)
                    .first(conn)?;
                let mut map: serde_json::Map<String, serde_json::Value> =
                    serde_json::from_str(&state).unwrap();
                map.insert("seen".into(), serde_json::Value::String("1".into()));
                map.insert(
                    "addr".into(),
                    serde_json::Value::String("\"10.0.0.9\"".into()),
                );
                let touched = serde_json::to_string(&map).unwrap();
                diesel::update(sessions::table)
                    .set(sessions::state.eq(touched))
                    .execute(conn)?;
                Ok(())
            })
            .await
            .unwrap();
        assert_eq!(app.get(&dashboard).await.status().as_u16(), 200);
    })
    .await;
}
