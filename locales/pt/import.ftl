# Contas → Adicionar conta → Várias contas: formulário de envio, prévia,
# recusas do arquivo e problemas de cada linha.

import-add-account = Adicionar conta
import-single-account = Uma conta
import-multiple-accounts = Várias contas
import-step-download-link = Baixe o modelo .CSV
import-step-download-rest = e preencha-o na sua planilha (exclua a linha "Observação" com as instruções ou deixe-a: ela é ignorada).
import-step-choose = Escolha a organização e as permissões de usuário deste arquivo. Para várias organizações ou permissões de usuário, envie um arquivo para cada uma.
import-step-upload = Envie o arquivo: você verá primeiro uma prévia, e nada é importado até você clicar em
import-or = ou
import-and-invite = Importar e convidar
import-social-hint = { $org } tem mensagens sociais: o modelo inclui a coluna restrict_incoming_social_messaging.
import-excel-hint = Arquivos salvos pelo Excel são aceitos: CSV UTF-8, CSV (Windows), texto UTF-16; separados por vírgulas, ponto e vírgula ou tabulações. { $limit }.
import-limit = até { $rows } linhas e { $size } por arquivo
import-choose-organization = Escolher organização
import-change-organization = Mudar de organização
import-profiles-of = As permissões de usuário abaixo são as de { $org }.
import-default-profile = { $name } (padrão)
import-csv-file = Arquivo CSV *
import-nothing-imported = Nada foi importado.
import-upload = Enviar
import-choose-file = Escolha o arquivo CSV a enviar.
import-upload-broke-off = O envio foi interrompido: { $reason }
import-use-the-form = Envie o arquivo pelo formulário.
import-choose-then = Escolha Importar ou Importar e convidar.

import-preview-title = Prévia da importação
import-preview-heading = Prévia: { $file }
import-preview-lead = Em { $org } com as permissões de usuário { $profile }. Esta é uma prévia: nada foi importado ainda.
import-upload-another = Enviar outro arquivo
import-rows = Linhas
import-valid = Válidas
import-valid-rows = { $count ->
    [one] { $count } linha será adicionada
   *[other] { $count } linhas serão adicionadas
  }
import-valid-invited = (e convidadas, com Importar e convidar)
import-already-exist = Já existem
import-exists-rows = { $count ->
    [one] { $count } linha já é uma conta
   *[other] { $count } linhas já são contas
  } em { $org } e { $count ->
    [one] será ignorada
   *[other] serão ignoradas
  }
import-invalid = Inválidas
import-invalid-rows = { $count ->
    [one] { $count } linha não será importada
   *[other] { $count } linhas não serão importadas
  }
import-download-invalid = Baixar linhas inválidas
import-download-invalid-rest = para corrigi-las e enviá-las novamente
import-numbers = Números
import-numbers-pool = { $requested ->
    [one] { $requested } linha indica
   *[other] { $requested } linhas indicam
  } um número; { $needing ->
    [one] { $needing } linha não tem nenhum e escolherá
   *[other] { $needing } linhas não têm nenhum e escolherão
  } um na ativação;
import-numbers-available = { $available } disponíveis em { $org }.
import-numbers-short = { $count ->
    [one] { $count } linha não pode
   *[other] { $count } linhas não podem
  } receber um número
import-numbers-short-rest = adicione números em Configuração > Gerenciamento de números antes de convidá-las.
import-detected = Detectado
import-detected-summary = { $encoding }, separado por { $delimiter }, finais de linha { $ending }
import-note-row-skipped = a linha de observações do modelo foi ignorada
import-columns = Colunas
import-ignored = ignorada
import-only-valid = { $count ->
    [one] Só a linha válida é importada
   *[other] Só as { $count } linhas válidas são importadas
  }. Importar adiciona as contas sem convidá-las (use Reenviar convite depois); Importar e convidar envia um convite a cada uma. AVISO: Ao clicar em Convidar, você declara que obteve a permissão dos destinatários para receber notificações por SMS por meio de acordo de trabalho ou outro acordo. Podem ser cobradas tarifas de mensagens e dados.
import-none-importable = Nenhuma linha pode ser importada: corrija as linhas abaixo e envie o arquivo novamente.
import-rows-tabs = Linhas
import-all-rows = Todas as linhas
import-invalid-tab = Linhas inválidas ({ $count })
import-no-rows = Nenhuma linha para mostrar.
import-line = Linha
import-result = Resultado
import-status-valid = Válida
import-status-exists = Já existe
import-status-invalid = Inválida

