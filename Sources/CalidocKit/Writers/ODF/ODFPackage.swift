/// The parts every ODF package has, in the order the zip must hold them (ODF 1.3 part 2, §3).
struct ODFPackage {
    /// `application/vnd.oasis.opendocument.text` or `…presentation`.
    let mediaType: String
    var content: [UInt8]
    var styles: [UInt8]
    var meta: [UInt8]
    var settings: [UInt8]
    /// Pictures: path inside the package (`Pictures/…`) → bytes and media type.
    var pictures: [(path: String, data: [UInt8], mediaType: String)]

    /// The parts, `mimetype` first and stored, then the XML parts, pictures and the manifest.
    func parts() -> [PackagePart] {
        var parts = [PackagePart(path: "mimetype", text: mediaType, compression: .stored)]
        parts.append(PackagePart(path: "content.xml", data: content))
        parts.append(PackagePart(path: "styles.xml", data: styles))
        parts.append(PackagePart(path: "meta.xml", data: meta))
        parts.append(PackagePart(path: "settings.xml", data: settings))
        for picture in pictures {
            parts.append(PackagePart(path: picture.path, data: picture.data, compression: .stored))
        }
        parts.append(PackagePart(path: "META-INF/manifest.xml", data: manifest()))
        return parts
    }

    func manifest() -> [UInt8] {
        let writer = XMLWriter()
        writer.start("manifest:manifest")
        writer.attribute("xmlns:manifest", "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0")
        writer.attribute("manifest:version", "1.3")
        writer.element("manifest:file-entry", ["manifest:full-path": "/", "manifest:version": "1.3", "manifest:media-type": mediaType])
        for path in ["content.xml", "styles.xml", "meta.xml", "settings.xml"] {
            writer.element("manifest:file-entry", ["manifest:full-path": path, "manifest:media-type": "text/xml"])
        }
        for picture in pictures {
            writer.element("manifest:file-entry", ["manifest:full-path": picture.path, "manifest:media-type": picture.mediaType])
        }
        writer.end()
        return writer.finish()
    }

    /// `meta.xml`: title, institution as creator, dates from the document (not the clock), language.
    static func meta(_ metadata: DocumentMetadata) -> [UInt8] {
        let writer = XMLWriter()
        writer.start("office:document-meta")
        ODFNamespaces.declare(on: writer)
        writer.attribute("office:version", "1.3")
        writer.start("office:meta")
        writer.element("meta:generator", text: CalidocVersion.generator)
        writer.element("dc:title", text: metadata.title)
        if let subject = metadata.subject { writer.element("dc:subject", text: subject) }
        writer.element("meta:initial-creator", text: metadata.institution)
        writer.element("dc:creator", text: metadata.institution)
        let stamp = PackageTimestamp.of(metadata.date)
        writer.element("meta:creation-date", text: stamp)
        writer.element("dc:date", text: stamp)
        writer.element("dc:language", text: metadata.language)
        writer.element("meta:user-defined", ["meta:name": "Versión"], text: metadata.version)
        writer.element("meta:user-defined", ["meta:name": "Documento"], text: metadata.kind)
        writer.end()
        writer.end()
        return writer.finish()
    }

    /// `settings.xml` with nothing but a neutral view setting.
    static func settings() -> [UInt8] {
        let writer = XMLWriter()
        writer.start("office:document-settings")
        ODFNamespaces.declare(on: writer)
        writer.attribute("office:version", "1.3")
        writer.start("office:settings")
        writer.start("config:config-item-set")
        writer.attribute("config:name", "ooo:view-settings")
        writer.element("config:config-item", ["config:name": "ShowRedlineChanges", "config:type": "boolean"], text: "true")
        writer.end()
        writer.end()
        writer.end()
        return writer.finish()
    }
}
