# Reports: the index, Batch Operation Reports, a batch, Undo this import,
# Administrators Activity and Failed Jobs.

reports-title = Reports
reports-not-available = (not available yet)
reports-consumption-metrics = Consumption Metrics
reports-user-metrics = User Metrics
reports-administrators-activity = Administrators Activity
reports-failed-jobs = Failed Jobs
reports-activities = Activities
reports-call-recording = Call Recording
reports-message-logging = Message Logging
reports-sms-opt-in = SMS Opt-in
reports-batch-operation-reports = Batch Operation Reports

# Batches
reports-operation-reinvite-administrators = Re-invite administrators
reports-operation-resend-account-invites = Resend account invitations
reports-operation-edit-accounts = Change User Permissions / features
reports-operation-delete-accounts = Delete accounts
reports-operation-move-accounts = Move accounts
reports-operation-import-accounts = Import accounts
reports-state-running = Running
reports-state-done = Done
reports-state-failed = Failed
reports-state-unknown = Unknown
reports-no-batches = No batch operations yet.
reports-time = Time
reports-administrator = Administrator
reports-operation = Operation
reports-file = File
reports-total = Total
reports-succeeded = Succeeded
reports-skipped = Skipped
reports-failed = Failed
reports-state = State
reports-invitations-sent = { $sent ->
    [one] { $sent_n } invitation
   *[other] { $sent_n } invitations
  } sent, { $skipped } skipped
reports-invitations-failed = , { $failed } failed
reports-download-invitation-status = Download invitation status
reports-progress = { $percent }% — { $done } of { $total ->
    [one] { $total_n } row
   *[other] { $total_n } rows
  } done, { $failed } with errors so far.
reports-progress-hint = It runs in the background: you can close this page, and come back to it from Reports > Batch Operation Reports.
reports-undone-on = Undone on { $at } by { $by }: { $count ->
    [one] { $count_n } account
   *[other] { $count_n } accounts
  } removed.
reports-started = Started
reports-finished = Finished
reports-running-done = — { $done } of { $total } done; this page refreshes until it finishes.
reports-results = Results
reports-results-summary = { $total } in all: { $succeeded } succeeded, { $skipped } skipped, { $failed } failed
reports-download-report = Download Batch Operations Report
reports-undo-link = Undo this import
reports-no-results = No results recorded.
reports-result = Result
reports-message = Message
reports-back-to-batches = Back to Batch Operation Reports
reports-result-added = Added
reports-result-added-invited = Added and invited
reports-result-already-exists = Already exists
reports-result-invalid = Invalid
reports-result-sent = Sent
reports-result-deleted = Deleted
reports-result-moved = Moved
reports-result-changed = Changed
reports-result-skipped = Skipped
reports-result-failed = Failed

# Undo this import
reports-undo-title = Undo this import?
reports-undo-lead = { $file }, started by { $by }.
reports-undo-csv-import = CSV import
reports-undo-none-deleted = No imported account can be removed: they were all deleted since.
reports-undo-none-changed = No imported account can be removed: they all changed since the import.
reports-undo-will-delete = { $count ->
    [one] { $count_n } account
   *[other] { $count_n } accounts
  } added by this import will be deleted. Their numbers return to Available and their invitation links stop working. This cannot be undone.
reports-undo-changed = { $count ->
    [one] { $count_n } account has
   *[other] { $count_n } accounts have
  } changed since the import and will be kept:
reports-undo-gone = { $count ->
    [one] { $count_n } imported account was
   *[other] { $count_n } imported accounts were
  } deleted since.
reports-undo-confirm = Delete { $count ->
    [one] { $count_n } account
   *[other] { $count_n } accounts
  }
reports-undo-remove-rest = Remove the other { $count } and keep the changed ones
reports-back-to-batch = Back to the batch
reports-undo-why-moved = moved to another organization
reports-undo-why-activated = activated
reports-undo-why-suspended = suspended
reports-undo-why-edited = edited or invited again since the import
reports-undo-done = Import undone: { $removed ->
    [one] { $removed_n } account
   *[other] { $removed_n } accounts
  } removed.
reports-undo-done-kept = Import undone: { $removed ->
    [one] { $removed_n } account
   *[other] { $removed_n } accounts
  } removed; { $kept ->
    [one] { $kept_n } account kept because it changed since.
   *[other] { $kept_n } accounts kept because they changed since.
  }

# Administrators Activity
reports-from = From
reports-to = To
reports-enter-date = Enter a date as YYYY-MM-DD.
reports-action = Action
reports-all-actions = All actions
reports-all-organizations = All organizations
reports-times-in = Dates and times are in { $zone }.
reports-no-activity-matches = No activity matches.
reports-no-activity = No activity yet.
reports-events = { $count ->
    [one] { $count_n } event
   *[other] { $count_n } events
  }.
reports-events-match = { $count ->
    [one] { $count_n } event matches
   *[other] { $count_n } events match
  }.
