use switchboard::domain::privileges::Privilege;

use crate::helpers::*;

#[tokio::test]
async fn sub_organizations_are_created_renamed_and_deleted_at_any_depth() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let sales = app.create_suborg(&top, "Sales").await;
        let emea = app.create_suborg(&sales, "EMEA").await;
        let list = app.get_html(&format!("/orgs/{top}/suborgs")).await;
        assert!(list.contains("Sales"));
        assert!(
            app.get_html(&format!("/orgs/{sales}/suborgs"))
                .await
                .contains("EMEA")
        );

        let response = app
            .post_form(
                &format!("/orgs/{sales}/suborgs/{emea}/rename"),
                &[("name", "Europe")],
            )
            .await;
        assert_redirect_to(&response, &format!("/orgs/{sales}/suborgs"));
        let list = app.get_html(&format!("/orgs/{sales}/suborgs")).await;
        assert!(
            list.contains("renamed to &#39;Europe&#39;")
                || list.contains("renamed to &#x27;Europe&#x27;"),
            "{list}"
        );

        // Deleting asks first, then deletes.
        let confirm = app
            .get_html(&format!("/orgs/{sales}/suborgs/{emea}/delete"))
            .await;
        assert!(confirm.contains("Yes, delete"));
        let response = app
            .post_form(&format!("/orgs/{sales}/suborgs/{emea}/delete"), &[])
            .await;
        assert_redirect_to(&response, &format!("/orgs/{sales}/suborgs"));
        assert_eq!(
            app.get(&format!("/orgs/{emea}/dashboard"))
                .await
                .status()
                .as_u16(),
            404
        );

        let report = app
            .get_html(&format!("/orgs/{top}/reports/administrators-activity"))
            .await;
        for action in ["suborg_created", "suborg_renamed", "suborg_deleted"] {
            assert!(shows_action(&report, action), "{action} audited");
        }
    })
    .await;
}

#[tokio::test]
async fn an_org_with_children_or_admins_cannot_be_deleted() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let sales = app.create_suborg(&top, "Sales").await;
        app.create_suborg(&sales, "EMEA").await;
        let support = app.create_suborg(&top, "Support").await;
        app.create_admin(
            &support,
            "s@example.com",
            "support password",
            &[Privilege::DashboardView],
        )
        .await;

        let confirm = app
            .get_html(&format!("/orgs/{top}/suborgs/{sales}/delete"))
            .await;
        assert!(confirm.contains("cannot be deleted"));
        let response = app
            .post_form(&format!("/orgs/{top}/suborgs/{sales}/delete"), &[])
            .await;
        assert_redirect_to(&response, &format!("/orgs/{top}/suborgs"));
        let list = app.get_html(&format!("/orgs/{top}/suborgs")).await;
        assert!(list.contains("still has 1 sub-organization"), "{list}");
        assert_eq!(
            app.get(&format!("/orgs/{sales}/dashboard"))
                .await
                .status()
                .as_u16(),
            200
        );

        app.post_form(&format!("/orgs/{top}/suborgs/{support}/delete"), &[])
            .await;
        let list = app.get_html(&format!("/orgs/{top}/suborgs")).await;
        assert!(list.contains("still has 1 administrator"), "{list}");
    })
    .await;
}

#[tokio::test]
async fn bad_names_are_refused_next_to_the_field() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        app.create_suborg(&top, "Sales").await;
        app.get_html(&format!("/orgs/{top}/suborgs")).await;
        let empty = app
            .post_form(&format!("/orgs/{top}/suborgs"), &[("name", "   ")])
            .await;
        assert_eq!(empty.status().as_u16(), 422);
        assert!(empty.text().await.unwrap().contains("Enter a name."));
        let duplicate = app
            .post_form(&format!("/orgs/{top}/suborgs"), &[("name", "sales")])
            .await;
        assert_eq!(duplicate.status().as_u16(), 422);
        let html = duplicate.text().await.unwrap();
        assert!(html.contains("already exists here"), "{html}");
        assert!(html.contains("value=\"sales\""), "the typed name is kept");
    })
    .await;
}

