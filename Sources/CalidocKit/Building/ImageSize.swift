/// Pixel size and media type read from image headers (PNG IHDR, JPEG SOFn), no decoding.
public enum ImageSize {
    /// `image/png`, `image/jpeg`, `image/svg+xml`, or nil.
    ///
    /// PNG needs its whole 8-byte signature and an `IHDR` chunk, JPEG its SOI marker followed by
    /// another marker: a text file renamed `logo.png`, or a PNG cut after its first bytes, is none.
    public static func mediaType(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            return bytes.count >= 24 && bytes[12..<16].elementsEqual(Array("IHDR".utf8)) ? "image/png" : nil
        }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return "image/jpeg" }
        if isSVG(bytes) { return "image/svg+xml" }
        return nil
    }

    /// Text (UTF-8, no control characters) that starts with `<` and has an `<svg` element early on.
    private static func isSVG(_ bytes: [UInt8]) -> Bool {
        var head = Array(bytes.prefix(1024))
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head.removeFirst(3) }
        var text = String(validating: head, as: UTF8.self)
        // The sample may cut a multi-byte character at its end: that is not an error.
        if bytes.count > 1024 {
            for cut in 1...3 where text == nil { text = String(validating: head.dropLast(cut), as: UTF8.self) }
        }
        guard let text, !text.unicodeScalars.contains(where: { $0.value < 0x20 && !"\t\n\r".unicodeScalars.contains($0) })
        else { return false }
        return text.drop(while: \.isWhitespace).hasPrefix("<") && text.contains("<svg")
    }

    /// (width, height) in pixels when the header says.
    public static func read(_ bytes: [UInt8]) -> (Int, Int)? {
        func be32(_ offset: Int) -> Int {
            bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
        }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]), bytes.count >= 24 {
            return (be32(16), be32(20))
        }
        if bytes.starts(with: [0xFF, 0xD8]) {
            var index = 2
            while index + 9 < bytes.count {
                guard bytes[index] == 0xFF else { return nil }
                let marker = bytes[index + 1]
                let length = Int(bytes[index + 2]) << 8 | Int(bytes[index + 3])
                if (0xC0...0xCF).contains(marker) && marker != 0xC4 && marker != 0xC8 && marker != 0xCC {
                    let height = Int(bytes[index + 5]) << 8 | Int(bytes[index + 6])
                    let width = Int(bytes[index + 7]) << 8 | Int(bytes[index + 8])
                    return (width, height)
                }
                index += 2 + length
            }
        }
        return nil
    }
}
