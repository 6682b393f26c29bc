import Foundation

/// The text rules of the import: what Word and LibreOffice put in text that the workspace must not
/// keep (non-breaking and other special spaces, soft hyphens, tabs, manual line breaks), the
/// folded form headings and labels are compared in, and calidoc's light markup from runs.
enum ImportText {
    /// The text with special spaces, tabs and line breaks as plain spaces and soft hyphens,
    /// zero-width characters and byte-order marks removed. Typographic quotes are kept: they are
    /// the document's text (calidoc's own documents print “…”).
    static func normalized(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: continue
            case 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0x00A0, 0x2007, 0x202F, 0x2002...0x2006, 0x2008...0x200A, 0x3000:
                result.unicodeScalars.append(" ")
            case 0x2011: result.unicodeScalars.append("-")
            case 0x00...0x1F, 0x7F: continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Runs of spaces as one space, trimmed at both ends.
    static func collapsed(_ text: String) -> String {
        text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    /// Lower case, without accents, quotes or punctuation at the ends: how headings, column
    /// titles and labels are compared ("VIII. GLOSARIO" and "Glosario" match).
    static func folded(_ text: String) -> String {
        let lowered = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "es"))
        let kept = lowered.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) ? Character($0) : " " }
        return collapsed(String(kept))
    }

    /// calidoc's light markup for runs: `**bold**`, `*italic*`, `\*` for a literal asterisk.
    /// Spaces at the edges of a formatted run go outside its markers, which must touch the text.
    static func markup(_ runs: [SourceRun]) -> String {
        var merged: [SourceRun] = []
        for run in runs where !run.text.isEmpty {
            let blank = run.text.trimmingCharacters(in: .whitespaces).isEmpty
            if let last = merged.last, (last.bold == run.bold && last.italic == run.italic) || blank {
                merged[merged.count - 1].text += run.text
            } else {
                merged.append(run)
            }
        }
        var result = ""
        for run in merged {
            let escaped = run.text.replacingOccurrences(of: "*", with: "\\*")
            let core = escaped.trimmingCharacters(in: .whitespaces)
            guard !core.isEmpty else {
                result += escaped
                continue
            }
            let leading = escaped.prefix { $0 == " " }
            let trailing = String(escaped.reversed().prefix { $0 == " " })
            let marker = (run.bold ? "**" : "") + (run.italic ? "*" : "")
            let closing = (run.italic ? "*" : "") + (run.bold ? "**" : "")
            result += leading + marker + core + closing + trailing
        }
        return collapsed(result)
    }

    /// Text without markup, for comparisons: markers removed, whitespace collapsed.
    static func plain(_ markup: String) -> String {
        collapsed(RichText.plain(markup))
    }
}
