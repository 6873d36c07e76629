# Configuração: o índice, Permissões de usuário, Recursos, Restrição de
# domínios, Autenticação de dois fatores, Alertas e Modelos de convite.

setup-title = Configuração
setup-lead = Configurações de { $org }. As suborganizações também as usam, a menos que definam as próprias.
setup-not-available = Ainda não disponível
setup-item-company-profile = Perfil da empresa
setup-item-application-version = Versão do aplicativo
setup-item-webhook-events = Eventos de webhook
setup-item-number-management = Gerenciamento de números
setup-item-messages = Mensagens
setup-item-sms-opt-in = Consentimento de SMS
setup-item-in-app-messaging = Mensagens no aplicativo
setup-about-company-profile = Dados da empresa.
setup-about-invitation-templates = Modelos de convite por e-mail e SMS.
setup-about-manage-alerts = Quem recebe um e-mail quando um lote termina.
setup-about-domain-restriction = Limite os convites a endereços de e-mail dos seus domínios.
setup-about-application-version = Detalhes do aplicativo MultiLine.
setup-about-two-factor = Uma camada adicional de segurança contra acessos suspeitos.
setup-about-webhook-events = Eventos enviados aos seus próprios sistemas.
setup-about-number-management = Os números de telefone alocados a esta organização.
setup-about-user-permissions = Quais recursos uma conta recebe: perfis com nome e o padrão.
setup-about-feature-settings = Quais recursos esta organização oferece às suas contas.
setup-about-messages = Sincronização e mensagens multimídia.
setup-about-sms-opt-in = Acesso às gravações de chamadas e SMS pelo ADK.
setup-about-in-app-messaging = Mensagens exibidas dentro do aplicativo.

setup-form-unreadable = Não foi possível ler o formulário.
setup-unknown-feature = '{ $value }' não é um recurso conhecido.

setup-source-here = Definido para esta organização.
setup-source-parent = Herdado: definido em { $org }, a organização principal.
setup-source-ancestor = Herdado: definido em { $org }.
setup-source-a-parent = uma organização superior
setup-source-default = Não definido em nenhuma organização: { $default }.
setup-same-as = Igual a { $org } ({ $value })
setup-set-here = Definir para esta organização, abaixo
setup-used-when-set-here = Usado quando "Definir para esta organização" é escolhido.

setup-domains-title = Restrição de domínios
setup-domains-lead = Só é possível convidar contas com endereços de e-mail destes domínios. Sem nenhum domínio na lista, qualquer domínio é permitido.
setup-domains-allowed-now = Permitidos agora:
setup-domains-legend = Domínios permitidos desta organização
setup-domains-label = Domínios permitidos
setup-domains-hint = Um domínio por linha, como example.com. Deixe em branco para permitir qualquer domínio.
setup-any-domain = qualquer domínio
setup-any-domain-allowed = qualquer domínio é permitido
setup-domains-saved = Restrição de domínios salva. Contas podem ser convidadas em: { $domains }.
setup-domains-bad =
    { $count ->
        [1] { $entries } não é um nome de domínio.
       *[other] { $entries } não são nomes de domínio.
    } Digite um domínio por linha, como example.com.
setup-domains-too-many = Digite no máximo { $max } domínios (foram digitados { $count }).

setup-features-title = Configurações de recursos
setup-features-lead = Os recursos que esta organização oferece às suas contas. As Permissões de usuário e o formulário de contas mostram apenas estes.
setup-features-offered-now = Oferecidos agora:
setup-features-legend = Recursos desta organização
setup-features-hint-sub = Uma suborganização só pode oferecer o que a organização principal oferece.
setup-features-hint-top = As suborganizações também os oferecem, a menos que escolham menos.
setup-features-withheld = (não oferecido pela organização principal)
setup-every-feature-offered = todos os recursos são oferecidos
setup-features-saved = Configurações de recursos salvas. Esta organização oferece: { $features }.
setup-features-not-offered-by-parent = { $org } não oferece { $features }, então esta organização também não pode.

