import CalidocKit
import Hummingbird

/// The one table of how large a request body may be: forms and the JSON API get the configured
/// limit (2 MB by default), the two uploads more — a signed resolution with its annexes, a Word
/// Política with its images. The guard refuses a declared `Content-Length` over it before the
/// body is read, and each upload route reads at most the same number of bytes.
enum RequestBodyLimit {
    /// A signed PDF on the Archivo page.
    static let signedUploadBytes = 25 * 1024 * 1024
    /// A Word or LibreOffice document on the Importar page: the import's own limit plus the form's framing.
    static let importUploadBytes = ImportLimits.maximumFileBytes + 256 * 1024

    /// The limit for `request`.
    static func bytes(for request: Request, configuration: ServerConfiguration) -> Int {
        guard request.method == .post else { return configuration.maximumBodyBytes }
        let parts = request.uri.path.split(separator: "/", omittingEmptySubsequences: true)
        if parts == ["importar"] { return max(importUploadBytes, configuration.maximumBodyBytes) }
        if parts.count == 3, parts[0] == "espacios", parts[2] == "archivo" { return max(signedUploadBytes, configuration.maximumBodyBytes) }
        return configuration.maximumBodyBytes
    }
}
