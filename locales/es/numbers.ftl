# Configuración → Gestión de números: la lista y la utilización, Añadir
# números, la ficha de un número, eliminar, asignar y retirar.

numbers-title = Gestión de números
numbers-add = Añadir números
numbers-withdraw-to = Retirar a { $org }
numbers-allocate-to-suborg = Asignar a una suborganización
numbers-utilisation = Utilización
numbers-utilisation-value = { $assigned } de { $total } asignados
numbers-status-available = Disponible
numbers-status-reserved = Reservado
numbers-status-assigned = Asignado
numbers-status-unknown = Desconocido
numbers-this-organization = (esta organización)
numbers-no-numbers = Sin números
numbers-withdraw-ellipsis = Retirar…
numbers-usage-hint = Los números propios de cada organización; la página de una suborganización muestra los de sus suborganizaciones.
numbers-of = Números de { $org }
numbers-contains = El número contiene
numbers-contains-placeholder = p. ej. 5550100
numbers-all-statuses = Todos los estados
numbers-tag = Etiqueta
numbers-any-tag = Cualquier etiqueta
numbers-no-tag = Sin etiqueta
numbers-none-yet = Esta organización todavía no tiene números.
numbers-add-link = Añada números
numbers-add-link-after = para asignarlos a las cuentas.
numbers-none-match = Ningún número coincide.
numbers-with-checked = Con los números marcados
numbers-tag-placeholder = p. ej. PORTADO
numbers-set-tag = Poner etiqueta
numbers-clear-tag = Quitar etiqueta
numbers-reserve = Reservar
numbers-make-available = Dejar disponible
numbers-allocate-to = Asignar a
numbers-allocate = Asignar
numbers-withdraw = Retirar
numbers-delete-ellipsis = Eliminar…
numbers-assigned-left = Los números asignados se dejan como están: solo cambian a través de su cuenta.
numbers-select-all-page = Seleccionar todos los números de esta página
numbers-account = Cuenta
numbers-last-changed = Último cambio
numbers-select-one = Seleccionar { $number }
numbers-summary = { $count ->
    [one] { $n } número.
   *[other] { $n } números.
}
numbers-summary-match = { $count ->
    [one] { $n } número coincide.
   *[other] { $n } números coinciden.
}
numbers-summary-more = Más de { $n } números coinciden: acote la búsqueda para verlos todos.

numbers-account-id-paren = (ID de cuenta { $id })
numbers-added = Añadido
numbers-last-changed-lower = Último cambio
numbers-assigned-note = Este número está asignado a una cuenta: solo cambia a través de la cuenta (cuando la cuenta se elimina o recibe otro número, vuelve a estar disponible).
numbers-available-explained = — se puede asignar a una cuenta
numbers-reserved-explained = — apartado; solo se asigna cuando se elige expresamente
numbers-tag-hint-optional = Opcional. Letras, dígitos, - y _, como PORTADO.
numbers-delete-this = Eliminar este número
numbers-back = Volver a Gestión de números
numbers-choose-status = Elija Disponible o Reservado.
numbers-saved = Se guardó { $number }.
numbers-deleted-one = Se eliminó { $number }.

numbers-delete-one-title = Eliminar número
numbers-delete-question = ¿Eliminar { $number }?
numbers-assigned-to-named = { $number } está asignado a una cuenta ({ $name }): solo se puede cambiar a través de la cuenta.
numbers-assigned-to-account = { $number } está asignado a una cuenta: solo se puede cambiar a través de la cuenta.
numbers-back-to = Volver a { $number }
numbers-delete-one-before = ¿Eliminar
numbers-delete-one-after = ? Ya no se podrá asignar a cuentas. No se puede deshacer.

