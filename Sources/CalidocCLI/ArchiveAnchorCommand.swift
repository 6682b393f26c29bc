import ArgumentParser
import CalidocKit
import Foundation

extension CalidocCommand.Archive {
    /// `calidoc archive anchor`: the head of the chain, to write outside the archive.
    struct Anchor: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "anchor",
            abstract: "Muestra la cabeza del archivo (N:HASH) para anotarla en el acta del Comité o sellarla con una autoridad de tiempo.")
        @OptionGroup var location: CalidocCommand.Archive.Location

        func run() throws {
            do {
                let head = try location.open().head()
                print(head.anchorText)
                location.common.warn(location.common.lang.pick(
                    "anote esa línea en el acta; «calidoc archive verify --anchor \(head.anchorText)» comprueba después que el archivo la conserva",
                    "write that line in the minutes; «calidoc archive verify --anchor \(head.anchorText)» later proves the archive keeps it"))
            } catch {
                throw location.common.fail(error)
            }
        }
    }
}
