import CalidocKit
import Foundation
import Testing

/// The digest the audit log records of a workspace folder before and after a web write.
@Suite struct FolderDigestTests {
    func folder(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appending(path: "calidoc-huella-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appending(path: path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    @Test func sameFilesSameDigestWhateverTheFolder() throws {
        let files = ["politica.yaml": "a: 1\n", "versiones/1/politica.yaml": "a: 0\n"]
        #expect(FolderDigest.of(try folder(files)) == FolderDigest.of(try folder(files)))
    }

    @Test func anyChangeChangesIt() throws {
        let base = ["politica.yaml": "a: 1\n", "versiones/1/politica.yaml": "a: 0\n"]
        let digest = FolderDigest.of(try folder(base))
        var changedByte = base
        changedByte["versiones/1/politica.yaml"] = "a: 2\n"
        var added = base
        added["sesiones/1.yaml"] = ""
        var renamed = base
        renamed["plan.yaml"] = renamed.removeValue(forKey: "politica.yaml")
        for variant in [changedByte, added, renamed] {
            #expect(FolderDigest.of(try folder(variant)) != digest)
        }
    }

    @Test func hiddenFilesAndMissingFolders() throws {
        let base = ["politica.yaml": "a: 1\n"]
        var hidden = base
        hidden[".importando-123/x.yaml"] = "b"
        #expect(FolderDigest.of(try folder(hidden)) == FolderDigest.of(try folder(base)), "a hidden work folder is not content")
        #expect(FolderDigest.of(URL(fileURLWithPath: "/no/existe/\(UUID().uuidString)")) == AuditChain.none)
    }
}
