import CalidocKit
import PostgresNIO

extension PostgresStore {
    public func workspaces(of institution: String) async throws -> [String] {
        try StoreNames.checkId(institution, .institution)
        return try await reading { connection in
            try await requireInstitution(institution, connection)
            let rows = try await connection.query(
                "SELECT DISTINCT workspace FROM workspace_files WHERE institution = \(institution)", logger: logger)
            var names: [String] = []
            for try await name in rows.decode(String.self) { names.append(name) }
            return names.sorted()
        }
    }

    public func fileNames(institution: String, workspace: String) async throws -> [String] {
        try StoreNames.checkId(institution, .institution)
        try StoreNames.checkId(workspace, .workspace)
        return try await reading { connection in
            try await requireInstitution(institution, connection)
            let rows = try await connection.query(
                "SELECT name FROM workspace_files WHERE institution = \(institution) AND workspace = \(workspace)", logger: logger)
            var names: [String] = []
            for try await name in rows.decode(String.self) { names.append(name) }
            return names.sorted()
        }
    }

    public func read(_ file: StoreFileRef) async throws -> StoredFile? {
        try StoreNames.check(file)
        return try await reading { connection in
            try await requireInstitution(file.institution, connection)
            return try await content(connection, file).map { StoredFile(name: file.name, bytes: $0) }
        }
    }

    public func write(_ bytes: [UInt8], to file: StoreFileRef, expected: VersionToken, by actor: String) async throws -> VersionToken {
        try StoreNames.check(file)
        guard bytes.count <= StoredFile.maximumBytes else {
            throw StoreError.tooLarge(file: file.name, size: bytes.count, limit: StoredFile.maximumBytes)
        }
        let now = clock()
        let newVersion = VersionToken.of(bytes)
        return try await transaction { connection in
            // The institution's row lock (taken here, before reading the file) orders every write of
            // the institution: the version read below cannot change before this transaction ends.
            _ = try await lockedHead(connection, institution: file.institution)
            let current = try await content(connection, file)
            let currentVersion = VersionToken.of(current)
            guard currentVersion == expected else { throw StoreError.conflict(file: file.name, current: currentVersion) }
            let buffer = ByteBuffer(bytes: bytes)
            try await connection.query(
                """
                INSERT INTO workspace_files (institution, workspace, name, content, version, updated_at)
                VALUES (\(file.institution), \(file.workspace), \(file.name), \(buffer), \(newVersion.value), \(now))
                ON CONFLICT (institution, workspace, name)
                DO UPDATE SET content = EXCLUDED.content, version = EXCLUDED.version, updated_at = EXCLUDED.updated_at
                """, logger: logger)
            try await appendAudit(
                connection, institution: file.institution, time: now, actor: actor, action: .fileWritten, target: file.description,
                before: current.map(SHA256Digest.hex) ?? AuditChain.none, after: newVersion.value)
            return newVersion
        }
    }

    /// The bytes of `file`, `nil` when it does not exist.
    private func content(_ connection: PostgresConnection, _ file: StoreFileRef) async throws -> [UInt8]? {
        let rows = try await connection.query(
            """
            SELECT content FROM workspace_files
            WHERE institution = \(file.institution) AND workspace = \(file.workspace) AND name = \(file.name)
            """, logger: logger)
        for try await buffer in rows.decode(ByteBuffer.self) {
            return Self.bytes(buffer)
        }
        return nil
    }
}
