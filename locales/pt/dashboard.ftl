# Painel: os números da organização consultada e os últimos lotes.

dashboard-title = Painel
dashboard-waiting = Pendente
dashboard-latest-batches = Últimos lotes
dashboard-no-batches = Ainda não há operações em lote.
dashboard-all-batch-reports = Todos os relatórios de operações em lote
dashboard-batch-summary = { $succeeded } de { $total } com sucesso, { $skipped } ignoradas, { $failed } com falha
dashboard-suborgs = Suborganizações (todos os níveis)
dashboard-admins = Administradores e usuários de API (todos os níveis)
dashboard-accounts = Contas (todos os níveis)
dashboard-accounts-invited = Contas convidadas, ainda não ativadas
dashboard-admins-invited = Administradores convidados, ainda não ativos
dashboard-numbers-available = Números disponíveis nesta organização
dashboard-more-than = Mais de { $count }
