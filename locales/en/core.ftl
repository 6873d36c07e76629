# The page chrome, shared macros and error pages (every page uses these).

brand = Switchboard
skip-to-content = Skip to content
menu = Menu
main-menu = Main menu
my-profile = My Profile
sign-out = Sign out
organization = Organization
sub-organizations = Sub-Organizations
all-information-in = All the information displayed in { $zone }

nav-dashboard = Dashboard
nav-accounts = Accounts
nav-administrators = Administrators
nav-roles = Roles and Privileges
nav-setup = Setup
nav-reports = Reports
nav-suborgs = Sub-Organizations

pages = Pages
previous = Previous
next = Next
pager-summary = Page { $page } of { $pages }
pager-in-all = Page { $page } of { $pages } ({ $total } in all)
pager-more = Page { $page } of more than { $pages } (more than { $total }: narrow the search to see the rest)
rows-per-page = Rows per page
cancel = Cancel
save = Save
search = Search
clear-filters = Clear filters
never = Never
yes = Yes
no = No
none = None
all = All
actions = Actions

back-to-switchboard = Back to Switchboard
error-not-found-title = Page not found
error-not-found = The page you asked for does not exist, or you do not have access to it.
error-no-privilege-title = No privilege
error-no-privilege = You do not have the privilege to open this page or make this change: your role does not include it. Ask an administrator who manages roles.
error-form-expired-title = The form expired
error-form-expired = The form expired. Go back, reload the page and try again.
error-bad-request-title = Bad request
error-too-large-title = File too large
error-conflict-title = Not possible
error-busy-title = Busy, try again
error-busy = Many people are signing in right now. Nothing was changed: please try again in a few seconds.
error-internal-title = Something went wrong
error-internal = Something went wrong on our side and nothing was saved. Please try again; if it keeps happening, contact support.
error-form-unreadable = The form could not be read: { $reason }
error-bad-query = The address has parameters this page does not understand.
error-invalid-title = Check your input
error-invalid = Some fields were not valid.

# Words many pages share. Areas use these ids; words only one area needs
# live in that area's file.
edit = Edit
delete = Delete
add = Add
close = Close
back = Back
download = Download
import = Import
move = Move
name = Name
first-name = First Name
last-name = Last Name
email = Email
language = Language
status = Status
role = Role
number = Number
numbers = Numbers
user-permissions = User Permissions
features = Features
off = Off
on = On
any = Any
details = Details
created = Created
updated = Updated
resend-invite = Resend Invite
required-mark-explained = Fields marked * are required.

language-english = English
language-spanish = Spanish
language-portuguese = Portuguese
language-italian = Italian
language-german = German
language-french = French

feature-ms-teams-calling = MS Teams Calling
feature-social-messaging = Social Messaging
feature-call-recording = Call Recording
feature-message-logging = Message Logging
feature-international-dialing = International Dialing
feature-e911 = E911
features-none = none