numbers-delete-title = Eliminar números
numbers-none-deletable = No se puede eliminar ninguno de estos números.
numbers-none-deletable-assigned = { $count ->
    [one] No se puede eliminar ninguno de estos números: está asignado a una cuenta y solo cambia a través de ella.
   *[other] No se puede eliminar ninguno de estos números: están asignados a cuentas y solo cambian a través de ellas.
}
numbers-delete-many = { $count ->
    [one] ¿Eliminar este número? Sale de { $org } y ya no se podrá asignar a cuentas. No se puede deshacer.
   *[other] ¿Eliminar estos { $count } números? Salen de { $org } y ya no se podrán asignar a cuentas. No se puede deshacer.
}
numbers-assigned-kept = { $count ->
    [one] { $count } número seleccionado está asignado y se conservará: los números asignados solo cambian a través de su cuenta.
   *[other] { $count } números seleccionados están asignados y se conservarán: los números asignados solo cambian a través de su cuenta.
}
numbers-yes-delete-count = { $count ->
    [one] Sí, eliminar { $count } número
   *[other] Sí, eliminar { $count } números
}

numbers-allocate-title = Asignar números
numbers-withdraw-title = Retirar números
numbers-allocate-intro = Mueva números disponibles de { $here } a una de sus suborganizaciones. { $n } disponibles aquí. Conservan su etiqueta; los números asignados se quedan con sus cuentas.
numbers-withdraw-intro = Devuelva números disponibles de { $here } a { $parent }. { $n } disponibles aquí. Conservan su etiqueta; los números asignados se quedan con sus cuentas.
numbers-move-particular-before = Para mover números concretos, márquelos en la
numbers-move-particular-link = lista
numbers-move-particular-after = en su lugar.
numbers-no-suborgs = Esta organización no tiene suborganizaciones a las que asignar números. Créelas en Suborganizaciones.
numbers-none-to-move = Aquí no hay números disponibles para mover.
numbers-how-many = Cuántos números disponibles
numbers-how-many-hint = Los primeros por orden de número.
numbers-with-tag = Con la etiqueta
numbers-any-tag-or-none = Cualquier etiqueta o ninguna
numbers-to = A
numbers-enter-count = Indique cuántos números, de 1 a { $max }.
numbers-choose-suborg = Elija una suborganización.
numbers-choose-suborg-of = Elija una suborganización de { $org } a la que asignar.
numbers-withdraw-parent-only = Los números de { $org } solo los puede retirar un administrador de su organización superior.
numbers-allocated-done = Se asignaron { $numbers } a { $to }.
numbers-withdrew-done = Se retiraron { $numbers } de { $from } a { $to }.
numbers-nothing-moved = No se movió nada: { $org } no tiene números disponibles{ $tagged ->
    [yes] {" "}con la etiqueta { $tag }
   *[no] {""}
}.
numbers-moved-short = Pidió { $asked }, pero solo había { $found } números disponibles{ $tagged ->
    [yes] {" "}con la etiqueta { $tag }
   *[no] {""}
}.

numbers-add-lead-before = Los números se añaden a { $org } como disponibles. Escríbalos con el código de país; se admiten espacios, guiones y paréntesis
numbers-add-lead-becomes = se convierte en
numbers-add-lead-after = Un número que ya existe, en cualquier organización, se rechaza y no se añade nada.
numbers-nothing-added-see = No se añadió nada: vea
numbers-messages-below = { $count ->
    [one] el mensaje de abajo
   *[other] los mensajes de abajo
}
numbers-one = Un número
numbers-add-number = Añadir número
numbers-range = Un rango
numbers-from = Desde
numbers-to-included = Hasta (incluido)
numbers-range-hint = Como máximo { $cap } números, p. ej. de +15550100000 a +15550100999.
numbers-add-range = Añadir rango
numbers-list = Una lista
numbers-list-hint = Uno por línea, o separados por comas o punto y coma; como máximo { $cap }.
numbers-add-list = Añadir lista
numbers-optional = (opcional)
numbers-tag-hint = Letras, dígitos, - y _, como PORTADO.

