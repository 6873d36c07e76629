# Informes: índice, informes de operaciones por lotes, un lote, deshacer la
# importación, actividad de administradores y trabajos fallidos.

reports-title = Informes
reports-not-available = (aún no disponible)
reports-consumption-metrics = Métricas de consumo
reports-user-metrics = Métricas de usuarios
reports-administrators-activity = Actividad de administradores
reports-failed-jobs = Trabajos fallidos
reports-activities = Actividades
reports-call-recording = Grabación de llamadas
reports-message-logging = Registro de mensajes
reports-sms-opt-in = Consentimiento de SMS
reports-batch-operation-reports = Informes de operaciones por lotes

reports-operation-reinvite-administrators = Volver a invitar a administradores
reports-operation-resend-account-invites = Reenviar invitaciones de cuentas
reports-operation-edit-accounts = Cambiar permisos de usuario / funciones
reports-operation-delete-accounts = Eliminar cuentas
reports-operation-move-accounts = Mover cuentas
reports-operation-import-accounts = Importar cuentas
reports-state-running = En curso
reports-state-done = Terminado
reports-state-failed = Fallido
reports-state-unknown = Desconocido
reports-no-batches = Aún no hay operaciones por lotes.
reports-time = Hora
reports-administrator = Administrador
reports-operation = Operación
reports-file = Archivo
reports-total = Total
reports-succeeded = Correctas
reports-skipped = Omitidas
reports-failed = Fallidas
reports-state = Estado
reports-invitations-sent = { $sent ->
    [one] { $sent } invitación enviada
   *[other] { $sent } invitaciones enviadas
  }, { $skipped } omitidas
reports-invitations-failed = , { $failed } fallidas
reports-download-invitation-status = Descargar el estado de las invitaciones
reports-progress = { $percent }% — { $done } de { $total ->
    [one] { $total } fila
   *[other] { $total } filas
  } procesadas, { $failed } con errores hasta ahora.
reports-progress-hint = Se ejecuta en segundo plano: puede cerrar esta página y volver a ella desde Informes > Informes de operaciones por lotes.
reports-undone-on = Deshecho el { $at } por { $by }: { $count ->
    [one] { $count } cuenta eliminada
   *[other] { $count } cuentas eliminadas
  }.
reports-started = Inicio
reports-finished = Fin
reports-running-done = — { $done } de { $total } procesadas; esta página se actualiza hasta que termine.
reports-results = Resultados
reports-results-summary = { $total } en total: { $succeeded } correctas, { $skipped } omitidas, { $failed } fallidas
reports-download-report = Descargar el informe de operaciones por lotes
reports-undo-link = Deshacer esta importación
reports-no-results = No hay resultados registrados.
reports-result = Resultado
reports-message = Mensaje
reports-back-to-batches = Volver a Informes de operaciones por lotes
reports-result-added = Añadida
reports-result-added-invited = Añadida e invitada
reports-result-already-exists = Ya existe
reports-result-invalid = No válida
reports-result-sent = Enviada
reports-result-deleted = Eliminada
reports-result-moved = Movida
reports-result-changed = Cambiada
reports-result-skipped = Omitida
reports-result-failed = Fallida

reports-undo-title = ¿Deshacer esta importación?
reports-undo-lead = { $file }, iniciada por { $by }.
reports-undo-csv-import = Importación CSV
reports-undo-none-deleted = No se puede eliminar ninguna cuenta importada: todas se eliminaron después.
reports-undo-none-changed = No se puede eliminar ninguna cuenta importada: todas cambiaron después de la importación.
reports-undo-will-delete = Se { $count ->
    [one] eliminará { $count } cuenta añadida
   *[other] eliminarán { $count } cuentas añadidas
  } por esta importación. Sus números vuelven a estar disponibles y sus enlaces de invitación dejan de funcionar. Esta acción no se puede deshacer.
reports-undo-changed = { $count ->
    [one] { $count } cuenta cambió
   *[other] { $count } cuentas cambiaron
  } después de la importación y se { $count ->
    [one] conservará
   *[other] conservarán
  }:
reports-undo-gone = { $count ->
    [one] { $count } cuenta importada se eliminó
   *[other] { $count } cuentas importadas se eliminaron
  } después.
reports-undo-confirm = Eliminar { $count ->
    [one] { $count } cuenta
   *[other] { $count } cuentas
  }
reports-undo-remove-rest = Eliminar las otras { $count } y conservar las que cambiaron
reports-back-to-batch = Volver al lote
reports-undo-why-moved = movida a otra organización
reports-undo-why-activated = activada
reports-undo-why-suspended = suspendida
reports-undo-why-edited = editada o invitada de nuevo después de la importación
reports-undo-done = Importación deshecha: { $removed ->
    [one] { $removed } cuenta eliminada
   *[other] { $removed } cuentas eliminadas
  }.
reports-undo-done-kept = Importación deshecha: { $removed ->
    [one] { $removed } cuenta eliminada
   *[other] { $removed } cuentas eliminadas
  }; { $kept ->
    [one] { $kept } cuenta se conservó porque cambió después.
   *[other] { $kept } cuentas se conservaron porque cambiaron después.
  }

reports-from = Desde
reports-to = Hasta
reports-enter-date = Introduzca una fecha con el formato AAAA-MM-DD.
reports-action = Acción
reports-all-actions = Todas las acciones
reports-all-organizations = Todas las organizaciones
reports-times-in = Las fechas y horas están en { $zone }.
reports-no-activity-matches = Ninguna actividad coincide.
reports-no-activity = Aún no hay actividad.
reports-events = { $count ->
    [one] { $count } evento
   *[other] { $count } eventos
  }.
reports-events-match = { $count ->
    [one] { $count } evento coincide
   *[other] { $count } eventos coinciden
  }.
