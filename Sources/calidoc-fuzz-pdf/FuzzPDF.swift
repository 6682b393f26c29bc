import CalidocFuzzing
import Foundation

/// libFuzzer entry point: one PDF through the signature reader (every /ByteRange dictionary, its CMS, the report).
///
/// Built with `-sanitize=fuzzer` and `CALIDOC_FUZZ=1` (see `.ci/fuzz`), libFuzzer's driver runs it;
/// otherwise FuzzPDFReplay replays files given on the command line.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPDF(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    SignaturesFuzzCase.runPDF(UnsafeBufferPointer(start: data, count: data == nil ? 0 : size))
    return 0
}

#if CALIDOC_FUZZ
/// The process entry point under libFuzzer (SwiftPM links `main` to `<module>_main`).
@_cdecl("calidoc_fuzz_pdf_main")
public func fuzzPDFMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    FuzzDriver.run(argc: argc, argv: argv) { data, size in fuzzPDF(data, size) }
}
#else
/// Replays inputs without libFuzzer: `calidoc-fuzz-pdf crash-…`.
@main
enum FuzzPDFReplay {
    static func main() {
        exit(FuzzReplay.main(arguments: Array(CommandLine.arguments.dropFirst())) { SignaturesFuzzCase.runPDF($0) })
    }
}
#endif
