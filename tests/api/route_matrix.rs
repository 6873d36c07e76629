//! Walks every route in `web::ORG_ROUTES` (the table the app is built from):
//! (a) under an org the administrator cannot see, every GET and POST is 404;
//! (b) under their own org with a record of another org in `{id}`/`{sub}`,
//!     404 as well (also for an administrator who can see both orgs);
//! (c) every POST without the CSRF token is 403.
//! None of them may change the database.

use diesel::prelude::*;
use switchboard::db::schema::{
    accounts, administrators, alert_recipients, audit_events, batches, jobs, numbers, org_settings,
    organizations, outbox, role_privileges, roles, tokens, user_permissions,
};
use switchboard::domain::privileges::Privilege;
use switchboard::web::ORG_ROUTES;
use switchboard::web::route_table::{OrgMethod, OrgRoute};

use crate::helpers::*;

/// What `{id}` stands for in a route.
#[derive(Clone, Copy)]
enum Id {
    Admin,
    Role,
    Batch,
    Job,
    UserPermissions,
    Account,
    Number,
    Upload,
}

/// How to fill one route (GET and POST of a path share it): what `{id}` is,
/// and a form its POST handler would accept, so that only the check under
/// test can stop it. `$org`, `$admin`, `$role` and `$sub` in values are
/// replaced like the path parameters.
struct Case {
    path: &'static str,
    id: Option<Id>,
    form: &'static [(&'static str, &'static str)],
}

const fn case(
    path: &'static str,
    id: Option<Id>,
    form: &'static [(&'static str, &'static str)],
) -> Case {
    Case { path, id, form }
}

const ADMIN_FORM: &[(&str, &str)] = &[
    ("kind", "admin"),
    ("first_name", "Eve"),
    ("last_name", "Intruder"),
    ("email", "eve@example.com"),
    ("role_id", "$role"),
    ("org", "$org"),
    ("language", "English"),
];

const ADMIN_EDIT_FORM: &[(&str, &str)] = &[
    ("kind", "admin"),
    ("first_name", "Mallory"),
    ("last_name", "Intruder"),
    ("email", "mallory@example.com"),
    ("role_id", "$role"),
    ("org", "$org"),
    ("language", "Spanish"),
];

const ACCOUNT_FORM: &[(&str, &str)] = &[
    ("access", "portal"),
    ("first_name", "Eve"),
    ("last_name", "Intruder"),
    ("username", "eve@example.com"),
    ("org", "$org"),
    ("account_ref", "PLANTED-1"),
    ("application", "MultiLine"),
    ("number_mode", "none"),
    ("monitor_calls", "off"),
    ("monitor_sms", "off"),
    ("language", "English"),
    ("action", "save"),
];

const ACCOUNT_EDIT_FORM: &[(&str, &str)] = &[
    ("access", "none"),
    ("first_name", "Mallory"),
    ("last_name", "Intruder"),
    ("org", "$org"),
    ("account_ref", "HIJACKED-1"),
    ("application", "MultiLine"),
    ("number_mode", "none"),
    ("monitor_calls", "auto"),
    ("monitor_sms", "on"),
    ("language", "Spanish"),
    ("action", "save"),
];

