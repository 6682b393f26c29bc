// In-process benchmark: renders per second of the GORE policy per format, the diff of two
// generated 500-item versions, and peak memory while batch-building 1, 100 and 1000 workspaces.
import CalidocKit
import Foundation

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func peakMemoryMB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

// calidoc-bench [REPO] [--solo modelo|html|odt|docx|diff|importar|lote] [--veces N]: --solo runs one part
// (for `valgrind --tool=callgrind`, which counts instructions repeatably).
var arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    defer { arguments.removeSubrange(index...(index + 1)) }
    return arguments[index + 1]
}
let only = option("--solo")
let times = Int(option("--veces") ?? "") ?? 300
func wanted(_ part: String) -> Bool { only == nil || only == part }
let repository = URL(fileURLWithPath: arguments.first ?? FileManager.default.currentDirectoryPath)
let gore = repository.appending(path: "Samples/gore-santiago")
guard let validated = try? WorkspaceValidation.validated(at: gore) else {
    print("no se pudo leer \(gore.path)")
    exit(1)
}
let workspace = validated.workspace
let builder = try DocumentBuilder(workspace: validated)
let document = try builder.build(.politica, from: validated)
/// Renders per second on one core and on two (two threads, each rendering its half).
func rates(_ count: Int, _ body: @escaping @Sendable () throws -> Void) throws -> (Double, Double) {
    let one = Double(count) / (try seconds { for _ in 0..<count { try body() } })
    let two = Double(count) / seconds {
        DispatchQueue.concurrentPerform(iterations: 2) { _ in for _ in 0..<(count / 2) { try? body() } }
    }
    return (one, two)
}
if wanted("modelo") {
    let (one, two) = try rates(times) { _ = try builder.build(.politica, from: validated) }
    print(String(format: "modelo (YAML ya leído → documento): %6.0f/s en 1 núcleo, %6.0f/s en 2", one, two))
}
for format in [OutputFormat.html, .odt, .docx] where wanted(format.rawValue) {
    let writer = try WriterRegistry.writer(for: format)
    let (one, two) = try rates(times) { _ = try writer.write(document, options: WriterOptions()) }
    let (fullOne, fullTwo) = try rates(times / 2) {
        _ = try writer.write(try builder.build(.politica, from: validated), options: WriterOptions())
    }
    print(String(format: "%-5@ escritor: %6.0f/s en 1 núcleo, %6.0f/s en 2 · modelo + escritor: %6.0f/s en 1, %6.0f/s en 2",
                 format.rawValue as NSString, one, two, fullOne, fullTwo))
}

// Diff of two generated 500-item versions (median of 20).
var old = workspace
var new = workspace
let items = (0..<500).map {
    PolicyObjective(id: "o\($0)", titulo: "Objetivo \($0)", texto: "texto del objetivo número \($0) con varias palabras más", objetivosInstitucionales: ["oe-1"])
}
old.policy?.objetivos.items = items
new.policy?.objetivos.items = items.enumerated().map { index, item in
    var item = item
    if index % 10 == 0 { item.texto = (item.texto ?? "") + " y una frase agregada" }
    return item
}
if wanted("diff") {
    // The generated versions go through validation like any other (the diff takes validated ones).
    guard let before = try? WorkspaceValidation.run(model: old).validated(),
          let after = try? WorkspaceValidation.run(model: new).validated() else {
        print("las versiones generadas no pasan la validación")
        exit(1)
    }
    var durations: [Double] = []
    for _ in 0..<(only == nil ? 20 : 3) { durations.append(seconds { _ = ChangeSet.compute(old: before, new: after) }) }
    durations.sort()
    print(String(format: "diff de dos versiones de 500 objetivos: %.2f ms (mediana)", durations[durations.count / 2] * 1000))
}
// calidoc import of the GORE Política as calidoc writes it in DOCX and ODT (median of --veces
// runs, at most 50 by default): reading the package, recognition, placement, YAML, validation.
if wanted("importar") {
    for format in [OutputFormat.docx, .odt] {
        let bytes = try WriterRegistry.writer(for: format).write(document, options: WriterOptions())
        var durations: [Double] = []
        for _ in 0..<(only == nil ? 50 : times) {
            durations.append(try seconds { _ = try PolicyImporter.run(bytes: bytes, name: "politica.\(format.rawValue)", date: "2024-10-24") })
        }
        durations.sort()
        print(String(format: "importar la Política del GORE (%@): %.1f ms (mediana de %d)", format.rawValue as NSString,
                     durations[durations.count / 2] * 1000, durations.count))
    }
}
guard wanted("lote") else { exit(0) }

// Peak memory as the batch grows.
let scratch = FileManager.default.temporaryDirectory.appending(path: "calidoc-bench-\(UUID().uuidString)")
try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: scratch) }
var made = 0
for size in [1, 100, 1000] {
    let folder = scratch.appending(path: "lote")
    while made < size {
        let copy = folder.appending(path: "ws-\(made)")
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        for name in ["calidoc.yaml", "politica.yaml"] {
            try FileManager.default.copyItem(at: gore.appending(path: name), to: copy.appending(path: name))
        }
        made += 1
    }
    let workspaces = try BatchBuild.expand([folder], all: true)
    let elapsed = seconds {
        _ = BatchBuild.run(workspaces, template: .init(workspace: folder, formats: [.html, .odt, .docx], outputRoot: scratch.appending(path: "salida"))) { _, _, _ in }
    }
    print(String(format: "lote de %4d espacios: %6.2f s, memoria máxima del proceso %.0f MB", size, elapsed, peakMemoryMB()))
}
