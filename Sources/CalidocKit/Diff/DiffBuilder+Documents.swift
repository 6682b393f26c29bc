extension DiffBuilder {
    /// Documents present in one version only: "Se incorpora el Plan de Mejoramiento."
    ///
    /// Without this, a version that adds its first diagnosis would print "No hay diferencias". The
    /// participation record is evidence of the process that led to a version, not one of its
    /// documents: it is compared field by field when both versions have it, and its first appearance
    /// is not a change of the documents.
    mutating func documents(old: Workspace, new: Workspace) {
        let inputs: [(present: (Workspace) -> Bool, name: DocumentName)] = [
            ({ $0.policy != nil }, .politica), ({ $0.plan != nil }, .plan), ({ $0.diagnosis != nil }, .diagnostico), ({ $0.progress != nil }, .informe),
        ]
        var changes: [Change] = []
        for input in inputs {
            let values = ["documento": say(.documentName(input.name))]
            switch (input.present(old), input.present(new)) {
            case (false, true):
                changes.append(change(.agregado, "documento", statement: say(.document(.agregado), values)))
            case (true, false):
                changes.append(change(.eliminado, "documento", statement: say(.document(.eliminado), values)))
            case (true, true), (false, false):
                continue
            }
        }
        add("documentos", title: language.pick("Documentos", "Documents"), changes)
    }
}
