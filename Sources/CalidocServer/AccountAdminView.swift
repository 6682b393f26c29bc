import CalidocKit
import Foundation

/// Which form of the account pages a problem belongs to: the problem is shown next to that form.
enum AccountForm: String, Sendable {
    /// «Agregar una cuenta» on the list.
    case add = "agregar"
    /// Name and role of one account.
    case details = "datos"
    /// A new password set by the administrator.
    case password = "contrasena"
    /// Ending a lock.
    case unlock = "desbloquear"
    /// Removing the account (the confirmation page).
    case remove = "eliminar"
}

/// A problem to show next to one form, already in the page's language.
struct AccountProblem: Sendable {
    /// The form it belongs to.
    let form: AccountForm
    /// What went wrong and what to do.
    let text: String
}

/// What the administrator typed in «Agregar una cuenta», shown again when it is refused (never the passwords).
struct NewAccountFields: Sendable {
    var username = ""
    var displayName = ""
    var role: AccountRole = .editor
}

/// The HTML of the administrator's account pages: the list with the form that adds an account, one
/// account's forms (name and role, new password, unlock, remove) and the removal's confirmation.
/// Every form carries the login's CSRF token, every input its label.
struct AccountAdminView {
    let language: PageLanguage
    let csrf: String

    /// The list of the institution's accounts and the form that adds one.
    func list(_ listings: [AccountListing], notice: String?, problem: AccountProblem?, fields: NewAccountFields) -> String {
        var html = noticeHTML(notice)
        html += "<table class=\"tabla\" id=\"tabla-cuentas\">\n<caption class=\"oculto\">\(esc(language.pick("Cuentas de la institución", "The institution's accounts")))</caption>\n"
        html += "<thead><tr><th scope=\"col\">\(esc(language.pick("Nombre", "Name")))</th><th scope=\"col\">\(esc(language.pick("Usuario", "User name")))</th>"
        html += "<th scope=\"col\">\(esc(language.pick("Rol", "Role")))</th><th scope=\"col\">\(esc(language.pick("Bloqueada", "Locked")))</th>"
        html += "<th scope=\"col\">\(esc(language.pick("Acciones", "Actions")))</th></tr></thead>\n<tbody>\n"
        for listing in listings {
            let account = listing.account
            html += "<tr id=\"cuenta-\(esc(account.username))\"><td>\(esc(account.displayName))</td><td>\(esc(account.username))</td>"
            html += "<td>\(esc(roleName(account.role)))</td><td>\(esc(lockText(listing)))</td>"
            html += "<td><a href=\"\(esc(language.link("/cuentas/\(account.username)")))\">"
            html += "\(esc(language.pick("Modificar", "Change")))<span class=\"oculto\"> \(esc(account.username))</span></a></td></tr>\n"
        }
        html += "</tbody>\n</table>\n"
        html += "<section aria-labelledby=\"titulo-agregar\">\n<h2 id=\"titulo-agregar\">\(esc(language.pick("Agregar una cuenta", "Add an account")))</h2>\n"
        html += problemHTML(problem, for: .add)
        html += "<form method=\"post\" action=\"\(esc(language.link("/cuentas")))\" class=\"formulario\" id=\"formulario-agregar\">\n"
        html += hidden()
        html += field(id: "agregar-usuario", name: "usuario", label: language.pick("Usuario", "User name"), value: fields.username,
                      extra: "maxlength=\"63\" autocomplete=\"off\" autocapitalize=\"none\" spellcheck=\"false\"",
                      help: language.pick("Con él entra la persona: minúsculas sin tilde, cifras, puntos o guiones (por ejemplo «ana.perez»). No se puede cambiar después.",
                                          "The person logs in with it: lower-case letters without accents, digits, dots or hyphens (for example «ana.perez»). It cannot be changed later."))
        html += field(id: "agregar-nombre", name: "nombre", label: language.pick("Nombre", "Name"), value: fields.displayName,
                      extra: "maxlength=\"120\" autocomplete=\"off\"", help: nil)
        html += roleSelect(id: "agregar-rol", selected: fields.role)
        html += passwordPair(prefix: "agregar", help: language.pick(
            "Al menos 12 caracteres; una frase es más segura que símbolos. Entréguela a la persona por un canal seguro y pídale cambiarla en «Mi cuenta».",
            "At least 12 characters; a phrase is safer than symbols. Give it to the person through a safe channel and ask them to change it in «My account»."))
        html += "<p><button type=\"submit\">\(esc(language.pick("Agregar la cuenta", "Add the account")))</button></p>\n</form>\n</section>\n"
        return html
    }

