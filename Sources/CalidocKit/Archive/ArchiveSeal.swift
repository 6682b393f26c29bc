import Foundation

/// The head of the hash chain: how many entries the archive holds and the hash of the last one.
///
/// It is kept in `sello.json` next to the index (a second record that a deleted or truncated index
/// contradicts), printed by `calidoc archive anchor` for the Comité's acta, and given back to
/// `archive verify --anchor N:HASH`, which proves the archive still extends it.
public struct ArchiveSeal: Hashable, Sendable, Codable {
    /// Number of entries.
    public var entradas: Int
    /// Hash of entry `entradas` (64 zeros when there is none).
    public var cabeza: String

    /// Creates a head.
    public init(entradas: Int, cabeza: String) {
        self.entradas = entradas
        self.cabeza = cabeza
    }

    /// The head of an empty archive.
    public static let empty = ArchiveSeal(entradas: 0, cabeza: ArchiveEntry.genesis)

    /// `N:HASH`, the form written in the acta and given to `--anchor`.
    public var anchorText: String { "\(entradas):\(cabeza)" }

    /// Reads `N:HASH` (`N` ≥ 1, `HASH` 64 hexadecimal digits, case ignored).
    public init(anchor text: String) throws {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let count = Int(parts[0]), count >= 1, ArchiveSeal.isDigest(parts[1].lowercased()) else {
            throw ArchiveError.badArgument(text, expected: LocalizedMessage(
                es: "N:HASH (vea «calidoc archive anchor»)", en: "N:HASH (see «calidoc archive anchor»)"))
        }
        self.init(entradas: count, cabeza: parts[1].lowercased())
    }

    /// Whether `text` is 64 lower-case hexadecimal digits.
    public static func isDigest<S: StringProtocol>(_ text: S) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    /// The seal file's bytes (sorted keys, one line).
    func encoded() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return Array(try encoder.encode(self)) + [0x0a]
    }

    /// Reads a seal file's bytes; `nil` when they are not a seal.
    static func decode(_ bytes: [UInt8]) -> ArchiveSeal? {
        guard bytes.count < 4096, let seal = try? JSONDecoder().decode(ArchiveSeal.self, from: Data(bytes)),
              seal.entradas >= 0, isDigest(seal.cabeza), (seal.entradas == 0) == (seal.cabeza == ArchiveEntry.genesis)
        else { return nil }
        return seal
    }
}