reports-events-more = Más de { $count } eventos.
reports-events-more-match = Más de { $count } eventos coinciden.
reports-target = Objetivo
reports-address = Dirección
reports-time-in = Hora ({ $zone })

reports-failed-jobs-hint = Trabajo que el portal abandonó (por ejemplo, un correo electrónico que el servidor de correo rechazó). Reintentar vuelve a poner el trabajo en cola.
reports-no-failed-jobs = No hay trabajos fallidos.
reports-job = Trabajo
reports-kind = Tipo
reports-for = Para
reports-attempts = Intentos
reports-last-error = Último error
reports-retry = Reintentar
reports-retry-job = Reintentar el trabajo { $id }
reports-job-queued = El trabajo { $id } se puso de nuevo en cola: { $what }.
reports-job-not-failed = El trabajo { $id } no ha fallado; no hay nada que reintentar.

reports-csv-result = resultado
reports-csv-message = mensaje
reports-csv-error = error
reports-failed-at = Falló

# Administrators Activity: the action labels (keys stored in audit_events.action).
reports-action-sign-in = Inició sesión
reports-action-sign-in-failed = Inicio de sesión fallido
reports-action-sign-out = Cerró sesión
reports-action-reauthentication-failed = Confirmación de contraseña fallida
reports-action-sessions-signed-out = Se cerraron las otras sesiones
reports-action-mfa-enrolled = Autenticación de dos factores configurada
reports-action-mfa-reset = Autenticación de dos factores restablecida
reports-action-mfa-recovery-code-used = Código de recuperación usado
reports-action-mfa-code-replayed = Código de inicio de sesión ya usado rechazado
reports-action-mfa-code-failed = Código de inicio de sesión fallido
reports-action-password-reset-requested = Restablecimiento de contraseña solicitado
reports-action-password-reset = Contraseña restablecida
reports-action-password-changed = Contraseña cambiada
reports-action-profile-updated = Perfil actualizado
reports-action-email-changed = Correo electrónico de inicio de sesión cambiado
reports-action-backup-email-changed = Correo electrónico de respaldo cambiado
reports-action-administrator-created = Administrador invitado
reports-action-administrator-reinvited = Administrador invitado de nuevo
reports-action-administrator-updated = Administrador actualizado
reports-action-administrator-deleted = Administrador eliminado
reports-action-administrator-unlocked = Administrador desbloqueado
reports-action-invitation-accepted = Invitación aceptada
reports-action-api-user-created = Usuario de API creado
reports-action-api-user-updated = Usuario de API actualizado
reports-action-api-user-deleted = Usuario de API eliminado
reports-action-role-created = Rol creado
reports-action-role-updated = Rol actualizado
reports-action-role-deleted = Rol eliminado
reports-action-suborg-created = Suborganización creada
reports-action-suborg-renamed = Suborganización renombrada
reports-action-suborg-deleted = Suborganización eliminada
reports-action-account-created = Cuenta creada
reports-action-account-invited = Cuenta invitada
reports-action-account-activated = Cuenta activada
reports-action-account-updated = Cuenta actualizada
reports-action-account-moved = Cuenta movida
reports-action-account-pin-reset = PIN de la cuenta restablecido
reports-action-account-deleted = Cuenta eliminada
reports-action-import-undone = Importación CSV deshecha
reports-action-numbers-added = Números añadidos
reports-action-number-updated = Número actualizado
reports-action-numbers-reserved = Números reservados
reports-action-numbers-made-available = Números puestos a disposición
reports-action-numbers-tagged = Números etiquetados
reports-action-numbers-deleted = Números eliminados
reports-action-numbers-allocated = Números asignados a una suborganización
reports-action-numbers-withdrawn = Números retirados a la organización principal
reports-action-user-permissions-created = Permisos de usuario creados
reports-action-user-permissions-updated = Permisos de usuario actualizados
reports-action-user-permissions-default = Permisos de usuario predeterminados cambiados
reports-action-user-permissions-deleted = Permisos de usuario eliminados
reports-action-feature-settings-changed = Configuración de funciones cambiada
reports-action-domain-restriction-changed = Restricción de dominio cambiada
reports-action-mfa-policy-changed = Autenticación de dos factores cambiada
reports-action-alerts-changed = Administración de alertas cambiada
reports-action-invitation-template-saved = Plantilla de invitación guardada
reports-action-invitation-template-reset = Plantilla de invitación restablecida
reports-action-invitation-template-test-sent = Invitación de prueba enviada
reports-action-invitation-validity-changed = Validez de la invitación cambiada
reports-action-job-retried = Trabajo fallido reintentado

reports-email-subject = Lote terminado: { $operation } — { $succeeded } correctas, { $skipped } omitidas, { $failed } fallidas
reports-email-subject-failed = (fallido)
reports-email-hello = Hola:
reports-email-hello-name = Hola, { $name }:
reports-email-finished-in = Terminó una operación masiva en { $org }.
reports-email-started-by = Iniciada por
reports-email-rows = Filas
reports-email-rows-summary = { $total }: { $succeeded } correctas, { $skipped } omitidas, { $failed } fallidas
reports-email-rows-text = { $total } ({ $succeeded } correctas, { $skipped } omitidas, { $failed } fallidas)
reports-email-open = Abrir el informe de operaciones por lotes
reports-email-fallback = Si el botón no funciona, copie este enlace en su navegador:
reports-email-every-row = El informe de operaciones por lotes tiene el resultado de cada fila:
reports-email-why = Recibe este correo porque figura en «Lote terminado» en Configuración > Administrar alertas.
reports-email-why-text = Recibe este correo porque figura en "Lote terminado" en Configuración > Administrar alertas.
