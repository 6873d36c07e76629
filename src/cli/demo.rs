//! `switchboard demo`: fills an empty database with a living portal (an org
//! tree, numbers with tags, User Permissions, Feature Settings, a few
//! hundred accounts in every status, administrators with custom roles), so
//! a new user has something to look at.
//!
//! Everything is made by the same operations the pages call, acting as the
//! demo's Enterprise Super Administrator, so the rows are exactly what the
//! app writes. Two states no operation produces (an invitation that has
//! expired, a suspended account) are made with a direct UPDATE afterwards;
//! each says so where it happens. It all runs in one transaction: the
//! database is filled completely or not at all.

use std::io::BufRead;

use diesel::prelude::*;
use rand::Rng;

use crate::auth::password;
use crate::config::Config;
use crate::db::schema::{account_invitations, accounts, jobs, outbox};
use crate::db::{self, Db, DbConn};
use crate::domain::account_edits::{self, AccountInput, Then};
use crate::domain::account_edits::{
    AccountRef, Application, MonitorCalls, MonitorSms, NumberChoice, Pin, PinHash, Username,
};
use crate::domain::acting::Acting;
use crate::domain::activation::{self, Outcome};
use crate::domain::admin_edits::{self, AdminInput};
use crate::domain::admins;
use crate::domain::features::{Feature, FeatureSet};
use crate::domain::first_admin::{self, Authority, NewSuperAdmin};
use crate::domain::invitations::Links;
use crate::domain::numbers::{self, AddForm, NewNumbers, Selection, Tag};
use crate::domain::orgs::Organization;
use crate::domain::privileges::{Privilege, PrivilegeSet};
use crate::domain::role_edits::{self, RoleInput};
use crate::domain::roles::RoleName;
use crate::domain::setup_edits::{self, Choice};
use crate::domain::user_permission_edits::{self, ProfileInput};
use crate::domain::user_permissions::ProfileName;
use crate::domain::values::{Email, NewPassword, OrgName, PersonName, PhoneNumber};
use crate::error::{AppError, AppResult};

/// The demo's Enterprise Super Administrator.
pub const EMAIL: &str = "admin@example.com";

/// `switchboard demo [--email …]`.
pub struct Demo {
    pub email: String,
}

pub fn parse(args: &[String]) -> Result<Demo, String> {
    let mut out = Demo {
        email: EMAIL.into(),
    };
    for (flag, value) in super::flags(args)? {
        match flag {
            "--email" => out.email = value,
            other => return Err(format!("unknown option {other}")),
        }
    }
    Ok(out)
}

/// Reads the password (an empty line, or no input: one is generated), fills
/// the database and returns what to print.
pub fn run(config: &Config, args: Demo) -> anyhow::Result<String> {
    let email = Email::parse(&args.email).map_err(anyhow::Error::msg)?;
    let db = Db::new(db::connect(&config.database, 1)?);
    let mut conn = db.get().map_err(|e| anyhow::anyhow!("{e}"))?;
    if admins::any_exist(&mut conn).map_err(|e| anyhow::anyhow!("{e}"))? {
        anyhow::bail!(
            "the database already has administrators: `switchboard demo` only fills an empty \
             database (point DATABASE_URL at a new one)"
        );
    }

    eprintln!(
        "Password for {email} (at least {} characters), or just Enter to generate one:",
        NewPassword::MIN
    );
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    let typed = line.trim_end_matches(['\r', '\n']);
    let (password, generated) = if typed.is_empty() {
        (generate_password(), true)
    } else {
        (typed.to_owned(), false)
    };
    let pw = NewPassword::parse(&password, None, &[EMAIL]).map_err(anyhow::Error::msg)?;
    let hash = password::hash(pw.expose()).map_err(|e| anyhow::anyhow!("{e}"))?;

    let base_url = base_url(config);
    let links = Links {
        base_url: base_url.clone(),
        invite_ttl: config.invite_ttl,
    };
    let top_name = OrgName::parse(&config.top_org_name).map_err(anyhow::Error::msg)?;
    let started = std::time::Instant::now();
    let summary = db::transaction(&mut conn, |conn| {
        fill(conn, &links, &top_name, &email, hash)
    })
    .map_err(|e| anyhow::anyhow!("{e}"))?;

    let mut out = format!(
        "Filled the database with demo data in {:.1} s: {summary}.\n\
         Start the portal (cargo run --release), open {base_url}/ and sign in as {email}",
        started.elapsed().as_secs_f64()
    );
    if generated {
        out.push_str(&format!(" with the password {password}"));
    }
    out.push('.');
    Ok(out)
}