const CASES: &[Case] = &[
    case("", None, &[]),
    case("/dashboard", None, &[]),
    case("/suborgs", None, &[("name", "Planted")]),
    case("/suborgs/{sub}/rename", None, &[("name", "Hijacked")]),
    case("/suborgs/{sub}/delete", None, &[]),
    case("/reports", None, &[]),
    case("/reports/administrators-activity", None, &[]),
    case("/reports/administrators-activity.csv", None, &[]),
    case("/accounts", None, &[]),
    case("/accounts/{id}/invite", Some(Id::Account), &[]),
    case(
        "/accounts/bulk",
        None,
        &[("action", "delete"), ("ids", "$account")],
    ),
    case(
        "/accounts/bulk/run",
        None,
        &[("action", "delete"), ("ids", "$account")],
    ),
    case(
        "/accounts/move",
        None,
        &[("ids", "$account"), ("to", "$sub")],
    ),
    case("/accounts/new", None, ACCOUNT_FORM),
    case("/accounts/{id:\\d+}", Some(Id::Account), ACCOUNT_EDIT_FORM),
    case("/accounts/{id:\\d+}/edit", Some(Id::Account), &[]),
    case("/accounts/{id:\\d+}/delete", Some(Id::Account), &[]),
    case("/accounts/{id:\\d+}/reset-pin", Some(Id::Account), &[]),
    case("/setup", None, &[]),
    case(
        "/setup/user-permissions",
        None,
        &[("name", "Planted profile"), ("features", "e911")],
    ),
    case("/setup/user-permissions/new", None, &[]),
    case(
        "/setup/user-permissions/{id}",
        Some(Id::UserPermissions),
        &[("name", "Hijacked profile"), ("features", "e911")],
    ),
    case(
        "/setup/user-permissions/{id}/default",
        Some(Id::UserPermissions),
        &[],
    ),
    case(
        "/setup/user-permissions/{id}/clear-default",
        Some(Id::UserPermissions),
        &[],
    ),
    case(
        "/setup/user-permissions/{id}/delete",
        Some(Id::UserPermissions),
        &[],
    ),
    case(
        "/setup/feature-settings",
        None,
        &[("source", "own"), ("features", "e911")],
    ),
    case(
        "/setup/domain-restriction",
        None,
        &[("source", "own"), ("domains", "planted.example")],
    ),
    case(
        "/setup/invitation-templates",
        None,
        &[
            ("channel", "email"),
            ("language", "English"),
            ("subject", "Hijacked"),
            ("body", "Hijacked {link}"),
            ("action", "save"),
        ],
    ),
    case(
        "/setup/invitation-templates/reset",
        None,
        &[("channel", "email"), ("language", "English")],
    ),
    case(
        "/setup/invitation-templates/test",
        None,
        &[
            ("channel", "sms"),
            ("language", "English"),
            ("to", "+15550100000"),
        ],
    ),
    case(
        "/setup/invitation-templates/validity",
        None,
        &[("days", "3")],
    ),
    case("/administrators", None, ADMIN_FORM),
    case("/administrators/new", None, &[]),
    case("/administrators/new-api-user", None, &[]),
    case(
        "/administrators/reinvite",
        None,
        &[("ids", "$admin"), ("confirm_active", "1")],
    ),
    case("/administrators/reinvite/status.csv", None, &[]),
    case("/administrators/{id}", Some(Id::Admin), ADMIN_EDIT_FORM),
    case(
        "/administrators/{id}/delete",
        Some(Id::Admin),
        &[("confirm_integration", "1")],
    ),
    case("/administrators/{id}/unlock", Some(Id::Admin), &[]),
    case(
        "/administrators/{id}/two-factor/reset",
        Some(Id::Admin),
        &[],
    ),
    case(
        "/setup/two-factor-authentication",
        None,
        &[("policy", "required")],
    ),
    case(
        "/setup/manage-alerts",
        None,
        &[
            ("event", "batch_completed"),
            ("admins", "$admin"),
            ("addresses", "planted@example.com"),
        ],
    ),
    case(
        "/roles",
        None,
        &[("name", "Planted role"), ("privileges", "dashboard.view")],
    ),
    case("/roles/new", None, &[]),
    case(
        "/roles/{id}",
        Some(Id::Role),
        &[("name", "Hijacked role"), ("privileges", "dashboard.view")],
    ),
    case("/roles/{id}/delete", Some(Id::Role), &[]),
    case("/reports/batches", None, &[]),
    case("/reports/batches/{id:\\d+}", Some(Id::Batch), &[]),
    case("/reports/batches/{id:\\d+}.csv", Some(Id::Batch), &[]),
    case("/reports/batches/{id:\\d+}/progress", Some(Id::Batch), &[]),
    case(
        "/reports/batches/{id:\\d+}/undo",
        Some(Id::Batch),
        &[("confirm_rest", "yes")],
    ),
    case("/accounts/import", None, &[("org", "$org")]),
    case("/accounts/import/template.csv", None, &[]),
    case(
        "/accounts/import/{id:\\d+}",
        Some(Id::Upload),
        &[("then", "import")],
    ),
    case(
        "/accounts/import/{id:\\d+}/invalid.csv",
        Some(Id::Upload),
        &[],
    ),
    case("/reports/jobs", None, &[]),
    case("/reports/jobs/{id}/retry", Some(Id::Job), &[]),
    case(
        "/numbers",
        None,
        &[("mode", "one"), ("number", "+15550199999")],
    ),
    case("/numbers/new", None, &[]),
    case("/numbers/reserve", None, &[("ids", "$number")]),
    case("/numbers/unreserve", None, &[("ids", "$number")]),
    case(
        "/numbers/tag",
        None,
        &[("ids", "$number"), ("new_tag", "HIJACK")],
    ),
    case(
        "/numbers/delete",
        None,
        &[("ids", "$number"), ("confirm", "yes")],
    ),
    case(
        "/numbers/allocate",
        None,
        &[("ids", "$number"), ("to_org", "$sub")],
    ),
    case("/numbers/withdraw", None, &[("ids", "$number")]),
    case(
        "/numbers/{id:\\d+}",
        Some(Id::Number),
        &[("status", "reserved"), ("tag", "HIJACK")],
    ),
    case("/numbers/{id:\\d+}/delete", Some(Id::Number), &[]),
];

