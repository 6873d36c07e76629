# Cuentas: la lista, la ficha, Añadir / Editar cuenta, Restablecer PIN,
# eliminar, acciones masivas y Mover.

accounts-account = Cuenta
accounts-add = Añadir cuenta
accounts-edit-title = Editar cuenta
accounts-search-label = Nombre / Usuario / ID de cuenta
accounts-all-statuses = Todos los estados
accounts-invitation = Invitación
accounts-all-organizations = Todas las organizaciones
accounts-none-match = Ninguna cuenta coincide.
accounts-none-yet = Todavía no se han añadido cuentas aquí.
accounts-count = { $count ->
    [one] { $count } cuenta.
   *[other] { $count } cuentas.
}
accounts-count-match = { $count ->
    [one] { $count } cuenta coincide.
   *[other] { $count } cuentas coinciden.
}
accounts-count-more = Más de { $count } cuentas.
accounts-count-more-match = Más de { $count } cuentas coinciden.
accounts-bulk-group = Con las cuentas seleccionadas
accounts-select-all = Seleccionar las { $count }
accounts-select-all-filtered = Seleccionar las { $count } que coinciden con el filtro
accounts-select-all-more = Seleccionar todas las que coinciden
accounts-select-all-more-filtered = Seleccionar todas las que coinciden con el filtro
accounts-with-selected = Con las seleccionadas:
accounts-select-all-aria = Seleccionar todas las cuentas que coinciden con el filtro
accounts-username = Usuario
accounts-select-one = Seleccionar a { $name }
accounts-account-id-value = ID de cuenta { $id }
accounts-with-number = Con número
accounts-without-number = Sin número
accounts-bulk-edit = Cambiar permisos de usuario / funciones

accounts-status-saved = Guardada
accounts-status-invited = Invitada
accounts-status-active = Activa
accounts-status-suspended = Suspendida
accounts-invitation-not-invited = Guardada — sin invitar
accounts-invitation-pending = Pendiente
accounts-invitation-expired = Caducada
accounts-invitation-activated = Activada
accounts-no-portal-access = Sin acceso al portal
accounts-history-accepted = Aceptada
accounts-history-revoked = Revocada
accounts-history-expired = Caducada
accounts-history-sent = Enviada

accounts-reset-pin = Restablecer PIN
accounts-invitation-colon = Invitación: { $state }
accounts-resend-hint = Envía un enlace nuevo; el anterior deja de funcionar.
accounts-send-hint = Envía la invitación a { $to }.
accounts-username-field = Correo electrónico o n.º de dispositivo
accounts-no-portal-access-note = (inicia sesión en un teléfono IP con un PIN)
accounts-account-id = ID de cuenta
accounts-application = Aplicación(es)
accounts-added = Añadida
accounts-invited = Invitada
accounts-link-valid-until = (enlace válido hasta el { $when })
accounts-activated = Activada
accounts-service = Servicio
accounts-number-picked-at-activation = Ninguno: el usuario elige uno al activar la cuenta
accounts-unknown = Desconocidos
accounts-social-messaging = Mensajería social
accounts-incoming-restricted = Entrantes restringidos
accounts-forwarding-number = Número de desvío
accounts-monitor-calls = Supervisar llamadas
accounts-monitor-sms = Supervisar SMS
accounts-auto = Automático
accounts-invitations = Invitaciones
accounts-no-invitation-yet = Todavía no se ha enviado ninguna invitación.
accounts-history-sent-at = Enviada
accounts-history-channel = Canal
accounts-history-to = Para
accounts-history-by = Por
accounts-history-expires = Caduca
accounts-history-state = Estado
accounts-back-to-list = Volver a Cuentas

