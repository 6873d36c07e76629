# Contas: a lista, a ficha, Adicionar / Editar conta, Redefinir PIN,
# excluir, ações em massa e Mover.

accounts-account = Conta
accounts-add = Adicionar conta
accounts-edit-title = Editar conta
accounts-search-label = Nome / Usuário / ID da conta
accounts-all-statuses = Todos os status
accounts-invitation = Convite
accounts-all-organizations = Todas as organizações
accounts-none-match = Nenhuma conta corresponde.
accounts-none-yet = Nenhuma conta foi adicionada aqui ainda.
accounts-count = { $count ->
    [one] { $count } conta.
   *[other] { $count } contas.
}
accounts-count-match = { $count ->
    [one] { $count } conta corresponde.
   *[other] { $count } contas correspondem.
}
accounts-count-more = Mais de { $count } contas.
accounts-count-more-match = Mais de { $count } contas correspondem.
accounts-bulk-group = Com as contas selecionadas
accounts-select-all = Selecionar as { $count }
accounts-select-all-filtered = Selecionar as { $count } que correspondem ao filtro
accounts-select-all-more = Selecionar todas as correspondentes
accounts-select-all-more-filtered = Selecionar todas as que correspondem ao filtro
accounts-with-selected = Com as selecionadas:
accounts-select-all-aria = Selecionar todas as contas que correspondem ao filtro
accounts-username = Usuário
accounts-select-one = Selecionar { $name }
accounts-account-id-value = ID da conta { $id }
accounts-with-number = Com número
accounts-without-number = Sem número
accounts-bulk-edit = Alterar permissões de usuário / recursos

accounts-status-saved = Salva
accounts-status-invited = Convidada
accounts-status-active = Ativa
accounts-status-suspended = Suspensa
accounts-invitation-not-invited = Salva — não convidada
accounts-invitation-pending = Pendente
accounts-invitation-expired = Expirado
accounts-invitation-activated = Ativada
accounts-no-portal-access = Sem acesso ao portal
accounts-history-accepted = Aceito
accounts-history-revoked = Revogado
accounts-history-expired = Expirado
accounts-history-sent = Enviado

accounts-reset-pin = Redefinir PIN
accounts-invitation-colon = Convite: { $state }
accounts-resend-hint = Envia um novo link; o anterior deixa de funcionar.
accounts-send-hint = Envia o convite para { $to }.
accounts-username-field = E-mail ou nº do dispositivo
accounts-no-portal-access-note = (entra em um telefone IP com um PIN)
accounts-account-id = ID da conta
accounts-application = Aplicativo(s)
accounts-added = Adicionada em
accounts-invited = Convidada em
accounts-link-valid-until = (link válido até { $when })
accounts-activated = Ativada em
accounts-service = Serviço
accounts-number-picked-at-activation = Nenhum: o usuário escolhe um ao ativar a conta
accounts-unknown = Desconhecidas
accounts-social-messaging = Mensagens sociais
accounts-incoming-restricted = Recebidas restritas
accounts-forwarding-number = Número de encaminhamento
accounts-monitor-calls = Monitorar chamadas
accounts-monitor-sms = Monitorar SMS
accounts-auto = Automático
accounts-invitations = Convites
accounts-no-invitation-yet = Nenhum convite foi enviado ainda.
accounts-history-sent-at = Enviado em
accounts-history-channel = Canal
accounts-history-to = Para
accounts-history-by = Por
accounts-history-expires = Expira em
accounts-history-state = Situação
accounts-back-to-list = Voltar para Contas

