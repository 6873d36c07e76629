# The jobs the portal runs in the background, as Reports > Failed Jobs names them.
jobs-kind-send-email = Send email
jobs-kind-send-sms = Send SMS
jobs-kind-account-import = Account import
jobs-kind-account-bulk = Bulk account change
jobs-kind-purge-sessions = Purge expired sessions
jobs-kind-password-reset-request = Password reset request
jobs-email-to = { $email } to { $to }
jobs-to = to { $to }
jobs-outbox-message = outbox message { $id }
jobs-sms-to = { $sms } to { $to }
