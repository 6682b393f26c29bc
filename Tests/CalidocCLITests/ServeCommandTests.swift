import Foundation
import Testing

@testable import CalidocCLI

/// `calidoc serve` refuses bad arguments before listening (the server itself: CalidocServerTests).
@Suite struct ServeCommandTests {
    @Test func badPortOrFolderIsAUsageError() {
        #expect(CommandTests.exitCode(["serve", "--puerto", "70000", "--no-abrir"]) == 64)
        #expect(CommandTests.exitCode(["serve", "/no/existe/esta-carpeta", "--no-abrir"]) == 64)
    }

    @Test func helpHasExamples() {
        let help = CalidocCommand.Serve.helpMessage()
        #expect(help.contains("Ejemplos"))
        #expect(help.contains("calidoc serve "))
        #expect(help.contains("--no-abrir"))
    }
}