/// The values a walk puts into the path and the form.
#[derive(Clone)]
struct Fill {
    org: String,
    admin: i64,
    role: i64,
    sub: String,
    batch: i64,
    job: i64,
    user_permissions: i64,
    /// A No Portal Access account (so Reset PIN applies to it).
    account: i64,
    number: i64,
    /// A CSV file uploaded for import (not imported yet).
    upload: i64,
}

impl Fill {
    fn value(&self, v: &str) -> String {
        match v {
            "$org" => self.org.clone(),
            "$admin" => self.admin.to_string(),
            "$role" => self.role.to_string(),
            "$sub" => self.sub.clone(),
            "$number" => self.number.to_string(),
            "$account" => self.account.to_string(),
            other => other.to_owned(),
        }
    }
}

fn case_for(route: &OrgRoute) -> &'static Case {
    CASES
        .iter()
        .find(|c| c.path == route.path)
        .unwrap_or_else(|| {
            panic!(
                "{} /orgs/{{org}}{} has no case in tests/api/route_matrix.rs: say what its \
             parameters stand for",
                route.method.as_str(),
                route.path
            )
        })
}

fn has_record(route: &OrgRoute) -> bool {
    route.path.contains('{')
}

/// `/orgs/{org}…` with every parameter filled, or a panic naming the route.
fn url_for(route: &OrgRoute, fill: &Fill) -> String {
    let case = case_for(route);
    let mut path = route.path.replace("{sub}", &fill.sub);
    // `{id}`, or `{id:regex}` where the route restricts what an id looks like.
    if let Some(start) = path.find("{id") {
        let end = start + path[start..].find('}').expect("closing brace") + 1;
        let id = match case.id {
            Some(Id::Admin) => fill.admin,
            Some(Id::Role) => fill.role,
            Some(Id::Batch) => fill.batch,
            Some(Id::Job) => fill.job,
            Some(Id::UserPermissions) => fill.user_permissions,
            Some(Id::Account) => fill.account,
            Some(Id::Number) => fill.number,
            Some(Id::Upload) => fill.upload,
            None => panic!(
                "the case for {} /orgs/{{org}}{} must say what {{id}} is",
                route.method.as_str(),
                route.path
            ),
        };
        path.replace_range(start..end, &id.to_string());
    }
    assert!(
        !path.contains('{'),
        "route_matrix cannot fill a parameter of {} /orgs/{{org}}{}",
        route.method.as_str(),
        route.path
    );
    format!("/orgs/{}{path}", fill.org)
}

