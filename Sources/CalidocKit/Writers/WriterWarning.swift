/// Something of the document a format could not show (PPTX has no table of contents, Markdown no
/// embedded images …). The writer still succeeds; the CLI prints each warning, so nothing
/// disappears silently.
public struct WriterWarning: Hashable, Sendable {
    /// What was not rendered.
    public enum Loss: Hashable, Sendable {
        /// An image shown as its alternative text, or left out.
        case image(alt: String)
        /// An image whose resource is missing from the document (its alternative text stands in).
        case missingImage(source: String)
        /// The table of contents.
        case tableOfContents
        /// A table written as one line per row.
        case tableFlattened
        /// Underlining (the format has none).
        case underline
        /// Tracked changes (insertions kept as plain text, deletions left out).
        case trackedChanges
        /// A cell spanning several columns or rows, written as a single cell.
        case cellSpan
        /// Several blocks in a table cell, joined into one line.
        case cellBlocks
    }

    /// The format that lost it.
    public var format: OutputFormat
    /// What was lost.
    public var loss: Loss
    /// Where (a slide title, a heading), when known.
    public var place: String?

    /// Creates a warning.
    public init(format: OutputFormat, loss: Loss, place: String? = nil) {
        self.format = format
        self.loss = loss
        self.place = place
    }

    /// The warning in Spanish or English, without the leading "advertencia:".
    public func message(_ language: MessageLanguage) -> String {
        let name = format.rawValue.uppercased()
        let text: String
        switch loss {
        case .image(let alt):
            text = language.pick(
                "\(name) no muestra la imagen «\(alt)»; queda su texto alternativo o se omite",
                "\(name) does not show the image «\(alt)»; its alternative text stands in or it is left out")
        case .missingImage(let source):
            text = language.pick(
                "falta el recurso de imagen «\(source)»; se escribe su texto alternativo",
                "the image resource «\(source)» is missing; its alternative text is written instead")
        case .tableOfContents:
            text = language.pick("\(name) no incluye el índice (tabla de contenidos)", "\(name) leaves out the table of contents")
        case .tableFlattened:
            text = language.pick("\(name) escribe una tabla como una línea por fila", "\(name) writes a table as one line per row")
        case .underline:
            text = language.pick("\(name) no tiene subrayado; el texto queda sin subrayar", "\(name) has no underline; the text is not underlined")
        case .trackedChanges:
            text = language.pick(
                "\(name) no muestra el control de cambios: queda el texto nuevo, sin lo eliminado",
                "\(name) does not show tracked changes: the new text stays, deletions are left out")
        case .cellSpan:
            text = language.pick(
                "\(name) no une celdas; una celda que abarca varias columnas o filas queda como una sola",
                "\(name) cannot merge cells; a cell spanning several columns or rows becomes one cell")
        case .cellBlocks:
            text = language.pick(
                "\(name) admite una sola línea por celda; los párrafos o listas de una celda se unen",
                "\(name) allows one line per cell; paragraphs or lists in a cell are joined")
        }
        guard let place, !place.isEmpty else { return text }
        return text + language.pick(" (en «\(place)»)", " (in «\(place)»)")
    }
}

/// Collects warnings while a writer walks the model; a reference so value-type walkers can share it.
final class WarningLog {
    let format: OutputFormat
    private(set) var warnings: [WriterWarning] = []
    /// Where the walker is (a slide title), attached to the warnings logged there.
    var place: String?

    init(format: OutputFormat) {
        self.format = format
    }

    func log(_ loss: WriterWarning.Loss) {
        let warning = WriterWarning(format: format, loss: loss, place: place)
        if !warnings.contains(warning) { warnings.append(warning) }
    }
}
