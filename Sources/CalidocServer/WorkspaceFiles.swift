import CalidocKit
import Foundation

/// The input files of a workspace as the web application sees them: which can be edited, what they
/// are called, which document each previews, and their bytes on disk.
enum WorkspaceFiles {
    /// The files the editor opens, in the order the workspace page lists them.
    static let editable: [InputFile] = [.manifest, .politica, .plan, .diagnostico, .participacion, .recomendaciones, .avance]

    /// The input file named `name` in a URL, only if it is one of ``editable``.
    static func file(named name: String) -> InputFile? {
        editable.first { $0.rawValue == name }
    }

    /// What the person calls the file.
    static func title(_ file: InputFile, _ language: MessageLanguage) -> String {
        switch file {
        case .manifest: language.pick("Institución y versión", "Institution and version")
        case .politica: language.pick("Política de Calidad de Servicio y Experiencia Usuaria", "Service Quality and User Experience Policy")
        case .plan: language.pick("Plan de Mejoramiento", "Improvement Plan")
        case .diagnostico: language.pick("Diagnóstico", "Diagnosis")
        case .participacion: language.pick("Participación ciudadana", "Citizen participation")
        case .recomendaciones: language.pick("Recomendaciones", "Recommendations")
        case .avance: language.pick("Informe de resultados", "Results report")
        case .sesion: language.pick("Sesiones del Comité", "Committee sessions")
        }
    }

    /// What a document is called.
    static func title(_ kind: DocumentKind, _ language: MessageLanguage) -> String {
        switch kind {
        case .politica: language.pick("Política", "Policy")
        case .plan: language.pick("Plan de Mejoramiento", "Improvement Plan")
        case .diagnostico: language.pick("Diagnóstico", "Diagnosis")
        case .informe: language.pick("Informe de resultados", "Results report")
        case .resolucion: language.pick("Resolución", "Resolution")
        }
    }

    /// The document a file's preview shows.
    static func previewKind(_ file: InputFile) -> DocumentKind? {
        switch file {
        case .politica: .politica
        case .plan: .plan
        case .diagnostico, .participacion, .recomendaciones: .diagnostico
        case .avance: .informe
        case .manifest: .politica
        case .sesion: nil
        }
    }

    /// The path of `file` in `entry`'s folder.
    static func url(_ file: InputFile, in entry: WorkspaceEntry) -> URL {
        entry.folder.appending(path: file.rawValue)
    }

    /// The bytes of `file`, nil when absent or refused (see ``read(_:in:)``).
    static func bytes(_ file: InputFile, in entry: WorkspaceEntry) -> [UInt8]? {
        if case .bytes(let bytes) = read(file, in: entry) { return bytes }
        return nil
    }

    /// `file` read as the loader reads it: bounded in size, a regular file, never through a link
    /// out of the workspace folder (a served workspace must not show `/etc/passwd` or hang on
    /// `/dev/zero`).
    static func read(_ file: InputFile, in entry: WorkspaceEntry) -> WorkspaceInputReader.Outcome {
        WorkspaceInputReader.read(file, in: entry.folder)
    }

    /// Every editable file present, read from disk, with `replacing` put in place of its file.
    static func snapshot(_ entry: WorkspaceEntry, replacing: (InputFile, [UInt8])? = nil) -> [InputFile: [UInt8]] {
        var files: [InputFile: [UInt8]] = [:]
        for file in editable {
            if let bytes = bytes(file, in: entry) { files[file] = bytes }
        }
        if let (file, bytes) = replacing { files[file] = bytes }
        return files
    }

    /// The example text `calidoc init` writes for `file`, filled in for this workspace; nil when
    /// there is none.
    static func example(_ file: InputFile, institution: String, date: String) -> [UInt8]? {
        guard let bytes = TemplateSet.embeddedFile("init/\(file.rawValue)") else { return nil }
        let quoted = (try? JSONSerialization.data(withJSONObject: [institution])).map { String(decoding: $0, as: UTF8.self) }
            .map { String($0.dropFirst().dropLast()) } ?? "\"\""
        let text = String(decoding: bytes, as: UTF8.self)
            .replacingOccurrences(of: "__INSTITUCION__", with: quoted)
            .replacingOccurrences(of: "__ANIO__", with: String(date.prefix(4)))
            .replacingOccurrences(of: "__FECHA__", with: date)
        return Array(text.utf8)
    }

    /// Today as `AAAA-MM-DD`.
    static func today() -> String { String(ISO8601DateFormatter().string(from: Date()).prefix(10)) }

    /// The last time any input file of the workspace changed.
    static func lastChange(_ entry: WorkspaceEntry) -> Date? {
        editable.compactMap { file in
            (try? FileManager.default.attributesOfItem(atPath: url(file, in: entry).path))?[.modificationDate] as? Date
        }.max()
    }
}