accounts-edit-heading = Editar a { $name }
accounts-back-to-account = Volver a la cuenta
accounts-single = Una cuenta
accounts-multiple = Varias cuentas
accounts-form-error = { $error } No se guardó nada.
accounts-fields-need-attention = Algunos campos requieren atención: vea los mensajes junto a ellos. No se guardó nada.
accounts-change-organization = Cambiar de organización
accounts-org-picker-hint = Los números, permisos de usuario y funciones de abajo son los de { $org }. Elija primero la organización: al cambiarla, el formulario empieza de nuevo.
accounts-user = Usuario
accounts-no-portal-access-hint = Un usuario de teléfono IP: sin correo electrónico ni invitación; inicia sesión en el teléfono con un PIN.
accounts-username-hint-edit = La invitación se envía aquí: una dirección de correo electrónico o un número de móvil con su código de país (+15550100000).
accounts-access = Acceso
accounts-access-portal = Acceso al portal: invitar por correo electrónico o SMS
accounts-access-none = Sin acceso al portal: un teléfono IP con un PIN, sin correo electrónico ni invitación
accounts-username-hint-new = Para el acceso al portal: una dirección de correo electrónico o un número de móvil con su código de país (+15550100000). Déjelo vacío si no tendrá acceso al portal.
accounts-domain-restriction-hint = Restricción de dominio: solo direcciones de correo electrónico de { $domains }.
accounts-account-id-hint = Su propio identificador para la cuenta; único en la organización.
accounts-assign-number = Asignar número
accounts-keep-number = Mantener { $number }
accounts-no-number-returns = Sin número: vuelve a estar Disponible
accounts-no-number-now = Sin número por ahora: el usuario elige uno al activar la cuenta
accounts-specific-number = Un número concreto
accounts-available-or-reserved = Número disponible o reservado
accounts-none-left = No queda ninguno en esta organización
accounts-choose-number = Elija un número
accounts-or-type-one = O escriba uno
accounts-only-first-listed = Solo se muestran los primeros { $count }; escriba cualquier otro.
accounts-next-with-tag = El siguiente número disponible con una etiqueta
accounts-choose-tag = Elija una etiqueta
accounts-forwarding-hint = Opcional: de 4 a 18 dígitos con el código de país.
accounts-no-features-offered = { $org } no ofrece funciones.
accounts-restrict-incoming-social = Restringir la mensajería social entrante
accounts-auto-records-calls = Automático (graba las llamadas)
accounts-on-records-sms = Activado (graba los SMS)
accounts-save-and-invite = Guardar e invitar
accounts-sms-disclaimer = AVISO: Al hacer clic en Invitar, usted confirma que ha obtenido el permiso de los destinatarios para recibir notificaciones por SMS mediante un acuerdo laboral o de otro tipo. Pueden aplicarse tarifas de mensajes y datos.
accounts-invite-note = Nota: Solo los invitados por correo electrónico pueden incorporarse a MultiLine Desktop. Una cuenta sin acceso al portal nunca se invita: guárdela y entregue a su usuario el PIN que se muestra a continuación.
accounts-profile-default = { $name } (predeterminado)
accounts-feature-locked = Solo los administradores cuyo rol incluye «Cuentas: { $privilege }» pueden activar o desactivar esta función.
accounts-pin-new-title = PIN de la nueva cuenta
accounts-added-invited-number = Se añadió e invitó a { $name }: la invitación va de camino a { $to }. Tiene asignado el número { $number }.
accounts-added-invited-no-number = Se añadió e invitó a { $name }: la invitación va de camino a { $to }. Todavía no tiene número asignado: el usuario elige uno al activar la cuenta.
accounts-added-number = Se añadió a { $name }. Tiene asignado el número { $number }. Use Reenviar invitación para invitarle cuando esté listo.
accounts-added-no-number = Se añadió a { $name }. Todavía no tiene número asignado: el usuario elige uno al activar la cuenta. Use Reenviar invitación para invitarle cuando esté listo.
accounts-saved = Se guardó { $name }.
accounts-saved-invitation-withdrawn = Se guardó { $name }. El nombre de usuario cambió, por lo que la invitación pendiente ya no funciona: use Reenviar invitación para invitar a la nueva dirección.
accounts-invitation-sent = Invitación enviada a { $to }.

accounts-delete-title = Eliminar cuenta
accounts-delete-name = Eliminar a { $name }
accounts-deleted = Se eliminó a { $name }.
accounts-deleted-number = Se eliminó a { $name }. El número { $number } vuelve a estar Disponible.
accounts-delete-question = ¿Eliminar a { $name }?
accounts-yes-delete = Sí, eliminar
accounts-delete-confirm-before = ¿Seguro que desea eliminar la cuenta
accounts-delete-confirm-after = ({ $username }, ID de cuenta { $id })? No se puede deshacer.
accounts-delete-number-returns = Su número { $number } vuelve a estar Disponible.
accounts-delete-invitation-stops = Su invitación pendiente deja de funcionar.

accounts-reset-pin-of = Restablecer el PIN de { $name }
accounts-reset-pin-question = ¿Restablecer el PIN de { $name }?
accounts-yes-new-pin = Sí, crear un PIN nuevo
accounts-reset-pin-confirm-before = ¿Crear un PIN nuevo para
accounts-reset-pin-confirm-after = (ID de cuenta { $id })? El PIN actual deja de funcionar de inmediato, y hay que volver a iniciar sesión en el teléfono IP con el nuevo.
accounts-new-pin-of = Nuevo PIN de { $name }
accounts-pin-added = Se añadió a { $name }
accounts-pin-added-intro = Esta cuenta sin acceso al portal inicia sesión en su teléfono IP con este PIN:
accounts-pin-reset-intro = El PIN anterior ya no funciona. El nuevo PIN es:
accounts-pin-shown-once = Esta es la única vez que se muestra el PIN.
accounts-pin-give-now = Entrégueselo ahora al usuario del teléfono. Se guarda de una forma que nadie puede volver a leer; si se pierde, use Restablecer PIN en la cuenta para crear uno nuevo.
accounts-go-to-account = Ir a la cuenta
accounts-add-another = Añadir otra cuenta

