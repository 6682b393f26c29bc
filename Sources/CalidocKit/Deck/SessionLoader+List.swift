import Foundation

extension SessionLoader {
    /// The numbers of the sessions the workspace at `directory` has (`sesiones/N.yaml`, N ≥ 1), ascending.
    public static func numbers(in directory: URL) -> [Int] {
        let folder = directory.appending(path: "sesiones")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.compactMap { name -> Int? in
            guard name.hasSuffix(".yaml"), let number = Int(name.dropLast(".yaml".count)), number >= 1,
                  String(number) + ".yaml" == name
            else { return nil }
            return number
        }.sorted()
    }

    /// The session `number`'s date and title when its file reads without errors (`nil` otherwise).
    public static func summary(number: Int, in directory: URL) -> Session? {
        try? load(number: number, in: directory)
    }
}
