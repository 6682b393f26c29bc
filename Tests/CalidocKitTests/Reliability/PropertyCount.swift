import Foundation

/// How many cases a property test runs: the given default, or `CALIDOC_PROPERTY_CASES` to explore
/// further (`CALIDOC_PROPERTY_CASES=1000 swift test --filter Property`).
enum PropertyCount {
    static func cases(_ standard: Int) -> Int {
        Int(ProcessInfo.processInfo.environment["CALIDOC_PROPERTY_CASES"] ?? "") ?? standard
    }
}
