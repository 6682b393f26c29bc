/// The *resolución exenta* that approves the Política or the Plan (manifest key `resolucion`):
/// the file that gets signed (FirmaGob or any PDF signer) and archived as medio de verificación.
public struct Resolution: Codable, Hashable, Sendable {
    /// Which document it approves.
    public var documento: DocumentKind
    /// Number, once the office of partes assigns it; a blank line to fill in when absent.
    public var numero: String?
    /// City, e.g. "Santiago"; the institution's `ciudad` when absent.
    public var ciudad: String?
    /// Date (ISO); the version date when absent.
    public var fecha: String?
    /// Who signs; the institution's `jefe_servicio` when absent.
    public var firmante: Person?
    /// VISTOS: the legal bases.
    public var vistos: [String]
    /// CONSIDERANDO: the reasons, numbered "1. Que, …".
    public var considerandos: [String]
    /// Extra RESUELVO articles after the approval (publication, communication …).
    public var resuelvo: [String]?
    /// Distribution list.
    public var distribucion: [String]?

    /// Creates a resolution.
    public init(
        documento: DocumentKind, numero: String? = nil, ciudad: String? = nil, fecha: String? = nil, firmante: Person? = nil,
        vistos: [String], considerandos: [String], resuelvo: [String]? = nil, distribucion: [String]? = nil
    ) {
        self.documento = documento
        self.numero = numero
        self.ciudad = ciudad
        self.fecha = fecha
        self.firmante = firmante
        self.vistos = vistos
        self.considerandos = considerandos
        self.resuelvo = resuelvo
        self.distribucion = distribucion
    }
}
