import CalidocKit
import Foundation
import Hummingbird

/// Revisión: the review cycle of a workspace's Política (borrador → Comité → Red de Expertos →
/// observaciones → corregida → aprobada → archivada), the observations of the Red anchored to the
/// Política's sections and items, and which of them the changes already answer (`responde_a`).
struct ReviewRoutes {
    let state: ServerState

    func register(on router: Router<BasicRequestContext>) {
        router.get("/espacios/:id/revision") { request, context in
            try page(request, context)
        }
        router.post("/espacios/:id/revision") { request, context in
            try await act(request, context)
        }
    }

    /// Who acts: the login's role on a shared server, the one person otherwise.
    static var actor: (ReviewActor, String) {
        guard let session = CurrentAccess.session else { return (.localPerson, "persona") }
        return (.role(session.account.role), session.account.username)
    }

    private func page(_ request: Request, _ context: BasicRequestContext) throws -> Response {
        let entry = try state.workspace(context)
        let notice = request.uri.queryParameters["hecho"].map { _ in PageLanguage(request: request).pick("Listo.", "Done.") }
        return try render(entry, language: PageLanguage(request: request), notice: notice)
    }

    func render(_ entry: WorkspaceEntry, language: PageLanguage, notice: String? = nil, problem: String? = nil,
                confirm: [Recommendation] = [], status: HTTPResponse.Status = .ok) throws -> Response {
        let record = try ReviewRecord.read(in: entry.folder)
        let workspace = WorkspaceValidation.run(at: entry.folder).loaded.workspace
        let view = ReviewPage(entry: entry, record: record, workspace: workspace, actor: Self.actor.0, csrf: state.currentCSRF.value)
        let name = WorkspaceSummaryLine(entry: entry).institution ?? entry.folder.lastPathComponent
        let title = language.pick("Revisión", "Review")
        return HTMLPage(title: "\(title) — \(name)", language: language,
                        body: view.body(language, notice: notice, problem: problem, confirm: confirm),
                        trail: [(language.pick("Inicio", "Home"), "/"), (name, "/espacios/\(entry.id)"), (title, nil)])
            .response(status: status)
    }

    /// POST: an observation (`accion=observar`) or a step (`accion=paso:NAME`).
    private func act(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let language = PageLanguage(request: request)
        let entry = try state.workspace(context)
        let form = try await FormBody.read(request, limit: state.configuration.maximumBodyBytes)
        guard state.currentCSRF.matches(form[CSRFToken.fieldName]) else { throw WebError.badCSRF }
        let (actor, username) = Self.actor
        var record = try ReviewRecord.read(in: entry.folder)
        let workspace = WorkspaceValidation.run(at: entry.folder).loaded.workspace
        let action = form["accion"] ?? ""
        do {
            if action == "observar" {
                guard actor.mayObserve(in: record.estado) else { throw ReviewError.notAllowed(.entregarObservaciones, state: record.estado) }
                let anchors = ReviewObservations.anchors(workspace?.policy)
                guard let anchor = ReviewObservations.anchor(form["ancla"] ?? "", in: anchors) else { throw ReviewError.emptyObservation }
                _ = try ReviewObservations.add(form["texto"] ?? "", at: anchor, in: entry.folder, existing: workspace?.recommendations)
            } else if action.hasPrefix("paso:"), let step = ReviewTransition(rawValue: String(action.dropFirst(5))) {
                if step == .marcarCorregida, form["confirmar"] != "si", let workspace {
                    let answered = ReviewObservations.answeredIDs(workspace)
                    let open = (workspace.recommendations?.items ?? []).filter { !answered.contains($0.id) }
                    if !open.isEmpty {
                        return try render(entry, language: language, confirm: open, status: .conflict)
                    }
                }
                try record.take(step, actor: actor, username: username, note: form["nota"])
                try record.write(in: entry.folder)
                if let shared = state.configuration.shared, let notifier = shared.notifier {
                    let path = "/espacios/\(entry.id)/revision"
                    notifier.send(ReviewNotice(
                        step: step, actor: actor, username: username, note: form["nota"],
                        institution: CurrentAccess.session?.account.institution ?? "", workspace: entry.id,
                        page: (shared.publicOrigin?.text ?? "") + path))
                }
            } else {
                throw WebError.badForm
            }
        } catch let error as ReviewError {
            let status: HTTPResponse.Status = if case .notAllowed = error { .forbidden } else { .unprocessableContent }
            return try render(entry, language: language, problem: error.message(language.language), status: status)
        }
        let back = language.link("/espacios/\(entry.id)/revision")
        return Response(status: .seeOther, headers: [.location: back + (back.contains("?") ? "&" : "?") + "hecho=1"])
    }
}
