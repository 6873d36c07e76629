# Mi perfil: perfil, contraseña, correos, autenticación en dos pasos, sesiones.

me-profile-heading = Perfil
me-time-zone = Zona horaria
me-time-zone-org = La de la organización
me-time-zone-hint = Las páginas muestran las horas en esta zona.
me-profile-saved = Su perfil se guardó.

me-password-heading = Contraseña
me-current-password = Contraseña actual
me-new-password = Nueva contraseña
me-new-password-hint = Al menos 12 caracteres; ni una contraseña común ni una formada con su nombre o correo electrónico.
me-confirm-new-password = Confirme la nueva contraseña
me-change-password = Cambiar la contraseña
me-change-password-hint = Se cierran sus otras sesiones; esta se mantiene.
me-current-password-empty = Introduzca su contraseña actual.
me-current-password-wrong = La contraseña actual no es correcta.
me-password-same = Elija una contraseña distinta de la actual.
me-password-changed = Su contraseña se cambió.
me-password-changed-others = Su contraseña se cambió. { $others }
me-password-changed-meanwhile = Su contraseña se cambió mientras tanto. Inicie sesión de nuevo y vuelva a intentarlo.

me-email-heading = Correo de inicio de sesión
me-email-current-before = Usted inicia sesión con
me-new-email = Nuevo correo electrónico
me-new-email-hint = Avisaremos del cambio a su dirección actual.
me-change-email = Cambiar el correo electrónico
me-email-already-yours = Este ya es su correo de inicio de sesión.
me-email-changed = Ahora inicia sesión con { $email }. Se envió un aviso a { $old }.

me-backup-heading = Correo de respaldo
me-backup-intro = Solo se usa para recuperar su cuenta: los enlaces para restablecer la contraseña también llegan aquí.
me-backup-hint-remove = Déjelo vacío para eliminarlo.
me-backup-hint-none = Opcional: ahora no tiene ninguno.
me-save-backup-email = Guardar el correo de respaldo
me-backup-same-as-email = Use una dirección distinta de su correo de inicio de sesión.
me-backup-changed = Su correo de respaldo ahora es { $backup }. Se envió un aviso a { $email }.
me-backup-removed = Se eliminó su correo de respaldo. Se envió un aviso a { $email }.

me-mfa-heading = Autenticación en dos pasos
me-mfa-on = Activada.
me-mfa-on-text = El inicio de sesión pide un código después de su contraseña.
me-mfa-on-hint = ¿Perdió su teléfono? Inicie sesión con un código de recuperación o pida a un administrador que la restablezca.
me-mfa-off = Desactivada.
me-mfa-off-text = Añada a su contraseña un código de una aplicación de su teléfono, para que una contraseña robada no baste.
me-mfa-set-up-app = Configurar la aplicación de autenticación
me-mfa-email-summary = ¿No tiene smartphone? Reciba en cambio un código por correo electrónico en cada inicio de sesión
me-mfa-email-button = Enviarme los códigos por correo electrónico
me-mfa-already-on = La autenticación en dos pasos ya está activada.
me-mfa-setup-expired = Esa configuración caducó. Escanee el nuevo código QR.
me-mfa-code-wrong = Ese código no es correcto. Introduzca el código de 6 dígitos que muestra ahora su aplicación.
me-mfa-qr-label = Código QR para su aplicación de autenticación
me-mfa-set-up-title = Configurar la autenticación en dos pasos
me-mfa-set-up-lead = Después de su contraseña, el inicio de sesión pedirá un código de una aplicación de su teléfono.
me-mfa-step-open-app = Abra su aplicación de autenticación (Google Authenticator, Microsoft Authenticator, 1Password, …) y añada una cuenta.
me-mfa-step-scan = Escanee este código QR o introduzca a mano la clave de abajo.
me-mfa-step-enter = Introduzca el código de 6 dígitos que muestra la aplicación.
me-mfa-key = Clave
me-mfa-key-kind = (basada en el tiempo, 6 dígitos)
me-mfa-code-from-app = Código de la aplicación
me-mfa-code-changes = Cambia cada 30 segundos.
me-mfa-turn-on = Activar
me-mfa-is-on = La autenticación en dos pasos está activada
me-mfa-codes-title = Códigos de recuperación
me-mfa-codes-save = Guarde ahora estos códigos de recuperación.
me-mfa-codes-once = Se muestran una sola vez. Cada uno le permite iniciar sesión una vez si pierde su teléfono.
me-back-to-profile = Volver a Mi perfil

me-sessions-heading = Sesiones
me-sessions-sign-out-others = Cerrar sesión en todos los demás lugares
me-sessions-hint = Dónde tiene la sesión iniciada ahora. Cierre una sesión que no reconozca y luego cambie su contraseña.
me-sessions-browser = Navegador
me-sessions-address = Dirección
me-sessions-signed-in = Inicio de sesión
me-sessions-last-seen = Última actividad
me-sessions-action = Acción
me-sessions-this-browser = Este navegador
me-sessions-sign-out = Cerrar sesión
me-sessions-sign-out-label = Cerrar la sesión de { $browser } en { $address }
me-sessions-unknown-address = Desconocida
me-session-signed-out = Se cerró la sesión.
me-session-is-this-one = Esa es esta sesión: use Cerrar sesión en la parte superior de la página.
me-sessions-none-else = No tenía la sesión iniciada en ningún otro lugar.
me-sessions-others-signed-out = { $count ->
    [one] Se cerró su otra sesión.
   *[other] Se cerraron sus otras { $count } sesiones.
}
me-browser-unknown = Navegador desconocido
me-browser-on = { $browser } en { $system }
me-browser-unnamed-on = Un navegador en { $system }

