# Setup: the index, User Permissions, Feature Settings, Domain Restriction,
# Two Factor Authentication, Manage Alerts and Invitation Templates.

setup-title = Setup
setup-lead = Settings of { $org }. Its sub-organizations use them too, unless they set their own.
setup-not-available = Not available yet
setup-item-company-profile = Company Profile
setup-item-application-version = Application Version
setup-item-webhook-events = Webhook Events
setup-item-number-management = Number Management
setup-item-messages = Messages
setup-item-sms-opt-in = SMS Opt-In
setup-item-in-app-messaging = In-App Messaging
setup-about-company-profile = Company details.
setup-about-invitation-templates = Email and SMS invitation templates.
setup-about-manage-alerts = Who is told by email when a batch completes.
setup-about-domain-restriction = Restrict invitations to email addresses at your domains.
setup-about-application-version = Details about the MultiLine application.
setup-about-two-factor = An additional layer of security against suspicious sign-ins.
setup-about-webhook-events = Events sent to your own systems.
setup-about-number-management = The phone numbers allocated to this organization.
setup-about-user-permissions = Which features an account gets: named profiles and the default.
setup-about-feature-settings = Which features this organization offers to its accounts.
setup-about-messages = Synchronization and multimedia messages.
setup-about-sms-opt-in = Access to call and SMS recordings through the ADK.
setup-about-in-app-messaging = Messages shown inside the app.

setup-form-unreadable = The form could not be read.
setup-unknown-feature = '{ $value }' is not a known feature.

# Where a setting comes from (Feature Settings, Domain Restriction, Two Factor).
setup-source-here = Set for this organization.
setup-source-parent = Inherited: set in { $org }, the parent organization.
setup-source-ancestor = Inherited: set in { $org }.
setup-source-a-parent = a parent organization
setup-source-default = Not set in any organization: { $default }.
setup-same-as = Same as { $org } ({ $value })
setup-set-here = Set for this organization, below
setup-used-when-set-here = Used when "Set for this organization" is chosen.

# Domain Restriction
setup-domains-title = Domain Restriction
setup-domains-lead = Accounts can be invited only at email addresses of these domains. With no domain listed, any domain is allowed.
setup-domains-allowed-now = Allowed now:
setup-domains-legend = Allowed domains of this organization
setup-domains-label = Allowed domains
setup-domains-hint = One domain per line, like example.com. Leave empty to allow any domain.
setup-any-domain = any domain
setup-any-domain-allowed = any domain is allowed
setup-domains-saved = Domain Restriction saved. Accounts can be invited at: { $domains }.
setup-domains-bad =
    { $count ->
        [one] { $entries } is not a domain name.
       *[other] { $entries } are not domain names.
    } Enter one domain per line, like example.com.
setup-domains-too-many = Enter at most { $max } domains ({ $count } were entered).

# Feature Settings
setup-features-title = Feature Settings
setup-features-lead = The features this organization offers its accounts. User Permissions and the account form show only these.
setup-features-offered-now = Offered now:
setup-features-legend = Features of this organization
setup-features-hint-sub = A sub-organization can offer only what its parent offers.
setup-features-hint-top = Sub-organizations offer these too, unless they choose fewer.
setup-features-withheld = (not offered by the parent)
setup-every-feature-offered = every feature is offered
setup-features-saved = Feature Settings saved. This organization offers: { $features }.
setup-features-not-offered-by-parent = { $org } does not offer { $features }, so this organization cannot either.

# Two Factor Authentication
setup-mfa-title = Two Factor Authentication
setup-mfa-lead = When required, every administrator of this organization signs in with a code from an authenticator app after their password. Administrators who have not set one up do so at their next sign-in, before any page opens.
setup-mfa-now = Now:
setup-mfa-legend = Two-factor authentication for administrators
setup-mfa-off-label = Off: administrators may turn it on for themselves
setup-mfa-off = Off
setup-mfa-required = Required for administrators
setup-mfa-source-default = Not set in any organization: off.
setup-mfa-choose = Choose a policy.
setup-mfa-saved-required = Two Factor Authentication saved: required for administrators. Administrators without it set it up at their next sign-in.
setup-mfa-saved-off = Two Factor Authentication saved: off.

