import Foundation

/// `calidoc session new`: writes `sesiones/N.yaml` for the next Comité session from the versions the
/// workspace's manifest chains (`version.anterior`), so nobody writes the file by hand.
///
/// The pairs: the Red de Expertos reviewed the version whose folder holds `recomendaciones.yaml`,
/// so the changes from it to the next version are "a partir de las recomendaciones", and the step
/// before it "a partir de los resultados". Without recommendations, the last step is the results pair.
public enum SessionScaffold {
    /// Why a session file cannot be written.
    public enum Failure: CalidocError, Hashable {
        /// `sesiones/N.yaml` exists; nothing was overwritten.
        case exists(String)
        /// The session number is not a positive whole number.
        case badNumber(Int)
        /// The date is not `AAAA-MM-DD`.
        case badDate(String)
        /// A comparison names the same version twice.
        case samePair(String)

        /// Usage errors.
        public var category: ErrorCategory { .usage }

        /// What to do.
        public func message(_ language: MessageLanguage) -> String {
            switch self {
            case .exists(let path):
                language.pick("«\(path)» ya existe; calidoc no sobrescribe una sesión (elija otro número o edite el archivo)",
                              "«\(path)» already exists; calidoc never overwrites a session (choose another number or edit the file)")
            case .badNumber(let number):
                language.pick("el número de sesión debe ser 1 o más (se indicó \(number))",
                              "the session number must be 1 or more (got \(number))")
            case .badDate(let text):
                language.pick("la fecha «\(VisibleText.escaped(text))» no es una fecha AAAA-MM-DD real",
                              "the date «\(VisibleText.escaped(text))» is not a real YYYY-MM-DD date")
            case .samePair(let path):
                language.pick("una comparación debe tener dos versiones distintas (se eligió «\(VisibleText.escaped(path))» dos veces)",
                              "a comparison needs two different versions («\(VisibleText.escaped(path))» was chosen twice)")
            }
        }
    }

    /// The versions before the current one, newest first, as paths relative to the workspace
    /// (following each manifest's `anterior`; a missing or repeated folder ends the chain).
    static func previousVersions(of workspace: ValidatedWorkspace) -> [String] {
        var chain: [String] = []
        var seen: Set<String> = [workspace.directory.standardizedFileURL.path]
        var current = workspace.directory
        var next = workspace.manifest.version.anterior
        while let relative = next, chain.count < 20 {
            let folder = current.appending(path: relative).standardizedFileURL
            // Each `anterior` is relative to its own version's folder (`../1-inicial`).
            guard !seen.contains(folder.path), let manifest = WorkspaceLoader.load(at: folder).workspace?.manifest
            else { break }
            seen.insert(folder.path)
            chain.append(Self.relativePath(of: folder, from: workspace.directory))
            current = folder
            next = manifest.version.anterior
        }
        return chain
    }

    /// `folder` written relative to `base` (`versiones/2-resultados`, or `.`).
    static func relativePath(of folder: URL, from base: URL) -> String {
        let target = folder.standardizedFileURL.pathComponents
        let origin = base.standardizedFileURL.pathComponents
        var shared = 0
        while shared < target.count, shared < origin.count, target[shared] == origin[shared] { shared += 1 }
        let path = Array(repeating: "..", count: origin.count - shared) + target[shared...]
        return path.isEmpty ? "." : path.joined(separator: "/")
    }

    /// The two comparisons a session presents: each an (older, newer) pair of version folders,
    /// relative to the workspace, or `nil` when the session leaves that part out.
    public struct Pairs: Hashable, Sendable {
        /// One comparison.
        public struct Pair: Hashable, Sendable {
            /// The older version.
            public var anterior: String
            /// The newer version.
            public var nueva: String

            /// A comparison from `anterior` to `nueva`.
            public init(anterior: String, nueva: String) {
                self.anterior = anterior
                self.nueva = nueva
            }
        }

        /// «Cambios a partir de los resultados» (of the participatory process).
        public var resultados: Pair?
        /// «Cambios a partir de las recomendaciones» (of the Red de Expertos).
        public var recomendaciones: Pair?

        /// The comparisons given.
        public init(resultados: Pair?, recomendaciones: Pair?) {
            self.resultados = resultados
            self.recomendaciones = recomendaciones
        }
    }

