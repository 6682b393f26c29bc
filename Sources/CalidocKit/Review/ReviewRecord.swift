import Foundation
import Yams

/// The review of a workspace, `revision.yaml` in its folder: the current state and every step
/// taken (who, with which role, when, from where to where, and a note).
public struct ReviewRecord: Codable, Hashable, Sendable {
    /// One step taken.
    public struct Step: Codable, Hashable, Sendable {
        /// The step.
        public var paso: ReviewTransition
        /// The state before.
        public var desde: ReviewState
        /// The state after.
        public var hasta: ReviewState
        /// Who took it (user name).
        public var por: String
        /// With which role (`persona` on a laptop).
        public var rol: String
        /// When (ISO 8601).
        public var fecha: String
        /// What they said.
        public var nota: String?
    }

    /// The current state.
    public var estado: ReviewState
    /// Every step, oldest first.
    public var historial: [Step]

    /// A new review in draft.
    public init() {
        estado = .borrador
        historial = []
    }

    /// The file's name in a workspace.
    public static let fileName = "revision.yaml"

    /// The review of `folder`: a new draft when the file does not exist.
    ///
    /// - Throws: ``ReviewError/unreadable(_:)`` when the file exists but is not a review.
    public static func read(in folder: URL) throws -> ReviewRecord {
        let file = folder.appending(path: fileName)
        guard let data = try? Data(contentsOf: file) else { return ReviewRecord() }
        guard data.count <= 4 * 1024 * 1024, let text = String(data: data, encoding: .utf8),
              let record = try? YAMLDecoder().decode(ReviewRecord.self, from: text)
        else { throw ReviewError.unreadable(fileName) }
        return record
    }

    /// Takes `transition` as `actor` (user `username`), or says why not.
    ///
    /// - Throws: ``ReviewError/notAllowed(_:state:)``.
    public mutating func take(_ transition: ReviewTransition, actor: ReviewActor, username: String, note: String?, now: Date = Date()) throws {
        guard transition.allowed(for: actor, in: estado) else { throw ReviewError.notAllowed(transition, state: estado) }
        let role: String = switch actor {
        case .localPerson: "persona"
        case .role(let role): role.rawValue
        }
        let trimmed = note?.trimmingCharacters(in: .whitespacesAndNewlines)
        historial.append(Step(paso: transition, desde: estado, hasta: transition.to, por: username, rol: role,
                              fecha: now.ISO8601Format(), nota: trimmed?.isEmpty == false ? trimmed : nil))
        estado = transition.to
    }

    /// Writes the record into `folder` (atomically).
    public func write(in folder: URL) throws {
        let text = try YAMLEncoder().encode(self)
        try AtomicFile.write(Array(("# Revisión de la Política: lo escribe calidoc serve.\n" + text).utf8), to: folder.appending(path: Self.fileName))
    }
}

/// What can go wrong in the review.
public enum ReviewError: Error, Hashable, Sendable, CalidocError {
    /// `revision.yaml` is not a review calidoc wrote.
    case unreadable(String)
    /// The step cannot be taken from this state by this person.
    case notAllowed(ReviewTransition, state: ReviewState)
    /// An observation needs a text and an existing section.
    case emptyObservation

    /// Refusals are `.input`.
    public var category: ErrorCategory { .input }

    /// What happened and what to do.
    public func message(_ language: MessageLanguage) -> String {
        switch self {
        case .unreadable(let file):
            language.pick("«\(file)» no es una revisión escrita por calidoc; restáurela desde un respaldo o bórrela para empezar de nuevo",
                          "«\(file)» is not a review written by calidoc; restore it from a backup or delete it to start again")
        case .notAllowed(let transition, let state):
            language.pick("«\(transition.label(.es))» no se puede hacer ahora: la Política está «\(state.label(.es))» o su rol no lo permite",
                          "«\(transition.label(.en))» cannot be done now: the policy is «\(state.label(.en))» or your role does not allow it")
        case .emptyObservation:
            language.pick("escriba el texto de la observación y elija la sección", "write the observation's text and choose the section")
        }
    }
}
