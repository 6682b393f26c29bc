import Foundation
import CalidocKit

/// Splits one fuzz input into workspace files.
///
/// The input is a sequence of sections, each starting with a marker line `#%% <file>` naming an
/// input file (`#%% politica.yaml`); the bytes up to the next marker replace that file of the
/// baseline. Bytes before the first marker, when there are any, replace `politica.yaml`. A marker is
/// a YAML comment, so a section of a real file stays valid YAML.
public enum InputBundle {
    /// The marker that starts a section.
    public static let marker: [UInt8] = Array("#%% ".utf8)

    /// The baseline's files with the sections of `bytes` on top.
    ///
    /// - Parameters:
    ///   - bytes: The fuzz input.
    ///   - base: The files to start from.
    /// - Returns: The files of the workspace to load.
    public static func files(from bytes: some Collection<UInt8>, base: [InputFile: [UInt8]]) -> [InputFile: [UInt8]] {
        var files = base
        var current: InputFile? = .politica
        var section: [UInt8] = []
        var sawContent = false
        func flush() {
            if let current, sawContent || !section.isEmpty { files[current] = section }
            section = []
            sawContent = false
        }
        for line in lines(of: Array(bytes)) {
            if line.starts(with: marker) {
                flush()
                let name = String(decoding: line.dropFirst(marker.count), as: UTF8.self)
                    .trimmingCharacters(in: .whitespacesAndNewlines)
                current = InputFile(rawValue: name)
                sawContent = true
            } else {
                section += line
            }
        }
        flush()
        return files
    }

    /// The lines of `bytes`, each with its `\n`.
    static func lines(of bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var result: [ArraySlice<UInt8>] = []
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            result.append(bytes[start...index])
            start = index + 1
        }
        if start < bytes.count { result.append(bytes[start...]) }
        return result
    }
}
