# Setup → Number Management: the list and utilisation, Add Numbers, a
# number's page, delete, allocate and withdraw.

numbers-title = Number Management
numbers-add = Add Numbers
numbers-withdraw-to = Withdraw to { $org }
numbers-allocate-to-suborg = Allocate to a Sub-Organization
numbers-utilisation = Utilisation
numbers-utilisation-value = { $assigned } of { $total } assigned
numbers-status-available = Available
numbers-status-reserved = Reserved
numbers-status-assigned = Assigned
numbers-status-unknown = Unknown
numbers-this-organization = (this organization)
numbers-no-numbers = No numbers
numbers-withdraw-ellipsis = Withdraw…
numbers-usage-hint = Each organization's own numbers; a sub-organization's page shows those of its sub-organizations.
numbers-of = Numbers of { $org }
numbers-contains = Number contains
numbers-contains-placeholder = e.g. 5550100
numbers-all-statuses = All statuses
numbers-tag = Tag
numbers-any-tag = Any tag
numbers-no-tag = No tag
numbers-none-yet = This organization has no numbers yet.
numbers-add-link = Add numbers
numbers-add-link-after = to give them to accounts.
numbers-none-match = No numbers match.
numbers-with-checked = With the checked numbers
numbers-tag-placeholder = e.g. PORTED
numbers-set-tag = Set Tag
numbers-clear-tag = Clear Tag
numbers-reserve = Reserve
numbers-make-available = Make Available
numbers-allocate-to = Allocate to
numbers-allocate = Allocate
numbers-withdraw = Withdraw
numbers-delete-ellipsis = Delete…
numbers-assigned-left = Assigned numbers are left as they are: they change only through their account.
numbers-select-all-page = Select all numbers on this page
numbers-account = Account
numbers-last-changed = Last Changed
numbers-select-one = Select { $number }
numbers-summary = { $count ->
    [one] { $n } number.
   *[other] { $n } numbers.
}
numbers-summary-match = { $count ->
    [one] { $n } number matches.
   *[other] { $n } numbers match.
}
numbers-summary-more = More than { $n } numbers match: narrow the search to see them all.

numbers-account-id-paren = (Account ID { $id })
numbers-added = Added
numbers-last-changed-lower = Last changed
numbers-assigned-note = This number is Assigned to an account: it changes only through the account (when the account is deleted or given another number, it becomes Available again).
numbers-available-explained = — can be given to an account
numbers-reserved-explained = — kept back; given only when chosen by name
numbers-tag-hint-optional = Optional. Letters, digits, - and _, like PORTED.
numbers-delete-this = Delete this number
numbers-back = Back to Number Management
numbers-choose-status = Choose Available or Reserved.
numbers-saved = { $number } saved.
numbers-deleted-one = { $number } deleted.

numbers-delete-one-title = Delete Number
numbers-delete-question = Delete { $number }?
numbers-assigned-to-named = { $number } is Assigned to an account ({ $name }): it can be changed only through the account.
numbers-assigned-to-account = { $number } is Assigned to an account: it can be changed only through the account.
numbers-back-to = Back to { $number }
numbers-delete-one-before = Delete
numbers-delete-one-after = ? It can no longer be given to accounts. This cannot be undone.

numbers-delete-title = Delete Numbers
numbers-none-deletable = None of these numbers can be deleted.
numbers-none-deletable-assigned = { $count ->
    [one] None of these numbers can be deleted: it is Assigned to accounts, and change only through their account.
   *[other] None of these numbers can be deleted: they are Assigned to accounts, and change only through their account.
}
numbers-delete-many = { $count ->
    [one] Delete this number? They leave { $org } and can no longer be given to accounts. This cannot be undone.
   *[other] Delete these { $count } numbers? They leave { $org } and can no longer be given to accounts. This cannot be undone.
}
numbers-assigned-kept = { $count ->
    [one] { $count } selected number is Assigned and will be kept: Assigned numbers change only through their account.
   *[other] { $count } selected numbers are Assigned and will be kept: Assigned numbers change only through their account.
}
numbers-yes-delete-count = { $count ->
    [one] Yes, delete { $count } number
   *[other] Yes, delete { $count } numbers
}

numbers-allocate-title = Allocate Numbers
numbers-withdraw-title = Withdraw Numbers
numbers-allocate-intro = Move Available numbers of { $here } to one of its sub-organizations. { $n } Available here. They keep their tag; Assigned numbers stay with their accounts.
numbers-withdraw-intro = Move Available numbers of { $here } back to { $parent }. { $n } Available here. They keep their tag; Assigned numbers stay with their accounts.
numbers-move-particular-before = To move particular numbers, tick them in the
numbers-move-particular-link = list
numbers-move-particular-after = instead.
numbers-no-suborgs = This organization has no sub-organizations to allocate numbers to. Create them under Sub-Organizations.
numbers-none-to-move = There are no Available numbers here to move.
numbers-how-many = How many Available numbers
numbers-how-many-hint = The first ones in number order.
numbers-with-tag = With tag
numbers-any-tag-or-none = Any tag, or none
numbers-to = To
numbers-enter-count = Enter how many numbers, from 1 to { $max }.
numbers-choose-suborg = Choose a sub-organization.
numbers-choose-suborg-of = Choose a sub-organization of { $org } to allocate to.
numbers-withdraw-parent-only = Numbers of { $org } can be withdrawn only by an administrator of its parent organization.
numbers-allocated-done = Allocated { $numbers } to { $to }.
numbers-withdrew-done = Withdrew { $numbers } from { $from } to { $to }.
numbers-nothing-moved = Nothing was moved: { $org } has no Available numbers{ $tagged ->
    [yes] {" "}with tag { $tag }
   *[no] {""}
}.
numbers-moved-short = You asked for { $asked }, but only { $found } Available numbers{ $tagged ->
    [yes] {" "}with tag { $tag }
   *[no] {""}
} were there.

