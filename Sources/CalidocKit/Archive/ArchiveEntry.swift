import Foundation

/// One archived version: who signed what, when, and the SHA-256 of every file it holds.
public struct ArchiveEntry: Codable, Hashable, Sendable {
    /// A file of the entry.
    public struct File: Codable, Hashable, Sendable {
        /// `firmado` (the signed file), `entrada` (a YAML input) or `salida` (a generated output).
        public var rol: String
        /// File name as added.
        public var nombre: String
        /// SHA-256 of its bytes (also its name in the object store).
        public var sha256: String
        /// Size in bytes.
        public var bytes: Int
    }

    /// Sequence number, from 1.
    public var id: Int
    /// When it was added (UTC, ISO 8601).
    public var agregado: String
    /// `politica` or `plan` (or another document kind).
    public var documento: String
    /// Version label.
    public var version: String
    /// The approving resolution ("Res. Exenta N° …").
    public var resolucion: String?
    /// Who signed.
    public var firmadoPor: String?
    /// Signature date.
    public var fecha: String?
    /// Files, in a stable order.
    public var archivos: [File]
    /// Signatures checked when the entry was added (absent in entries without signature checks).
    public var firmas: [SignatureCheck]?
    /// Hash of the previous entry (64 zeros for the first).
    public var hashAnterior: String
    /// Hash of this entry's canonical form (everything above).
    public var hash: String

    /// The canonical bytes the entry hash covers: sorted-keys JSON of every field but `hash`.
    public func canonicalBytes() throws -> [UInt8] {
        var copy = self
        copy.hash = ""
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return [UInt8](try encoder.encode(copy))
    }

    /// The hash this entry should have.
    public func computedHash() throws -> String {
        SHA256Digest.hex(try canonicalBytes())
    }

    /// Hash of "no previous entry".
    public static let genesis = String(repeating: "0", count: 64)
}
