import Foundation

/// Why a store operation failed: said in words a quality officer or the server's administrator can act on.
public enum StoreError: Error, Equatable, Sendable {
    /// The file changed since the version the person started from: nothing was written.
    case conflict(file: String, current: VersionToken)
    /// No institution has this id in the store.
    case unknownInstitution(String)
    /// An institution with this id already exists.
    case institutionExists(String)
    /// An account with this user name already exists in the institution.
    case accountExists(username: String, institution: String)
    /// No account has this user name in the institution.
    case unknownAccount(username: String, institution: String)
    /// The change would leave the institution without an administrator (removing or demoting the last one).
    case lastAdministrator(username: String, institution: String)
    /// An id or a file name is not allowed (what, the text given, why).
    case invalidName(kind: NameKind, text: String)
    /// A stored file is larger than an input file may be.
    case tooLarge(file: String, size: Int, limit: Int)
    /// The workspace folder holds something that is not a readable file (a link out, a folder).
    case unreadable(file: String, reason: LocalizedMessage)
    /// Writing to the disk failed; the reason says why.
    case cannotWrite(file: String, reason: LocalizedMessage)
    /// The database could not be reached or refused the operation; the detail comes from the database.
    case database(detail: String)
    /// The database holds something calidoc did not write (a damaged row, an unknown role).
    case damaged(detail: String)
    /// The shared server's configuration file (`servidor.yaml`) has a problem at a place.
    case badSettings(Diagnostic)

    /// Which kind of name ``invalidName(kind:text:)`` refers to.
    public enum NameKind: String, Sendable, Equatable {
        /// An institution id.
        case institution
        /// A workspace id.
        case workspace
        /// A file name inside a workspace.
        case file
        /// An account's user name.
        case username
        /// An account's display name (the person's name as shown).
        case displayName
    }
}

extension StoreError: CalidocError {
    /// A refused or conflicting change is `.input`; disk and database failures are `.io`.
    public var category: ErrorCategory {
        switch self {
        case .conflict, .unknownInstitution, .institutionExists, .accountExists, .unknownAccount, .lastAdministrator,
             .invalidName, .tooLarge, .unreadable:
            .input
        case .badSettings:
            .usage
        case .cannotWrite, .database, .damaged:
            .io
        }
    }

    /// What failed and what to do, in Spanish or English.
    public func message(_ language: MessageLanguage) -> String {
        if case .badSettings(let diagnostic) = self { return diagnostic.rendered(language) }
        let text = localized
        return language == .en ? text.en : text.es
    }

    private var localized: LocalizedMessage {
        switch self {
        case .conflict(let file, _):
            LocalizedMessage(
                es: "«\(file)» cambió desde que lo abrió (otra persona lo guardó): no se guardó nada; vuelva a abrirlo y aplique sus cambios",
                en: "«\(file)» changed since you opened it (someone else saved it): nothing was saved; open it again and apply your changes")
        case .unknownInstitution(let id):
            LocalizedMessage(es: "no existe la institución «\(id)» en el servidor", en: "there is no institution «\(id)» on the server")
        case .institutionExists(let id):
            LocalizedMessage(es: "ya existe una institución «\(id)»", en: "an institution «\(id)» already exists")
        case .accountExists(let username, let institution):
            LocalizedMessage(
                es: "ya existe la cuenta «\(username)» en la institución «\(institution)»",
                en: "the account «\(username)» already exists in the institution «\(institution)»")
        case .unknownAccount(let username, let institution):
            LocalizedMessage(
                es: "no existe la cuenta «\(username)» en la institución «\(institution)»",
                en: "there is no account «\(username)» in the institution «\(institution)»")
        case .lastAdministrator(let username, let institution):
            LocalizedMessage(
                es: "«\(username)» es la última cuenta con rol de administración de «\(institution)»: no se puede eliminar ni cambiar su rol; primero dé ese rol a otra cuenta",
                en: "«\(username)» is the last administrator account of «\(institution)»: it cannot be removed nor its role changed; first give that role to another account")
        case .invalidName(let kind, let text):
            LocalizedMessage(es: "\(kind.spanish) «\(text)» no es válido: \(kind.ruleSpanish)", en: "\(kind.english) «\(text)» is not valid: \(kind.ruleEnglish)")
        case .tooLarge(let file, let size, let limit):
            LocalizedMessage(
                es: "«\(file)» pesa \(size) bytes; el máximo es \(limit)",
                en: "«\(file)» has \(size) bytes; the limit is \(limit)")
        case .unreadable(let file, let reason):
            LocalizedMessage(es: "no se puede leer «\(file)»: \(reason.es)", en: "cannot read «\(file)»: \(reason.en)")
        case .cannotWrite(let file, let reason):
            LocalizedMessage(es: "no se pudo guardar «\(file)»: \(reason.es)", en: "could not save «\(file)»: \(reason.en)")
        case .database(let detail):
            LocalizedMessage(
                es: "la base de datos no respondió o rechazó la operación (\(detail)); no se guardó nada; reintente o avise al administrador",
                en: "the database did not answer or refused the operation (\(detail)); nothing was saved; retry or tell the administrator")
        case .damaged(let detail):
            LocalizedMessage(
                es: "la base de datos contiene datos que calidoc no escribió (\(detail)); avise al administrador",
                en: "the database holds data calidoc did not write (\(detail)); tell the administrator")
        case .badSettings(let diagnostic):
            diagnostic.message
        }
    }
}

extension StoreError.NameKind {
    fileprivate var spanish: String {
        switch self {
        case .institution: "el identificador de institución"
        case .workspace: "el identificador de espacio de trabajo"
        case .file: "el nombre de archivo"
        case .username: "el nombre de usuario"
        case .displayName: "el nombre de la persona"
        }
    }

    fileprivate var english: String {
        switch self {
        case .institution: "the institution id"
        case .workspace: "the workspace id"
        case .file: "the file name"
        case .username: "the user name"
        case .displayName: "the person's name"
        }
    }

    fileprivate var ruleSpanish: String {
        switch self {
        case .institution, .workspace, .username:
            "use de 1 a 63 letras minúsculas sin tilde, cifras, puntos o guiones, empezando por letra o cifra"
        case .file:
            "debe ser un archivo .yaml del espacio de trabajo (por ejemplo «politica.yaml» o «sesiones/2025-03.yaml»)"
        case .displayName:
            "escriba de 1 a 120 caracteres en una sola línea, sin espacios al comienzo ni al final"
        }
    }

    fileprivate var ruleEnglish: String {
        switch self {
        case .institution, .workspace, .username:
            "use 1 to 63 lower-case letters without accents, digits, dots or hyphens, starting with a letter or digit"
        case .file:
            "it must be a .yaml file of the workspace (for example «politica.yaml» or «sesiones/2025-03.yaml»)"
        case .displayName:
            "write 1 to 120 characters on one line, without spaces at the start or the end"
        }
    }
}
