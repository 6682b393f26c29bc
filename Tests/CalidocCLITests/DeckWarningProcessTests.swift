import Foundation
import Testing

/// `calidoc deck` prints what a format could not show: a picture on a slide is drawn by HTML and
/// ODP but not by PPTX, and the user is told so on standard error (the files are still written).
@Suite struct DeckWarningProcessTests {
    @Test func aPictureInADeckIsReportedForPPTX() throws {
        guard let binary = ArchiveProcessTests.binary else {
            Issue.record("the calidoc binary is not built")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appending(path: "calidoc-deck-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: ArchiveProcessTests.repository.appending(path: "Samples/gore-santiago"), to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        // A workspace template that adds a slide with a picture the deck has no chart data for.
        let templates = folder.appending(path: "plantillas")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        let original = try String(contentsOf: ArchiveProcessTests.repository.appending(path: "Templates/presentacion.mustache"), encoding: .utf8)
        let slide = "<section class=\"diapositiva contenido\">\n<h2>Fotografía</h2>\n<figure><img src=\"foto.png\" alt=\"Foto del Comité\"/></figure>\n</section>\n"
        try Data((original + slide).utf8).write(to: templates.appending(path: "presentacion.mustache"))
        let manifest = folder.appending(path: "calidoc.yaml")
        try Data((try String(contentsOf: manifest, encoding: .utf8) + "plantillas: plantillas\n").utf8).write(to: manifest)

        let process = Process()
        process.executableURL = binary
        process.arguments = ["deck", folder.path, "--session", "3", "--format", "pptx", "--out", folder.appending(path: "salida").path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(stderr)")
        #expect(stderr.contains("advertencia: PPTX no muestra la imagen «Foto del Comité»; queda su texto alternativo o se omite (en «Fotografía»)\n"),
                "\(stderr)")
        let written = try FileManager.default.subpathsOfDirectory(atPath: folder.appending(path: "salida").path)
        #expect(written.contains { $0.hasSuffix("sesion-3.pptx") })
    }
}
