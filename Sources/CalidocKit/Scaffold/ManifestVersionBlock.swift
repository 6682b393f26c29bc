import Foundation
import Yams

/// Rewrites the `version:` block of a manifest and nothing else: the lines from the `version` key
/// to the last line of its value are replaced by a freshly written block, so every other line
/// (comments between the institution's values included) stays byte for byte as the person wrote it.
///
/// Where the block ends comes from the composed YAML (the next top-level key's line), not from
/// guessing at indentation; comment and blank lines just above the next key stay with it.
enum ManifestVersionBlock {
    /// The manifest's layout does not allow replacing its `version` block line by line.
    struct LayoutProblem: Error {}

    /// `text` with its `version` block replaced by `version`.
    ///
    /// - Throws: ``LayoutProblem`` when the manifest is not a block mapping with a `version` key
    ///   on lines of its own (a flow mapping `{…}` on one line, say).
    static func replacing(_ version: VersionInfo, in text: String) throws -> String {
        guard let root = try? Yams.compose(yaml: text), let mapping = root.mapping else { throw LayoutProblem() }
        let keys = Array(mapping.keys)
        guard let index = keys.firstIndex(where: { $0.string == "version" }), let start = keys[index].mark?.line,
              keys[index].mark?.column == 1
        else { throw LayoutProblem() }
        var lines = text.components(separatedBy: "\n")
        var end = lines.count
        if index + 1 < keys.count {
            guard let next = keys[index + 1].mark?.line, next > start else { throw LayoutProblem() }
            end = next - 1
        }
        // Lines (1-based) start…end hold the block; keep trailing comments and blank lines outside it.
        while end > start {
            let line = lines[end - 1].trimmingCharacters(in: .whitespaces)
            guard line.isEmpty || (line.hasPrefix("#") && !lines[end - 1].hasPrefix(" ")) else { break }
            end -= 1
        }
        lines.replaceSubrange((start - 1)..<end, with: block(version))
        return lines.joined(separator: "\n")
    }

    /// The `version:` block's lines.
    static func block(_ version: VersionInfo) -> [String] {
        var lines = ["version:", "  etiqueta: \(SessionScaffold.quoted(version.etiqueta))", "  fecha: \(version.fecha)"]
        if let description = version.descripcion { lines.append("  descripcion: \(SessionScaffold.quoted(description))") }
        if let previous = version.anterior { lines.append("  anterior: \(SessionScaffold.quoted(previous))") }
        return lines
    }
}
