# The signed-out pages: sign in, the code step, forgot and reset password,
# first-run setup, invitations and account activation.

auth-sign-in = Sign in
auth-password = Password
auth-confirm-password = Confirm Password
auth-password-hint = At least 12 characters.
auth-login-refused = Incorrect email or password.
auth-login-suspended = Login suspended. Contact your administrator.
auth-account-suspended = Account suspended. Contact your administrator.
auth-signed-out = You have signed out.
auth-sign-in-again = Sign in again.
auth-back-to-sign-in = Back to sign in
auth-sign-in-as-someone-else = Sign in as someone else
auth-continue = Continue
auth-no-email-to = No email can be sent to { $address }.

auth-code = Code
auth-verify = Verify
auth-code-hint-email = We emailed a 6-digit code to your sign-in email. It is valid for { $minutes } minutes. No email? Enter one of your recovery codes instead, or sign in again for a new code.
auth-code-hint-app = The 6-digit code your authenticator app shows now. Lost your phone? Enter one of your recovery codes instead.
auth-code-incorrect = Incorrect code.
auth-code-replayed = That code was used already. Wait for your app to show the next one.
auth-recovery-code-used = You signed in with a recovery code. { $count ->
    [0] No recovery codes remain: set up two-factor authentication again from My Profile to get new ones.
    [one] { $count } recovery code remains.
   *[other] { $count } recovery codes remain.
}
auth-mfa-required = Your organization requires two-factor authentication. Set up an authenticator app to continue.
auth-no-smartphone = No smartphone?
auth-mfa-email-instead = Send me a code by email at each sign-in instead

auth-forgot-title = Forgot your password?
auth-forgot-intro = Enter the email you sign in with. We will send a link to reset the password to it and to your backup email.
auth-forgot-send = Send reset link
auth-reset-sent-title = Check your email
auth-reset-sent = If an administrator with that email exists, we have sent a link to reset the password. The link works for { $validity }.
auth-validity-hours = { $count ->
    [one] { $count } hour
   *[other] { $count } hours
}
auth-validity-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
auth-reset-title = Reset your password
auth-reset-intro = Choose a new password. Every session signed in with the old one ends. The link works once.
auth-reset-button = Reset password
auth-reset-done = Your password has been reset. Sign in with your new password.
auth-reset-link-dead-title = This password reset link is no longer valid
auth-reset-link-dead = It has been used already, replaced by a newer link, or it has expired. Ask for a new link on the sign-in page (“Forgot your password?”).

auth-setup-title = Create the first administrator
auth-setup-intro-before = This account becomes the Enterprise Super Administrator of
auth-setup-intro-after = . The link works once.
auth-setup-button = Create administrator
auth-setup-done = Your administrator account is ready. Sign in with your email and password.
auth-setup-link-dead-title = This setup link is no longer valid
auth-setup-link-dead = The first administrator has already been created, or the link has expired. Sign in, or restart the portal to print a new link if no administrator exists yet.

auth-invite-title = Set your password
auth-external-application = External Application
auth-invite-api-intro = This is the credential of an API user: it is for the Switchboard API only. API users cannot sign in to the portal.
auth-invite-intro = Choose the password you will sign in with. The link works once.
auth-invite-button = Set password
auth-invite-done = Your password is set. Sign in with your email and password.
auth-invite-link-dead-title = This invitation link is no longer valid
auth-invite-link-dead = It has been used already, replaced by a newer invitation, or it has expired. Ask your administrator to send you a new invitation.
auth-api-credential-set-title = API credential set
auth-api-credential-of = The API credential of
auth-api-credential-for = for
auth-api-credential-is-set = is set. Use this email and the password you chose with the Switchboard API.
auth-api-users-no-portal = API users cannot sign in to the portal.

auth-activate-title = Activate your account
auth-activate-lead = { $org } has set up { $application } for you.
auth-activate-device-number = Device number
auth-activate-your-number = Your number
auth-activate-no-number = No number is free for you right now. Please ask your administrator to add numbers, then open this link again.
auth-activate-number-ready = Your number is ready. Activate your account to start using it.
auth-activate-choose-number = Choose your number
auth-activate-button = Activate my account
auth-activate-link-until = This link works once, until { $expires } ({ $zone }).
auth-activate-taken = That number was just taken; choose another.
auth-activate-choose = Choose your number.
auth-activate-done-title = Your account is active
auth-activate-welcome = Welcome, { $name }. Your number is
auth-activate-sign-in-as = Sign in as
auth-activate-open-app = Open { $application } on your phone and sign in with { $username }. You can close this page.
auth-activate-unknown-title = This activation link is not valid
auth-activate-unknown = The link may be incomplete, mistyped or out of date. Open the link in your most recent invitation, or ask your administrator to send you a new invitation.
auth-activate-expired-title = This activation link has expired
auth-activate-expired = Invitation links are valid for a limited time. Ask your administrator to send you a new invitation.
auth-activate-used-title = This account is already activated
auth-activate-used = This link has been used to activate the account, and it works only once. Open the app and sign in.
auth-activate-replaced-title = This activation link has been replaced
auth-activate-replaced = A newer invitation was sent after this one, or the account was changed. Use the link in your most recent invitation, or ask your administrator to send you a new one.

auth-upload-too-large = The file is larger than { $size } MiB, the most that can be uploaded at once. Nothing was imported: split it into smaller files and upload each.
