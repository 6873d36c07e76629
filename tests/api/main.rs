#![allow(clippy::unwrap_used, clippy::expect_used)]
//! One integration-test binary: every test drives the real app over HTTP,
//! on a fresh SQLite file and, when TEST_POSTGRES_URL is set, on a fresh
//! PostgreSQL database as well.

mod helpers;
mod import;
mod import_crash;
mod import_files;

mod account_invites;
mod accounts;
mod accounts_bulk;
mod accounts_list;
mod accounts_list_sorting;
mod accounts_move;
mod activation;
mod activity;
mod admin_record;
mod administrators;
mod administrators_list;
mod administrators_list_sorting;
mod auth;
mod browser;
mod browser_forms;
mod cli;
mod csrf;
mod dashboard;
mod email_change;
mod error_pages;
mod forms;
mod invitation_templates;
mod invitations;
mod jobs;
mod language_probes;
mod languages;
mod lockout;
mod manage_alerts;
mod mfa;
mod narrow;
mod numbers;
mod outbox;
mod pages;
mod password_reset;
mod profile;
mod races;
mod reinvite;
mod reports_batches;
mod role_form;
mod roles;
mod route_matrix;
mod security;
mod setup;
mod setup_pages;
mod sms_sink;
mod smtp_sink;
mod suborgs;
mod tenancy;