fn form_for(route: &OrgRoute, fill: &Fill) -> Vec<(String, String)> {
    case_for(route)
        .form
        .iter()
        .map(|(k, v)| ((*k).to_owned(), fill.value(v)))
        .collect()
}

async fn send(app: &TestApp, route: &OrgRoute, fill: &Fill, with_token: bool) -> u16 {
    let url = app.url(&url_for(route, fill));
    let response = match route.method {
        OrgMethod::Get => app.client.get(url).send().await,
        OrgMethod::Post => {
            let mut form = form_for(route, fill);
            if with_token {
                form.insert(0, ("csrf_token".into(), app.csrf()));
            }
            app.client.post(url).form(&form).send().await
        }
    };
    response.expect("request").status().as_u16()
}

/// What a request must not change: the tenant tables in full, and the
/// number of audit events, tokens and queued emails.
async fn snapshot(app: &TestApp) -> String {
    app.db
        .run(|conn| {
            let orgs: Vec<(i64, Option<i64>, String, String)> = organizations::table
                .select((
                    organizations::id,
                    organizations::parent_id,
                    organizations::name,
                    organizations::time_zone,
                ))
                .order(organizations::id)
                .load(conn)?;
            let roles: Vec<(i64, Option<i64>, String)> = roles::table
                .select((roles::id, roles::org_id, roles::name))
                .order(roles::id)
                .load(conn)?;
            let grants: Vec<(i64, String)> = role_privileges::table
                .select((role_privileges::role_id, role_privileges::privilege))
                .order((role_privileges::role_id, role_privileges::privilege))
                .load(conn)?;
            let admins: Vec<(i64, i64, i64, String, String, String, String)> =
                administrators::table
                    .select((
                        administrators::id,
                        administrators::org_id,
                        administrators::role_id,
                        administrators::first_name,
                        administrators::email,
                        administrators::status,
                        administrators::language,
                    ))
                    .order(administrators::id)
                    .load(conn)?;
            let profiles: Vec<(i64, i64, String, bool, String)> = user_permissions::table
                .select((
                    user_permissions::id,
                    user_permissions::org_id,
                    user_permissions::name,
                    user_permissions::is_default,
                    user_permissions::features,
                ))
                .order(user_permissions::id)
                .load(conn)?;
            let settings: Vec<(i64, Option<String>, Option<String>)> = org_settings::table
                .select((
                    org_settings::org_id,
                    org_settings::features,
                    org_settings::allowed_domains,
                ))
                .order(org_settings::org_id)
                .load(conn)?;
            let accounts: Vec<AccountRow> = accounts::table
                .select((
                    accounts::id,
                    accounts::org_id,
                    accounts::account_ref,
                    accounts::first_name,
                    accounts::username,
                    accounts::pin_hash,
                    accounts::language,
                ))
                .order(accounts::id)
                .load(conn)?;
            let audit: i64 = audit_events::table.count().get_result(conn)?;
            let tokens: i64 = tokens::table.count().get_result(conn)?;
            let outbox: i64 = outbox::table.count().get_result(conn)?;
            let alerts: i64 = alert_recipients::table.count().get_result(conn)?;
            let numbers: Vec<(i64, i64, String, Option<String>)> = numbers::table
                .select((numbers::id, numbers::org_id, numbers::status, numbers::tag))
                .order(numbers::id)
                .load(conn)?;
            let failed: i64 = jobs::table
                .filter(jobs::failed_at.is_not_null())
                .count()
                .get_result(conn)?;
            Ok(format!(
                "{orgs:?}\n{roles:?}\n{grants:?}\n{admins:?}\n{profiles:?}\n{settings:?}\n{accounts:?}\n{numbers:?}\n\
                 audit={audit} tokens={tokens} outbox={outbox} alerts={alerts} failed_jobs={failed}"
            ))
        })
        .await
        .expect("snapshot")
}

