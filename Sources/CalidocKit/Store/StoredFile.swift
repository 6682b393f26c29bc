/// Where a workspace file lives in a store: institution, workspace, file name.
public struct StoreFileRef: Hashable, Sendable, CustomStringConvertible {
    /// The institution's id.
    public let institution: String
    /// The workspace's id inside the institution.
    public let workspace: String
    /// The file's name inside the workspace (`politica.yaml`, `sesiones/2025-03.yaml`).
    public let name: String

    /// Creates a reference; ids and name are checked by the store (``StoreNames``).
    public init(institution: String, workspace: String, name: String) {
        self.institution = institution
        self.workspace = workspace
        self.name = name
    }

    /// `institution/workspace/name`, as the audit log records it.
    public var description: String { "\(institution)/\(workspace)/\(name)" }
}

/// A workspace file read from a store.
public struct StoredFile: Hashable, Sendable {
    /// The largest file a store keeps: the same limit as an input file read from disk, so whatever
    /// a store gives back can be validated.
    public static let maximumBytes = InputSource.maximumBytes

    /// The file's name inside the workspace.
    public let name: String
    /// Its bytes.
    public let bytes: [UInt8]
    /// Its version, to give back when writing it.
    public var version: VersionToken { VersionToken.of(bytes) }

    /// Creates a file.
    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }
}
