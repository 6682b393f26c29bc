import Foundation

/// Reads the institution's logo into a ``Resource`` with its media type and pixel size.
///
/// The path must stay inside the workspace (``WorkspacePath``), the file is read only up to
/// ``maximumBytes``, and its first bytes must be PNG, JPEG or SVG whatever its name says.
enum LogoResource {
    /// Largest logo read (10 MB; a logo for a page header is a few hundred kilobytes).
    static let maximumBytes = 10 * 1024 * 1024

    static func name(for path: String) -> String {
        "logo." + (URL(fileURLWithPath: path).pathExtension.lowercased())
    }

    static func load(for workspace: Workspace) throws -> Resource? {
        guard let path = workspace.manifest.institucion.logo else { return nil }
        let url: URL
        switch WorkspacePath.resolve(path, in: workspace.directory) {
        case .success(let resolved): url = resolved
        case .failure(let problem): throw BuildError.badLogo(path: path, reason: problem.message)
        }
        let bytes: [UInt8]
        switch BoundedFile.read(url, limit: maximumBytes) {
        case .success(let read):
            bytes = read
        case .failure(.tooLarge(let size)):
            throw BuildError.badLogo(
                path: path,
                reason: LocalizedMessage(
                    es: "pesa \(size / 1024) KB y el máximo es \(maximumBytes / 1024) KB; use una imagen más liviana",
                    en: "it is \(size / 1024) KB and the limit is \(maximumBytes / 1024) KB; use a lighter image"))
        case .failure(.notRegular):
            throw BuildError.badLogo(
                path: path, reason: LocalizedMessage(es: "no es un archivo normal", en: "it is not a regular file"))
        case .failure(.missing), .failure(.unreadable):
            throw BuildError.badLogo(
                path: path, reason: LocalizedMessage(es: "no existe o no se puede leer", en: "it does not exist or cannot be read"))
        }
        guard let mediaType = ImageSize.mediaType(bytes) else {
            throw BuildError.badLogo(
                path: path,
                reason: LocalizedMessage(
                    es: "su contenido no es una imagen PNG, JPEG ni SVG (el nombre no basta); exporte el logo en uno de esos formatos",
                    en: "its content is not a PNG, JPEG or SVG image (the name is not enough); export the logo in one of those formats"))
        }
        let size = ImageSize.read(bytes)
        return Resource(
            name: name(for: path), mediaType: mediaType, data: bytes, pixelWidth: size?.0, pixelHeight: size?.1)
    }
}