accounts-edit-heading = Editar { $name }
accounts-back-to-account = Voltar para a conta
accounts-single = Uma conta
accounts-multiple = Várias contas
accounts-form-error = { $error } Nada foi salvo.
accounts-fields-need-attention = Alguns campos precisam de atenção: veja as mensagens ao lado deles. Nada foi salvo.
accounts-change-organization = Trocar de organização
accounts-org-picker-hint = Os números, permissões de usuário e recursos abaixo são os de { $org }. Escolha primeiro a organização: ao trocá-la, o formulário recomeça.
accounts-user = Usuário
accounts-no-portal-access-hint = Um usuário de telefone IP: sem e-mail e sem convite; entra no telefone com um PIN.
accounts-username-hint-edit = O convite vai para cá: um endereço de e-mail ou um número de celular com o código do país (+15550100000).
accounts-access = Acesso
accounts-access-portal = Acesso ao portal: convidar por e-mail ou SMS
accounts-access-none = Sem acesso ao portal: um telefone IP com um PIN, sem e-mail e sem convite
accounts-username-hint-new = Para acesso ao portal: um endereço de e-mail ou um número de celular com o código do país (+15550100000). Deixe em branco para uma conta sem acesso ao portal.
accounts-domain-restriction-hint = Restrição de domínio: somente endereços de e-mail em { $domains }.
accounts-account-id-hint = Seu próprio identificador da conta; único na organização.
accounts-assign-number = Atribuir número
accounts-keep-number = Manter { $number }
accounts-no-number-returns = Sem número: ele volta a ficar Disponível
accounts-no-number-now = Sem número por enquanto: o usuário escolhe um ao ativar a conta
accounts-specific-number = Um número específico
accounts-available-or-reserved = Número disponível ou reservado
accounts-none-left = Não resta nenhum nesta organização
accounts-choose-number = Escolha um número
accounts-or-type-one = Ou digite um
accounts-only-first-listed = Só os primeiros { $count } são listados; digite qualquer outro.
accounts-next-with-tag = O próximo número disponível com uma etiqueta
accounts-choose-tag = Escolha uma etiqueta
accounts-forwarding-hint = Opcional: de 4 a 18 dígitos com o código do país.
accounts-no-features-offered = { $org } não oferece recursos.
accounts-restrict-incoming-social = Restringir mensagens sociais recebidas
accounts-auto-records-calls = Automático (grava as chamadas)
accounts-on-records-sms = Ligado (grava os SMS)
accounts-save-and-invite = Salvar e convidar
accounts-sms-disclaimer = AVISO: Ao clicar em Convidar, você declara que obteve dos destinatários, por meio de acordo de trabalho ou outro, a permissão para receber notificações por SMS. Podem ser cobradas tarifas de mensagens e dados.
accounts-invite-note = Observação: somente convidados por e-mail podem começar a usar o MultiLine Desktop. Uma conta sem acesso ao portal nunca é convidada: salve-a e entregue ao usuário o PIN mostrado em seguida.
accounts-profile-default = { $name } (padrão)
accounts-feature-locked = Somente administradores cujo papel inclui “Contas: { $privilege }” podem ligar ou desligar este recurso.
accounts-pin-new-title = PIN da nova conta
accounts-added-invited-number = { $name } foi adicionado(a) e convidado(a): o convite está a caminho de { $to }. O número { $number } foi atribuído.
accounts-added-invited-no-number = { $name } foi adicionado(a) e convidado(a): o convite está a caminho de { $to }. Nenhum número foi atribuído ainda: o usuário escolhe um ao ativar a conta.
accounts-added-number = { $name } foi adicionado(a). O número { $number } foi atribuído. Use Reenviar convite para convidar quando quiser.
accounts-added-no-number = { $name } foi adicionado(a). Nenhum número foi atribuído ainda: o usuário escolhe um ao ativar a conta. Use Reenviar convite para convidar quando quiser.
accounts-saved = { $name } foi salvo(a).
accounts-saved-invitation-withdrawn = { $name } foi salvo(a). O nome de usuário mudou, então o convite pendente não funciona mais: use Reenviar convite para convidar o novo endereço.
accounts-invitation-sent = Convite enviado para { $to }.

accounts-delete-title = Excluir conta
accounts-delete-name = Excluir { $name }
accounts-deleted = { $name } foi excluído(a).
accounts-deleted-number = { $name } foi excluído(a). O número { $number } está Disponível novamente.
accounts-delete-question = Excluir { $name }?
accounts-yes-delete = Sim, excluir
accounts-delete-confirm-before = Tem certeza de que deseja excluir a conta
accounts-delete-confirm-after = ({ $username }, ID da conta { $id })? Isso não pode ser desfeito.
accounts-delete-number-returns = O número { $number } volta a ficar Disponível.
accounts-delete-invitation-stops = O convite pendente deixa de funcionar.

accounts-reset-pin-of = Redefinir o PIN de { $name }
accounts-reset-pin-question = Redefinir o PIN de { $name }?
accounts-yes-new-pin = Sim, criar um novo PIN
accounts-reset-pin-confirm-before = Criar um novo PIN para
accounts-reset-pin-confirm-after = (ID da conta { $id })? O PIN atual deixa de funcionar na hora, e será preciso entrar de novo no telefone IP com o novo.
accounts-new-pin-of = Novo PIN de { $name }
accounts-pin-added = { $name } foi adicionado(a)
accounts-pin-added-intro = Esta conta sem acesso ao portal entra no telefone IP com este PIN:
accounts-pin-reset-intro = O PIN antigo não funciona mais. O novo PIN é:
accounts-pin-shown-once = Esta é a única vez que o PIN é mostrado.
accounts-pin-give-now = Entregue-o agora ao usuário do telefone. Ele é guardado de um jeito que ninguém consegue ler de volta; se for perdido, use Redefinir PIN na conta para criar um novo.
accounts-go-to-account = Ir para a conta
accounts-add-another = Adicionar outra conta

