//! `switchboard create-admin --email … --org-name …`: creates an Enterprise
//! Super Administrator without a browser. The password is read from stdin.

use std::io::BufRead;

use crate::auth::password;
use crate::config::Config;
use crate::db::{self, Db};
use crate::domain::first_admin::{self, Authority, NewSuperAdmin};
use crate::domain::values::{Email, NewPassword, OrgName, PersonName};
use crate::error::AppError;

pub struct CreateAdmin {
    pub email: String,
    pub org_name: Option<String>,
    pub first_name: String,
    pub last_name: String,
}

/// `--flag value` pairs, in order; a flag without a value is refused.
pub fn flags(args: &[String]) -> Result<Vec<(&str, String)>, String> {
    args.chunks(2)
        .map(|pair| match pair {
            [flag, value] => Ok((flag.as_str(), value.clone())),
            [flag] => Err(format!("{flag} needs a value")),
            _ => unreachable!("chunks of two"),
        })
        .collect()
}

pub fn parse_create_admin(args: &[String]) -> Result<CreateAdmin, String> {
    let mut out = CreateAdmin {
        email: String::new(),
        org_name: None,
        first_name: "Super".into(),
        last_name: "Administrator".into(),
    };
    for (flag, value) in flags(args)? {
        match flag {
            "--email" => out.email = value,
            "--org-name" => out.org_name = Some(value),
            "--first-name" => out.first_name = value,
            "--last-name" => out.last_name = value,
            other => return Err(format!("unknown option {other}")),
        }
    }
    if out.email.is_empty() {
        return Err("--email is required".into());
    }
    Ok(out)
}

/// Creates the administrator in the top organization (creating that org,
/// named `--org-name`, when the database is empty).
pub fn create_admin(config: &Config, args: CreateAdmin) -> anyhow::Result<String> {
    let email = Email::parse(&args.email).map_err(anyhow::Error::msg)?;
    let first = PersonName::parse_first(&args.first_name).map_err(anyhow::Error::msg)?;
    let last = PersonName::parse_last(&args.last_name).map_err(anyhow::Error::msg)?;
    let org_name = OrgName::parse(args.org_name.as_deref().unwrap_or(&config.top_org_name))
        .map_err(anyhow::Error::msg)?;

    eprintln!(
        "Password for {email} (at least {} characters), then Enter:",
        NewPassword::MIN
    );
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    let owner = [first.as_str(), last.as_str(), email.as_str()];
    let pw = NewPassword::parse(line.trim_end_matches(['\r', '\n']), None, &owner)
        .map_err(anyhow::Error::msg)?;
    let hash = password::hash(pw.expose()).map_err(|e| anyhow::anyhow!("{e}"))?;

    let db = Db::new(db::connect(&config.database, 1)?);
    let mut conn = db.get().map_err(|e| anyhow::anyhow!("{e}"))?;
    let new = NewSuperAdmin {
        first_name: first,
        last_name: last,
        email: email.clone(),
        password_hash: hash,
    };
    let authority = Authority::CommandLine {
        org_name: &org_name,
    };
    let (org, _) = first_admin::create_super_admin(&mut conn, authority, new)
        .map_err(|e| match e {
            AppError::Invalid(errors) => {
                anyhow::anyhow!(
                    "{}",
                    errors
                        .get("email")
                        .map_or("invalid input".into(), ToString::to_string)
                )
            }
            other => anyhow::anyhow!("{other}"),
        })?
        .ok_or_else(|| anyhow::anyhow!("the administrator was not created"))?;
    Ok(format!(
        "Created Enterprise Super Administrator {email} in {}.",
        org.label()
    ))
}

pub mod demo;
