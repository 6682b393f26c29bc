import ArgumentParser
import Foundation
import Testing
@testable import CalidocCLI
@testable import CalidocKit

/// `calidoc cuentas lista`: the accounts of an institution from the command line, as the web page
/// «Cuentas» shows them.
@Suite struct AccountsCommandTests {
    /// A hasher that costs nothing (the listing never checks a password).
    struct QuickHasher: PasswordHasher {
        func hash(_ password: String) throws -> String { "prueba:" + password }
        func verify(_ password: String, against hash: String) -> Bool { hash == "prueba:" + password }
    }

    @Test func theAccountsCommandsAreNamedInSpanish() {
        let names = CalidocCommand.Accounts.configuration.subcommands.map { $0.configuration.commandName ?? "" }
        #expect(names == ["institucion", "agregar", "lista", "bitacora"])
    }

    @Test func listsAnInstitutionsAccountsAndRefusesAnUnknownOne() async throws {
        let root = FileManager.default.temporaryDirectory.appending(path: "calidoc-cuentas-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let store = try FolderStore(root: root, hasher: QuickHasher())
        try await store.createInstitution(Tenant(id: "sernac", name: "Sernac"), by: "prueba")
        try await store.createAccount(Account(institution: "sernac", username: "ana", displayName: "Ana Pérez", role: .administrador),
                                      password: "una frase larga", by: "prueba")
        let config = root.appending(path: "servidor.yaml")
        try Data("almacen:\n  carpeta: \(root.path)\n".utf8).write(to: config)

        func run(_ institution: String) async throws {
            let command = try CalidocCommand.parseAsRoot(["cuentas", "lista", "--config", config.path, "--institucion", institution])
            let list = try #require(command as? CalidocCommand.Accounts.ListAccounts)
            try await list.run()
        }
        try await run("sernac")
        await #expect(throws: (any Error).self) { try await run("otra") }
    }
}
