# Administrators and API users: the list, the record and its form,
# deleting, unlocking, resetting two-factor authentication, and Re-invite.


# The administrators list.
admins-list-title = Administradores
admins-tab-administrator = Administrador
admins-filter-name-email = Nome / e-mail
admins-filter-all-roles = Todas as funções
admins-filter-all-statuses = Todos os status
admins-add-api-user-button = + Adicionar usuário de API
admins-add-admin-button = + Adicionar novo administrador
admins-list-empty = Nenhum administrador corresponde.
admins-select-all = Selecionar todos os administradores da lista filtrada
admins-select-one = Selecionar { $name }
admins-col-last-sign-in = Último acesso
admins-locked = Bloqueado
admins-locked-title = Em espera após senhas incorretas
admins-api-user = Usuário de API

# Statuses.
admins-status-invited = Convidado
admins-status-active = Ativo
admins-status-login-suspended = Acesso suspenso
admins-status-account-suspended = Conta suspensa
admins-status-unknown = Desconhecido

# Add / Edit Administrator and API User.
admins-title-add-admin = Adicionar novo administrador
admins-title-add-api-user = Adicionar usuário de API
admins-title-edit-admin = Editar administrador
admins-title-edit-api-user = Editar usuário de API
admins-locked-after =
    { $count ->
        [one] Após { $count } senha incorreta, o acesso fica em espera até { $until }.
       *[other] Após { $count } senhas incorretas seguidas, o acesso fica em espera até { $until }.
    }
admins-unlock = Desbloquear
admins-mfa-on = Autenticação de dois fatores: ativada
admins-mfa-reset = Redefinir
admins-personal-details = Dados pessoais
admins-backup-email = E-mail alternativo
admins-backup-email-hint = Opcional. Usado apenas para recuperar a conta.
admins-access = Acesso
admins-external-applications = Aplicativos externos
admins-custom-application-option = Aplicativo personalizado…
admins-custom-application-name = Nome do aplicativo personalizado
admins-custom-application-hint = Somente se você escolheu Aplicativo personalizado.
admins-choose-role = Escolha uma função
admins-suspension = Suspensão
admins-login-suspended-hint = Não pode acessar o portal até que a caixa seja desmarcada; o registro, a função e as configurações permanecem como estão. Para uma pausa, por exemplo, enquanto algo é verificado.
admins-account-suspended-hint = Toda a conta do administrador é suspensa, por exemplo, quando a pessoa saiu: sem acesso e sem novos convites até que a suspensão seja retirada. Quando as duas caixas estão marcadas, vale esta.
admins-suspension-hint = Qualquer uma delas encerra imediatamente todas as sessões do administrador e interrompe seus e-mails de alerta.

# Form errors and messages.
admins-choose-application = Escolha um aplicativo externo ou informe o nome do seu aplicativo personalizado (no máximo 60 caracteres).
admins-choose-organization = Escolha uma organização.
admins-choose-role-error = Escolha uma função.
admins-email-taken = Já existe um administrador com este e-mail.
admins-form-mismatch = O formulário não corresponde a este registro.
admins-own-email-on-profile = Altere o seu próprio e-mail e o e-mail alternativo em Meu perfil, onde a sua senha atual é solicitada.
admins-cannot-suspend-self = Você não pode suspender a si mesmo.
admins-last-super-admin = { $name } é o último Enterprise Super Administrator ativo da organização principal e não pode ser removido, suspenso nem receber outra função.
admins-added-admin = O administrador { $name } foi adicionado e um convite foi enviado para { $email }.
admins-added-api-user = O usuário de API { $name } foi adicionado e um convite foi enviado para { $email }.
admins-saved = { $name } foi salvo.
admins-saved-invitation-resent = { $name } foi salvo. O e-mail mudou, então o convite foi enviado novamente para { $email }; o link anterior não funciona mais.

# Unlock and two-factor reset.
admins-unlocked = { $name } foi desbloqueado e pode acessar novamente.
admins-not-locked = { $name } não está bloqueado.
admins-mfa-reset-title = Redefinir a autenticação de dois fatores de { $name }
admins-mfa-reset-heading = Redefinir a autenticação de dois fatores de { $name }?
admins-mfa-reset-confirm = Sim, redefinir
admins-mfa-reset-explained = { $email } não precisará mais informar um código do aplicativo autenticador, e os códigos de recuperação deixam de funcionar. Todas as sessões serão encerradas. Se a organização exigir autenticação de dois fatores, será preciso configurá-la novamente no próximo acesso.
admins-mfa-was-reset = A autenticação de dois fatores de { $name } foi redefinida e as sessões foram encerradas.
admins-mfa-not-used = { $name } não usa autenticação de dois fatores.

# Deleting an administrator.
admins-delete-title = Excluir { $name }
admins-delete-heading = Excluir { $name }?
admins-back-to = Voltar para { $name }
admins-delete-confirm = Sim, excluir
admins-delete-integration-confirm = Entendo que a integração vai falhar
admins-delete-question = Tem certeza de que deseja excluir { $email }? A pessoa não poderá mais acessar, as sessões serão encerradas imediatamente e o convite pendente deixará de funcionar. Esta ação não pode ser desfeita.
admins-integration-warning = '{ $name }' é usado para conectar a '{ $app }'. Se você excluir este usuário, a integração com '{ $app }' vai falhar.
admins-cannot-delete-self = Você não pode excluir a si mesmo.
admins-deleted = { $name } foi excluído.

# Re-invite.
admins-reinvite-title = Reenviar convite
admins-reinvite-all-title = Reenviar o convite para todos que correspondem a este filtro?
admins-reinvite-all-selected =
    { $count ->
        [one] { $count } administrador que corresponde a este filtro está selecionado.
       *[other] Todos os { $count } administradores que correspondem a este filtro estão selecionados.
    }
admins-reinvite-all-explained = A caixa no cabeçalho seleciona todos os administradores da lista filtrada, não apenas os { $count } desta página.
admins-reinvite-all-button = Reenviar o convite para os { $count } administradores
admins-reinvite-page-button = Reenviar o convite apenas para os { $count } desta página
admins-reinvite-active-title = Reenviar o convite para administradores ativos?
admins-reinvite-active-intro = Estes administradores já estão ativos. Reenviar o convite
admins-reinvite-active-strong = redefine a senha deles e encerra as sessões
admins-reinvite-active-outro = ; eles precisarão definir uma nova senha pelo e-mail.
admins-reinvite-and-more = e mais { $count }
admins-reinvite-including-active = Reenviar, incluindo administradores ativos
admins-reinvite-only-pending = Reenviar apenas para administradores pendentes
admins-reinvite-none = Selecione os administradores para os quais deseja reenviar o convite.
admins-reinvite-sent = Convite enviado para { $name } ({ $email }).
admins-reinvite-too-many = É possível marcar no máximo { $max } administradores de uma vez. Para reenviar o convite a todos da lista, marque a caixa no cabeçalho e confirme "todos os administradores que correspondem a este filtro".
admins-form-unreadable = Não foi possível ler o formulário.