/// A CSV file uploaded into `org` by its first administrator.
async fn upload_in(app: &TestApp, org: &str) -> i64 {
    use switchboard::db::schema::import_uploads;
    let org_id = app.org_id(org).await;
    app.db
        .run(move |conn| {
            let profile: i64 = user_permissions::table
                .select(user_permissions::id)
                .first(conn)?;
            let admin: i64 = administrators::table
                .filter(administrators::org_id.eq(org_id))
                .select(administrators::id)
                .first(conn)?;
            let values = (
                import_uploads::org_id.eq(org_id),
                import_uploads::admin_id.eq(admin),
                import_uploads::user_permissions_id.eq(profile),
                import_uploads::file_name.eq("people.csv"),
                import_uploads::content.eq(b"firstname,email address or device,social_messaging,monitor_calls,monitor_sms\nAnn,ann@example.com,No,auto,on\n".to_vec()),
                import_uploads::created_at.eq(chrono::Utc::now().naive_utc()),
            );
            Ok(switchboard::each_backend!(conn, c => diesel::insert_into(import_uploads::table)
                .values(values)
                .returning(import_uploads::id)
                .get_result::<i64>(c))?)
        })
        .await
        .expect("upload")
}

/// A finished batch of `org` (as a re-invite there would leave).
async fn batch_in(app: &TestApp, org: &str) -> i64 {
    let org = org.to_owned();
    app.db
        .run(move |conn| {
            let org_id: i64 = organizations::table
                .filter(organizations::display_id.eq(&org))
                .select(organizations::id)
                .first(conn)?;
            let now = chrono::Utc::now().naive_utc();
            let values = (
                batches::org_id.eq(org_id),
                batches::operation.eq("reinvite_administrators"),
                batches::actor_name.eq("Test"),
                batches::state.eq("done"),
                batches::total.eq(0_i64),
                batches::created_at.eq(now),
                batches::finished_at.eq(Some(now)),
            );
            Ok(
                switchboard::each_backend!(conn, c => diesel::insert_into(batches::table)
                .values(values)
                .returning(batches::id)
                .get_result::<i64>(c))?,
            )
        })
        .await
        .expect("batch")
}

/// User Permissions defined in `org`.
async fn user_permissions_in(app: &TestApp, org: &str) -> i64 {
    let org = org.to_owned();
    app.db
        .run(move |conn| {
            let org_id: i64 = organizations::table
                .filter(organizations::display_id.eq(&org))
                .select(organizations::id)
                .first(conn)?;
            let now = chrono::Utc::now().naive_utc();
            let values = (
                user_permissions::org_id.eq(org_id),
                user_permissions::name.eq(format!("Profile of {org}")),
                user_permissions::is_default.eq(false),
                user_permissions::features.eq(""),
                user_permissions::created_at.eq(now),
                user_permissions::updated_at.eq(now),
            );
            Ok(
                switchboard::each_backend!(conn, c => diesel::insert_into(user_permissions::table)
                .values(values)
                .returning(user_permissions::id)
                .get_result::<i64>(c))?,
            )
        })
        .await
        .expect("user permissions")
}

/// A failed job of `org` (as an email that could not be delivered leaves).
async fn failed_job_in(app: &TestApp, org: &str) -> i64 {
    let org = org.to_owned();
    app.db
        .run(move |conn| {
            let org_id: i64 = organizations::table
                .filter(organizations::display_id.eq(&org))
                .select(organizations::id)
                .first(conn)?;
            let now = chrono::Utc::now().naive_utc();
            let values = (
                jobs::kind.eq("purge_sessions"),
                jobs::payload.eq("{}"),
                jobs::org_id.eq(Some(org_id)),
                jobs::run_after.eq(now),
                jobs::attempts.eq(3),
                jobs::last_error.eq(Some("failed in a test")),
                jobs::created_at.eq(now),
                jobs::failed_at.eq(Some(now)),
            );
            Ok(
                switchboard::each_backend!(conn, c => diesel::insert_into(jobs::table)
                .values(values)
                .returning(jobs::id)
                .get_result::<i64>(c))?,
            )
        })
        .await
        .expect("job")
}

