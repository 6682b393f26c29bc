import CalidocKit
import Foundation
import Hummingbird

/// «Mi cuenta» on a shared server: every logged-in person sees their account and changes their own
/// password (the current one, then the new one twice). The current password is checked as a login
/// is (wrong ones count towards the lock), so a login left open on a shared computer cannot be
/// turned into a new password by someone else. The person's other logins end; this one stays.
struct OwnAccountRoutes {
    let state: ServerState
    let shared: SharedServer

    func register(on router: Router<BasicRequestContext>) {
        router.get("/mi-cuenta") { request, _ in
            try page(request)
        }
        router.post("/mi-cuenta") { request, _ in
            try await change(request)
        }
    }

    private func page(_ request: Request) throws -> Response {
        guard let session = CurrentAccess.session else { throw WebError.needsLogin }
        let language = PageLanguage(request: request)
        let notice = request.uri.queryParameters["hecho"].map { _ in
            language.pick("Su contraseña cambió. Sus otras sesiones abiertas se cerraron; en ésta sigue dentro.",
                          "Your password changed. Your other open logins ended; you stay logged in here.")
        }
        return render(session, language: language, notice: notice)
    }

    private func render(_ session: LoginSession, language: PageLanguage, notice: String? = nil, problem: String? = nil,
                        status: HTTPResponse.Status = .ok) -> Response {
        let account = session.account
        let view = AccountAdminView(language: language, csrf: session.csrf.value)
        var body = ""
        if let notice { body += "<p class=\"aviso ok\" role=\"status\">\(esc(notice))</p>\n" }
        body += "<dl class=\"datos-cuenta\">\n"
        for (term, value) in [(language.pick("Nombre", "Name"), account.displayName), (language.pick("Usuario", "User name"), account.username),
                              (language.pick("Rol", "Role"), view.roleName(account.role)), (language.pick("Institución", "Institution"), account.institution)] {
            body += "<dt>\(esc(term))</dt><dd>\(esc(value))</dd>\n"
        }
        body += "</dl>\n<p class=\"ayuda\">\(esc(language.pick("Para cambiar su nombre o su rol, pídalo a quien administra calidoc en su institución.", "To change your name or role, ask whoever manages calidoc in your institution.")))</p>\n"
        body += "<section aria-labelledby=\"titulo-mi-contrasena\">\n<h2 id=\"titulo-mi-contrasena\">\(esc(language.pick("Cambiar mi contraseña", "Change my password")))</h2>\n"
        if let problem { body += "<p class=\"aviso error\" role=\"alert\" id=\"problema-mi-contrasena\">\(esc(problem))</p>\n" }
        body += "<form method=\"post\" action=\"\(esc(language.link("/mi-cuenta")))\" class=\"formulario\" id=\"formulario-mi-contrasena\">\n"
        body += "<input type=\"hidden\" name=\"\(CSRFToken.fieldName)\" value=\"\(esc(session.csrf.value))\">\n"
        body += "<div class=\"campo\"><label for=\"mi-actual\">\(esc(language.pick("Contraseña actual", "Current password")))</label>\n"
        body += "<input type=\"password\" id=\"mi-actual\" name=\"contrasena-actual\" autocomplete=\"current-password\" required></div>\n"
        body += view.passwordPair(prefix: "mi", help: language.pick(
            "Al menos 12 caracteres; una frase que recuerde es más segura que símbolos.",
            "At least 12 characters; a phrase you remember is safer than symbols."))
        body += "<p><button type=\"submit\">\(esc(language.pick("Cambiar la contraseña", "Change the password")))</button></p>\n</form>\n</section>\n"
        let title = language.pick("Mi cuenta", "My account")
        return HTMLPage(title: title, language: language, body: body, trail: [(language.pick("Inicio", "Home"), "/"), (title, nil)])
            .response(status: status)
    }

    private func change(_ request: Request) async throws -> Response {
        guard let session = CurrentAccess.session else { throw WebError.needsLogin }
        let language = PageLanguage(request: request)
        let form = try await FormBody.read(request, limit: state.configuration.maximumBodyBytes)
        guard session.csrf.matches(form[CSRFToken.fieldName]) else { throw WebError.badCSRF }
        let account = session.account
        func refuse(_ text: String, _ status: HTTPResponse.Status = .unprocessableContent) -> Response {
            render(session, language: language, problem: text, status: status)
        }
        let current = form["contrasena-actual"] ?? ""
        let password = form["contrasena-nueva"] ?? ""
        if let problem = PasswordRule.problem(password, repeated: form["contrasena-repetida"] ?? "") {
            return refuse(AccountAdminRoutes.sentence(problem.text(language.language)))
        }
        guard current.utf8.count <= PasswordRule.maximumBytes else {
            return refuse(language.pick("La contraseña actual no es correcta: no se cambió nada.", "The current password is wrong: nothing changed."))
        }
        do {
            switch try await shared.store.login(account.username, password: current, institution: account.institution) {
            case .accepted:
                break
            case .rejected:
                return refuse(language.pick("La contraseña actual no es correcta: no se cambió nada.", "The current password is wrong: nothing changed."))
            case .locked(let until):
                let time = AccountAdminView.time(until)
                return refuse(language.pick(
                    "Hubo demasiados intentos con una contraseña actual errada: la cuenta queda bloqueada hasta las \(time) y no se cambió nada.",
                    "Too many attempts with a wrong current password: the account is locked until \(time) and nothing changed."), .tooManyRequests)
            }
            try await shared.store.setPassword(account.username, institution: account.institution, password: password, by: account.username)
        } catch {
            let (status, text) = AccountAdminRoutes.describe(error, language)
            return refuse(text, status)
        }
        shared.sessions.end(username: account.username, institution: account.institution,
                            keeping: AccessMiddleware<BasicRequestContext>.cookie(request))
        return Response.redirect(to: language.link("/mi-cuenta?hecho=1"), type: .normal)
    }
}
