//! The account page: details, number, User Permissions, features, status,
//! invitation history, and what may be done next.

use actix_session::Session;
use actix_web::{HttpResponse, web};
use askama::Template;

use crate::auth::Authorized;
use crate::domain::accounts::{self, Account, UsernameKind};
use crate::domain::numbers::{self, Number};
use crate::domain::privileges::{Privilege, p};
use crate::domain::user_permissions::{self, Profile};
use crate::error::AppResult;
use crate::i18n::filters;
use crate::web::layout::{Chrome, Section};
use crate::web::{State, local_time, render};

pub struct HistoryRow {
    pub sent: String,
    pub channel: String,
    pub to: String,
    pub by: String,
    pub expires: String,
    pub state: String,
}

#[derive(Template)]
#[template(path = "accounts/show.html")]
struct ShowPage {
    chrome: Chrome,
    account: Account,
    name: String,
    org_label: String,
    number: Option<Number>,
    profile: Option<Profile>,
    features: String,
    invitation_label: String,
    no_portal_access: bool,
    created: String,
    invited: String,
    expires: String,
    activated: String,
    history: Vec<HistoryRow>,
    can_edit: bool,
    can_delete: bool,
    can_invite: bool,
    can_reset_pin: bool,
}

pub async fn show(
    state: State,
    session: Session,
    auth: Authorized<p::AccountsView>,
    path: web::Path<(String, String)>,
) -> AppResult<HttpResponse> {
    let account = super::find(&state, &auth, &path.1).await?;
    let (id, profile_id) = (account.id, account.user_permissions_id);
    let org = auth.org().clone();
    let (mut chrome, (number, profile, invitations)) = Chrome::load_with(
        &state,
        &auth,
        &session,
        Section::Accounts,
        crate::i18n::t("accounts-account"),
        move |conn| {
            Ok((
                numbers::of_account(conn, id)?,
                user_permissions::find_visible(conn, &org, profile_id)?,
                accounts::invitations_of(conn, id)?,
            ))
        },
    )
    .await?;
    let tz = auth.time_zone().to_owned();
    let now = chrono::Utc::now().naive_utc();
    let name = if account.name().is_empty() {
        super::account_id_label(&account.account_ref)
    } else {
        account.name()
    };
    chrome.title = name.clone();
    let history = invitations
        .iter()
        .map(|i| HistoryRow {
            sent: local_time(Some(i.created_at), &tz),
            channel: i.channel_shown(),
            to: i.sent_to.clone(),
            by: i.created_by.clone(),
            expires: local_time(Some(i.expires_at), &tz),
            state: i.state_shown(now),
        })
        .collect();
    let no_portal_access = account.kind() == UsernameKind::None;
    render(&ShowPage {
        chrome,
        name,
        org_label: auth.org().label(),
        number,
        profile,
        features: account.feature_set().shown(),
        invitation_label: account.invitation_state(now).shown().into_owned(),
        no_portal_access,
        created: local_time(Some(account.created_at), &tz),
        invited: local_time(account.invited_at, &tz),
        expires: local_time(account.invitation_expires_at, &tz),
        activated: local_time(account.activated_at, &tz),
        history,
        can_edit: auth.has(Privilege::AccountsEdit),
        can_delete: auth.has(Privilege::AccountsDelete),
        can_invite: account.may_be_invited() && auth.has(Privilege::AccountsInvite),
        can_reset_pin: no_portal_access && auth.has(Privilege::AccountsEdit),
        account,
    })
}
