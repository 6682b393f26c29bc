import Foundation

/// Previews of text not yet saved, kept in memory under random tokens for the preview frame to load
/// (`/espacios/ID/vista-previa/DOC?borrador=TOKEN`). Only the most recent ones are kept.
actor DraftStore {
    private var pages: [String: (owner: String, html: [UInt8])] = [:]
    private var order: [String] = []
    private let capacity = 64

    /// Keeps `html`, a preview of workspace `owner`, and returns its token.
    func put(_ html: [UInt8], owner: String) -> String {
        let token = UUID().uuidString.lowercased()
        pages[token] = (owner, html)
        order.append(token)
        while order.count > capacity { pages[order.removeFirst()] = nil }
        return token
    }

    /// The preview of workspace `owner` kept under `token`.
    func page(_ token: String, owner: String) -> [UInt8]? {
        guard let page = pages[token], page.owner == owner else { return nil }
        return page.html
    }
}
