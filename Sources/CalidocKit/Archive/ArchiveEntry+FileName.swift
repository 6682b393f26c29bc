extension ArchiveEntry.File {
    /// The roles a file can have, and the folder `export` restores it to.
    static let folders = ["entrada": "", "firmado": "firmados/", "salida": "salidas/"]

    /// Whether `name` is a plain file name: not empty, not `.` or `..`, no `/`, `\`, NUL or control
    /// characters, at most 255 bytes. Names in the index are data; anything else could write
    /// outside the export folder.
    public static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && name != "." && name != ".." && name.utf8.count <= 255
            && !name.unicodeScalars.contains { $0 == "/" || $0 == "\\" || $0.value < 0x20 || $0.value == 0x7f }
    }

    /// Where `export` puts this file inside the destination, or `nil` when its role or name is not
    /// one calidoc writes.
    var exportPath: String? {
        guard Self.isPlainName(nombre), let folder = Self.folders[rol] else { return nil }
        return folder + nombre
    }
}