# Manage Alerts
setup-alerts-title = Manage Alerts
setup-alerts-lead = Who is told by email when something happens in this organization or its sub-organizations: administrators, or other email addresses.
setup-alerts-find-label = Find administrators by name or email
setup-alerts-show-chosen = Show only the chosen ones
setup-alerts-administrators = Administrators
setup-alerts-many = There are more than 200 administrators: the chosen ones are listed, and those the search finds.
setup-alerts-none-listed = No administrator listed.
setup-alerts-no-match = No administrator matches '{ $q }'.
setup-alerts-other-addresses = Other email addresses
setup-alerts-addresses-hint = One per line, at most 50.
setup-alerts-nobody = Nobody is told of this event.
setup-alerts-event-batch-completed = Batch completed
setup-alerts-event-batch-completed-about = An email summary when a bulk operation (an import, a bulk re-invite, edit, delete or move) finishes, with a link to its Batch Operations Report.
setup-alerts-saved =
    Manage Alerts saved: { $count ->
        [one] { $count } recipient
       *[other] { $count } recipients
    } for { $event }.
setup-alerts-not-email = Not an email address: { $list }
setup-alerts-too-many = At most { $max } other addresses: { $count } were given.
setup-alerts-choose-in-scope = Choose administrators of this organization or its sub-organizations.
setup-alerts-choose-from-list = Choose administrators from the list.
setup-alerts-choose-event = Choose an event.

# User Permissions
setup-up-add = + Add User Permissions
setup-up-intro = Each set of User Permissions says which features an account gets. Those defined in a parent organization are used here too, and can be changed only there.
setup-up-default = Default:
setup-up-defined-in-paren = (defined in { $org })
setup-up-default-note = Accounts added here get it unless another is chosen.
setup-up-default-none = none. Choose User Permissions for each account.
setup-up-offered-here = Features offered here:
setup-up-none-yet = No User Permissions yet.
setup-up-default-tag = (Default)
setup-up-defined-in = defined in { $org }
setup-up-make-default = Make default
setup-up-use-parent-default = Use the parent's default
setup-up-instead-of = instead of { $name }
setup-up-not-offered-here = { $feature } (not offered here)
setup-up-now-default = '{ $name }' is now the default User Permissions of { $org }.
setup-up-already-default = '{ $name }' already is the default.
setup-up-no-longer-default-parent = '{ $name }' is no longer the default. Accounts added here get '{ $parent }' from the parent organization.
setup-up-still-default = '{ $name }' is still the default.
setup-up-no-longer-default = '{ $name }' is no longer the default.
setup-up-add-title = Add User Permissions
setup-up-edit-title = Edit User Permissions: { $name }
setup-up-view-title = User Permissions: { $name }
setup-up-defined-elsewhere = These User Permissions are defined in { $org } and can be changed only there.
setup-up-is-default-notice = These are this organization's default User Permissions: accounts added here get them unless another is chosen.
setup-up-name-hint = For example: Sales team, or Default User Permissions.
setup-up-features-hint = Accounts with these User Permissions get the features ticked here. Only features this organization offers are listed
setup-up-no-features = This organization offers no features, so these User Permissions can grant none.
setup-up-kept = Also grants { $features }, which this organization no longer offers: kept as it is, and not given to accounts while it is not offered.
setup-up-back = Back to User Permissions
setup-up-created = User Permissions '{ $name }' created.
setup-up-saved = User Permissions '{ $name }' saved.
setup-up-deleted = User Permissions '{ $name }' deleted.
setup-up-name-empty = Enter a name for the User Permissions.
setup-up-name-too-long = A name is at most { $max } characters.
setup-up-name-control = A name cannot contain line breaks or control characters.
setup-up-name-taken = This organization already has User Permissions named '{ $name }'.
setup-up-not-offered = This organization does not offer { $features } (see Feature Settings).
setup-up-default-race = The default changed at the same moment. Try again.
setup-up-top-keeps-default = '{ $name }' is the default User Permissions of the top organization, which always has one. Make another profile the default first.
setup-up-still-used =
    { $count ->
        [one] '{ $name }' cannot be deleted: { $count } account still uses it. Give it other User Permissions first.
       *[other] '{ $name }' cannot be deleted: { $count } accounts still use it. Give them other User Permissions first.
    }
setup-up-in-use = '{ $name }' cannot be deleted: accounts still use it. Give them other User Permissions first.
setup-up-delete-title = Delete User Permissions
setup-up-delete-heading = Delete { $name }?
setup-up-delete-yes = Yes, delete
setup-up-delete-before = Delete the User Permissions
setup-up-delete-after = ? This cannot be undone.
setup-up-delete-default = They are this organization's default: accounts added here will get the parent organization's default instead.

