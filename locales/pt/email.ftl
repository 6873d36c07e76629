# Os e-mails aos administradores, no idioma do destinatário.

email-hello-name = Olá, { $name },
email-hello = Olá,
email-button-fallback = Se o botão não funcionar, copie este link no seu navegador:

email-admin-invitation-subject = Convite para administrar { $org } no Switchboard
email-admin-invitation-invited = { $inviter } convidou você para ser administrador de { $org } no Switchboard.
email-admin-invitation-button = Definir minha senha
email-admin-invitation-start = Defina sua senha para começar:
email-admin-invitation-validity = Este link é válido por { $days } { $days ->
    [1] dia
   *[other] dias
} e só pode ser usado uma vez. Se ele tiver expirado, peça a { $inviter } que reenvie o convite.
email-admin-invitation-ignore = Se você não esperava este convite, pode ignorar este e-mail.

email-api-invitation-subject = Configure a credencial de API de { $name } em { $org }
email-api-invitation-created = { $inviter } criou o usuário de API { $name } de { $org } no Switchboard para a aplicação { $application }.
email-api-invitation-button = Definir a credencial de API
email-api-invitation-here = Defina a credencial de API aqui:
email-api-invitation-validity = Este link é válido por { $days } { $days ->
    [1] dia
   *[other] dias
} e só pode ser usado uma vez. A credencial serve apenas para a API do Switchboard; não permite entrar no portal.
email-api-invitation-ignore = Se você não esperava esta mensagem, pode ignorá-la.

email-reset-subject = Redefina sua senha do Switchboard
email-reset-asked = Alguém (esperamos que você) pediu para redefinir a senha da sua conta de administrador do Switchboard.
email-reset-button = Escolher uma nova senha
email-reset-here = Escolha uma nova senha aqui:
email-reset-validity = Este link é válido por { $hours } { $hours ->
    [1] hora
   *[other] horas
} e só pode ser usado uma vez. Se não foi você que pediu, pode ignorar este e-mail: sua senha continua a mesma.

email-code-subject = Seu código de acesso ao Switchboard: { $code }
email-code-is = Seu código para entrar no Switchboard é { $code }. Ele vale por { $minutes } minutos e uma única vez.
email-code-not-you = Se não foi você que tentou entrar, alguém sabe a sua senha: altere-a já.

email-changed-subject = { $backup ->
    [yes] O e-mail de recuperação da sua conta do Switchboard foi alterado
   *[no] O e-mail de acesso da sua conta do Switchboard foi alterado
}
email-changed-what = { $backup ->
    [yes] O e-mail de recuperação
   *[no] O e-mail de acesso
} da sua conta de administrador do Switchboard foi alterado em { $when }.
email-changed-what-by = { $backup ->
    [yes] O e-mail de recuperação
   *[no] O e-mail de acesso
} da sua conta de administrador do Switchboard foi alterado em { $when } (alterado por { $by }).
email-changed-now = A partir de agora você entra com { $address }. Este endereço não recebe mais mensagens sobre a conta.
email-changed-backup-removed = O e-mail de recuperação foi removido: os links para redefinir a senha irão só para o seu e-mail de acesso.
email-changed-backup-set = Os links para redefinir a senha irão também para { $address }.
email-changed-contact = Se você não esperava esta alteração, fale com um administrador da sua organização.
email-changed-if-you = Se foi você, não precisa fazer mais nada. Se não foi, alguém pode estar usando a sua conta: peça já a um administrador da sua organização que a suspenda e redefina a sua senha.
