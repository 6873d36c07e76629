# Configuración: el índice, Permisos de usuario, Funciones, Restricción de
# dominios, Autenticación de dos factores, Alertas y Plantillas de invitación.

setup-title = Configuración
setup-lead = Configuración de { $org }. Sus suborganizaciones también la usan, salvo que definan la suya.
setup-not-available = Aún no disponible
setup-item-company-profile = Perfil de la empresa
setup-item-application-version = Versión de la aplicación
setup-item-webhook-events = Eventos de webhook
setup-item-number-management = Gestión de números
setup-item-messages = Mensajes
setup-item-sms-opt-in = Consentimiento de SMS
setup-item-in-app-messaging = Mensajes en la aplicación
setup-about-company-profile = Datos de la empresa.
setup-about-invitation-templates = Plantillas de invitación por correo electrónico y SMS.
setup-about-manage-alerts = Quién recibe un correo electrónico cuando termina un lote.
setup-about-domain-restriction = Limite las invitaciones a direcciones de correo electrónico de sus dominios.
setup-about-application-version = Detalles de la aplicación MultiLine.
setup-about-two-factor = Una capa adicional de seguridad frente a inicios de sesión sospechosos.
setup-about-webhook-events = Eventos enviados a sus propios sistemas.
setup-about-number-management = Los números de teléfono asignados a esta organización.
setup-about-user-permissions = Qué funciones recibe una cuenta: perfiles con nombre y el predeterminado.
setup-about-feature-settings = Qué funciones ofrece esta organización a sus cuentas.
setup-about-messages = Sincronización y mensajes multimedia.
setup-about-sms-opt-in = Acceso a las grabaciones de llamadas y SMS a través del ADK.
setup-about-in-app-messaging = Mensajes que se muestran dentro de la aplicación.

setup-form-unreadable = No se pudo leer el formulario.
setup-unknown-feature = '{ $value }' no es una función conocida.

setup-source-here = Definido para esta organización.
setup-source-parent = Heredado: definido en { $org }, la organización principal.
setup-source-ancestor = Heredado: definido en { $org }.
setup-source-a-parent = una organización superior
setup-source-default = No definido en ninguna organización: { $default }.
setup-same-as = Igual que { $org } ({ $value })
setup-set-here = Definir para esta organización, a continuación
setup-used-when-set-here = Se usa cuando se elige «Definir para esta organización».

setup-domains-title = Restricción de dominios
setup-domains-lead = Solo se pueden invitar cuentas con direcciones de correo electrónico de estos dominios. Si no hay ningún dominio, se permite cualquiera.
setup-domains-allowed-now = Permitidos ahora:
setup-domains-legend = Dominios permitidos de esta organización
setup-domains-label = Dominios permitidos
setup-domains-hint = Un dominio por línea, como example.com. Déjelo vacío para permitir cualquier dominio.
setup-any-domain = cualquier dominio
setup-any-domain-allowed = se permite cualquier dominio
setup-domains-saved = Restricción de dominios guardada. Se pueden invitar cuentas en: { $domains }.
setup-domains-bad =
    { $count ->
        [one] { $entries } no es un nombre de dominio.
       *[other] { $entries } no son nombres de dominio.
    } Escriba un dominio por línea, como example.com.
setup-domains-too-many = Escriba como máximo { $max } dominios (se escribieron { $count }).

setup-features-title = Configuración de funciones
setup-features-lead = Las funciones que esta organización ofrece a sus cuentas. Los Permisos de usuario y el formulario de cuentas solo muestran estas.
setup-features-offered-now = Ofrecidas ahora:
setup-features-legend = Funciones de esta organización
setup-features-hint-sub = Una suborganización solo puede ofrecer lo que ofrece su organización principal.
setup-features-hint-top = Las suborganizaciones también las ofrecen, salvo que elijan menos.
setup-features-withheld = (no la ofrece la organización principal)
setup-every-feature-offered = se ofrecen todas las funciones
setup-features-saved = Configuración de funciones guardada. Esta organización ofrece: { $features }.
setup-features-not-offered-by-parent = { $org } no ofrece { $features }, así que esta organización tampoco puede.

