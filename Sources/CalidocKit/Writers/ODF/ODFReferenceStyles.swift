import Foundation

/// Uses an institution's reference document (`--reference FILE.odt`): its `styles.xml` (styles, page
/// layout, header and footer, fonts) replaces calidoc's, and only the styles it lacks are added.
struct ODFReferenceStyles {
    /// The merged `styles.xml`.
    let styles: [UInt8]
    /// Pictures the reference's styles point at (header logos …), to copy into the package.
    let pictures: [(path: String, data: [UInt8], mediaType: String)]

    /// Reads the reference package and merges calidoc's required styles into its `styles.xml`.
    ///
    /// - Throws: ``WriterError/badReference(name:reason:)`` when it is not a readable ODF text.
    init(reference bytes: [UInt8], name: String) throws {
        let archive = try ZipReader.reference(bytes: bytes, name: name, kind: "ODF")
        guard var styles = archive.text("styles.xml") else {
            throw WriterError.badReference(name: name, reason: "no contiene styles.xml")
        }
        guard let close = styles.range(of: "</office:styles>") else {
            throw WriterError.badReference(name: name, reason: "su styles.xml no tiene <office:styles>")
        }
        let missing = (ODFStyles.named + ODFStyles.lists).filter { definition in
            !styles.contains("style:name=\"\(definition.name)\"")
        }
        var insertion = missing.map(\.xml).joined()
        if !styles.contains("<text:outline-style") { insertion += ODFStyles.outline }
        styles.replaceSubrange(close.lowerBound..<close.lowerBound, with: insertion)
        if !styles.contains("style:name=\"\(ODFStyles.bodyFont)\""), let decls = styles.range(of: "</office:font-face-decls>") {
            styles.replaceSubrange(decls.lowerBound..<decls.lowerBound, with: ODFStyles.fontFaces)
        }
        self.styles = Array(styles.utf8)
        let manifest = archive.text("META-INF/manifest.xml") ?? ""
        self.pictures = archive.entryNames.filter { $0.hasPrefix("Pictures/") && styles.contains($0) }.compactMap { path in
            guard let data = archive.data(path) else { return nil }
            let type = ImageSize.mediaType(data) ?? Self.manifestType(of: path, in: manifest) ?? "application/octet-stream"
            return (path, data, type)
        }
    }

    private static func manifestType(of path: String, in manifest: String) -> String? {
        guard let entry = manifest.range(of: "manifest:full-path=\"\(path)\"") else { return nil }
        let start = manifest[..<entry.lowerBound].lastIndex(of: "<") ?? entry.lowerBound
        let line = manifest[start...]
        guard let type = line.range(of: "manifest:media-type=\"") else { return nil }
        return String(line[type.upperBound...].prefix { $0 != "\"" })
    }
}