reports-events-more = More than { $count } events.
reports-events-more-match = More than { $count } events match.
reports-target = Target
reports-address = Address
reports-time-in = Time ({ $zone })

# Failed Jobs
reports-failed-jobs-hint = Work the portal gave up on (an email the mail server refused, say). Retry queues a job again.
reports-no-failed-jobs = No failed jobs.
reports-job = Job
reports-kind = Kind
reports-for = For
reports-attempts = Attempts
reports-last-error = Last error
reports-retry = Retry
reports-retry-job = Retry job { $id }
reports-job-queued = Job { $id } queued again: { $what }.
reports-job-not-failed = Job { $id } has not failed; there is nothing to retry.

# CSV headers of the downloads.
reports-csv-result = result
reports-csv-message = message
reports-csv-error = error
reports-failed-at = Failed

# Administrators Activity: the action labels (keys stored in audit_events.action).
reports-action-sign-in = Signed in
reports-action-sign-in-failed = Sign-in failed
reports-action-sign-out = Signed out
reports-action-reauthentication-failed = Password confirmation failed
reports-action-sessions-signed-out = Other sessions signed out
reports-action-mfa-enrolled = Two-factor authentication set up
reports-action-mfa-reset = Two-factor authentication reset
reports-action-mfa-recovery-code-used = Recovery code used
reports-action-mfa-code-replayed = Used sign-in code refused
reports-action-mfa-code-failed = Sign-in code failed
reports-action-password-reset-requested = Password reset requested
reports-action-password-reset = Password reset
reports-action-password-changed = Password changed
reports-action-profile-updated = Profile updated
reports-action-email-changed = Sign-in email changed
reports-action-backup-email-changed = Backup email changed
reports-action-administrator-created = Administrator invited
reports-action-administrator-reinvited = Administrator re-invited
reports-action-administrator-updated = Administrator updated
reports-action-administrator-deleted = Administrator deleted
reports-action-administrator-unlocked = Administrator unlocked
reports-action-invitation-accepted = Invitation accepted
reports-action-api-user-created = API User created
reports-action-api-user-updated = API User updated
reports-action-api-user-deleted = API User deleted
reports-action-role-created = Role created
reports-action-role-updated = Role updated
reports-action-role-deleted = Role deleted
reports-action-suborg-created = Sub-Organization created
reports-action-suborg-renamed = Sub-Organization renamed
reports-action-suborg-deleted = Sub-Organization deleted
reports-action-account-created = Account created
reports-action-account-invited = Account invited
reports-action-account-activated = Account activated
reports-action-account-updated = Account updated
reports-action-account-moved = Account moved
reports-action-account-pin-reset = Account PIN reset
reports-action-account-deleted = Account deleted
reports-action-import-undone = CSV import undone
reports-action-numbers-added = Numbers added
reports-action-number-updated = Number updated
reports-action-numbers-reserved = Numbers reserved
reports-action-numbers-made-available = Numbers made available
reports-action-numbers-tagged = Numbers tagged
reports-action-numbers-deleted = Numbers deleted
reports-action-numbers-allocated = Numbers allocated to a Sub-Organization
reports-action-numbers-withdrawn = Numbers withdrawn to the parent
reports-action-user-permissions-created = User Permissions created
reports-action-user-permissions-updated = User Permissions updated
reports-action-user-permissions-default = Default User Permissions changed
reports-action-user-permissions-deleted = User Permissions deleted
reports-action-feature-settings-changed = Feature Settings changed
reports-action-domain-restriction-changed = Domain Restriction changed
reports-action-mfa-policy-changed = Two Factor Authentication changed
reports-action-alerts-changed = Manage Alerts changed
reports-action-invitation-template-saved = Invitation Template saved
reports-action-invitation-template-reset = Invitation Template reset
reports-action-invitation-template-test-sent = Test invitation sent
reports-action-invitation-validity-changed = Invitation validity changed
reports-action-job-retried = Failed job retried

# The "Batch completed" email (Setup > Manage Alerts).
reports-email-subject = Batch completed: { $operation } — { $succeeded } succeeded, { $skipped } skipped, { $failed } failed
reports-email-subject-failed = (failed)
reports-email-hello = Hello,
reports-email-hello-name = Hello { $name },
reports-email-finished-in = A bulk operation finished in { $org }.
reports-email-started-by = Started by
reports-email-rows = Rows
reports-email-rows-summary = { $total }: { $succeeded } succeeded, { $skipped } skipped, { $failed } failed
reports-email-rows-text = { $total } ({ $succeeded } succeeded, { $skipped } skipped, { $failed } failed)
reports-email-open = Open the Batch Operations Report
reports-email-fallback = If the button does not work, copy this link into your browser:
reports-email-every-row = The Batch Operations Report has the result of every row:
reports-email-why = You receive this email because you are named for “Batch completed” in Setup > Manage Alerts.
reports-email-why-text = You receive this email because you are named for "Batch completed" in Setup > Manage Alerts.