accounts-form-unreadable = Não foi possível ler o formulário.
accounts-bulk-choose-action = Escolha o que fazer com as contas.
accounts-select-first = Selecione as contas primeiro.
accounts-bulk-all-title = { $action } — todas as contas correspondentes?
accounts-bulk-title = { $action } — { $count } conta(s)
accounts-bulk-invite-before = Um novo convite será enviado para
accounts-bulk-invite-count = { $count ->
    [one] { $invitable } da { $count } conta selecionada
   *[other] { $invitable } das { $count } contas selecionadas
}
accounts-bulk-invite-after = por e-mail ou SMS; os links anteriores deixam de funcionar.
accounts-bulk-invite-skipped = As outras { $count } (ativas, suspensas ou sem acesso ao portal) são ignoradas e aparecem assim no relatório.
accounts-bulk-delete-before = Serão excluídas:
accounts-bulk-selected = { $count ->
    [one] { $count } conta selecionada
   *[other] { $count } contas selecionadas
}
accounts-bulk-delete-after = — isso não pode ser desfeito.
accounts-bulk-delete-numbers = { $count ->
    [one] O { $count } número delas volta a ficar Disponível.
   *[other] Os { $count } números delas voltam a ficar Disponíveis.
}
accounts-bulk-delete-invitations = Os convites pendentes deixam de funcionar.
accounts-bulk-edit-before = As alterações abaixo serão feitas em
accounts-bulk-edit-after = . Recursos que a organização de uma conta não oferece ficam como estão; permissões de usuário que não existem na organização de uma conta são registradas como falha dessa conta.
accounts-keep-as-they-are = Manter como estão
accounts-switch-on = Ligar
accounts-switch-off = Desligar
accounts-list-colon = Contas:
accounts-username-and-id = ({ $username }, ID da conta { $id })
accounts-and-more = e mais { $count }
accounts-bulk-report-note = Um relatório de lote mostra o resultado de cada conta.
accounts-bulk-resend-button = { $count ->
    [one] Reenviar { $count } convite
   *[other] Reenviar { $count } convites
}
accounts-bulk-delete-button = { $count ->
    [one] Excluir { $count } conta
   *[other] Excluir { $count } contas
}
accounts-bulk-change-button = { $count ->
    [one] Alterar { $count } conta
   *[other] Alterar { $count } contas
}
accounts-select-all-selected = { $count ->
    [one] A { $count } conta que corresponde a este filtro está selecionada.
   *[other] Todas as { $count } contas que correspondem a este filtro estão selecionadas.
}
accounts-select-all-explained = “Selecionar todas” seleciona todas as contas da lista filtrada, não só as { $count } desta página.
accounts-continue-with-all = Continuar com todas as { $count } contas
accounts-only-this-page = Só as { $count } desta página

accounts-move-title = Mover contas
accounts-move-select-first = Selecione as contas a mover.
accounts-move-count-title = Mover { $count } conta(s)
accounts-move-choose-destination = Escolha uma organização para onde mover as contas.
accounts-move-refused = Não é possível mover as contas. Você não tem números disponíveis suficientes na organização selecionada
accounts-move-heading = { $count ->
    [one] Mover { $count } conta
   *[other] Mover { $count } contas
}
accounts-move-to-organization = Mover para a organização
accounts-choose-organization = Escolha uma organização
accounts-move-check = Verificar
accounts-move-before = Antes de mover para { $org }
accounts-move-to-move = Contas a mover
accounts-move-already-there = ({ $count } que já estão lá ficam como estão)
accounts-move-pending-without-number = Convites pendentes sem número
accounts-move-need-number = { $count } precisam de um número em { $org }
accounts-move-available-there = Números disponíveis lá
accounts-move-promised = ({ $count } já necessários para os próprios convites pendentes; restam { $left })
accounts-move-numbers-moving = { $count ->
    [one] { $count } número atribuído vai com a sua conta para { $org }: os usuários mantêm o número de telefone.
   *[other] { $count } números atribuídos vão com as suas contas para { $org }: os usuários mantêm os números de telefone.
}
accounts-move-no-numbers = Nenhuma conta tem número atribuído; nenhum é movido.
accounts-move-permissions-there = Permissões de usuário lá
accounts-move-permissions-note = Uma conta mantém as permissões de usuário quando elas estão definidas em { $org } ou acima; caso contrário, recebe as padrão de lá.
accounts-move-features-off = Recursos desligados
accounts-move-no-features-off = Nenhum: { $org } oferece todos os recursos que elas usam.
accounts-move-feature-count = { $count ->
    [one] { $feature } ({ $count } conta)
   *[other] { $feature } ({ $count } contas)
}
accounts-move-not-offered = — não oferecidos lá.
accounts-move-pending = Convites pendentes
accounts-move-stay-valid = Continuam válidos.
accounts-move-button = { $count ->
    [one] Mover { $count } conta
   *[other] Mover { $count } contas
}