    /// The pairs `calidoc session new` writes: from the chain of `version.anterior`, the step from
    /// the version holding `recomendaciones.yaml` is the recommendations pair, the step before it the
    /// results pair; without recommendations, the newest step is the results pair.
    public static func proposedPairs(for workspace: ValidatedWorkspace) -> Pairs {
        let chain = ["."] + previousVersions(of: workspace)
        // Steps (older, newer), newest first.
        let steps = zip(chain.dropFirst(), chain).map { Pairs.Pair(anterior: $0.0, nueva: $0.1) }
        let reviewed = steps.firstIndex { step in
            FileManager.default.fileExists(atPath: workspace.directory.appending(path: step.anterior)
                .appending(path: InputFile.recomendaciones.rawValue).path)
        }
        let recommendations = reviewed.map { steps[$0] }
        let results = reviewed.map { $0 + 1 < steps.count ? steps[$0 + 1] : nil } ?? steps.first
        return Pairs(resultados: results, recomendaciones: recommendations)
    }

    /// The text of `sesiones/N.yaml`.
    static func text(number: Int, date: String, workspace: ValidatedWorkspace, pairs: Pairs? = nil) -> String {
        let pairs = pairs ?? proposedPairs(for: workspace)
        var lines = [
            "# yaml-language-server: $schema=../esquemas/sesion.schema.json",
            "# Sesión \(number) del Comité. Revise el contenido y las versiones comparadas; luego:",
            "#   calidoc deck . --session \(number)",
            "numero: \(number)",
            "fecha: \(date)",
            "contenido:",
            "  - Presentación Proceso Participativo",
            "  - Presentación de los cambios a la Política de Calidad de Servicio y Experiencia Usuaria",
            "recordemos:",
            "  etapa: \(workspace.manifest.pmg.etapa.rawValue)",
            "  objetivo: >-",
        ] + stageObjective(workspace.manifest.pmg.etapa).map { "    " + $0 }
        for (key, pair) in [("cambios_resultados", pairs.resultados), ("cambios_recomendaciones", pairs.recomendaciones)] {
            guard let pair else {
                lines.append("# \(key): no hay un par de versiones para esta parte (agregue anterior y nueva si corresponde)")
                continue
            }
            lines += ["\(key):", "  anterior: \(quoted(pair.anterior))", "  nueva: \(quoted(pair.nueva))"]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The "Recordemos" text: the one the Comité saw for Etapa 2 (the GORE deck); for the other
    /// stages, whose wording the PMG sources do not give, a line to replace.
    static func stageObjective(_ stage: PMGStage) -> [String] {
        switch stage {
        case .etapa2:
            ["La institución define una **Política de Calidad de Servicio**, o su actualización si corresponde, y",
             "un **Plan de Mejoramiento de la Calidad de Servicio y Experiencia Usuaria**."]
        case .etapa1, .etapa3, .etapa4, .saip:
            ["Escriba aquí el objetivo de la etapa que el Comité debe recordar."]
        }
    }

    /// A path as a YAML double-quoted scalar (a folder name may hold `#`, `: ` or quotes).
    static func quoted(_ path: String) -> String {
        var text = "\""
        for scalar in path.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            // C0/C1 controls, and the characters YAML reads as line breaks inside quotes (NEL, LS, PS)
            // or strips (BOM), escaped so the text reads back exactly.
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || [0x2028, 0x2029, 0xFEFF].contains(scalar.value):
                text += String(format: "\\u%04X", scalar.value)
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text + "\""
    }

    /// Writes `sesiones/N.yaml` in the workspace (never over an existing file) and returns its URL.
    ///
    /// - Throws: ``Failure``; ``ValidationFailure`` when the session written would not load.
    public static func create(number: Int, date: String, in workspace: ValidatedWorkspace) throws -> URL {
        try create(number: number, date: date, in: workspace, pairs: nil)
    }

    /// ``create(number:date:in:)`` comparing `pairs` (`nil`: ``proposedPairs(for:)``); each pair
    /// must compare two different versions.
    ///
    /// - Throws: ``Failure``.
    public static func create(number: Int, date: String, in workspace: ValidatedWorkspace, pairs: Pairs?) throws -> URL {
        guard number >= 1 else { throw Failure.badNumber(number) }
        for pair in [pairs?.resultados, pairs?.recomendaciones].compactMap({ $0 }) where pair.anterior == pair.nueva {
            throw Failure.samePair(pair.anterior)
        }
        guard ISODate(date) != nil else { throw Failure.badDate(date) }
        let folder = workspace.directory.appending(path: "sesiones")
        let url = folder.appending(path: "\(number).yaml")
        guard !FileManager.default.fileExists(atPath: url.path) else { throw Failure.exists(url.path) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try AtomicFile.write(Array(text(number: number, date: date, workspace: workspace, pairs: pairs).utf8), to: url)
        return url
    }
}
