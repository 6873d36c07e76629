# Dashboard: the figures of the viewed organization and the latest batches.

dashboard-title = Dashboard
dashboard-waiting = Waiting
dashboard-latest-batches = Latest batches
dashboard-no-batches = No batch operations yet.
dashboard-all-batch-reports = All Batch Operation Reports
dashboard-batch-summary = { $succeeded } of { $total } succeeded, { $skipped } skipped, { $failed } failed
dashboard-suborgs = Sub-Organizations (all levels)
dashboard-admins = Administrators and API Users (all levels)
dashboard-accounts = Accounts (all levels)
dashboard-accounts-invited = Accounts invited, not yet activated
dashboard-admins-invited = Administrators invited, not yet active
dashboard-numbers-available = Numbers Available in this organization
dashboard-more-than = More than { $count }
