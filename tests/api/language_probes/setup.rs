//! Setup, invitation templates and sub-organizations: pages and bad-input forms for the language test
//! (`languages.rs`). Each area keeps its own list here.

use crate::helpers::*;
use crate::languages::Probe;

/// Pages to visit beyond the 390 px list: (path, name).
pub async fn pages(app: &TestApp, org: &str) -> Vec<(String, String)> {
    let base = format!("/orgs/{org}");
    let _ = (app, &base);
    Vec::new()
}

/// Forms sent with bad input: (name, probe).
pub fn probes(base: &str) -> Vec<(String, Probe)> {
    let probe = |page: &str, action: &str, fields, status| Probe {
        page: format!("{base}/{page}"),
        action: format!("{base}/{action}"),
        fields,
        status,
    };
    let _ = &probe;
    vec![(
        "form_suborg_new".into(),
        probe("suborgs", "suborgs", &[("name", "")], 422),
    )]
}
