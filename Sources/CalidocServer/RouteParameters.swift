import CalidocKit
import Hummingbird

/// Path parameters, each checked against what exists: workspace ids only from the served list,
/// file names only from ``WorkspaceFiles/editable``, documents only from ``DocumentKind``. Nothing
/// from the URL is ever joined into a path unchecked.
extension ServerState {
    /// The workspace named by `:id`.
    func workspace(_ context: some RequestContext) throws -> WorkspaceEntry {
        guard let id = context.parameters.get("id"), let entry = catalog.entry(id: id) else { throw WebError.unknownWorkspace }
        return entry
    }

    /// The input file named by `:archivo`.
    func inputFile(_ context: some RequestContext) throws -> InputFile {
        guard let name = context.parameters.get("archivo"), let file = WorkspaceFiles.file(named: name) else {
            throw WebError.unknownFile
        }
        return file
    }

    /// The document named by `:documento`.
    func documentKind(_ context: some RequestContext) throws -> DocumentKind {
        guard let name = context.parameters.get("documento"), let kind = DocumentKind(rawValue: name) else {
            throw WebError.notFound
        }
        return kind
    }
}
