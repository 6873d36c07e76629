# Configuração → Gerenciamento de números: a lista e a utilização,
# Adicionar números, a página de um número, excluir, alocar e recolher.

numbers-title = Gerenciamento de números
numbers-add = Adicionar números
numbers-withdraw-to = Recolher para { $org }
numbers-allocate-to-suborg = Alocar a uma suborganização
numbers-utilisation = Utilização
numbers-utilisation-value = { $assigned } de { $total } atribuídos
numbers-status-available = Disponível
numbers-status-reserved = Reservado
numbers-status-assigned = Atribuído
numbers-status-unknown = Desconhecido
numbers-this-organization = (esta organização)
numbers-no-numbers = Sem números
numbers-withdraw-ellipsis = Recolher…
numbers-usage-hint = Os números próprios de cada organização; a página de uma suborganização mostra os das suas suborganizações.
numbers-of = Números de { $org }
numbers-contains = O número contém
numbers-contains-placeholder = ex.: 5550100
numbers-all-statuses = Todos os status
numbers-tag = Etiqueta
numbers-any-tag = Qualquer etiqueta
numbers-no-tag = Sem etiqueta
numbers-none-yet = Esta organização ainda não tem números.
numbers-add-link = Adicione números
numbers-add-link-after = para atribuí-los às contas.
numbers-none-match = Nenhum número corresponde.
numbers-with-checked = Com os números marcados
numbers-tag-placeholder = ex.: PORTADO
numbers-set-tag = Definir etiqueta
numbers-clear-tag = Remover etiqueta
numbers-reserve = Reservar
numbers-make-available = Tornar disponível
numbers-allocate-to = Alocar a
numbers-allocate = Alocar
numbers-withdraw = Recolher
numbers-delete-ellipsis = Excluir…
numbers-assigned-left = Números atribuídos ficam como estão: só mudam pela conta deles.
numbers-select-all-page = Selecionar todos os números desta página
numbers-account = Conta
numbers-last-changed = Última alteração
numbers-select-one = Selecionar { $number }
numbers-summary = { $count ->
    [one] { $n } número.
   *[other] { $n } números.
}
numbers-summary-match = { $count ->
    [one] { $n } número corresponde.
   *[other] { $n } números correspondem.
}
numbers-summary-more = Mais de { $n } números correspondem: refine a busca para ver todos.

numbers-account-id-paren = (ID da conta { $id })
numbers-added = Adicionado em
numbers-last-changed-lower = Última alteração
numbers-assigned-note = Este número está atribuído a uma conta: só muda pela conta (quando a conta é excluída ou recebe outro número, ele volta a ficar disponível).
numbers-available-explained = — pode ser atribuído a uma conta
numbers-reserved-explained = — guardado; só é atribuído quando escolhido pelo nome
numbers-tag-hint-optional = Opcional. Letras, dígitos, - e _, como PORTADO.
numbers-delete-this = Excluir este número
numbers-back = Voltar para Gerenciamento de números
numbers-choose-status = Escolha Disponível ou Reservado.
numbers-saved = { $number } salvo.
numbers-deleted-one = { $number } excluído.

numbers-delete-one-title = Excluir número
numbers-delete-question = Excluir { $number }?
numbers-assigned-to-named = { $number } está atribuído a uma conta ({ $name }): só pode ser alterado pela conta.
numbers-assigned-to-account = { $number } está atribuído a uma conta: só pode ser alterado pela conta.
numbers-back-to = Voltar para { $number }
numbers-delete-one-before = Excluir
numbers-delete-one-after = ? Ele não poderá mais ser atribuído a contas. Isso não pode ser desfeito.

numbers-delete-title = Excluir números
numbers-none-deletable = Nenhum destes números pode ser excluído.
numbers-none-deletable-assigned = { $count ->
    [one] Nenhum destes números pode ser excluído: ele está atribuído a uma conta e só muda por ela.
   *[other] Nenhum destes números pode ser excluído: eles estão atribuídos a contas e só mudam por elas.
}
numbers-delete-many = { $count ->
    [one] Excluir este número? Ele sai de { $org } e não poderá mais ser atribuído a contas. Isso não pode ser desfeito.
   *[other] Excluir estes { $count } números? Eles saem de { $org } e não poderão mais ser atribuídos a contas. Isso não pode ser desfeito.
}
numbers-assigned-kept = { $count ->
    [one] { $count } número selecionado está atribuído e será mantido: números atribuídos só mudam pela conta deles.
   *[other] { $count } números selecionados estão atribuídos e serão mantidos: números atribuídos só mudam pela conta deles.
}
numbers-yes-delete-count = { $count ->
    [one] Sim, excluir { $count } número
   *[other] Sim, excluir { $count } números
}

numbers-allocate-title = Alocar números
numbers-withdraw-title = Recolher números
numbers-allocate-intro = Mova números disponíveis de { $here } para uma das suas suborganizações. { $n } disponíveis aqui. Eles mantêm a etiqueta; números atribuídos ficam com as suas contas.
numbers-withdraw-intro = Devolva números disponíveis de { $here } para { $parent }. { $n } disponíveis aqui. Eles mantêm a etiqueta; números atribuídos ficam com as suas contas.
numbers-move-particular-before = Para mover números específicos, marque-os na
numbers-move-particular-link = lista
numbers-move-particular-after = em vez disso.
numbers-no-suborgs = Esta organização não tem suborganizações para receber números. Crie-as em Suborganizações.
numbers-none-to-move = Não há números disponíveis aqui para mover.
numbers-how-many = Quantos números disponíveis
numbers-how-many-hint = Os primeiros pela ordem dos números.
numbers-with-tag = Com a etiqueta
numbers-any-tag-or-none = Qualquer etiqueta ou nenhuma
numbers-to = Para
numbers-enter-count = Informe quantos números, de 1 a { $max }.
numbers-choose-suborg = Escolha uma suborganização.
numbers-choose-suborg-of = Escolha uma suborganização de { $org } para alocar.
numbers-withdraw-parent-only = Os números de { $org } só podem ser recolhidos por um administrador da organização superior.
numbers-allocated-done = { $numbers } alocados a { $to }.
numbers-withdrew-done = { $numbers } recolhidos de { $from } para { $to }.
numbers-nothing-moved = Nada foi movido: { $org } não tem números disponíveis{ $tagged ->
    [yes] {" "}com a etiqueta { $tag }
   *[no] {""}
}.
numbers-moved-short = Você pediu { $asked }, mas só havia { $found } números disponíveis{ $tagged ->
    [yes] {" "}com a etiqueta { $tag }
   *[no] {""}
}.

