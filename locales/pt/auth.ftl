# Páginas sem sessão: entrada, código, senha esquecida, primeira
# configuração, convites e ativação de contas.

auth-sign-in = Entrar
auth-password = Senha
auth-confirm-password = Confirme a senha
auth-password-hint = Pelo menos 12 caracteres.
auth-login-refused = E-mail ou senha incorretos.
auth-login-suspended = Acesso suspenso. Entre em contato com seu administrador.
auth-account-suspended = Conta suspensa. Entre em contato com seu administrador.
auth-signed-out = Você saiu.
auth-sign-in-again = Entre novamente.
auth-back-to-sign-in = Voltar para a entrada
auth-sign-in-as-someone-else = Entrar como outra pessoa
auth-continue = Continuar
auth-no-email-to = Não é possível enviar e-mail para { $address }.

auth-code = Código
auth-verify = Verificar
auth-code-hint-email = Enviamos um código de 6 dígitos para o seu e-mail de acesso. Ele vale por { $minutes } minutos. Não recebeu o e-mail? Informe um dos seus códigos de recuperação ou entre novamente para receber um novo código.
auth-code-hint-app = O código de 6 dígitos que seu aplicativo autenticador mostra agora. Perdeu o celular? Informe um dos seus códigos de recuperação.
auth-code-incorrect = Código incorreto.
auth-code-replayed = Esse código já foi usado. Aguarde o aplicativo mostrar o próximo.
auth-recovery-code-used = Você entrou com um código de recuperação. { $count ->
    [0] Não restam códigos de recuperação: configure de novo a autenticação em dois fatores em Meu perfil para obter novos.
    [one] Resta { $count } código de recuperação.
   *[other] Restam { $count } códigos de recuperação.
}
auth-mfa-required = Sua organização exige a autenticação em dois fatores. Configure um aplicativo autenticador para continuar.
auth-no-smartphone = Não tem smartphone?
auth-mfa-email-instead = Enviar um código por e-mail a cada acesso

auth-forgot-title = Esqueceu sua senha?
auth-forgot-intro = Informe o e-mail com que você entra. Enviaremos para ele e para o seu e-mail de recuperação um link para redefinir a senha.
auth-forgot-send = Enviar o link
auth-reset-sent-title = Verifique seu e-mail
auth-reset-sent = Se existir um administrador com esse e-mail, enviamos um link para redefinir a senha. O link vale por { $validity }.
auth-validity-hours = { $count ->
    [one] { $count } hora
   *[other] { $count } horas
}
auth-validity-minutes = { $count ->
    [one] { $count } minuto
   *[other] { $count } minutos
}
auth-reset-title = Redefina sua senha
auth-reset-intro = Escolha uma nova senha. Todas as sessões abertas com a senha antiga são encerradas. O link funciona uma única vez.
auth-reset-button = Redefinir a senha
auth-reset-done = Sua senha foi redefinida. Entre com a nova senha.
auth-reset-link-dead-title = Este link de redefinição de senha não é mais válido
auth-reset-link-dead = Ele já foi usado, foi substituído por um link mais recente ou expirou. Peça um novo link na página de entrada (“Esqueceu sua senha?”).

auth-setup-title = Criar o primeiro administrador
auth-setup-intro-before = Esta conta será a do Superadministrador corporativo de
auth-setup-intro-after = . O link funciona uma única vez.
auth-setup-button = Criar o administrador
auth-setup-done = Sua conta de administrador está pronta. Entre com seu e-mail e sua senha.
auth-setup-link-dead-title = Este link de configuração não é mais válido
auth-setup-link-dead = O primeiro administrador já foi criado ou o link expirou. Entre, ou reinicie o portal para gerar um novo link se ainda não existir nenhum administrador.

auth-invite-title = Defina sua senha
auth-external-application = Aplicativo externo
auth-invite-api-intro = Esta é a credencial de um usuário de API: ela serve apenas para a API do Switchboard. Usuários de API não podem entrar no portal.
auth-invite-intro = Escolha a senha com que você vai entrar. O link funciona uma única vez.
auth-invite-button = Definir a senha
auth-invite-done = Sua senha foi definida. Entre com seu e-mail e sua senha.
auth-invite-link-dead-title = Este link de convite não é mais válido
auth-invite-link-dead = Ele já foi usado, foi substituído por um convite mais recente ou expirou. Peça ao seu administrador que envie um novo convite.
auth-api-credential-set-title = Credencial de API definida
auth-api-credential-of = A credencial de API de
auth-api-credential-for = para
auth-api-credential-is-set = foi definida. Use este e-mail e a senha que você escolheu com a API do Switchboard.
auth-api-users-no-portal = Usuários de API não podem entrar no portal.

auth-activate-title = Ative sua conta
auth-activate-lead = { $org } configurou o { $application } para você.
auth-activate-device-number = Número do dispositivo
auth-activate-your-number = Seu número
auth-activate-no-number = Nenhum número está livre para você no momento. Peça ao seu administrador que adicione números e abra este link novamente.
auth-activate-number-ready = Seu número está pronto. Ative sua conta para começar a usá-lo.
auth-activate-choose-number = Escolha seu número
auth-activate-button = Ativar minha conta
auth-activate-link-until = Este link funciona uma única vez, até { $expires } ({ $zone }).
auth-activate-taken = Esse número acabou de ser escolhido; escolha outro.
auth-activate-choose = Escolha seu número.
auth-activate-done-title = Sua conta está ativa
auth-activate-welcome = Boas-vindas, { $name }. Seu número é
auth-activate-sign-in-as = Entre como
auth-activate-open-app = Abra o { $application } no seu celular e entre com { $username }. Você pode fechar esta página.
auth-activate-unknown-title = Este link de ativação não é válido
auth-activate-unknown = O link pode estar incompleto, digitado errado ou desatualizado. Abra o link do seu convite mais recente ou peça ao seu administrador que envie um novo convite.
auth-activate-expired-title = Este link de ativação expirou
auth-activate-expired = Os links de convite valem por um tempo limitado. Peça ao seu administrador que envie um novo convite.
auth-activate-used-title = Esta conta já está ativada
auth-activate-used = Este link já foi usado para ativar a conta e funciona uma única vez. Abra o aplicativo e entre.
auth-activate-replaced-title = Este link de ativação foi substituído
auth-activate-replaced = Um convite mais recente foi enviado depois deste, ou a conta foi alterada. Use o link do seu convite mais recente ou peça ao seu administrador que envie um novo.

auth-upload-too-large = O arquivo tem mais de { $size } MiB, o máximo que pode ser enviado de uma vez. Nada foi importado: divida-o em arquivos menores e envie cada um.
