//! The first way in: creating an Enterprise Super Administrator when there
//! is nobody to ask. Two adapters use it — the one-time `/setup/<token>`
//! page (first run) and `switchboard create-admin` on the command line —
//! and both go through `create_super_admin`.

use std::time::Duration;

use crate::db::{self, DbConn};
use crate::domain::admins::{self, NewActiveAdmin};
use crate::domain::audit::{self, Actor, Event};
use crate::domain::orgs::{self, Organization};
use crate::domain::roles;
use crate::domain::tokens::{self, Purpose};
use crate::domain::user_permissions;
use crate::domain::values::{Email, OrgName, PersonName};
use crate::error::{AppError, AppResult};

/// At start-up: when no administrator exists, makes sure the top org exists
/// (named `top_org_name`) and returns a fresh raw setup token (older ones
/// stop working). `None` once an administrator exists.
pub fn prepare(conn: &mut DbConn, top_org_name: &str, ttl: Duration) -> AppResult<Option<String>> {
    db::transaction(conn, |conn| {
        if admins::any_exist(conn)? {
            return Ok(None);
        }
        let top = match orgs::top(conn)? {
            Some(top) => top,
            None => {
                let name = OrgName::parse(top_org_name)
                    .map_err(|m| AppError::internal(anyhow::anyhow!("TOP_ORG_NAME: {m}")))?;
                create_top_org(conn, &name)?
            }
        };
        tokens::revoke(conn, Purpose::Setup, None)?;
        let token = tokens::issue(conn, Purpose::Setup, Some(top.id), None, ttl)?;
        Ok(Some(token))
    })
}

/// The top org, created with its default User Permissions profile.
pub fn create_top_org(conn: &mut DbConn, name: &OrgName) -> AppResult<Organization> {
    db::transaction(conn, |conn| {
        let top = orgs::create_top(conn, name)?;
        user_permissions::create_top_default(conn, &top)?;
        Ok(top)
    })
}

/// The name of the org a live setup link creates the administrator in;
/// `None` when the link is dead or an administrator exists already.
pub fn setup_org_name(conn: &mut DbConn, raw: &str) -> AppResult<Option<String>> {
    if admins::any_exist(conn)? {
        return Ok(None);
    }
    let Some(t) = tokens::peek(conn, Purpose::Setup, raw)? else {
        return Ok(None);
    };
    let org = orgs::by_id(conn, t.org_id.ok_or(AppError::NotFound)?)?;
    Ok(Some(org.name))
}

/// What vouches for creating a super administrator without one signed in.
pub enum Authority<'a> {
    /// The one-time setup link; works only while no administrator exists.
    SetupLink {
        raw_token: &'a str,
        client_addr: Option<String>,
    },
    /// Someone with the server's shell: the top org is created (with this
    /// name) when the database is empty.
    CommandLine { org_name: &'a OrgName },
}

pub struct NewSuperAdmin {
    pub first_name: PersonName,
    pub last_name: PersonName,
    pub email: Email,
    /// Hashed by the caller, off the async runtime.
    pub password_hash: String,
}

/// Creates an active Enterprise Super Administrator in the top org. `None`
/// when a setup link is dead (used, expired, or an administrator exists).
pub fn create_super_admin(
    conn: &mut DbConn,
    authority: Authority<'_>,
    new: NewSuperAdmin,
) -> AppResult<Option<(Organization, i64)>> {
    db::transaction(conn, |conn| {
        let (org, client_addr, how) = match authority {
            Authority::SetupLink {
                raw_token,
                client_addr,
            } => {
                let Some(t) = tokens::consume(conn, Purpose::Setup, raw_token)? else {
                    return Ok(None);
                };
                if admins::any_exist(conn)? {
                    return Ok(None);
                }
                let org = orgs::by_id(conn, t.org_id.ok_or(AppError::NotFound)?)?;
                (
                    org,
                    client_addr,
                    "first Enterprise Super Administrator, created with the setup link",
                )
            }
            Authority::CommandLine { org_name } => {
                let org = match orgs::top(conn)? {
                    Some(org) => org,
                    None => create_top_org(conn, org_name)?,
                };
                (
                    org,
                    None,
                    "Enterprise Super Administrator, created with the create-admin command",
                )
            }
        };
        let role_id = roles::super_admin_role_id(conn)?;
        let id = admins::create_active(
            conn,
            NewActiveAdmin {
                org: &org,
                role_id,
                first_name: &new.first_name,
                last_name: &new.last_name,
                email: &new.email,
                password_hash: new.password_hash,
            },
        )?;
        let name = format!(
            "{} {} <{}>",
            new.first_name.as_str(),
            new.last_name.as_str(),
            new.email
        );
        let actor = Actor {
            id: Some(id),
            name: name.clone(),
            client_addr,
        };
        let event = Event {
            org_id: Some(org.id),
            action: "administrator_created",
            target: &name,
            details: how.into(),
        };
        audit::record(conn, &actor, event)?;
        Ok(Some((org, id)))
    })
}
