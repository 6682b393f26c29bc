import Foundation
import Yams

/// Reads `servidor.yaml` into ``SharedServerSettings``, refusing at the first problem with its place.
struct SettingsReader {
    let file: String
    let base: URL

    mutating func settings(_ text: String) throws -> SharedServerSettings {
        // The loader's structural limits first (nesting, alias expansion): a 64 KB file must not
        // expand into gigabytes while it is composed.
        if let refused = YAMLPreflight.check(text, displayPath: file) { throw StoreError.badSettings(refused) }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw problem(nil, es: "no es YAML válido", en: "is not valid YAML")
        }
        let top = try mapping(root, named: "servidor.yaml", allowed: ["almacen", "escucha", "origen_publico", "sesion_minutos", "raices_de_confianza", "avisos"])
        guard let storeNode = top["almacen"] else {
            throw problem(root, es: "falta «almacen» (tipo y carpeta)", en: "«almacen» (tipo and carpeta) is missing")
        }
        let store = try mapping(storeNode, named: "almacen", allowed: ["tipo", "carpeta", "url"])
        guard let folderNode = store["carpeta"] else {
            throw problem(storeNode, es: "falta «almacen.carpeta»: la carpeta con una carpeta por institución", en: "«almacen.carpeta» is missing: the folder holding one folder per institution")
        }
        var settings = SharedServerSettings(folder: path(try string(folderNode)))
        switch try store["tipo"].map(string) ?? "carpetas" {
        case "carpetas":
            if let url = store["url"] { throw problem(url, es: "«url» sólo vale con «tipo: postgresql»", en: "«url» only applies with «tipo: postgresql»") }
        case "postgresql":
            guard let urlNode = store["url"] else {
                throw problem(storeNode, es: "con «tipo: postgresql» falta «url» (postgresql://usuario@servidor:5432/base)", en: "with «tipo: postgresql», «url» is missing (postgresql://user@host:5432/db)")
            }
            settings.store = .postgresql(url: try string(urlNode))
        default:
            throw problem(store["tipo"], es: "«tipo» debe ser «carpetas» o «postgresql»", en: "«tipo» must be «carpetas» or «postgresql»")
        }
        if let listenNode = top["escucha"] {
            let listen = try mapping(listenNode, named: "escucha", allowed: ["direccion", "puerto"])
            if let node = listen["direccion"] { settings.address = try string(node) }
            // 0 lets the system choose a free port (printed when the server starts).
            if let node = listen["puerto"] { settings.port = try integer(node, in: 0...65535) }
        }
        if let node = top["origen_publico"] {
            let text = try string(node)
            guard let url = URL(string: text), ["https", "http"].contains(url.scheme ?? ""), url.host != nil, url.path.isEmpty || url.path == "/" else {
                throw problem(node, es: "«origen_publico» debe ser una dirección como https://calidoc.servicio.gob.cl, sin ruta", en: "«origen_publico» must be an address like https://calidoc.servicio.gob.cl, without a path")
            }
            settings.publicOrigin = text
        }
        if let node = top["sesion_minutos"] { settings.sessionMinutes = try integer(node, in: 5...10_080) }
        if let node = top["raices_de_confianza"] { settings.trustRoots = path(try string(node)) }
        if let noticesNode = top["avisos"] {
            let notices = try mapping(noticesNode, named: "avisos", allowed: ["comando"])
            guard let node = notices["comando"] else {
                throw problem(noticesNode, es: "falta «avisos.comando»: el programa que recibe cada paso de la revisión", en: "«avisos.comando» is missing: the program that receives each review step")
            }
            let command = path(try string(node))
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: command.path, isDirectory: &isFolder), !isFolder.boolValue,
                  FileManager.default.isExecutableFile(atPath: command.path)
            else {
                throw problem(node, es: "«\(command.path)» no existe o no es un programa ejecutable (chmod +x)", en: "«\(command.path)» does not exist or is not an executable program (chmod +x)")
            }
            settings.notificationCommand = command
        }
        return settings
    }

    private func path(_ text: String) -> URL {
        text.hasPrefix("/") ? URL(fileURLWithPath: text) : base.appending(path: text)
    }

    private func mapping(_ node: Node?, named: String, allowed: Set<String>) throws -> [String: Node] {
        guard let node, case .mapping(let pairs) = node else {
            throw problem(node, es: "«\(named)» debe ser un grupo de claves", en: "«\(named)» must be a group of keys")
        }
        var result: [String: Node] = [:]
        for (key, value) in pairs {
            guard let name = key.string, allowed.contains(name) else {
                throw problem(key, es: "clave desconocida «\(key.string ?? "?")»; las válidas son: \(allowed.sorted().joined(separator: ", "))",
                              en: "unknown key «\(key.string ?? "?")»; valid ones: \(allowed.sorted().joined(separator: ", "))")
            }
            guard result[name] == nil else { throw problem(key, es: "«\(name)» está repetida", en: "«\(name)» is repeated") }
            result[name] = value
        }
        return result
    }

    private func string(_ node: Node) throws -> String {
        guard case .scalar(let scalar) = node, !scalar.string.isEmpty, scalar.string.utf8.count <= 2048,
              !scalar.string.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        else { throw problem(node, es: "se esperaba un texto de una línea", en: "a one-line text was expected") }
        return scalar.string
    }

    private func integer(_ node: Node, in range: ClosedRange<Int>) throws -> Int {
        guard case .scalar(let scalar) = node, let value = Int(scalar.string), range.contains(value) else {
            throw problem(node, es: "se esperaba un número entero entre \(range.lowerBound) y \(range.upperBound)",
                          en: "a whole number between \(range.lowerBound) and \(range.upperBound) was expected")
        }
        return value
    }

    private func problem(_ node: Node?, es: String, en: String) -> StoreError {
        let mark = node?.mark
        return .badSettings(Diagnostic(
            severity: .error, code: "CAL-SV-001", message: LocalizedMessage(es: es, en: en),
            location: SourceLocation(file: file, line: max(mark?.line ?? 1, 1), column: max(mark?.column ?? 1, 1))))
    }
}
