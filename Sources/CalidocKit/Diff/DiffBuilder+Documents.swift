extension DiffBuilder {
    /// Documents present in one version only: "Se incorpora el Plan de Mejoramiento."
    ///
    /// Without this, a version that adds its first diagnosis would print "No hay diferencias". The
    /// participation record is evidence of the process that led to a version, not one of its
    /// documents: it is compared field by field when both versions have it, and its first appearance
    /// is not a change of the documents.
    mutating func documents(old: Workspace, new: Workspace) {
        let inputs: [(present: (Workspace) -> Bool, es: String, en: String)] = [
            ({ $0.policy != nil }, "la Política de Calidad de Servicio", "the service quality policy"),
            ({ $0.plan != nil }, "el Plan de Mejoramiento", "the improvement plan"),
            ({ $0.diagnosis != nil }, "el Diagnóstico", "the diagnosis"),
            ({ $0.progress != nil }, "el Informe de resultados del Plan", "the plan results report"),
        ]
        var changes: [Change] = []
        for input in inputs {
            switch (input.present(old), input.present(new)) {
            case (false, true):
                changes.append(change(.agregado, "documento", statement: language.pick("Se incorpora \(input.es).", "\(input.en.prefixCapitalized) is added.")))
            case (true, false):
                changes.append(change(.eliminado, "documento", statement: language.pick("Se elimina \(input.es).", "\(input.en.prefixCapitalized) is removed.")))
            case (true, true), (false, false):
                continue
            }
        }
        add("documentos", title: language.pick("Documentos", "Documents"), changes)
    }
}
