import Foundation

/// The workspace manifest, `calidoc.yaml`: who the institution is, which version this is,
/// what to build and how.
public struct Manifest: Codable, Hashable, Sendable {
    /// The institution that owns the documents.
    public var institucion: Institution
    /// The institution's PMG identity for this system and year.
    public var pmg: PMGIdentity
    /// The version of the inputs this workspace holds.
    public var version: VersionInfo
    /// Documents to build; all available ones when absent.
    public var documentos: [DocumentKind]?
    /// Output formats; `html`, `odt` and `docx` when absent.
    public var formatos: [DocumentFormat]?
    /// Folder (relative to the workspace) whose templates and partials override the defaults.
    public var plantillas: String?
    /// Reference ODT whose styles, page layout, header and footer are used (pandoc's convention).
    public var referenciaODT: String?
    /// Reference DOCX whose styles, page setup, header and footer are used.
    public var referenciaDOCX: String?
    /// Reference PPTX whose master and layouts are used for decks.
    public var referenciaPPTX: String?
    /// Folder (relative to the workspace) of the signed-version archive.
    public var archivo: String?
    /// The resolution approving the Política or the Plan, built as document `resolucion`.
    public var resolucion: Resolution?

    /// Creates a manifest.
    public init(
        institucion: Institution, pmg: PMGIdentity, version: VersionInfo, documentos: [DocumentKind]? = nil,
        formatos: [DocumentFormat]? = nil, plantillas: String? = nil, referenciaODT: String? = nil,
        referenciaDOCX: String? = nil, referenciaPPTX: String? = nil, archivo: String? = nil
    ) {
        self.institucion = institucion
        self.pmg = pmg
        self.version = version
        self.documentos = documentos
        self.formatos = formatos
        self.plantillas = plantillas
        self.referenciaODT = referenciaODT
        self.referenciaDOCX = referenciaDOCX
        self.referenciaPPTX = referenciaPPTX
        self.archivo = archivo
    }

    enum CodingKeys: String, CodingKey {
        case institucion, pmg, version, documentos, formatos, plantillas, archivo, resolucion
        case referenciaODT = "referencia_odt"
        case referenciaDOCX = "referencia_docx"
        case referenciaPPTX = "referencia_pptx"
    }
}

/// The institution (servicio público) that owns the documents.
public struct Institution: Codable, Hashable, Sendable {
    /// Official name, e.g. "Gobierno Regional Metropolitano de Santiago".
    public var nombre: String
    /// Name used in running text, e.g. "Gobierno de Santiago"; `nombre` when absent.
    public var nombreCorto: String?
    /// Acronym, e.g. "GORE".
    public var sigla: String?
    /// Ministry the service belongs to or relates through.
    public var ministerio: String?
    /// Path (relative to the workspace) of the logo image (PNG, JPEG or SVG).
    public var logo: String?
    /// División that prepares the documents.
    public var division: String?
    /// Departamento that prepares the documents.
    public var departamento: String?
    /// Head of service (jefe/a de servicio) who approves the documents.
    public var jefeServicio: Person?
    /// Region or city, used in resolutions ("Santiago").
    public var ciudad: String?

    /// Creates an institution.
    public init(
        nombre: String, nombreCorto: String? = nil, sigla: String? = nil, ministerio: String? = nil,
        logo: String? = nil, division: String? = nil, departamento: String? = nil,
        jefeServicio: Person? = nil, ciudad: String? = nil
    ) {
        self.nombre = nombre
        self.nombreCorto = nombreCorto
        self.sigla = sigla
        self.ministerio = ministerio
        self.logo = logo
        self.division = division
        self.departamento = departamento
        self.jefeServicio = jefeServicio
        self.ciudad = ciudad
    }

    enum CodingKeys: String, CodingKey {
        case nombre, sigla, ministerio, logo, division, departamento, ciudad
        case nombreCorto = "nombre_corto"
        case jefeServicio = "jefe_servicio"
    }
}

