# Relatórios: índice, relatórios de operações em lote, um lote, desfazer a
# importação, atividade dos administradores e trabalhos com falha.

reports-title = Relatórios
reports-not-available = (ainda não disponível)
reports-consumption-metrics = Métricas de consumo
reports-user-metrics = Métricas de usuários
reports-administrators-activity = Atividade dos administradores
reports-failed-jobs = Trabalhos com falha
reports-activities = Atividades
reports-call-recording = Gravação de chamadas
reports-message-logging = Registro de mensagens
reports-sms-opt-in = Consentimento de SMS
reports-batch-operation-reports = Relatórios de operações em lote

reports-operation-reinvite-administrators = Convidar administradores novamente
reports-operation-resend-account-invites = Reenviar convites de contas
reports-operation-edit-accounts = Alterar permissões de usuário / recursos
reports-operation-delete-accounts = Excluir contas
reports-operation-move-accounts = Mover contas
reports-operation-import-accounts = Importar contas
reports-state-running = Em andamento
reports-state-done = Concluído
reports-state-failed = Com falha
reports-state-unknown = Desconhecido
reports-no-batches = Ainda não há operações em lote.
reports-time = Horário
reports-administrator = Administrador
reports-operation = Operação
reports-file = Arquivo
reports-total = Total
reports-succeeded = Com sucesso
reports-skipped = Ignoradas
reports-failed = Com falha
reports-state = Situação
reports-invitations-sent = { $sent ->
    [one] { $sent } convite enviado
   *[other] { $sent } convites enviados
  }, { $skipped } ignorados
reports-invitations-failed = , { $failed } com falha
reports-download-invitation-status = Baixar a situação dos convites
reports-progress = { $percent }% — { $done } de { $total ->
    [one] { $total } linha
   *[other] { $total } linhas
  } processadas, { $failed } com erros até agora.
reports-progress-hint = Ele é executado em segundo plano: você pode fechar esta página e voltar a ela em Relatórios > Relatórios de operações em lote.
reports-undone-on = Desfeito em { $at } por { $by }: { $count ->
    [one] { $count } conta removida
   *[other] { $count } contas removidas
  }.
reports-started = Início
reports-finished = Fim
reports-running-done = — { $done } de { $total } processadas; esta página é atualizada até terminar.
reports-results = Resultados
reports-results-summary = { $total } no total: { $succeeded } com sucesso, { $skipped } ignoradas, { $failed } com falha
reports-download-report = Baixar o relatório de operações em lote
reports-undo-link = Desfazer esta importação
reports-no-results = Nenhum resultado registrado.
reports-result = Resultado
reports-message = Mensagem
reports-back-to-batches = Voltar para Relatórios de operações em lote
reports-result-added = Adicionada
reports-result-added-invited = Adicionada e convidada
reports-result-already-exists = Já existe
reports-result-invalid = Inválida
reports-result-sent = Enviado
reports-result-deleted = Excluída
reports-result-moved = Movida
reports-result-changed = Alterada
reports-result-skipped = Ignorada
reports-result-failed = Com falha

reports-undo-title = Desfazer esta importação?
reports-undo-lead = { $file }, iniciada por { $by }.
reports-undo-csv-import = Importação CSV
reports-undo-none-deleted = Nenhuma conta importada pode ser removida: todas foram excluídas depois.
reports-undo-none-changed = Nenhuma conta importada pode ser removida: todas mudaram depois da importação.
reports-undo-will-delete = { $count ->
    [one] { $count } conta adicionada
   *[other] { $count } contas adicionadas
  } por esta importação { $count ->
    [one] será excluída
   *[other] serão excluídas
  }. Seus números voltam a ficar disponíveis e seus links de convite deixam de funcionar. Esta ação não pode ser desfeita.
reports-undo-changed = { $count ->
    [one] { $count } conta mudou
   *[other] { $count } contas mudaram
  } depois da importação e { $count ->
    [one] será mantida
   *[other] serão mantidas
  }:
reports-undo-gone = { $count ->
    [one] { $count } conta importada foi excluída
   *[other] { $count } contas importadas foram excluídas
  } depois.
reports-undo-confirm = Excluir { $count ->
    [one] { $count } conta
   *[other] { $count } contas
  }
reports-undo-remove-rest = Remover as outras { $count } e manter as que mudaram
reports-back-to-batch = Voltar para o lote
reports-undo-why-moved = movida para outra organização
reports-undo-why-activated = ativada
reports-undo-why-suspended = suspensa
reports-undo-why-edited = editada ou convidada novamente depois da importação
reports-undo-done = Importação desfeita: { $removed ->
    [one] { $removed } conta removida
   *[other] { $removed } contas removidas
  }.
reports-undo-done-kept = Importação desfeita: { $removed ->
    [one] { $removed } conta removida
   *[other] { $removed } contas removidas
  }; { $kept ->
    [one] { $kept } conta mantida porque mudou depois.
   *[other] { $kept } contas mantidas porque mudaram depois.
  }

reports-from = De
reports-to = Até
reports-enter-date = Digite uma data no formato AAAA-MM-DD.
reports-action = Ação
reports-all-actions = Todas as ações
reports-all-organizations = Todas as organizações
reports-times-in = Datas e horários estão em { $zone }.
reports-no-activity-matches = Nenhuma atividade corresponde.
reports-no-activity = Ainda não há atividade.
reports-events = { $count ->
    [one] { $count } evento
   *[other] { $count } eventos
  }.
reports-events-match = { $count ->
    [one] { $count } evento corresponde
   *[other] { $count } eventos correspondem
  }.
