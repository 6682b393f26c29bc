import Foundation
import Yams

/// What an observation of the Red de Expertos can be anchored to: a section of the Política, or
/// one item of it (an objective, an actor, a line of action …).
public struct ReviewAnchor: Hashable, Sendable {
    /// The section.
    public let section: PolicySectionKey
    /// The item's id, `nil` for the whole section.
    public let item: String?
    /// What a person reads: «III. Objetivo N°2: Reducir los tiempos…».
    public let label: String

    /// The value of the anchor in a form: `seccion` or `seccion/id`.
    public var formValue: String { item.map { "\(section.rawValue)/\($0)" } ?? section.rawValue }
}

/// The observations of the Red de Expertos on a workspace: they are the recommendations of
/// `recomendaciones.yaml` (with ids), answered by the changes whose `responde_a` names them.
public enum ReviewObservations {
    /// Every section and item of `policy` an observation can be anchored to, in document order.
    public static func anchors(_ policy: Policy?) -> [ReviewAnchor] {
        var anchors: [ReviewAnchor] = []
        func section(_ key: PolicySectionKey, _ items: [(String?, String)]) {
            anchors.append(ReviewAnchor(section: key, item: nil, label: key.spanishTitle))
            for (index, (id, title)) in items.enumerated() {
                guard let id else { continue }
                anchors.append(ReviewAnchor(section: key, item: id, label: "\(key.spanishTitle) › N°\(index + 1): \(String(title.prefix(80)))"))
            }
        }
        guard let policy else { return PolicySectionKey.allCases.map { ReviewAnchor(section: $0, item: nil, label: $0.spanishTitle) } }
        section(.contexto, [])
        section(.principios, policy.principios.items.map { ($0.id, $0.nombre) })
        section(.objetivos, policy.objetivos.items.map { ($0.id, $0.titulo) })
        section(.relacion, [])
        section(.usuarios, policy.usuarios.items.map { ($0.id, $0.nombre) })
        section(.actores, policy.actores.items.map { ($0.id, $0.actor) })
        section(.directrices, policy.directrices.items.map { ($0.id, $0.titulo) })
        section(.glosario, policy.glosario.items.map { ($0.id, $0.termino) })
        section(.plan, [])
        section(.diagnostico, [])
        return anchors
    }

    /// The anchor of a form value, if it is one of `anchors`.
    public static func anchor(_ value: String, in anchors: [ReviewAnchor]) -> ReviewAnchor? {
        anchors.first { $0.formValue == value }
    }

    /// The ids every `responde_a` of the workspace's documents names (read from the model itself,
    /// so an item kind added later is counted without changing this).
    public static func answeredIDs(_ workspace: Workspace) -> Set<String> {
        var found = Set<String>()
        func walk(_ value: Any, depth: Int) {
            guard depth < 40 else { return }
            for child in Mirror(reflecting: value).children {
                if child.label == "respondeA", let ids = child.value as? [String]? { found.formUnion(ids ?? []) }
                walk(child.value, depth: depth + 1)
            }
        }
        if let policy = workspace.policy { walk(policy, depth: 0) }
        if let plan = workspace.plan { walk(plan, depth: 0) }
        if let diagnosis = workspace.diagnosis { walk(diagnosis, depth: 0) }
        return found
    }

    /// Adds an observation to `recomendaciones.yaml` in `folder` (created when absent); its new id.
    ///
    /// - Throws: ``ReviewError/emptyObservation``, ``ReviewError/unreadable(_:)``.
    public static func add(_ text: String, at anchor: ReviewAnchor, in folder: URL, existing: Recommendations?) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.utf8.count <= 20_000 else { throw ReviewError.emptyObservation }
        var recommendations = existing ?? Recommendations(fuente: "Red de Expertos", items: [])
        let used = Set(recommendations.items.map(\.id))
        var number = recommendations.items.count + 1
        while used.contains("obs-\(number)") { number += 1 }
        let id = "obs-\(number)"
        recommendations.items.append(Recommendation(id: id, seccion: anchor.section, texto: trimmed, elemento: anchor.item))
        let file = folder.appending(path: InputFile.recomendaciones.rawValue)
        let yaml = try EditorYAML.text(ReviewObservations.value(recommendations))
        try AtomicFile.write(Array(yaml.utf8), to: file)
        return id
    }

    /// The recommendations as the editor's YAML values (so texts keep the styles that read back exactly).
    static func value(_ recommendations: Recommendations) -> EditorValue {
        var entries: [EditorEntry] = []
        if let source = recommendations.fuente { entries.append(EditorEntry(key: "fuente", value: .text(source))) }
        if let date = recommendations.fecha { entries.append(EditorEntry(key: "fecha", value: .plain(date))) }
        entries.append(EditorEntry(key: "items", value: .list(recommendations.items.map { item in
            var fields = [EditorEntry(key: "id", value: .text(item.id)), EditorEntry(key: "seccion", value: .plain(item.seccion.rawValue))]
            if let element = item.elemento { fields.append(EditorEntry(key: "elemento", value: .text(element))) }
            fields.append(EditorEntry(key: "texto", value: .text(item.texto)))
            return .map(fields)
        })))
        return .map(entries)
    }
}
