import CalidocFuzzing
import Foundation

/// libFuzzer entry point: a program of template shapes (see ``TemplateDepthFuzzCase``) rendered
/// under calidoc's template bounds.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTemplateDepth(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    TemplateDepthFuzzCase.run(UnsafeBufferPointer(start: data, count: data == nil ? 0 : size))
    return 0
}

#if CALIDOC_FUZZ
/// The process entry point under libFuzzer (SwiftPM links `main` to `<module>_main`).
@_cdecl("calidoc_fuzz_template_depth_main")
public func fuzzTemplateDepthMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    FuzzDriver.run(argc: argc, argv: argv) { data, size in fuzzTemplateDepth(data, size) }
}
#else
/// Replays inputs without libFuzzer: `calidoc-fuzz-template-depth crash-…`.
@main
enum FuzzTemplateDepthReplay {
    static func main() {
        exit(FuzzReplay.main(arguments: Array(CommandLine.arguments.dropFirst())) { TemplateDepthFuzzCase.run($0) })
    }
}
#endif