/// The portal's public URL as `serve` will print it.
fn base_url(config: &Config) -> String {
    config.base_url.clone().unwrap_or_else(|| {
        let addr = config.bind_addr.replace("0.0.0.0", "127.0.0.1");
        format!("http://{addr}")
    })
}

/// Four groups of five lower-case letters and digits (about 103 bits).
fn generate_password() -> String {
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyz23456789";
    let mut rng = rand::rng();
    (0..4)
        .map(|_| {
            (0..5)
                .map(|_| char::from(ALPHABET[rng.random_range(0..ALPHABET.len())]))
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("-")
}

fn invalid(field: &str, message: String) -> AppError {
    AppError::internal(anyhow::anyhow!("demo data: {field}: {message}"))
}

fn org_name(s: &str) -> AppResult<OrgName> {
    OrgName::parse(s).map_err(|m| invalid("org name", m))
}

fn phone(s: &str) -> AppResult<PhoneNumber> {
    PhoneNumber::parse(s).map_err(|m| invalid("number", m))
}

fn features(list: &[Feature]) -> FeatureSet {
    list.iter().copied().collect()
}

const FIRST_NAMES: &[&str] = &[
    "Ava", "Liam", "Mia", "Noah", "Zoe", "Ethan", "Lena", "Omar", "Priya", "Hugo", "Sara", "Ivan",
    "Nora", "Diego", "Yuki", "Ben", "Clara", "Tariq", "Elena", "Felix", "Grace", "Kofi", "Lucia",
];
const LAST_NAMES: &[&str] = &[
    "Smith", "Garcia", "Chen", "Okafor", "Rossi", "Müller", "Dubois", "Kowalski", "Nakamura",
    "Silva", "Haddad", "Novak", "Larsen", "Patel", "Moreau", "Kim", "Bauer", "Costa", "Ahmed",
];

/// What the demo made, for the closing line.
#[derive(Default)]
struct Made {
    orgs: usize,
    numbers: usize,
    profiles: usize,
    roles: usize,
    admins: usize,
    accounts: usize,
}

fn fill(
    conn: &mut DbConn,
    links: &Links,
    top_name: &OrgName,
    email: &Email,
    password_hash: String,
) -> AppResult<String> {
    let mut made = Made::default();
    let new = NewSuperAdmin {
        first_name: PersonName::parse_first("Demo").map_err(|m| invalid("name", m))?,
        last_name: PersonName::parse_last("Administrator").map_err(|m| invalid("name", m))?,
        email: email.clone(),
        password_hash,
    };
    let authority = Authority::CommandLine { org_name: top_name };
    let (top, admin_id) = first_admin::create_super_admin(conn, authority, new)?
        .ok_or_else(|| AppError::internal(anyhow::anyhow!("no super administrator")))?;
    let root = Acting::load(conn, admin_id, None)?
        .ok_or_else(|| AppError::internal(anyhow::anyhow!("the demo admin cannot act")))?;
    made.admins += 1;
    made.orgs += 1;

    // The org tree: two regions with their branches.
    let tree: &[(&str, &[&str])] = &[
        (
            "North Region",
            &["Boston Branch", "Chicago Branch", "Denver Branch"],
        ),
        ("South Region", &["Austin Branch", "Miami Branch"]),
    ];
    let mut regions: Vec<(Organization, Vec<Organization>)> = Vec::new();
    for (region, branches) in tree {
        let region = org_edits_create(conn, &root, region)?;
        let in_region = within(conn, &root, &region)?;
        let mut made_branches = Vec::new();
        for branch in *branches {
            made_branches.push(org_edits_create(conn, &in_region, branch)?);
        }
        made.orgs += 1 + made_branches.len();
        regions.push((region, made_branches));
    }

    // Numbers: a thousand plain ones and a hundred ported ones at the top,
    // allocated down the tree.
    for (from, to, tag) in [
        ("+15550100000", "+15550100999", None),
        ("+15550200000", "+15550200099", Some("PORTED")),
    ] {
        let range = AddForm {
            mode: "range".into(),
            from: from.into(),
            to: to.into(),
            tag: tag.unwrap_or_default().into(),
            ..Default::default()
        };
        let input: NewNumbers = range
            .parse()
            .map_err(|e| invalid("numbers", format!("{e:?}")))?;
        made.numbers += numbers::add(conn, &root, &input)?.count;
    }
    let ported = Tag::parse("PORTED")
        .map_err(|m| invalid("tag", m))?
        .ok_or_else(|| invalid("tag", "empty".into()))?;
    for (i, (region, branches)) in regions.iter().enumerate() {
        allocate(conn, &root, region, 350, None)?;
        if i == 0 {
            allocate(conn, &root, region, 30, Some(ported.clone()))?;
        }
        let in_region = within(conn, &root, region)?;
        for branch in branches {
            allocate(conn, &in_region, branch, 80, None)?;
        }
    }

    // User Permissions: two of the top org's own, two of the North Region's.
    let all = FeatureSet::all();
    for (name, set) in [
        (
            "Standard Calling",
            features(&[Feature::MsTeamsCalling, Feature::E911]),
        ),
        ("Executive", all.clone()),
    ] {
        profile(conn, &root, name, set)?;
        made.profiles += 1;
    }
    let north = within(conn, &root, &regions[0].0)?;
    for (name, set) in [
        (
            "Sales Team",
            features(&[
                Feature::MsTeamsCalling,
                Feature::SocialMessaging,
                Feature::MessageLogging,
            ]),
        ),
        (
            "Support Team",
            features(&[Feature::MsTeamsCalling, Feature::CallRecording]),
        ),
    ] {
        profile(conn, &north, name, set)?;
        made.profiles += 1;
    }

    // Feature Settings: the Miami Branch offers neither restricted feature.
    let miami = within(conn, &root, &regions[1].1[1])?;
    setup_edits::set_feature_settings(
        conn,
        &miami,
        Choice::Set(features(&[
            Feature::MsTeamsCalling,
            Feature::SocialMessaging,
            Feature::CallRecording,
            Feature::MessageLogging,
        ])),
    )?;

    // Roles of the top org, and administrators invited with them.
    let account_manager = role(
        conn,
        &root,
        "Account Manager",
        &[
            Privilege::DashboardView,
            Privilege::AccountsEdit,
            Privilege::AccountsInvite,
            Privilege::AccountsDelete,
            Privilege::SetupViewNumberManagement,
        ],
    )?;
    let number_admin = role(
        conn,
        &root,
        "Number Administrator",
        &[
            Privilege::DashboardView,
            Privilege::AccountsView,
            Privilege::SetupEditNumberManagement,
            Privilege::SetupEditUserPermissions,
        ],
    )?;
    let help_desk = role(
        conn,
        &root,
        "Help Desk",
        &[
            Privilege::DashboardView,
            Privilege::AccountsView,
            Privilege::AdministratorsView,
        ],
    )?;
    made.roles += 3;
    let staff: [(&str, &str, &Organization, i64); 5] = [
        ("Rita", "Number", &top, number_admin),
        ("Hal", "Desk", &top, help_desk),
        ("Nina", "North", &regions[0].0, account_manager),
        ("Sam", "South", &regions[1].0, account_manager),
        ("Bo", "Boston", &regions[0].1[0], help_desk),
    ];
    for (first, last, org, role_id) in staff {
        let input = AdminInput {
            first_name: PersonName::parse_first(first).map_err(|m| invalid("name", m))?,
            last_name: PersonName::parse_last(last).map_err(|m| invalid("name", m))?,
            email: Email::parse(&format!(
                "{}.{}@example.com",
                first.to_lowercase(),
                last.to_lowercase()
            ))
            .map_err(|m| invalid("email", m))?,
            backup_email: None,
            language: "English".into(),
            org: org.display_id.clone(),
            role_id: Some(role_id),
            external_application: None,
        };
        admin_edits::invite(conn, &root, links, input)?;
        made.admins += 1;
    }

    // Accounts: in every org, in every status.
    let mut orgs: Vec<(&Organization, usize)> = vec![(&top, 20)];
    for (region, branches) in &regions {
        orgs.push((region, 25));
        orgs.extend(branches.iter().map(|b| (b, 45)));
    }
    let mut serial = 0usize;
    let mut pins = 0usize;
    for (org, count) in orgs {
        let acting = within(conn, &root, org)?;
        let profiles = crate::domain::user_permissions::visible(conn, acting.org())?;
        let offered = crate::domain::org_settings::effective(conn, org)?.features;
        for i in 0..count {
            serial += 1;
            let first = FIRST_NAMES[serial % FIRST_NAMES.len()];
            let last = LAST_NAMES[(serial / FIRST_NAMES.len() + serial) % LAST_NAMES.len()];
            let kind = i % 10;
            // A handful of No Portal Access accounts (each PIN is an argon2
            // hash, which takes a while), some by device number, the rest by
            // email.
            let no_portal = kind == 9 && pins < 6;
            let device = kind == 9 || (kind == 3 && i % 4 == 3);
            let username = if no_portal {
                Username::NoPortalAccess
            } else if device {
                Username::Device(phone(&format!("+1555030{serial:04}"))?)
            } else {
                Username::Email(
                    Email::parse(&format!(
                        "{}.{}{serial}@example.com",
                        first.to_lowercase(),
                        ascii(last).to_lowercase()
                    ))
                    .map_err(|m| invalid("email", m))?,
                )
            };
            // Most get a number now; pending invitations every third time
            // leave it to the end user to pick one at activation.
            let number = match kind {
                2 if i % 3 == 0 => NumberChoice::None,
                0 if org.id == top.id => NumberChoice::NextWithTag("PORTED".into()),
                _ => match numbers::available_short_list(conn, org, 1)?.pop() {
                    Some(n) => NumberChoice::Specific(phone(&n)?),
                    None => NumberChoice::None,
                },
            };
            let profile = &profiles[serial % profiles.len()];
            let wanted = crate::domain::features::FeatureSet::parse(&profile.features);
            let input = AccountInput {
                first_name: Some(PersonName::parse_first(first).map_err(|m| invalid("name", m))?),
                last_name: Some(PersonName::parse_last(last).map_err(|m| invalid("name", m))?),
                username,
                org: org.display_id.clone(),
                account_ref: AccountRef::parse(&format!("ACC-{serial:05}"))
                    .map_err(|m| invalid("account id", m))?,
                application: Application::parse("MultiLine").map_err(|m| invalid("app", m))?,
                number,
                user_permissions_id: Some(profile.id),
                forwarding_number: None,
                features: wanted.iter().filter(|f| offered.has(*f)).collect(),
                monitor_calls: if i % 2 == 0 {
                    MonitorCalls::Auto
                } else {
                    MonitorCalls::Off
                },
                monitor_sms: MonitorSms::Off,
                restrict_incoming_social: false,
                language: crate::domain::accounts::LANGUAGES
                    [serial % 7 % crate::domain::accounts::LANGUAGES.len()],
            };
            let (pin, then) = if no_portal {
                pins += 1;
                (Some(new_pin_hash()?), Then::Save)
            } else if kind <= 1 {
                (None, Then::Save)
            } else {
                (None, Then::Invite)
            };
            let added = account_edits::add(conn, &acting, links, input, pin, then)?;
            made.accounts += 1;
            let account = added.account;
            match kind {
                // Invited, and the invitation ran out. No operation makes
                // time pass: move its dates 31 days back.
                4 => expire(conn, account.id)?,
                // Activated through the link, as the end user would.
                5..=8 if then == Then::Invite => {
                    let to = account.username.clone().unwrap_or_default();
                    let token = last_link_token(conn, &to)?;
                    let chosen = match added.number {
                        Some(_) => None,
                        None => numbers::available_short_list(conn, org, 1)?.pop(),
                    };
                    match activation::activate(conn, &token, chosen.as_deref(), None)? {
                        Outcome::Activated { .. } => {}
                        other => {
                            return Err(AppError::internal(anyhow::anyhow!(
                                "demo activation failed: {other:?}"
                            )));
                        }
                    }
                    // There is no operation to suspend an account yet: set
                    // the status of every fourth activated one directly.
                    if kind == 8 {
                        diesel::update(accounts::table.find(account.id))
                            .set(accounts::status.eq("suspended"))
                            .execute(conn)?;
                    }
                }
                _ => {}
            }
        }
    }

    settle_outbox(conn)?;
    Ok(format!(
        "{} organizations, {} numbers, {} User Permissions, {} roles, {} administrators, {} \
         accounts",
        made.orgs, made.numbers, made.profiles, made.roles, made.admins, made.accounts
    ))
}

/// Folds accents for an email's local part (Müller → Muller).
fn ascii(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'ü' => 'u',
            'é' => 'e',
            c => c,
        })
        .collect()
}

