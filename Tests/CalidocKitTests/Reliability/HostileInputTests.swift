import Foundation
import Testing
@testable import CalidocKit

/// Hostile YAML inputs (issue #9): each one is refused fast with its own code, the file, line and
/// column, and nothing is written. Ordinary bad inputs (a Latin-1 «é» in the manifest, a U+000B,
/// a 10 MB manifest, YAML syntax) are in `WorkspaceLoaderTests`; random mutations in `ReliabilityTests`.
@Suite struct HostileInputTests {
    /// 50 MB of YAML: refused from its size before it is read (it would be 50 MB of memory, then
    /// a YAML tree many times that), naming the file.
    @Test(.timeLimit(.minutes(1))) func fiftyMegabyteFileIsRefusedFromItsSize() throws {
        let workspace = try HostileWorkspace()
        let handle = try FileHandle(forWritingTo: workspace.url("politica.yaml"))
        try handle.truncate(atOffset: 0)
        let line = Array("  - \"una línea de relleno que se repite hasta pesar cincuenta megabytes\"\n".utf8)
        let chunk = Data(Array(repeating: line, count: (1024 * 1024) / line.count + 1).joined())
        try handle.write(contentsOf: Data("glosario:\n".utf8))
        for _ in 0..<50 { try handle.write(contentsOf: chunk) }
        try handle.close()
        let diagnostic = try workspace.loaderError()
        #expect(diagnostic.code == "CAL-IN-001")
        #expect(diagnostic.location?.file == workspace.url("politica.yaml").path)
        #expect(diagnostic.location?.line == 1)
        #expect(diagnostic.message.es.hasPrefix("el archivo pesa 512"))
        #expect(diagnostic.message.es.hasSuffix("KB y el máximo es 5120 KB"))
        #expect(diagnostic.message.en.hasSuffix("KB and the limit is 5120 KB"))
    }

