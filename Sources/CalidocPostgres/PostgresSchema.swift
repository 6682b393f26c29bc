/// One step of the PostgreSQL schema: applied once, in its own transaction, and recorded in
/// `calidoc_migrations` (``PostgresStore/migrate()``). Released migrations are never edited;
/// a change is a new migration with the next version.
public struct PostgresMigration: Sendable {
    /// Its number: migrations run in this order.
    public let version: Int
    /// What it does, in a few words (recorded beside the number).
    public let name: String
    /// Its SQL statements, one per entry (the extended protocol runs one statement at a time).
    public let statements: [String]

    /// Creates a migration.
    public init(version: Int, name: String, statements: [String]) {
        self.version = version
        self.name = name
        self.statements = statements
    }
}

/// The schema of the shared server's store, as versioned migrations. The tables are those of
/// ``FolderStore``'s SQLite file plus the workspace files. Versions, sessions and the archive index
/// come as further migrations (issue 19).
public enum PostgresSchema {
    /// Every migration, in order.
    public static let migrations: [PostgresMigration] = [
        PostgresMigration(
            version: 1, name: "instituciones, archivos, cuentas y auditoría",
            statements: [
                """
                CREATE TABLE institutions (
                    id text PRIMARY KEY,
                    name text NOT NULL,
                    audit_sequence bigint NOT NULL,
                    audit_head text NOT NULL
                )
                """,
                """
                CREATE TABLE workspace_files (
                    institution text NOT NULL REFERENCES institutions(id),
                    workspace text NOT NULL,
                    name text NOT NULL,
                    content bytea NOT NULL,
                    version text NOT NULL,
                    updated_at bigint NOT NULL,
                    PRIMARY KEY (institution, workspace, name)
                )
                """,
                """
                CREATE TABLE accounts (
                    institution text NOT NULL REFERENCES institutions(id),
                    username text NOT NULL,
                    display_name text NOT NULL,
                    role text NOT NULL,
                    password_hash text NOT NULL,
                    failures integer NOT NULL DEFAULT 0,
                    locked_until bigint,
                    PRIMARY KEY (institution, username)
                )
                """,
                """
                CREATE TABLE audit_log (
                    institution text NOT NULL REFERENCES institutions(id),
                    sequence bigint NOT NULL,
                    time bigint NOT NULL,
                    actor text NOT NULL,
                    action text NOT NULL,
                    target text NOT NULL,
                    before_hash text NOT NULL,
                    after_hash text NOT NULL,
                    previous_hash text NOT NULL,
                    hash text NOT NULL,
                    PRIMARY KEY (institution, sequence)
                )
                """,
            ]),
        // Append-only: the application never changes or removes an entry; an administrator who does
        // must disable this trigger first, and the hash chain still shows what was done.
        PostgresMigration(
            version: 2, name: "auditoría: solo agregar",
            statements: [
                """
                CREATE FUNCTION calidoc_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'el registro de auditoría solo admite agregar entradas';
                END
                $$
                """,
                """
                CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
                FOR EACH ROW EXECUTE FUNCTION calidoc_audit_append_only()
                """,
                """
                CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
                FOR EACH STATEMENT EXECUTE FUNCTION calidoc_audit_append_only()
                """,
            ]),
    ]
}
