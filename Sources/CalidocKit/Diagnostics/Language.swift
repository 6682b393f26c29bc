/// Language of the messages calidoc prints: Spanish by default, English with `--lang en`.
public enum MessageLanguage: String, Sendable, CaseIterable, Codable {
    case es
    case en

    /// Picks the Spanish or English text.
    public func pick(_ spanish: String, _ english: String) -> String {
        switch self {
        case .es: spanish
        case .en: english
        }
    }
}

/// A message with its Spanish and English wording.
public struct LocalizedMessage: Hashable, Sendable, Codable {
    /// Spanish text (the default).
    public var es: String
    /// English text (`--lang en`).
    public var en: String

    /// Creates a message.
    public init(es: String, en: String) {
        self.es = es
        self.en = en
    }

    /// The text in `language`.
    public func text(_ language: MessageLanguage) -> String {
        language.pick(es, en)
    }
}