setup-mfa-title = Autenticação de dois fatores
setup-mfa-lead = Quando obrigatória, cada administrador desta organização entra com um código de um aplicativo autenticador depois da senha. Os administradores que ainda não a configuraram fazem isso no próximo acesso, antes de abrir qualquer página.
setup-mfa-now = Agora:
setup-mfa-legend = Autenticação de dois fatores para administradores
setup-mfa-off-label = Desligada: os administradores podem ativá-la para si mesmos
setup-mfa-off = Desligada
setup-mfa-required = Obrigatória para administradores
setup-mfa-source-default = Não definida em nenhuma organização: desligada.
setup-mfa-choose = Escolha uma política.
setup-mfa-saved-required = Autenticação de dois fatores salva: obrigatória para administradores. Os administradores que não a têm vão configurá-la no próximo acesso.
setup-mfa-saved-off = Autenticação de dois fatores salva: desligada.

setup-alerts-title = Alertas
setup-alerts-lead = Quem recebe um e-mail quando algo acontece nesta organização ou nas suas suborganizações: administradores ou outros endereços de e-mail.
setup-alerts-find-label = Buscar administradores por nome ou e-mail
setup-alerts-show-chosen = Mostrar só os escolhidos
setup-alerts-administrators = Administradores
setup-alerts-many = Há mais de 200 administradores: aparecem os escolhidos e os que a busca encontrar.
setup-alerts-none-listed = Nenhum administrador na lista.
setup-alerts-no-match = Nenhum administrador corresponde a '{ $q }'.
setup-alerts-other-addresses = Outros endereços de e-mail
setup-alerts-addresses-hint = Um por linha, no máximo 50.
setup-alerts-nobody = Ninguém é avisado deste evento.
setup-alerts-event-batch-completed = Lote concluído
setup-alerts-event-batch-completed-about = Um resumo por e-mail quando uma operação em massa (uma importação, um reenvio de convites, uma edição, exclusão ou movimentação em massa) termina, com um link para o Relatório de operações em lote.
setup-alerts-saved =
    Alertas salvos: { $count ->
        [1] { $count } destinatário
       *[other] { $count } destinatários
    } para { $event }.
setup-alerts-not-email = Não é um endereço de e-mail: { $list }
setup-alerts-too-many = No máximo { $max } outros endereços: foram informados { $count }.
setup-alerts-choose-in-scope = Escolha administradores desta organização ou das suas suborganizações.
setup-alerts-choose-from-list = Escolha administradores da lista.
setup-alerts-choose-event = Escolha um evento.

