# Validadores compartidos (domain::values, time_zones, password_policy).

values-email-empty = Introduzca una dirección de correo electrónico.
values-email-too-long = Una dirección de correo electrónico tiene como máximo 254 caracteres.
values-email-invalid = Introduzca una dirección de correo electrónico válida, como nombre@example.com.
values-first-name-empty = Introduzca un nombre.
values-first-name-too-long = El nombre tiene como máximo { $max } caracteres.
values-first-name-control = El nombre no puede contener saltos de línea ni caracteres de control.
values-last-name-empty = Introduzca un apellido.
values-last-name-too-long = El apellido tiene como máximo { $max } caracteres.
values-last-name-control = El apellido no puede contener saltos de línea ni caracteres de control.
values-name-empty = Introduzca un nombre.
values-name-too-long = El nombre tiene como máximo { $max } caracteres.
values-name-control = El nombre no puede contener saltos de línea ni caracteres de control.
values-password-too-short = Use al menos { $min } caracteres.
values-password-too-long = Use como máximo { $max } caracteres.
values-password-mismatch = Las dos contraseñas no coinciden.
values-phone-empty = Introduzca un número de teléfono.
values-phone-not-a-number = '{ $input }' no es un número de teléfono: use dígitos con el código de país, como +15550100000.
values-phone-no-country-code = A '{ $input }' le falta el código de país, como +15550100000.
values-phone-invalid = '{ $input }' no es un número internacional válido: los números E.164 tienen de 8 a 15 dígitos después del +.
values-language-invalid = Elija inglés, español o portugués.
values-time-zone-invalid = Elija una zona horaria de la lista.

values-password-own-words = No construya su contraseña a partir de su nombre o su dirección de correo electrónico.
values-password-repeats = Los caracteres o palabras repetidos (como aaaa o passwordpassword) son fáciles de adivinar.
values-password-common = Esta es una contraseña de uso común: los atacantes las prueban primero.
values-password-sequence = Las secuencias como abcd o 4321 son fáciles de adivinar.
values-password-keyboard = Los patrones de teclado como qwerty son fáciles de adivinar.
values-password-dates = Las fechas y los años son fáciles de adivinar.
values-password-common-words = Unas pocas palabras o nombres comunes son fáciles de adivinar: añada más palabras que no tengan relación entre sí.
values-password-too-easy = Esta contraseña es demasiado fácil de adivinar: pruebe una frase más larga de palabras que no tengan relación entre sí.
