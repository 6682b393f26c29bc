/// The checks the Red de Expertos makes when it reviews a Política and its Plan, as a checklist
/// ("Revisión de la Red de Expertos" in `calidoc serve`): each item names the PMG requirement, the
/// rules that check it, and what validation found.
public enum ExpertReview {
    /// One requirement of the review.
    public struct Item: Sendable, Equatable {
        /// Stable key (for pages and tests).
        public let key: String
        /// The requirement in the reviewer's words.
        public let title: LocalizedMessage
        /// The rule codes that check it, as prefixes (`R-ACT-` covers `R-ACT-01`, `R-ACT-02`…).
        public let codes: [String]
        /// Met, with findings, or not applicable (the input it reads is absent).
        public let status: Status
        /// The findings of those rules.
        public let findings: [Diagnostic]
    }

    /// Where a requirement stands.
    public enum Status: String, Sendable, Equatable {
        /// No finding.
        case met = "cumple"
        /// At least one finding (error or warning).
        case observed = "con-observaciones"
        /// The document it concerns is not in the workspace.
        case notApplicable = "no-aplica"
    }

    /// A requirement: what it needs in the workspace, and which rules check it (by code prefix, so a
    /// rule added later under the same prefix lands in its requirement without touching this list).
    struct Requirement: Sendable {
        let key: String
        let title: LocalizedMessage
        let prefixes: [String]
        let applies: @Sendable (Workspace) -> Bool
    }

    /// The requirements, in the order a reviewer reads the Política, the Plan, the diagnosis and
    /// the results. Every rule code (`R-…`) belongs to exactly one of them; a code no prefix names
    /// falls into the last one, «Otras reglas», so no finding is ever left out of the checklist.
    static let requirements: [Requirement] = [
        Requirement(key: "actores",
                    title: LocalizedMessage(es: "Actores en los tres roles (gobernanza, implementación y monitoreo)",
                                            en: "Actors in the three roles (governance, implementation, monitoring)"),
                    prefixes: ["R-ACT-"], applies: { $0.policy != nil }),
        Requirement(key: "objetivos",
                    title: LocalizedMessage(es: "Objetivos relacionados con las definiciones estratégicas institucionales",
                                            en: "Objectives related to the institution's strategic definitions"),
                    prefixes: ["R-OBJ-"], applies: { $0.policy != nil }),
        Requirement(key: "usuarios",
                    title: LocalizedMessage(es: "Usuarios caracterizados, con su número aproximado",
                                            en: "Users characterised, with their approximate number"),
                    prefixes: ["R-USR-"], applies: { $0.policy != nil }),
        Requirement(key: "lineas",
                    title: LocalizedMessage(es: "Líneas de acción vinculadas a los ámbitos prioritarios del diagnóstico",
                                            en: "Lines of action tied to the diagnosis's priority areas"),
                    prefixes: ["R-DIR-"], applies: { $0.policy != nil && $0.diagnosis != nil }),
        Requirement(key: "plan",
                    title: LocalizedMessage(es: "Actividades del Plan con área responsable, población objetivo, indicador y meta",
                                            en: "Plan activities with a responsible area, target population, indicator and goal"),
                    prefixes: ["R-PLAN-"], applies: { $0.plan != nil }),
        Requirement(key: "cifras",
                    title: LocalizedMessage(es: "Cifras del diagnóstico coherentes (reclamos, SAIP, trámites, MESU)",
                                            en: "Consistent diagnosis figures (complaints, SAIP, procedures, MESU)"),
                    prefixes: ["R-EST-", "R-TRA-", "R-MESU-"], applies: { $0.diagnosis != nil }),
        Requirement(key: "participacion",
                    title: LocalizedMessage(es: "Participación ciudadana y fechas", en: "Citizen participation and dates"),
                    prefixes: ["R-PAR-", "R-FEC-"], applies: { _ in true }),
        Requirement(key: "informe",
                    title: LocalizedMessage(es: "Informe de resultados ligado al Plan", en: "Results report tied to the Plan"),
                    prefixes: ["R-AVA-"], applies: { $0.progress != nil }),
        Requirement(key: "textos",
                    title: LocalizedMessage(es: "Sin textos de ejemplo pendientes de reemplazar ni marcas sin cerrar",
                                            en: "No example text left to replace, no unclosed marks"),
                    prefixes: ["R-TXT-"], applies: { _ in true }),
    ]

    /// «Otras reglas»: shown only when a rule code matches no requirement's prefix.
    static let others = Requirement(
        key: "otras", title: LocalizedMessage(es: "Otras reglas", en: "Other rules"), prefixes: ["R-"], applies: { _ in true })

    /// The checklist for a validated (or refused) workspace: every requirement, then «Otras reglas»
    /// when a rule finding matched none of them.
    public static func checklist(_ validation: WorkspaceValidation) -> [Item] {
        let rules = validation.diagnostics.filter { $0.code.hasPrefix("R-") }
        let claimed: (Diagnostic) -> Bool = { finding in
            requirements.contains { $0.prefixes.contains { finding.code.hasPrefix($0) } }
        }
        let unclaimed = rules.filter { !claimed($0) }
        let shown = requirements + (unclaimed.isEmpty ? [] : [others])
        guard let workspace = validation.loaded.workspace else {
            return shown.map { Item(key: $0.key, title: $0.title, codes: $0.prefixes, status: .notApplicable, findings: []) }
        }
        return shown.map { requirement in
            let findings = requirement.key == others.key
                ? unclaimed : rules.filter { finding in requirement.prefixes.contains { finding.code.hasPrefix($0) } }
            let status: Status = !requirement.applies(workspace) && findings.isEmpty
                ? .notApplicable : findings.isEmpty ? .met : .observed
            return Item(key: requirement.key, title: requirement.title, codes: requirement.prefixes, status: status, findings: findings)
        }
    }
}
