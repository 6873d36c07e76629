//! The page chrome every signed-in page shares: menu (from the privilege
//! catalogue), organization breadcrumb and switcher, time zone, flashes.

use actix_session::Session;

use crate::auth::csrf;
use crate::auth::session::TypedSession;
use crate::db::DbConn;
use crate::domain::acting::Acting;
use crate::domain::orgs;
use crate::domain::privileges::{Privilege, report_view_privileges, setup_view_privileges};
use crate::error::AppResult;
use crate::state::AppState;
use crate::web::flash::{self, Flash};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Dashboard,
    Accounts,
    Administrators,
    Roles,
    Setup,
    Reports,
    Profile,
}

impl Section {
    pub const ALL: [Section; 7] = [
        Section::Dashboard,
        Section::Accounts,
        Section::Administrators,
        Section::Roles,
        Section::Setup,
        Section::Reports,
        Section::Profile,
    ];

    /// The menu item, in the current language.
    pub fn label(self) -> String {
        crate::i18n::t(match self {
            Section::Dashboard => "nav-dashboard",
            Section::Accounts => "nav-accounts",
            Section::Administrators => "nav-administrators",
            Section::Roles => "nav-roles",
            Section::Setup => "nav-setup",
            Section::Reports => "nav-reports",
            // The menu item opens the Sub-Organizations page; "Profile" is the
            // privilege section (seed 000), and "My Profile" is the
            // administrator's own page.
            Section::Profile => "nav-suborgs",
        })
    }

    /// The path below `/orgs/{org}/` where the section starts.
    pub fn slug(self) -> &'static str {
        match self {
            Section::Dashboard => "dashboard",
            Section::Accounts => "accounts",
            Section::Administrators => "administrators",
            Section::Roles => "roles",
            Section::Setup => "setup",
            Section::Reports => "reports",
            Section::Profile => "suborgs",
        }
    }

    /// Privileges any one of which opens the section.
    pub fn opened_by(self) -> Vec<Privilege> {
        match self {
            Section::Dashboard => vec![Privilege::DashboardView],
            Section::Accounts => vec![Privilege::AccountsView],
            Section::Administrators => vec![Privilege::AdministratorsView, Privilege::ApiUsersView],
            Section::Roles => vec![Privilege::RolesView],
            Section::Setup => setup_view_privileges(),
            // Batch Operation Reports open with the view privileges of what
            // the batches acted on.
            Section::Reports => {
                let mut ps = report_view_privileges();
                ps.extend(crate::domain::batches::VIEW_PRIVILEGES);
                ps
            }
            Section::Profile => vec![Privilege::ProfileView],
        }
    }
}

#[derive(Debug, Clone)]
pub struct Link {
    pub label: String,
    pub href: String,
    pub active: bool,
}

pub struct Chrome {
    pub title: String,
    pub admin_name: String,
    pub role_name: String,
    pub csrf: String,
    pub nav: Vec<Link>,
    pub breadcrumb: Vec<Link>,
    pub children: Vec<Link>,
    pub section_label: String,
    /// The administrator's own page (My Profile): the name in the header
    /// links there.
    pub profile_href: &'static str,
    pub time_zone: String,
    pub flashes: Vec<Flash>,
    /// `/orgs/{display_id}`: prefix for links inside the current org.
    pub base: String,
}

/// Where the administrator's own page is (linked from their name).
pub const MY_PROFILE: &str = "/me";

/// The sections this administrator may open, in menu order.
pub fn visible_sections(scope: &Acting) -> Vec<Section> {
    Section::ALL
        .into_iter()
        .filter(|s| scope.privileges().has_any(&s.opened_by()))
        .collect()
}

impl Chrome {
    pub async fn load(
        state: &AppState,
        scope: &Acting,
        session: &Session,
        section: Section,
        title: impl Into<String>,
    ) -> AppResult<Chrome> {
        Ok(
            Self::load_with(state, scope, session, section, title, |_| Ok(()))
                .await?
                .0,
        )
    }

    /// The chrome and the page's own queries (`page`) in one database round
    /// trip: every trip through the blocking pool costs more than the small
    /// queries themselves.
    pub async fn load_with<T, F>(
        state: &AppState,
        scope: &Acting,
        session: &Session,
        section: Section,
        title: impl Into<String>,
        page: F,
    ) -> AppResult<(Chrome, T)>
    where
        F: FnOnce(&mut DbConn) -> AppResult<T> + Send + 'static,
        T: Send + 'static,
    {
        Self::load_at(state, scope, session, Some(section), title, page).await
    }

    /// The chrome of My Profile: outside any section, in the home org.
    pub async fn load_profile<T, F>(
        state: &AppState,
        admin: &Acting,
        session: &Session,
        page: F,
    ) -> AppResult<(Chrome, T)>
    where
        F: FnOnce(&mut DbConn) -> AppResult<T> + Send + 'static,
        T: Send + 'static,
    {
        let home = admin.at_home();
        let title = crate::i18n::t("my-profile");
        Self::load_at(state, &home, session, None, title, page).await
    }

    async fn load_at<T, F>(
        state: &AppState,
        scope: &Acting,
        session: &Session,
        section: Option<Section>,
        title: impl Into<String>,
        page: F,
    ) -> AppResult<(Chrome, T)>
    where
        F: FnOnce(&mut DbConn) -> AppResult<T> + Send + 'static,
        T: Send + 'static,
    {
        let org = scope.org().clone();
        let home = scope.home().clone();
        let tree = TypedSession(session.clone()).tree_version();
        let ((chain, children), data) = state
            .db
            .run(move |conn| {
                if let Some(tree) = &tree {
                    orgs::seen(tree);
                }
                Ok((orgs::chain_and_children(conn, &home, &org)?, page(conn)?))
            })
            .await?;
        let org = scope.org();
        let base = format!("/orgs/{}", org.display_id);
        let nav = visible_sections(scope)
            .into_iter()
            .map(|s| Link {
                label: s.label(),
                href: format!("{base}/{}", s.slug()),
                active: Some(s) == section,
            })
            .collect();
        // Outside a section (My Profile) an org's link opens its landing page.
        let org_link = |o: &orgs::Organization| Link {
            label: o.label(),
            href: match section {
                Some(s) => format!("/orgs/{}/{}", o.display_id, s.slug()),
                None => format!("/orgs/{}", o.display_id),
            },
            active: o.id == org.id,
        };
        let chrome = Chrome {
            title: title.into(),
            admin_name: scope.admin().full_name(),
            role_name: scope.role_name().to_owned(),
            csrf: csrf::token(session),
            nav,
            breadcrumb: chain.iter().map(org_link).collect(),
            children: children.iter().map(org_link).collect(),
            section_label: section.map_or_else(|| crate::i18n::t("my-profile"), Section::label),
            profile_href: MY_PROFILE,
            time_zone: scope.time_zone().to_owned(),
            flashes: flash::take(session),
            base,
        };
        Ok((chrome, data))
    }
}
