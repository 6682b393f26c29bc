import CalidocKit
import Foundation
import Hummingbird

/// «Cuentas» on a shared server: the administrator of an institution lists its accounts, adds one,
/// changes a name or a role, sets a new password, ends a lock and removes an account. Only the
/// `administrador` of the logged-in institution reaches these pages, and only that institution's
/// accounts: the user name in the address is always looked up in the login's own institution.
///
/// Each change is one store call, recorded in the institution's audit log by the store. A removal,
/// a new role or a password set by someone else ends the account's open logins at once.
struct AccountAdminRoutes {
    let state: ServerState
    let shared: SharedServer

    func register(on router: Router<BasicRequestContext>) {
        router.get("/cuentas") { request, _ in
            try await listPage(request)
        }
        router.post("/cuentas") { request, _ in
            try await add(request)
        }
        router.get("/cuentas/:usuario") { request, context in
            try await accountPage(request, context)
        }
        router.post("/cuentas/:usuario/datos") { request, context in
            try await changeDetails(request, context)
        }
        router.post("/cuentas/:usuario/contrasena") { request, context in
            try await setPassword(request, context)
        }
        router.post("/cuentas/:usuario/desbloquear") { request, context in
            try await unlock(request, context)
        }
        router.get("/cuentas/:usuario/eliminar") { request, context in
            try await removalPage(request, context)
        }
        router.post("/cuentas/:usuario/eliminar") { request, context in
            try await remove(request, context)
        }
    }

    /// The administrator's login; every other role (and no login) is refused.
    private func administrator() throws -> LoginSession {
        guard let session = CurrentAccess.session else { throw WebError.needsLogin }
        guard session.account.role == .administrador else { throw WebError.administratorsOnly }
        return session
    }

    /// The administrator's login and the posted form, its CSRF token checked.
    private func adminForm(_ request: Request) async throws -> (LoginSession, FormBody) {
        let session = try administrator()
        let form = try await FormBody.read(request, limit: state.configuration.maximumBodyBytes)
        guard session.csrf.matches(form[CSRFToken.fieldName]) else { throw WebError.badCSRF }
        return (session, form)
    }

    /// The account named in the address, in the administrator's institution; 404 otherwise.
    private func listing(_ context: BasicRequestContext, _ session: LoginSession) async throws -> AccountListing {
        guard let username = context.parameters.get("usuario"), StoreNames.isValidId(username) else { throw Self.unknownAccount }
        let listings = try await shared.store.accounts(of: session.account.institution)
        guard let found = listings.first(where: { $0.account.username == username }) else { throw Self.unknownAccount }
        return found
    }

    static let unknownAccount = WebError(
        .notFound, es: "Su institución no tiene ninguna cuenta con ese nombre de usuario. Vuelva a «Cuentas» y elija una de la lista.",
        en: "Your institution has no account with that user name. Go back to «Accounts» and choose one from the list.")

    // MARK: The list and «Agregar una cuenta»

    private func listPage(_ request: Request) async throws -> Response {
        let session = try administrator()
        let language = PageLanguage(request: request)
        let query = request.uri.queryParameters
        var notice: String?
        if let added = query["agregada"].map(String.init), StoreNames.isValidId(added) {
            notice = language.pick("Se creó la cuenta «\(added)».", "The account «\(added)» was created.")
        } else if let removed = query["eliminada"].map(String.init), StoreNames.isValidId(removed) {
            notice = language.pick("Se eliminó la cuenta «\(removed)»; sus sesiones abiertas se cerraron.",
                                   "The account «\(removed)» was removed; its open logins ended.")
        }
        return try await renderList(session, language: language, notice: notice)
    }

    private func renderList(_ session: LoginSession, language: PageLanguage, notice: String? = nil, problem: AccountProblem? = nil,
                            fields: NewAccountFields = NewAccountFields(), status: HTTPResponse.Status = .ok) async throws -> Response {
        let institution = session.account.institution
        let listings = try await shared.store.accounts(of: institution)
        let name = try await shared.store.institutions().first { $0.id == institution }?.name ?? institution
        let view = AccountAdminView(language: language, csrf: session.csrf.value)
        let title = language.pick("Cuentas", "Accounts")
        return HTMLPage(title: "\(title) — \(name)", language: language,
                        body: view.list(listings, notice: notice, problem: problem, fields: fields),
                        trail: [(language.pick("Inicio", "Home"), "/"), (title, nil)])
            .response(status: status)
    }