import-delimiter-comma = vírgulas
import-delimiter-semicolon = ponto e vírgula
import-delimiter-tab = tabulações
import-encoding-utf8-bom = UTF-8 com BOM

import-note-prefix = Observação:
import-note-intro = esta linha explica cada coluna; exclua-a ou deixe-a, ela não é importada.
import-note-firstname = firstname: opcional, o nome do usuário.
import-note-lastname = lastname: opcional, o sobrenome do usuário.
import-note-username = email address or device: obrigatório, um endereço de e-mail ou um número de telefone com o código do país, como +15550100000; o convite é enviado para ele.
import-note-social = social_messaging: obrigatório, Yes ou No.
import-note-number = multiline_number: opcional, um número disponível desta organização, como +15550100000; vazio deixa o usuário escolher um na ativação.
import-note-monitor-calls = monitor_calls: obrigatório, auto ou off.
import-note-monitor-sms = monitor_sms: obrigatório, on ou off.
import-note-forwarding = forwarding_number: opcional, de 4 a 18 dígitos com o código do país.
import-note-restrict = restrict_incoming_social_messaging: opcional, true ou false; true só quando social_messaging é Yes.
import-note-language = Language: opcional, English, Italian, German, French ou Spanish; vazio significa English.

import-file-not-text = Este arquivo não é um arquivo de texto CSV. No Excel, use Arquivo > Salvar como > CSV UTF-8 (delimitado por vírgulas) e envie esse arquivo.
import-file-empty = Este arquivo está vazio. Baixe o modelo, adicione uma linha por conta sob os nomes das colunas e envie-o novamente.
import-file-not-readable = Salve-o na sua planilha como CSV UTF-8 (delimitado por vírgulas) e envie-o novamente.
import-file-line-unreadable = A linha { $line } não pôde ser lida como CSV. Salve-o na sua planilha como CSV UTF-8 (delimitado por vírgulas) e envie-o novamente.
import-file-quote-open = A linha { $line } tem uma aspa (") que nunca é fechada, então o resto do arquivo seria lido como uma única célula. Feche ou remova essa aspa e envie o arquivo novamente.
import-file-too-many-rows = Este arquivo tem { $rows } linhas; no máximo { $max } podem ser importadas de uma vez. Divida-o em arquivos menores.
import-file-no-rows = Este arquivo tem nomes de colunas, mas nenhuma conta. Adicione uma linha por conta sob os nomes das colunas e envie-o novamente.
import-file-missing-columns = { $count ->
    [one] A coluna "{ $missing }" está faltando.
   *[other] As colunas "{ $missing }" estão faltando.
  } A primeira linha deve nomear as colunas como o modelo faz: { $all }.

import-enter-choice = Digite { $yes } ou { $no }.
import-not-choice = '{ $value }' não é { $yes } nem { $no }: digite { $yes } ou { $no }.
import-restrict-no-social = Esta organização não tem mensagens sociais: deixe restrict_incoming_social_messaging vazio ou digite false.
import-restrict-needs-social = Só se aplica quando social_messaging é Yes: digite false ou defina social_messaging como Yes.
import-not-a-language = '{ $value }' não é um idioma que oferecemos: digite English, Italian, German, French ou Spanish.
import-too-long-username = No máximo { $max } caracteres: também é o ID da conta.
import-also-on-line = Também na linha { $line }: cada e-mail ou número de dispositivo só pode ser importado uma vez.
import-number-taken-by-line = { $number } já é usado pela linha { $line } deste arquivo.
import-exists-in = Já existe uma conta com este e-mail ou número de dispositivo em { $org }.
import-number-unknown = { $number } não é um número deste portal: adicione-o primeiro em Configuração > Gerenciamento de números.
import-number-elsewhere = { $number } está alocado a outra organização, não a { $org }.
import-number-not-available = { $number } está { $status }, não disponível.
import-choose-org = Escolha uma organização.
import-choose-profile = Escolha permissões de usuário disponíveis em { $org }.
import-being-imported = Este arquivo já está sendo importado: veja Relatórios > Relatórios de operações em lote.
import-undo-not-import = Só uma importação CSV pode ser desfeita: este lote não é uma.
import-undo-running = Esta importação ainda está em andamento: desfaça-a quando terminar.
import-undo-done-already = Esta importação já foi desfeita.
import-undo-changed-now = Uma conta importada mudou há pouco: veja a lista novamente.