/// A named person with a position.
public struct Person: Codable, Hashable, Sendable {
    /// Full name.
    public var nombre: String
    /// Position (cargo).
    public var cargo: String?

    /// Creates a person.
    public init(nombre: String, cargo: String? = nil) {
        self.nombre = nombre
        self.cargo = cargo
    }
}

/// The institution's identity in the PMG Sistema de Calidad de Servicio y Experiencia Usuaria.
public struct PMGIdentity: Codable, Hashable, Sendable {
    /// `codigo_interno_SCSEU` of the DIPRES master list.
    public var codigoInterno: Int?
    /// PMG year (año de compromiso).
    public var anio: Int
    /// Stage the institution commits.
    public var etapa: PMGStage
    /// Whether the satisfaction measurement (MESU) applies.
    public var aplicaMESU: MESUApplicability
    /// Functional category of the DIPRES master list.
    public var categoriaFuncional: FunctionalCategory?
    /// The Comité's name for this year (it changed in 2025).
    public var comite: String

    /// Creates a PMG identity.
    public init(
        codigoInterno: Int? = nil, anio: Int, etapa: PMGStage, aplicaMESU: MESUApplicability,
        categoriaFuncional: FunctionalCategory? = nil, comite: String
    ) {
        self.codigoInterno = codigoInterno
        self.anio = anio
        self.etapa = etapa
        self.aplicaMESU = aplicaMESU
        self.categoriaFuncional = categoriaFuncional
        self.comite = comite
    }

    enum CodingKeys: String, CodingKey {
        case anio, etapa, comite
        case codigoInterno = "codigo_interno"
        case aplicaMESU = "aplica_mesu"
        case categoriaFuncional = "categoria_funcional"
    }
}

/// PMG stage of the system (`ETAPA` of the DIPRES master list).
public enum PMGStage: String, Codable, Hashable, Sendable, CaseIterable {
    case etapa1 = "Etapa 1"
    case etapa2 = "Etapa 2"
    case etapa3 = "Etapa 3"
    case etapa4 = "Etapa 4"
    case saip = "SAIP"
}

/// Whether MESU applies (`COMPROMETE SISTEMA CON MESU`).
public enum MESUApplicability: String, Codable, Hashable, Sendable, CaseIterable {
    case si = "Sí"
    case no = "No"
    case voluntaria = "Sí (voluntaria)"
}

/// DIPRES functional category.
public enum FunctionalCategory: String, Codable, Hashable, Sendable, CaseIterable {
    case proteccionSocial = "PROTECCIÓN SOCIAL Y MEDIOAMBIENTAL"
    case serviciosGenerales = "SERVICIOS PÚBLICOS GENERALES"
    case educacionSalud = "EDUCACIÓN Y SALUD"
    case regulacion = "REGULACIÓN"
    case fomentoProductivo = "FOMENTO PRODUCTIVO"
}

/// The version of the inputs a workspace holds.
public struct VersionInfo: Codable, Hashable, Sendable {
    /// Short label used in folder names and footers, e.g. "3" or "2024-final".
    public var etiqueta: String
    /// Date of this version (ISO `AAAA-MM-DD`).
    public var fecha: String
    /// What this version is, e.g. "Versión posterior a las recomendaciones de la Red de Expertos".
    public var descripcion: String?
    /// Relative path of the previous version's workspace, used by `diff` and decks.
    public var anterior: String?

    /// Creates version information.
    public init(etiqueta: String, fecha: String, descripcion: String? = nil, anterior: String? = nil) {
        self.etiqueta = etiqueta
        self.fecha = fecha
        self.descripcion = descripcion
        self.anterior = anterior
    }
}

/// A document calidoc builds from a workspace.
public enum DocumentKind: String, Codable, Hashable, Sendable, CaseIterable {
    case politica
    case plan
    case diagnostico
    /// The Informe de resultados del Plan de Mejoramiento (`avance.yaml`).
    case informe
    /// The resolución exenta approving the Política or the Plan.
    case resolucion
}