numbers-add-lead-before = Os números são adicionados a { $org } como disponíveis. Digite-os com o código do país; espaços, hifens e parênteses são aceitos
numbers-add-lead-becomes = vira
numbers-add-lead-after = Um número que já existe, em qualquer organização, é recusado e nada é adicionado.
numbers-nothing-added-see = Nada foi adicionado: veja
numbers-messages-below = { $count ->
    [one] a mensagem abaixo
   *[other] as mensagens abaixo
}
numbers-one = Um número
numbers-add-number = Adicionar número
numbers-range = Um intervalo
numbers-from = De
numbers-to-included = Até (incluído)
numbers-range-hint = No máximo { $cap } números, ex.: de +15550100000 a +15550100999.
numbers-add-range = Adicionar intervalo
numbers-list = Uma lista
numbers-list-hint = Um por linha, ou separados por vírgulas ou ponto e vírgula; no máximo { $cap }.
numbers-add-list = Adicionar lista
numbers-optional = (opcional)
numbers-tag-hint = Letras, dígitos, - e _, como PORTADO.

numbers-count = { $count ->
    [one] { $n } número
   *[other] { $n } números
}
numbers-nothing-changed = Nada foi alterado. { $skipped }
numbers-select-first = Selecione os números primeiro: marque-os na lista.
numbers-skipped = { $n } ignorados: { $why }.
numbers-skipped-assigned = { $count ->
    [one] { $n } está atribuído (números atribuídos só mudam pela conta deles)
   *[other] { $n } estão atribuídos (números atribuídos só mudam pela conta deles)
}
numbers-skipped-unchanged = { $count ->
    [one] { $n } já estava { $already ->
        [reserved] reservado
        [available] disponível
        [tagged] etiquetado
        [deleted] excluído
       *[moved] movido
    }
   *[other] { $n } já estavam { $already ->
        [reserved] reservados
        [available] disponíveis
        [tagged] etiquetados
        [deleted] excluídos
       *[moved] movidos
    }
}
numbers-skipped-missing = { $count ->
    [one] { $n } não está mais nesta organização
   *[other] { $n } não estão mais nesta organização
}
numbers-reserved-done = { $numbers } reservados.
numbers-made-available-done = { $numbers } disponibilizados.
numbers-type-tag = Digite a etiqueta a definir, ou use Remover etiqueta para tirá-la.
numbers-tag-not-set = A etiqueta não foi definida: { $reason }
numbers-tag-set-done = Etiqueta { $tag } definida em { $numbers }.
numbers-tag-cleared-done = Etiqueta removida de { $numbers }.
numbers-select-to-delete = Selecione os números a excluir: marque-os na lista.
numbers-deleted-done = { $numbers } excluídos.
numbers-selection-unreadable = Não foi possível ler a seleção.
numbers-select-at-most = Selecione no máximo { $max } números de cada vez.
numbers-assigned-refusal = { $number } está atribuído a uma conta: só pode ser alterado pela conta.
numbers-assigned-through-accounts = Números são atribuídos pelas contas.

numbers-tag-too-long = Uma etiqueta tem no máximo { $max } caracteres.
numbers-tag-invalid = Uma etiqueta só pode conter letras, dígitos, - e _ (como PORTADO).
numbers-range-backwards = O intervalo termina antes de começar: { $last } vem antes de { $first }.
numbers-range-too-big = Um intervalo pode ter no máximo { $cap } números; este tem { $size }.
numbers-list-empty = Informe os números, um por linha.
numbers-list-bad-entries = { $count ->
    [one] Esta entrada não é um número de telefone: { $entries }. Use dígitos com o código do país, como +15550100000.
   *[other] Estas entradas não são números de telefone: { $entries }. Use dígitos com o código do país, como +15550100000.
}
numbers-list-too-big = Uma lista pode ter no máximo { $cap } números; esta tem { $size }.
numbers-named-and = { $init } e { $last }
numbers-named-more = { $shown } e mais { $rest }
numbers-enter-at-least-one = Informe pelo menos um número.
numbers-added-one = { $number } adicionado{ $tagged ->
    [yes] {" "}com a etiqueta { $tag }
   *[no] {""}
}.
numbers-added-many = { $n } números adicionados (de { $first } a { $last }){ $tagged ->
    [yes] {" "}com a etiqueta { $tag }
   *[no] {""}
}.
numbers-added-meanwhile = Alguns destes números foram adicionados por outra pessoa no mesmo momento. Nada foi adicionado; tente de novo.
numbers-exists-one = { $number } já existe. Os números são únicos: nada foi adicionado.
numbers-exists-one-of = 1 destes números já existe: { $number }. Nada foi adicionado.
numbers-exist-all = Todos os { $n } números já existem: { $numbers }. Nada foi adicionado.
numbers-exist-some = { $n } destes números já existem: { $numbers }. Nada foi adicionado.
