# Accounts: the list, the record, Add / Edit Account, Reset PIN, delete,
# bulk actions and Move.

accounts-account = Account
accounts-add = Add Account
accounts-edit-title = Edit Account
accounts-search-label = Name / Username / Account ID
accounts-all-statuses = All statuses
accounts-invitation = Invitation
accounts-all-organizations = All organizations
accounts-none-match = No accounts match.
accounts-none-yet = No accounts have been added here yet.
accounts-count = { $count ->
    [one] { $count } account.
   *[other] { $count } accounts.
}
accounts-count-match = { $count ->
    [one] { $count } account matches.
   *[other] { $count } accounts match.
}
accounts-count-more = More than { $count } accounts.
accounts-count-more-match = More than { $count } accounts match.
accounts-bulk-group = With the selected accounts
accounts-select-all = Select all { $count }
accounts-select-all-filtered = Select all { $count } matching the filter
accounts-select-all-more = Select all matching
accounts-select-all-more-filtered = Select all matching matching the filter
accounts-with-selected = With the selected:
accounts-select-all-aria = Select all accounts matching the filter
accounts-username = Username
accounts-select-one = Select { $name }
accounts-account-id-value = Account ID { $id }
accounts-with-number = With a number
accounts-without-number = Without a number
accounts-bulk-edit = Change User Permissions / features

accounts-status-saved = Saved
accounts-status-invited = Invited
accounts-status-active = Active
accounts-status-suspended = Suspended
accounts-invitation-not-invited = Saved — not invited
accounts-invitation-pending = Pending
accounts-invitation-expired = Expired
accounts-invitation-activated = Activated
accounts-no-portal-access = No Portal Access
accounts-history-accepted = Accepted
accounts-history-revoked = Revoked
accounts-history-expired = Expired
accounts-history-sent = Sent

accounts-reset-pin = Reset PIN
accounts-invitation-colon = Invitation: { $state }
accounts-resend-hint = Sends a new link; the earlier one stops working.
accounts-send-hint = Sends the invitation to { $to }.
accounts-username-field = Email or Device #
accounts-no-portal-access-note = (signs in to an IP phone with a PIN)
accounts-account-id = Account ID
accounts-application = Application(s)
accounts-added = Added
accounts-invited = Invited
accounts-link-valid-until = (link valid until { $when })
accounts-activated = Activated
accounts-service = Service
accounts-number-picked-at-activation = None: the user picks one when activating
accounts-unknown = Unknown
accounts-social-messaging = Social messaging
accounts-incoming-restricted = Incoming restricted
accounts-forwarding-number = Forwarding Number
accounts-monitor-calls = Monitor calls
accounts-monitor-sms = Monitor SMS
accounts-auto = Auto
accounts-invitations = Invitations
accounts-no-invitation-yet = No invitation has been sent yet.
accounts-history-sent-at = Sent
accounts-history-channel = Channel
accounts-history-to = To
accounts-history-by = By
accounts-history-expires = Expires
accounts-history-state = State
accounts-back-to-list = Back to Accounts

accounts-edit-heading = Edit { $name }
accounts-back-to-account = Back to the account
accounts-single = Single Account
accounts-multiple = Multiple Accounts
accounts-form-error = { $error } Nothing was saved.
accounts-fields-need-attention = Some fields need attention: see the messages next to them. Nothing was saved.
accounts-change-organization = Change organization
accounts-org-picker-hint = The numbers, User Permissions and features below are those of { $org }. Choose the organization first: changing it starts the form again.
accounts-user = User
accounts-no-portal-access-hint = An IP phone user: no email, no invitation; signs in to the phone with a PIN.
accounts-username-hint-edit = The invitation goes here: an email address, or a mobile number with its country code (+15550100000).
accounts-access = Access
accounts-access-portal = Portal Access: invite by email or SMS
accounts-access-none = No Portal Access: an IP phone with a PIN, no email and no invitation
accounts-username-hint-new = For Portal Access: an email address, or a mobile number with its country code (+15550100000). Leave empty for No Portal Access.
accounts-domain-restriction-hint = Domain Restriction: only email addresses at { $domains }.
accounts-account-id-hint = Your own identifier for the account; unique in the organization.
accounts-assign-number = Assign Number
accounts-keep-number = Keep { $number }
accounts-no-number-returns = No number: it returns to Available
accounts-no-number-now = No number now: the user picks one when activating
accounts-specific-number = A specific number
accounts-available-or-reserved = Available or Reserved number
accounts-none-left = None left in this organization
accounts-choose-number = Choose a number
accounts-or-type-one = Or type one
accounts-only-first-listed = Only the first { $count } are listed; type any other.
accounts-next-with-tag = The next Available number with a tag
accounts-choose-tag = Choose a tag
accounts-forwarding-hint = Optional: 4 to 18 digits with the country code.
accounts-no-features-offered = { $org } offers no features.
accounts-restrict-incoming-social = Restrict incoming social messaging
accounts-auto-records-calls = Auto (records calls)
accounts-on-records-sms = On (records SMS)
accounts-save-and-invite = Save & Invite
accounts-sms-disclaimer = DISCLAIMER: By clicking on Invite, you agree that you have obtained permission from recipients to receive SMS notifications through employee or other agreement. Message and data rates may apply.
accounts-invite-note = Note: Only Email Invitees can onboard onto the MultiLine Desktop. A No Portal Access account is never invited: Save it, and give its user the PIN shown next.
accounts-profile-default = { $name } (Default)
accounts-feature-locked = Only administrators whose role holds “Accounts: { $privilege }” can turn this on or off.
accounts-pin-new-title = PIN of the new account
accounts-added-invited-number = { $name } was added and invited: the invitation is on its way to { $to }. Number { $number } is assigned.
accounts-added-invited-no-number = { $name } was added and invited: the invitation is on its way to { $to }. No number is assigned yet: the user picks one when activating.
accounts-added-number = { $name } was added. Number { $number } is assigned. Use Resend Invite to invite them when you are ready.
accounts-added-no-number = { $name } was added. No number is assigned yet: the user picks one when activating. Use Resend Invite to invite them when you are ready.
accounts-saved = { $name } was saved.
accounts-saved-invitation-withdrawn = { $name } was saved. The username changed, so the pending invitation no longer works: use Resend Invite to invite the new address.
accounts-invitation-sent = Invitation sent to { $to }.

