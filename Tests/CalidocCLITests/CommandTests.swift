import Testing
@testable import CalidocCLI

@Suite struct CommandTests {
    @Test func rootCommandHasSpanishAbstract() {
        #expect(CalidocCommand.configuration.abstract.contains("Calidad de Servicio"))
    }
}
