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

let repository = URL(fileURLWithPath: CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : FileManager.default.currentDirectoryPath)
let gore = repository.appending(path: "Samples/gore-santiago")
guard let workspace = WorkspaceLoader.load(at: gore).workspace else {
    print("no se pudo leer \(gore.path)")
    exit(1)
}
let builder = try DocumentBuilder(workspace: workspace)
let document = try builder.build(.politica, from: workspace)
print("formato  renders/s (modelo → bytes)   construcción del modelo/s")
let buildRate = 200 / (try seconds { for _ in 0..<200 { _ = try builder.build(.politica, from: workspace) } })
for format in [OutputFormat.html, .odt, .docx] {
    let writer = try WriterRegistry.writer(for: format)
    let count = 300
    let elapsed = try seconds { for _ in 0..<count { _ = try writer.write(document, options: WriterOptions()) } }
    print(String(format: "%-8@ %10.0f %30.0f", format.rawValue as NSString, Double(count) / elapsed, buildRate))
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
var times: [Double] = []
for _ in 0..<20 { times.append(seconds { _ = ChangeSet.compute(old: old, new: new) }) }
times.sort()
print(String(format: "diff de dos versiones de 500 objetivos: %.2f ms (mediana de 20)", times[10] * 1000))

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
    let workspaces = BatchBuild.expand([folder])
    let elapsed = seconds {
        _ = BatchBuild.run(workspaces, template: .init(workspace: folder, formats: [.html, .odt, .docx], outputRoot: scratch.appending(path: "salida"))) { _, _, _ in }
    }
    print(String(format: "lote de %4d espacios: %6.2f s, memoria máxima del proceso %.0f MB", size, elapsed, peakMemoryMB()))
}
