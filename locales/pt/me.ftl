# Meu perfil: perfil, senha, e-mails, autenticação em dois fatores, sessões.

me-profile-heading = Perfil
me-time-zone = Fuso horário
me-time-zone-org = O da organização
me-time-zone-hint = As páginas mostram os horários neste fuso.
me-profile-saved = Seu perfil foi salvo.

me-password-heading = Senha
me-current-password = Senha atual
me-new-password = Nova senha
me-new-password-hint = Pelo menos 12 caracteres; nem uma senha comum, nem uma feita com seu nome ou e-mail.
me-confirm-new-password = Confirme a nova senha
me-change-password = Alterar a senha
me-change-password-hint = Suas outras sessões são encerradas; esta continua.
me-current-password-empty = Informe sua senha atual.
me-current-password-wrong = A senha atual não está correta.
me-password-same = Escolha uma senha diferente da atual.
me-password-changed = Sua senha foi alterada.
me-password-changed-others = Sua senha foi alterada. { $others }
me-password-changed-meanwhile = Sua senha foi alterada nesse meio-tempo. Entre novamente e tente de novo.

me-email-heading = E-mail de acesso
me-email-current-before = Você entra com
me-new-email = Novo e-mail
me-new-email-hint = Avisaremos seu endereço atual sobre a alteração.
me-change-email = Alterar o e-mail
me-email-already-yours = Este já é o seu e-mail de acesso.
me-email-changed = Agora você entra com { $email }. Um aviso foi enviado para { $old }.

me-backup-heading = E-mail de recuperação
me-backup-intro = Usado apenas para recuperar sua conta: os links de redefinição de senha também são enviados para ele.
me-backup-hint-remove = Deixe em branco para removê-lo.
me-backup-hint-none = Opcional: você não tem nenhum agora.
me-save-backup-email = Salvar o e-mail de recuperação
me-backup-same-as-email = Use um endereço diferente do seu e-mail de acesso.
me-backup-changed = Seu e-mail de recuperação agora é { $backup }. Um aviso foi enviado para { $email }.
me-backup-removed = Seu e-mail de recuperação foi removido. Um aviso foi enviado para { $email }.

me-mfa-heading = Autenticação em dois fatores
me-mfa-on = Ativada.
me-mfa-on-text = O acesso pede um código depois da sua senha.
me-mfa-on-hint = Perdeu o celular? Entre com um código de recuperação ou peça a um administrador que a redefina.
me-mfa-off = Desativada.
me-mfa-off-text = Acrescente à sua senha um código de um aplicativo do seu celular, para que uma senha roubada não baste.
me-mfa-set-up-app = Configurar o aplicativo autenticador
me-mfa-email-summary = Não tem smartphone? Receba um código por e-mail a cada acesso
me-mfa-email-button = Enviar os códigos por e-mail
me-mfa-already-on = A autenticação em dois fatores já está ativada.
me-mfa-setup-expired = Essa configuração expirou. Escaneie o novo código QR.
me-mfa-code-wrong = Esse código não está correto. Informe o código de 6 dígitos que seu aplicativo mostra agora.
me-mfa-qr-label = Código QR para o seu aplicativo autenticador
me-mfa-set-up-title = Configurar a autenticação em dois fatores
me-mfa-set-up-lead = Depois da sua senha, o acesso pedirá um código de um aplicativo do seu celular.
me-mfa-step-open-app = Abra seu aplicativo autenticador (Google Authenticator, Microsoft Authenticator, 1Password, …) e adicione uma conta.
me-mfa-step-scan = Escaneie este código QR ou digite a chave abaixo.
me-mfa-step-enter = Informe o código de 6 dígitos que o aplicativo mostra.
me-mfa-key = Chave
me-mfa-key-kind = (baseada em tempo, 6 dígitos)
me-mfa-code-from-app = Código do aplicativo
me-mfa-code-changes = Ele muda a cada 30 segundos.
me-mfa-turn-on = Ativar
me-mfa-is-on = A autenticação em dois fatores está ativada
me-mfa-codes-title = Códigos de recuperação
me-mfa-codes-save = Salve estes códigos de recuperação agora.
me-mfa-codes-once = Eles são mostrados uma única vez. Cada um permite entrar uma vez se você perder o celular.
me-back-to-profile = Voltar para Meu perfil

me-sessions-heading = Sessões
me-sessions-sign-out-others = Sair de todos os outros lugares
me-sessions-hint = Onde você está conectado agora. Encerre uma sessão que você não reconheça e depois altere sua senha.
me-sessions-browser = Navegador
me-sessions-address = Endereço
me-sessions-signed-in = Entrada
me-sessions-last-seen = Última atividade
me-sessions-action = Ação
me-sessions-this-browser = Este navegador
me-sessions-sign-out = Sair
me-sessions-sign-out-label = Encerrar a sessão de { $browser } em { $address }
me-sessions-unknown-address = Desconhecido
me-session-signed-out = A sessão foi encerrada.
me-session-is-this-one = Esta é a sessão atual: use Sair no alto da página.
me-sessions-none-else = Você não estava conectado em nenhum outro lugar.
me-sessions-others-signed-out = { $count ->
    [one] Sua outra sessão foi encerrada.
   *[other] Suas { $count } outras sessões foram encerradas.
}
me-browser-unknown = Navegador desconhecido
me-browser-on = { $browser } em { $system }
me-browser-unnamed-on = Um navegador em { $system }