    /// One account's forms: name and role, a new password, unlock, and the way to remove it.
    func account(_ listing: AccountListing, notice: String?, problem: AccountProblem?, displayName: String? = nil, role: AccountRole? = nil,
                 isSelf: Bool) -> String {
        let account = listing.account
        let base = "/cuentas/\(account.username)"
        var html = noticeHTML(notice)
        html += "<p>\(esc(language.pick("Usuario", "User name"))): <strong>\(esc(account.username))</strong>. "
        html += "\(esc(language.pick("Rol", "Role"))): \(esc(roleName(account.role))). \(esc(lockSentence(listing)))</p>\n"

        html += "<section aria-labelledby=\"titulo-datos\">\n<h2 id=\"titulo-datos\">\(esc(language.pick("Nombre y rol", "Name and role")))</h2>\n"
        html += problemHTML(problem, for: .details)
        html += "<form method=\"post\" action=\"\(esc(language.link(base + "/datos")))\" class=\"formulario\" id=\"formulario-datos\">\n"
        html += hidden()
        html += field(id: "datos-nombre", name: "nombre", label: language.pick("Nombre", "Name"), value: displayName ?? account.displayName,
                      extra: "maxlength=\"120\" autocomplete=\"off\"", help: nil)
        html += roleSelect(id: "datos-rol", selected: role ?? account.role)
        html += "<p class=\"ayuda\">\(esc(language.pick(isSelf ? "Si cambia su propio rol, su sesión se cierra y vuelve a entrar con el nuevo rol." : "Si cambia el rol, las sesiones abiertas de esta cuenta se cierran: la persona vuelve a entrar con el nuevo rol.", isSelf ? "If you change your own role, your login ends and you log in again with the new role." : "If you change the role, this account's open logins end: the person logs in again with the new role.")))</p>\n"
        html += "<p><button type=\"submit\">\(esc(language.pick("Guardar nombre y rol", "Save name and role")))</button></p>\n</form>\n</section>\n"

        html += "<section aria-labelledby=\"titulo-contrasena\">\n<h2 id=\"titulo-contrasena\">\(esc(language.pick("Nueva contraseña", "New password")))</h2>\n"
        html += problemHTML(problem, for: .password)
        html += "<form method=\"post\" action=\"\(esc(language.link(base + "/contrasena")))\" class=\"formulario\" id=\"formulario-contrasena\">\n"
        html += hidden()
        html += passwordPair(prefix: "contrasena", help: language.pick(
            "Al menos 12 caracteres. También termina un bloqueo. Las sesiones abiertas de la cuenta se cierran; entregue la contraseña por un canal seguro.",
            "At least 12 characters. It also ends a lock. The account's open logins end; give the password through a safe channel."))
        html += "<p><button type=\"submit\">\(esc(language.pick("Fijar la contraseña", "Set the password")))</button></p>\n</form>\n</section>\n"

        html += "<section aria-labelledby=\"titulo-bloqueo\">\n<h2 id=\"titulo-bloqueo\">\(esc(language.pick("Bloqueo", "Lock")))</h2>\n"
        html += problemHTML(problem, for: .unlock)
        html += "<p>\(esc(lockSentence(listing)))</p>\n"
        if listing.isLocked {
            html += "<form method=\"post\" action=\"\(esc(language.link(base + "/desbloquear")))\" id=\"formulario-desbloquear\">\n"
            html += hidden()
            html += "<p><button type=\"submit\">\(esc(language.pick("Desbloquear ahora", "Unlock now")))</button></p>\n</form>\n"
        }
        html += "</section>\n"

        html += "<section aria-labelledby=\"titulo-eliminar\">\n<h2 id=\"titulo-eliminar\">\(esc(language.pick("Eliminar la cuenta", "Remove the account")))</h2>\n"
        html += "<p>\(esc(language.pick("La persona ya no podrá entrar. Lo que escribió queda en los documentos y en el registro de auditoría.", "The person will no longer be able to log in. What they wrote stays in the documents and in the audit log.")))</p>\n"
        html += "<p><a class=\"boton\" href=\"\(esc(language.link(base + "/eliminar")))\">\(esc(language.pick("Eliminar la cuenta…", "Remove the account…")))</a></p>\n</section>\n"
        return html
    }

    /// The confirmation before removing an account (a form of its own: no script needed).
    func confirmRemoval(_ listing: AccountListing, problem: AccountProblem?) -> String {
        let account = listing.account
        var html = problemHTML(problem, for: .remove)
        html += "<p>\(esc(language.pick("¿Eliminar la cuenta «\(account.username)» de \(account.displayName) (\(roleName(account.role)))? La persona ya no podrá entrar y sus sesiones abiertas se cierran. Esto no se puede deshacer: para que vuelva, cree una cuenta nueva.", "Remove the account «\(account.username)» of \(account.displayName) (\(roleName(account.role)))? The person will no longer be able to log in and their open logins end. This cannot be undone: to bring them back, create a new account.")))</p>\n"
        html += "<form method=\"post\" action=\"\(esc(language.link("/cuentas/\(account.username)/eliminar")))\" id=\"formulario-eliminar\">\n"
        html += hidden()
        html += "<input type=\"hidden\" name=\"confirmar\" value=\"si\">\n"
        html += "<p><button type=\"submit\" class=\"principal\">\(esc(language.pick("Sí, eliminar la cuenta", "Yes, remove the account")))</button> "
        html += "<a href=\"\(esc(language.link("/cuentas/\(account.username)")))\">\(esc(language.pick("No, volver a la cuenta", "No, back to the account")))</a></p>\n</form>\n"
        return html
    }