accounts-delete-title = Delete Account
accounts-delete-name = Delete { $name }
accounts-deleted = { $name } was deleted.
accounts-deleted-number = { $name } was deleted. Number { $number } is Available again.
accounts-delete-question = Delete { $name }?
accounts-yes-delete = Yes, delete
accounts-delete-confirm-before = Are you sure you want to delete the account
accounts-delete-confirm-after = ({ $username }, Account ID { $id })? This cannot be undone.
accounts-delete-number-returns = Its number { $number } returns to Available.
accounts-delete-invitation-stops = Its pending invitation stops working.

accounts-reset-pin-of = Reset the PIN of { $name }
accounts-reset-pin-question = Reset the PIN of { $name }?
accounts-yes-new-pin = Yes, make a new PIN
accounts-reset-pin-confirm-before = Make a new PIN for
accounts-reset-pin-confirm-after = (Account ID { $id })? The current PIN stops working at once, and the IP phone must be signed in again with the new one.
accounts-new-pin-of = New PIN of { $name }
accounts-pin-added = { $name } was added
accounts-pin-added-intro = This No Portal Access account signs in to its IP phone with this PIN:
accounts-pin-reset-intro = The old PIN no longer works. The new PIN is:
accounts-pin-shown-once = This is the only time the PIN is shown.
accounts-pin-give-now = Give it to the user of the phone now. It is stored only in a form nobody can read back; if it is lost, use Reset PIN on the account to make a new one.
accounts-go-to-account = Go to the account
accounts-add-another = Add another account

accounts-form-unreadable = The form could not be read.
accounts-bulk-choose-action = Choose what to do with the accounts.
accounts-select-first = Select the accounts first.
accounts-bulk-all-title = { $action } — all matching accounts?
accounts-bulk-title = { $action } — { $count } account(s)
accounts-bulk-invite-before = A new invitation will be sent to
accounts-bulk-invite-count = { $count ->
    [one] { $invitable } of the { $count } selected account
   *[other] { $invitable } of the { $count } selected accounts
}
accounts-bulk-invite-after = by email or SMS; their previous links stop working.
accounts-bulk-invite-skipped = The other { $count } (active, suspended or No Portal Access) are skipped and listed as such in the report.
accounts-bulk-delete-before = The
accounts-bulk-selected = { $count ->
    [one] { $count } selected account
   *[other] { $count } selected accounts
}
accounts-bulk-delete-after = will be deleted. This cannot be undone.
accounts-bulk-delete-numbers = { $count ->
    [one] Their { $count } number returns to Available.
   *[other] Their { $count } numbers return to Available.
}
accounts-bulk-delete-invitations = Pending invitations stop working.
accounts-bulk-edit-before = The changes below will be made to the
accounts-bulk-edit-after = . Features an account's organization does not offer are left as they are; User Permissions not available in an account's organization are reported as a failure for that account.
accounts-keep-as-they-are = Keep as they are
accounts-switch-on = Switch on
accounts-switch-off = Switch off
accounts-list-colon = Accounts:
accounts-username-and-id = ({ $username }, Account ID { $id })
accounts-and-more = and { $count } more
accounts-bulk-report-note = A Batch report lists the result for each account.
accounts-bulk-resend-button = { $count ->
    [one] Resend { $count } invitation
   *[other] Resend { $count } invitations
}
accounts-bulk-delete-button = { $count ->
    [one] Delete { $count } account
   *[other] Delete { $count } accounts
}
accounts-bulk-change-button = { $count ->
    [one] Change { $count } account
   *[other] Change { $count } accounts
}
accounts-select-all-selected = { $count ->
    [one] All { $count } account matching this filter are selected.
   *[other] All { $count } accounts matching this filter are selected.
}
accounts-select-all-explained = "Select all" selects every account on the filtered list, not only the { $count } on this page.
accounts-continue-with-all = Continue with all { $count } accounts
accounts-only-this-page = Only the { $count } on this page

