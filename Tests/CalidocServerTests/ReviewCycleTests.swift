import CalidocKit
import CalidocServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// The review cycle on a shared server, each step by the role that owns it: editor → Comité →
/// Red de Expertos (an observation anchored to an objective) → the editor answers it with
/// `responde_a` → corrected → approved → archived; every step recorded and audited.
@Suite struct ReviewCycleTests {
    static let page = "/espacios/servicio-tramites/revision"

    @Test func theWholeCycleByRole() async throws {
        let fixture = try await SharedServerFixture.make()
        let folder = fixture.root.appending(path: "sernac/servicio-tramites")
        try await fixture.application.test(.router) { client in
            let editor = try await SharedServerFixture.login(client, "editora", "sernac")
            let comite = try await SharedServerFixture.login(client, "comite", "sernac")
            let revisor = try await SharedServerFixture.login(client, "revisor", "sernac")
            func post(_ who: (cookie: HTTPFields, csrf: String), _ fields: [(String, String)]) async throws -> TestResponse {
                var headers = ServerFixture.headers(ServerFixture.formType)
                headers.append(contentsOf: who.cookie)
                return try await client.execute(uri: Self.page, method: .post, headers: headers, body: ServerFixture.form([("csrf", who.csrf)] + fields))
            }
            func state() throws -> ReviewState { try ReviewRecord.read(in: folder).estado }

            #expect(try state() == .borrador)
            #expect(try await post(revisor, [("accion", "paso:enviar_al_comite")]).status == .forbidden, "only the editor presents the draft")
            #expect(try await post(editor, [("accion", "paso:enviar_al_comite"), ("nota", "Versión para la sesión 3")]).status == .seeOther)
            #expect(try state() == .enRevisionComite)
            #expect(try await post(editor, [("accion", "paso:enviar_a_la_red")]).status == .forbidden, "the Comité approves sending")
            #expect(try await post(comite, [("accion", "paso:enviar_a_la_red")]).status == .seeOther)
            #expect(try state() == .enviadaRed)

            // The reviewer sees it waiting on Inicio, and writes an observation on one objective.
            let home = ServerFixture.text(try await client.execute(uri: "/", method: .get, headers: ServerFixture.headers(revisor.cookie)))
            #expect(home.contains("id=\"pendientes\"") && home.contains("escribir observaciones"))
            #expect(try await post(editor, [("accion", "observar"), ("ancla", "objetivos/obj-tiempos"), ("texto", "x")]).status == .forbidden)
            let observed = try await post(revisor, [("accion", "observar"), ("ancla", "objetivos/obj-tiempos"),
                                                    ("texto", "Se recomienda indicar la meta de tiempo de respuesta.")])
            #expect(observed.status == .seeOther)
            let recommendations = try String(contentsOf: folder.appending(path: "recomendaciones.yaml"), encoding: .utf8)
            let id = try #require(recommendations.firstMatch(of: /id: (obs-\d+)/).map { String($0.output.1) })
            #expect(recommendations.contains("elemento: obj-tiempos"))
            #expect(WorkspaceValidation.run(at: folder).diagnostics.allSatisfy { $0.severity != .error }, "the written file is a valid input")
            #expect(try await post(revisor, [("accion", "paso:entregar_observaciones")]).status == .seeOther)
            #expect(try state() == .conObservaciones)

            // Marking it corrected with the observation unanswered asks first and lists it.
            let asked = try await post(editor, [("accion", "paso:marcar_corregida")])
            #expect(asked.status == .conflict)
            #expect(ServerFixture.text(asked).contains(id) && ServerFixture.text(asked).contains("id=\"confirmar-corregida\""))
            #expect(try state() == .conObservaciones)
            // The editor answers it: the objective's change names the observation.
            let policy = folder.appending(path: "politica.yaml")
            var text = try String(contentsOf: policy, encoding: .utf8)
            let line = try #require(text.range(of: "    - id: obj-tiempos\n"))
            text.replaceSubrange(line, with: "    - id: obj-tiempos\n      responde_a: [\(id)]\n")
            try text.write(to: policy, atomically: true, encoding: .utf8)
            let answeredPage = ServerFixture.text(try await client.execute(uri: Self.page, method: .get, headers: ServerFixture.headers(editor.cookie)))
            #expect(answeredPage.contains("<td><code>\(id)</code></td><td>Objetivos estratégicos de la Política › N°1"))
            let open = try #require(WorkspaceValidation.run(at: folder).loaded.workspace)
            #expect(ReviewObservations.answeredIDs(open).contains(id))
            #expect(try await post(editor, [("accion", "paso:marcar_corregida"), ("confirmar", "si")]).status == .seeOther)
            #expect(try state() == .corregida)

            #expect(try await post(comite, [("accion", "paso:aprobar"), ("nota", "Res. Exenta N° 1.234")]).status == .seeOther)
            #expect(try await post(editor, [("accion", "paso:archivar")]).status == .seeOther)
            #expect(try state() == .archivada)
            let record = try ReviewRecord.read(in: folder)
            #expect(record.historial.map(\.por) == ["editora", "comite", "revisor", "editora", "comite", "editora"])
            #expect(record.historial.map(\.rol) == ["editor", "comite", "revisor", "editor", "comite", "editor"])
            #expect(record.historial[4].nota == "Res. Exenta N° 1.234")
        }
        let actors = Set(try await fixture.store.auditLog(of: "sernac").filter { $0.action == AuditAction.workspaceChanged.rawValue }.map(\.actor))
        #expect(actors == ["editora", "comite", "revisor"])
        #expect(try await fixture.store.verifyAuditLog(of: "sernac").isIntact)
    }

    @Test func everyStepOnlyFromItsStatesAndByItsRoles() throws {
        for step in ReviewTransition.allCases {
            for state in ReviewState.allCases {
                for role in AccountRole.allCases {
                    let expected = step.from.contains(state) && (step.roles.contains(role))
                    #expect(step.allowed(for: .role(role), in: state) == expected, "\(step) \(state) \(role)")
                    var record = ReviewRecord()
                    record.estado = state
                    if expected {
                        try record.take(step, actor: .role(role), username: "u", note: nil)
                        #expect(record.estado == step.to && record.historial.count == 1)
                    } else {
                        #expect(throws: ReviewError.self) { try record.take(step, actor: .role(role), username: "u", note: nil) }
                        #expect(record.estado == state && record.historial.isEmpty)
                    }
                }
                #expect(step.allowed(for: .localPerson, in: state) == step.from.contains(state))
            }
            #expect(step.roles.contains(.administrador))
        }
        // From the draft, every state is reachable.
        var reached: Set<ReviewState> = [.borrador]
        var frontier: Set<ReviewState> = [.borrador]
        while let state = frontier.popFirst() {
            for step in ReviewTransition.allCases where step.from.contains(state) && reached.insert(step.to).inserted { frontier.insert(step.to) }
        }
        #expect(reached == Set(ReviewState.allCases))
    }
}
