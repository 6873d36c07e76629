# My Profile: profile, password, emails, two-factor authentication, sessions.

me-profile-heading = Profile
me-time-zone = Time Zone
me-time-zone-org = The organization's
me-time-zone-hint = Pages show times in this zone.
me-profile-saved = Your profile was saved.

me-password-heading = Password
me-current-password = Current Password
me-new-password = New Password
me-new-password-hint = At least 12 characters; not a common password, nor one made from your name or email.
me-confirm-new-password = Confirm New Password
me-change-password = Change password
me-change-password-hint = Your other sessions are signed out; this one stays.
me-current-password-empty = Enter your current password.
me-current-password-wrong = The current password is not correct.
me-password-same = Choose a password other than your current one.
me-password-changed = Your password was changed.
me-password-changed-others = Your password was changed. { $others }
me-password-changed-meanwhile = Your password was changed meanwhile. Sign in again and retry.

me-email-heading = Sign-in Email
me-email-current-before = You sign in with
me-new-email = New Email
me-new-email-hint = We tell your current address about the change.
me-change-email = Change email
me-email-already-yours = This is already your sign-in email.
me-email-changed = You now sign in with { $email }. A notice was sent to { $old }.

me-backup-heading = Backup Email
me-backup-intro = Used only to recover your account: password reset links go here too.
me-backup-hint-remove = Leave it empty to remove it.
me-backup-hint-none = Optional: you have none now.
me-save-backup-email = Save backup email
me-backup-same-as-email = Use an address other than your sign-in email.
me-backup-changed = Your backup email is now { $backup }. A notice was sent to { $email }.
me-backup-removed = Your backup email was removed. A notice was sent to { $email }.

me-mfa-heading = Two-factor authentication
me-mfa-on = On.
me-mfa-on-text = Sign-in asks for a code after your password.
me-mfa-on-hint = Lost your phone? Sign in with a recovery code, or ask an administrator to reset it.
me-mfa-off = Off.
me-mfa-off-text = Add a code from an app on your phone to your password, so a stolen password is not enough.
me-mfa-set-up-app = Set up authenticator app
me-mfa-email-summary = No smartphone? Get a code by email at each sign-in instead
me-mfa-email-button = Send me codes by email
me-mfa-already-on = Two-factor authentication is already on.
me-mfa-setup-expired = That setup has expired. Scan the new QR code.
me-mfa-code-wrong = That code is not right. Enter the 6-digit code your app shows now.
me-mfa-qr-label = QR code for your authenticator app
me-mfa-set-up-title = Set up two-factor authentication
me-mfa-set-up-lead = After your password, sign-in will ask for a code from an app on your phone.
me-mfa-step-open-app = Open your authenticator app (Google Authenticator, Microsoft Authenticator, 1Password, …) and add an account.
me-mfa-step-scan = Scan this QR code, or enter the key below by hand.
me-mfa-step-enter = Enter the 6-digit code the app shows.
me-mfa-key = Key
me-mfa-key-kind = (time-based, 6 digits)
me-mfa-code-from-app = Code from the app
me-mfa-code-changes = It changes every 30 seconds.
me-mfa-turn-on = Turn on
me-mfa-is-on = Two-factor authentication is on
me-mfa-codes-title = Recovery codes
me-mfa-codes-save = Save these recovery codes now.
me-mfa-codes-once = They are shown only once. Each one signs you in once if you lose your phone.
me-back-to-profile = Back to My Profile

me-sessions-heading = Sessions
me-sessions-sign-out-others = Sign out everywhere else
me-sessions-hint = Where you are signed in now. Sign out a session you do not recognise, then change your password.
me-sessions-browser = Browser
me-sessions-address = Address
me-sessions-signed-in = Signed In
me-sessions-last-seen = Last Seen
me-sessions-action = Action
me-sessions-this-browser = This browser
me-sessions-sign-out = Sign out
me-sessions-sign-out-label = Sign out { $browser } at { $address }
me-sessions-unknown-address = Unknown
me-session-signed-out = The session was signed out.
me-session-is-this-one = That is this session: use Sign out at the top of the page.
me-sessions-none-else = You were signed in nowhere else.
me-sessions-others-signed-out = { $count ->
    [one] Your other session was signed out.
   *[other] Your { $count } other sessions were signed out.
}
me-browser-unknown = Unknown browser
me-browser-on = { $browser } on { $system }
me-browser-unnamed-on = A browser on { $system }

