/// A position in an input or template file, 1-based, printed as `path:line:column`.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Path of the file as the user gave it (relative when possible).
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column.
    public var column: Int

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `path:line:column`.
    public var description: String { "\(file):\(line):\(column)" }
}
