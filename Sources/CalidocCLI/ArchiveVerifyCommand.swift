import ArgumentParser
import CalidocKit
import Foundation

extension CalidocCommand.Archive {
    /// `calidoc archive verify`: read-only check of everything the archive holds.
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: "Comprueba, sin escribir nada, cada archivo, entrada, tabla y el sello; sale con 1 si algo fue alterado.")
        @Option(help: "Cabeza anotada antes («N:HASH» de «calidoc archive anchor»); se puede repetir.") var anchor: [String] = []
        @Option(help: "Sello de tiempo RFC 3161 (.tsr o token DER) sobre una cabeza del archivo; se puede repetir.") var timestamp: [String] = []
        @Option(help: "Certificados raíz (PEM) de la autoridad de sellado de tiempo; obligatorio con --timestamp.") var trust: String?
        @OptionGroup var location: CalidocCommand.Archive.Location

        func validate() throws {
            if !timestamp.isEmpty, trust == nil {
                throw ValidationError(location.common.lang.pick("--timestamp requiere --trust RAICES.pem", "--timestamp needs --trust ROOTS.pem"))
            }
        }

        func run() throws {
            let language = location.common.lang
            let report: ArchiveReport
            var stamps: [ArchiveTimestampCheck] = []
            do {
                let anchors = try anchor.map { try ArchiveSeal(anchor: $0) }
                let archive = try location.open()
                report = try archive.verify(anchors: anchors)
                if let trust {
                    let roots = String(decoding: try SignatureFiles.read(trust), as: UTF8.self)
                    stamps = try timestamp.map { try ArchiveTimestampCheck(token: try SignatureFiles.read($0), file: $0, entries: report, archive: archive, trustRootsPEM: roots) }
                }
            } catch {
                throw location.common.fail(error)
            }
            for note in report.notes { location.common.warn(language.pick("nota: ", "note: ") + note.text(language)) }
            var problems = report.problems
            for stamp in stamps {
                if let failure = stamp.failure { problems.append(failure) } else { print(stamp.summary.text(language)) }
            }
            guard !problems.isEmpty else {
                let (entries, files) = (report.head.entradas, report.filesChecked)
                print(language.pick(
                    "archivo íntegro: \(entries) \(entries == 1 ? "entrada" : "entradas") y \(files) \(files == 1 ? "archivo comprobado" : "archivos comprobados"); cabeza \(report.head.anchorText)",
                    "archive intact: \(entries) \(entries == 1 ? "entry" : "entries") and \(files) \(files == 1 ? "file" : "files") checked; head \(report.head.anchorText)"))
                return
            }
            for problem in problems { location.common.warn(problem.text(language)) }
            location.common.warn(language.pick(
                "El archivo NO está íntegro (\(problems.count) \(problems.count == 1 ? "problema" : "problemas")). Conserve esta carpeta como está y compárela con una copia de respaldo.",
                "The archive is NOT intact (\(problems.count) \(problems.count == 1 ? "problem" : "problems")). Keep this folder as it is and compare it with a backup copy."))
            throw ExitCode(1)
        }
    }
}
