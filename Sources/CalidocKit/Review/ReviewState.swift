/// Where a workspace's Política is in its yearly review: written, discussed by the Comité, sent to
/// the Red de Expertos, observed, corrected, approved by resolución, archived.
public enum ReviewState: String, Codable, Hashable, Sendable, CaseIterable {
    case borrador
    case enRevisionComite = "en_revision_comite"
    case enviadaRed = "enviada_red"
    case conObservaciones = "con_observaciones"
    case corregida
    case aprobada
    case archivada

    /// What a person reads.
    public func label(_ language: MessageLanguage) -> String {
        switch self {
        case .borrador: language.pick("Borrador", "Draft")
        case .enRevisionComite: language.pick("En revisión del Comité", "Under Committee review")
        case .enviadaRed: language.pick("Enviada a la Red de Expertos", "Sent to the Expert Network")
        case .conObservaciones: language.pick("Con observaciones", "With observations")
        case .corregida: language.pick("Corregida", "Corrected")
        case .aprobada: language.pick("Aprobada (resolución)", "Approved (resolution)")
        case .archivada: language.pick("Archivada", "Archived")
        }
    }
}

/// Who acts in the review: the roles of a shared server's accounts, or the one person of
/// `calidoc serve` on a laptop (who acts in every role).
public enum ReviewActor: Hashable, Sendable {
    case role(AccountRole)
    case localPerson

    /// Whether this person may write observations of the Red de Expertos in `state`: exactly
    /// those who may hand them in (reviewers and administrators, while the version is with the Red).
    public func mayObserve(in state: ReviewState) -> Bool {
        ReviewTransition.entregarObservaciones.allowed(for: self, in: state)
    }
}

/// A step of the review, the state it leaves from, the state it leads to, and who may take it.
public enum ReviewTransition: String, Codable, Hashable, Sendable, CaseIterable {
    /// The editor presents the draft to the Comité.
    case enviarAlComite = "enviar_al_comite"
    /// The Comité sends the draft back to the editor.
    case devolverAlEditor = "devolver_al_editor"
    /// The Comité approves sending the version to the Red de Expertos.
    case enviarALaRed = "enviar_a_la_red"
    /// A reviewer of the Red de Expertos closes their observations.
    case entregarObservaciones = "entregar_observaciones"
    /// The editor answered the observations (changes linked with `responde_a`).
    case marcarCorregida = "marcar_corregida"
    /// The Comité records the approving resolución.
    case aprobar
    /// The editor archives the signed version.
    case archivar

    /// The states the step leaves from.
    public var from: Set<ReviewState> {
        switch self {
        case .enviarAlComite: [.borrador]
        case .devolverAlEditor: [.enRevisionComite]
        case .enviarALaRed: [.enRevisionComite]
        case .entregarObservaciones: [.enviadaRed]
        case .marcarCorregida: [.conObservaciones]
        case .aprobar: [.corregida, .enviadaRed]
        case .archivar: [.aprobada]
        }
    }

    /// The state it leads to.
    public var to: ReviewState {
        switch self {
        case .enviarAlComite: .enRevisionComite
        case .devolverAlEditor: .borrador
        case .enviarALaRed: .enviadaRed
        case .entregarObservaciones: .conObservaciones
        case .marcarCorregida: .corregida
        case .aprobar: .aprobada
        case .archivar: .archivada
        }
    }

    /// The roles that may take it (administrators may take every step).
    public var roles: Set<AccountRole> {
        switch self {
        case .enviarAlComite, .marcarCorregida, .archivar: [.editor, .administrador]
        case .devolverAlEditor, .enviarALaRed, .aprobar: [.comite, .administrador]
        case .entregarObservaciones: [.revisor, .administrador]
        }
    }

    /// Whether `actor` may take this step from `state`.
    public func allowed(for actor: ReviewActor, in state: ReviewState) -> Bool {
        guard from.contains(state) else { return false }
        switch actor {
        case .localPerson: return true
        case .role(let role): return roles.contains(role)
        }
    }

    /// The button's words.
    public func label(_ language: MessageLanguage) -> String {
        switch self {
        case .enviarAlComite: language.pick("Enviar al Comité", "Send to the Committee")
        case .devolverAlEditor: language.pick("Devolver con comentarios", "Send back with comments")
        case .enviarALaRed: language.pick("Aprobar el envío a la Red de Expertos", "Approve sending to the Expert Network")
        case .entregarObservaciones: language.pick("Entregar las observaciones", "Hand in the observations")
        case .marcarCorregida: language.pick("Marcar como corregida", "Mark as corrected")
        case .aprobar: language.pick("Registrar la aprobación (resolución)", "Record the approval (resolution)")
        case .archivar: language.pick("Marcar como archivada", "Mark as archived")
        }
    }
}
