import ArgumentParser
import CalidocKit

/// `--format` values checked against the product while parsing arguments (exit 64 with the valid
/// formats listed), so no command accepts a format and then fails at run time.
enum FormatOption {
    /// The formats named (`--format html,odt --format docx`), or `nil` when none was given.
    static func parse(_ values: [String], for product: OutputProduct, language: MessageLanguage) throws -> [OutputFormat]? {
        do {
            return try FormatChoice.parse(values, for: product)
        } catch let error as FormatChoiceError {
            throw ValidationError(error.message(language))
        }
    }

    /// One format for `product`.
    static func parse(_ value: String, for product: OutputProduct, language: MessageLanguage) throws -> OutputFormat {
        do {
            return try FormatChoice.parse(value, for: product)
        } catch let error as FormatChoiceError {
            throw ValidationError(error.message(language))
        }
    }
}
