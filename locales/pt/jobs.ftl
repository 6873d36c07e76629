# Os trabalhos em segundo plano, como Relatórios > Trabalhos com falha os nomeia.
jobs-kind-send-email = Enviar e-mail
jobs-kind-send-sms = Enviar SMS
jobs-kind-account-import = Importação de contas
jobs-kind-account-bulk = Alteração em massa de contas
jobs-kind-purge-sessions = Limpar sessões expiradas
jobs-kind-password-reset-request = Pedido de redefinição de senha
jobs-email-to = { $email } para { $to }
jobs-to = para { $to }
jobs-outbox-message = mensagem { $id } da caixa de saída
jobs-sms-to = { $sms } para { $to }