reports-events-more = Mais de { $count } eventos.
reports-events-more-match = Mais de { $count } eventos correspondem.
reports-target = Alvo
reports-address = Endereço
reports-time-in = Horário ({ $zone })

reports-failed-jobs-hint = Trabalho que o portal abandonou (por exemplo, um e-mail que o servidor de e-mail recusou). Tentar novamente coloca o trabalho na fila outra vez.
reports-no-failed-jobs = Nenhum trabalho com falha.
reports-job = Trabalho
reports-kind = Tipo
reports-for = Para
reports-attempts = Tentativas
reports-last-error = Último erro
reports-retry = Tentar novamente
reports-retry-job = Tentar novamente o trabalho { $id }
reports-job-queued = O trabalho { $id } voltou para a fila: { $what }.
reports-job-not-failed = O trabalho { $id } não falhou; não há nada para tentar novamente.

reports-csv-result = resultado
reports-csv-message = mensagem
reports-csv-error = erro
reports-failed-at = Falhou

# Administrators Activity: the action labels (keys stored in audit_events.action).
reports-action-sign-in = Entrou
reports-action-sign-in-failed = Falha ao entrar
reports-action-sign-out = Saiu
reports-action-reauthentication-failed = Falha na confirmação de senha
reports-action-sessions-signed-out = Outras sessões encerradas
reports-action-mfa-enrolled = Autenticação de dois fatores configurada
reports-action-mfa-reset = Autenticação de dois fatores redefinida
reports-action-mfa-recovery-code-used = Código de recuperação usado
reports-action-mfa-code-replayed = Código de acesso já usado recusado
reports-action-mfa-code-failed = Falha no código de acesso
reports-action-password-reset-requested = Redefinição de senha solicitada
reports-action-password-reset = Senha redefinida
reports-action-password-changed = Senha alterada
reports-action-profile-updated = Perfil atualizado
reports-action-email-changed = E-mail de acesso alterado
reports-action-backup-email-changed = E-mail de backup alterado
reports-action-administrator-created = Administrador convidado
reports-action-administrator-reinvited = Administrador convidado novamente
reports-action-administrator-updated = Administrador atualizado
reports-action-administrator-deleted = Administrador excluído
reports-action-administrator-unlocked = Administrador desbloqueado
reports-action-invitation-accepted = Convite aceito
reports-action-api-user-created = Usuário de API criado
reports-action-api-user-updated = Usuário de API atualizado
reports-action-api-user-deleted = Usuário de API excluído
reports-action-role-created = Função criada
reports-action-role-updated = Função atualizada
reports-action-role-deleted = Função excluída
reports-action-suborg-created = Suborganização criada
reports-action-suborg-renamed = Suborganização renomeada
reports-action-suborg-deleted = Suborganização excluída
reports-action-account-created = Conta criada
reports-action-account-invited = Conta convidada
reports-action-account-activated = Conta ativada
reports-action-account-updated = Conta atualizada
reports-action-account-moved = Conta movida
reports-action-account-pin-reset = PIN da conta redefinido
reports-action-account-deleted = Conta excluída
reports-action-import-undone = Importação CSV desfeita
reports-action-numbers-added = Números adicionados
reports-action-number-updated = Número atualizado
reports-action-numbers-reserved = Números reservados
reports-action-numbers-made-available = Números disponibilizados
reports-action-numbers-tagged = Números marcados
reports-action-numbers-deleted = Números excluídos
reports-action-numbers-allocated = Números alocados a uma suborganização
reports-action-numbers-withdrawn = Números devolvidos à organização principal
reports-action-user-permissions-created = Permissões de usuário criadas
reports-action-user-permissions-updated = Permissões de usuário atualizadas
reports-action-user-permissions-default = Permissões de usuário padrão alteradas
reports-action-user-permissions-deleted = Permissões de usuário excluídas
reports-action-feature-settings-changed = Configurações de recursos alteradas
reports-action-domain-restriction-changed = Restrição de domínio alterada
reports-action-mfa-policy-changed = Autenticação de dois fatores alterada
reports-action-alerts-changed = Gerenciamento de alertas alterado
reports-action-invitation-template-saved = Modelo de convite salvo
reports-action-invitation-template-reset = Modelo de convite redefinido
reports-action-invitation-template-test-sent = Convite de teste enviado
reports-action-invitation-validity-changed = Validade do convite alterada
reports-action-job-retried = Trabalho com falha tentado novamente

reports-email-subject = Lote concluído: { $operation } — { $succeeded } com sucesso, { $skipped } ignoradas, { $failed } com falha
reports-email-subject-failed = (com falha)
reports-email-hello = Olá,
reports-email-hello-name = Olá, { $name },
reports-email-finished-in = Uma operação em massa foi concluída em { $org }.
reports-email-started-by = Iniciada por
reports-email-rows = Linhas
reports-email-rows-summary = { $total }: { $succeeded } com sucesso, { $skipped } ignoradas, { $failed } com falha
reports-email-rows-text = { $total } ({ $succeeded } com sucesso, { $skipped } ignoradas, { $failed } com falha)
reports-email-open = Abrir o relatório de operações em lote
reports-email-fallback = Se o botão não funcionar, copie este link no seu navegador:
reports-email-every-row = O relatório de operações em lote tem o resultado de cada linha:
reports-email-why = Você recebe este e-mail porque está indicado em “Lote concluído” em Configuração > Gerenciar alertas.
reports-email-why-text = Você recebe este e-mail porque está indicado em "Lote concluído" em Configuração > Gerenciar alertas.