/// The text of the `<option>`s of the select named `name`, as served.
fn options_of(html: &str, name: &str) -> Vec<String> {
    let start = html
        .find(&format!("<select id=\"{name}\""))
        .unwrap_or_else(|| panic!("a select {name} in {html}"));
    let end = start + html[start..].find("</select>").expect("closed");
    html[start..end]
        .split("<option")
        .skip(1)
        .map(|o| {
            let text = &o[o.find('>').expect("option text") + 1..];
            text.split("</option>").next().unwrap_or("").to_owned()
        })
        .collect()
}

#[tokio::test]
async fn the_org_select_shows_the_tree_indented_by_depth() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let sales = app.create_suborg(&top, "Sales").await;
        let emea = app.create_suborg(&sales, "EMEA").await;
        let alpha = app.create_suborg(&top, "Alpha").await;
        let page = app
            .get_html(&format!("/orgs/{top}/administrators/new"))
            .await;
        let options = options_of(&page, "org");
        let indent = "&nbsp;&nbsp;&nbsp;";
        assert_eq!(options.len(), 4, "{options:?}");
        assert!(
            options[0].starts_with(&top),
            "the org itself first: {options:?}"
        );
        // Siblings by name, each followed by its own sub-organizations.
        assert_eq!(options[1], format!("{indent}{alpha} Alpha"));
        assert_eq!(options[2], format!("{indent}{sales} Sales"));
        assert_eq!(options[3], format!("{indent}{indent}{emea} EMEA"));
    })
    .await;
}

#[tokio::test]
async fn the_whole_tree_shows_with_direct_and_all_level_counts() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        let sales = app.create_suborg(&top, "Sales").await;
        let emea = app.create_suborg(&sales, "EMEA").await;
        let paris = app.create_suborg(&emea, "Paris").await;
        let support = app.create_suborg(&top, "Support").await;
        app.create_admin(&emea, "e@example.com", "emea password", &[Privilege::DashboardView])
            .await;

        let page = app.get_html(&format!("/orgs/{top}/suborgs")).await;
        // The menu and the breadcrumb name the page that opens.
        assert!(page.contains(&format!("href=\"/orgs/{top}/suborgs\" aria-current=\"page\">Sub-Organizations</a>")), "{page}");
        assert!(page.contains("<li>Sub-Organizations</li>"), "{page}");
        assert!(!page.contains(">Profile</a>"), "{page}");
        // Grandchildren show on the top org's page, each after its parent.
        let at = |id: &str| {
            page.find(&format!("<a class=\"org-name\" href=\"/orgs/{id}/suborgs\">{id} "))
                .unwrap_or_else(|| panic!("{id} is in the tree: {page}"))
        };
        assert!(at(&sales) < at(&emea) && at(&emea) < at(&paris) && at(&paris) < at(&support));
        // Sales and EMEA have sub-organizations: they fold open and shut.
        assert_eq!(page.matches("<details open>").count(), 2, "{page}");
        // The viewed org's own counts head the page.
        let lead = &page[page.find("<p class=\"lead\">").expect("a summary")..at(&sales)];
        assert!(
            lead.contains(&format!("{top} "))
                && lead.contains("Sub-Organizations: 2 direct, 4 at all levels · Administrators: 1 direct, 2 at all levels"),
            "{lead}"
        );
        let sales_line = &page[at(&sales)..at(&emea)];
        assert!(
            sales_line.contains("Sub-Organizations: 1 direct, 2 at all levels · Administrators: 0 direct, 1 at all levels"),
            "{sales_line}"
        );
        let emea_line = &page[at(&emea)..at(&paris)];
        assert!(
            emea_line.contains("Sub-Organizations: 1 direct, 1 at all levels · Administrators: 1 direct, 1 at all levels"),
            "{emea_line}"
        );
        // Each org links to its own pages.
        assert!(page.contains(&format!("href=\"/orgs/{paris}/administrators\"")), "{page}");
        // Rename and delete work at any depth from here.
        assert!(page.contains(&format!("action=\"/orgs/{top}/suborgs/{paris}/rename\"")));
        assert!(page.contains(&format!("href=\"/orgs/{top}/suborgs/{paris}/delete\"")));
    })
    .await;
}

