/// How ``ChangeSet/compute(old:new:language:options:)`` matches items and quotes text.
public struct DiffOptions: Hashable, Sendable {
    /// Quotation marks around quoted items in the statements.
    public enum QuoteStyle: String, Hashable, Sendable, CaseIterable, Codable {
        /// “…” — the Comité deck's marks (default).
        case curvas
        /// «…» — Spanish angle quotes.
        case latinas

        /// Opening and closing marks.
        var marks: (open: String, close: String) {
            switch self {
            case .curvas: ("“", "”")
            case .latinas: ("«", "»")
            }
        }
    }

    /// Items without a shared id are the same item reworded when their word similarity reaches this
    /// value (``TextSimilarity/sameItemThreshold`` by default).
    public var threshold: Double
    /// Quotation marks used in the statements.
    public var quotes: QuoteStyle
    /// The phrases the statements are written with (a workspace's own, ``PhraseCatalogue/forWorkspace(_:language:)``);
    /// `nil`, or a catalogue of another language than the statements', uses the embedded one.
    public var phrases: PhraseCatalogue?

    /// Creates options.
    public init(threshold: Double = TextSimilarity.sameItemThreshold, quotes: QuoteStyle = .curvas, phrases: PhraseCatalogue? = nil) {
        self.threshold = threshold
        self.quotes = quotes
        self.phrases = phrases
    }
}
