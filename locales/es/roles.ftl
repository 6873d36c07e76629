# Roles and Privileges: the list, the role form, deleting a role, and the
# privilege catalogue as the role form shows it.


# The roles list.
roles-create-button = + Crear rol
roles-list-lead = Todos los roles de administrador disponibles para esta organización
roles-search-label = Buscar por nombre de rol
roles-show-all = Mostrar todos los roles
roles-list-empty = Todavía no hay roles.
roles-list-no-match = Ningún rol coincide con '{ $query }'.
roles-builtin = Predefinido
roles-inherited = Heredado
roles-inherited-from = Heredado de { $owner }
roles-assigned =
    { $count ->
        [one] { $count } administrador asignado
       *[other] { $count } administradores asignados
    }

# The role form.
roles-title-new = Crear un nuevo rol
roles-title-edit = Editar rol: { $name }
roles-title-view = Rol: { $name }
roles-builtin-notice = { $name } es un rol predefinido: tiene todos los privilegios y no se puede modificar.
roles-inherited-notice = Este rol se hereda de una organización principal y solo se puede modificar allí.
roles-name-label = Nombre del rol
roles-name-hint = Nombre que identifica el rol
roles-privileges-heading = Privilegios
roles-privileges-hint = Marque la casilla para asignar los privilegios.
roles-privileges-withheld = Los privilegios que su propio rol no incluye aparecen atenuados: no puede otorgarlos.
roles-selected-count =
    { $count ->
        [one] { $count } seleccionado
       *[other] { $count } seleccionados
    }
roles-select-all = Seleccionar todo: { $section }
roles-back-to-list = Volver a Roles y privilegios

# Role messages.
roles-created = Rol '{ $name }' creado.
roles-saved = Rol '{ $name }' guardado.
roles-deleted = Rol '{ $name }' eliminado.
roles-no-privilege = Marque al menos un privilegio: un rol sin privilegios no da acceso a nada en el portal.
roles-name-empty = Introduzca un nombre de rol.
roles-name-too-long = Un nombre de rol tiene como máximo { $max } caracteres.
roles-name-control = Un nombre de rol no puede contener saltos de línea ni caracteres de control.
roles-name-builtin = '{ $name }' es el nombre del rol predefinido.
roles-name-taken = Ya existe un rol llamado '{ $name }' en esta organización.
roles-form-unreadable = No se pudo leer el formulario.
roles-unknown-privilege = '{ $key }' no es un privilegio conocido.

# Deleting a role.
roles-delete-title = Eliminar rol
roles-delete-heading = ¿Eliminar { $name }?
roles-delete-confirm = Sí, eliminar
roles-delete-question-before = ¿Eliminar el rol
roles-delete-question-after = ? Nadie lo tiene; dejará de figurar en la lista de roles para asignar. Esta acción no se puede deshacer.
roles-still-assigned =
    { $count ->
        [one] '{ $name }' no se puede eliminar mientras { $count } administrador lo tenga asignado.
       *[other] '{ $name }' no se puede eliminar mientras { $count } administradores lo tengan asignado.
    }
roles-delete-give-another = Primero asígneles otro rol.
roles-delete-see-admins =
    { $count ->
        [one] Ver el { $count } administrador con este rol
       *[other] Ver los { $count } administradores con este rol
    }

# The privilege catalogue: items (priv-<key>), sections and groups.
priv-reports-view-consumption-metrics = Métricas de consumo
priv-reports-view-user-metrics = Métricas de usuarios
priv-reports-view-administrators-activity = Actividad de administradores
priv-reports-view-activities = Actividades
priv-reports-view-call-recording = Grabación de llamadas
priv-reports-view-message-logging = Registro de mensajes
priv-reports-view-sms-opt-in = Consentimiento de SMS
priv-reports-download-consumption-metrics = Métricas de consumo
priv-reports-download-user-metrics = Métricas de usuarios
priv-reports-download-administrators-activity = Actividad de administradores
priv-reports-download-activities = Actividades
priv-reports-download-call-recording = Grabación de llamadas
priv-reports-download-message-logging = Registro de mensajes
priv-reports-download-sms-opt-in = Consentimiento de SMS
priv-setup-view-company-profile = Perfil de la empresa
priv-setup-view-invitation-templates = Plantillas de invitación
priv-setup-view-manage-alerts = Gestionar alertas
priv-setup-view-domain-restriction = Restricción de dominios
priv-setup-view-application-version = Versión de la aplicación
priv-setup-view-two-factor-authentication = Autenticación de dos factores
priv-setup-view-webhook-events = Eventos de webhook
priv-setup-view-number-management = Gestión de números
priv-setup-view-user-permissions = Permisos de usuario
priv-setup-view-feature-settings = Configuración de funciones
priv-setup-view-messages = Mensajes
priv-setup-view-sms-opt-in = Consentimiento de SMS
priv-setup-view-in-app-messaging = Mensajería en la aplicación
priv-setup-edit-company-profile = Perfil de la empresa
priv-setup-edit-invitation-templates = Plantillas de invitación
priv-setup-edit-manage-alerts = Gestionar alertas
priv-setup-edit-domain-restriction = Restricción de dominios
priv-setup-edit-application-version = Versión de la aplicación
priv-setup-edit-two-factor-authentication = Autenticación de dos factores
priv-setup-edit-webhook-events = Eventos de webhook
priv-setup-edit-number-management = Gestión de números
priv-setup-edit-user-permissions = Permisos de usuario
priv-setup-edit-feature-settings = Configuración de funciones
priv-setup-edit-messages = Mensajes
priv-setup-edit-sms-opt-in = Consentimiento de SMS
priv-setup-edit-in-app-messaging = Mensajería en la aplicación
priv-setup-edit-branding = Marca
priv-dashboard-view = Ver
priv-accounts-view = Ver
priv-accounts-invite = Invitar
priv-accounts-edit = Editar
priv-accounts-move = Mover
priv-accounts-delete = Eliminar
priv-accounts-import = Importar
priv-accounts-manage-international-dialing = Gestionar marcación internacional
priv-accounts-manage-e911 = Gestionar E911
priv-accounts-bulk-invite = Invitar
priv-accounts-bulk-edit = Editar
priv-accounts-bulk-delete = Eliminar
priv-administrators-view = Ver
priv-administrators-create = Crear
priv-administrators-edit = Editar
priv-administrators-delete = Eliminar
priv-api-users-view = Ver
priv-api-users-create = Crear
priv-api-users-edit = Editar
priv-api-users-delete = Eliminar
priv-reports-adk-call-recording-api = API de grabación de llamadas
priv-reports-adk-message-logging-api = API de registro de mensajes
priv-reports-adk-sms-opt-in = Consentimiento de SMS
priv-roles-view = Ver
priv-roles-create = Crear
priv-roles-edit = Editar
priv-roles-delete = Eliminar
priv-help-view = Ver
priv-help-edit = Editar
priv-profile-view = Ver
priv-profile-edit = Editar
priv-profile-create-suborg = Crear suborganización
priv-profile-delete-suborg = Eliminar suborganización
priv-section-dashboard = Panel
priv-section-accounts = Cuentas
priv-section-accounts-bulk-operations = Operaciones masivas de cuentas
priv-section-administrators = Administradores
priv-section-api-users = Usuarios de API
priv-section-reports = Informes
priv-section-setup = Configuración
priv-section-roles-and-privileges = Roles y privilegios
priv-section-help = Ayuda
priv-section-profile = Perfil
priv-group-adk-apis = API de ADK
priv-group-download = Descargar
priv-group-edit = Editar
priv-group-view = Ver
