/// One file inside an ODF or OOXML package, before zipping.
///
/// Writers build parts first and zip second (docx-rs `XMLDocx.pack`), so the parts can be inspected
/// and compared in tests and the zip writer stays one deterministic piece.
public struct PackagePart: Hashable, Sendable {
    /// How the part is stored in the zip.
    public enum Compression: Hashable, Sendable {
        /// Stored as is (required for the ODF `mimetype`).
        case stored
        /// Deflated.
        case deflated
    }

    /// Path inside the package, with `/` separators and no leading slash.
    public var path: String
    /// The bytes.
    public var data: [UInt8]
    /// How to store it.
    public var compression: Compression

    /// Creates a part.
    public init(path: String, data: [UInt8], compression: Compression = .deflated) {
        self.path = path
        self.data = data
        self.compression = compression
    }

    /// Creates a part from UTF-8 text.
    public init(path: String, text: String, compression: Compression = .deflated) {
        self.init(path: path, data: Array(text.utf8), compression: compression)
    }
}