    /// A symbolic link to `/dev/zero` would be read forever, a named pipe would block forever:
    /// both are refused without reading.
    @Test(arguments: ["device", "pipe"]) func specialFilesAreNotRead(kind: String) throws {
        let workspace = try HostileWorkspace()
        let path = workspace.url("politica.yaml").path
        try FileManager.default.removeItem(atPath: path)
        if kind == "device" {
            try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "/dev/zero")
        } else {
            #expect(mkfifo(path, 0o644) == 0)
        }
        let diagnostic = try workspace.loaderError()
        #expect(diagnostic.code == "CAL-IN-002")
        #expect(diagnostic.location?.file == path)
        if kind == "device" {
            // The link leads out of the workspace: refused for that before anything is opened.
            #expect(diagnostic.message.es.hasPrefix("es un enlace simbólico a «/dev/zero»"))
        } else {
            #expect(diagnostic.message.es == "no es un archivo normal (¿una carpeta, un dispositivo o una tubería?)")
        }
    }

    /// 100 000 glossary entries (3.9 MB, under the size limit): decoding, validating and rendering
    /// them took 20 s and 400 MB in a debug build for a document nobody can use, so a list is
    /// limited to 10 000 items and the error points at the list.
    @Test(.timeLimit(.minutes(1))) func aHundredThousandItemsHitTheListLimit() throws {
        let workspace = try HostileWorkspace()
        let (text, listLine) = try Self.policy(withGlossaryEntries: 100_000)
        try workspace.write("politica.yaml", text)
        let diagnostic = try workspace.loaderError()
        #expect(diagnostic.code == "CAL-IN-016")
        #expect(diagnostic.location?.file == workspace.url("politica.yaml").path)
        #expect(diagnostic.location.map { [$0.line, $0.column] } == [listLine, 5])
        #expect(diagnostic.message.es == "la lista que empieza aquí tiene más de 10.000 elementos")
        #expect(diagnostic.message.en == "the list starting here has more than 10,000 items")
    }

    /// Exactly at the limit, the list loads.
    @Test func tenThousandItemsLoad() throws {
        let workspace = try HostileWorkspace()
        try workspace.write("politica.yaml", try Self.policy(withGlossaryEntries: YAMLPreflight.maximumItems - 3).text)
        let loaded = WorkspaceLoader.load(at: workspace.folder)
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.prefix(3).map { $0.headline(.es) })")
        #expect(loaded.workspace?.policy?.glosario.items.count == YAMLPreflight.maximumItems)
    }

    /// 10 000 levels of lists or mappings: refused at level 64 by a pass that does not recurse
    /// (Yams composes recursively; libyaml alone stops at 1000 with a message naming a C function).
    @Test(arguments: [
        ("glosario: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n", 1),
        ("glosario:\n  " + String(repeating: "- ", count: 10_000) + "x\n", 2),
        ("glosario: " + String(repeating: "{a: ", count: 10_000) + "x" + String(repeating: "}", count: 10_000) + "\n", 1),
    ])
    func tenThousandLevelsOfNestingAreRefused(text: String, line: Int) throws {
        let workspace = try HostileWorkspace()
        try workspace.write("politica.yaml", text)
        let diagnostic = try workspace.loaderError()
        #expect(diagnostic.code == "CAL-IN-015")
        #expect(diagnostic.location?.file == workspace.url("politica.yaml").path)
        #expect(diagnostic.location?.line == line)
        #expect(diagnostic.message.es == "hay listas o mapas anidados a más de 64 niveles")
    }

    /// "Billion laughs": nine lines whose aliases stand for 10⁹ values. Refused at the alias that
    /// crosses 200 000 values, before Yams hashes (alias as a key) or the decoder walks them.
    @Test(.timeLimit(.minutes(1)), arguments: ["", "z: {*a9: 1}\n", "usuarios: {items: [*a9]}\n"])
    func billionLaughsAreRefusedAtTheAlias(tail: String) throws {
        let workspace = try HostileWorkspace()
        var text = "lol0: &a0 \"lol\"\n"
        for level in 1...9 {
            text += "lol\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        try workspace.write("politica.yaml", text + tail)
        let diagnostic = try workspace.loaderError()
        #expect(diagnostic.code == "CAL-IN-017")
        #expect(diagnostic.location?.file == workspace.url("politica.yaml").path)
        // lol1…lol5 stand for 123 450 values; the first «*a5» of line 7 (lol6) goes past 200 000.
        #expect(diagnostic.location.map { [$0.line, $0.column] } == [7, 12])
        #expect(diagnostic.message.es.hasPrefix("los alias YAML «*a5» expanden el archivo a más de 200.000 valores"))
        #expect(diagnostic.message.en.hasPrefix("YAML aliases «*a5» expand the file to more than 200,000 values"))
    }

    /// Encodings that are not UTF-8 and characters XML forbids, deep inside a policy, stop the
    /// build at their exact position (`WorkspaceLoaderTests` has the Latin-1 and U+000B cases).
    @Test(arguments: [
        ([0xFF, 0xFE, 0x61, 0x00, 0x3A, 0x00], 1, 1, "CAL-IN-003", "el archivo no está en UTF-8 (byte 0xFF)"),  // UTF-16 LE
        (Array("contexto:\n  parrafos: [\"a".utf8) + [0xC0, 0xAF] + Array("\"]\n".utf8), 2, 16, "CAL-IN-003",
         "el archivo no está en UTF-8 (byte 0xC0)"),  // overlong «/»
        (Array("contexto:\n\n  parrafos: [\"".utf8) + [0xED, 0xA0, 0x80] + Array("\"]\n".utf8), 3, 15, "CAL-IN-003",
         "el archivo no está en UTF-8 (byte 0xED)"),  // UTF-16 surrogate
        (Array("contexto:\n  parrafos: [\"ab".utf8) + [0x00] + Array("c\"]\n".utf8), 2, 17, "CAL-IN-004",
         "carácter invisible «carácter nulo» (U+0000), que los documentos no admiten"),  // NUL
        (Array("contexto:\n  parrafos: [\"ab".utf8) + [0xEF, 0xBF, 0xBE] + Array("\"]\n".utf8), 2, 17, "CAL-IN-004",
         "carácter invisible «no-carácter Unicode» (U+FFFE), que los documentos no admiten"),  // non-character
    ] as [([UInt8], Int, Int, String, String)])
    func bytesThatAreNotTextStopTheBuild(bytes: [UInt8], line: Int, column: Int, code: String, message: String) throws {
        let workspace = try HostileWorkspace()
        try workspace.write("politica.yaml", bytes)
        let diagnostic = try workspace.loaderError()
        #expect(diagnostic.code == code)
        #expect(diagnostic.location?.file == workspace.url("politica.yaml").path)
        #expect(diagnostic.location.map { [$0.line, $0.column] } == [line, column])
        #expect(diagnostic.message.es == message)
    }

    /// The servicio policy with `count` extra glossary entries in flow style, and the line where
    /// the glossary list starts.
    static func policy(withGlossaryEntries count: Int) throws -> (text: String, listLine: Int) {
        let base = try String(contentsOf: TestPaths.servicio.appending(path: "politica.yaml"), encoding: .utf8)
        let marker = "glosario:\n  items:\n"
        let range = try #require(base.range(of: marker))
        let listLine = base[..<range.upperBound].filter { $0 == "\n" }.count + 1
        var entries = ""
        entries.reserveCapacity(count * 40)
        for index in 0..<count { entries += "    - {termino: t\(index), definicion: d}\n" }
        return (base.replacingCharacters(in: range, with: marker + entries), listLine)
    }
}
