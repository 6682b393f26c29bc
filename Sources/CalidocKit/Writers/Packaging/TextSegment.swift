/// A piece of run text as office formats need it: text, or a tab or line break element.
///
/// Shared by the ODT and DOCX writers; the split works on UTF-8 bytes (tab and line ends are
/// ASCII), which was several times faster than character-by-character appends.
enum TextSegment: Equatable {
    case text(String)
    case tab
    case lineBreak

    /// The segments of `text` (already sanitized for XML); `\r\n` is one line break.
    static func split(_ text: String) -> [TextSegment] {
        let bytes = Array(text.utf8)
        var segments: [TextSegment] = []
        var start = 0
        var index = 0
        func flush(upTo end: Int) {
            if end > start { segments.append(.text(String(decoding: bytes[start..<end], as: UTF8.self))) }
        }
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == 0x09 || byte == 0x0a || byte == 0x0d else {
                index += 1
                continue
            }
            flush(upTo: index)
            index += (byte == 0x0d && index + 1 < bytes.count && bytes[index + 1] == 0x0a) ? 2 : 1
            segments.append(byte == 0x09 ? .tab : .lineBreak)
            start = index
        }
        flush(upTo: bytes.count)
        return segments
    }
}
