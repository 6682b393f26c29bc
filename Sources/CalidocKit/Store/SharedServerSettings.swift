import Foundation
import Yams

/// What `servidor.yaml` says about a shared server (`calidoc serve --config servidor.yaml`):
///
/// ```yaml
/// almacen:
///   tipo: carpetas            # o postgresql
///   carpeta: /var/lib/calidoc # una carpeta por institución
///   url: postgresql://calidoc@127.0.0.1:5432/calidoc   # sólo con tipo postgresql
/// escucha:
///   direccion: 127.0.0.1
///   puerto: 8080
/// origen_publico: https://calidoc.servicio.gob.cl       # detrás de un proxy inverso
/// sesion_minutos: 480
/// raices_de_confianza: raices.pem
/// avisos:
///   comando: /usr/local/bin/calidoc-aviso-correo     # recibe cada paso de la revisión en JSON
/// ```
///
/// Every key is checked when read: an unknown key (a typo), a wrong type or an impossible value is
/// refused with its line and column, so the server never starts with a setting it ignores.
public struct SharedServerSettings: Sendable, Equatable {
    /// Where institutions, accounts and the audit log are kept.
    public enum StoreKind: Sendable, Equatable {
        /// SQLite in the folder (`.calidoc-servidor/almacen.sqlite`).
        case folders
        /// A PostgreSQL database; the password may come from `PGPASSWORD` instead of the URL.
        case postgresql(url: String)
    }

    /// The store kind.
    public var store: StoreKind = .folders
    /// The folder of the institutions' workspace folders (relative paths are read from the file's folder).
    public var folder: URL
    /// The address listened on.
    public var address = "127.0.0.1"
    /// The port listened on.
    public var port = 8080
    /// The address people use, when a reverse proxy serves calidoc.
    public var publicOrigin: String?
    /// How long a login lasts without activity, in minutes.
    public var sessionMinutes = 480
    /// Root certificates for the signatures uploaded to the Archivo.
    public var trustRoots: URL?
    /// The program run after each review step with the step as JSON on its input (`avisos.comando`).
    public var notificationCommand: URL?

    /// Reads `file`.
    ///
    /// - Throws: ``StoreError/badSettings(_:)`` with the place of the first problem, or
    ///   ``StoreError/unreadable(file:reason:)``.
    public static func read(_ file: URL) throws -> SharedServerSettings {
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            throw StoreError.unreadable(file: file.path, reason: LocalizedMessage(es: "el archivo no existe o no se puede abrir", en: "the file does not exist or cannot be opened"))
        }
        guard data.count <= 64 * 1024, let text = String(data: data, encoding: .utf8) else {
            throw StoreError.badSettings(Diagnostic(
                severity: .error, code: "CAL-SV-001",
                message: LocalizedMessage(es: "no es un archivo de texto UTF-8 de menos de 64 KB", en: "is not a UTF-8 text file under 64 KB"),
                location: SourceLocation(file: file.path, line: 1, column: 1)))
        }
        return try parse(text, file: file.path, base: file.deletingLastPathComponent())
    }

    /// Reads the text of a settings file named `file`, with relative paths under `base`.
    public static func parse(_ text: String, file: String, base: URL) throws -> SharedServerSettings {
        var reader = SettingsReader(file: file, base: base)
        return try reader.settings(text)
    }
}
