import ArgumentParser
import CalidocKit

/// The `calidoc` root command: configuration only; each subcommand lives in its own file.
public struct CalidocCommand: ParsableCommand {
    /// Command configuration and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "calidoc",
        abstract: "Genera los documentos del Sistema de Calidad de Servicio y Experiencia Usuaria (PMG).",
        version: CalidocVersion.current,
        subcommands: [Build.self, Validate.self, Diff.self, Deck.self, Archive.self, Sign.self, VerifySignature.self, Init.self, Import.self,
                      Schema.self, Session.self, Serve.self, Accounts.self]
    )

    /// Creates the command (used by ArgumentParser).
    public init() {}
}