numbers-count = { $count ->
    [one] { $n } número
   *[other] { $n } números
}
numbers-nothing-changed = No se cambió nada. { $skipped }
numbers-select-first = Seleccione primero los números: márquelos en la lista.
numbers-skipped = { $n } omitidos: { $why }.
numbers-skipped-assigned = { $count ->
    [one] { $n } está asignado (los números asignados solo cambian a través de su cuenta)
   *[other] { $n } están asignados (los números asignados solo cambian a través de su cuenta)
}
numbers-skipped-unchanged = { $count ->
    [one] { $n } ya estaba { $already ->
        [reserved] reservado
        [available] disponible
        [tagged] etiquetado
        [deleted] eliminado
       *[moved] movido
    }
   *[other] { $n } ya estaban { $already ->
        [reserved] reservados
        [available] disponibles
        [tagged] etiquetados
        [deleted] eliminados
       *[moved] movidos
    }
}
numbers-skipped-missing = { $count ->
    [one] { $n } ya no está en esta organización
   *[other] { $n } ya no están en esta organización
}
numbers-reserved-done = Se reservaron { $numbers }.
numbers-made-available-done = { $numbers } quedaron disponibles.
numbers-type-tag = Escriba la etiqueta que desea poner, o use Quitar etiqueta para quitarla.
numbers-tag-not-set = No se puso la etiqueta: { $reason }
numbers-tag-set-done = Etiqueta { $tag } puesta en { $numbers }.
numbers-tag-cleared-done = Etiqueta quitada de { $numbers }.
numbers-select-to-delete = Seleccione los números que desea eliminar: márquelos en la lista.
numbers-deleted-done = Se eliminaron { $numbers }.
numbers-selection-unreadable = No se pudo leer la selección.
numbers-select-at-most = Seleccione como máximo { $max } números a la vez.
numbers-assigned-refusal = { $number } está asignado a una cuenta: solo se puede cambiar a través de la cuenta.
numbers-assigned-through-accounts = Los números se asignan a través de las cuentas.

numbers-tag-too-long = Una etiqueta tiene como máximo { $max } caracteres.
numbers-tag-invalid = Una etiqueta solo puede contener letras, dígitos, - y _ (como PORTADO).
numbers-range-backwards = El rango termina antes de empezar: { $last } va antes que { $first }.
numbers-range-too-big = Un rango admite como máximo { $cap } números; este tiene { $size }.
numbers-list-empty = Introduzca los números, uno por línea.
numbers-list-bad-entries = { $count ->
    [one] Esta entrada no es un número de teléfono: { $entries }. Use dígitos con el código de país, como +15550100000.
   *[other] Estas entradas no son números de teléfono: { $entries }. Use dígitos con el código de país, como +15550100000.
}
numbers-list-too-big = Una lista admite como máximo { $cap } números; esta tiene { $size }.
numbers-named-and = { $init } y { $last }
numbers-named-more = { $shown } y { $rest } más
numbers-enter-at-least-one = Introduzca al menos un número.
numbers-added-one = Se añadió { $number }{ $tagged ->
    [yes] {" "}con la etiqueta { $tag }
   *[no] {""}
}.
numbers-added-many = Se añadieron { $n } números (de { $first } a { $last }){ $tagged ->
    [yes] {" "}con la etiqueta { $tag }
   *[no] {""}
}.
numbers-added-meanwhile = Otra persona añadió algunos de estos números en ese mismo momento. No se añadió nada; inténtelo de nuevo.
numbers-exists-one = { $number } ya existe. Los números son únicos: no se añadió nada.
numbers-exists-one-of = 1 de estos números ya existe: { $number }. No se añadió nada.
numbers-exist-all = Los { $n } números ya existen: { $numbers }. No se añadió nada.
numbers-exist-some = { $n } de estos números ya existen: { $numbers }. No se añadió nada.
