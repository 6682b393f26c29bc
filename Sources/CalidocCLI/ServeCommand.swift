import ArgumentParser
import CalidocKit
import CalidocServer
import Foundation

extension CalidocCommand {
    /// `calidoc serve`: the web application on 127.0.0.1.
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "serve",
            abstract: "Abre la aplicación web para editar los espacios de trabajo en el navegador.",
            discussion: """
                Escucha sólo en 127.0.0.1 (este computador): nadie más en la red puede verla. \
                Detenga la aplicación con Ctrl+C.

                Ejemplos:
                  calidoc serve
                  calidoc serve mis-espacios --puerto 8081
                  calidoc serve Samples/gore-santiago --no-abrir
                """)

        @Argument(help: "Carpetas de espacios de trabajo, o carpetas que los contienen (por omisión, la carpeta actual).")
        var carpetas: [String] = []

        @Option(help: "Puerto en 127.0.0.1; 0 elige uno libre.")
        var puerto: Int = 8080

        @Flag(help: "No abre el navegador.")
        var noAbrir = false

        @Option(help: "Certificados raíz de confianza (PEM) con que se comprueba la cadena de las firmas que se suben al Archivo.")
        var trust: String?

        @Option(help: "Configuración de un servidor compartido (servidor.yaml): cuentas, instituciones y bitácora; ver README.")
        var config: String?

        @OptionGroup var common: CommonOptions

        func validate() throws {
            if config != nil, !carpetas.isEmpty {
                throw ValidationError(common.lang.pick(
                    "con --config las carpetas vienen de servidor.yaml (almacen.carpeta); quite las carpetas de la orden",
                    "with --config the folders come from servidor.yaml (almacen.carpeta); remove the folders from the command"))
            }
            guard (0...65535).contains(puerto) else {
                throw ValidationError(common.lang.pick("el puerto debe estar entre 0 y 65535", "the port must be between 0 and 65535"))
            }
            for folder in carpetas {
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
                    throw ValidationError(common.lang.pick("«\(folder)» no es una carpeta", "«\(folder)» is not a folder"))
                }
            }
        }

        func run() async throws {
            if let config {
                try await SharedServe.run(config: config, language: common.lang)
            } else {
                try await serve()
            }
        }

        /// Serves until interrupted.
        func serve() async throws {
            let folders = (carpetas.isEmpty ? ["."] : carpetas).map { URL(fileURLWithPath: $0).standardizedFileURL }
            let language = common.lang
            var configuration = ServerConfiguration(folders: folders, port: puerto)
            if let trust {
                do {
                    let pem = String(decoding: try SignatureFiles.read(trust), as: UTF8.self)
                    configuration.trustRootCount = try TrustRoots.count(pem, name: trust)
                    configuration.trustRootsPEM = pem
                } catch {
                    throw ErrorReporter.report(error, language: language)
                }
            }
            let state = ServerState(configuration: configuration)
            let open = !noAbrir && BrowserLauncher.hasDesktop
            let listening: @Sendable (Int) async -> Void = { port in
                let address = "http://127.0.0.1:\(port)/"
                let text = language.pick(
                    "calidoc serve: abra \(address) en su navegador (sólo este computador puede verla). Ctrl+C para detener.\n",
                    "calidoc serve: open \(address) in your browser (only this computer can see it). Ctrl+C to stop.\n")
                FileHandle.standardOutput.write(Data(text.utf8))
                if open { BrowserLauncher.open(address) }
            }
            do {
                try await CalidocWebApp.run(state: state, onListening: listening)
            } catch {
                throw ErrorReporter.report(ServeError.cannotListen(port: puerto, reason: "\(error)"), language: language)
            }
        }
    }
}

/// Failures of `calidoc serve`.
enum ServeError: CalidocError {
    /// The port could not be opened (in use, or not allowed).
    case cannotListen(port: Int, reason: String)

    var category: ErrorCategory { .io }

    func message(_ language: MessageLanguage) -> String {
        switch self {
        case .cannotListen(let port, let reason):
            language.pick(
                "no se pudo escuchar en 127.0.0.1:\(port) (\(reason)); pruebe otro puerto con --puerto, o --puerto 0 para uno libre",
                "cannot listen on 127.0.0.1:\(port) (\(reason)); try another port with --puerto, or --puerto 0 for a free one")
        }
    }
}

/// Opens the browser on a desktop session.
enum BrowserLauncher {
    /// Whether a graphical session is there to open a browser in.
    static var hasDesktop: Bool {
        #if os(macOS)
        return true
        #else
        let environment = ProcessInfo.processInfo.environment
        return environment["DISPLAY"] != nil || environment["WAYLAND_DISPLAY"] != nil
        #endif
    }

    /// Opens `address` with the desktop's opener; failures are ignored (the address is printed).
    static func open(_ address: String) {
        let process = Process()
        #if os(macOS)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/open")
        process.arguments = [address]
        #else
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open", address]
        #endif
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try? process.run()
    }
}
