import Foundation
import Testing
@testable import CalidocKit

@Suite struct BuildPipelineTests {
    @Test func buildsEveryDocumentOfTheSecondSample() throws {
        let out = try TestPaths.temporaryFolder()
        let result = try BuildPipeline().run(.init(workspace: TestPaths.servicio, formats: [.html], outputRoot: out))
        #expect(result.written.map(\.lastPathComponent) == ["politica.html", "plan.html", "diagnostico.html", "informe.html", "resolucion.html"])
        #expect(result.written.first?.path.contains("/senatrac-servicio-nacional-de-tramites-ciudadanos/2025-1/") == true)
        let plan = try String(contentsOf: result.written[1], encoding: .utf8)
        #expect(plan.contains("No comprometida"))
        let diagnosis = try String(contentsOf: result.written[2], encoding: .utf8)
        #expect(diagnosis.contains("97,5 %"))   // 9.620 / 9.870 reclamos respondidos en 2024
        #expect(diagnosis.contains("14,6 %"))   // 1.405 / 9.620 fuera de plazo
        #expect(diagnosis.contains("18,4 %"))   // 78.250 / 425.100 certificados fuera de plazo
    }

    /// The resolución exenta cites the SHA-256 of every file of the approved policy, and validates.
    @Test func resolutionCitesTheApprovedFiles() throws {
        let out = try TestPaths.temporaryFolder()
        let result = try BuildPipeline().run(.init(workspace: TestPaths.servicio, formats: [.odt, .docx], outputRoot: out))
        let resolution = try #require(result.written.first { $0.lastPathComponent == "resolucion.odt" })
        let text = try #require(ZipReader(contentsOf: resolution).text("content.xml"))
        for file in result.written where file.deletingPathExtension().lastPathComponent == "politica" {
            let digest = SHA256Digest.hex([UInt8](try Data(contentsOf: file)))
            #expect(text.contains("\(file.lastPathComponent): \(digest)") || text.contains(digest), "\(file.lastPathComponent)")
        }
        #expect(text.contains("RESOLUCIÓN EXENTA N° ________"))
        #expect(text.contains("María Fernanda Soto Riquelme"))
        #expect(text.contains("APRUÉBASE"))
        try ODFValidator.validate([UInt8](try Data(contentsOf: resolution)), label: "resolucion.odt")
        let docx = try #require(result.written.first { $0.lastPathComponent == "resolucion.docx" })
        try DOCXWriterTests.validate([UInt8](try Data(contentsOf: docx)), label: "resolucion.docx")
        #expect(SHA256Digest.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func theGORESampleBuildsOnlyItsPolicy() throws {
        let out = try TestPaths.temporaryFolder()
        let result = try BuildPipeline().run(.init(workspace: TestPaths.gore, formats: [.html], outputRoot: out))
        #expect(result.written.map(\.lastPathComponent) == ["politica.html"])
    }

    @Test func invalidWorkspaceWritesNothing() throws {
        let out = try TestPaths.temporaryFolder()
        let folder = try TestPaths.workspace(["calidoc.yaml": "institucion: {nombre: X}\n"])
        #expect(throws: BuildFailure.self) {
            _ = try BuildPipeline().run(.init(workspace: folder, formats: [.html], outputRoot: out))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
    }

