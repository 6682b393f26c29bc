import CalidocFuzzing
import Foundation

/// libFuzzer entry point: one template override (first line: its name) through the template
/// checks and, when they pass, every document and writer.
///
/// Built with `-sanitize=fuzzer` and `CALIDOC_FUZZ=1` (see `.ci/fuzz`), libFuzzer's driver runs it;
/// otherwise ``FuzzTemplatesReplay`` replays files given on the command line.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTemplates(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    TemplatesFuzzCase.run(UnsafeBufferPointer(start: data, count: data == nil ? 0 : size))
    return 0
}

#if CALIDOC_FUZZ
/// The process entry point under libFuzzer (SwiftPM links `main` to `<module>_main`).
@_cdecl("calidoc_fuzz_templates_main")
public func fuzzTemplatesMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    FuzzDriver.run(argc: argc, argv: argv) { data, size in fuzzTemplates(data, size) }
}
#else
/// Replays inputs without libFuzzer: `calidoc-fuzz-templates crash-…`.
@main
enum FuzzTemplatesReplay {
    static func main() {
        exit(FuzzReplay.main(arguments: Array(CommandLine.arguments.dropFirst())) { TemplatesFuzzCase.run($0) })
    }
}
#endif
