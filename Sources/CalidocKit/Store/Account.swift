/// What a person may do in the shared server (the steps of each role: ``ReviewTransition/roles``;
/// who writes files: the server's access middleware).
public enum AccountRole: String, Hashable, Sendable, CaseIterable {
    /// Writes the institution's documents.
    case editor
    /// A member of the Comité: reads, comments, approves a version for sending.
    case comite
    /// A reviewer of the Red de Expertos: reads submitted versions, writes observations.
    case revisor
    /// Manages the institution's accounts.
    case administrador

    /// What the role is called on the pages and in messages.
    public func label(_ language: MessageLanguage) -> String {
        switch self {
        case .editor: language.pick("edición", "editor")
        case .comite: language.pick("Comité", "Committee")
        case .revisor: language.pick("Red de Expertos", "Expert Network")
        case .administrador: language.pick("administración", "administrator")
        }
    }
}

/// A person's account in one institution. The password hash never leaves the store.
public struct Account: Hashable, Sendable {
    /// The institution the account belongs to.
    public let institution: String
    /// The name the person logs in with (unique inside the institution).
    public let username: String
    /// The person's name as shown.
    public let displayName: String
    /// What the person may do.
    public let role: AccountRole

    /// Creates an account description.
    public init(institution: String, username: String, displayName: String, role: AccountRole) {
        self.institution = institution
        self.username = username
        self.displayName = displayName
        self.role = role
    }
}
