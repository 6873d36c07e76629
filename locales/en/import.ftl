# Accounts → Add Account → Multiple Accounts: the upload form, the preview,
# the file's refusals and each row's problems.

import-add-account = Add Account
import-single-account = Single Account
import-multiple-accounts = Multiple Accounts
import-step-download-link = Download the .CSV template
import-step-download-rest = and fill it in your spreadsheet (delete the "Note" row with the instructions, or leave it: it is ignored).
import-step-choose = Choose Organization and User Permissions for this file. For several organizations or User Permissions, upload one file for each.
import-step-upload = Upload the file: you see a preview first, and nothing is imported until you press
import-or = or
import-and-invite = Import & Invite
import-social-hint = { $org } has Social Messaging: the template has the restrict_incoming_social_messaging column.
import-excel-hint = Files saved by Excel are fine: CSV UTF-8, CSV (Windows), UTF-16 text; commas, semicolons or tabs. { $limit }.
import-limit = up to { $rows } rows and { $size } per file
import-choose-organization = Choose Organization
import-change-organization = Change organization
import-profiles-of = The User Permissions below are those of { $org }.
import-default-profile = { $name } (Default)
import-csv-file = CSV file *
import-nothing-imported = Nothing was imported.
import-upload = Upload
import-choose-file = Choose the CSV file to upload.
import-upload-broke-off = The upload broke off: { $reason }
import-use-the-form = Upload the file with the form.
import-choose-then = Choose Import or Import & Invite.

import-preview-title = Preview import
import-preview-heading = Preview: { $file }
import-preview-lead = Into { $org } with User Permissions { $profile }. This is a preview: nothing has been imported yet.
import-upload-another = Upload another file
import-rows = Rows
import-valid = Valid
import-valid-rows = { $count ->
    [one] { $count_n } row
   *[other] { $count_n } rows
  } will be added
import-valid-invited = (and invited, with Import & Invite)
import-already-exist = Already exist
import-exists-rows = { $count ->
    [one] { $count_n } row is
   *[other] { $count_n } rows are
  } already an account in { $org } and will be skipped
import-invalid = Invalid
import-invalid-rows = { $count ->
    [one] { $count_n } row
   *[other] { $count_n } rows
  } will not be imported
import-download-invalid = Download invalid rows
import-download-invalid-rest = to fix them and upload them again
import-numbers = Numbers
import-numbers-pool = { $requested ->
    [one] { $requested_n } row names
   *[other] { $requested_n } rows name
  } a number; { $needing ->
    [one] { $needing_n } row has
   *[other] { $needing_n } rows have
  } none and will choose one at activation;
import-numbers-available = { $available } Available in { $org }.
import-numbers-short = { $count ->
    [one] { $count_n } row cannot
   *[other] { $count_n } rows cannot
  } get a number
import-numbers-short-rest = add numbers in Setup > Number Management before inviting them.
import-detected = Detected
import-detected-summary = { $encoding }, { $delimiter }-separated, { $ending } line ends
import-note-row-skipped = the template's note row was skipped
import-columns = Columns
import-ignored = ignored
import-only-valid = Only the { $count_n } valid { $count ->
    [one] row is
   *[other] rows are
  } imported. Import adds the accounts without inviting them (use Resend Invite later); Import & Invite sends each one an invitation. DISCLAIMER: By clicking on Invite, you agree that you have obtained permission from recipients to receive SMS notifications through employee or other agreement. Message and data rates may apply.
import-none-importable = No row can be imported: fix the rows below and upload the file again.
import-rows-tabs = Rows
import-all-rows = All rows
import-invalid-tab = Invalid rows ({ $count })
import-no-rows = No rows to show.
import-line = Line
import-result = Result
import-status-valid = Valid
import-status-exists = Already exists
import-status-invalid = Invalid

import-delimiter-comma = comma
import-delimiter-semicolon = semicolon
import-delimiter-tab = tab
import-encoding-utf8-bom = UTF-8 with BOM

# The template's note row (the column names themselves never change).
import-note-prefix = Note:
import-note-intro = this row explains each column; delete it or leave it, it is not imported.
import-note-firstname = firstname: optional, the user's first name.
import-note-lastname = lastname: optional, the user's last name.
import-note-username = email address or device: mandatory, an email address or a phone number with its country code, like +15550100000; the invitation goes there.
import-note-social = social_messaging: mandatory, Yes or No.
import-note-number = multiline_number: optional, an Available number of this organization, like +15550100000; empty lets the user pick one at activation.
import-note-monitor-calls = monitor_calls: mandatory, auto or off.
import-note-monitor-sms = monitor_sms: mandatory, on or off.
import-note-forwarding = forwarding_number: optional, 4 to 18 digits with the country code.
import-note-restrict = restrict_incoming_social_messaging: optional, true or false; true only when social_messaging is Yes.
import-note-language = Language: optional, English, Italian, German, French or Spanish; empty means English.

# Why a file is refused as a whole.
import-file-not-text = This file is not a CSV text file. In Excel, use File > Save As > CSV UTF-8 (Comma delimited) and upload that file.
import-file-empty = This file is empty. Download the template, add one row per account under its column names, and upload it again.
import-file-not-readable = Save it from your spreadsheet as CSV UTF-8 (Comma delimited) and upload it again.
import-file-line-unreadable = Line { $line } could not be read as CSV. Save it from your spreadsheet as CSV UTF-8 (Comma delimited) and upload it again.
import-file-quote-open = Line { $line } has a quote (") that is never closed, so the rest of the file would be read as one cell. Close or remove that quote and upload the file again.
import-file-too-many-rows = This file has { $rows } rows; at most { $max } can be imported at once. Split it into smaller files.
import-file-no-rows = This file has column names but no accounts. Add one row per account under the column names and upload it again.
import-file-missing-columns = { $count ->
    [one] The column "{ $missing }" is missing.
   *[other] The columns "{ $missing }" are missing.
  } The first row must name the columns as the template does: { $all }.

# Each row's problems.
import-enter-choice = Enter { $yes } or { $no }.
import-not-choice = '{ $value }' is not { $yes } or { $no }: enter { $yes } or { $no }.
import-restrict-no-social = This organization does not have Social Messaging: leave restrict_incoming_social_messaging empty or enter false.
import-restrict-needs-social = Only applies when social_messaging is Yes: enter false, or set social_messaging to Yes.
import-not-a-language = '{ $value }' is not a language we offer: enter English, Italian, German, French or Spanish.
import-too-long-username = At most { $max } characters: it is also the account's Account ID.
import-also-on-line = Also on line { $line }: each email or device number can be imported once.
import-number-taken-by-line = { $number } is already taken by line { $line } of this file.
import-exists-in = An account with this email or device number already exists in { $org }.
import-number-unknown = { $number } is not a number of this portal: add it in Setup > Number Management first.
import-number-elsewhere = { $number } is allocated to another organization, not { $org }.
import-number-not-available = { $number } is { $status }, not Available.
import-choose-org = Choose an organization.
import-choose-profile = Choose User Permissions available in { $org }.
import-being-imported = This file is being imported already: see Reports > Batch Operation Reports.
import-undo-not-import = Only a CSV import can be undone: this batch is not one.
import-undo-running = This import is still running: undo it once it has finished.
import-undo-done-already = This import was undone already.
import-undo-changed-now = An imported account changed a moment ago: look at the list again.
