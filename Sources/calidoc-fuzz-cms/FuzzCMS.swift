import CalidocFuzzing
import Foundation

/// libFuzzer entry point: one CMS signature or RFC 3161 token through the CMS parser and checks.
///
/// Built with `-sanitize=fuzzer` and `CALIDOC_FUZZ=1` (see `.ci/fuzz`), libFuzzer's driver runs it;
/// otherwise FuzzCMSReplay replays files given on the command line.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCMS(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    SignaturesFuzzCase.runCMS(UnsafeBufferPointer(start: data, count: data == nil ? 0 : size))
    return 0
}

#if CALIDOC_FUZZ
/// The process entry point under libFuzzer (SwiftPM links `main` to `<module>_main`).
@_cdecl("calidoc_fuzz_cms_main")
public func fuzzCMSMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    FuzzDriver.run(argc: argc, argv: argv) { data, size in fuzzCMS(data, size) }
}
#else
/// Replays inputs without libFuzzer: `calidoc-fuzz-cms crash-…`.
@main
enum FuzzCMSReplay {
    static func main() {
        exit(FuzzReplay.main(arguments: Array(CommandLine.arguments.dropFirst())) { SignaturesFuzzCase.runCMS($0) })
    }
}
#endif
