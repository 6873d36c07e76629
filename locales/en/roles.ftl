# Roles and Privileges: the list, the role form, deleting a role, and the
# privilege catalogue as the role form shows it.


# The roles list.
roles-create-button = + Create Role
roles-list-lead = All available administrator roles for this organization
roles-search-label = Search by role name
roles-show-all = Show all roles
roles-list-empty = No roles yet.
roles-list-no-match = No role matches '{ $query }'.
roles-builtin = Built-in
roles-inherited = Inherited
roles-inherited-from = Inherited from { $owner }
roles-assigned =
    { $count ->
        [one] { $count } administrator assigned
       *[other] { $count } administrators assigned
    }

# The role form.
roles-title-new = Create A New Role
roles-title-edit = Edit Role: { $name }
roles-title-view = Role: { $name }
roles-builtin-notice = { $name } is built in: it holds every privilege and cannot be changed.
roles-inherited-notice = This role is inherited from a parent organization and can only be changed there.
roles-name-label = Role Name
roles-name-hint = Name of the role
roles-privileges-heading = Privileges
roles-privileges-hint = Select the checkbox to assign the privileges.
roles-privileges-withheld = Privileges your own role does not include are greyed out: you cannot grant them.
roles-selected-count = { $count } selected
roles-select-all = Select all { $section }
roles-back-to-list = Back to Roles and Privileges

# Role messages.
roles-created = Role '{ $name }' created.
roles-saved = Role '{ $name }' saved.
roles-deleted = Role '{ $name }' deleted.
roles-no-privilege = Tick at least one privilege: a role without privileges opens nothing in the portal.
roles-name-empty = Enter a role name.
roles-name-too-long = A role name is at most { $max } characters.
roles-name-control = A role name cannot contain line breaks or control characters.
roles-name-builtin = '{ $name }' is the built-in role's name.
roles-name-taken = A role named '{ $name }' already exists in this organization.
roles-form-unreadable = The form could not be read.
roles-unknown-privilege = '{ $key }' is not a known privilege.

# Deleting a role.
roles-delete-title = Delete Role
roles-delete-heading = Delete { $name }?
roles-delete-confirm = Yes, delete
roles-delete-question-before = Delete the role
roles-delete-question-after = ? Nobody holds it; it leaves the list of roles to assign. This cannot be undone.
roles-still-assigned =
    { $count ->
        [one] '{ $name }' cannot be deleted while { $count } administrator is assigned to it.
       *[other] '{ $name }' cannot be deleted while { $count } administrators are assigned to it.
    }
roles-delete-give-another = Give them another role first.
roles-delete-see-admins =
    { $count ->
        [one] See the { $count } administrator with this role
       *[other] See the { $count } administrators with this role
    }

# The privilege catalogue: items (priv-<key>), sections and groups.
priv-reports-view-consumption-metrics = Consumption Metrics
priv-reports-view-user-metrics = User Metrics
priv-reports-view-administrators-activity = Administrators Activity
priv-reports-view-activities = Activities
priv-reports-view-call-recording = Call Recording
priv-reports-view-message-logging = Message Logging
priv-reports-view-sms-opt-in = SMS Opt-in
priv-reports-download-consumption-metrics = Consumption Metrics
priv-reports-download-user-metrics = User Metrics
priv-reports-download-administrators-activity = Administrators Activity
priv-reports-download-activities = Activities
priv-reports-download-call-recording = Call Recording
priv-reports-download-message-logging = Message Logging
priv-reports-download-sms-opt-in = SMS Opt-in
priv-setup-view-company-profile = Company Profile
priv-setup-view-invitation-templates = Invitation Templates
priv-setup-view-manage-alerts = Manage Alerts
priv-setup-view-domain-restriction = Domain Restriction
priv-setup-view-application-version = Application Version
priv-setup-view-two-factor-authentication = Two Factor Authentication
priv-setup-view-webhook-events = Webhook Events
priv-setup-view-number-management = Number Management
priv-setup-view-user-permissions = User Permissions
priv-setup-view-feature-settings = Feature Settings
priv-setup-view-messages = Messages
priv-setup-view-sms-opt-in = SMS Opt-In
priv-setup-view-in-app-messaging = In-App Messaging
priv-setup-edit-company-profile = Company Profile
priv-setup-edit-invitation-templates = Invitation Templates
priv-setup-edit-manage-alerts = Manage Alerts
priv-setup-edit-domain-restriction = Domain Restriction
priv-setup-edit-application-version = Application Version
priv-setup-edit-two-factor-authentication = Two Factor Authentication
priv-setup-edit-webhook-events = Webhook Events
priv-setup-edit-number-management = Number Management
priv-setup-edit-user-permissions = User Permissions
priv-setup-edit-feature-settings = Feature Settings
priv-setup-edit-messages = Messages
priv-setup-edit-sms-opt-in = SMS Opt-In
priv-setup-edit-in-app-messaging = In-App Messaging
priv-setup-edit-branding = Branding
priv-dashboard-view = View
priv-accounts-view = View
priv-accounts-invite = Invite
priv-accounts-edit = Edit
priv-accounts-move = Move
priv-accounts-delete = Delete
priv-accounts-import = Import
priv-accounts-manage-international-dialing = Manage International Dialing
priv-accounts-manage-e911 = Manage E911
priv-accounts-bulk-invite = Invite
priv-accounts-bulk-edit = Edit
priv-accounts-bulk-delete = Delete
priv-administrators-view = View
priv-administrators-create = Create
priv-administrators-edit = Edit
priv-administrators-delete = Delete
priv-api-users-view = View
priv-api-users-create = Create
priv-api-users-edit = Edit
priv-api-users-delete = Delete
priv-reports-adk-call-recording-api = Call Recording API
priv-reports-adk-message-logging-api = Message Logging API
priv-reports-adk-sms-opt-in = SMS Opt-in
priv-roles-view = View
priv-roles-create = Create
priv-roles-edit = Edit
priv-roles-delete = Delete
priv-help-view = View
priv-help-edit = Edit
priv-profile-view = View
priv-profile-edit = Edit
priv-profile-create-suborg = Create Sub-Organization
priv-profile-delete-suborg = Delete Sub-Organization
priv-section-dashboard = Dashboard
priv-section-accounts = Accounts
priv-section-accounts-bulk-operations = Accounts Bulk Operations
priv-section-administrators = Administrators
priv-section-api-users = API Users
priv-section-reports = Reports
priv-section-setup = Setup
priv-section-roles-and-privileges = Roles and Privileges
priv-section-help = Help
priv-section-profile = Profile
priv-group-adk-apis = ADK APIs
priv-group-download = Download
priv-group-edit = Edit
priv-group-view = View
