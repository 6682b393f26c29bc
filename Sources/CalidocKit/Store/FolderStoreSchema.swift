import GRDB

/// The SQLite schema of ``FolderStore``, as versioned migrations (GRDB records which ran, each
/// runs once in its own transaction). The same tables as the PostgreSQL store's, so a later
/// export from one to the other is a copy.
enum FolderStoreSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("1-instituciones-cuentas-auditoria") { db in
            try db.execute(sql: """
                CREATE TABLE institutions (
                    id TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL,
                    audit_sequence INTEGER NOT NULL,
                    audit_head TEXT NOT NULL
                );
                CREATE TABLE accounts (
                    institution TEXT NOT NULL REFERENCES institutions(id),
                    username TEXT NOT NULL,
                    display_name TEXT NOT NULL,
                    role TEXT NOT NULL,
                    password_hash TEXT NOT NULL,
                    failures INTEGER NOT NULL DEFAULT 0,
                    locked_until INTEGER,
                    PRIMARY KEY (institution, username)
                );
                CREATE TABLE audit_log (
                    institution TEXT NOT NULL REFERENCES institutions(id),
                    sequence INTEGER NOT NULL,
                    time INTEGER NOT NULL,
                    actor TEXT NOT NULL,
                    action TEXT NOT NULL,
                    target TEXT NOT NULL,
                    before_hash TEXT NOT NULL,
                    after_hash TEXT NOT NULL,
                    previous_hash TEXT NOT NULL,
                    hash TEXT NOT NULL,
                    PRIMARY KEY (institution, sequence)
                );
                """)
        }
        // Append-only: the application never changes or removes an entry; someone who does has to
        // drop these triggers first, and the chain still shows what they did.
        migrator.registerMigration("2-auditoria-solo-agregar") { db in
            try db.execute(sql: """
                CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
                BEGIN SELECT RAISE(ABORT, 'el registro de auditoría solo admite agregar entradas'); END;
                CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
                BEGIN SELECT RAISE(ABORT, 'el registro de auditoría solo admite agregar entradas'); END;
                """)
        }
        return migrator
    }
}
