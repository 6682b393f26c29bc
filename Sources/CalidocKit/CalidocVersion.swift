/// calidoc's own version, written into generated documents as the generator.
public enum CalidocVersion {
    /// Semantic version of this build.
    public static let current = "0.1.0"
    /// Generator string for document properties.
    public static var generator: String { "calidoc/\(current)" }
}
