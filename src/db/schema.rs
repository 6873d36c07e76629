//! One backend-neutral schema for SQLite and PostgreSQL; the migrations in
//! `migrations/sqlite` and `migrations/postgres` must agree with it.

diesel::table! {
    organizations (id) {
        id -> BigInt,
        parent_id -> Nullable<BigInt>,
        path -> Text,
        display_id -> Text,
        name -> Text,
        time_zone -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    org_tree_version (id) {
        id -> Integer,
        instance -> Text,
        v -> BigInt,
    }
}

diesel::table! {
    roles (id) {
        id -> BigInt,
        org_id -> Nullable<BigInt>,
        name -> Text,
        builtin -> Bool,
        created_at -> Timestamp,
    }
}

diesel::table! {
    role_privileges (role_id, privilege) {
        role_id -> BigInt,
        privilege -> Text,
    }
}

diesel::table! {
    administrators (id) {
        id -> BigInt,
        org_id -> BigInt,
        role_id -> BigInt,
        kind -> Text,
        first_name -> Text,
        last_name -> Text,
        email -> Text,
        backup_email -> Nullable<Text>,
        language -> Text,
        status -> Text,
        password_hash -> Nullable<Text>,
        external_application -> Nullable<Text>,
        last_sign_in_at -> Nullable<Timestamp>,
        mfa_enabled -> Bool,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        time_zone -> Nullable<Text>,
        failed_sign_ins -> Integer,
        last_failed_sign_in_at -> Nullable<Timestamp>,
        locked_until -> Nullable<Timestamp>,
        totp_secret -> Nullable<Text>,
        totp_last_step -> Nullable<BigInt>,
    }
}

diesel::table! {
    mfa_email_codes (admin_id) {
        admin_id -> BigInt,
        code_hash -> Text,
        expires_at -> Timestamp,
        attempts -> Integer,
    }
}

diesel::table! {
    mfa_recovery_codes (id) {
        id -> BigInt,
        admin_id -> BigInt,
        code_hash -> Text,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    sessions (id) {
        id -> Text,
        admin_id -> Nullable<BigInt>,
        state -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        epoch -> BigInt,
        sid -> Nullable<Text>,
        client_addr -> Nullable<Text>,
        user_agent -> Nullable<Text>,
        last_seen_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    throttles (bucket) {
        bucket -> Text,
        window_start -> Timestamp,
        hits -> Integer,
    }
}

diesel::table! {
    tokens (id) {
        id -> BigInt,
        purpose -> Text,
        token_hash -> Text,
        org_id -> Nullable<BigInt>,
        admin_id -> Nullable<BigInt>,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    audit_events (id) {
        id -> BigInt,
        org_id -> Nullable<BigInt>,
        actor_id -> Nullable<BigInt>,
        actor_name -> Text,
        action -> Text,
        target -> Text,
        details -> Text,
        client_addr -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    outbox (id) {
        id -> BigInt,
        kind -> Text,
        to_addr -> Text,
        to_name -> Nullable<Text>,
        subject -> Text,
        body_text -> Text,
        body_html -> Text,
        message_id -> Text,
        created_at -> Timestamp,
        sent_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    jobs (id) {
        id -> BigInt,
        kind -> Text,
        payload -> Text,
        org_id -> Nullable<BigInt>,
        run_after -> Timestamp,
        locked_until -> Nullable<Timestamp>,
        claimed_by -> Nullable<Text>,
        attempts -> Integer,
        last_error -> Nullable<Text>,
        created_at -> Timestamp,
        finished_at -> Nullable<Timestamp>,
        failed_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    batches (id) {
        id -> BigInt,
        org_id -> BigInt,
        operation -> Text,
        actor_id -> Nullable<BigInt>,
        actor_name -> Text,
        file_name -> Nullable<Text>,
        state -> Text,
        total -> BigInt,
        succeeded -> BigInt,
        skipped -> BigInt,
        failed -> BigInt,
        created_at -> Timestamp,
        finished_at -> Nullable<Timestamp>,
        undone_at -> Nullable<Timestamp>,
        undone_by -> Nullable<Text>,
        undone_count -> BigInt,
        upload_id -> Nullable<BigInt>,
    }
}

diesel::table! {
    batch_items (batch_id, position) {
        batch_id -> BigInt,
        position -> BigInt,
        target -> Text,
        identifier -> Text,
        input -> Nullable<Text>,
        outcome -> Text,
        result -> Text,
        message -> Text,
        account_id -> Nullable<BigInt>,
        account_stamp -> Nullable<Timestamp>,
    }
}

diesel::table! {
    import_uploads (id) {
        id -> BigInt,
        org_id -> BigInt,
        admin_id -> Nullable<BigInt>,
        user_permissions_id -> BigInt,
        file_name -> Text,
        content -> Binary,
        batch_id -> Nullable<BigInt>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    alert_recipients (id) {
        id -> BigInt,
        org_id -> BigInt,
        event -> Text,
        admin_id -> Nullable<BigInt>,
        email -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

// The whole database's counts by kind or status: tables kept by triggers
// on SQLite, views summing the per-org counts on PostgreSQL.
diesel::table! {
    admin_totals (kind) {
        kind -> Text,
        n -> BigInt,
    }
}

diesel::table! {
    admin_status_totals (status) {
        status -> Text,
        n -> BigInt,
    }
}

diesel::table! {
    account_totals (status) {
        status -> Text,
        n -> BigInt,
    }
}

diesel::table! {
    admin_counts (org_id, kind) {
        org_id -> BigInt,
        kind -> Text,
        n -> BigInt,
    }
}

diesel::table! {
    admin_status_counts (org_id, status) {
        org_id -> BigInt,
        status -> Text,
        n -> BigInt,
    }
}

diesel::table! {
    number_counts (org_id, status) {
        org_id -> BigInt,
        status -> Text,
        n -> BigInt,
    }
}

diesel::table! {
    account_counts (org_id, status) {
        org_id -> BigInt,
        status -> Text,
        n -> BigInt,
    }
}

diesel::table! {
    org_settings (org_id) {
        org_id -> BigInt,
        features -> Nullable<Text>,
        allowed_domains -> Nullable<Text>,
        invitation_ttl_days -> Nullable<BigInt>,
        mfa_required -> Nullable<Bool>,
    }
}

diesel::table! {
    user_permissions (id) {
        id -> BigInt,
        org_id -> BigInt,
        name -> Text,
        is_default -> Bool,
        features -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    accounts (id) {
        id -> BigInt,
        org_id -> BigInt,
        account_ref -> Text,
        first_name -> Text,
        last_name -> Text,
        username -> Nullable<Text>,
        username_kind -> Text,
        pin_hash -> Nullable<Text>,
        application -> Text,
        user_permissions_id -> BigInt,
        forwarding_number -> Nullable<Text>,
        features -> Text,
        monitor_calls -> Text,
        monitor_sms -> Text,
        restrict_incoming_social -> Bool,
        language -> Text,
        status -> Text,
        invited_at -> Nullable<Timestamp>,
        invitation_expires_at -> Nullable<Timestamp>,
        activated_at -> Nullable<Timestamp>,
        batch_id -> Nullable<BigInt>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    numbers (id) {
        id -> BigInt,
        org_id -> BigInt,
        e164 -> Text,
        status -> Text,
        tag -> Nullable<Text>,
        account_id -> Nullable<BigInt>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    account_invitations (id) {
        id -> BigInt,
        account_id -> BigInt,
        channel -> Text,
        sent_to -> Text,
        token_hash -> Text,
        state -> Text,
        created_by -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        ended_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    invitation_templates (id) {
        id -> BigInt,
        org_id -> BigInt,
        channel -> Text,
        language -> Text,
        subject -> Text,
        body -> Text,
        updated_at -> Timestamp,
    }
}

diesel::joinable!(admin_counts -> organizations (org_id));
diesel::joinable!(account_counts -> organizations (org_id));
diesel::joinable!(administrators -> organizations (org_id));
diesel::joinable!(administrators -> roles (role_id));
diesel::joinable!(sessions -> administrators (admin_id));
diesel::joinable!(mfa_recovery_codes -> administrators (admin_id));
diesel::joinable!(mfa_email_codes -> administrators (admin_id));
diesel::joinable!(role_privileges -> roles (role_id));
diesel::joinable!(batches -> organizations (org_id));
diesel::joinable!(batch_items -> batches (batch_id));
diesel::joinable!(import_uploads -> organizations (org_id));
diesel::joinable!(alert_recipients -> organizations (org_id));
diesel::joinable!(alert_recipients -> administrators (admin_id));
diesel::joinable!(jobs -> organizations (org_id));
diesel::joinable!(org_settings -> organizations (org_id));
diesel::joinable!(user_permissions -> organizations (org_id));
diesel::joinable!(accounts -> organizations (org_id));
diesel::joinable!(accounts -> user_permissions (user_permissions_id));
diesel::joinable!(numbers -> organizations (org_id));
diesel::joinable!(account_invitations -> accounts (account_id));
diesel::joinable!(invitation_templates -> organizations (org_id));

diesel::allow_tables_to_appear_in_same_query!(
    admin_totals,
    admin_status_totals,
    account_totals,
    mfa_email_codes,
    mfa_recovery_codes,
    account_counts,
    number_counts,
    admin_counts,
    admin_status_counts,
    organizations,
    roles,
    role_privileges,
    administrators,
    sessions,
    org_tree_version,
    tokens,
    audit_events,
    outbox,
    batches,
    batch_items,
    jobs,
    org_settings,
    user_permissions,
    accounts,
    numbers,
    account_invitations,
    invitation_templates,
    throttles,
    import_uploads,
    alert_recipients,
);
