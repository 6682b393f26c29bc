import Foundation

/// `calidoc import`: an existing Política in DOCX or ODT becomes a workspace (`calidoc.yaml`,
/// `politica.yaml`) and a report (`importacion.md`) of what was placed where and what could not
/// be placed. The steps, one type each: ``ImportSource`` (package → ``SourceBlock``s),
/// ``SectionRecognizer`` (blocks → sections), ``PolicyPlacement`` (sections → ``Policy``),
/// ``ImportYAML`` and ``ImportReport`` (text), ``ImportWorkspace`` (files, never overwriting).
public enum PolicyImporter {
    /// An import done in memory: the files to write and what the report says.
    public struct Result: Sendable {
        /// The imported policy.
        public var policy: Policy
        /// The institution's name written in the manifest.
        public var institution: String
        /// Whether that name was given or found in the document (not the placeholder left to complete).
        public var institutionKnown: Bool
        /// `calidoc.yaml`.
        public var manifestText: String
        /// `politica.yaml`.
        public var policyText: String
        /// `importacion.md`.
        public var reportText: String
        /// The report's content.
        public var report: ImportReport
    }

    /// Imports the document at `url`.
    ///
    /// - Parameters:
    ///   - institution: The institution's name; found in the title or cover when `nil`.
    ///   - date: The version date written in the manifest (ISO, `AAAA-MM-DD`).
    /// - Throws: ``ImportError`` when nothing could be read.
    public static func run(_ url: URL, institution: String? = nil, date: String) throws -> Result {
        let document = try ImportSource.read(url)
        return try run(document: document, source: url.lastPathComponent, institution: institution, date: date)
    }

    /// Imports a document given as bytes (the web application's upload); `name` names it.
    public static func run(bytes: [UInt8], name: String, institution: String? = nil, date: String) throws -> Result {
        let document = try ImportSource.read(bytes: bytes, path: name)
        return try run(document: document, source: name, institution: institution, date: date)
    }

    static func run(document: SourceDocument, source: String, institution: String?, date: String) throws -> Result {
        let recognized = SectionRecognizer.recognize(document)
        guard !recognized.parts.isEmpty else {
            throw ImportError.unreadable(
                path: source,
                reason: "no se reconoce ninguna sección de una Política (I. Contexto … VIII. Glosario); "
                    + "revise que los títulos de sección estén en párrafos propios (con estilo Título o en negrita)")
        }
        let (policy, placedReport) = PolicyPlacement.place(recognized, source: source)
        var report = placedReport
        report.trackedChanges = document.trackedChanges
        report.headingsNote = recognized.headingsBy == .styles
            ? "Títulos de sección reconocidos por su estilo (Título 1–3 / Heading)."
            : "El documento no usa estilos de título: los títulos de sección se reconocieron como párrafos cortos en negrita."
        report.comments = document.comments.map { comment in
            let place = comment.blockNumber.map { ", párrafo \($0)" } ?? ""
            return "\(comment.author.map { "\($0)" } ?? "Sin autor")\(place): «\(comment.text)»"
        }
        let name = institution ?? InstitutionName.find(title: recognized.title, front: recognized.front)
        if institution == nil, let name, let cover = report.unplaced.firstIndex(where: { $0.text == name && $0.keptIn == nil }) {
            // The cover's institution line went to the manifest.
            report.unplaced.remove(at: cover)
            report.placed(1, in: "calidoc.yaml: institucion.nombre", from: "Portada")
        }
        if institution == nil, name == nil {
            report.inferences.append("No se encontró el nombre de la institución: complételo en calidoc.yaml (o use --institucion).")
        }
        let institutionName = name ?? "Nombre de la institución"
        let manifestText = ImportYAML.manifest(institution: institutionName, date: date, source: source)
        let policyText = try ImportYAML.policy(policy, source: source)
        let validation = WorkspaceValidation.run(
            files: [.manifest: Array(manifestText.utf8), .politica: Array(policyText.utf8)],
            directory: URL(fileURLWithPath: "/calidoc-import"))
        let folder = validation.directory.path + "/"
        report.validation = validation.diagnostics.filter { $0.severity != .note }.map {
            $0.headline(.es).replacingOccurrences(of: folder, with: "")
        }
        return Result(
            policy: policy, institution: institutionName, institutionKnown: name != nil, manifestText: manifestText, policyText: policyText,
            reportText: ImportReportText.markdown(report), report: report)
    }
}

/// The institution's name as a Política states it: after "Experiencia Usuaria" in the title
/// ("… Experiencia Usuaria del Gobierno de Santiago"), or a short line of the cover.
enum InstitutionName {
    static func find(title: String?, front: [SourceBlock]) -> String? {
        if let title, let range = title.range(of: "Usuaria", options: [.caseInsensitive, .diacriticInsensitive, .backwards]) {
            var rest = title[range.upperBound...].trimmingCharacters(in: .whitespaces)
            for prefix in ["del ", "de la ", "de "] where rest.lowercased().hasPrefix(prefix) {
                rest = String(rest.dropFirst(prefix.count))
                let name = rest.trimmingCharacters(in: CharacterSet(charactersIn: " .()"))
                if !name.isEmpty { return name.prefixCapitalized }
            }
        }
        for block in front where block.kind == .paragraph {
            let text = block.text
            let folded = ImportText.folded(text)
            guard text.count <= 120, !folded.hasPrefix("version"), !folded.hasPrefix("politica"), !folded.contains("indice"),
                text.first?.isUppercase == true, text.rangeOfCharacter(from: .decimalDigits) == nil
            else { continue }
            return text
        }
        return nil
    }
}
