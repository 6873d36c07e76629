# Validadores compartilhados (domain::values, time_zones, password_policy).

values-email-empty = Informe um endereço de e-mail.
values-email-too-long = Um endereço de e-mail tem no máximo 254 caracteres.
values-email-invalid = Informe um endereço de e-mail válido, como nome@example.com.
values-first-name-empty = Informe um nome.
values-first-name-too-long = O nome tem no máximo { $max } caracteres.
values-first-name-control = O nome não pode conter quebras de linha nem caracteres de controle.
values-last-name-empty = Informe um sobrenome.
values-last-name-too-long = O sobrenome tem no máximo { $max } caracteres.
values-last-name-control = O sobrenome não pode conter quebras de linha nem caracteres de controle.
values-name-empty = Informe um nome.
values-name-too-long = O nome tem no máximo { $max } caracteres.
values-name-control = O nome não pode conter quebras de linha nem caracteres de controle.
values-password-too-short = Use pelo menos { $min } caracteres.
values-password-too-long = Use no máximo { $max } caracteres.
values-password-mismatch = As duas senhas não coincidem.
values-phone-empty = Informe um número de telefone.
values-phone-not-a-number = '{ $input }' não é um número de telefone: use dígitos com o código do país, como +15550100000.
values-phone-no-country-code = '{ $input }' precisa do código do país, como +15550100000.
values-phone-invalid = '{ $input }' não é um número internacional válido: números E.164 têm de 8 a 15 dígitos depois do +.
values-language-invalid = Escolha inglês, espanhol ou português.
values-time-zone-invalid = Escolha um fuso horário da lista.

values-password-own-words = Não crie sua senha a partir do seu nome ou endereço de e-mail.
values-password-repeats = Caracteres ou palavras repetidos (como aaaa ou passwordpassword) são fáceis de adivinhar.
values-password-common = Esta é uma senha muito usada: os invasores tentam essas primeiro.
values-password-sequence = Sequências como abcd ou 4321 são fáceis de adivinhar.
values-password-keyboard = Padrões de teclado como qwerty são fáceis de adivinhar.
values-password-dates = Datas e anos são fáceis de adivinhar.
values-password-common-words = Algumas poucas palavras ou nomes comuns são fáceis de adivinhar: acrescente mais palavras que não tenham relação entre si.
values-password-too-easy = Esta senha é fácil demais de adivinhar: tente uma frase mais longa com palavras que não tenham relação entre si.