accounts-form-unreadable = No se pudo leer el formulario.
accounts-bulk-choose-action = Elija qué hacer con las cuentas.
accounts-select-first = Seleccione primero las cuentas.
accounts-bulk-all-title = { $action } — ¿todas las cuentas que coinciden?
accounts-bulk-title = { $action } — { $count } cuenta(s)
accounts-bulk-invite-before = Se enviará una nueva invitación a
accounts-bulk-invite-count = { $count ->
    [one] { $invitable } de la { $count } cuenta seleccionada
   *[other] { $invitable } de las { $count } cuentas seleccionadas
}
accounts-bulk-invite-after = por correo electrónico o SMS; sus enlaces anteriores dejan de funcionar.
accounts-bulk-invite-skipped = Las otras { $count } (activas, suspendidas o sin acceso al portal) se omiten y así constan en el informe.
accounts-bulk-delete-before = Se eliminarán
accounts-bulk-selected = { $count ->
    [one] { $count } cuenta seleccionada
   *[other] { $count } cuentas seleccionadas
}
accounts-bulk-delete-after = de forma permanente. No se puede deshacer.
accounts-bulk-delete-numbers = { $count ->
    [one] Su { $count } número vuelve a estar Disponible.
   *[other] Sus { $count } números vuelven a estar Disponibles.
}
accounts-bulk-delete-invitations = Las invitaciones pendientes dejan de funcionar.
accounts-bulk-edit-before = Los cambios de abajo se aplicarán a
accounts-bulk-edit-after = . Las funciones que la organización de una cuenta no ofrece se dejan como están; los permisos de usuario que no estén disponibles en la organización de una cuenta se registran como un fallo para esa cuenta.
accounts-keep-as-they-are = Dejar como están
accounts-switch-on = Activar
accounts-switch-off = Desactivar
accounts-list-colon = Cuentas:
accounts-username-and-id = ({ $username }, ID de cuenta { $id })
accounts-and-more = y { $count } más
accounts-bulk-report-note = Un informe de lote muestra el resultado de cada cuenta.
accounts-bulk-resend-button = { $count ->
    [one] Reenviar { $count } invitación
   *[other] Reenviar { $count } invitaciones
}
accounts-bulk-delete-button = { $count ->
    [one] Eliminar { $count } cuenta
   *[other] Eliminar { $count } cuentas
}
accounts-bulk-change-button = { $count ->
    [one] Cambiar { $count } cuenta
   *[other] Cambiar { $count } cuentas
}
accounts-select-all-selected = { $count ->
    [one] Está seleccionada la { $count } cuenta que coincide con este filtro.
   *[other] Están seleccionadas las { $count } cuentas que coinciden con este filtro.
}
accounts-select-all-explained = «Seleccionar todas» selecciona todas las cuentas de la lista filtrada, no solo las { $count } de esta página.
accounts-continue-with-all = Continuar con las { $count } cuentas
accounts-only-this-page = Solo las { $count } de esta página

accounts-move-title = Mover cuentas
accounts-move-select-first = Seleccione las cuentas que desea mover.
accounts-move-count-title = Mover { $count } cuenta(s)
accounts-move-choose-destination = Elija una organización a la que mover las cuentas.
accounts-move-refused = No se pueden mover las cuentas. No tiene suficientes números disponibles en la organización seleccionada
accounts-move-heading = { $count ->
    [one] Mover { $count } cuenta
   *[other] Mover { $count } cuentas
}
accounts-move-to-organization = Mover a la organización
accounts-choose-organization = Elija una organización
accounts-move-check = Comprobar
accounts-move-before = Antes de mover a { $org }
accounts-move-to-move = Cuentas que se moverán
accounts-move-already-there = ({ $count } que ya están allí se quedan como están)
accounts-move-pending-without-number = Invitaciones pendientes sin número
accounts-move-need-number = { $count } necesitan un número en { $org }
accounts-move-available-there = Números disponibles allí
accounts-move-promised = ({ $count } ya reservados para sus propias invitaciones pendientes; quedan { $left })
accounts-move-numbers-moving = { $count ->
    [one] { $count } número asignado se mueve con su cuenta a { $org }: los usuarios conservan su número de teléfono.
   *[other] { $count } números asignados se mueven con sus cuentas a { $org }: los usuarios conservan sus números de teléfono.
}
accounts-move-no-numbers = Ninguna cuenta tiene número asignado; no se mueve ninguno.
accounts-move-permissions-there = Permisos de usuario allí
accounts-move-permissions-note = Una cuenta conserva sus permisos de usuario si están definidos en { $org } o por encima; si no, recibe los predeterminados de allí.
accounts-move-features-off = Funciones que se desactivan
accounts-move-no-features-off = Ninguna: { $org } ofrece todas las funciones que usan.
accounts-move-feature-count = { $count ->
    [one] { $feature } ({ $count } cuenta)
   *[other] { $feature } ({ $count } cuentas)
}
accounts-move-not-offered = — no se ofrecen allí.
accounts-move-pending = Invitaciones pendientes
accounts-move-stay-valid = Siguen siendo válidas.
accounts-move-button = { $count ->
    [one] Mover { $count } cuenta
   *[other] Mover { $count } cuentas
}

