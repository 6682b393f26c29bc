import Foundation

/// `calidoc init`: a new workspace that validates, from the files in `Templates/init/`.
public enum WorkspaceScaffold {
    /// Failures of `init`.
    public enum Failure: CalidocError, Hashable {
        /// The file exists already; nothing was overwritten.
        case exists(String)

        /// Usage errors.
        public var category: ErrorCategory { .usage }

        /// What to do.
        public func message(_ language: MessageLanguage) -> String {
            switch self {
            case .exists(let path):
                language.pick(
                    "«\(path)» ya existe; calidoc init no sobrescribe archivos (elija otra carpeta)",
                    "«\(path)» already exists; calidoc init never overwrites files (choose another folder)")
            }
        }
    }

    /// Creates the workspace and its JSON schemas in `folder`.
    ///
    /// - Parameters:
    ///   - folder: Target folder (created if needed).
    ///   - institution: Institution name written into the manifest.
    ///   - date: ISO date of the first version.
    /// - Returns: The files written.
    public static func create(in folder: URL, institution: String, date: String) throws -> [URL] {
        let files = EmbeddedTemplates.files.keys.filter { $0.hasPrefix("init/") && $0.hasSuffix(".yaml") }.sorted()
        for file in files {
            let target = folder.appending(path: String(file.dropFirst("init/".count)))
            if FileManager.default.fileExists(atPath: target.path) { throw Failure.exists(target.path) }
        }
        let year = String(date.prefix(4))
        var pending: [(URL, [UInt8])] = []
        for file in files {
            guard let bytes = TemplateSet.embeddedFile(file) else { continue }
            let text = String(decoding: bytes, as: UTF8.self)
                .replacingOccurrences(of: "__INSTITUCION__", with: yamlQuoted(institution))
                .replacingOccurrences(of: "__ANIO__", with: year)
                .replacingOccurrences(of: "__FECHA__", with: date)
            pending.append((folder.appending(path: String(file.dropFirst("init/".count))), Array(text.utf8)))
        }
        // All the input files or none: a half-created workspace would be refused by a second init.
        try AtomicFile.write(pending)
        var written = pending.map(\.0)
        written += try InputSchemas.write(to: folder.appending(path: "esquemas"))
        return written
    }

    /// What to do after `init`, printed below the list of files.
    public static func nextSteps(folder: String, language: MessageLanguage) -> String {
        let shown = folder.contains(" ") ? "\"\(folder)\"" : folder
        return language.pick(
            """

            Espacio de trabajo creado en «\(folder)». Próximos pasos:
              1. Complete calidoc.yaml con los datos de su institución.
              2. Reemplace los textos de ejemplo de politica.yaml, plan.yaml y diagnostico.yaml \
            (calidoc validate señala los que quedan).
              3. Revise los archivos:     calidoc validate \(shown)
              4. Genere los documentos:   calidoc build \(shown)
            """,
            """

            Workspace created in «\(folder)». Next steps:
              1. Fill in calidoc.yaml with your institution's details.
              2. Replace the example texts of politica.yaml, plan.yaml and diagnostico.yaml \
            (calidoc validate points at those left).
              3. Check the files:         calidoc validate \(shown)
              4. Build the documents:     calidoc build \(shown)
            """)
    }

    /// A YAML double-quoted scalar (JSON string syntax is valid YAML).
    static func yamlQuoted(_ text: String) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: [text], options: [])) ?? Data("[\"\"]".utf8)
        let array = String(decoding: data, as: UTF8.self)
        return String(array.dropFirst().dropLast())
    }
}
