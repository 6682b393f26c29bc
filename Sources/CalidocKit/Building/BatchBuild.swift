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

    /// The workspaces named by `paths`: a folder with `calidoc.yaml`, or a folder whose direct
    /// subfolders hold workspaces.
    public static func expand(_ paths: [URL]) -> [URL] {
        var result: [URL] = []
        for path in paths {
            if FileManager.default.fileExists(atPath: path.appending(path: InputFile.manifest.rawValue).path) {
                result.append(path)
                continue
            }
            let children = (try? FileManager.default.contentsOfDirectory(atPath: path.path)) ?? []
            let workspaces = children.sorted().map { path.appending(path: $0) }.filter {
                FileManager.default.fileExists(atPath: $0.appending(path: InputFile.manifest.rawValue).path)
            }
            result += workspaces.isEmpty ? [path] : workspaces
        }
        return result
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
                outcome = Outcome(workspace: workspaces[index], written: [], failure: BuildError.cannotWrite(path: workspaces[index].path, reason: "\(error)"),
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
