# Páginas sin sesión: inicio de sesión, código, contraseña olvidada,
# primera configuración, invitaciones y activación de cuentas.

auth-sign-in = Iniciar sesión
auth-password = Contraseña
auth-confirm-password = Confirme la contraseña
auth-password-hint = Al menos 12 caracteres.
auth-login-refused = Correo electrónico o contraseña incorrectos.
auth-login-suspended = Inicio de sesión suspendido. Póngase en contacto con su administrador.
auth-account-suspended = Cuenta suspendida. Póngase en contacto con su administrador.
auth-signed-out = Cerró la sesión.
auth-sign-in-again = Inicie sesión de nuevo.
auth-back-to-sign-in = Volver a iniciar sesión
auth-sign-in-as-someone-else = Iniciar sesión como otra persona
auth-continue = Continuar
auth-no-email-to = No se puede enviar ningún correo electrónico a { $address }.

auth-code = Código
auth-verify = Verificar
auth-code-hint-email = Enviamos un código de 6 dígitos a su correo de inicio de sesión. Es válido durante { $minutes } minutos. ¿No llegó el correo? Introduzca en su lugar uno de sus códigos de recuperación o vuelva a iniciar sesión para recibir un código nuevo.
auth-code-hint-app = El código de 6 dígitos que muestra ahora su aplicación de autenticación. ¿Perdió su teléfono? Introduzca en su lugar uno de sus códigos de recuperación.
auth-code-incorrect = Código incorrecto.
auth-code-replayed = Ese código ya se usó. Espere a que su aplicación muestre el siguiente.
auth-recovery-code-used = Inició sesión con un código de recuperación. { $count ->
    [0] No le quedan códigos de recuperación: vuelva a configurar la autenticación en dos pasos desde Mi perfil para obtener otros nuevos.
    [one] Le queda { $count } código de recuperación.
   *[other] Le quedan { $count } códigos de recuperación.
}
auth-mfa-required = Su organización exige la autenticación en dos pasos. Configure una aplicación de autenticación para continuar.
auth-no-smartphone = ¿No tiene smartphone?
auth-mfa-email-instead = Enviarme en cambio un código por correo electrónico en cada inicio de sesión

auth-forgot-title = ¿Olvidó su contraseña?
auth-forgot-intro = Introduzca el correo electrónico con el que inicia sesión. Enviaremos a esa dirección y a su correo de respaldo un enlace para restablecer la contraseña.
auth-forgot-send = Enviar el enlace
auth-reset-sent-title = Revise su correo electrónico
auth-reset-sent = Si existe un administrador con ese correo electrónico, le enviamos un enlace para restablecer la contraseña. El enlace es válido durante { $validity }.
auth-validity-hours = { $count ->
    [one] { $count } hora
   *[other] { $count } horas
}
auth-validity-minutes = { $count ->
    [one] { $count } minuto
   *[other] { $count } minutos
}
auth-reset-title = Restablezca su contraseña
auth-reset-intro = Elija una nueva contraseña. Se cierran todas las sesiones iniciadas con la anterior. El enlace funciona una sola vez.
auth-reset-button = Restablecer la contraseña
auth-reset-done = Su contraseña se restableció. Inicie sesión con su nueva contraseña.
auth-reset-link-dead-title = Este enlace para restablecer la contraseña ya no es válido
auth-reset-link-dead = Ya se usó, se reemplazó por un enlace más reciente o caducó. Pida un enlace nuevo en la página de inicio de sesión («¿Olvidó su contraseña?»).

auth-setup-title = Crear el primer administrador
auth-setup-intro-before = Esta cuenta será la del Superadministrador empresarial de
auth-setup-intro-after = . El enlace funciona una sola vez.
auth-setup-button = Crear el administrador
auth-setup-done = Su cuenta de administrador está lista. Inicie sesión con su correo electrónico y su contraseña.
auth-setup-link-dead-title = Este enlace de configuración ya no es válido
auth-setup-link-dead = El primer administrador ya se creó o el enlace caducó. Inicie sesión, o reinicie el portal para obtener un enlace nuevo si todavía no existe ningún administrador.

auth-invite-title = Defina su contraseña
auth-external-application = Aplicación externa
auth-invite-api-intro = Esta es la credencial de un usuario de API: solo sirve para la API de Switchboard. Los usuarios de API no pueden iniciar sesión en el portal.
auth-invite-intro = Elija la contraseña con la que iniciará sesión. El enlace funciona una sola vez.
auth-invite-button = Definir la contraseña
auth-invite-done = Su contraseña quedó definida. Inicie sesión con su correo electrónico y su contraseña.
auth-invite-link-dead-title = Este enlace de invitación ya no es válido
auth-invite-link-dead = Ya se usó, se reemplazó por una invitación más reciente o caducó. Pida a su administrador que le envíe una nueva invitación.
auth-api-credential-set-title = Credencial de API definida
auth-api-credential-of = La credencial de API de
auth-api-credential-for = para
auth-api-credential-is-set = quedó definida. Use este correo electrónico y la contraseña que eligió con la API de Switchboard.
auth-api-users-no-portal = Los usuarios de API no pueden iniciar sesión en el portal.

auth-activate-title = Active su cuenta
auth-activate-lead = { $org } configuró { $application } para usted.
auth-activate-device-number = Número del dispositivo
auth-activate-your-number = Su número
auth-activate-no-number = Ahora mismo no hay ningún número libre para usted. Pida a su administrador que añada números y vuelva a abrir este enlace.
auth-activate-number-ready = Su número está listo. Active su cuenta para empezar a usarlo.
auth-activate-choose-number = Elija su número
auth-activate-button = Activar mi cuenta
auth-activate-link-until = Este enlace funciona una sola vez, hasta el { $expires } ({ $zone }).
auth-activate-taken = Ese número se acaba de asignar; elija otro.
auth-activate-choose = Elija su número.
auth-activate-done-title = Su cuenta está activa
auth-activate-welcome = Le damos la bienvenida, { $name }. Su número es
auth-activate-sign-in-as = Inicie sesión como
auth-activate-open-app = Abra { $application } en su teléfono e inicie sesión con { $username }. Puede cerrar esta página.
auth-activate-unknown-title = Este enlace de activación no es válido
auth-activate-unknown = Es posible que el enlace esté incompleto, mal escrito o desactualizado. Abra el enlace de su invitación más reciente o pida a su administrador que le envíe una nueva invitación.
auth-activate-expired-title = Este enlace de activación caducó
auth-activate-expired = Los enlaces de invitación son válidos durante un tiempo limitado. Pida a su administrador que le envíe una nueva invitación.
auth-activate-used-title = Esta cuenta ya está activada
auth-activate-used = Este enlace ya se usó para activar la cuenta y funciona una sola vez. Abra la aplicación e inicie sesión.
auth-activate-replaced-title = Este enlace de activación fue reemplazado
auth-activate-replaced = Se envió una invitación más reciente después de esta o se modificó la cuenta. Use el enlace de su invitación más reciente o pida a su administrador que le envíe una nueva.

auth-upload-too-large = El archivo supera los { $size } MiB, el máximo que se puede subir de una vez. No se importó nada: divídalo en archivos más pequeños y suba cada uno.
