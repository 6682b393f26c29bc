/// An institution (a service, a ministry, the Red de Expertos): the tenant everything else belongs to.
/// Files, accounts and audit entries of one institution are never visible through another.
public struct Tenant: Hashable, Sendable {
    /// Its id in URLs and in the store (see ``StoreNames/isValidId(_:)``), e.g. `sernac`.
    public let id: String
    /// Its name as people write it, e.g. «Servicio Nacional del Consumidor».
    public let name: String

    /// Creates an institution.
    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}
