/// Character-level safety for text that goes into XML.
public enum XMLText {
    /// Whether XML 1.0 allows this scalar in a document
    /// (`#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]`).
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF: true
        case 0xE000...0xFFFD: true
        case 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// The text without the characters XML 1.0 forbids.
    public static func sanitized(_ text: String) -> String {
        guard mayHaveForbidden(text), text.unicodeScalars.contains(where: { !isAllowed($0) }) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.filter(isAllowed))
        return String(scalars)
    }

    /// A byte-level pre-check: forbidden scalars are C0 controls other than tab and line ends, or
    /// U+FFFE/U+FFFF (UTF-8 `EF BF BE`/`EF BF BF`); Swift strings never hold surrogates.
    static func mayHaveForbidden(_ text: String) -> Bool {
        func scan(_ bytes: some Sequence<UInt8>) -> Bool {
            var sawEF = false
            for byte in bytes where byte < 0x20 || byte == 0xef {
                if byte == 0xef {
                    sawEF = true
                } else if byte != 0x09 && byte != 0x0a && byte != 0x0d {
                    return true
                }
            }
            return sawEF
        }
        var text = text
        // Native strings are contiguous UTF-8: scan the buffer directly.
        return text.withUTF8 { scan($0) }
    }

    /// The first forbidden scalar and its offset in characters, if any.
    public static func firstForbidden(in text: String) -> (scalar: Unicode.Scalar, offset: Int)? {
        var offset = 0
        for character in text {
            for scalar in character.unicodeScalars where !isAllowed(scalar) {
                return (scalar, offset)
            }
            offset += 1
        }
        return nil
    }

    /// Escapes `&`, `<`, `>`, `"` and `'` (for hand-built markup such as HTML).
    public static func escaped(_ text: String) -> String {
        replacingMarkup(sanitized(text), lineBreaks: false)
    }

    /// Like ``escaped(_:)``, and tabs and line ends as character references too: inside an
    /// attribute an XML parser would otherwise turn them into spaces.
    public static func attributeEscaped(_ text: String) -> String {
        replacingMarkup(sanitized(text), lineBreaks: true)
    }

    /// One pass over the bytes (every character replaced is ASCII); most text needs no change at
    /// all and is returned as it came. The editor's form escapes thousands of values per page.
    private static func replacingMarkup(_ clean: String, lineBreaks: Bool) -> String {
        func needsReference(_ byte: UInt8) -> Bool {
            switch byte {
            case 0x26, 0x3c, 0x3e, 0x22, 0x27: true
            case 0x09, 0x0a, 0x0d: lineBreaks
            default: false
            }
        }
        guard clean.utf8.contains(where: needsReference) else { return clean }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(clean.utf8.count + 16)
        for byte in clean.utf8 {
            switch byte {
            case 0x26: bytes.append(contentsOf: "&amp;".utf8)
            case 0x3c: bytes.append(contentsOf: "&lt;".utf8)
            case 0x3e: bytes.append(contentsOf: "&gt;".utf8)
            case 0x22: bytes.append(contentsOf: "&quot;".utf8)
            case 0x27: bytes.append(contentsOf: "&#39;".utf8)
            case 0x09 where lineBreaks: bytes.append(contentsOf: "&#9;".utf8)
            case 0x0a where lineBreaks: bytes.append(contentsOf: "&#10;".utf8)
            case 0x0d where lineBreaks: bytes.append(contentsOf: "&#13;".utf8)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