setup-mfa-title = Autenticación de dos factores
setup-mfa-lead = Cuando es obligatoria, cada administrador de esta organización inicia sesión con un código de una aplicación de autenticación después de su contraseña. Los administradores que aún no la hayan configurado lo hacen en su próximo inicio de sesión, antes de abrir cualquier página.
setup-mfa-now = Ahora:
setup-mfa-legend = Autenticación de dos factores para administradores
setup-mfa-off-label = Desactivada: los administradores pueden activarla para sí mismos
setup-mfa-off = Desactivada
setup-mfa-required = Obligatoria para administradores
setup-mfa-source-default = No definida en ninguna organización: desactivada.
setup-mfa-choose = Elija una política.
setup-mfa-saved-required = Autenticación de dos factores guardada: obligatoria para administradores. Los administradores que no la tengan la configurarán en su próximo inicio de sesión.
setup-mfa-saved-off = Autenticación de dos factores guardada: desactivada.

setup-alerts-title = Alertas
setup-alerts-lead = Quién recibe un correo electrónico cuando ocurre algo en esta organización o en sus suborganizaciones: administradores u otras direcciones de correo electrónico.
setup-alerts-find-label = Buscar administradores por nombre o correo electrónico
setup-alerts-show-chosen = Mostrar solo los elegidos
setup-alerts-administrators = Administradores
setup-alerts-many = Hay más de 200 administradores: se muestran los elegidos y los que encuentre la búsqueda.
setup-alerts-none-listed = No hay administradores en la lista.
setup-alerts-no-match = Ningún administrador coincide con '{ $q }'.
setup-alerts-other-addresses = Otras direcciones de correo electrónico
setup-alerts-addresses-hint = Una por línea, 50 como máximo.
setup-alerts-nobody = Nadie recibe avisos de este evento.
setup-alerts-event-batch-completed = Lote completado
setup-alerts-event-batch-completed-about = Un resumen por correo electrónico cuando termina una operación masiva (una importación, o un reenvío de invitaciones, una edición, una eliminación o un traslado masivos), con un enlace a su Informe de operaciones por lotes.
setup-alerts-saved =
    Alertas guardadas: { $count ->
        [one] { $count } destinatario
       *[other] { $count } destinatarios
    } para { $event }.
setup-alerts-not-email = No es una dirección de correo electrónico: { $list }
setup-alerts-too-many = Como máximo { $max } direcciones adicionales: se indicaron { $count }.
setup-alerts-choose-in-scope = Elija administradores de esta organización o de sus suborganizaciones.
setup-alerts-choose-from-list = Elija administradores de la lista.
setup-alerts-choose-event = Elija un evento.

