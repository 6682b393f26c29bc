/// The formats a person asked for (`--format html,odt --format docx`), checked against the product
/// before anything runs: an unknown name or a format that cannot write the product is refused with
/// the list of the formats that can.
public enum FormatChoice {
    /// The formats named in `values` (each may hold several, separated by commas), or `nil` when none
    /// is named.
    ///
    /// - Throws: ``FormatChoiceError`` for the first name that is unknown or does not serve `product`.
    public static func parse(_ values: [String], for product: OutputProduct) throws -> [OutputFormat]? {
        let names = values.flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            .filter { !$0.isEmpty }
        guard !names.isEmpty else { return nil }
        var formats: [OutputFormat] = []
        for name in names {
            let format = try parse(name, for: product)
            if !formats.contains(format) { formats.append(format) }
        }
        return formats
    }

    /// One format name for `product`.
    ///
    /// - Throws: ``FormatChoiceError``.
    public static func parse(_ name: String, for product: OutputProduct) throws -> OutputFormat {
        var cleaned = name.trimmingCharacters(in: .whitespaces).lowercased()
        // ".docx" means the same as "docx".
        if cleaned.hasPrefix(".") { cleaned.removeFirst() }
        guard let format = OutputFormat(rawValue: cleaned) ?? OutputFormat.allCases.first(where: { $0.fileExtension == cleaned }) else {
            throw FormatChoiceError(name: name, product: product, format: nil)
        }
        guard format.serves(product) else { throw FormatChoiceError(name: name, product: product, format: format) }
        return format
    }
}

/// A `--format` that is unknown, or known but unable to write what was asked.
public struct FormatChoiceError: CalidocError, Equatable {
    /// The name as typed.
    public let name: String
    /// What was asked for.
    public let product: OutputProduct
    /// The format the name means, when calidoc knows it (for another product); `nil` when unknown.
    public let format: OutputFormat?

    /// A usage error (exit 64).
    public var category: ErrorCategory { .usage }

    /// The formats that would work, comma-separated.
    public var validNames: String { OutputFormat.serving(product).map(\.rawValue).joined(separator: ", ") }

    /// Names the problem and lists the formats that serve the product.
    public func message(_ language: MessageLanguage) -> String {
        if let format {
            let others = OutputProduct.allCases.filter(format.serves).map { $0.name(language) }.joined(separator: ", ")
            return language.pick(
                "el formato «\(name)» no sirve para \(product.name(.es)) (solo para \(others)); use uno de: \(validNames)",
                "the «\(name)» format cannot write \(product.name(.en)) (only \(others)); use one of: \(validNames)")
        }
        return language.pick(
            "formato desconocido «\(name)»; para \(product.name(.es)) use uno de: \(validNames)",
            "unknown format «\(name)»; for \(product.name(.en)) use one of: \(validNames)")
    }
}
