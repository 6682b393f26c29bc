import ArgumentParser
import CalidocKit
import Foundation

extension CalidocCommand {
    /// `calidoc cuentas`: institutions, accounts and the audit log of a shared server.
    struct Accounts: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "cuentas",
            abstract: "Administra las instituciones, cuentas y la bitácora de un servidor compartido (calidoc serve --config).",
            discussion: """
                La contraseña de una cuenta nueva se escribe cuando la pide (no se muestra), o llega en la \
                variable de entorno CALIDOC_CONTRASENA; debe tener al menos 12 caracteres.

                Ejemplos:
                  calidoc cuentas institucion --config servidor.yaml sernac "Servicio Nacional del Consumidor"
                  calidoc cuentas agregar --config servidor.yaml --institucion sernac --usuario ana --nombre "Ana Pérez" --rol editor
                  calidoc cuentas lista --config servidor.yaml --institucion sernac
                  calidoc cuentas bitacora --config servidor.yaml --institucion sernac

                Las demás tareas con cuentas (nombre, rol, contraseña nueva, desbloquear, eliminar) las hace \
                en la página «Cuentas» del servidor una cuenta con rol administrador.
                """,
            subcommands: [AddInstitution.self, AddAccount.self, ListAccounts.self, AuditLog.self])
    }
}

extension CalidocCommand.Accounts {
    /// `calidoc cuentas institucion`: creates an institution (and its folder).
    struct AddInstitution: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "institucion", abstract: "Crea una institución.")

        @Option(help: "El archivo servidor.yaml.") var config: String
        @Argument(help: "Identificador corto (minúsculas, cifras y guiones), p. ej. sernac.") var id: String
        @Argument(help: "Nombre de la institución.") var nombre: String
        @OptionGroup var common: CommonOptions

        func run() async throws {
            let settings = try SharedServe.settings(config, language: common.lang)
            do {
                try await SharedServe.withStore(settings) { store in
                    try await store.createInstitution(Tenant(id: id, name: nombre), by: AccountsConsole.actor)
                }
                try FileManager.default.createDirectory(at: settings.folder.appending(path: id), withIntermediateDirectories: true)
            } catch {
                throw ErrorReporter.report(error, language: common.lang)
            }
            print(common.lang.pick("Institución «\(id)» creada.", "Institution «\(id)» created."))
        }
    }

    /// `calidoc cuentas agregar`: creates an account.
    struct AddAccount: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "agregar", abstract: "Crea una cuenta en una institución.")

        @Option(help: "El archivo servidor.yaml.") var config: String
        @Option(help: "Identificador de la institución.") var institucion: String
        @Option(help: "Nombre de usuario con que entra.") var usuario: String
        @Option(help: "Nombre de la persona, como se muestra.") var nombre: String
        @Option(help: "Rol: editor, comite, revisor o administrador.") var rol: String
        @OptionGroup var common: CommonOptions

        func validate() throws {
            guard AccountRole(rawValue: rol) != nil else {
                throw ValidationError(common.lang.pick("el rol debe ser editor, comite, revisor o administrador", "the role must be editor, comite, revisor or administrador"))
            }
        }

        func run() async throws {
            let settings = try SharedServe.settings(config, language: common.lang)
            let password = try AccountsConsole.password(language: common.lang)
            do {
                try await SharedServe.withStore(settings) { store in
                    let account = Account(institution: institucion, username: usuario, displayName: nombre, role: AccountRole(rawValue: rol) ?? .comite)
                    try await store.createAccount(account, password: password, by: AccountsConsole.actor)
                }
            } catch {
                throw ErrorReporter.report(error, language: common.lang)
            }
            print(common.lang.pick("Cuenta «\(usuario)» creada en «\(institucion)».", "Account «\(usuario)» created in «\(institucion)»."))
        }
    }

    /// `calidoc cuentas lista`: prints an institution's accounts.
    struct ListAccounts: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lista", abstract: "Muestra las cuentas de una institución (usuario, rol, nombre y si está bloqueada).")

        @Option(help: "El archivo servidor.yaml.") var config: String
        @Option(help: "Identificador de la institución.") var institucion: String
        @OptionGroup var common: CommonOptions

        func run() async throws {
            let settings = try SharedServe.settings(config, language: common.lang)
            let listings: [AccountListing]
            do {
                listings = try await SharedServe.withStore(settings) { store in try await store.accounts(of: institucion) }
            } catch {
                throw ErrorReporter.report(error, language: common.lang)
            }
            for listing in listings {
                let account = listing.account
                let lock = listing.lockedUntil.map { common.lang.pick("bloqueada hasta ", "locked until ") + $0.ISO8601Format() } ?? "-"
                print("\(account.username)\t\(account.role.rawValue)\t\(account.displayName)\t\(lock)")
            }
            if listings.isEmpty {
                print(common.lang.pick("La institución «\(institucion)» no tiene cuentas.", "The institution «\(institucion)» has no accounts."))
            }
        }
    }

    /// `calidoc cuentas bitacora`: prints and verifies an institution's audit log.
    struct AuditLog: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "bitacora", abstract: "Muestra y verifica la bitácora (cada escritura, encadenada por hash) de una institución.")

        @Option(help: "El archivo servidor.yaml.") var config: String
        @Option(help: "Identificador de la institución.") var institucion: String
        @OptionGroup var common: CommonOptions

        func run() async throws {
            let settings = try SharedServe.settings(config, language: common.lang)
            let (entries, verification) = try await {
                do {
                    return try await SharedServe.withStore(settings) { store in
                        (try await store.auditLog(of: institucion), try await store.verifyAuditLog(of: institucion))
                    }
                } catch {
                    throw ErrorReporter.report(error, language: common.lang)
                }
            }()
            for entry in entries {
                let date = Date(timeIntervalSince1970: Double(entry.time) / 1000).ISO8601Format()
                print("\(entry.sequence)\t\(date)\t\(entry.actor)\t\(entry.action)\t\(entry.target)\t\(entry.before.prefix(12)) → \(entry.after.prefix(12))")
            }
            print(verification.message(common.lang))
            if !verification.isIntact { throw ExitCode(ExitCodes.code(for: .archive)) }
        }
    }
}

/// What the account commands share: who acts, and reading a new password.
enum AccountsConsole {
    /// The audit log's actor for commands typed on the server itself.
    static var actor: String { "consola:" + NSUserName() }

    /// The new account's password: `CALIDOC_CONTRASENA`, else typed without echo.
    static func password(language: MessageLanguage) throws -> String {
        var text = ProcessInfo.processInfo.environment["CALIDOC_CONTRASENA"]
        if text == nil {
            FileHandle.standardError.write(Data(language.pick("Contraseña (no se muestra): ", "Password (not shown): ").utf8))
            var saved = termios()
            let terminal = isatty(0) == 1 && tcgetattr(0, &saved) == 0
            if terminal {
                var silent = saved
                silent.c_lflag &= ~tcflag_t(ECHO)
                tcsetattr(0, TCSANOW, &silent)
            }
            text = readLine(strippingNewline: true)
            if terminal { tcsetattr(0, TCSANOW, &saved); FileHandle.standardError.write(Data("\n".utf8)) }
        }
        guard let password = text else {
            throw ValidationError(language.pick("la contraseña debe tener al menos 12 caracteres", "the password must have at least 12 characters"))
        }
        if let problem = PasswordRule.problem(password) { throw ValidationError(problem.text(language)) }
        return password
    }
}
