import Foundation

/// Paths the manifest names (`logo`, `plantillas`, `referencia_*`, `archivo`), kept inside the workspace.
///
/// A workspace may come from someone else (a shared folder, an e-mail attachment): its manifest must
/// not make calidoc read `/etc/passwd` into a document or write an archive elsewhere. A path is
/// accepted when it is relative, has no `..`, and still lies inside the
/// workspace after every symbolic link on the way is followed.
public enum WorkspacePath {
    /// Why a path was refused.
    public enum Problem: Error, Hashable, Sendable {
        /// Empty text.
        case empty
        /// Starts with `/` or `~`.
        case absolute
        /// It has a `..` component.
        case climbsOut
        /// A symbolic link on the way points outside, at this real path.
        case linksOutside(String)

        /// Why, in Spanish or English.
        public var message: LocalizedMessage {
            switch self {
            case .empty:
                LocalizedMessage(es: "la ruta está vacía", en: "the path is empty")
            case .absolute:
                LocalizedMessage(
                    es: "es una ruta absoluta; use una ruta relativa a la carpeta del espacio de trabajo",
                    en: "it is an absolute path; use a path relative to the workspace folder")
            case .climbsOut:
                LocalizedMessage(
                    es: "contiene «..»: debe quedar dentro de la carpeta del espacio de trabajo (copie el archivo dentro de ella)",
                    en: "it contains «..»: it must stay inside the workspace folder (copy the file into it)")
            case .linksOutside(let target):
                LocalizedMessage(
                    es: "es un enlace simbólico a «\(target)», fuera de la carpeta del espacio de trabajo; copie el archivo dentro de ella",
                    en: "it is a symbolic link to «\(target)», outside the workspace folder; copy the file into it")
            }
        }
    }

    /// The URL of `relative` inside `workspace`, or why it is refused. A path that does not exist
    /// yet is judged by its deepest existing folder.
    public static func resolve(_ relative: String, in workspace: URL) -> Result<URL, Problem> {
        let trimmed = relative.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return .failure(.empty) }
        guard !trimmed.hasPrefix("/"), !trimmed.hasPrefix("~"), !trimmed.hasPrefix("\\") else { return .failure(.absolute) }
        // Any `..` is refused, even one that comes back in: after a symbolic link, `..` climbs
        // from the link's target, not from the folder the text suggests.
        if trimmed.split(whereSeparator: { $0 == "/" || $0 == "\\" }).contains("..") { return .failure(.climbsOut) }
        let url = workspace.appending(path: trimmed)
        if let problem = symlinkProblem(url, root: workspace) { return .failure(problem) }
        return .success(url)
    }

    /// `.linksOutside` when `url`, with its links followed, is not inside `root` (also followed).
    public static func symlinkProblem(_ url: URL, root: URL) -> Problem? {
        let realRoot = realPath(root.path) ?? root.standardizedFileURL.path
        var existing = url.standardizedFileURL.path
        var rest: [String] = []
        while realPath(existing) == nil, existing != "/", !existing.isEmpty {
            rest.insert((existing as NSString).lastPathComponent, at: 0)
            existing = (existing as NSString).deletingLastPathComponent
        }
        guard let real = realPath(existing) else { return nil }
        let full = ([real] + rest).joined(separator: "/")
        if full == realRoot || full.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/") { return nil }
        return .linksOutside(full)
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
