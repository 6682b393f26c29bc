import Foundation

/// The entry point of a fuzz executable built without libFuzzer: runs each file named on the
/// command line through the fuzz case once, to reproduce a crash under a debugger or in a test.
public enum FuzzReplay {
    /// Runs `fuzzCase` on the bytes of every file in `arguments` (the program name excluded).
    ///
    /// - Parameters:
    ///   - arguments: File paths; libFuzzer-style `-flag` arguments are ignored.
    ///   - fuzzCase: The iteration to run.
    /// - Returns: The process exit status: 0 when every file ran, 64 without files, 66 for an unreadable file.
    public static func main(arguments: [String], _ fuzzCase: ([UInt8]) -> Void) -> Int32 {
        let paths = arguments.filter { !$0.hasPrefix("-") }
        guard !paths.isEmpty else {
            FileHandle.standardError.write(
                Data("usage: calidoc-fuzz-… FILE…  (built without libFuzzer: replays inputs; see .ci/fuzz)\n".utf8))
            return 64
        }
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
                return 66
            }
            fuzzCase([UInt8](data))
            print("ran \(path) (\(data.count) bytes)")
        }
        return 0
    }
}
