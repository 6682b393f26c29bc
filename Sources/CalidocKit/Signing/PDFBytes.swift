import Foundation

/// Byte-level reading of PDF syntax that signature checks need (no full PDF parser: signature
/// dictionaries are plain, uncompressed objects).
enum PDFBytes {
    /// First occurrence of `needle` at or after `start` (starting at most `limit` bytes after it).
    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int, limit: Int = Int.max) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count, start >= 0 else { return nil }
        var index = start
        let (bound, overflow) = start.addingReportingOverflow(limit)
        let last = min(haystack.count - needle.count, overflow ? Int.max : bound)
        while index <= last {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// Last occurrence of `needle` ending before `end` (at most `limit` bytes before it).
    static func findBackward(_ needle: [UInt8], in haystack: [UInt8], before end: Int, limit: Int = Int.max) -> Int? {
        var index = min(end, haystack.count) - needle.count
        let lowest = max(0, end - min(limit, end))
        while index >= lowest {
            if haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index -= 1
        }
        return nil
    }

    /// `count` non-negative integers inside the `[ … ]` array that follows `position`.
    static func integers(in pdf: [UInt8], after position: Int, count: Int) -> [Int]? {
        guard let open = find([UInt8(ascii: "[")], in: pdf, from: position), open - position < 16,
              let close = find([UInt8(ascii: "]")], in: pdf, from: open), close - open < 128
        else { return nil }
        let words = latin1(pdf[(open + 1)..<close]).split(whereSeparator: \.isWhitespace)
        let numbers = words.compactMap { Int($0) }
        guard words.count == count, numbers.count == count, numbers.allSatisfy({ $0 >= 0 }) else { return nil }
        return numbers
    }

    /// The bytes as ISO 8859-1 text (every byte maps to one character).
    static func latin1(_ bytes: ArraySlice<UInt8>) -> String {
        String(bytes.map { Character(Unicode.Scalar($0)) })
    }

    /// Decodes hex digits (whitespace allowed).
    static func hexDecode(_ bytes: ArraySlice<UInt8>) -> [UInt8]? {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count / 2)
        var high: UInt8?
        for byte in bytes {
            let value: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): value = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): value = byte - UInt8(ascii: "A") + 10
            case 0x20, 0x0a, 0x0d, 0x09: continue
            default: return nil
            }
            if let pending = high {
                result.append(pending << 4 | value)
                high = nil
            } else {
                high = value
            }
        }
        return result
    }

    /// The name after `key` (`/SubFilter /adbe.pkcs7.detached` → `adbe.pkcs7.detached`).
    static func nameValue(_ key: String, in text: String) -> String? {
        guard let range = text.range(of: key + " /") ?? text.range(of: key + "/") else { return nil }
        let rest = text[range.upperBound...]
        return String(rest.prefix { !$0.isWhitespace && !"/<>[]()".contains($0) })
    }

    /// The literal string `( … )` after `key`, with escapes and UTF-16 (BOM) decoded.
    static func stringValue(_ key: String, in text: String) -> String? {
        var search = text.startIndex
        while let range = text.range(of: key, range: search..<text.endIndex) {
            search = range.upperBound
            // Skip longer keys that share the prefix (/M vs /Metadata).
            let rest = text[range.upperBound...].drop { $0 == " " || $0 == "\n" || $0 == "\r" }
            guard rest.first == "(" else { continue }
            return literalString(rest.dropFirst())
        }
        return nil
    }

    private static func literalString(_ text: Substring) -> String {
        var bytes: [UInt8] = []
        var depth = 0
        var iterator = text.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            switch scalar {
            case "\\":
                guard let next = iterator.next() else { break }
                switch next {
                case "n": bytes.append(0x0a)
                case "r": bytes.append(0x0d)
                case "t": bytes.append(0x09)
                case "0"..."7":
                    var value = next.value - 48
                    var lookahead = iterator
                    for _ in 0..<2 {
                        guard let digit = lookahead.next(), ("0"..."7").contains(digit) else { break }
                        value = value * 8 + digit.value - 48
                        iterator = lookahead
                    }
                    bytes.append(UInt8(truncatingIfNeeded: value))
                default: bytes.append(UInt8(truncatingIfNeeded: next.value))
                }
            case "(":
                depth += 1
                bytes.append(0x28)
            case ")":
                if depth == 0 { return decodeText(bytes) }
                depth -= 1
                bytes.append(0x29)
            default:
                bytes.append(UInt8(truncatingIfNeeded: scalar.value))
            }
        }
        return decodeText(bytes)
    }

    /// PDF text strings: UTF-16BE with a BOM, UTF-8 with a BOM, or PDFDocEncoding (≈ Latin-1).
    private static func decodeText(_ bytes: [UInt8]) -> String {
        if bytes.starts(with: [0xfe, 0xff]) {
            let units = stride(from: 2, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
            return String(decoding: units, as: UTF16.self)
        }
        if bytes.starts(with: [0xef, 0xbb, 0xbf]) { return String(decoding: bytes.dropFirst(3), as: UTF8.self) }
        return latin1(bytes[...])
    }
}