# Invitation Templates
setup-inv-title = Invitation Templates
setup-inv-lead = What an account receives with its activation link: the email when its username is an email address, the SMS when it is a device number. Sub-organizations use these texts unless they write their own.
setup-inv-own-text = (own text)
setup-inv-own = own
setup-inv-no-builtin = Switchboard has no built-in { $language } text: until an organization writes one, accounts in { $language } receive the English text below.
setup-inv-placeholders = Placeholders you can use
setup-inv-placeholders-hint = Each is replaced by plain text (the link by the address itself); nothing else in braces is accepted.
setup-inv-var-first-name = The account's first name.
setup-inv-var-number = The account's phone number; when it has none yet, words saying they choose one when they activate.
setup-inv-var-link = The activation link. Every template must contain it.
setup-inv-var-org-name = The name of the account's organization.
setup-inv-channel-email = Email
setup-inv-channel-sms = SMS
setup-inv-source-here = Defined in { $org }
setup-inv-source-ancestor = Same as { $org }
setup-inv-source-builtin = Built-in text
setup-inv-reset-ancestor = Use the text of { $org }
setup-inv-reset-builtin = Use the built-in text
setup-inv-last-changed = Last changed { $when }.
setup-inv-subject = Subject
setup-inv-subject-hint = One line. Placeholders are allowed, except {"{"}link{"}"}.
setup-inv-message = Message
setup-inv-email-hint = Must contain {"{"}link{"}"}. A blank line starts a new paragraph; the link becomes clickable.
setup-inv-sms-hint = Must contain {"{"}link{"}"}. One SMS holds { $segment } characters (70 with accents or emoji); longer texts go as several parts, up to { $max } characters. The link alone takes about 90.
setup-inv-preview = Preview
setup-inv-preview-of-email = Preview of the Email
setup-inv-preview-of-sms = Preview of the SMS
setup-inv-preview-title = Preview with sample values
setup-inv-sms-length = With these sample values the message has { $chars } characters: { $parts } SMS.
setup-inv-send-test-to = Send test to { $email }
setup-inv-test-sms-to = Send a test SMS to
setup-inv-test-sms-hint = With the country code, like +15550100000.
setup-inv-send-test = Send test
setup-inv-test-hint = A test sends the saved text with sample values.
setup-inv-validity = Invitation validity
setup-inv-validity-before = Activation links sent from { $org } work for
setup-inv-days =
    { $count ->
        [one] { $count } day
       *[other] { $count } days
    }
setup-inv-valid-for = Valid for (days)
setup-inv-valid-hint = 1 to 365. Links already sent keep their expiry.
setup-inv-ttl-default = Default ({ $days } days)
setup-inv-inherit-parent = Same as the parent organization
setup-inv-inherit-default = Use the default ({ $days } days)
setup-inv-what-email = Email template ({ $language })
setup-inv-what-sms = SMS template ({ $language })
setup-inv-saved = { $what } saved. Accounts of { $org } and of its sub-organizations without their own text receive it.
setup-inv-no-own-text = { $what }: { $org } has no text of its own.
setup-inv-reset-done = { $what }: { $org } uses the inherited text again.
setup-inv-reset-none = { $what }: { $org } had no text of its own.
setup-inv-test-sent-email = Test email sent to { $to }, with sample values; its link leads nowhere.
setup-inv-test-sent-sms = Test SMS sent to { $to }, with sample values; its link leads nowhere.
setup-inv-valid-days =
    { $days ->
        [one] Invitation links sent from now on are valid for 1 day.
       *[other] Invitation links sent from now on are valid for { $days } days.
    }
setup-inv-validity-inherited = Invitation validity: the inherited setting applies again.
setup-inv-reset-title = Use the inherited text
setup-inv-reset-heading = Use the inherited text?
setup-inv-reset-confirm = Remove our own text
setup-inv-reset-body = The { $what } that { $org } wrote will be removed. Invitations of { $org }, and of its sub-organizations without their own text, will then use { $from }:
setup-inv-from-ancestor = the text of { $org }
setup-inv-from-builtin = the built-in text
setup-inv-unknown =
    { $count ->
        [one] Unknown placeholder: { $list }. Use only { $known }, or remove it.
       *[other] Unknown placeholders: { $list }. Use only { $known }, or remove them.
    }
setup-inv-write-message = Write the message.
setup-inv-needs-link = The message must contain {"{"}link{"}"}: without it the account cannot be activated.
setup-inv-body-too-long = The message is at most { $max } characters.
setup-inv-write-subject = Write a subject.
setup-inv-link-in-subject = Put {"{"}link{"}"} in the message, not in the subject.
setup-inv-subject-too-long = The subject is at most { $max } characters.
setup-inv-days-invalid = Enter a whole number of days from 1 to 365.
setup-inv-test-number = Enter the number to send the test SMS to.
setup-inv-no-email = No email can be sent to { $to }.