setup-up-add = + Agregar permisos de usuario
setup-up-intro = Cada conjunto de Permisos de usuario indica qué funciones recibe una cuenta. Los definidos en una organización superior también se usan aquí, y solo se pueden cambiar allí.
setup-up-default = Predeterminado:
setup-up-defined-in-paren = (definido en { $org })
setup-up-default-note = Las cuentas agregadas aquí lo reciben, salvo que se elija otro.
setup-up-default-none = ninguno. Elija los Permisos de usuario de cada cuenta.
setup-up-offered-here = Funciones ofrecidas aquí:
setup-up-none-yet = Aún no hay Permisos de usuario.
setup-up-default-tag = (Predeterminado)
setup-up-defined-in = definido en { $org }
setup-up-make-default = Hacer predeterminado
setup-up-use-parent-default = Usar el predeterminado de la organización principal
setup-up-instead-of = en lugar de { $name }
setup-up-not-offered-here = { $feature } (no se ofrece aquí)
setup-up-now-default = '{ $name }' es ahora el Permiso de usuario predeterminado de { $org }.
setup-up-already-default = '{ $name }' ya es el predeterminado.
setup-up-no-longer-default-parent = '{ $name }' ya no es el predeterminado. Las cuentas agregadas aquí reciben '{ $parent }' de la organización principal.
setup-up-still-default = '{ $name }' sigue siendo el predeterminado.
setup-up-no-longer-default = '{ $name }' ya no es el predeterminado.
setup-up-add-title = Agregar permisos de usuario
setup-up-edit-title = Editar permisos de usuario: { $name }
setup-up-view-title = Permisos de usuario: { $name }
setup-up-defined-elsewhere = Estos Permisos de usuario están definidos en { $org } y solo se pueden cambiar allí.
setup-up-is-default-notice = Estos son los Permisos de usuario predeterminados de esta organización: las cuentas agregadas aquí los reciben, salvo que se elijan otros.
setup-up-name-hint = Por ejemplo: Equipo de ventas, o Permisos de usuario predeterminados.
setup-up-features-hint = Las cuentas con estos Permisos de usuario reciben las funciones marcadas aquí. Solo se muestran las funciones que ofrece esta organización
setup-up-no-features = Esta organización no ofrece funciones, así que estos Permisos de usuario no pueden conceder ninguna.
setup-up-kept = También concede { $features }, que esta organización ya no ofrece: se mantiene tal cual y no se da a las cuentas mientras no se ofrezca.
setup-up-back = Volver a Permisos de usuario
setup-up-created = Permisos de usuario '{ $name }' creados.
setup-up-saved = Permisos de usuario '{ $name }' guardados.
setup-up-deleted = Permisos de usuario '{ $name }' eliminados.
setup-up-name-empty = Escriba un nombre para los Permisos de usuario.
setup-up-name-too-long = Un nombre tiene como máximo { $max } caracteres.
setup-up-name-control = Un nombre no puede contener saltos de línea ni caracteres de control.
setup-up-name-taken = Esta organización ya tiene Permisos de usuario llamados '{ $name }'.
setup-up-not-offered = Esta organización no ofrece { $features } (consulte Configuración de funciones).
setup-up-default-race = El predeterminado cambió en ese mismo momento. Inténtelo de nuevo.
setup-up-top-keeps-default = '{ $name }' son los Permisos de usuario predeterminados de la organización superior, que siempre tiene unos. Primero haga predeterminado otro perfil.
setup-up-still-used =
    { $count ->
        [one] '{ $name }' no se puede eliminar: { $count } cuenta aún lo usa. Asígnele otros Permisos de usuario primero.
       *[other] '{ $name }' no se puede eliminar: { $count } cuentas aún lo usan. Asígneles otros Permisos de usuario primero.
    }
setup-up-in-use = '{ $name }' no se puede eliminar: hay cuentas que aún lo usan. Asígneles otros Permisos de usuario primero.
setup-up-delete-title = Eliminar permisos de usuario
setup-up-delete-heading = ¿Eliminar { $name }?
setup-up-delete-yes = Sí, eliminar
setup-up-delete-before = ¿Eliminar los Permisos de usuario
setup-up-delete-after = ? Esta acción no se puede deshacer.
setup-up-delete-default = Son los predeterminados de esta organización: las cuentas agregadas aquí recibirán en su lugar los predeterminados de la organización principal.

setup-inv-title = Plantillas de invitación
setup-inv-lead = Lo que recibe una cuenta con su enlace de activación: el correo electrónico cuando su nombre de usuario es una dirección de correo, el SMS cuando es un número de dispositivo. Las suborganizaciones usan estos textos salvo que escriban los suyos.
setup-inv-own-text = (texto propio)
setup-inv-own = propio
setup-inv-no-builtin = Switchboard no tiene un texto integrado en { $language }: hasta que una organización escriba uno, las cuentas en { $language } reciben el texto en inglés que aparece abajo.
setup-inv-placeholders = Marcadores que puede usar
setup-inv-placeholders-hint = Cada uno se sustituye por texto simple (el enlace, por la propia dirección); no se acepta nada más entre llaves.
setup-inv-var-first-name = El nombre de la cuenta.
setup-inv-var-number = El número de teléfono de la cuenta; si aún no tiene, un texto que indica que elegirá uno al activarla.
setup-inv-var-link = El enlace de activación. Toda plantilla debe contenerlo.
setup-inv-var-org-name = El nombre de la organización de la cuenta.
setup-inv-channel-email = Correo electrónico
setup-inv-channel-sms = SMS
setup-inv-source-here = Definido en { $org }
setup-inv-source-ancestor = Igual que { $org }
setup-inv-source-builtin = Texto integrado
setup-inv-reset-ancestor = Usar el texto de { $org }
setup-inv-reset-builtin = Usar el texto integrado
setup-inv-last-changed = Último cambio: { $when }.
setup-inv-subject = Asunto
setup-inv-subject-hint = Una línea. Se permiten marcadores, excepto {"{"}link{"}"}.
setup-inv-message = Mensaje
setup-inv-email-hint = Debe contener {"{"}link{"}"}. Una línea en blanco inicia un párrafo nuevo; el enlace se puede pulsar.
setup-inv-sms-hint = Debe contener {"{"}link{"}"}. Un SMS admite { $segment } caracteres (70 con acentos o emoji); los textos más largos se envían en varias partes, hasta { $max } caracteres. Solo el enlace ocupa unos 90.
setup-inv-preview = Vista previa
setup-inv-preview-of-email = Vista previa del correo electrónico
setup-inv-preview-of-sms = Vista previa del SMS
setup-inv-preview-title = Vista previa con valores de ejemplo
setup-inv-sms-length = Con estos valores de ejemplo, el mensaje tiene { $chars } caracteres: { $parts } SMS.
setup-inv-send-test-to = Enviar prueba a { $email }
setup-inv-test-sms-to = Enviar un SMS de prueba a
setup-inv-test-sms-hint = Con el código de país, como +15550100000.
setup-inv-send-test = Enviar prueba
setup-inv-test-hint = Una prueba envía el texto guardado con valores de ejemplo.
setup-inv-validity = Validez de la invitación
setup-inv-validity-before = Los enlaces de activación enviados desde { $org } funcionan durante
setup-inv-days =
    { $count ->
        [one] { $count } día
       *[other] { $count } días
    }
