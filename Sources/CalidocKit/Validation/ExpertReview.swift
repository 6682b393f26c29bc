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
        /// The rule codes that check it.
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

    /// A requirement: what it needs in the workspace, and which rules check it.
    struct Requirement: Sendable {
        let key: String
        let title: LocalizedMessage
        let codes: [String]
        let applies: @Sendable (Workspace) -> Bool
    }

    /// The requirements, in the order a reviewer reads the Política and then the Plan.
    static let requirements: [Requirement] = [
        Requirement(key: "actores",
                    title: LocalizedMessage(es: "Actores en los tres roles (gobernanza, implementación y monitoreo)",
                                            en: "Actors in the three roles (governance, implementation, monitoring)"),
                    codes: ["R-ACT-01", "R-ACT-02"], applies: { $0.policy != nil }),
        Requirement(key: "objetivos",
                    title: LocalizedMessage(es: "Objetivos relacionados con las definiciones estratégicas institucionales",
                                            en: "Objectives related to the institution's strategic definitions"),
                    codes: ["R-OBJ-01"], applies: { $0.policy != nil }),
        Requirement(key: "usuarios",
                    title: LocalizedMessage(es: "Usuarios caracterizados, con su número aproximado",
                                            en: "Users characterised, with their approximate number"),
                    codes: ["R-USR-01", "R-USR-02"], applies: { $0.policy != nil }),
        Requirement(key: "lineas",
                    title: LocalizedMessage(es: "Líneas de acción vinculadas a los ámbitos prioritarios del diagnóstico",
                                            en: "Lines of action tied to the diagnosis's priority areas"),
                    codes: ["R-DIR-01"], applies: { $0.policy != nil && $0.diagnosis != nil }),
        Requirement(key: "plan",
                    title: LocalizedMessage(es: "Actividades del Plan con área responsable, población objetivo, indicador y meta",
                                            en: "Plan activities with a responsible area, target population, indicator and goal"),
                    codes: ["R-PLAN-01", "R-PLAN-02", "R-PLAN-03", "R-PLAN-04", "R-PLAN-05"], applies: { $0.plan != nil }),
        Requirement(key: "textos",
                    title: LocalizedMessage(es: "Sin textos de ejemplo pendientes de reemplazar",
                                            en: "No example text left to replace"),
                    codes: ["R-TXT-01"], applies: { _ in true }),
    ]

    /// The checklist for a validated (or refused) workspace.
    public static func checklist(_ validation: WorkspaceValidation) -> [Item] {
        guard let workspace = validation.loaded.workspace else {
            return requirements.map { Item(key: $0.key, title: $0.title, codes: $0.codes, status: .notApplicable, findings: []) }
        }
        return requirements.map { requirement in
            let findings = validation.diagnostics.filter { requirement.codes.contains($0.code) }
            let status: Status = !requirement.applies(workspace) ? .notApplicable : findings.isEmpty ? .met : .observed
            return Item(key: requirement.key, title: requirement.title, codes: requirement.codes, status: status, findings: findings)
        }
    }
}
