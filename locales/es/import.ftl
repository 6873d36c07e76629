# Cuentas → Añadir cuenta → Varias cuentas: formulario de carga, vista previa,
# rechazos del archivo y problemas de cada fila.

import-add-account = Añadir cuenta
import-single-account = Una cuenta
import-multiple-accounts = Varias cuentas
import-step-download-link = Descargue la plantilla .CSV
import-step-download-rest = y complétela en su hoja de cálculo (elimine la fila "Nota" con las instrucciones o déjela: se ignora).
import-step-choose = Elija la organización y los permisos de usuario para este archivo. Para varias organizaciones o permisos de usuario, cargue un archivo para cada uno.
import-step-upload = Cargue el archivo: primero verá una vista previa, y no se importa nada hasta que pulse
import-or = o
import-and-invite = Importar e invitar
import-social-hint = { $org } tiene mensajería social: la plantilla incluye la columna restrict_incoming_social_messaging.
import-excel-hint = Los archivos guardados con Excel son válidos: CSV UTF-8, CSV (Windows), texto UTF-16; separados por comas, puntos y comas o tabulaciones. { $limit }.
import-limit = hasta { $rows } filas y { $size } por archivo
import-choose-organization = Elegir organización
import-change-organization = Cambiar de organización
import-profiles-of = Los permisos de usuario de abajo son los de { $org }.
import-default-profile = { $name } (predeterminado)
import-csv-file = Archivo CSV *
import-nothing-imported = No se importó nada.
import-upload = Cargar
import-choose-file = Elija el archivo CSV que desea cargar.
import-upload-broke-off = La carga se interrumpió: { $reason }
import-use-the-form = Cargue el archivo con el formulario.
import-choose-then = Elija Importar o Importar e invitar.

import-preview-title = Vista previa de la importación
import-preview-heading = Vista previa: { $file }
import-preview-lead = En { $org } con los permisos de usuario { $profile }. Esto es una vista previa: todavía no se ha importado nada.
import-upload-another = Cargar otro archivo
import-rows = Filas
import-valid = Válidas
import-valid-rows = Se { $count ->
    [one] añadirá { $count } fila
   *[other] añadirán { $count } filas
  }
import-valid-invited = (e invitadas, con Importar e invitar)
import-already-exist = Ya existen
import-exists-rows = { $count ->
    [one] { $count } fila ya es una cuenta
   *[other] { $count } filas ya son cuentas
  } en { $org } y se omitirán
import-invalid = No válidas
import-invalid-rows = { $count ->
    [one] { $count } fila no se importará
   *[other] { $count } filas no se importarán
  }
import-download-invalid = Descargar filas no válidas
import-download-invalid-rest = para corregirlas y cargarlas de nuevo
import-numbers = Números
import-numbers-pool = { $requested ->
    [one] { $requested } fila indica
   *[other] { $requested } filas indican
  } un número; { $needing ->
    [one] { $needing } fila no tiene ninguno y elegirá
   *[other] { $needing } filas no tienen ninguno y elegirán
  } uno al activarse;
import-numbers-available = { $available } disponibles en { $org }.
import-numbers-short = { $count ->
    [one] { $count } fila no puede
   *[other] { $count } filas no pueden
  } obtener un número
import-numbers-short-rest = añada números en Configuración > Administración de números antes de invitarlas.
import-detected = Detectado
import-detected-summary = { $encoding }, separado por { $delimiter }, finales de línea { $ending }
import-note-row-skipped = se omitió la fila de notas de la plantilla
import-columns = Columnas
import-ignored = ignorada
import-only-valid = Solo se { $count ->
    [one] importa la fila válida
   *[other] importan las { $count } filas válidas
  }. Importar añade las cuentas sin invitarlas (use Reenviar invitación más tarde); Importar e invitar envía una invitación a cada una. AVISO: Al hacer clic en Invitar, usted acepta que ha obtenido el permiso de los destinatarios para recibir notificaciones por SMS mediante un acuerdo laboral u otro tipo de acuerdo. Pueden aplicarse tarifas de mensajes y datos.
import-none-importable = No se puede importar ninguna fila: corrija las filas de abajo y vuelva a cargar el archivo.
import-rows-tabs = Filas
import-all-rows = Todas las filas
import-invalid-tab = Filas no válidas ({ $count })
import-no-rows = No hay filas que mostrar.
import-line = Línea
import-result = Resultado
import-status-valid = Válida
import-status-exists = Ya existe
import-status-invalid = No válida

