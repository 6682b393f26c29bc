import Foundation
import Testing
@testable import CalidocKit

/// Issue 13: `190.400` in a field with decimals is read as 190,4 while whole-number fields read
/// `1.200` as 1200; the person most likely meant thousands, so the reading is said at its place.
@Suite struct AmbiguousDecimalTests {
    /// The servicio sample (its inputs and `avance.yaml`) with one replacement in one file.
    func workspace(_ file: String, replacing old: String, with new: String) throws -> URL {
        let workspace = try HostileWorkspace()
        try FileManager.default.copyItem(at: TestPaths.servicio.appending(path: "avance.yaml"), to: workspace.url("avance.yaml"))
        let text = try String(contentsOf: workspace.url(file), encoding: .utf8)
        #expect(text.contains(old))
        try workspace.write(file, text.replacingOccurrences(of: old, with: new))
        return workspace.folder
    }

    func warnings(_ folder: URL) -> [Diagnostic] {
        WorkspaceLoader.load(at: folder).diagnostics.filter { $0.code == "CAL-IN-025" }
    }

    func place(_ diagnostic: Diagnostic) -> String {
        diagnostic.location.map { "\(URL(fileURLWithPath: $0.file).lastPathComponent):\($0.line):\($0.column)" } ?? "-"
    }

    @Test func thousandsTypedInADecimalFieldAreSaid() throws {
        let folder = try workspace("avance.yaml", replacing: "numerador: 190400", with: "numerador: 190.400")
        let found = warnings(folder)
        let warning = try #require(found.first)
        #expect(found.count == 1)
        #expect(warning.severity == .warning)
        #expect(place(warning) == "avance.yaml:24:20")
        #expect(warning.message.es == "«190.400» se leyó como 190,4: en este campo, que admite decimales, un solo punto separa los decimales, no los miles")
        #expect(warning.hint?.es == "si son miles, escriba 190400 (sin punto); si es un decimal, escriba 190,4 o 190.4")
        #expect(warning.message.en == "«190.400» was read as 190.4: in this field, which takes decimals, a single point is the decimal point, not a thousands separator")
        #expect(warning.hint?.en == "if it means thousands, write 190400 (no point); if it is a decimal, write 190.4 or 190,4")
        // The value is still read as typed: a warning, not a change of meaning.
        let loaded = WorkspaceLoader.load(at: folder)
        let measurement = try #require(loaded.workspace?.progress?.actividades.first?.mediciones?.first)
        #expect(measurement.numerador == 190.4)
    }

    @Test func inAFlowMappingTheColumnIsTheNumbers() throws {
        let folder = try workspace("diagnostico.yaml", replacing: "promedio: 4.2,", with: "promedio: 4.200,")
        let warning = try #require(warnings(folder).first)
        #expect(place(warning) == "diagnostico.yaml:48:34")
        #expect(warning.message.es == "«4.200» se leyó como 4,2: en este campo, que admite decimales, un solo punto separa los decimales, no los miles")
        #expect(warning.hint?.es == "si son miles, escriba 4200 (sin punto); si es un decimal, escriba 4,2 o 4.2")
    }

    @Test func zeroDecimalsHaveOneDecimalSpelling() throws {
        let folder = try workspace("avance.yaml", replacing: "numerador: 190400", with: "numerador: 1.000")
        let warning = try #require(warnings(folder).first)
        #expect(warning.message.es == "«1.000» se leyó como 1: en este campo, que admite decimales, un solo punto separa los decimales, no los miles")
        #expect(warning.hint?.es == "si son miles, escriba 1000 (sin punto); si es un decimal, escriba 1")
    }

    @Test(arguments: ["190400", "190.4", "190,4", "0.500", "4.25", "1.200.000", "1234.567"])
    func unambiguousSpellingsAreSilent(spelling: String) throws {
        let folder = try workspace("avance.yaml", replacing: "numerador: 190400", with: "numerador: \(spelling)")
        #expect(warnings(folder).isEmpty)
    }

    @Test func wholeNumberFieldsReadThousandsWithoutWarning() throws {
        let folder = try workspace("diagnostico.yaml", replacing: "total: 402000", with: "total: 402.000")
        #expect(warnings(folder).isEmpty)
    }

    @Test(arguments: [TestPaths.servicio, TestPaths.gore, TestPaths.goreV1, TestPaths.goreV2])
    func samplesHaveNoAmbiguousDecimal(sample: URL) {
        #expect(warnings(sample).isEmpty)
    }

    /// The byte check is the pattern `[-+]?[1-9][0-9]{0,2}\.[0-9]{3}`, on spellings around its edges.
    @Test func theByteCheckIsThePattern() {
        let pattern = #"^[-+]?[1-9][0-9]{0,2}\.[0-9]{3}$"#
        for text in ["190.400", "-1.000", "+999.999", "0.500", "1000.000", "1.0000", "1.00", ".400", "1.", "1,400", "a.400",
                     "1.4a0", "12.345", "-", "", "1.2.3", "١.٢٣٤", "+-1.000"] {
            #expect(AmbiguousDecimal.matches(text) == (text.range(of: pattern, options: .regularExpression) != nil), "\(text)")
        }
    }
}
