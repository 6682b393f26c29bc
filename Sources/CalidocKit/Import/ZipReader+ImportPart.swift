extension ZipReader {
    /// The XML part `part` of a document being imported, parsed: `nil` when the package has no such
    /// part; refused when it is larger than ``ImportLimits/maximumPartBytes`` or is not XML.
    ///
    /// - Parameter path: The imported file, for the messages.
    /// - Throws: ``ImportError``.
    func importPart(_ part: String, of path: String) throws -> XMLTree? {
        guard let bytes = data(part) else { return nil }
        guard bytes.count <= ImportLimits.maximumPartBytes else {
            throw ImportError.tooLarge(path: path, bytes: bytes.count, limit: ImportLimits.maximumPartBytes)
        }
        guard let tree = XMLTree(bytes) else { throw ImportError.badXML(path: path, part: part) }
        return tree
    }
}
