import Foundation
import Testing

/// End to end in Chromium: the scenarios of `Browser/escenarios.py` against the real `calidoc serve`
/// process. Screenshots go to `Output/previews/web/` (not committed).
@Suite(.serialized) struct BrowserTests {
    @Test func scenariosInARealBrowser() throws {
        guard let python = ServerFixture.require("python"), let driver = ServerFixture.require("chromedriver"),
              ServerFixture.require("chromium") != nil
        else { return }
        let root = FileManager.default.temporaryDirectory.appending(path: "calidoc-navegador-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: ServerFixture.servicio, to: root.appending(path: "servicio-tramites"))
        try FileManager.default.copyItem(at: ServerFixture.gore, to: root.appending(path: "gore-santiago"))
        let server = try ServedProcess(folder: root)
        defer { server.stop() }
        let shots = ServerFixture.repository.appending(path: "Output/previews/web")
        let script = ServerFixture.repository.appending(path: "Tests/CalidocServerTests/Browser/escenarios.py")
        var environment = ProcessInfo.processInfo.environment
        environment["CALIDOC_CHROMEDRIVER"] = driver.path
        let (status, output) = try ServerFixture.run(
            python, [script.path, server.base, shots.path, root.appending(path: "descargas").path], environment: environment)
        #expect(status == 0, "escenarios.py: \(output)")
    }
}
