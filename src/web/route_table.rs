//! The routes below `/orgs/{org}` as data. `org_routes!` turns one line per
//! route into both the `ORG_ROUTES` table (which the security tests walk)
//! and the scope the app serves, so the two cannot drift apart.

/// The HTTP method of an org route; GET never changes state, POST always
/// needs the CSRF token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrgMethod {
    Get,
    Post,
}

impl OrgMethod {
    pub fn as_str(self) -> &'static str {
        match self {
            OrgMethod::Get => "GET",
            OrgMethod::Post => "POST",
        }
    }
}

/// One route below `/orgs/{org}`: `path` is the pattern after that prefix
/// (`""` is the org's own address), with the same `{params}` actix matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OrgRoute {
    pub method: OrgMethod,
    pub path: &'static str,
}

#[doc(hidden)]
#[macro_export]
macro_rules! org_method {
    (get) => {
        $crate::web::route_table::OrgMethod::Get
    };
    (post) => {
        $crate::web::route_table::OrgMethod::Post
    };
}

/// `org_routes! { "" { get "/dashboard" => dashboard::show; … } "/accounts"
/// { get "" => accounts::list; … } … }` defines `pub const ORG_ROUTES` and
/// `fn org_scope() -> actix_web::Scope` from the same lines. Routes are
/// grouped by their first segment: each group is a scope of its own, so a
/// request is matched against the few routes of its section rather than
/// every route before it (a pattern with `{params}` is a regex match).
/// Order matters within a group as in actix: `/x/new` before `/x/{id}`.
#[macro_export]
macro_rules! org_routes {
    ($($prefix:tt { $($method:ident $path:literal => $handler:path;)* })*) => {
        /// Every route below `/orgs/{org}`, in the order the app registers them.
        pub const ORG_ROUTES: &[$crate::web::route_table::OrgRoute] = &[$($(
            $crate::web::route_table::OrgRoute {
                method: $crate::org_method!($method),
                path: concat!($prefix, $path),
            },
        )*)*];

        fn org_scope() -> actix_web::Scope {
            let scope = actix_web::web::scope("/orgs/{org}");
            $(let scope = $crate::org_route_group!(scope, $prefix, $($method $path => $handler;)*);)*
            scope
        }
    };
}

/// One group of `org_routes!`: the org's own pages (prefix `""`) directly
/// on the org scope, any other section as a scope of its own.
#[doc(hidden)]
#[macro_export]
macro_rules! org_route_group {
    ($scope:ident, "", $($method:ident $path:literal => $handler:path;)*) => {
        $scope$(.route($path, actix_web::web::$method().to($handler)))*
    };
    ($scope:ident, $prefix:tt, $($method:ident $path:literal => $handler:path;)*) => {
        $scope.service(
            actix_web::web::scope($prefix)$(.route($path, actix_web::web::$method().to($handler)))*
        )
    };
}

#[cfg(test)]
mod tests {
    use crate::web::ORG_ROUTES;

    #[test]
    fn org_routes_are_unique_and_relative() {
        for (i, route) in ORG_ROUTES.iter().enumerate() {
            assert!(
                route.path.is_empty() || route.path.starts_with('/'),
                "{route:?} is below /orgs/{{org}}"
            );
            assert!(
                !ORG_ROUTES[..i].contains(route),
                "{route:?} is registered twice"
            );
        }
    }
}
