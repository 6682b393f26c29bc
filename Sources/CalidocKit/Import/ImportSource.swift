import Foundation

/// Opens the file given to `calidoc import`: judges it by its first bytes (not its extension),
/// refuses what is not a DOCX or ODT with a message saying how to get one, and reads the package
/// through ``ZipReader`` (refused before inflating when it is a zip bomb or names paths outside).
enum ImportSource {
    /// Reads the document at `url`.
    static func read(_ url: URL) throws -> SourceDocument {
        let path = url.path
        switch BoundedFile.read(url, limit: ImportLimits.maximumFileBytes) {
        case .success(let bytes):
            return try read(bytes: bytes, path: path)
        case .failure(.tooLarge(let size)):
            throw ImportError.tooLarge(path: path, bytes: size, limit: ImportLimits.maximumFileBytes)
        case .failure(.missing):
            throw ImportError.unreadable(path: path, reason: "el archivo no existe; revise el nombre y la carpeta")
        case .failure(.notRegular):
            throw ImportError.unreadable(path: path, reason: "no es un archivo (¿una carpeta?)")
        case .failure(.unreadable(let reason)):
            throw ImportError.unreadable(path: path, reason: reason)
        }
    }

    /// Reads a document from its bytes (`path` names it in messages).
    static func read(bytes: [UInt8], path: String) throws -> SourceDocument {
        guard bytes.count <= ImportLimits.maximumFileBytes else {
            throw ImportError.tooLarge(path: path, bytes: bytes.count, limit: ImportLimits.maximumFileBytes)
        }
        try sniff(bytes, path: path)
        let package: ZipReader
        do {
            package = try ZipReader(bytes: bytes, name: path)
        } catch let error as PackageError where error.isUnsafeArchive {
            if case .unsafeArchive(_, let entry, let problem) = error {
                throw ImportError.unsafePackage(path: path, detail: problem.message(entry: entry).es)
            }
            throw ImportError.unsafePackage(path: path, detail: error.description)
        } catch {
            throw ImportError.unreadable(path: path, reason: "el archivo zip está dañado o incompleto")
        }
        if let manifest = package.text("META-INF/manifest.xml"), manifest.contains("encryption-data") {
            throw ImportError.encrypted(path: path)
        }
        let document: SourceDocument
        if package.data("word/document.xml") != nil {
            document = try DOCXSource.read(package, path: path)
        } else if package.data("content.xml") != nil {
            let mimetype = package.text("mimetype") ?? "application/vnd.oasis.opendocument.text"
            guard mimetype.hasPrefix("application/vnd.oasis.opendocument.text") else {
                throw ImportError.unsupported(path: path, kind: "un documento OpenDocument que no es de texto (\(mimetype))")
            }
            document = try ODTSource.read(package, path: path)
        } else if package.data("xl/workbook.xml") != nil || package.data("ppt/presentation.xml") != nil {
            throw ImportError.unsupported(path: path, kind: "una planilla o presentación de Office")
        } else {
            throw ImportError.unsupported(path: path, kind: "un archivo zip que no es un documento")
        }
        guard document.blocks.contains(where: { !$0.text.isEmpty || $0.kind != .paragraph }) else {
            throw ImportError.empty(path: path)
        }
        return document
    }

    /// Whether `needle` occurs in `bytes` (a plain scan: the file is at most 20 MB).
    private static func contains(_ needle: [UInt8], in bytes: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= bytes.count else { return false }
        var index = 0
        while index + needle.count <= bytes.count {
            if bytes[index] == first, bytes[index..<(index + needle.count)].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }

    /// Refuses by their first bytes the files people most often have instead of a DOCX.
    private static func sniff(_ bytes: [UInt8], path: String) throws {
        func starts(_ prefix: [UInt8]) -> Bool { bytes.count >= prefix.count && Array(bytes.prefix(prefix.count)) == prefix }
        if bytes.isEmpty { throw ImportError.empty(path: path) }
        if starts([0x50, 0x4B, 0x03, 0x04]) || starts([0x50, 0x4B, 0x05, 0x06]) { return }
        if starts([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            // An OLE compound file: an old .doc, or a DOCX/ODT saved with a password (the
            // encrypted package is stored in an OLE file under "EncryptedPackage", in UTF-16).
            let marker = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            if contains(marker, in: bytes) { throw ImportError.encrypted(path: path) }
            throw ImportError.legacyWord(path: path)
        }
        if starts(Array("%PDF".utf8)) { throw ImportError.pdf(path: path) }
        if starts(Array("{\\rtf".utf8)) { throw ImportError.unsupported(path: path, kind: "un documento RTF") }
        if starts(Array("<?xml".utf8)) || starts(Array("<html".utf8)) || starts(Array("<!DOCTYPE".utf8)) {
            throw ImportError.unsupported(path: path, kind: "un archivo XML o HTML suelto (¿un «.xml» de Word 2003 o una página web?)")
        }
        throw ImportError.unsupported(path: path, kind: "un archivo que no es un documento de Word ni de LibreOffice")
    }
}
