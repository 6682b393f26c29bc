import Foundation

/// One step of the review cycle as the notification hook receives it (`avisos.comando` of
/// `servidor.yaml`): a JSON object on the command's standard input, so an institution can send
/// e-mail, a chat message or a ticket with its own tools, without calidoc holding mail passwords.
///
/// ```json
/// {"cuando":"2026-12-07T21:00:00Z","espacio":"politica-2026","estado":"en_revision_comite",
///  "estado_texto":"En revisión del Comité","institucion":"sernac","nota":"…","paso":"enviar_al_comite",
///  "paso_texto":"Enviar al Comité","por":"ana","rol":"editor","esperan":["comite","administrador"],
///  "pagina":"https://calidoc.servicio.gob.cl/espacios/politica-2026/revision"}
/// ```
public struct ReviewNotice: Sendable, Equatable, Encodable {
    /// When the step was taken (ISO 8601, UTC).
    public let cuando: String
    /// The institution (its short name in the store).
    public let institucion: String
    /// The workspace's id in the server's addresses.
    public let espacio: String
    /// The step taken.
    public let paso: String
    /// The step's name as the pages show it (Spanish).
    public let pasoTexto: String
    /// The state the workspace is in now.
    public let estado: String
    /// That state as the pages show it (Spanish).
    public let estadoTexto: String
    /// Who took the step (user name) and with which role.
    public let por: String
    /// The role of who took the step (`persona` when a single-person server has no accounts).
    public let rol: String
    /// The note written with the step, if any.
    public let nota: String?
    /// The roles that can take a next step now: whom to notify.
    public let esperan: [String]
    /// The review page (absolute with `origen_publico`, else a path).
    public let pagina: String

    enum CodingKeys: String, CodingKey {
        case cuando, institucion, espacio, paso, estado, por, rol, nota, esperan, pagina
        case pasoTexto = "paso_texto"
        case estadoTexto = "estado_texto"
    }

    /// The notice of `step` just taken by `actor` (`username`) on workspace `workspace` of `institution`.
    public init(step: ReviewTransition, actor: ReviewActor, username: String, note: String?, institution: String,
                workspace: String, page: String, at date: Date = Date()) {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        cuando = formatter.string(from: date)
        institucion = institution
        espacio = workspace
        paso = step.rawValue
        pasoTexto = step.label(.es)
        estado = step.to.rawValue
        estadoTexto = step.to.label(.es)
        por = username
        switch actor {
        case .role(let role): rol = role.rawValue
        case .localPerson: rol = "persona"
        }
        nota = note.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
        let next = ReviewTransition.allCases.filter { $0.from.contains(step.to) }
        esperan = AccountRole.allCases.filter { role in next.contains { $0.roles.contains(role) } }.map(\.rawValue)
        pagina = page
    }

    /// The JSON the hook reads: keys sorted, UTF-8, no escaped slashes.
    public func json() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)) ?? Data("{}".utf8)
    }
}
