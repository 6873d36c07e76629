# Panel: las cifras de la organización consultada y los últimos lotes.

dashboard-title = Panel
dashboard-waiting = Pendiente
dashboard-latest-batches = Últimos lotes
dashboard-no-batches = Aún no hay operaciones por lotes.
dashboard-all-batch-reports = Todos los informes de operaciones por lotes
dashboard-batch-summary = { $succeeded } de { $total } correctas, { $skipped } omitidas, { $failed } fallidas
dashboard-suborgs = Suborganizaciones (todos los niveles)
dashboard-admins = Administradores y usuarios de API (todos los niveles)
dashboard-accounts = Cuentas (todos los niveles)
dashboard-accounts-invited = Cuentas invitadas, aún no activadas
dashboard-admins-invited = Administradores invitados, aún no activos
dashboard-numbers-available = Números disponibles en esta organización
dashboard-more-than = Más de { $count }
