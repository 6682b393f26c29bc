import Foundation

extension ArchiveEntry {
    /// The check of one signature made when the entry was added (recorded, so it is covered by the
    /// entry hash; `archive verify` does not re-run it, because certificates expire).
    public struct SignatureCheck: Codable, Hashable, Sendable {
        /// The signature's file (the PDF, or the `.p7s`).
        public var archivo: String
        /// `pades` (inside a PDF) or `cms` (detached `.p7s`).
        public var tipo: String
        /// Which signature of the file (1, 2 … in file order).
        public var numero: Int
        /// Signer's certificate subject.
        public var firmante: String
        /// Signing time (ISO 8601), when the signature states one.
        public var fechaFirma: String?
        /// The signature holds over the file (and its chain is trusted, when roots were given).
        public var valida: Bool
        /// `confiable`, `no confiable` or `no verificada` (no roots given).
        public var cadena: String
        /// Why it does not hold, or what was added after signing.
        public var detalle: String?

        /// Creates a record.
        public init(archivo: String, tipo: String, numero: Int, firmante: String, fechaFirma: String?,
                    valida: Bool, cadena: String, detalle: String?) {
            self.archivo = archivo
            self.tipo = tipo
            self.numero = numero
            self.firmante = firmante
            self.fechaFirma = fechaFirma
            self.valida = valida
            self.cadena = cadena
            self.detalle = detalle
        }

        /// The record of one PDF signature.
        public init(file: String, report: PDFSignatureReport) {
            var detail = report.failure?.es ?? report.chainFailure?.es
            if detail == nil, report.bytesAfter > 0, !report.laterBytesSigned {
                detail = "el documento fue modificado después de firmar (\(report.bytesAfter) bytes sin firma)"
            }
            self.init(archivo: file, tipo: "pades", numero: report.number, firmante: report.signer, fechaFirma: report.signingTime,
                      valida: report.isValid, cadena: report.chainTrusted.map { $0 ? "confiable" : "no confiable" } ?? "no verificada",
                      detalle: detail)
        }

        /// One line for the terminal.
        public func line(_ language: MessageLanguage) -> String {
            let verdict = !valida ? language.pick("NO válida", "NOT valid")
                : cadena == "no verificada" ? language.pick("íntegra (firmante no verificado)", "intact (signer not verified)")
                : language.pick("válida", "valid")
            let chain = language.pick("cadena \(cadena)", "chain \(["confiable": "trusted", "no confiable": "not trusted"][cadena] ?? "not checked")")
            return "\(archivo) #\(numero) (\(tipo)): \(verdict), \(firmante), \(chain)" + (detalle.map { " — \($0)" } ?? "")
        }
    }
}
