import CalidocFuzzing
import Foundation

/// libFuzzer entry point: one input bundle through load → validate → build → every writer.
///
/// Built with `-sanitize=fuzzer` and `CALIDOC_FUZZ=1` (see `.ci/fuzz`), libFuzzer's driver runs it;
/// otherwise ``FuzzInputsReplay`` replays files given on the command line.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzInputs(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    InputsFuzzCase.run(UnsafeBufferPointer(start: data, count: data == nil ? 0 : size))
    return 0
}

#if CALIDOC_FUZZ
/// The process entry point under libFuzzer (SwiftPM links `main` to `<module>_main`).
@_cdecl("calidoc_fuzz_inputs_main")
public func fuzzInputsMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    FuzzDriver.run(argc: argc, argv: argv) { data, size in fuzzInputs(data, size) }
}
#else
/// Replays inputs without libFuzzer: `calidoc-fuzz-inputs crash-…`.
@main
enum FuzzInputsReplay {
    static func main() {
        exit(FuzzReplay.main(arguments: Array(CommandLine.arguments.dropFirst())) { InputsFuzzCase.run($0) })
    }
}
#endif
