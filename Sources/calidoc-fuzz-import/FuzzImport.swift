import CalidocFuzzing
import Foundation

/// libFuzzer entry point: one uploaded document (or a fuzzed DOCX/ODT body) through `calidoc import`.
///
/// Built with `-sanitize=fuzzer` and `CALIDOC_FUZZ=1` (see `.ci/fuzz`), libFuzzer's driver runs it;
/// otherwise FuzzImportReplay replays files given on the command line.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImport(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    ImportFuzzCase.run(UnsafeBufferPointer(start: data, count: data == nil ? 0 : size))
    return 0
}

#if CALIDOC_FUZZ
/// The process entry point under libFuzzer (SwiftPM links `main` to `<module>_main`).
@_cdecl("calidoc_fuzz_import_main")
public func fuzzImportMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    FuzzDriver.run(argc: argc, argv: argv) { data, size in fuzzImport(data, size) }
}
#else
/// Replays inputs without libFuzzer: `calidoc-fuzz-import crash-…`.
@main
enum FuzzImportReplay {
    static func main() {
        exit(FuzzReplay.main(arguments: Array(CommandLine.arguments.dropFirst())) { ImportFuzzCase.run($0) })
    }
}
#endif
