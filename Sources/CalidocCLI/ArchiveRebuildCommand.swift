import ArgumentParser
import CalidocKit
import Foundation

extension CalidocCommand.Archive {
    /// `calidoc archive rebuild`: the index again from the objects.
    struct Rebuild: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rebuild",
            abstract: "Reconstruye el índice desde los objetos del archivo (el índice anterior se conserva al lado).")
        @OptionGroup var location: CalidocCommand.Archive.Location

        func run() throws {
            do {
                let head = try location.open().rebuild()
                print(location.common.lang.pick("índice reconstruido: \(head.entradas) entradas; cabeza \(head.anchorText)",
                                                "index rebuilt: \(head.entradas) entries; head \(head.anchorText)"))
            } catch {
                throw location.common.fail(error)
            }
        }
    }
}
