import CalidocKit
import Foundation
import Hummingbird

/// «Entrar» and «Salir» on a shared server: the login form (institution, user name, password), the
/// login cookie, and the end of a login.
struct AccountRoutes {
    let state: ServerState
    let shared: SharedServer

    func register(on router: Router<BasicRequestContext>) {
        router.get("/entrar") { request, _ in
            try await page(language: PageLanguage(request: request), back: request.uri.queryParameters["volver"].map(String.init))
        }
        router.post("/entrar") { request, _ in
            try await login(request)
        }
        router.post("/salir") { request, _ in
            try await logout(request)
        }
    }

    /// The login form, with an optional problem above it.
    private func page(language: PageLanguage, back: String?, problem: String? = nil, institution: String = "", username: String = "",
                      status: HTTPResponse.Status = .ok) async throws -> Response {
        let institutions = try await shared.store.institutions()
        var body = ""
        if let problem { body += "<p class=\"aviso error\" role=\"alert\" id=\"problema-entrar\">\(esc(problem))</p>\n" }
        body += "<form method=\"post\" action=\"/entrar\" class=\"formulario\" id=\"formulario-entrar\">\n"
        body += "<input type=\"hidden\" name=\"\(CSRFToken.fieldName)\" value=\"\(esc(state.csrf.value))\">\n"
        body += "<input type=\"hidden\" name=\"volver\" value=\"\(esc(Self.safeBack(back) ?? "/"))\">\n"
        body += "<div class=\"campo\"><label for=\"entrar-institucion\">\(esc(language.pick("Institución", "Institution")))</label>\n"
        body += "<select id=\"entrar-institucion\" name=\"institucion\" required>\n"
        body += "<option value=\"\">\(esc(language.pick("Elija su institución", "Choose your institution")))</option>\n"
        for tenant in institutions {
            let selected = tenant.id == institution ? " selected" : ""
            body += "<option value=\"\(esc(tenant.id))\"\(selected)>\(esc(tenant.name))</option>\n"
        }
        body += "</select></div>\n"
        body += "<div class=\"campo\"><label for=\"entrar-usuario\">\(esc(language.pick("Usuario", "User name")))</label>\n"
        body += "<input type=\"text\" id=\"entrar-usuario\" name=\"usuario\" value=\"\(esc(username))\" autocomplete=\"username\" required></div>\n"
        body += "<div class=\"campo\"><label for=\"entrar-contrasena\">\(esc(language.pick("Contraseña", "Password")))</label>\n"
        body += "<input type=\"password\" id=\"entrar-contrasena\" name=\"contrasena\" autocomplete=\"current-password\" required></div>\n"
        body += "<p><button type=\"submit\">\(esc(language.pick("Entrar", "Log in")))</button></p>\n</form>\n"
        body += "<p class=\"ayuda\">\(esc(language.pick("¿Olvidó su contraseña o no tiene cuenta? Pídala a quien administra calidoc en su institución.", "Forgot your password or have no account? Ask whoever manages calidoc in your institution.")))</p>\n"
        return HTMLPage(title: language.pick("Entrar a calidoc", "Log in to calidoc"), language: language, body: body).response(status: status)
    }

    /// POST /entrar: checks the password; on success the login cookie and the page asked for.
    private func login(_ request: Request) async throws -> Response {
        let language = PageLanguage(request: request)
        let form = try await FormBody.read(request, limit: state.configuration.maximumBodyBytes)
        guard state.csrf.matches(form[CSRFToken.fieldName]) else { throw WebError.badCSRF }
        let institution = form["institucion"] ?? ""
        let username = (form["usuario"] ?? "").trimmingCharacters(in: .whitespaces)
        let back = Self.safeBack(form["volver"]) ?? "/"
        let outcome: LoginOutcome
        if StoreNames.isValidId(institution), !username.isEmpty, username.utf8.count <= 200 {
            outcome = try await shared.store.login(username, password: form["contrasena"] ?? "", institution: institution)
        } else {
            outcome = .rejected
        }
        switch outcome {
        case .accepted(let account):
            let token = shared.sessions.start(account, lifetime: shared.sessionLifetime)
            let secure = shared.publicOrigin?.scheme == "https" ? "; Secure" : ""
            let cookie = "\(AccessMiddleware<BasicRequestContext>.cookieName)=\(token); Path=/; HttpOnly; SameSite=Strict; Max-Age=\(Int(shared.sessionLifetime))\(secure)"
            return Response(status: .seeOther, headers: [.location: back, .setCookie: cookie, .cacheControl: "no-store"])
        case .rejected:
            return try await page(
                language: language, back: back,
                problem: language.pick("El usuario o la contraseña no son correctos.", "The user name or the password is wrong."),
                institution: institution, username: username, status: .unauthorized)
        case .locked(let until):
            let time = until.formatted(.dateTime.hour().minute().locale(Locale(identifier: "es_CL")))
            return try await page(
                language: language, back: back,
                problem: language.pick("Hubo demasiados intentos fallidos: la cuenta queda bloqueada hasta las \(time). Si no fue usted, avise a quien administra calidoc.",
                                       "Too many failed attempts: the account is locked until \(time). If it was not you, tell whoever manages calidoc."),
                institution: institution, username: username, status: .tooManyRequests)
        }
    }

    /// POST /salir: ends the login.
    private func logout(_ request: Request) async throws -> Response {
        let form = try await FormBody.read(request, limit: state.configuration.maximumBodyBytes)
        guard state.currentCSRF.matches(form[CSRFToken.fieldName]) else { throw WebError.badCSRF }
        if let token = AccessMiddleware<BasicRequestContext>.cookie(request) { shared.sessions.end(token) }
        let cookie = "\(AccessMiddleware<BasicRequestContext>.cookieName)=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0"
        return Response(status: .seeOther, headers: [.location: "/entrar", .setCookie: cookie, .cacheControl: "no-store"])
    }

    /// A page of this server to go back to after logging in: a path, never another site.
    static func safeBack(_ text: String?) -> String? {
        guard let text, text.hasPrefix("/"), !text.hasPrefix("//"), !text.contains("\\"), text.count <= 500,
              text.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F })
        else { return nil }
        return text
    }
}
