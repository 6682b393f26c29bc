import Foundation

/// What an RFC 3161 timestamp token given to `archive verify --timestamp` proves about the archive:
/// that a head of its chain (an entry hash, stamped as `openssl ts -query -digest HASH -sha256`)
/// existed at the authority's time.
public struct ArchiveTimestampCheck: Sendable {
    /// Why the token proves nothing about this archive; `nil` when it holds.
    public var failure: LocalizedMessage?
    /// What it proves.
    public var summary: LocalizedMessage

    /// Checks `token` (a `.tsr` reply or a bare token, DER) against the heads of `report`'s chain.
    public init(token: [UInt8], file: String, entries report: ArchiveReport, archive: VersionArchive, trustRootsPEM: String) throws {
        let roots = try TrustRoots.parse(trustRootsPEM)
        let parsed: TimestampToken
        do {
            parsed = try TimestampToken(der: token)
        } catch {
            let refusal = LocalizedMessage(es: "«\(file)» no es un sello de tiempo RFC 3161 legible", en: "«\(file)» is not a readable RFC 3161 timestamp")
            (failure, summary) = (refusal, refusal)
            return
        }
        let time = ISO8601DateFormatter().string(from: parsed.genTime)
        if let problem = parsed.failure(trustRoots: roots) {
            let refusal = LocalizedMessage(es: "el sello de tiempo «\(file)» no es confiable: \(problem.es)", en: "the timestamp «\(file)» is not trusted: \(problem.en)")
            (failure, summary) = (refusal, refusal)
            return
        }
        let entries = (try? archive.inspect().entries) ?? []
        // The head as `openssl ts -query -digest HASH -sha256` stamps it, or the entry's object or
        // the anchor line (`N:HASH`, with or without a newline) stamped as data with any SHA-2.
        let stamps: (ArchiveEntry) -> Bool = { entry in
            let anchor = "\(entry.id):\(entry.hash)"
            return parsed.covers(digestHex: entry.hash) || parsed.covers(Array(anchor.utf8)) || parsed.covers(Array((anchor + "\n").utf8))
                || ((try? entry.canonicalBytes()).map { parsed.covers($0) } ?? false)
        }
        guard let entry = entries.last(where: stamps) else {
            let refusal = LocalizedMessage(es: "el sello de tiempo «\(file)» no sella ninguna cabeza de este archivo (la cadena fue reescrita o es otro archivo)",
                                       en: "the timestamp «\(file)» stamps no head of this archive (the chain was rewritten or it is another archive)")
            (failure, summary) = (refusal, refusal)
            return
        }
        failure = nil
        summary = LocalizedMessage(
            es: "sello de tiempo «\(file)»: la cabeza \(entry.id):\(entry.hash.prefix(12))… existía el \(time) (\(parsed.authority)) y el archivo la conserva",
            en: "timestamp «\(file)»: head \(entry.id):\(entry.hash.prefix(12))… existed at \(time) (\(parsed.authority)) and the archive keeps it")
    }
}
