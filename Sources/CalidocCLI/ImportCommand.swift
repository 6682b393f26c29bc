import ArgumentParser
import CalidocKit
import Foundation

extension CalidocCommand {
    /// `calidoc import`: an existing Política (DOCX or ODT) becomes a new workspace and a report.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Crea un espacio de trabajo a partir de una Política existente en Word (.docx) o LibreOffice (.odt).",
            discussion: """
                Escribe calidoc.yaml, politica.yaml e importacion.md, el informe: qué texto quedó en qué \
                campo y todo lo que no se pudo ubicar, con su sección y número de párrafo en el original. \
                Nunca sobrescribe: la carpeta de destino no debe existir (o debe estar vacía).

                Códigos de salida: 0 si escribió el espacio de trabajo (aunque queden textos en el informe); \
                65 si no pudo leer el documento (el mensaje dice por qué y qué hacer).

                Ejemplos:
                  calidoc import Politica.docx
                  calidoc import Politica.odt --out mi-servicio --institucion "Servicio Nacional de Trámites"
                """)

        @Argument(help: "El documento de la Política: .docx u .odt.")
        var document: String

        @Option(help: "Carpeta del nuevo espacio de trabajo (por omisión, el nombre del documento sin extensión).")
        var out: String?

        @Option(help: "Nombre de la institución (por omisión, el que diga el título o la portada).")
        var institucion: String?

        @OptionGroup var common: CommonOptions

        func run() throws {
            let source = URL(fileURLWithPath: document)
            let folder = out.map { URL(fileURLWithPath: $0) } ?? ImportWorkspace.defaultFolder(for: source)
            do {
                let date = String(ISO8601DateFormatter().string(from: Date()).prefix(10))
                let result = try PolicyImporter.run(source, institution: institucion, date: date)
                let written = try ImportWorkspace.write(result, to: folder)
                for url in written.prefix(ImportWorkspace.fileNames.count) { print(url.relativePath) }
                print(ImportWorkspace.summary(result, folder: folder.relativePath, language: common.lang))
            } catch {
                throw ErrorReporter.report(error, language: common.lang)
            }
        }
    }
}
