import Foundation

extension VersionArchive {
    /// What `archive add` did: the entry, whether it is new, and the signature checks it recorded.
    public struct Addition: Sendable {
        /// The entry (the earlier one when the same signed bytes were archived before).
        public var entry: ArchiveEntry
        /// Whether the entry was created now.
        public var isNew: Bool
        /// The check of every signature of the signed files, as recorded in the entry.
        public var checks: [ArchiveEntry.SignatureCheck]
    }

    /// `calidoc archive add` (and the web application's upload): checks the signatures of `signed`
    /// (against `trustRootsPEM` when given), takes the signer and date from the first valid signature
    /// when they are not given, and archives the files with the workspace's inputs. An invalid
    /// signature is archived as such: the entry records what was received.
    ///
    /// - Throws: ``ArchiveError/badArgument(_:expected:)`` when `workspace` holds no `calidoc.yaml`
    ///   (a mistyped folder must not grow an archive of its own), ``SignatureError``, ``ArchiveError``.
    public func addChecked(
        signed: [URL], workspace: URL, outputs: URL? = nil, document: String, version: String, resolution: String? = nil,
        signedBy: String? = nil, date: String? = nil, trustRootsPEM: String? = nil
    ) throws -> Addition {
        guard FileManager.default.fileExists(atPath: workspace.appending(path: InputFile.manifest.rawValue).path) else {
            throw ArchiveError.badArgument(workspace.path, expected: LocalizedMessage(
                es: "una carpeta de espacio de trabajo con calidoc.yaml (revise --workspace)",
                en: "a workspace folder with calidoc.yaml (check --workspace)"))
        }
        let checks = try SignatureInspection.check(signed, trustRootsPEM: trustRootsPEM)
        let firstValid = checks.first(where: \.valida)
        let (entry, isNew) = try add(
            signed: signed, inputs: workspace, outputs: outputs,
            details: .init(document: document, version: version, resolution: resolution,
                           signedBy: signedBy ?? firstValid?.firmante, date: date ?? firstValid?.fechaFirma.map { String($0.prefix(10)) },
                           signatureChecks: checks))
        return Addition(entry: entry, isNew: isNew, checks: checks)
    }
}