import-delimiter-comma = comas
import-delimiter-semicolon = puntos y comas
import-delimiter-tab = tabulaciones
import-encoding-utf8-bom = UTF-8 con BOM

import-note-prefix = Nota:
import-note-intro = esta fila explica cada columna; elimínela o déjela, no se importa.
import-note-firstname = firstname: opcional, el nombre del usuario.
import-note-lastname = lastname: opcional, el apellido del usuario.
import-note-username = email address or device: obligatorio, una dirección de correo electrónico o un número de teléfono con su código de país, como +15550100000; la invitación se envía ahí.
import-note-social = social_messaging: obligatorio, Yes o No.
import-note-number = multiline_number: opcional, un número disponible de esta organización, como +15550100000; si está vacío, el usuario elige uno al activarse.
import-note-monitor-calls = monitor_calls: obligatorio, auto u off.
import-note-monitor-sms = monitor_sms: obligatorio, on u off.
import-note-forwarding = forwarding_number: opcional, de 4 a 18 dígitos con el código de país.
import-note-restrict = restrict_incoming_social_messaging: opcional, true o false; true solo cuando social_messaging es Yes.
import-note-language = Language: opcional, English, Italian, German, French o Spanish; vacío significa English.

import-file-not-text = Este archivo no es un archivo de texto CSV. En Excel, use Archivo > Guardar como > CSV UTF-8 (delimitado por comas) y cargue ese archivo.
import-file-empty = Este archivo está vacío. Descargue la plantilla, añada una fila por cuenta bajo los nombres de sus columnas y vuelva a cargarlo.
import-file-not-readable = Guárdelo desde su hoja de cálculo como CSV UTF-8 (delimitado por comas) y vuelva a cargarlo.
import-file-line-unreadable = La línea { $line } no se pudo leer como CSV. Guárdelo desde su hoja de cálculo como CSV UTF-8 (delimitado por comas) y vuelva a cargarlo.
import-file-quote-open = La línea { $line } tiene una comilla (") que nunca se cierra, por lo que el resto del archivo se leería como una sola celda. Cierre o elimine esa comilla y vuelva a cargar el archivo.
import-file-too-many-rows = Este archivo tiene { $rows } filas; se pueden importar como máximo { $max } a la vez. Divídalo en archivos más pequeños.
import-file-no-rows = Este archivo tiene nombres de columnas pero ninguna cuenta. Añada una fila por cuenta bajo los nombres de las columnas y vuelva a cargarlo.
import-file-missing-columns = { $count ->
    [one] Falta la columna "{ $missing }".
   *[other] Faltan las columnas "{ $missing }".
  } La primera fila debe nombrar las columnas como lo hace la plantilla: { $all }.

import-enter-choice = Introduzca { $yes } o { $no }.
import-not-choice = '{ $value }' no es { $yes } ni { $no }: introduzca { $yes } o { $no }.
import-restrict-no-social = Esta organización no tiene mensajería social: deje restrict_incoming_social_messaging vacío o introduzca false.
import-restrict-needs-social = Solo se aplica cuando social_messaging es Yes: introduzca false o establezca social_messaging en Yes.
import-not-a-language = '{ $value }' no es un idioma que ofrezcamos: introduzca English, Italian, German, French o Spanish.
import-too-long-username = Como máximo { $max } caracteres: también es el ID de cuenta.
import-also-on-line = También en la línea { $line }: cada correo electrónico o número de dispositivo solo se puede importar una vez.
import-number-taken-by-line = { $number } ya lo usa la línea { $line } de este archivo.
import-exists-in = Ya existe una cuenta con este correo electrónico o número de dispositivo en { $org }.
import-number-unknown = { $number } no es un número de este portal: añádalo primero en Configuración > Administración de números.
import-number-elsewhere = { $number } está asignado a otra organización, no a { $org }.
import-number-not-available = { $number } está en estado { $status }, no disponible.
import-choose-org = Elija una organización.
import-choose-profile = Elija permisos de usuario disponibles en { $org }.
import-being-imported = Este archivo ya se está importando: consulte Informes > Informes de operaciones por lotes.
import-undo-not-import = Solo se puede deshacer una importación CSV: este lote no lo es.
import-undo-running = Esta importación aún está en curso: deshágala cuando haya terminado.
import-undo-done-already = Esta importación ya se deshizo.
import-undo-changed-now = Una cuenta importada cambió hace un momento: vuelva a mirar la lista.
