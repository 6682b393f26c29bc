import Foundation

/// Reads the institution's logo into a ``Resource`` with its media type and pixel size.
enum LogoResource {
    static func name(for path: String) -> String {
        "logo." + (URL(fileURLWithPath: path).pathExtension.lowercased())
    }

    static func load(for workspace: Workspace) throws -> Resource? {
        guard let path = workspace.manifest.institucion.logo else { return nil }
        let url = workspace.directory.appending(path: path)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw BuildError.badLogo(path: path, reason: "no existe o no se puede leer")
        }
        let bytes = [UInt8](data)
        let size = ImageSize.read(bytes)
        guard let mediaType = ImageSize.mediaType(bytes) else {
            throw BuildError.badLogo(path: path, reason: "use PNG, JPEG o SVG")
        }
        return Resource(
            name: name(for: path), mediaType: mediaType, data: bytes, pixelWidth: size?.0, pixelHeight: size?.1)
    }
}

/// Pixel size and media type read from image headers (PNG IHDR, JPEG SOFn), no decoding.
public enum ImageSize {
    /// `image/png`, `image/jpeg`, `image/svg+xml`, or nil.
    public static func mediaType(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) { return "image/png" }
        if bytes.starts(with: [0xFF, 0xD8]) { return "image/jpeg" }
        let head = String(decoding: bytes.prefix(512), as: UTF8.self)
        if head.contains("<svg") { return "image/svg+xml" }
        return nil
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