/// What the snapshot keeps of an account.
type AccountRow = (
    i64,
    i64,
    String,
    String,
    Option<String>,
    Option<String>,
    String,
);

/// A No Portal Access account of `org` holding a number, with a PIN.
async fn account_in(app: &TestApp, org: &str, account_ref: &str) -> i64 {
    let id = app
        .insert_account(org, account_ref, ("Desk", "Phone"), None, "saved")
        .await;
    let number = format!("+1555{:07}", id);
    app.give_number(org, id, &number).await;
    app.db
        .run(move |conn| {
            diesel::update(accounts::table.find(id))
                .set(accounts::pin_hash.eq("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA"))
                .execute(conn)?;
            Ok(())
        })
        .await
        .expect("account");
    id
}

/// An Available number of `org`.
async fn number_in(app: &TestApp, org: &str, e164: &str) -> i64 {
    let (org, e164) = (org.to_owned(), e164.to_owned());
    app.db
        .run(move |conn| {
            let org_id: i64 = organizations::table
                .filter(organizations::display_id.eq(&org))
                .select(organizations::id)
                .first(conn)?;
            let now = chrono::Utc::now().naive_utc();
            let values = (
                numbers::org_id.eq(org_id),
                numbers::e164.eq(e164),
                numbers::created_at.eq(now),
                numbers::updated_at.eq(now),
            );
            Ok(
                switchboard::each_backend!(conn, c => diesel::insert_into(numbers::table)
                .values(values)
                .returning(numbers::id)
                .get_result::<i64>(c))?,
            )
        })
        .await
        .expect("number")
}

async fn role_of(app: &TestApp, email: &str) -> i64 {
    let email = email.to_owned();
    app.db
        .run(move |conn| {
            Ok(administrators::table
                .filter(administrators::email.eq(email))
                .select(administrators::role_id)
                .first(conn)?)
        })
        .await
        .expect("role")
}

/// Two sibling sub-orgs, each with a sub-org and administrators.
struct World {
    own: Fill,
    foreign: Fill,
    foreign_records_in_own_org: Fill,
}

async fn build_world(app: &TestApp) -> World {
    let top = app.sign_in_super().await;
    let a = app.create_suborg(&top, "Org A").await;
    let b = app.create_suborg(&top, "Org B").await;
    let a1 = app.create_suborg(&a, "Org A One").await;
    let b1 = app.create_suborg(&b, "Org B One").await;
    app.create_admin(&a, "a@example.com", "a password long", Privilege::ALL)
        .await;
    let a2 = app
        .create_admin(
            &a,
            "a2@example.com",
            "a2 password long",
            &[Privilege::DashboardView],
        )
        .await;
    let b_admin = app
        .create_admin(
            &b,
            "b@example.com",
            "b password long",
            &[Privilege::DashboardView],
        )
        .await;
    let own = Fill {
        org: a.clone(),
        admin: a2,
        role: role_of(app, "a2@example.com").await,
        sub: a1,
        batch: batch_in(app, &a).await,
        job: failed_job_in(app, &a).await,
        user_permissions: user_permissions_in(app, &a).await,
        account: account_in(app, &a, "A-PHONE").await,
        number: number_in(app, &a, "+15550100001").await,
        upload: upload_in(app, &a).await,
    };
    let foreign_batch = batch_in(app, &b).await;
    let foreign_job = failed_job_in(app, &b).await;
    let foreign_user_permissions = user_permissions_in(app, &b).await;
    let foreign_account = account_in(app, &b, "B-PHONE").await;
    let foreign_number = number_in(app, &b, "+15550100002").await;
    let foreign_upload = upload_in(app, &b).await;
    let foreign = Fill {
        org: b,
        admin: b_admin,
        role: role_of(app, "b@example.com").await,
        sub: b1,
        batch: foreign_batch,
        job: foreign_job,
        user_permissions: foreign_user_permissions,
        account: foreign_account,
        number: foreign_number,
        upload: foreign_upload,
    };
    let foreign_records_in_own_org = Fill {
        org: a,
        ..foreign.clone()
    };
    World {
        own,
        foreign,
        foreign_records_in_own_org,
    }
}