setup-up-add = + Adicionar permissões de usuário
setup-up-intro = Cada conjunto de Permissões de usuário diz quais recursos uma conta recebe. Os definidos em uma organização superior também são usados aqui e só podem ser alterados lá.
setup-up-default = Padrão:
setup-up-defined-in-paren = (definido em { $org })
setup-up-default-note = As contas adicionadas aqui o recebem, a menos que outro seja escolhido.
setup-up-default-none = nenhum. Escolha as Permissões de usuário de cada conta.
setup-up-offered-here = Recursos oferecidos aqui:
setup-up-none-yet = Ainda não há Permissões de usuário.
setup-up-default-tag = (Padrão)
setup-up-defined-in = definido em { $org }
setup-up-make-default = Tornar padrão
setup-up-use-parent-default = Usar o padrão da organização principal
setup-up-instead-of = em vez de { $name }
setup-up-not-offered-here = { $feature } (não oferecido aqui)
setup-up-now-default = '{ $name }' agora é a Permissão de usuário padrão de { $org }.
setup-up-already-default = '{ $name }' já é o padrão.
setup-up-no-longer-default-parent = '{ $name }' não é mais o padrão. As contas adicionadas aqui recebem '{ $parent }' da organização principal.
setup-up-still-default = '{ $name }' continua sendo o padrão.
setup-up-no-longer-default = '{ $name }' não é mais o padrão.
setup-up-add-title = Adicionar permissões de usuário
setup-up-edit-title = Editar permissões de usuário: { $name }
setup-up-view-title = Permissões de usuário: { $name }
setup-up-defined-elsewhere = Estas Permissões de usuário são definidas em { $org } e só podem ser alteradas lá.
setup-up-is-default-notice = Estas são as Permissões de usuário padrão desta organização: as contas adicionadas aqui as recebem, a menos que outras sejam escolhidas.
setup-up-name-hint = Por exemplo: Equipe de vendas, ou Permissões de usuário padrão.
setup-up-features-hint = As contas com estas Permissões de usuário recebem os recursos marcados aqui. Só aparecem os recursos que esta organização oferece
setup-up-no-features = Esta organização não oferece recursos, então estas Permissões de usuário não podem conceder nenhum.
setup-up-kept = Também concede { $features }, que esta organização não oferece mais: mantido como está, e não dado às contas enquanto não for oferecido.
setup-up-back = Voltar para Permissões de usuário
setup-up-created = Permissões de usuário '{ $name }' criadas.
setup-up-saved = Permissões de usuário '{ $name }' salvas.
setup-up-deleted = Permissões de usuário '{ $name }' excluídas.
setup-up-name-empty = Digite um nome para as Permissões de usuário.
setup-up-name-too-long = Um nome tem no máximo { $max } caracteres.
setup-up-name-control = Um nome não pode conter quebras de linha nem caracteres de controle.
setup-up-name-taken = Esta organização já tem Permissões de usuário chamadas '{ $name }'.
setup-up-not-offered = Esta organização não oferece { $features } (veja Configurações de recursos).
setup-up-default-race = O padrão mudou no mesmo instante. Tente de novo.
setup-up-top-keeps-default = '{ $name }' são as Permissões de usuário padrão da organização superior, que sempre tem um padrão. Primeiro torne outro perfil o padrão.
setup-up-still-used =
    { $count ->
        [1] '{ $name }' não pode ser excluído: { $count } conta ainda o usa. Dê a ela outras Permissões de usuário primeiro.
       *[other] '{ $name }' não pode ser excluído: { $count } contas ainda o usam. Dê a elas outras Permissões de usuário primeiro.
    }
setup-up-in-use = '{ $name }' não pode ser excluído: ainda há contas que o usam. Dê a elas outras Permissões de usuário primeiro.
setup-up-delete-title = Excluir permissões de usuário
setup-up-delete-heading = Excluir { $name }?
setup-up-delete-yes = Sim, excluir
setup-up-delete-before = Excluir as Permissões de usuário
setup-up-delete-after = ? Esta ação não pode ser desfeita.
setup-up-delete-default = São as padrão desta organização: as contas adicionadas aqui passarão a receber o padrão da organização principal.

setup-inv-title = Modelos de convite
setup-inv-lead = O que uma conta recebe com o link de ativação: o e-mail quando o nome de usuário é um endereço de e-mail, o SMS quando é um número de dispositivo. As suborganizações usam estes textos, a menos que escrevam os próprios.
setup-inv-own-text = (texto próprio)
setup-inv-own = próprio
setup-inv-no-builtin = O Switchboard não tem um texto padrão em { $language }: até que uma organização escreva um, as contas em { $language } recebem o texto em inglês abaixo.
setup-inv-placeholders = Marcadores que você pode usar
setup-inv-placeholders-hint = Cada um é substituído por texto simples (o link, pelo próprio endereço); nada mais entre chaves é aceito.
setup-inv-var-first-name = O nome da conta.
setup-inv-var-number = O número de telefone da conta; quando ainda não tem um, um texto dizendo que ela escolherá um ao ativar.
setup-inv-var-link = O link de ativação. Todo modelo deve contê-lo.
setup-inv-var-org-name = O nome da organização da conta.
setup-inv-channel-email = E-mail
setup-inv-channel-sms = SMS
setup-inv-source-here = Definido em { $org }
setup-inv-source-ancestor = Igual a { $org }
setup-inv-source-builtin = Texto padrão do sistema
setup-inv-reset-ancestor = Usar o texto de { $org }
setup-inv-reset-builtin = Usar o texto padrão do sistema
setup-inv-last-changed = Última alteração: { $when }.
setup-inv-subject = Assunto
setup-inv-subject-hint = Uma linha. Marcadores são permitidos, exceto {"{"}link{"}"}.
setup-inv-message = Mensagem
setup-inv-email-hint = Deve conter {"{"}link{"}"}. Uma linha em branco começa um novo parágrafo; o link fica clicável.
setup-inv-sms-hint = Deve conter {"{"}link{"}"}. Um SMS comporta { $segment } caracteres (70 com acentos ou emoji); textos mais longos vão em várias partes, até { $max } caracteres. Só o link ocupa cerca de 90.
setup-inv-preview = Visualizar
setup-inv-preview-of-email = Visualização do e-mail
setup-inv-preview-of-sms = Visualização do SMS
setup-inv-preview-title = Visualização com valores de exemplo
setup-inv-sms-length = Com estes valores de exemplo, a mensagem tem { $chars } caracteres: { $parts } SMS.
setup-inv-send-test-to = Enviar teste para { $email }
setup-inv-test-sms-to = Enviar um SMS de teste para
setup-inv-test-sms-hint = Com o código do país, como +15550100000.
setup-inv-send-test = Enviar teste
setup-inv-test-hint = Um teste envia o texto salvo com valores de exemplo.
setup-inv-validity = Validade do convite
setup-inv-validity-before = Os links de ativação enviados por { $org } funcionam por
setup-inv-days =
    { $count ->
        [1] { $count } dia
       *[other] { $count } dias
    }
