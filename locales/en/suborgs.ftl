# Sub-Organizations: the tree, create, rename and delete.

suborgs-new-name = New Sub-Organization name
suborgs-create = Create Sub-Organization
suborgs-none = This organization has no sub-organizations yet.
suborgs-new-name-for = New name for { $name }
suborgs-rename = Rename
suborgs-summary = Sub-Organizations: { $suborgs } direct, { $suborgs_all } at all levels · Administrators: { $admins } direct, { $admins_all } at all levels
suborgs-created = Sub-Organization '{ $name }' created.
suborgs-renamed = Sub-Organization '{ $old }' renamed to '{ $new }'.
suborgs-deleted = Sub-Organization '{ $name }' deleted.
suborgs-name-invalid = The name is not valid.
suborgs-name-taken = A sub-organization named '{ $name }' already exists here.

suborgs-delete-title = Delete Sub-Organization
suborgs-delete-heading = Delete { $name }?
suborgs-delete-yes = Yes, delete
suborgs-delete-before = Delete the Sub-Organization
suborgs-delete-after = ? This cannot be undone.
suborgs-back = Back to Sub-Organizations
suborgs-cannot-delete = '{ $name }' cannot be deleted. { $reason }
suborgs-blocked = It still has { $what }. Move or delete them first.
suborgs-not-empty = '{ $name }' cannot be deleted while it still has { $what }. Move or delete them first.
suborgs-in-use = The sub-organization cannot be deleted while it still has members. Move or delete them first.
suborgs-top-not-deletable = The top organization cannot be deleted.
suborgs-dependants-admins =
    { $count ->
        [one] { $count } administrator
       *[other] { $count } administrators
    }
suborgs-dependants-children =
    { $count ->
        [one] { $count } sub-organization
       *[other] { $count } sub-organizations
    }
suborgs-dependants-numbers =
    { $count ->
        [one] { $count } number
       *[other] { $count } numbers
    }
suborgs-dependants-accounts =
    { $count ->
        [one] { $count } account
       *[other] { $count } accounts
    }
suborgs-dependants-nothing = nothing
suborgs-and = { $list } and { $last }
