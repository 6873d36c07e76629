# Suborganizações: a árvore, criar, renomear e excluir.

suborgs-new-name = Nome da nova suborganização
suborgs-create = Criar suborganização
suborgs-none = Esta organização ainda não tem suborganizações.
suborgs-new-name-for = Novo nome para { $name }
suborgs-rename = Renomear
suborgs-summary =
    Suborganizações: { $suborgs ->
        [1] { $suborgs } direta
       *[other] { $suborgs } diretas
    }, { $suborgs_all } em todos os níveis · Administradores: { $admins ->
        [1] { $admins } direto
       *[other] { $admins } diretos
    }, { $admins_all } em todos os níveis
suborgs-created = Suborganização '{ $name }' criada.
suborgs-renamed = Suborganização '{ $old }' renomeada para '{ $new }'.
suborgs-deleted = Suborganização '{ $name }' excluída.
suborgs-name-invalid = O nome não é válido.
suborgs-name-taken = Já existe aqui uma suborganização chamada '{ $name }'.

suborgs-delete-title = Excluir suborganização
suborgs-delete-heading = Excluir { $name }?
suborgs-delete-yes = Sim, excluir
suborgs-delete-before = Excluir a suborganização
suborgs-delete-after = ? Esta ação não pode ser desfeita.
suborgs-back = Voltar para Suborganizações
suborgs-cannot-delete = '{ $name }' não pode ser excluída. { $reason }
suborgs-blocked = Ela ainda tem { $what }. Mova-os ou exclua-os primeiro.
suborgs-not-empty = '{ $name }' não pode ser excluída enquanto tiver { $what }. Mova-os ou exclua-os primeiro.
suborgs-in-use = A suborganização não pode ser excluída enquanto tiver membros. Mova-os ou exclua-os primeiro.
suborgs-top-not-deletable = A organização de nível superior não pode ser excluída.
suborgs-dependants-admins =
    { $count ->
        [1] { $count } administrador
       *[other] { $count } administradores
    }
suborgs-dependants-children =
    { $count ->
        [1] { $count } suborganização
       *[other] { $count } suborganizações
    }
suborgs-dependants-numbers =
    { $count ->
        [1] { $count } número
       *[other] { $count } números
    }
suborgs-dependants-accounts =
    { $count ->
        [1] { $count } conta
       *[other] { $count } contas
    }
suborgs-dependants-nothing = nada
suborgs-and = { $list } e { $last }
