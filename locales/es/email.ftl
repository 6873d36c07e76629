# Los correos a los administradores, en el idioma del destinatario.

email-hello-name = Hola, { $name }:
email-hello = Hola:
email-button-fallback = Si el botón no funciona, copie este enlace en su navegador:

email-admin-invitation-subject = Invitación para administrar { $org } en Switchboard
email-admin-invitation-invited = { $inviter } le ha invitado a ser administrador de { $org } en Switchboard.
email-admin-invitation-button = Definir mi contraseña
email-admin-invitation-start = Defina su contraseña para empezar:
email-admin-invitation-validity = Este enlace es válido durante { $days } { $days ->
    [1] día
   *[other] días
} y solo puede usarse una vez. Si ha caducado, pida a { $inviter } que le reenvíe la invitación.
email-admin-invitation-ignore = Si no esperaba esta invitación, puede ignorar este correo.

email-api-invitation-subject = Configure la credencial de API de { $name } en { $org }
email-api-invitation-created = { $inviter } ha creado el usuario de API { $name } de { $org } en Switchboard para la aplicación { $application }.
email-api-invitation-button = Definir la credencial de API
email-api-invitation-here = Defina su credencial de API aquí:
email-api-invitation-validity = Este enlace es válido durante { $days } { $days ->
    [1] día
   *[other] días
} y solo puede usarse una vez. La credencial sirve solo para la API de Switchboard; no permite iniciar sesión en el portal.
email-api-invitation-ignore = Si no esperaba este mensaje, puede ignorarlo.

email-reset-subject = Restablezca su contraseña de Switchboard
email-reset-asked = Alguien (esperamos que usted) ha pedido restablecer la contraseña de su cuenta de administrador de Switchboard.
email-reset-button = Elegir una nueva contraseña
email-reset-here = Elija una nueva contraseña aquí:
email-reset-validity = Este enlace es válido durante { $hours } { $hours ->
    [1] hora
   *[other] horas
} y solo puede usarse una vez. Si no lo ha pedido usted, puede ignorar este correo: su contraseña no cambia.

email-code-subject = Su código de inicio de sesión de Switchboard: { $code }
email-code-is = Su código para iniciar sesión en Switchboard es { $code }. Es válido durante { $minutes } minutos y solo una vez.
email-code-not-you = Si no ha intentado iniciar sesión, alguien conoce su contraseña: cámbiela enseguida.

email-changed-subject = { $backup ->
    [yes] Se ha cambiado el correo de respaldo de su cuenta de Switchboard
   *[no] Se ha cambiado el correo de inicio de sesión de su cuenta de Switchboard
}
email-changed-what = { $backup ->
    [yes] El correo de respaldo
   *[no] El correo de inicio de sesión
} de su cuenta de administrador de Switchboard se cambió el { $when }.
email-changed-what-by = { $backup ->
    [yes] El correo de respaldo
   *[no] El correo de inicio de sesión
} de su cuenta de administrador de Switchboard se cambió el { $when } (lo cambió { $by }).
email-changed-now = A partir de ahora inicia sesión con { $address }. Esta dirección ya no recibirá mensajes sobre la cuenta.
email-changed-backup-removed = Se ha quitado el correo de respaldo: los enlaces para restablecer la contraseña solo irán a su correo de inicio de sesión.
email-changed-backup-set = Los enlaces para restablecer la contraseña irán también a { $address }.
email-changed-contact = Si no esperaba este cambio, póngase en contacto con un administrador de su organización.
email-changed-if-you = Si lo ha hecho usted, no tiene que hacer nada más. Si no, alguien puede estar usando su cuenta: pida enseguida a un administrador de su organización que la suspenda y restablezca su contraseña.
