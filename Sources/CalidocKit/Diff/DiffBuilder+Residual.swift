import Foundation

extension DiffBuilder {
    /// Statements for every difference between `old` and `new` that no specific rule states
    /// (``DiffCoverage``), each naming the field, what it belongs to and both values.
    func residual<T: DiffCovered & Equatable>(
        _ old: T, _ new: T, element: String, id: String? = nil, owner: String, motivo: String? = nil, respondeA: [String]? = nil
    ) -> [Change] {
        ResidualDiff.changes(old, new).map { statement(for: $0, element: element, id: id, owner: owner, motivo: motivo, respondeA: respondeA) }
    }

    /// Statements for the differences between two whole values outside `coverage`.
    func residual<T: Encodable & Equatable>(_ old: T, _ new: T, coverage: DiffCoverage, element: String, owner: String) -> [Change] {
        ResidualDiff.changes(old, new, coverage: coverage).map { statement(for: $0, element: element, id: nil, owner: owner, motivo: nil, respondeA: nil) }
    }

    /// One field change as a statement: "Se modifica fuentes › período del Diagnóstico: de “2023” a “2024”."
    ///
    /// `owner` is what the field belongs to, in the statements' language ("del principio N°2").
    func statement(for field: FieldChange, element: String, id: String?, owner: String, motivo: String?, respondeA: [String]?) -> Change {
        let label = path(field.path)
        let before = field.before.map(words)
        let after = field.after.map(words)
        var values = ["campo": label.isEmpty ? say(.field(.contenido)) : label, "de": owner, "motivo": Self.reason(motivo)]
        let kind: Change.Kind
        let text: String
        switch (before, after) {
        case (nil, let added?):
            kind = .agregado
            values["nuevo"] = added
            text = say(.field(.agregado), values)
        case (let removed?, nil):
            kind = .eliminado
            values["anterior"] = removed
            text = say(.field(.eliminado), values)
        case (let removed?, let added?):
            kind = .modificado
            values["anterior"] = removed
            values["nuevo"] = added
            text = say(.field(.modificado), values)
        case (nil, nil):
            kind = .modificado
            text = say(.field(.modificado_sin_valores), values)
        }
        return change(kind, element, id: id, oldText: field.before.map(plain), newText: field.after.map(plain), motivo: motivo,
                      respondeA: respondeA, statement: text)
    }

    /// The path as a person reads it: "fuentes › trámites “Solicitud de audiencia” › tiempo esperado".
    func path(_ steps: [FieldChange.Step]) -> String {
        steps.map { step in
            switch step {
            case .key(let key): FieldLabel.readable(key)
            case .item(let name?, _): quote(name)
            case .item(nil, let position): "N°\(position + 1)"
            }
        }
        .joined(separator: " › ")
    }

    /// A value quoted for a statement; long texts are cut at a word with "…".
    func words(_ value: DiffValue) -> String {
        let text = plain(value)
        guard text.count > Self.quotedLimit else { return quote(text) }
        let cut = text.prefix(Self.quotedLimit)
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return quote(String(atWord) + " …")
    }

    /// Longest value quoted whole in a residual statement.
    static let quotedLimit = 240

    /// A value as plain text: scalars as typed, lists joined with commas, records by their name.
    func plain(_ value: DiffValue) -> String {
        switch value {
        case .scalar(let text):
            return InlineWhitespace.collapse(RichText.plain(text))
        case .list(let items):
            return items.map(plain).joined(separator: ", ")
        case .record(let fields):
            for key in ResidualDiff.labelKeys {
                if let named = fields[key] { return plain(named) }
            }
            return fields.keys.sorted().map { FieldLabel.readable($0) + ": " + plain(fields[$0] ?? .scalar("")) }.joined(separator: "; ")
        }
    }
}
