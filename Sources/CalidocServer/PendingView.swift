import CalidocKit
import Foundation

/// «Pendiente para usted» on Inicio of a shared server: the workspaces whose review waits for a
/// step the person's role may take (the notifications inside the application).
enum PendingView {
    static func section(_ entries: [WorkspaceEntry], language: PageLanguage) -> String {
        guard let session = CurrentAccess.session else { return "" }
        let actor = ReviewActor.role(session.account.role)
        var rows: [String] = []
        for entry in entries {
            guard let record = try? ReviewRecord.read(in: entry.folder) else { continue }
            let steps = ReviewTransition.allCases.filter { $0.allowed(for: actor, in: record.estado) }
            let observing = actor.mayObserve(in: record.estado)
            guard !steps.isEmpty || observing else { continue }
            let name = WorkspaceSummaryLine(entry: entry).institution ?? entry.folder.lastPathComponent
            let what = (observing ? [language.pick("escribir observaciones", "write observations")] : []) + steps.map { $0.label(language.language) }
            rows.append("<li><a href=\"\(esc(language.link("/espacios/\(entry.id)/revision")))\">\(esc(name))</a>: \(esc(record.estado.label(language.language))) — \(esc(what.joined(separator: "; ")))</li>")
        }
        var html = "<section aria-labelledby=\"titulo-pendientes\" id=\"pendientes\">\n<h2 id=\"titulo-pendientes\">\(esc(language.pick("Pendiente para usted", "Waiting for you")))</h2>\n"
        html += rows.isEmpty ? "<p>\(esc(language.pick("Nada por ahora.", "Nothing for now.")))</p>\n" : "<ul>\n" + rows.joined(separator: "\n") + "\n</ul>\n"
        return html + "</section>\n"
    }
}
