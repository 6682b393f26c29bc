import Foundation
import Yams

/// A workspace read from disk, with every problem found while reading it.
public struct LoadedWorkspace: Sendable {
    /// The decoded workspace; `nil` when the manifest itself could not be read.
    public var workspace: Workspace?
    /// Problems found while reading and decoding (syntax, types, unknown keys …).
    public var diagnostics: [Diagnostic]
    /// Where each decoded value came from.
    public var sourceMap: SourceMap
    /// The text of each input file read, by display path (for caret snippets).
    public var sourceLines: [String: [String]]
    /// Layouts that silently change what a person typed (R-TXT-03/04, ``TextLayoutRule``), found
    /// on the node trees while reading; validation reports them.
    var layoutFindings: [Diagnostic] = []

    /// Creates a result.
    public init(
        workspace: Workspace?, diagnostics: [Diagnostic], sourceMap: SourceMap = SourceMap(),
        sourceLines: [String: [String]] = [:]
    ) {
        self.workspace = workspace
        self.diagnostics = diagnostics
        self.sourceMap = sourceMap
        self.sourceLines = sourceLines
    }

    /// Whether any error was found.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The source line a diagnostic points at, if the file was read.
    public func sourceLine(for diagnostic: Diagnostic) -> String? {
        guard let location = diagnostic.location, let lines = sourceLines[location.file],
            location.line >= 1, location.line <= lines.count
        else { return nil }
        return lines[location.line - 1]
    }
}

/// Reads a workspace folder: `calidoc.yaml` plus the input files that exist.
///
/// Each file is checked (size, UTF-8, forbidden characters, then nesting, list lengths and alias
/// expansion by ``YAMLPreflight``), composed with Yams (positions kept),
/// and decoded into the model by ``NodeDecoder``, collecting every problem with its line and column.
public enum WorkspaceLoader {
    /// Reads the workspace in `directory`.
    public static func load(at directory: URL) -> LoadedWorkspace {
        var state = LoaderState(directory: directory, files: nil)
        var isDirectory: ObjCBool = false
        let manifestURL = directory.appending(path: InputFile.manifest.rawValue)
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue,
            FileManager.default.fileExists(atPath: manifestURL.path)
        else {
            state.diagnostics.append(InputMessages.missingManifest(directory: directory.path))
            return state.result(workspace: nil)
        }
        return decodeWorkspace(&state)
    }

    /// Reads a workspace whose input files are already in memory, with the same checks as ``load(at:)``.
    ///
    /// Nothing is read from disk for the inputs; `directory` only anchors the paths the manifest
    /// names (logo, `plantillas`, reference documents) and the paths shown in diagnostics.
    ///
    /// - Parameters:
    ///   - files: The bytes of each input file present; `calidoc.yaml` is required.
    ///   - directory: The folder the workspace stands for.
    /// - Returns: The workspace (when the manifest could be read) and every problem found.
    public static func load(files: [InputFile: [UInt8]], directory: URL) -> LoadedWorkspace {
        var state = LoaderState(directory: directory, files: files)
        guard files[.manifest] != nil else {
            state.diagnostics.append(InputMessages.missingManifest(directory: directory.path))
            return state.result(workspace: nil)
        }
        return decodeWorkspace(&state)
    }

    private static func decodeWorkspace(_ state: inout LoaderState) -> LoadedWorkspace {
        let directory = state.directory
        // Every file is read even when an earlier one fails, so one run reports every problem.
        let manifest = state.read(.manifest, as: Manifest.self)
        let policy = state.read(.politica, as: Policy.self)
        let plan = state.read(.plan, as: ImprovementPlan.self)
        let diagnosis = state.read(.diagnostico, as: Diagnosis.self)
        let participation = state.read(.participacion, as: Participation.self)
        let recommendations = state.read(.recomendaciones, as: Recommendations.self)
        let progress = state.read(.avance, as: PlanProgress.self)
        guard let manifest else { return state.result(workspace: nil) }
        let workspace = Workspace(
            directory: directory, manifest: manifest, policy: policy, plan: plan, diagnosis: diagnosis,
            participation: participation, recommendations: recommendations, progress: progress)
        return state.result(workspace: workspace)
    }

    /// Decodes one input file's text (used by tests and by `load`).
    static func decode<T: Decodable>(
        _ type: T.Type, text: String, file: InputFile, displayPath: String, sourceMap: inout SourceMap,
        diagnostics: inout [Diagnostic]
    ) -> T? {
        var layout: [Diagnostic] = []
        return decode(type, text: text, file: file, displayPath: displayPath, sourceMap: &sourceMap, diagnostics: &diagnostics, layout: &layout)
    }