numbers-add-lead-before = Numbers are added to { $org } as Available. Type them with the country code; spaces, dashes and brackets are fine
numbers-add-lead-becomes = becomes
numbers-add-lead-after = A number that exists already, in any organization, is refused and nothing is added.
numbers-nothing-added-see = Nothing was added: see
numbers-messages-below = { $count ->
    [one] the message below
   *[other] the messages below
}
numbers-one = One number
numbers-add-number = Add Number
numbers-range = A range
numbers-from = From
numbers-to-included = To (included)
numbers-range-hint = At most { $cap } numbers, e.g. +15550100000 to +15550100999.
numbers-add-range = Add Range
numbers-list = A list
numbers-list-hint = One per line, or separated by commas or semicolons; at most { $cap }.
numbers-add-list = Add List
numbers-optional = (optional)
numbers-tag-hint = Letters, digits, - and _, like PORTED.

numbers-count = { $count ->
    [one] { $n } number
   *[other] { $n } numbers
}
numbers-nothing-changed = Nothing was changed. { $skipped }
numbers-select-first = Select the numbers first: tick them in the list.
numbers-skipped = { $n } skipped: { $why }.
numbers-skipped-assigned = { $count ->
    [one] { $n } is Assigned (Assigned numbers change only through their account)
   *[other] { $n } are Assigned (Assigned numbers change only through their account)
}
numbers-skipped-unchanged = { $count ->
    [one] { $n } was already { $already ->
        [reserved] Reserved
        [available] Available
        [tagged] tagged
        [deleted] deleted
       *[moved] moved
    }
   *[other] { $n } were already { $already ->
        [reserved] Reserved
        [available] Available
        [tagged] tagged
        [deleted] deleted
       *[moved] moved
    }
}
numbers-skipped-missing = { $count ->
    [one] { $n } is not in this organization any more
   *[other] { $n } are not in this organization any more
}
numbers-reserved-done = Reserved { $numbers }.
numbers-made-available-done = { $numbers } made Available.
numbers-type-tag = Type the tag to set, or use Clear Tag to remove it.
numbers-tag-not-set = The tag was not set: { $reason }
numbers-tag-set-done = Tag { $tag } set on { $numbers }.
numbers-tag-cleared-done = Tag cleared from { $numbers }.
numbers-select-to-delete = Select the numbers to delete: tick them in the list.
numbers-deleted-done = Deleted { $numbers }.
numbers-selection-unreadable = The selection could not be read.
numbers-select-at-most = Select at most { $max } numbers at a time.
numbers-assigned-refusal = { $number } is assigned to an account: it can be changed only through the account.
numbers-assigned-through-accounts = Numbers are assigned through accounts.

numbers-tag-too-long = A tag is at most { $max } characters.
numbers-tag-invalid = A tag may contain only letters, digits, - and _ (like PORTED).
numbers-range-backwards = The range ends before it starts: { $last } comes before { $first }.
numbers-range-too-big = A range can hold at most { $cap } numbers; this one has { $size }.
numbers-list-empty = Enter the numbers, one per line.
numbers-list-bad-entries = { $count ->
    [one] This entry is not a phone number: { $entries }. Use digits with the country code, like +15550100000.
   *[other] These entries are not phone numbers: { $entries }. Use digits with the country code, like +15550100000.
}
numbers-list-too-big = A list can hold at most { $cap } numbers; this one has { $size }.
numbers-named-and = { $init } and { $last }
numbers-named-more = { $shown } and { $rest } more
numbers-enter-at-least-one = Enter at least one number.
numbers-added-one = Added { $number }{ $tagged ->
    [yes] {" "}with tag { $tag }
   *[no] {""}
}.
numbers-added-many = Added { $n } numbers ({ $first } to { $last }){ $tagged ->
    [yes] {" "}with tag { $tag }
   *[no] {""}
}.
numbers-added-meanwhile = Some of these numbers were added by someone else at the same moment. Nothing was added; try again.
numbers-exists-one = { $number } already exists. Numbers are unique: nothing was added.
numbers-exists-one-of = 1 of these numbers already exists: { $number }. Nothing was added.
numbers-exist-all = All { $n } of these numbers already exist: { $numbers }. Nothing was added.
numbers-exist-some = { $n } of these numbers already exist: { $numbers }. Nothing was added.
