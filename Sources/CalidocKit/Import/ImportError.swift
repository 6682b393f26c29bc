/// Why `calidoc import` read nothing, or wrote nothing: every case says what to do.
public enum ImportError: CalidocError, Hashable {
    /// The file could not be read at all.
    case unreadable(path: String, reason: String)
    /// An old binary Word document (`.doc`, Word 97–2003).
    case legacyWord(path: String)
    /// A password-protected (encrypted) Word or LibreOffice document.
    case encrypted(path: String)
    /// A PDF: its text has no sections, lists or tables to recognise.
    case pdf(path: String)
    /// Some other kind of file (RTF, plain text, a spreadsheet …).
    case unsupported(path: String, kind: String)
    /// The file is larger than the import reads.
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// The package was refused before being inflated (zip bomb, entry outside the package).
    case unsafePackage(path: String, detail: String)
    /// The document's XML is malformed, declares a DTD (entities) or nests too deeply.
    case badXML(path: String, part: String)
    /// Tables nested deeper than the import follows.
    case tooDeep(path: String, depth: Int, limit: Int)
    /// The document holds more paragraphs than a Política could.
    case tooManyBlocks(path: String, limit: Int)
    /// The document has no text.
    case empty(path: String)
    /// The target folder or one of its files exists already: nothing is overwritten.
    case targetExists(path: String)

    /// Unreadable documents are data errors (exit 65); an existing target is a usage error.
    public var category: ErrorCategory {
        switch self {
        case .targetExists: .usage
        case .unreadable, .legacyWord, .encrypted, .pdf, .unsupported, .tooLarge, .unsafePackage, .badXML, .tooDeep,
            .tooManyBlocks, .empty:
            .input
        }
    }

    private static let saveAsDOCX = LocalizedMessage(
        es: "ábralo en Word o LibreOffice y use «Guardar como» → «Documento de Word (.docx)» (o ODT), y vuelva a importar ese archivo",
        en: "open it in Word or LibreOffice, use «Save as» → «Word Document (.docx)» (or ODT), and import that file")

    /// What failed and what to do, in Spanish or English.
    public func message(_ language: MessageLanguage) -> String {
        let fix = language.pick(Self.saveAsDOCX.es, Self.saveAsDOCX.en)
        switch self {
        case .unreadable(let path, let reason):
            return language.pick("no se puede leer «\(path)»: \(reason)", "cannot read «\(path)»: \(reason)")
        case .legacyWord(let path):
            return language.pick(
                "«\(path)» es un documento de Word antiguo (.doc, Word 97-2003), que calidoc no lee: \(fix)",
                "«\(path)» is an old Word document (.doc, Word 97-2003), which calidoc does not read: \(fix)")
        case .encrypted(let path):
            return language.pick(
                "«\(path)» está protegido con contraseña (cifrado): quite la contraseña (Archivo → Información → Proteger documento) y guárdelo como .docx u .odt",
                "«\(path)» is password-protected (encrypted): remove the password (File → Info → Protect document) and save it as .docx or .odt")
        case .pdf(let path):
            return language.pick(
                "«\(path)» es un PDF, que no conserva secciones, listas ni tablas: importe el documento original en Word o LibreOffice; si solo tiene el PDF, \(fix)",
                "«\(path)» is a PDF, which keeps no sections, lists or tables: import the original Word or LibreOffice document; if you only have the PDF, \(fix)")
        case .unsupported(let path, let kind):
            return language.pick(
                "«\(path)» no es un documento .docx ni .odt (parece \(kind)): \(fix)",
                "«\(path)» is neither a .docx nor an .odt document (it looks like \(kind)): \(fix)")
        case .tooLarge(let path, let bytes, let limit):
            return language.pick(
                "«\(path)» ocupa \(bytes / (1024 * 1024)) MB y el máximo que se importa es \(limit / (1024 * 1024)) MB; una Política no suele pasar de 1 MB: guarde una copia sin imágenes y vuelva a importarla",
                "«\(path)» is \(bytes / (1024 * 1024)) MB and the import reads at most \(limit / (1024 * 1024)) MB; a Política is rarely over 1 MB: save a copy without images and import it")
        case .unsafePackage(let path, let detail):
            return language.pick(
                "«\(path)» no se importa: \(detail); no se descomprimió nada. Si el archivo es suyo, vuelva a guardarlo desde Word o LibreOffice",
                "«\(path)» is not imported: \(detail); nothing was inflated. If the file is yours, save it again from Word or LibreOffice")
        case .badXML(let path, let part):
            return language.pick(
                "«\(path)»: la parte «\(part)» no es XML válido, declara entidades (DTD) o anida demasiado; vuelva a guardar el documento desde Word o LibreOffice",
                "«\(path)»: part «\(part)» is not valid XML, declares entities (DTD) or nests too deeply; save the document again from Word or LibreOffice")
        case .tooDeep(let path, let depth, let limit):
            return language.pick(
                "«\(path)» tiene tablas anidadas \(depth) niveles y el máximo que se importa es \(limit): saque las tablas interiores a texto y vuelva a importar",
                "«\(path)» nests tables \(depth) deep and the import follows at most \(limit): turn the inner tables into text and import again")
        case .tooManyBlocks(let path, let limit):
            return language.pick(
                "«\(path)» tiene más de \(limit) párrafos; una Política tiene unos cientos: ¿es el documento correcto?",
                "«\(path)» has more than \(limit) paragraphs; a Política has a few hundred: is it the right document?")
        case .empty(let path):
            return language.pick(
                "«\(path)» no tiene texto que importar; ¿es el documento correcto? (el texto dentro de imágenes no se lee)",
                "«\(path)» has no text to import; is it the right document? (text inside images is not read)")
        case .targetExists(let path):
            return language.pick(
                "«\(path)» ya existe; calidoc import no sobrescribe nada: elija otra carpeta con --out",
                "«\(path)» already exists; calidoc import never overwrites anything: choose another folder with --out")
        }
    }
}
