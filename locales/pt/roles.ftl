# Roles and Privileges: the list, the role form, deleting a role, and the
# privilege catalogue as the role form shows it.


# The roles list.
roles-create-button = + Criar função
roles-list-lead = Todas as funções de administrador disponíveis para esta organização
roles-search-label = Pesquisar pelo nome da função
roles-show-all = Mostrar todas as funções
roles-list-empty = Ainda não há funções.
roles-list-no-match = Nenhuma função corresponde a '{ $query }'.
roles-builtin = Predefinida
roles-inherited = Herdada
roles-inherited-from = Herdada de { $owner }
roles-assigned =
    { $count ->
        [one] { $count } administrador atribuído
       *[other] { $count } administradores atribuídos
    }

# The role form.
roles-title-new = Criar uma nova função
roles-title-edit = Editar função: { $name }
roles-title-view = Função: { $name }
roles-builtin-notice = { $name } é uma função predefinida: tem todos os privilégios e não pode ser alterada.
roles-inherited-notice = Esta função é herdada de uma organização superior e só pode ser alterada lá.
roles-name-label = Nome da função
roles-name-hint = Nome que identifica a função
roles-privileges-heading = Privilégios
roles-privileges-hint = Marque a caixa para atribuir os privilégios.
roles-privileges-withheld = Os privilégios que a sua própria função não inclui aparecem esmaecidos: você não pode concedê-los.
roles-selected-count =
    { $count ->
        [one] { $count } selecionado
       *[other] { $count } selecionados
    }
roles-select-all = Selecionar tudo: { $section }
roles-back-to-list = Voltar para Funções e privilégios

# Role messages.
roles-created = Função '{ $name }' criada.
roles-saved = Função '{ $name }' salva.
roles-deleted = Função '{ $name }' excluída.
roles-no-privilege = Marque pelo menos um privilégio: uma função sem privilégios não dá acesso a nada no portal.
roles-name-empty = Informe um nome para a função.
roles-name-too-long = Um nome de função tem no máximo { $max } caracteres.
roles-name-control = Um nome de função não pode conter quebras de linha nem caracteres de controle.
roles-name-builtin = '{ $name }' é o nome da função predefinida.
roles-name-taken = Já existe uma função chamada '{ $name }' nesta organização.
roles-form-unreadable = Não foi possível ler o formulário.
roles-unknown-privilege = '{ $key }' não é um privilégio conhecido.

# Deleting a role.
roles-delete-title = Excluir função
roles-delete-heading = Excluir { $name }?
roles-delete-confirm = Sim, excluir
roles-delete-question-before = Excluir a função
roles-delete-question-after = ? Ninguém a possui; ela sai da lista de funções para atribuir. Esta ação não pode ser desfeita.
roles-still-assigned =
    { $count ->
        [one] '{ $name }' não pode ser excluída enquanto { $count } administrador a tiver atribuída.
       *[other] '{ $name }' não pode ser excluída enquanto { $count } administradores a tiverem atribuída.
    }
roles-delete-give-another = Primeiro atribua outra função a eles.
roles-delete-see-admins =
    { $count ->
        [one] Ver o { $count } administrador com esta função
       *[other] Ver os { $count } administradores com esta função
    }

# The privilege catalogue: items (priv-<key>), sections and groups.
priv-reports-view-consumption-metrics = Métricas de consumo
priv-reports-view-user-metrics = Métricas de usuários
priv-reports-view-administrators-activity = Atividade dos administradores
priv-reports-view-activities = Atividades
priv-reports-view-call-recording = Gravação de chamadas
priv-reports-view-message-logging = Registro de mensagens
priv-reports-view-sms-opt-in = Consentimento de SMS
priv-reports-download-consumption-metrics = Métricas de consumo
priv-reports-download-user-metrics = Métricas de usuários
priv-reports-download-administrators-activity = Atividade dos administradores
priv-reports-download-activities = Atividades
priv-reports-download-call-recording = Gravação de chamadas
priv-reports-download-message-logging = Registro de mensagens
priv-reports-download-sms-opt-in = Consentimento de SMS
priv-setup-view-company-profile = Perfil da empresa
priv-setup-view-invitation-templates = Modelos de convite
priv-setup-view-manage-alerts = Gerenciar alertas
priv-setup-view-domain-restriction = Restrição de domínios
priv-setup-view-application-version = Versão do aplicativo
priv-setup-view-two-factor-authentication = Autenticação de dois fatores
priv-setup-view-webhook-events = Eventos de webhook
priv-setup-view-number-management = Gerenciamento de números
priv-setup-view-user-permissions = Permissões de usuário
priv-setup-view-feature-settings = Configurações de recursos
priv-setup-view-messages = Mensagens
priv-setup-view-sms-opt-in = Consentimento de SMS
priv-setup-view-in-app-messaging = Mensagens no aplicativo
priv-setup-edit-company-profile = Perfil da empresa
priv-setup-edit-invitation-templates = Modelos de convite
priv-setup-edit-manage-alerts = Gerenciar alertas
priv-setup-edit-domain-restriction = Restrição de domínios
priv-setup-edit-application-version = Versão do aplicativo
priv-setup-edit-two-factor-authentication = Autenticação de dois fatores
priv-setup-edit-webhook-events = Eventos de webhook
priv-setup-edit-number-management = Gerenciamento de números
priv-setup-edit-user-permissions = Permissões de usuário
priv-setup-edit-feature-settings = Configurações de recursos
priv-setup-edit-messages = Mensagens
priv-setup-edit-sms-opt-in = Consentimento de SMS
priv-setup-edit-in-app-messaging = Mensagens no aplicativo
priv-setup-edit-branding = Marca
priv-dashboard-view = Visualizar
priv-accounts-view = Visualizar
priv-accounts-invite = Convidar
priv-accounts-edit = Editar
priv-accounts-move = Mover
priv-accounts-delete = Excluir
priv-accounts-import = Importar
priv-accounts-manage-international-dialing = Gerenciar discagem internacional
priv-accounts-manage-e911 = Gerenciar E911
priv-accounts-bulk-invite = Convidar
priv-accounts-bulk-edit = Editar
priv-accounts-bulk-delete = Excluir
priv-administrators-view = Visualizar
priv-administrators-create = Criar
priv-administrators-edit = Editar
priv-administrators-delete = Excluir
priv-api-users-view = Visualizar
priv-api-users-create = Criar
priv-api-users-edit = Editar
priv-api-users-delete = Excluir
priv-reports-adk-call-recording-api = API de gravação de chamadas
priv-reports-adk-message-logging-api = API de registro de mensagens
priv-reports-adk-sms-opt-in = Consentimento de SMS
priv-roles-view = Visualizar
priv-roles-create = Criar
priv-roles-edit = Editar
priv-roles-delete = Excluir
priv-help-view = Visualizar
priv-help-edit = Editar
priv-profile-view = Visualizar
priv-profile-edit = Editar
priv-profile-create-suborg = Criar suborganização
priv-profile-delete-suborg = Excluir suborganização
priv-section-dashboard = Painel
priv-section-accounts = Contas
priv-section-accounts-bulk-operations = Operações em massa de contas
priv-section-administrators = Administradores
priv-section-api-users = Usuários de API
priv-section-reports = Relatórios
priv-section-setup = Configuração
priv-section-roles-and-privileges = Funções e privilégios
priv-section-help = Ajuda
priv-section-profile = Perfil
priv-group-adk-apis = APIs do ADK
priv-group-download = Baixar
priv-group-edit = Editar
priv-group-view = Visualizar
