import Foundation

/// Uses an institution's reference document (`--reference FILE.odt`): its `styles.xml` (styles, page
/// layout, header and footer, fonts) replaces calidoc's, and only the styles it lacks are added.
///
/// The parts are read as trees (``XMLTree``) and the missing styles are added as elements, never
/// by searching or splicing the text.
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
        guard let stylesBytes = archive.data("styles.xml") else {
            throw WriterError.badReference(name: name, reason: "no contiene styles.xml")
        }
        guard let tree = XMLTree(stylesBytes) else {
            throw WriterError.badReference(name: name, reason: "su styles.xml no es XML bien formado")
        }
        guard let officeStyles = tree.nodes("/office:document-styles/office:styles").first else {
            throw WriterError.badReference(name: name, reason: "su styles.xml no tiene <office:styles>")
        }
        let present = Set(tree.strings("//@style:name"))
        let missing = (ODFStyles.named + ODFStyles.lists).filter { !present.contains($0.name) }
        var additions = missing.map(\.xml).joined()
        if tree.nodes("//text:outline-style").isEmpty { additions += ODFStyles.outline }
        if !additions.isEmpty, let fragment = XMLTree(fragment: additions, root: "office:styles") {
            tree.append(childrenOf: fragment, to: officeStyles)
        }
        if !present.contains(ODFStyles.bodyFont), let declarations = tree.nodes("/office:document-styles/office:font-face-decls").first,
            let fonts = XMLTree(fragment: ODFStyles.fontFaces, root: "office:font-face-decls")
        {
            tree.append(childrenOf: fonts, to: declarations)
        }
        self.styles = tree.serialized()
        let referenced = Set(tree.strings("//@xlink:href"))
        var manifestTypes: [String: String] = [:]
        if let manifest = archive.data("META-INF/manifest.xml").flatMap(XMLTree.init) {
            for entry in manifest.nodes("//manifest:file-entry") {
                guard let path = XMLTree.attribute(entry, "full-path", namespace: XMLTree.manifestNamespace),
                    let type = XMLTree.attribute(entry, "media-type", namespace: XMLTree.manifestNamespace)
                else { continue }
                manifestTypes[path] = type
            }
        }
        self.pictures = archive.entryNames.filter { $0.hasPrefix("Pictures/") && referenced.contains($0) }.compactMap { path in
            guard let data = archive.data(path) else { return nil }
            let type = ImageSize.mediaType(data) ?? manifestTypes[path] ?? "application/octet-stream"
            return (path, data, type)
        }
    }
}