/// The answer a walk expects from every route.
#[derive(Clone, Copy, Debug)]
enum Expect {
    Is(u16),
    Not(u16),
}

/// Sends every route (those with a record parameter only, if asked) and
/// returns a line for each answer other than `expected`.
async fn walk(
    app: &TestApp,
    fill: &Fill,
    only_records: bool,
    methods: &[OrgMethod],
    with_token: bool,
    expected: Expect,
) -> Vec<String> {
    let mut wrong = Vec::new();
    for route in ORG_ROUTES {
        if !methods.contains(&route.method) || (only_records && !has_record(route)) {
            continue;
        }
        let status = send(app, route, fill, with_token).await;
        let fine = match expected {
            Expect::Is(code) => status == code,
            Expect::Not(code) => status != code,
        };
        if !fine {
            wrong.push(format!(
                "{} {} answered {status}, expected {expected:?}",
                route.method.as_str(),
                url_for(route, fill)
            ));
        }
    }
    wrong
}

#[test]
fn every_org_route_has_a_case() {
    for route in ORG_ROUTES {
        case_for(route);
    }
}

#[tokio::test]
async fn every_org_route_refuses_foreign_orgs_foreign_records_and_missing_tokens() {
    for_each_backend(|app| async move {
        let world = build_world(&app).await;
        let both = [OrgMethod::Get, OrgMethod::Post];
        let mut failures = Vec::new();

        // As the super administrator, who can see both A and B: B's records
        // under A's address are still not found.
        app.get_html(&format!("/orgs/{}/dashboard", world.own.org))
            .await;
        let before = snapshot(&app).await;
        let found = walk(
            &app,
            &world.foreign_records_in_own_org,
            true,
            &both,
            true,
            Expect::Is(404),
        )
        .await;
        failures.extend(found.into_iter().map(|f| format!("(b, super) {f}")));
        assert_eq!(
            snapshot(&app).await,
            before,
            "(b, super) changed the database"
        );

        app.sign_out().await;
        let signed_in = app.sign_in("a@example.com", "a password long").await;
        assert_redirect_to(&signed_in, "/");
        app.get_html(&format!("/orgs/{}/dashboard", world.own.org))
            .await;
        let before = snapshot(&app).await;

        let found = walk(&app, &world.foreign, false, &both, true, Expect::Is(404)).await;
        failures.extend(found.into_iter().map(|f| format!("(a) {f}")));
        assert_eq!(snapshot(&app).await, before, "(a) changed the database");

        let found = walk(
            &app,
            &world.foreign_records_in_own_org,
            true,
            &both,
            true,
            Expect::Is(404),
        )
        .await;
        failures.extend(found.into_iter().map(|f| format!("(b) {f}")));
        assert_eq!(snapshot(&app).await, before, "(b) changed the database");

        let found = walk(
            &app,
            &world.own,
            false,
            &[OrgMethod::Post],
            false,
            Expect::Is(403),
        )
        .await;
        failures.extend(found.into_iter().map(|f| format!("(c) {f}")));
        assert_eq!(snapshot(&app).await, before, "(c) changed the database");

        // Control: with the admin's own records the same addresses are found,
        // so the 404s above come from the foreign ids, not from bad paths.
        let found = walk(
            &app,
            &world.own,
            false,
            &[OrgMethod::Get],
            true,
            Expect::Not(404),
        )
        .await;
        failures.extend(found.into_iter().map(|f| format!("(control) {f}")));

        assert!(failures.is_empty(), "{}", failures.join("\n"));
    })
    .await;
}