accounts-username-empty = Introduzca una dirección de correo electrónico o un número de dispositivo.
accounts-username-invalid = Introduzca una dirección de correo electrónico, como nombre@example.com, o un número de dispositivo con su código de país, como +15550100000.
accounts-account-id-empty = Introduzca un ID de cuenta.
accounts-account-id-too-long = Un ID de cuenta tiene como máximo { $max } caracteres.
accounts-account-id-control = Un ID de cuenta no puede contener saltos de línea ni caracteres de control.
accounts-forwarding-invalid = Introduzca el número de desvío como dígitos con el código de país, como +15550100000.
accounts-forwarding-length = Un número de desvío tiene de 4 a 18 dígitos, con el código de país.
accounts-application-empty = Introduzca la(s) aplicación(es), como MultiLine.
accounts-application-too-long = Aplicación(es) admite como máximo 100 caracteres en una línea.
accounts-monitor-calls-invalid = Elija automático o desactivado.
accounts-monitor-sms-invalid = Elija activado o desactivado.
accounts-choose-organization-error = Elija una organización.
accounts-choose-number-or-type = Elija un número o escriba uno.
accounts-choose-tag-error = Elija una etiqueta.
accounts-choose-number-mode = Elija cómo asignar un número.
accounts-choose-permissions = Elija los permisos de usuario.
accounts-choose-language = Elija un idioma.
accounts-org-change-with-move = Una cuenta cambia de organización con Mover, no aquí.
accounts-choose-permissions-in = Elija permisos de usuario disponibles en { $org }.
accounts-portal-access-fixed = El acceso al portal no se puede activar ni desactivar en una cuenta existente: añada una cuenta nueva.
accounts-username-taken = Ya existe una cuenta con este correo electrónico o número de dispositivo en esta organización.
accounts-account-id-taken = Otra cuenta de esta organización tiene este ID de cuenta.
accounts-domain-refused = Las direcciones de correo electrónico de { $domain } no se pueden usar en { $org } (restricción de dominio). Permitidos: { $allowed }.
accounts-feature-restricted = Solo los administradores cuyo rol incluye «Cuentas: { $privilege }» pueden activar o desactivar { $feature ->
    [e911] E911
   *[international_dialing] la marcación internacional
}.
accounts-permissions-just-deleted = Estos permisos de usuario se acaban de eliminar: elija otros.
accounts-number-gone = Ese número ya no está disponible.
accounts-number-not-in-org = { $number } no es un número disponible o reservado de { $org }.
accounts-no-number-with-tag = No queda ningún número disponible con la etiqueta { $tag } en { $org }.
accounts-pin-only-no-portal = Solo las cuentas sin acceso al portal tienen PIN.
accounts-no-pin = { $name } inicia sesión con un correo electrónico o un número de dispositivo y no tiene PIN.
accounts-invite-refused-no-portal = { $name } es una cuenta sin acceso al portal: no tiene correo electrónico ni número de dispositivo al que invitar, e inicia sesión en su teléfono con un PIN.
accounts-invite-refused-active = { $name } ya activó su cuenta: no hay nada a lo que invitarle.
accounts-invite-refused-suspended = { $name } está suspendida: reanude la cuenta antes de enviar una invitación.
accounts-invite-refused = No se puede invitar a { $name }.
accounts-invite-needs-number = Para enviar una invitación hace falta un número disponible o reservado en { $org }: asigne uno a la cuenta o añada números en Configuración > Gestión de números.
accounts-invite-changed-meanwhile = { $name } se activó o cambió hace un momento; recargue la página.
accounts-bulk-too-many-ticked = Se pueden marcar como máximo { $max } cuentas a la vez. Para actuar sobre toda la lista, marque la casilla del encabezado y confirme «todas las cuentas que coinciden con este filtro».
accounts-bulk-edit-nothing = Elija permisos de usuario o una función para cambiar.