setup-inv-valid-for = Válido por (dias)
setup-inv-valid-hint = De 1 a 365. Os links já enviados mantêm o vencimento.
setup-inv-ttl-default = Padrão ({ $days } dias)
setup-inv-inherit-parent = Igual à organização principal
setup-inv-inherit-default = Usar o padrão ({ $days } dias)
setup-inv-what-email = Modelo de e-mail ({ $language })
setup-inv-what-sms = Modelo de SMS ({ $language })
setup-inv-saved = { $what } salvo. As contas de { $org } e das suas suborganizações sem texto próprio o recebem.
setup-inv-no-own-text = { $what }: { $org } não tem texto próprio.
setup-inv-reset-done = { $what }: { $org } volta a usar o texto herdado.
setup-inv-reset-none = { $what }: { $org } não tinha texto próprio.
setup-inv-test-sent-email = E-mail de teste enviado para { $to }, com valores de exemplo; o link não leva a lugar nenhum.
setup-inv-test-sent-sms = SMS de teste enviado para { $to }, com valores de exemplo; o link não leva a lugar nenhum.
setup-inv-valid-days =
    { $days ->
        [1] Os links de convite enviados a partir de agora valem por 1 dia.
       *[other] Os links de convite enviados a partir de agora valem por { $days } dias.
    }
setup-inv-validity-inherited = Validade do convite: a configuração herdada volta a valer.
setup-inv-reset-title = Usar o texto herdado
setup-inv-reset-heading = Usar o texto herdado?
setup-inv-reset-confirm = Remover nosso texto próprio
setup-inv-reset-body = O { $what } que { $org } escreveu será removido. Os convites de { $org }, e das suas suborganizações sem texto próprio, passarão a usar { $from }:
setup-inv-from-ancestor = o texto de { $org }
setup-inv-from-builtin = o texto padrão do sistema
setup-inv-unknown =
    { $count ->
        [1] Marcador desconhecido: { $list }. Use apenas { $known }, ou remova-o.
       *[other] Marcadores desconhecidos: { $list }. Use apenas { $known }, ou remova-os.
    }
setup-inv-write-message = Escreva a mensagem.
setup-inv-needs-link = A mensagem deve conter {"{"}link{"}"}: sem ele, a conta não pode ser ativada.
setup-inv-body-too-long = A mensagem tem no máximo { $max } caracteres.
setup-inv-write-subject = Escreva um assunto.
setup-inv-link-in-subject = Coloque {"{"}link{"}"} na mensagem, não no assunto.
setup-inv-subject-too-long = O assunto tem no máximo { $max } caracteres.
setup-inv-days-invalid = Digite um número inteiro de dias entre 1 e 365.
setup-inv-test-number = Digite o número para o qual enviar o SMS de teste.
setup-inv-no-email = Não é possível enviar e-mail para { $to }.
