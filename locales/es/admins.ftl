# Administrators and API users: the list, the record and its form,
# deleting, unlocking, resetting two-factor authentication, and Re-invite.


# The administrators list.
admins-list-title = Administradores
admins-tab-administrator = Administrador
admins-filter-name-email = Nombre / correo electrónico
admins-filter-all-roles = Todos los roles
admins-filter-all-statuses = Todos los estados
admins-add-api-user-button = + Agregar usuario de API
admins-add-admin-button = + Agregar nuevo administrador
admins-list-empty = Ningún administrador coincide.
admins-select-all = Seleccionar todos los administradores de la lista filtrada
admins-select-one = Seleccionar a { $name }
admins-col-last-sign-in = Último inicio de sesión
admins-locked = Bloqueado
admins-locked-title = En espera tras contraseñas incorrectas
admins-api-user = Usuario de API

# Statuses.
admins-status-invited = Invitado
admins-status-active = Activo
admins-status-login-suspended = Inicio de sesión suspendido
admins-status-account-suspended = Cuenta suspendida
admins-status-unknown = Desconocido

# Add / Edit Administrator and API User.
admins-title-add-admin = Agregar nuevo administrador
admins-title-add-api-user = Agregar usuario de API
admins-title-edit-admin = Editar administrador
admins-title-edit-api-user = Editar usuario de API
admins-locked-after =
    { $count ->
        [one] Tras { $count } contraseña incorrecta, el inicio de sesión queda en espera hasta el { $until }.
       *[other] Tras { $count } contraseñas incorrectas seguidas, el inicio de sesión queda en espera hasta el { $until }.
    }
admins-unlock = Desbloquear
admins-mfa-on = Autenticación de dos factores: activada
admins-mfa-reset = Restablecer
admins-personal-details = Datos personales
admins-backup-email = Correo electrónico alternativo
admins-backup-email-hint = Opcional. Solo se usa para recuperar la cuenta.
admins-access = Acceso
admins-external-applications = Aplicaciones externas
admins-custom-application-option = Aplicación personalizada…
admins-custom-application-name = Nombre de la aplicación personalizada
admins-custom-application-hint = Solo si eligió Aplicación personalizada.
admins-choose-role = Elija un rol
admins-suspension = Suspensión
admins-login-suspended-hint = No puede iniciar sesión en el portal hasta que se desmarque la casilla; el registro, el rol y la configuración se mantienen. Para una pausa, p. ej., mientras se revisa algo.
admins-account-suspended-hint = Se suspende toda la cuenta del administrador, p. ej., cuando la persona se ha ido: no puede iniciar sesión ni recibir nuevas invitaciones hasta que se levante. Si ambas casillas están marcadas, se aplica esta.
admins-suspension-hint = Cualquiera de las dos cierra de inmediato todas las sesiones del administrador y detiene sus correos de alerta.

# Form errors and messages.
admins-choose-application = Elija una aplicación externa o escriba el nombre de su aplicación personalizada (60 caracteres como máximo).
admins-choose-organization = Elija una organización.
admins-choose-role-error = Elija un rol.
admins-email-taken = Ya existe un administrador con este correo electrónico.
admins-form-mismatch = El formulario no corresponde a este registro.
admins-own-email-on-profile = Cambie su propio correo electrónico y su correo alternativo en Mi perfil, donde se le pide su contraseña actual.
admins-cannot-suspend-self = No puede suspenderse a sí mismo.
admins-last-super-admin = { $name } es el último Enterprise Super Administrator activo de la organización principal y no se puede eliminar, suspender ni cambiar de rol.
admins-added-admin = Se agregó al administrador { $name } y se envió una invitación a { $email }.
admins-added-api-user = Se agregó al usuario de API { $name } y se envió una invitación a { $email }.
admins-saved = Se guardó { $name }.
admins-saved-invitation-resent = Se guardó { $name }. El correo electrónico cambió, así que la invitación se envió de nuevo a { $email }; el enlace anterior ya no funciona.

# Unlock and two-factor reset.
admins-unlocked = { $name } se desbloqueó y puede volver a iniciar sesión.
admins-not-locked = { $name } no está bloqueado.
admins-mfa-reset-title = Restablecer la autenticación de dos factores de { $name }
admins-mfa-reset-heading = ¿Restablecer la autenticación de dos factores de { $name }?
admins-mfa-reset-confirm = Sí, restablecer
admins-mfa-reset-explained = Ya no se le pedirá a { $email } un código de su aplicación de autenticación, y sus códigos de recuperación dejarán de funcionar. Se cerrarán todas sus sesiones. Si su organización exige la autenticación de dos factores, deberá configurarla de nuevo en su próximo inicio de sesión.
admins-mfa-was-reset = Se restableció la autenticación de dos factores de { $name } y se cerraron sus sesiones.
admins-mfa-not-used = { $name } no usa la autenticación de dos factores.

# Deleting an administrator.
admins-delete-title = Eliminar a { $name }
admins-delete-heading = ¿Eliminar a { $name }?
admins-back-to = Volver a { $name }
admins-delete-confirm = Sí, eliminar
admins-delete-integration-confirm = Entiendo que la integración fallará
admins-delete-question = ¿Está seguro de que desea eliminar a { $email }? Ya no podrá iniciar sesión, sus sesiones se cerrarán de inmediato y su invitación pendiente dejará de funcionar. Esta acción no se puede deshacer.
admins-integration-warning = '{ $name }' se usa para conectarse a '{ $app }'. Si elimina este usuario, la integración con '{ $app }' fallará.
admins-cannot-delete-self = No puede eliminarse a sí mismo.
admins-deleted = Se eliminó a { $name }.

# Re-invite.
admins-reinvite-title = Reenviar invitación
admins-reinvite-all-title = ¿Reenviar la invitación a todos los que coinciden con este filtro?
admins-reinvite-all-selected =
    { $count ->
        [one] Está seleccionado { $count } administrador que coincide con este filtro.
       *[other] Están seleccionados los { $count } administradores que coinciden con este filtro.
    }
admins-reinvite-all-explained = La casilla del encabezado selecciona a todos los administradores de la lista filtrada, no solo a los { $count } de esta página.
admins-reinvite-all-button = Reenviar la invitación a los { $count } administradores
admins-reinvite-page-button = Reenviar la invitación solo a los { $count } de esta página
admins-reinvite-active-title = ¿Reenviar la invitación a administradores activos?
admins-reinvite-active-intro = Estos administradores ya están activos. Reenviarles la invitación
admins-reinvite-active-strong = restablece su contraseña y cierra sus sesiones
admins-reinvite-active-outro = ; deberán definir una nueva contraseña desde el correo electrónico.
admins-reinvite-and-more = y { $count } más
admins-reinvite-including-active = Reenviar, incluidos los administradores activos
admins-reinvite-only-pending = Reenviar solo a los administradores pendientes
admins-reinvite-none = Seleccione los administradores a los que desea reenviar la invitación.
admins-reinvite-sent = Invitación enviada a { $name } ({ $email }).
admins-reinvite-too-many = Se pueden marcar como máximo { $max } administradores a la vez. Para reenviar la invitación a todos los de la lista, marque la casilla del encabezado y confirme "todos los administradores que coinciden con este filtro".
admins-form-unreadable = No se pudo leer el formulario.