fn org_edits_create(conn: &mut DbConn, acting: &Acting, name: &str) -> AppResult<Organization> {
    crate::domain::org_edits::create(conn, acting, &org_name(name)?)
}

fn within(conn: &mut DbConn, root: &Acting, org: &Organization) -> AppResult<Acting> {
    root.within(conn, &org.display_id)?
        .ok_or(AppError::NotFound)
}

fn allocate(
    conn: &mut DbConn,
    from: &Acting,
    to: &Organization,
    count: i64,
    tag: Option<Tag>,
) -> AppResult<()> {
    let selection = Selection::Available { count, tag };
    numbers::allocate(conn, from, &to.display_id, &selection)?;
    Ok(())
}

fn profile(conn: &mut DbConn, acting: &Acting, name: &str, features: FeatureSet) -> AppResult<()> {
    let input = ProfileInput {
        name: ProfileName::parse(name).map_err(|m| invalid("profile", m.to_string()))?,
        features,
    };
    user_permission_edits::create(conn, acting, input)?;
    Ok(())
}

fn role(
    conn: &mut DbConn,
    acting: &Acting,
    name: &str,
    privileges: &[Privilege],
) -> AppResult<i64> {
    let input = RoleInput {
        name: RoleName::parse(name).map_err(|m| invalid("role", m))?,
        requested: PrivilegeSet::closed(privileges.iter().copied()),
    };
    Ok(role_edits::create(conn, acting, input)?.id)
}

