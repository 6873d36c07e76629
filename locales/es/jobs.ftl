# Los trabajos en segundo plano, como los nombra Informes > Trabajos fallidos.
jobs-kind-send-email = Enviar correo electrónico
jobs-kind-send-sms = Enviar SMS
jobs-kind-account-import = Importación de cuentas
jobs-kind-account-bulk = Cambio masivo de cuentas
jobs-kind-purge-sessions = Borrar sesiones caducadas
jobs-kind-password-reset-request = Solicitud de restablecimiento de contraseña
jobs-email-to = { $email } para { $to }
jobs-to = para { $to }
jobs-outbox-message = mensaje { $id } de la bandeja de salida
jobs-sms-to = { $sms } para { $to }