accounts-username-empty = Informe um endereço de e-mail ou um número de dispositivo.
accounts-username-invalid = Informe um endereço de e-mail, como nome@example.com, ou um número de dispositivo com o código do país, como +15550100000.
accounts-account-id-empty = Informe um ID da conta.
accounts-account-id-too-long = Um ID da conta tem no máximo { $max } caracteres.
accounts-account-id-control = Um ID da conta não pode conter quebras de linha nem caracteres de controle.
accounts-forwarding-invalid = Informe o número de encaminhamento em dígitos com o código do país, como +15550100000.
accounts-forwarding-length = Um número de encaminhamento tem de 4 a 18 dígitos, com o código do país.
accounts-application-empty = Informe o(s) aplicativo(s), como MultiLine.
accounts-application-too-long = Aplicativo(s) aceita no máximo 100 caracteres em uma linha.
accounts-monitor-calls-invalid = Escolha automático ou desligado.
accounts-monitor-sms-invalid = Escolha ligado ou desligado.
accounts-choose-organization-error = Escolha uma organização.
accounts-choose-number-or-type = Escolha um número ou digite um.
accounts-choose-tag-error = Escolha uma etiqueta.
accounts-choose-number-mode = Escolha como atribuir um número.
accounts-choose-permissions = Escolha as permissões de usuário.
accounts-choose-language = Escolha um idioma.
accounts-org-change-with-move = Uma conta muda de organização com Mover, não aqui.
accounts-choose-permissions-in = Escolha permissões de usuário disponíveis em { $org }.
accounts-portal-access-fixed = O acesso ao portal não pode ser ligado nem desligado em uma conta existente: adicione uma nova conta.
accounts-username-taken = Já existe uma conta com este e-mail ou número de dispositivo nesta organização.
accounts-account-id-taken = Outra conta desta organização tem este ID da conta.
accounts-domain-refused = Endereços de e-mail em { $domain } não podem ser usados em { $org } (restrição de domínio). Permitidos: { $allowed }.
accounts-feature-restricted = Somente administradores cujo papel inclui “Contas: { $privilege }” podem ligar ou desligar { $feature ->
    [e911] o E911
   *[international_dialing] a discagem internacional
}.
accounts-permissions-just-deleted = Essas permissões de usuário acabaram de ser excluídas: escolha outras.
accounts-number-gone = Esse número não está mais disponível.
accounts-number-not-in-org = { $number } não é um número disponível ou reservado de { $org }.
accounts-no-number-with-tag = Não resta nenhum número disponível com a etiqueta { $tag } em { $org }.
accounts-pin-only-no-portal = Somente contas sem acesso ao portal têm PIN.
accounts-no-pin = { $name } entra com um e-mail ou número de dispositivo e não tem PIN.
accounts-invite-refused-no-portal = { $name } é uma conta sem acesso ao portal: não tem e-mail nem número de dispositivo para convidar, e entra no telefone com um PIN.
accounts-invite-refused-active = { $name } já ativou a conta: não há nada para o que convidar.
accounts-invite-refused-suspended = { $name } está suspensa: reative a conta antes de enviar um convite.
accounts-invite-refused = Não é possível convidar { $name }.
accounts-invite-needs-number = Para enviar um convite é preciso um número disponível ou reservado em { $org }: atribua um à conta ou adicione números em Configuração > Gerenciamento de números.
accounts-invite-changed-meanwhile = { $name } foi ativada ou alterada há pouco; recarregue a página.
accounts-bulk-too-many-ticked = É possível marcar no máximo { $max } contas de uma vez. Para agir sobre toda a lista, marque a caixa do cabeçalho e confirme “todas as contas que correspondem a este filtro”.
accounts-bulk-edit-nothing = Escolha permissões de usuário ou um recurso para alterar.