    private func add(_ request: Request) async throws -> Response {
        let (session, form) = try await adminForm(request)
        let language = PageLanguage(request: request)
        let fields = NewAccountFields(
            username: (form["usuario"] ?? "").trimmingCharacters(in: .whitespaces),
            displayName: (form["nombre"] ?? "").trimmingCharacters(in: .whitespaces),
            role: AccountRole(rawValue: form["rol"] ?? "") ?? .editor)
        func refuse(_ text: String, _ status: HTTPResponse.Status = .unprocessableContent) async throws -> Response {
            try await renderList(session, language: language, problem: AccountProblem(form: .add, text: text), fields: fields, status: status)
        }
        guard AccountRole(rawValue: form["rol"] ?? "") != nil else {
            return try await refuse(language.pick("Elija un rol de la lista.", "Choose a role from the list."))
        }
        let password = form["contrasena-nueva"] ?? ""
        if let problem = PasswordRule.problem(password, repeated: form["contrasena-repetida"] ?? "") {
            return try await refuse(Self.sentence(problem.text(language.language)))
        }
        let account = Account(institution: session.account.institution, username: fields.username, displayName: fields.displayName, role: fields.role)
        do {
            try await shared.store.createAccount(account, password: password, by: session.account.username)
        } catch {
            let (status, text) = Self.describe(error, language)
            return try await refuse(text, status)
        }
        return Response.redirect(to: language.link("/cuentas?agregada=\(account.username)") + "#cuenta-\(account.username)", type: .normal)
    }

    // MARK: One account

    private func accountPage(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let session = try administrator()
        let language = PageLanguage(request: request)
        let found = try await listing(context, session)
        let notices: [String: (String, String)] = [
            "datos": ("Se guardaron el nombre y el rol.", "The name and role were saved."),
            "contrasena": ("Se fijó la contraseña nueva; las sesiones abiertas de la cuenta se cerraron.",
                           "The new password was set; the account's open logins ended."),
            "desbloqueada": ("La cuenta quedó desbloqueada.", "The account was unlocked."),
        ]
        let notice = request.uri.queryParameters["hecho"].flatMap { notices[String($0)] }.map { language.pick($0.0, $0.1) }
        return try renderAccount(session, found, language: language, notice: notice)
    }

    private func renderAccount(_ session: LoginSession, _ found: AccountListing, language: PageLanguage, notice: String? = nil,
                               problem: AccountProblem? = nil, displayName: String? = nil, role: AccountRole? = nil,
                               status: HTTPResponse.Status = .ok) throws -> Response {
        let view = AccountAdminView(language: language, csrf: session.csrf.value)
        let isSelf = found.account.username == session.account.username
        return HTMLPage(title: found.account.displayName, language: language,
                        body: view.account(found, notice: notice, problem: problem, displayName: displayName, role: role, isSelf: isSelf),
                        trail: [(language.pick("Inicio", "Home"), "/"), (language.pick("Cuentas", "Accounts"), "/cuentas"), (found.account.username, nil)])
            .response(status: status)
    }

    private func changeDetails(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let (session, form) = try await adminForm(request)
        let language = PageLanguage(request: request)
        let found = try await listing(context, session)
        let displayName = (form["nombre"] ?? "").trimmingCharacters(in: .whitespaces)
        guard let role = AccountRole(rawValue: form["rol"] ?? "") else {
            return try renderAccount(session, found, language: language, problem: AccountProblem(form: .details, text: language.pick(
                "Elija un rol de la lista.", "Choose a role from the list.")), displayName: displayName, status: .unprocessableContent)
        }
        let account = found.account
        do {
            try await shared.store.updateAccount(account.username, institution: account.institution, displayName: displayName, role: role,
                                                 by: session.account.username)
        } catch {
            let (status, text) = Self.describe(error, language)
            return try renderAccount(session, found, language: language, problem: AccountProblem(form: .details, text: text),
                                     displayName: displayName, role: role, status: status)
        }
        if role != account.role {
            shared.sessions.end(username: account.username, institution: account.institution)
        } else {
            shared.sessions.rename(Account(institution: account.institution, username: account.username, displayName: displayName, role: role))
        }
        return Response.redirect(to: language.link("/cuentas/\(account.username)?hecho=datos"), type: .normal)
    }