    @Test func aFailedBuildLeavesEarlierOutputsIntact() throws {
        let out = try TestPaths.temporaryFolder()
        let workspace = try TemplateErrorTests.workspaceOverriding([:])
        let first = try BuildPipeline().run(.init(workspace: workspace.directory, formats: [.html], outputRoot: out))
        let before = try first.written.map { try Data(contentsOf: $0) }
        // Break a template used by the third document only: the first two must not be rewritten either.
        try Data("<h1>{{titulo}}</h1>\n<blink>no</blink>\n".utf8)
            .write(to: workspace.directory.appending(path: "mis-plantillas/diagnostico.mustache"))
        try Data("<h1>{{titulo}} v2</h1>\n".utf8).write(to: workspace.directory.appending(path: "mis-plantillas/plan.mustache"))
        #expect(throws: TemplateError.self) {
            _ = try BuildPipeline().run(.init(workspace: workspace.directory, formats: [.html], outputRoot: out))
        }
        let after = try first.written.map { try Data(contentsOf: $0) }
        #expect(before == after)
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: out.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test func atomicWriteReplacesWholeFiles() throws {
        let url = try TestPaths.temporaryFolder().appending(path: "sub/a.txt")
        try AtomicFile.write(Array("uno".utf8), to: url)
        try AtomicFile.write(Array("dos".utf8), to: url)
        #expect(try String(contentsOf: url, encoding: .utf8) == "dos")
        #expect(throws: BuildError.self) { try AtomicFile.write([1], to: URL(fileURLWithPath: "/proc/no/permitido/x")) }
    }

    /// A build's files are replaced all together or not at all: a folder where the last file goes
    /// stops the build before the first file is replaced.
    @Test func aFileSetIsReplacedWholeOrNotAtAll() throws {
        let folder = try TestPaths.temporaryFolder()
        let names = ["a.txt", "b.txt", "c.txt"]
        try AtomicFile.write(names.map { (folder.appending(path: $0), Array("uno".utf8)) })
        try FileManager.default.removeItem(at: folder.appending(path: "c.txt"))
        try FileManager.default.createDirectory(at: folder.appending(path: "c.txt"), withIntermediateDirectories: false)
        #expect(throws: BuildError.outputIsFolder(path: AtomicFile.shown(folder.appending(path: "c.txt")))) {
            try AtomicFile.write(names.map { (folder.appending(path: $0), Array("dos".utf8)) })
        }
        for name in names.dropLast() { #expect(try String(contentsOf: folder.appending(path: name), encoding: .utf8) == "uno") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == names)
        // A folder to write into that is a file is named, in Spanish, before anything is written.
        let file = folder.appending(path: "a.txt")
        let error = BuildError.outputIsNotFolder(path: AtomicFile.shown(file))
        #expect(throws: error) { try AtomicFile.write([(file.appending(path: "x/y.txt"), [1])]) }
        #expect(error.message(.es) == "«\(file.path)» es un archivo, no una carpeta: indique con --out una carpeta nueva o existente; no se escribió ningún documento")
    }

    @Test func slugs() {
        #expect(Slug.make("GORE-Gobierno Regional Metropolitano de Santiago") == "gore-gobierno-regional-metropolitano-de-santiago")
        #expect(Slug.make("Ñuñoa 2025/1") == "nunoa-2025-1")
        #expect(Slug.make("***") == "documento")
    }
}

@Suite struct BatchBuildTests {
    @Test func oneBadWorkspaceDoesNotStopTheOthers() throws {
        let root = try TestPaths.temporaryFolder()
        for name in ["gore-santiago", "servicio-tramites"] {
            try FileManager.default.copyItem(at: TestPaths.samples.appending(path: name), to: root.appending(path: name))
        }
        let broken = root.appending(path: "roto")
        try FileManager.default.createDirectory(at: broken, withIntermediateDirectories: true)
        try Data("institucion: {nombre: X}\n".utf8).write(to: broken.appending(path: "calidoc.yaml"))
        #expect(throws: BuildError.notAWorkspace(path: root.relativePath, found: ["gore-santiago", "roto", "servicio-tramites"].map { AtomicFile.shown(root.appending(path: $0)) })) {
            try BatchBuild.expand([root])
        }
        let folders = try BatchBuild.expand([root], all: true)
        #expect(folders.map(\.lastPathComponent) == ["gore-santiago", "roto", "servicio-tramites"])
        let out = try TestPaths.temporaryFolder()
        let outcomes = BatchBuild.run(folders, template: .init(workspace: root, formats: [.html, .odt], outputRoot: out)) { _, _, _ in }
        #expect(outcomes.map { $0.failure == nil } == [true, false, true])
        #expect(outcomes.map(\.written.count) == [2, 0, 10])
    }
}
