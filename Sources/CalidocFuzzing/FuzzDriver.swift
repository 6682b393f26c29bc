#if CALIDOC_FUZZ
/// libFuzzer's driver, for executables whose `main` SwiftPM renames to `<module>_main`.
///
/// SwiftPM links every executable with `--defsym main=<module>_main`, so libFuzzer's own `main` is
/// never used; the fuzz executable defines `<module>_main` and hands over to ``run(argc:argv:_:)``.
public enum FuzzDriver {
    /// The one-input callback libFuzzer calls (`LLVMFuzzerTestOneInput`'s signature).
    public typealias TestOneInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32

    /// Runs libFuzzer with the process arguments (corpus folders, `-max_total_time=…` …).
    ///
    /// - Returns: libFuzzer's exit status (non-zero after a crash, a timeout or running out of memory).
    public static func run(
        argc: Int32, argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, _ callback: TestOneInput
    ) -> Int32 {
        var argc = argc
        var argv = argv
        return withUnsafeMutablePointer(to: &argc) { count in
            withUnsafeMutablePointer(to: &argv) { values in
                LLVMFuzzerRunDriver(count, values, callback)
            }
        }
    }
}

/// `int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*UserCb)(const uint8_t *Data, size_t Size))`.
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: FuzzDriver.TestOneInput
) -> Int32
#endif
