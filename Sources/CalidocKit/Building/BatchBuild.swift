import Foundation

/// `calidoc build DIR…` with many workspaces: each one built on its own, in parallel on all cores;
/// one failing workspace never stops the others or touches their outputs.
public enum BatchBuild {
    /// The outcome of one workspace.
    public struct Outcome: Sendable {
        /// The workspace folder.
        public let workspace: URL
        /// Files written, when it succeeded.
        public let written: [URL]
        /// The error, when it failed.
        public let failure: (any CalidocError)?
        /// Seconds spent.
        public let seconds: Double
    }

    /// The workspaces named by `paths`: each must be a folder with `calidoc.yaml`; with `all`
    /// (`--todos`), a folder without one stands for the workspaces in its direct subfolders.
    ///
    /// A folder that is not a workspace is refused rather than searched, so that `calidoc build`
    /// run in the wrong place never builds unrelated workspaces.
    ///
    /// - Throws: ``BuildError/notAWorkspace(path:found:)``.
    public static func expand(_ paths: [URL], all: Bool = false) throws -> [URL] {
        var result: [URL] = []
        var seen: Set<String> = []
        func add(_ url: URL) {
            if seen.insert(url.standardizedFileURL.path).inserted { result.append(url) }
        }
        for path in paths {
            if isWorkspace(path) {
                add(path)
                continue
            }
            let children = (try? FileManager.default.contentsOfDirectory(atPath: path.path)) ?? []
            let workspaces = children.sorted().map { path.appending(path: $0) }.filter(isWorkspace)
            guard all, !workspaces.isEmpty else {
                throw BuildError.notAWorkspace(path: path.relativePath, found: workspaces.map(AtomicFile.shown))
            }
            workspaces.forEach(add)
        }
        return result
    }

    private static func isWorkspace(_ folder: URL) -> Bool {
        FileManager.default.fileExists(atPath: folder.appending(path: InputFile.manifest.rawValue).path)
    }

    /// Refuses, before anything is written, two workspaces whose documents would go into the same
    /// output folder (same institution and version): one would silently overwrite the other.
    ///
    /// Workspaces whose manifest cannot be read are left to their own build, which reports why.
    ///
    /// - Throws: ``BuildError/sameOutputFolder(first:second:folder:)``.
    public static func checkOutputFolders(_ workspaces: [URL], root: URL) throws {
        var owners: [String: URL] = [:]
        for workspace in workspaces {
            guard let manifest = manifest(of: workspace) else { continue }
            let folder = BuildPipeline.outputFolder(for: manifest, root: root)
            if let first = owners[folder.standardizedFileURL.path] {
                throw BuildError.sameOutputFolder(first: AtomicFile.shown(first), second: AtomicFile.shown(workspace), folder: AtomicFile.shown(folder))
            }
            owners[folder.standardizedFileURL.path] = workspace
        }
    }

    /// The workspace's manifest alone, with the loader's checks; `nil` when it cannot be read.
    static func manifest(of workspace: URL) -> Manifest? {
        var diagnostics: [Diagnostic] = []
        var sourceMap = SourceMap()
        let url = workspace.appending(path: InputFile.manifest.rawValue)
        guard let source = InputSource.read(url, displayPath: url.path, into: &diagnostics) else { return nil }
        return WorkspaceLoader.decode(
            Manifest.self, text: source.text, file: .manifest, displayPath: url.path, sourceMap: &sourceMap,
            diagnostics: &diagnostics)
    }

    /// Builds every workspace, calling `progress` (from any thread) as each one finishes.
    public static func run(
        _ workspaces: [URL], template: BuildPipeline.Request, progress: @Sendable (Outcome, Int, Int) -> Void
    ) -> [Outcome] {
        let outcomes = OutcomeStore(count: workspaces.count)
        DispatchQueue.concurrentPerform(iterations: workspaces.count) { index in
            var request = template
            request.workspace = workspaces[index]
            let start = Date()
            let outcome: Outcome
            do {
                let result = try BuildPipeline().run(request)
                outcome = Outcome(workspace: workspaces[index], written: result.written, failure: nil, seconds: Date().timeIntervalSince(start))
            } catch let error as any CalidocError {
                outcome = Outcome(workspace: workspaces[index], written: [], failure: error, seconds: Date().timeIntervalSince(start))
            } catch {
                outcome = Outcome(workspace: workspaces[index], written: [], failure: BuildError.cannotWrite(
                    path: workspaces[index].path, reason: LocalizedMessage(es: "error inesperado", en: "unexpected error"), outcome: .nothingReplaced),
                                  seconds: Date().timeIntervalSince(start))
            }
            let done = outcomes.store(outcome, at: index)
            progress(outcome, done, workspaces.count)
        }
        return outcomes.all()
    }
}

/// Outcomes in workspace order, filled from several threads.
private final class OutcomeStore: @unchecked Sendable {
    private var slots: [BatchBuild.Outcome?]
    private var done = 0
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func store(_ outcome: BatchBuild.Outcome, at index: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        slots[index] = outcome
        done += 1
        return done
    }

    func all() -> [BatchBuild.Outcome] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