#[tokio::test]
async fn renaming_to_a_taken_name_keeps_what_was_typed_next_to_the_field() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        app.create_suborg(&top, "Sales").await;
        let support = app.create_suborg(&top, "Support").await;
        app.get_html(&format!("/orgs/{top}/suborgs")).await;
        let response = app
            .post_form(
                &format!("/orgs/{top}/suborgs/{support}/rename"),
                &[("name", "sales")],
            )
            .await;
        assert_eq!(response.status().as_u16(), 422);
        let html = response.text().await.unwrap();
        let field = html
            .find(&format!("id=\"rename-{support}\""))
            .expect("the rename field");
        let around = &html[field..(field + 600).min(html.len())];
        assert!(
            around.contains("value=\"sales\""),
            "the typed name is kept: {around}"
        );
        assert!(around.contains("aria-invalid=\"true\""), "{around}");
        assert!(
            around.contains("already exists here"),
            "the reason is next to it: {around}"
        );

        let blank = app
            .post_form(
                &format!("/orgs/{top}/suborgs/{support}/rename"),
                &[("name", "  ")],
            )
            .await;
        assert_eq!(blank.status().as_u16(), 422);
        let html = blank.text().await.unwrap();
        let field = html.find(&format!("id=\"rename-{support}\"")).unwrap();
        assert!(
            html[field..(field + 600).min(html.len())].contains("Enter a name."),
            "{html}"
        );

        // Nothing was renamed.
        let list = app.get_html(&format!("/orgs/{top}/suborgs")).await;
        assert!(list.contains(&format!("{support} Support</a>")), "{list}");
        assert!(app.audit_of("suborg_renamed").await.is_empty());
    })
    .await;
}

#[tokio::test]
async fn messages_follow_the_administrators_language() {
    for_each_backend(|app| async move {
        let top = app.sign_in_super().await;
        app.set_language("Spanish").await;
        let sales = app.create_suborg(&top, "Sales").await;
        let list = app.get_html(&format!("/orgs/{top}/suborgs")).await;
        assert!(list.contains("Sales") && list.contains("creada."), "{list}");
        assert!(
            list.contains("Suborganizaciones: 1 directa, 1 en todos los niveles"),
            "the counts: {list}"
        );
        app.create_suborg(&sales, "EMEA").await;

        // A refused rename shows the list again, in Spanish.
        app.get_html(&format!("/orgs/{top}/suborgs")).await;
        let response = app
            .post_form(
                &format!("/orgs/{top}/suborgs/{sales}/rename"),
                &[("name", "")],
            )
            .await;
        assert_eq!(response.status().as_u16(), 422);
        assert!(response.text().await.unwrap().contains("Renombrar"));

        // Not empty: the confirmation says why, and so does a forced POST.
        let confirm = app
            .get_html(&format!("/orgs/{top}/suborgs/{sales}/delete"))
            .await;
        assert!(
            confirm.contains("no se puede eliminar. Todavía tiene 1 suborganización."),
            "{confirm}"
        );
        let response = app
            .post_form(&format!("/orgs/{top}/suborgs/{sales}/delete"), &[])
            .await;
        assert_redirect_to(&response, &format!("/orgs/{top}/suborgs"));
        let list = app.get_html(&format!("/orgs/{top}/suborgs")).await;
        assert!(
            list.contains("no se puede eliminar mientras tenga 1 suborganización."),
            "{list}"
        );

        app.set_language("Portuguese").await;
        let list = app.get_html(&format!("/orgs/{top}/suborgs")).await;
        assert!(list.contains("Criar suborganização"), "{list}");
    })
    .await;
}
