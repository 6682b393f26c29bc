import CalidocKit
import Foundation

/// The workspace every fuzz case starts from: the one `calidoc init` writes, which validates.
///
/// It is created once per process in a temporary folder, read into memory and the folder removed,
/// so fuzz iterations never touch the disk for their inputs.
public struct FuzzBaseline: Sendable {
    /// The bytes of each input file of the scaffold.
    public let files: [InputFile: [UInt8]]
    /// The folder the in-memory workspaces stand for (it no longer exists).
    public let directory: URL
    /// The scaffold, decoded and valid.
    public let workspace: ValidatedWorkspace

    /// The baseline of this process, made on first use.
    public static let shared: FuzzBaseline = make()

    private static func make() -> FuzzBaseline {
        let folder = FileManager.default.temporaryDirectory.appending(path: "calidoc-fuzz-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [InputFile: [UInt8]] = [:]
        do {
            _ = try WorkspaceScaffold.create(in: folder, institution: "Servicio de Prueba", date: "2025-03-31")
            for file in InputFile.allCases {
                if let data = FileManager.default.contents(atPath: folder.appending(path: file.rawValue).path) {
                    files[file] = [UInt8](data)
                }
            }
        } catch {
            FuzzReport.abort("cannot create the baseline workspace: \(error)")
        }
        let validation = WorkspaceValidation.run(files: files, directory: folder)
        guard let workspace = try? validation.validated() else {
            FuzzReport.abort("the baseline workspace does not validate: \(validation.errors.map { $0.headline(.en) })")
        }
        return FuzzBaseline(files: files, directory: folder, workspace: workspace)
    }
}
