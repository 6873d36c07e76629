# Administrators and API users: the list, the record and its form,
# deleting, unlocking, resetting two-factor authentication, and Re-invite.


# The administrators list.
admins-list-title = Administrators
admins-tab-administrator = Administrator
admins-filter-name-email = Name / Email
admins-filter-all-roles = All roles
admins-filter-all-statuses = All statuses
admins-add-api-user-button = + Add API User
admins-add-admin-button = + Add New Administrator
admins-list-empty = No administrators match.
admins-select-all = Select all administrators on the filtered list
admins-select-one = Select { $name }
admins-col-last-sign-in = Last Sign In
admins-locked = Locked
admins-locked-title = Waiting after failed passwords
admins-api-user = API User

# Statuses.
admins-status-invited = Invited
admins-status-active = Active
admins-status-login-suspended = Login suspended
admins-status-account-suspended = Account suspended
admins-status-unknown = Unknown

# Add / Edit Administrator and API User.
admins-title-add-admin = Add New Administrator
admins-title-add-api-user = Add API User
admins-title-edit-admin = Edit Administrator
admins-title-edit-api-user = Edit API User
admins-locked-after = After { $count } failed passwords in a row, sign-in waits until { $until }.
admins-unlock = Unlock
admins-mfa-on = Two-factor authentication: on
admins-mfa-reset = Reset
admins-personal-details = Personal Details
admins-backup-email = Backup Email
admins-backup-email-hint = Optional. Used only to recover the account.
admins-access = Access
admins-external-applications = External Applications
admins-custom-application-option = Custom application…
admins-custom-application-name = Custom application name
admins-custom-application-hint = Only when you chose Custom application.
admins-choose-role = Choose a role
admins-suspension = Suspension
admins-login-suspended-hint = Cannot sign in to the portal until the box is cleared; the record, role and settings stay as they are. For a pause, e.g. while something is checked.
admins-account-suspended-hint = The whole administrator account is suspended, e.g. when the person has left: no sign-in and no re-invites until it is lifted. When both boxes are ticked, this one applies.
admins-suspension-hint = Either one signs the administrator out everywhere at once and stops their alert emails.

# Form errors and messages.
admins-choose-application = Choose an External Application, or name your custom application (at most 60 characters).
admins-choose-organization = Choose an organization.
admins-choose-role-error = Choose a role.
admins-email-taken = An administrator with this email already exists.
admins-form-mismatch = The form does not match this record.
admins-own-email-on-profile = Change your own email and backup email on My Profile, where your current password is asked.
admins-cannot-suspend-self = You cannot suspend yourself.
admins-last-super-admin = { $name } is the last active Enterprise Super Administrator of the top organization and cannot be removed, suspended or given another role.
admins-added-admin = The administrator { $name } was added and an invitation was sent to { $email }.
admins-added-api-user = The API user { $name } was added and an invitation was sent to { $email }.
admins-saved = Saved { $name }.
admins-saved-invitation-resent = Saved { $name }. The email changed, so the invitation was sent again to { $email }; the earlier link no longer works.

# Unlock and two-factor reset.
admins-unlocked = { $name } was unlocked and can sign in again.
admins-not-locked = { $name } is not locked.
admins-mfa-reset-title = Reset two-factor authentication of { $name }
admins-mfa-reset-heading = Reset two-factor authentication of { $name }?
admins-mfa-reset-confirm = Yes, reset
admins-mfa-reset-explained = { $email } will no longer be asked for a code from their authenticator app, and their recovery codes stop working. They are signed out everywhere. If their organization requires two-factor authentication, they set it up again at their next sign-in.
admins-mfa-was-reset = Two-factor authentication of { $name } was reset and their sessions ended.
admins-mfa-not-used = { $name } does not use two-factor authentication.

# Deleting an administrator.
admins-delete-title = Delete { $name }
admins-delete-heading = Delete { $name }?
admins-back-to = Back to { $name }
admins-delete-confirm = Yes, delete
admins-delete-integration-confirm = I understand the integration will fail
admins-delete-question = Are you sure you want to delete { $email }? They can no longer sign in, their sessions end at once, and their pending invitation stops working. This cannot be undone.
admins-integration-warning = '{ $name }' is used to connect to '{ $app }'. If you delete this user, the integration with '{ $app }' will fail.
admins-cannot-delete-self = You cannot delete yourself.
admins-deleted = { $name } was deleted.

# Re-invite.
admins-reinvite-title = Re-invite
admins-reinvite-all-title = Re-invite everyone matching this filter?
admins-reinvite-all-selected =
    { $count ->
        [one] All { $count } administrator matching this filter are selected.
       *[other] All { $count } administrators matching this filter are selected.
    }
admins-reinvite-all-explained = The box in the header selects every administrator on the filtered list, not only the { $count } on this page.
admins-reinvite-all-button = Re-invite all { $count } administrators
admins-reinvite-page-button = Re-invite only the { $count } on this page
admins-reinvite-active-title = Re-invite active administrators?
admins-reinvite-active-intro = These administrators are already active. Re-inviting them
admins-reinvite-active-strong = resets their password and signs them out
admins-reinvite-active-outro = ; they must set a new password from the email.
admins-reinvite-and-more = and { $count } more
admins-reinvite-including-active = Re-invite, including active administrators
admins-reinvite-only-pending = Re-invite only pending administrators
admins-reinvite-none = Select the administrators to re-invite.
admins-reinvite-sent = Invitation sent to { $name } ({ $email }).
admins-reinvite-too-many = At most { $max } administrators can be ticked at once. To re-invite everyone on the list, tick the box in the header and confirm "all administrators matching this filter".
admins-form-unreadable = The form could not be read.
