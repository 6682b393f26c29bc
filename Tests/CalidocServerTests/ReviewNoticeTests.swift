import CalidocKit
import CalidocServer
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

/// The e-mail hook of the shared server (`avisos.comando`): after each review step the command
/// gets the step as JSON on its input, with the roles that must act next; a hook that fails or
/// hangs never changes the answer the person gets.
@Suite struct ReviewNoticeTests {
    static let page = "/espacios/servicio-tramites/revision"

    /// A hook script that appends what it reads, one notice per line, to `output` (after `delay` s)
    /// and exits with `status`.
    static func hook(writingTo output: URL, status: Int = 0, delay: Int = 0) throws -> URL {
        let script = output.deletingLastPathComponent().appending(path: "aviso-\(UUID().uuidString).sh")
        try "#!/bin/sh\nsleep \(delay)\ncat >> '\(output.path)'\necho >> '\(output.path)'\nexit \(status)\n"
            .write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        return script
    }

    /// A fresh folder of its own for one test's hook and settings.
    static func scratch() throws -> URL {
        let scratch = FileManager.default.temporaryDirectory.appending(path: "calidoc-avisos-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        return scratch
    }

    /// The editor logs in and sends the workspace to the Comité with `note`; the answer's status.
    static func sendToComite(_ fixture: SharedServerFixture, note: String) async throws -> HTTPResponse.Status {
        try await fixture.application.test(.router) { client in
            let editor = try await SharedServerFixture.login(client, "editora", "sernac")
            var headers = ServerFixture.headers(ServerFixture.formType)
            headers.append(contentsOf: editor.cookie)
            return try await client.execute(
                uri: Self.page, method: .post, headers: headers,
                body: ServerFixture.form([("csrf", editor.csrf), ("accion", "paso:enviar_al_comite"), ("nota", note)])
            ).status
        }
    }

    /// The notices written so far, waiting up to `seconds` for `count` of them.
    static func notices(in output: URL, count: Int, seconds: Double = 15) async throws -> [[String: Any]] {
        let deadline = Date().addingTimeInterval(seconds)
        var lines: [String] = []
        repeat {
            let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
            lines = text.split(separator: "\n").map(String.init)
            if lines.count >= count { break }
            try await Task.sleep(for: .milliseconds(100))
        } while Date() < deadline
        return try lines.map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    }

    @Test func eachStepReachesTheHookAsJSON() async throws {
        let output = try Self.scratch().appending(path: "avisos.jsonl")
        let fixture = try await SharedServerFixture.make(notifier: ReviewNotifier(command: try Self.hook(writingTo: output)))
        let note = "Versión «3» para <b>sesión</b> & \"Comité\" — año"
        let status = try await Self.sendToComite(fixture, note: note)
        #expect(status == .seeOther)
        let notices = try await Self.notices(in: output, count: 1)
        let notice = try #require(notices.first)
        #expect(notice["paso"] as? String == "enviar_al_comite")
        #expect(notice["estado"] as? String == ReviewState.enRevisionComite.rawValue)
        #expect(notice["estado_texto"] as? String == ReviewState.enRevisionComite.label(.es))
        #expect(notice["institucion"] as? String == "sernac")
        #expect(notice["espacio"] as? String == "servicio-tramites")
        #expect(notice["por"] as? String == "editora")
        #expect(notice["rol"] as? String == "editor")
        #expect(notice["nota"] as? String == note, "the note arrives exactly as typed")
        #expect(notice["pagina"] as? String == Self.page)
        #expect(Set(notice["esperan"] as? [String] ?? []) == ["comite", "administrador"], "the Comité acts next")
    }

    @Test func aFailingOrSlowHookNeverChangesTheAnswer() async throws {
        let output = try Self.scratch().appending(path: "avisos.jsonl")
        let slow = ReviewNotifier(command: try Self.hook(writingTo: output, status: 3, delay: 30), timeout: 1)
        let fixture = try await SharedServerFixture.make(notifier: slow)
        let folder = fixture.root.appending(path: "sernac/servicio-tramites")
        let status = try await Self.sendToComite(fixture, note: "")
        #expect(status == .seeOther, "a failing hook does not change the answer")
        #expect(try ReviewRecord.read(in: folder).estado == .enRevisionComite, "the step is recorded whatever the hook does")
    }

    @Test func settingsRefuseAHookThatCannotRun() throws {
        let scratch = try Self.scratch()
        let text = "almacen:\n  carpeta: datos\navisos:\n  comando: aviso.sh\n"
        #expect(throws: StoreError.self) { try SharedServerSettings.parse(text, file: "servidor.yaml", base: scratch) }
        try "#!/bin/sh\n".write(to: scratch.appending(path: "aviso.sh"), atomically: true, encoding: .utf8)
        do {
            _ = try SharedServerSettings.parse(text, file: "servidor.yaml", base: scratch)
            Issue.record("a script without the executable bit is accepted")
        } catch let StoreError.badSettings(diagnostic) {
            #expect(diagnostic.location?.line == 4 && diagnostic.location?.column == 12, "\(String(describing: diagnostic.location))")
            #expect(diagnostic.message.es.contains("chmod +x"))
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: scratch.appending(path: "aviso.sh").path)
        let settings = try SharedServerSettings.parse(text, file: "servidor.yaml", base: scratch)
        #expect(settings.notificationCommand?.lastPathComponent == "aviso.sh")
        #expect(throws: StoreError.self) { try SharedServerSettings.parse("almacen:\n  carpeta: d\navisos: {}\n", file: "servidor.yaml", base: scratch) }
    }
}
