import Foundation
import Testing
@testable import CalidocKit

/// Hostile files the build reads besides YAML (issue #9): a reference document that is a zip bomb
/// or names entries outside the package, and a logo that is not an image. Each is refused with the
/// file named, and nothing is written.
@Suite struct HostileFileTests {
    /// A reference document holding `parts`, written next to the workspace.
    static func reference(_ parts: [PackagePart], named name: String, in workspace: HostileWorkspace) throws -> URL {
        let url = workspace.folder.appending(path: name)
        try Data(try ZipPackage.archive(parts, date: "2025-01-01")).write(to: url)
        return url
    }

    /// Builds with `--reference`, expects the archive to be refused, and checks nothing was written.
    static func refusal(_ workspace: HostileWorkspace, reference: URL) throws -> (PackageError, WriterError) {
        let error = workspace.build(reference: reference)
        #expect(try workspace.outputs().isEmpty)
        let writerError = try #require(error as? WriterError, "got \(String(describing: error))")
        guard case .package(let packageError) = writerError else {
            Issue.record("expected a package error, got \(writerError)")
            throw writerError
        }
        return (packageError, writerError)
    }

    /// 40 MB of zeros deflate to about 40 KB: the entry's declared size is refused before
    /// anything is inflated.
    @Test(.timeLimit(.minutes(1)), arguments: [("bomba.odt", "styles.xml"), ("bomba.docx", "word/styles.xml")])
    func aZipBombReferenceIsRefusedFromItsDirectory(name: String, entry: String) throws {
        let workspace = try HostileWorkspace()
        let zeros = [UInt8](repeating: 0, count: 40 * 1024 * 1024)
        let url = try Self.reference([PackagePart(path: entry, data: zeros)], named: name, in: workspace)
        #expect(try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int ?? 0 < 200 * 1024)
        let (packageError, writerError) = try Self.refusal(workspace, reference: url)
        #expect(packageError == .unsafeArchive(
            name: name, entry: entry, problem: .entryTooLarge(40 * 1024 * 1024, limit: ZipReader.maximumEntryBytes)))
        #expect(writerError.message(.es) == "el archivo «\(name)» no se usa: la entrada «\(entry)» ocupa 40 MB al descomprimirse y el máximo es 32 MB (¿una bomba zip?)")
        #expect(writerError.message(.en) == "«\(name)» is not used: entry «\(entry)» inflates to 40 MB and the limit is 32 MB (a zip bomb?)")
        #expect(writerError.category == .writer)
    }

    /// Entry names a copied part could carry out of the package: `..` and absolute paths.
    @Test(arguments: ["word/media/../../../evil.png", "../evil.xml", "/etc/evil.xml", "C:/evil.xml", "word\\..\\..\\evil.xml"])
    func referenceEntriesOutsideThePackageAreRefused(entry: String) throws {
        let workspace = try HostileWorkspace()
        let template = try ZipReader(bytes: try DOCXWriter().write(KitchenSink.document(rows: 2), options: WriterOptions()))
        let parts = template.entryNames.compactMap { path in template.data(path).map { PackagePart(path: path, data: $0) } }
        let url = try Self.reference(parts + [PackagePart(path: entry, data: Array("x".utf8))], named: "ref.docx", in: workspace)
        let (packageError, writerError) = try Self.refusal(workspace, reference: url)
        #expect(packageError == .unsafeArchive(name: "ref.docx", entry: entry, problem: .pathOutside))
        #expect(writerError.message(.es) == "el archivo «ref.docx» no se usa: la entrada «\(entry)» tiene una ruta absoluta o con «..», que saldría del paquete")
    }

    /// A text file named `logo.png`, and a PNG cut after its signature: the name is not enough.
    @Test(arguments: [
        Array("esto no es una imagen\n".utf8),
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
        [0x89, 0x50, 0x4E, 0x47] + Array("<svg no es svg".utf8),
    ])
    func aLogoThatIsNotAnImageIsRefused(bytes: [UInt8]) throws {
        let workspace = try HostileWorkspace()
        try workspace.write("logo.png", bytes)
        let manifest = try String(contentsOf: workspace.url("calidoc.yaml"), encoding: .utf8)
        try workspace.write("calidoc.yaml", manifest.replacingOccurrences(of: "institucion:\n", with: "institucion:\n  logo: logo.png\n"))
        let error = workspace.build()
        #expect(try workspace.outputs().isEmpty)
        let buildError = try #require(error as? BuildError, "got \(String(describing: error))")
        guard case .badLogo(let path, _) = buildError else {
            Issue.record("expected badLogo, got \(buildError)")
            return
        }
        #expect(path == "logo.png")
        #expect(buildError.message(.es) == "el logo «logo.png» no se puede usar: su contenido no es una imagen PNG, JPEG ni SVG (el nombre no basta); exporte el logo en uno de esos formatos")
        #expect(buildError.message(.en).hasPrefix("the logo «logo.png» cannot be used: its content is not a PNG, JPEG or SVG image"))
        #expect(buildError.category == .validation)
    }

    /// A real PNG logo still builds (the stricter signature check keeps real images).
    @Test func aRealLogoBuilds() throws {
        let workspace = try HostileWorkspace()
        try workspace.write("logo.png", KitchenSink.png)
        let manifest = try String(contentsOf: workspace.url("calidoc.yaml"), encoding: .utf8)
        try workspace.write("calidoc.yaml", manifest.replacingOccurrences(of: "institucion:\n", with: "institucion:\n  logo: logo.png\n"))
        #expect(workspace.build() == nil)
        #expect(try workspace.outputs().count == 12)
    }
}
