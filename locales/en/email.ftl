# The emails to administrators (src/mail/templates.rs), rendered in the
# recipient's language. The footer is in templates/email/_layout.html.

email-hello-name = Hello { $name },
email-hello = Hello,
email-button-fallback = If the button does not work, copy this link into your browser:

email-admin-invitation-subject = You are invited to administer { $org } in Switchboard
email-admin-invitation-invited = { $inviter } has invited you to be an administrator of { $org } in Switchboard.
email-admin-invitation-button = Set your password
email-admin-invitation-start = Set your password to get started:
email-admin-invitation-validity = This link is valid for { $days } { $days ->
    [1] day
   *[other] days
} and works once. If it has expired, ask { $inviter } to resend the invitation.
email-admin-invitation-ignore = If you did not expect this invitation, you can ignore this email.

email-api-invitation-subject = Set the API credential of { $name } in { $org }
email-api-invitation-created = { $inviter } has created the API user { $name } for { $org } in Switchboard, for the application { $application }.
email-api-invitation-button = Set the API credential
email-api-invitation-here = Set its API credential here:
email-api-invitation-validity = This link is valid for { $days } { $days ->
    [1] day
   *[other] days
} and works once. The credential is for the Switchboard API only; it cannot be used to sign in to the portal.
email-api-invitation-ignore = If you did not expect this email, you can ignore it.

email-reset-subject = Reset your Switchboard password
email-reset-asked = Someone (hopefully you) asked to reset the password of your Switchboard administrator account.
email-reset-button = Choose a new password
email-reset-here = Choose a new password here:
email-reset-validity = This link is valid for { $hours } { $hours ->
    [1] hour
   *[other] hours
} and works once. If you did not ask for it, you can ignore this email: your password stays as it is.

email-code-subject = Your Switchboard sign-in code: { $code }
email-code-is = Your code to sign in to Switchboard is { $code }. It is valid for { $minutes } minutes, once.
email-code-not-you = If you did not try to sign in, someone knows your password: change it at once.

email-changed-subject = { $backup ->
    [yes] The backup email of your Switchboard account was changed
   *[no] The sign-in email of your Switchboard account was changed
}
email-changed-what = The { $backup ->
    [yes] backup email
   *[no] sign-in email
} of your Switchboard administrator account was changed on { $when }.
email-changed-what-by = The { $backup ->
    [yes] backup email
   *[no] sign-in email
} of your Switchboard administrator account was changed on { $when } by { $by }.
email-changed-now = From now on you sign in with { $address }. This address no longer receives messages about the account.
email-changed-backup-removed = The backup email was removed: password reset links now go to your sign-in email only.
email-changed-backup-set = Password reset links will also go to { $address }.
email-changed-contact = If you did not expect this change, contact an administrator of your organization.
email-changed-if-you = If this was you, there is nothing more to do. If it was not, someone may be using your account: ask an administrator of your organization at once to suspend it and reset your password.
