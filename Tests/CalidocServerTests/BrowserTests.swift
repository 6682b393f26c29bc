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

    /// Scenario 7: the review cycle by three people on `calidoc serve --config` (accounts made with
    /// `calidoc cuentas`, as an administrator would).
    @Test func reviewCycleOnASharedServer() throws {
        guard let python = ServerFixture.require("python"), let driver = ServerFixture.require("chromedriver"),
              ServerFixture.require("chromium") != nil, let binary = ServedProcess.binary
        else { return }
        let root = FileManager.default.temporaryDirectory.appending(path: "calidoc-compartido-navegador-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appending(path: "datos"), withIntermediateDirectories: true)
        let config = root.appending(path: "servidor.yaml")
        try "almacen:\n  tipo: carpetas\n  carpeta: datos\nescucha:\n  puerto: 0\n".write(to: config, atomically: true, encoding: .utf8)
        let (made, madeOutput) = try ServerFixture.run(binary, ["cuentas", "institucion", "--config", config.path, "sernac", "Servicio Nacional de Trámites"])
        #expect(made == 0, "\(madeOutput)")
        for (user, role) in [("editora", "editor"), ("comite", "comite"), ("revisor", "revisor")] {
            var environment = ProcessInfo.processInfo.environment
            environment["CALIDOC_CONTRASENA"] = "clave-de-\(user)-sernac"
            let (status, output) = try ServerFixture.run(
                binary, ["cuentas", "agregar", "--config", config.path, "--institucion", "sernac", "--usuario", user, "--nombre", user.capitalized, "--rol", role],
                environment: environment)
            #expect(status == 0, "\(output)")
        }
        try FileManager.default.copyItem(at: ServerFixture.servicio, to: root.appending(path: "datos/sernac/servicio-tramites"))
        let server = try ServedProcess(arguments: ["serve", "--config", config.path])
        defer { server.stop() }
        let shots = ServerFixture.repository.appending(path: "Output/previews/web")
        let script = ServerFixture.repository.appending(path: "Tests/CalidocServerTests/Browser/escenarios.py")
        var environment = ProcessInfo.processInfo.environment
        environment["CALIDOC_CHROMEDRIVER"] = driver.path
        environment["CALIDOC_SERVIDOR_COMPARTIDO"] = "1"
        let (status, output) = try ServerFixture.run(
            python, [script.path, server.base, shots.path, root.appending(path: "descargas").path], environment: environment)
        #expect(status == 0, "escenarios.py (servidor compartido): \(output)")
        let (logStatus, log) = try ServerFixture.run(binary, ["cuentas", "bitacora", "--config", config.path, "--institucion", "sernac"])
        #expect(logStatus == 0 && log.contains("registro de auditoría íntegro"), "\(log)")
        #expect(log.contains("revisor\tespacio.modificado"), "\(log)")
    }
}