accounts-move-title = Move accounts
accounts-move-select-first = Select the accounts to move.
accounts-move-count-title = Move { $count } account(s)
accounts-move-choose-destination = Choose an organization to move the accounts to.
accounts-move-refused = Unable to move account(s). You do not have enough numbers available in the selected organization
accounts-move-heading = { $count ->
    [one] Move { $count } account
   *[other] Move { $count } accounts
}
accounts-move-to-organization = Move to organization
accounts-choose-organization = Choose an organization
accounts-move-check = Check
accounts-move-before = Before moving to { $org }
accounts-move-to-move = Accounts to move
accounts-move-already-there = ({ $count } already there stay as they are)
accounts-move-pending-without-number = Pending invitations without a number
accounts-move-need-number = { $count } need a number in { $org }
accounts-move-available-there = Available numbers there
accounts-move-promised = ({ $count } already needed by its own pending invitations; { $left } left)
accounts-move-numbers-moving = { $count ->
    [one] { $count } assigned number moves with its account to { $org }: users keep their phone numbers.
   *[other] { $count } assigned numbers move with their accounts to { $org }: users keep their phone numbers.
}
accounts-move-no-numbers = No account has a number assigned; none move.
accounts-move-permissions-there = User Permissions there
accounts-move-permissions-note = An account keeps its User Permissions when they are defined in { $org } or above it; otherwise it gets the default there.
accounts-move-features-off = Features switched off
accounts-move-no-features-off = None: { $org } offers every feature they use.
accounts-move-feature-count = { $count ->
    [one] { $feature } ({ $count } account)
   *[other] { $feature } ({ $count } accounts)
}
accounts-move-not-offered = — not offered there.
accounts-move-pending = Pending invitations
accounts-move-stay-valid = Stay valid.
accounts-move-button = { $count ->
    [one] Move { $count } account
   *[other] Move { $count } accounts
}

accounts-username-empty = Enter an email address or a device number.
accounts-username-invalid = Enter an email address, like name@example.com, or a device number with its country code, like +15550100000.
accounts-account-id-empty = Enter an Account ID.
accounts-account-id-too-long = An Account ID is at most { $max } characters.
accounts-account-id-control = An Account ID cannot contain line breaks or control characters.
accounts-forwarding-invalid = Enter the forwarding number as digits with the country code, like +15550100000.
accounts-forwarding-length = A forwarding number has 4 to 18 digits, with the country code.
accounts-application-empty = Enter the application(s), like MultiLine.
accounts-application-too-long = Application(s) is at most 100 characters on one line.
accounts-monitor-calls-invalid = Choose auto or off.
accounts-monitor-sms-invalid = Choose on or off.
accounts-choose-organization-error = Choose an organization.
accounts-choose-number-or-type = Choose a number, or type one.
accounts-choose-tag-error = Choose a tag.
accounts-choose-number-mode = Choose how to assign a number.
accounts-choose-permissions = Choose User Permissions.
accounts-choose-language = Choose a language.
accounts-org-change-with-move = An account changes organization with Move, not here.
accounts-choose-permissions-in = Choose User Permissions available in { $org }.
accounts-portal-access-fixed = Portal Access cannot be turned on or off on an existing account: add a new account instead.
accounts-username-taken = An account with this email or device number already exists in this organization.
accounts-account-id-taken = Another account of this organization has this Account ID.
accounts-domain-refused = Email addresses at { $domain } cannot be used in { $org } (Domain Restriction). Allowed: { $allowed }.
accounts-feature-restricted = Only administrators whose role holds “Accounts: { $privilege }” can turn { $feature ->
    [e911] E911
   *[international_dialing] International Dialing
} on or off.
accounts-permissions-just-deleted = These User Permissions were just deleted: choose others.
accounts-number-gone = That number is no longer available.
accounts-number-not-in-org = { $number } is not an Available or Reserved number of { $org }.
accounts-no-number-with-tag = No Available number tagged { $tag } is left in { $org }.
accounts-pin-only-no-portal = Only No Portal Access accounts have a PIN.
accounts-no-pin = { $name } signs in with an email or device number and has no PIN.
accounts-invite-refused-no-portal = { $name } is a No Portal Access account: it has no email or device number to invite, and signs in to its phone with a PIN.
accounts-invite-refused-active = { $name } has already activated their account: there is nothing to invite them to.
accounts-invite-refused-suspended = { $name } is suspended: resume the account before sending an invitation.
accounts-invite-refused = { $name } cannot be invited.
accounts-invite-needs-number = Sending an invitation requires an Available or Reserved number in { $org }: assign one to the account, or add numbers in Setup > Number Management.
accounts-invite-changed-meanwhile = { $name } was activated or changed a moment ago; reload the page.
accounts-bulk-too-many-ticked = At most { $max } accounts can be ticked at once. To act on everyone on the list, tick the box in the header and confirm "all accounts matching this filter".
accounts-bulk-edit-nothing = Choose User Permissions or a feature to change.