    /// Decodes one input file's text, adding ``TextLayoutRule``'s findings on its node tree to `layout`.
    ///
    /// Scalars are composed with Yams' basic resolver: the decoder reads every scalar's text itself
    /// (numbers the Chilean way, dates, flags), so resolving YAML 1.1 tags by regular expressions —
    /// once per scalar and again for every hash of a key — was pure cost.
    static func decode<T: Decodable>(
        _ type: T.Type, text: String, file: InputFile, displayPath: String, sourceMap: inout SourceMap,
        diagnostics: inout [Diagnostic], layout: inout [Diagnostic]
    ) -> T? {
        if let problem = YAMLPreflight.check(text, displayPath: displayPath) {
            diagnostics.append(problem)
            return nil
        }
        let lines = SourceLines.split(text)
        let node: Node
        do {
            guard let composed = try Yams.compose(yaml: text, .basic) else {
                diagnostics.append(InputMessages.emptyFile(path: displayPath))
                return nil
            }
            node = composed
        } catch let error as YamlError {
            diagnostics.append(YAMLSyntaxMessages(displayPath: displayPath, lines: lines).diagnostic(for: error))
            return nil
        } catch {
            diagnostics.append(
                Diagnostic(
                    severity: .error, code: "CAL-IN-005",
                    message: LocalizedMessage(es: "el archivo no se pudo leer como YAML", en: "the file could not be read as YAML"),
                    location: SourceLocation(file: displayPath, line: 1, column: 1), hint: YAMLSyntaxMessages.generalHint))
            return nil
        }
        layout += TextLayoutRule.findings(in: node, lines: lines, displayPath: displayPath)
        let context = NodeDecodingContext(file: file, displayPath: displayPath, sourceMap: sourceMap)
        context.diagnostics += ScalarLint.check(text, lines: lines, displayPath: displayPath)
        var value: T?
        do {
            value = try ScalarReader.decode(type, from: node, path: [], context: context)
        } catch let failure as NodeDecodingFailure {
            context.diagnostics.append(failure.diagnostic)
        } catch {
            // Only NodeDecodingFailure is thrown by the decoder; a model's own error gets a plain message.
            context.diagnostics.append(
                Diagnostic(
                    severity: .error, code: "CAL-IN-014",
                    message: LocalizedMessage(es: "valor no válido", en: "invalid value"), location: context.location(of: node)))
        }
        context.reportUnknownKeys()
        diagnostics.append(contentsOf: context.diagnostics.sorted(by: Self.byPosition))
        sourceMap = context.sourceMap
        return context.diagnostics.contains { $0.severity == .error } ? nil : value
    }

    /// Paths relative to the current directory when the file is below it, as compilers print them.
    static func displayPath(for url: URL) -> String { LoaderState.displayPath(for: url) }

    static func byPosition(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        let left = a.location.map { ($0.line, $0.column) } ?? (0, 0)
        let right = b.location.map { ($0.line, $0.column) } ?? (0, 0)
        return left < right
    }
}

/// Mutable state of one `load` call.
struct LoaderState {
    let directory: URL
    /// The input files in memory; `nil` reads them from `directory`.
    let files: [InputFile: [UInt8]]?
    var diagnostics: [Diagnostic] = []
    var sourceMap = SourceMap()
    var sourceLines: [String: [String]] = [:]
    var layoutFindings: [Diagnostic] = []

    init(directory: URL, files: [InputFile: [UInt8]]?) {
        self.directory = directory
        self.files = files
    }

    mutating func read<T: Decodable>(_ file: InputFile, as type: T.Type) -> T? {
        let url = directory.appending(path: file.rawValue)
        let displayPath = Self.displayPath(for: url)
        let source: InputSource?
        if let files {
            guard let bytes = files[file] else { return nil }
            source = InputSource.check(bytes: bytes, displayPath: displayPath, into: &diagnostics)
        } else {
            guard FileManager.default.fileExists(atPath: url.path) else { return nil }
            if let problem = WorkspacePath.symlinkProblem(url, root: directory) {
                diagnostics.append(InputMessages.linksOutside(path: displayPath, problem: problem))
                return nil
            }
            source = InputSource.read(url, displayPath: displayPath, into: &diagnostics)
        }
        guard let source else { return nil }
        sourceLines[displayPath] = source.lines.map(Self.withoutCarriageReturns)
        return WorkspaceLoader.decode(
            type, text: source.text, file: file, displayPath: displayPath, sourceMap: &sourceMap,
            diagnostics: &diagnostics, layout: &layoutFindings)
    }

    func result(workspace: Workspace?) -> LoadedWorkspace {
        var loaded = LoadedWorkspace(workspace: workspace, diagnostics: diagnostics, sourceMap: sourceMap, sourceLines: sourceLines)
        loaded.layoutFindings = layoutFindings
        return loaded
    }

    /// A line for caret snippets, without the carriage returns of Windows line ends (a byte
    /// scan first: almost no line has one, and Foundation's trimming costs per line).
    static func withoutCarriageReturns(_ line: Substring) -> String {
        guard line.utf8.contains(0x0D) else { return String(line) }
        return String(line).trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
    }

    /// Paths relative to the current directory when the file is below it, as compilers print them.
    static func displayPath(for url: URL) -> String {
        let path = url.standardizedFileURL.path
        let current = FileManager.default.currentDirectoryPath
        if path.hasPrefix(current + "/") { return String(path.dropFirst(current.count + 1)) }
        return path
    }
}