    /// A role as a person reads it, with its id for those who know the command line.
    func roleName(_ role: AccountRole) -> String {
        let label = role.label(language.language)
        return label.prefix(1).uppercased() + label.dropFirst()
    }

    /// «No» or «Sí, hasta las 10:45».
    private func lockText(_ listing: AccountListing) -> String {
        guard let until = listing.lockedUntil else { return language.pick("No", "No") }
        return language.pick("Sí, hasta las \(Self.time(until))", "Yes, until \(Self.time(until))")
    }

    private func lockSentence(_ listing: AccountListing) -> String {
        guard let until = listing.lockedUntil else { return language.pick("La cuenta no está bloqueada.", "The account is not locked.") }
        return language.pick("La cuenta está bloqueada hasta las \(Self.time(until)) por contraseñas erradas seguidas.",
                             "The account is locked until \(Self.time(until)) after wrong passwords in a row.")
    }

    /// A time of day as the login page says it.
    static func time(_ date: Date) -> String {
        date.formatted(.dateTime.hour().minute().locale(Locale(identifier: "es_CL")))
    }

    private func hidden() -> String {
        "<input type=\"hidden\" name=\"\(CSRFToken.fieldName)\" value=\"\(esc(csrf))\">\n"
    }

    private func noticeHTML(_ notice: String?) -> String {
        guard let notice else { return "" }
        return "<p class=\"aviso ok\" role=\"status\">\(esc(notice))</p>\n"
    }

    private func problemHTML(_ problem: AccountProblem?, for form: AccountForm) -> String {
        guard let problem, problem.form == form else { return "" }
        return "<p class=\"aviso error\" role=\"alert\" id=\"problema-\(form.rawValue)\">\(esc(problem.text))</p>\n"
    }

    private func field(id: String, name: String, label: String, value: String, extra: String, help: String?) -> String {
        var html = "<div class=\"campo\"><label for=\"\(id)\">\(esc(label))</label>\n"
        let described = help == nil ? "" : " aria-describedby=\"\(id)-ayuda\""
        html += "<input type=\"text\" id=\"\(id)\" name=\"\(name)\" value=\"\(esc(value))\" required \(extra)\(described)>\n"
        if let help { html += "<span class=\"ayuda\" id=\"\(id)-ayuda\">\(esc(help))</span>\n" }
        return html + "</div>\n"
    }

    private func roleSelect(id: String, selected: AccountRole) -> String {
        var html = "<div class=\"campo\"><label for=\"\(id)\">\(esc(language.pick("Rol", "Role")))</label>\n"
        html += "<select id=\"\(id)\" name=\"rol\" aria-describedby=\"\(id)-ayuda\">\n"
        for role in AccountRole.allCases {
            html += "<option value=\"\(role.rawValue)\"\(role == selected ? " selected" : "")>\(esc(roleName(role)))</option>\n"
        }
        let help = language.pick(
            "Edición escribe los documentos; Comité lee, comenta y aprueba; Red de Expertos lee y observa; administración además maneja estas cuentas.",
            "Editor writes the documents; Committee reads, comments and approves; Expert Network reads and observes; administrator also manages these accounts.")
        html += "</select>\n<span class=\"ayuda\" id=\"\(id)-ayuda\">\(esc(help))</span>\n"
        return html + "</div>\n"
    }

    /// The new password typed twice.
    func passwordPair(prefix: String, help: String) -> String {
        var html = "<div class=\"campo\"><label for=\"\(prefix)-nueva\">\(esc(language.pick("Contraseña nueva", "New password")))</label>\n"
        html += "<input type=\"password\" id=\"\(prefix)-nueva\" name=\"contrasena-nueva\" minlength=\"\(PasswordRule.minimumLength)\" autocomplete=\"new-password\" required aria-describedby=\"\(prefix)-nueva-ayuda\">\n"
        html += "<span class=\"ayuda\" id=\"\(prefix)-nueva-ayuda\">\(esc(help))</span></div>\n"
        html += "<div class=\"campo\"><label for=\"\(prefix)-repetida\">\(esc(language.pick("Repita la contraseña nueva", "Repeat the new password")))</label>\n"
        html += "<input type=\"password\" id=\"\(prefix)-repetida\" name=\"contrasena-repetida\" minlength=\"\(PasswordRule.minimumLength)\" autocomplete=\"new-password\" required></div>\n"
        return html
    }
}
