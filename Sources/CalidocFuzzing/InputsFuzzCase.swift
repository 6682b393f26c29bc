import CalidocKit

/// One fuzz iteration over the inputs: bytes → workspace files (see ``InputBundle``) → loader →
/// validation → every document → HTML, ODT and DOCX, plus the version diff against the baseline.
///
/// Everything happens in memory; nothing is written to disk.
public enum InputsFuzzCase {
    /// Runs one input. Returns normally unless calidoc crashes.
    public static func run(_ bytes: some Collection<UInt8>) {
        let baseline = FuzzBaseline.shared
        let files = InputBundle.files(from: bytes, base: baseline.files)
        let validation = WorkspaceValidation.run(files: files, directory: baseline.directory)
        for diagnostic in validation.diagnostics {
            for language in MessageLanguage.allCases {
                _ = diagnostic.rendered(language, sourceLine: validation.loaded.sourceLine(for: diagnostic))
            }
        }
        // `calidoc build` stops here when the workspace has errors; so does the fuzz case.
        guard let workspace = try? validation.validated() else { return }
        do {
            DocumentExercise.buildAll(workspace, with: try DocumentBuilder(workspace: workspace))
        } catch {
            DocumentExercise.describe(error)
        }
        diff(from: baseline.workspace, to: workspace)
    }

    /// `calidoc diff` between the baseline and the fuzzed workspace, and its redline.
    private static func diff(from old: ValidatedWorkspace, to new: ValidatedWorkspace) {
        let changes = ChangeSet.compute(old: old, new: new)
        do {
            _ = try changes.json()
            DocumentExercise.write(try changes.document(for: new))
            if old.workspace.policy != nil, new.workspace.policy != nil {
                DocumentExercise.write(try Redline.document(old: old, new: new))
            }
        } catch {
            DocumentExercise.describe(error)
        }
    }
}
