import ArgumentParser
import CalidocKit
import Foundation

extension CalidocCommand {
    /// `calidoc sign FILE --cert CERT.pem --key KEY.pem`: a detached CMS signature (`.p7s`).
    struct Sign: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "sign", abstract: "Firma un archivo con CMS/PKCS#7 separado (.p7s, DER).")
        @Argument(help: "Archivo a firmar.") var file: String
        @Option(help: "Certificado PEM del firmante.") var cert: String
        @Option(help: "Clave privada PEM del firmante.") var key: String
        @Option(help: "Archivo de firma (por defecto, ARCHIVO.p7s).") var out: String?
        @OptionGroup var common: CommonOptions

        func run() throws {
            do {
                let content = try SignatureFiles.read(file)
                let signature = try DetachedSignature.sign(
                    content, certificatePEM: String(decoding: try SignatureFiles.read(cert), as: UTF8.self),
                    privateKeyPEM: String(decoding: try SignatureFiles.read(key), as: UTF8.self))
                let target = URL(fileURLWithPath: out ?? file + ".p7s")
                try AtomicFile.write(signature, to: target)
                print(target.relativePath)
            } catch {
                throw common.fail(error)
            }
        }
    }

    /// `calidoc verify FILE [--signature FILE.p7s] [--trust ROOTS.pem]`: a detached CMS signature,
    /// or every signature inside a signed PDF (PAdES).
    struct VerifySignature: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: "Verifica una firma CMS separada (.p7s) o las firmas de un PDF firmado (PAdES).")
        @Argument(help: "Archivo firmado.") var file: String
        @Option(help: "Firma .p7s (DER); sin ella, ARCHIVO debe ser un PDF firmado.") var signature: String?
        @Option(help: "Certificados raíz de confianza (PEM); obligatorio con --signature.") var trust: String?
        @OptionGroup var common: CommonOptions

        func validate() throws {
            if signature != nil, trust == nil {
                throw ValidationError(common.lang.pick("--signature requiere --trust RAICES.pem", "--signature needs --trust ROOTS.pem"))
            }
        }

        func run() throws {
            do {
                let content = try SignatureFiles.read(file)
                let roots = try trust.map { String(decoding: try SignatureFiles.read($0), as: UTF8.self) }
                if let signature, let roots {
                    let report = try DetachedSignature.verify(content, signature: try SignatureFiles.read(signature), trustRootsPEM: roots)
                    print(common.lang.pick("firma válida de \(report.signer)", "valid signature by \(report.signer)"))
                    if let time = report.declaredTime {
                        print(common.lang.pick("  fecha de firma declarada por el firmante (informativa): \(time)",
                                               "  signing time declared by the signer (information only): \(time)"))
                    }
                    if let time = report.provenTime {
                        print(common.lang.pick("  hora probada por un sello de tiempo confiable: \(time)", "  time proven by a trusted timestamp: \(time)"))
                    }
                    return
                }
                guard PDFSignatures.isPDF(content) else { throw SignatureError.unsigned }
                let reports = try PDFSignatures.verify(content, trustRootsPEM: roots)
                for report in reports { report.lines(common.lang).forEach { print($0) } }
                if roots == nil {
                    common.warn(common.lang.pick(
                        "aviso: sin --trust solo se comprobó que el documento no cambió; quién firmó no está verificado (use --trust RAICES.pem)",
                        "warning: without --trust only the document's integrity was checked; who signed is not verified (use --trust ROOTS.pem)"))
                }
                let failed = reports.filter { !$0.isValid }.map(\.number)
                if !failed.isEmpty { throw SignatureError.pdfNotValid(failed: failed) }
            } catch {
                throw common.fail(error)
            }
        }
    }
}

/// Reads the files the signature commands take.
enum SignatureFiles {
    static func read(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SignatureError.unreadable(path, detail: nil)
        }
        return [UInt8](data)
    }
}
