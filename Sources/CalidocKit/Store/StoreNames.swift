import Foundation

/// The rules for ids and file names a store accepts. They are checked before any path or query is
/// built, so an id from a URL never becomes `..`, an absolute path or a hidden file.
public enum StoreNames {
    /// Whether `text` is a valid institution, workspace or user id: 1 to 63 of `a-z 0-9 . -`,
    /// starting with a letter or digit (so never `.` or `..`).
    public static func isValidId(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard (1...63).contains(scalars.count), let first = scalars.first, isLowerOrDigit(first) else { return false }
        return scalars.allSatisfy { isLowerOrDigit($0) || $0 == "-" || $0 == "." }
    }

    /// Whether `text` is a valid workspace file name: `NAME.yaml` or `sesiones/NAME.yaml`, NAME an id.
    public static func isValidFileName(_ text: String) -> Bool {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard let last = parts.last, last.hasSuffix(".yaml"), isValidId(String(last.dropLast(5))) else { return false }
        switch parts.count {
        case 1: return true
        case 2: return parts[0] == InputFile.sesion.rawValue
        default: return false
        }
    }

    /// Throws ``StoreError/invalidName(kind:text:)`` unless `text` is a valid id of `kind`.
    public static func checkId(_ text: String, _ kind: StoreError.NameKind) throws {
        guard isValidId(text) else { throw StoreError.invalidName(kind: kind, text: text) }
    }

    /// Whether `text` is a valid display name of an account: 1 to 120 characters once trimmed, no line
    /// breaks or other control characters (it is shown on every page and written in the audit log).
    public static func isValidDisplayName(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed == text, text.count <= 120 else { return false }
        return !text.unicodeScalars.contains { $0.properties.generalCategory == .control || $0.properties.generalCategory == .lineSeparator || $0.properties.generalCategory == .paragraphSeparator }
    }

    /// Throws ``StoreError/invalidName(kind:text:)`` unless `text` is a valid display name.
    public static func checkDisplayName(_ text: String) throws {
        guard isValidDisplayName(text) else { throw StoreError.invalidName(kind: .displayName, text: text) }
    }

    /// Throws ``StoreError/invalidName(kind:text:)`` unless `ref` names a valid file.
    public static func check(_ ref: StoreFileRef) throws {
        try checkId(ref.institution, .institution)
        try checkId(ref.workspace, .workspace)
        guard isValidFileName(ref.name) else { throw StoreError.invalidName(kind: .file, text: ref.name) }
    }

    private static func isLowerOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
