/// What a new password must be, the same from the command line and from the web pages: at least
/// ``minimumLength`` characters (a passphrase beats symbols), at most ``maximumBytes`` bytes (bcrypt
/// work stays bounded), typed the same twice when a form asks for it twice.
public enum PasswordRule {
    /// The fewest characters a password may have.
    public static let minimumLength = 12
    /// The most bytes (UTF-8) a password may have.
    public static let maximumBytes = 1024

    /// Why `password` cannot be used (`repeated`: the second typing, when there is one), or `nil`.
    public static func problem(_ password: String, repeated: String? = nil) -> LocalizedMessage? {
        guard password.count >= minimumLength, password.utf8.count <= maximumBytes else {
            return LocalizedMessage(
                es: "la contraseña debe tener al menos \(minimumLength) caracteres",
                en: "the password must have at least \(minimumLength) characters")
        }
        if let repeated, repeated != password {
            return LocalizedMessage(
                es: "las dos contraseñas nuevas no coinciden: escríbala igual en ambos campos",
                en: "the two new passwords differ: type it the same in both fields")
        }
        return nil
    }
}
