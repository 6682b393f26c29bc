extension ZipReader {
    /// Opens a reference document (`--reference`, `referencia_*`) for the writers.
    ///
    /// An archive refused for its limits or entry names keeps that specific error; any other
    /// failure means the file is not a package of the expected kind.
    ///
    /// - Parameter kind: What the file should be (`ODF`, `DOCX`, `PPTX`), for the message.
    static func reference(bytes: [UInt8], name: String, kind: String) throws -> ZipReader {
        do {
            return try ZipReader(bytes: bytes, name: name)
        } catch let error as PackageError where error.isUnsafeArchive {
            throw WriterError.package(error)
        } catch {
            throw WriterError.badReference(name: name, reason: "no es un archivo \(kind) (zip) legible")
        }
    }
}
