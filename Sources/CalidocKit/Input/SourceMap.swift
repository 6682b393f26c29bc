/// Where every decoded value came from: input file + coding path → line and column.
///
/// Validation rules run on the plain Codable model and ask the map for positions, e.g.
/// `sourceMap.location(.politica, ["objetivos", "items", 2])`.
public struct SourceMap: Sendable, Hashable {
    private var locations: [InputFile: [String: SourceLocation]] = [:]

    /// Creates an empty map.
    public init() {}

    /// Records the location of the value at `path` in `file`.
    mutating func record(_ file: InputFile, path: String, location: SourceLocation) {
        locations[file, default: [:]][path] = location
    }

    /// The location of the value at `path`, or of its nearest recorded ancestor.
    ///
    /// - Parameters:
    ///   - file: The input file.
    ///   - path: Keys (`String`) and list positions (`Int`, 0-based).
    public func location(_ file: InputFile, _ path: [any PathComponentConvertible]) -> SourceLocation? {
        guard let table = locations[file] else { return nil }
        var components = path.map(\.pathComponent)
        while true {
            if let found = table[components.joined(separator: ".")] { return found }
            if components.isEmpty { return nil }
            components.removeLast()
        }
    }

    /// Joins coding-path keys the way the map stores them.
    static func key(for codingPath: [any CodingKey]) -> String {
        codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
    }
}

/// A key or an index in a source-map path.
public protocol PathComponentConvertible: Sendable {
    /// The component as stored in the map.
    var pathComponent: String { get }
}

extension String: PathComponentConvertible {
    /// The key itself.
    public var pathComponent: String { self }
}

extension Int: PathComponentConvertible {
    /// The decimal index.
    public var pathComponent: String { String(self) }
}