fn new_pin_hash() -> AppResult<PinHash> {
    let pin = Pin::generate();
    let phc = password::hash(pin.expose())?;
    PinHash::from_phc(phc).ok_or_else(|| invalid("pin", "not argon2".into()))
}

/// The token of the activation link in the last message queued for `to`
/// (the only place the raw token exists: it is stored hashed).
fn last_link_token(conn: &mut DbConn, to: &str) -> AppResult<String> {
    let body: String = outbox::table
        .filter(outbox::to_addr.eq(to))
        .order(outbox::id.desc())
        .select(outbox::body_text)
        .first(conn)?;
    link_token(&body).ok_or_else(|| invalid("invitation", format!("no link sent to {to}")))
}

/// The token after `/activate/` in a message's text.
fn link_token(body: &str) -> Option<String> {
    let start = body.find("/activate/")? + "/activate/".len();
    let token: String = body[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    (!token.is_empty()).then_some(token)
}

/// Dates an invitation 31 days back, so it has expired. A direct UPDATE: no
/// operation can make time pass.
fn expire(conn: &mut DbConn, account_id: i64) -> AppResult<()> {
    let back = chrono::Duration::days(31);
    let now = chrono::Utc::now().naive_utc();
    diesel::update(accounts::table.find(account_id))
        .set((
            accounts::invited_at.eq(Some(now - back)),
            accounts::invitation_expires_at.eq(Some(now - chrono::Duration::days(1))),
        ))
        .execute(conn)?;
    diesel::update(
        account_invitations::table
            .filter(account_invitations::account_id.eq(account_id))
            .filter(account_invitations::state.eq("sent")),
    )
    .set((
        account_invitations::created_at.eq(now - back),
        account_invitations::expires_at.eq(now - chrono::Duration::days(1)),
    ))
    .execute(conn)?;
    Ok(())
}

/// The invitations went to made-up addresses: record them as delivered
/// (and their deliveries done) rather than send hundreds of messages when
/// the portal starts. Direct UPDATEs, as `mail::outbox::mark_sent` and the
/// worker would leave them.
fn settle_outbox(conn: &mut DbConn) -> AppResult<()> {
    let now = chrono::Utc::now().naive_utc();
    diesel::update(outbox::table.filter(outbox::sent_at.is_null()))
        .set((
            outbox::sent_at.eq(Some(now)),
            outbox::body_text.eq(crate::mail::outbox::REMOVED),
            outbox::body_html.eq(crate::mail::outbox::REMOVED),
        ))
        .execute(conn)?;
    diesel::update(jobs::table.filter(jobs::finished_at.is_null()))
        .set(jobs::finished_at.eq(Some(now)))
        .execute(conn)?;
    Ok(())
}
