/// Makes and checks password hashes. Injected into the stores so that CalidocKit does not depend on a
/// web framework: the server uses bcrypt (`BcryptPasswordHasher` in CalidocPostgres, from
/// hummingbird-auth) for both stores; the hash text records its own algorithm and cost.
public protocol PasswordHasher: Sendable {
    /// A new salted hash of `password`.
    func hash(_ password: String) throws -> String
    /// Whether `password` matches `hash`; `false` for a hash it cannot read.
    func verify(_ password: String, against hash: String) -> Bool
}
