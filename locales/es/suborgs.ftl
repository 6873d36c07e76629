# Suborganizaciones: el árbol, crear, renombrar y eliminar.

suborgs-new-name = Nombre de la nueva suborganización
suborgs-create = Crear suborganización
suborgs-none = Esta organización aún no tiene suborganizaciones.
suborgs-new-name-for = Nuevo nombre para { $name }
suborgs-rename = Renombrar
suborgs-summary =
    Suborganizaciones: { $suborgs ->
        [one] { $suborgs } directa
       *[other] { $suborgs } directas
    }, { $suborgs_all } en todos los niveles · Administradores: { $admins ->
        [one] { $admins } directo
       *[other] { $admins } directos
    }, { $admins_all } en todos los niveles
suborgs-created = Suborganización '{ $name }' creada.
suborgs-renamed = Suborganización '{ $old }' renombrada a '{ $new }'.
suborgs-deleted = Suborganización '{ $name }' eliminada.
suborgs-name-invalid = El nombre no es válido.
suborgs-name-taken = Ya existe aquí una suborganización llamada '{ $name }'.

suborgs-delete-title = Eliminar suborganización
suborgs-delete-heading = ¿Eliminar { $name }?
suborgs-delete-yes = Sí, eliminar
suborgs-delete-before = ¿Eliminar la suborganización
suborgs-delete-after = ? Esta acción no se puede deshacer.
suborgs-back = Volver a Suborganizaciones
suborgs-cannot-delete = '{ $name }' no se puede eliminar. { $reason }
suborgs-blocked = Todavía tiene { $what }. Trasládelos o elimínelos primero.
suborgs-not-empty = '{ $name }' no se puede eliminar mientras tenga { $what }. Trasládelos o elimínelos primero.
suborgs-in-use = La suborganización no se puede eliminar mientras tenga miembros. Trasládelos o elimínelos primero.
suborgs-top-not-deletable = La organización superior no se puede eliminar.
suborgs-dependants-admins =
    { $count ->
        [one] { $count } administrador
       *[other] { $count } administradores
    }
suborgs-dependants-children =
    { $count ->
        [one] { $count } suborganización
       *[other] { $count } suborganizaciones
    }
suborgs-dependants-numbers =
    { $count ->
        [one] { $count } número
       *[other] { $count } números
    }
suborgs-dependants-accounts =
    { $count ->
        [one] { $count } cuenta
       *[other] { $count } cuentas
    }
suborgs-dependants-nothing = nada
suborgs-and = { $list } y { $last }
