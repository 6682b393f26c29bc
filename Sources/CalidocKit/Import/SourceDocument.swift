/// What a source package yields: its blocks in order and the comments people left in it.
struct SourceDocument: Sendable {
    /// A comment of the source (Word's comments, LibreOffice's annotations).
    struct Comment: Hashable, Sendable {
        /// Who wrote it, when the file says.
        var author: String?
        /// The comment's text.
        var text: String
        /// The body block it is anchored to, when known (1-based).
        var blockNumber: Int?
    }

    /// The body's blocks, numbered in order.
    var blocks: [SourceBlock]
    /// The comments, in order.
    var comments: [Comment]
    /// Whether the document uses heading styles at all (when not, short bold paragraphs are headings).
    var hasHeadingStyles: Bool { blocks.contains { $0.headingLevel != nil } }
    /// Tracked changes resolved while reading (insertions kept, deletions dropped).
    var trackedChanges = 0
}

/// Limits of what the import reads, so a hostile or oversized document fails fast with a message.
public enum ImportLimits {
    /// Largest file read (a Política is rarely over 1 MB; images are not imported).
    public static let maximumFileBytes = 20 * 1024 * 1024
    /// Largest main XML part (`word/document.xml`, `content.xml`) once inflated.
    static let maximumPartBytes = 16 * 1024 * 1024
    /// Deepest nesting of tables followed.
    static let maximumTableDepth = 4
    /// Most blocks (paragraphs, table paragraphs) read.
    static let maximumBlocks = 50_000
}