setup-inv-valid-for = Válido durante (días)
setup-inv-valid-hint = De 1 a 365. Los enlaces ya enviados conservan su vencimiento.
setup-inv-ttl-default = Predeterminado ({ $days } días)
setup-inv-inherit-parent = Igual que la organización principal
setup-inv-inherit-default = Usar el predeterminado ({ $days } días)
setup-inv-what-email = Plantilla de correo electrónico ({ $language })
setup-inv-what-sms = Plantilla de SMS ({ $language })
setup-inv-saved = { $what } guardada. La reciben las cuentas de { $org } y de sus suborganizaciones sin texto propio.
setup-inv-no-own-text = { $what }: { $org } no tiene texto propio.
setup-inv-reset-done = { $what }: { $org } vuelve a usar el texto heredado.
setup-inv-reset-none = { $what }: { $org } no tenía texto propio.
setup-inv-test-sent-email = Correo electrónico de prueba enviado a { $to }, con valores de ejemplo; su enlace no lleva a ninguna parte.
setup-inv-test-sent-sms = SMS de prueba enviado a { $to }, con valores de ejemplo; su enlace no lleva a ninguna parte.
setup-inv-valid-days =
    { $days ->
        [one] Los enlaces de invitación enviados a partir de ahora son válidos durante 1 día.
       *[other] Los enlaces de invitación enviados a partir de ahora son válidos durante { $days } días.
    }
setup-inv-validity-inherited = Validez de la invitación: vuelve a aplicarse la configuración heredada.
setup-inv-reset-title = Usar el texto heredado
setup-inv-reset-heading = ¿Usar el texto heredado?
setup-inv-reset-confirm = Eliminar nuestro texto propio
setup-inv-reset-body = Se eliminará la { $what } que escribió { $org }. Las invitaciones de { $org }, y de sus suborganizaciones sin texto propio, usarán entonces { $from }:
setup-inv-from-ancestor = el texto de { $org }
setup-inv-from-builtin = el texto integrado
setup-inv-unknown =
    { $count ->
        [one] Marcador desconocido: { $list }. Use solo { $known }, o elimínelo.
       *[other] Marcadores desconocidos: { $list }. Use solo { $known }, o elimínelos.
    }
setup-inv-write-message = Escriba el mensaje.
setup-inv-needs-link = El mensaje debe contener {"{"}link{"}"}: sin él no se puede activar la cuenta.
setup-inv-body-too-long = El mensaje tiene como máximo { $max } caracteres.
setup-inv-write-subject = Escriba un asunto.
setup-inv-link-in-subject = Ponga {"{"}link{"}"} en el mensaje, no en el asunto.
setup-inv-subject-too-long = El asunto tiene como máximo { $max } caracteres.
setup-inv-days-invalid = Escriba un número entero de días entre 1 y 365.
setup-inv-test-number = Escriba el número al que enviar el SMS de prueba.
setup-inv-no-email = No se puede enviar ningún correo electrónico a { $to }.