    private func setPassword(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let (session, form) = try await adminForm(request)
        let language = PageLanguage(request: request)
        let found = try await listing(context, session)
        let account = found.account
        let password = form["contrasena-nueva"] ?? ""
        if let problem = PasswordRule.problem(password, repeated: form["contrasena-repetida"] ?? "") {
            return try renderAccount(session, found, language: language, problem: AccountProblem(form: .password, text: Self.sentence(problem.text(language.language))),
                                     status: .unprocessableContent)
        }
        do {
            try await shared.store.setPassword(account.username, institution: account.institution, password: password, by: session.account.username)
        } catch {
            let (status, text) = Self.describe(error, language)
            return try renderAccount(session, found, language: language, problem: AccountProblem(form: .password, text: text), status: status)
        }
        // Set by someone else: every login of the account ends. On one's own account, the login in use stays.
        let own = account.username == session.account.username ? AccessMiddleware<BasicRequestContext>.cookie(request) : nil
        shared.sessions.end(username: account.username, institution: account.institution, keeping: own)
        return Response.redirect(to: language.link("/cuentas/\(account.username)?hecho=contrasena"), type: .normal)
    }

    private func unlock(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let (session, _) = try await adminForm(request)
        let language = PageLanguage(request: request)
        let found = try await listing(context, session)
        do {
            try await shared.store.unlockAccount(found.account.username, institution: found.account.institution, by: session.account.username)
        } catch {
            let (status, text) = Self.describe(error, language)
            return try renderAccount(session, found, language: language, problem: AccountProblem(form: .unlock, text: text), status: status)
        }
        return Response.redirect(to: language.link("/cuentas/\(found.account.username)?hecho=desbloqueada"), type: .normal)
    }

    // MARK: Removal, confirmed on a page of its own

    private func removalPage(_ request: Request, _ context: BasicRequestContext, problem: AccountProblem? = nil,
                             status: HTTPResponse.Status = .ok) async throws -> Response {
        let session = try administrator()
        let language = PageLanguage(request: request)
        let found = try await listing(context, session)
        return renderRemoval(session, found, language: language, problem: problem, status: status)
    }

    private func renderRemoval(_ session: LoginSession, _ found: AccountListing, language: PageLanguage, problem: AccountProblem? = nil,
                               status: HTTPResponse.Status = .ok) -> Response {
        let view = AccountAdminView(language: language, csrf: session.csrf.value)
        let title = language.pick("Eliminar la cuenta «\(found.account.username)»", "Remove the account «\(found.account.username)»")
        return HTMLPage(title: title, language: language, body: view.confirmRemoval(found, problem: problem),
                        trail: [(language.pick("Inicio", "Home"), "/"), (language.pick("Cuentas", "Accounts"), "/cuentas"),
                                (found.account.username, "/cuentas/\(found.account.username)"), (language.pick("Eliminar", "Remove"), nil)])
            .response(status: status)
    }

    private func remove(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let (session, form) = try await adminForm(request)
        let language = PageLanguage(request: request)
        let found = try await listing(context, session)
        let account = found.account
        guard form["confirmar"] == "si" else {
            return renderRemoval(session, found, language: language, problem: AccountProblem(form: .remove, text: language.pick(
                "Confirme con el botón «Sí, eliminar la cuenta»: no se eliminó nada.",
                "Confirm with the button «Yes, remove the account»: nothing was removed.")), status: .unprocessableContent)
        }
        do {
            try await shared.store.removeAccount(account.username, institution: account.institution, by: session.account.username)
        } catch {
            let (status, text) = Self.describe(error, language)
            return renderRemoval(session, found, language: language, problem: AccountProblem(form: .remove, text: text), status: status)
        }
        shared.sessions.end(username: account.username, institution: account.institution)
        return Response.redirect(to: language.link("/cuentas?eliminada=\(account.username)"), type: .normal)
    }

    // MARK: Messages

    /// The status and the sentence for a store's refusal, shown next to the form (a refused input
    /// is 422; a database failure keeps its 500 but is still a sentence, never a dump).
    static func describe(_ error: any Error, _ language: PageLanguage) -> (HTTPResponse.Status, String) {
        let (status, message) = ErrorStatus.describe(error)
        return (status == .internalServerError ? status : .unprocessableContent, sentence(message.text(language.language)))
    }

    /// `text` as a sentence: a capital first letter and a final period.
    static func sentence(_ text: String) -> String {
        guard let first = text.first else { return text }
        let capital = first.uppercased() + text.dropFirst()
        return capital.hasSuffix(".") ? capital : capital + "."
    }
}
