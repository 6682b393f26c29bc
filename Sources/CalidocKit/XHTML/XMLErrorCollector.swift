import CLibXML2
import Foundation

/// Captures libxml2's structured errors (line and message) during one call instead of printing them.
final class XMLErrorCollector {
    private(set) var errors: [(Int, String)] = []

    func capture<T>(_ body: () -> T) -> T {
        let context = Unmanaged.passUnretained(self).toOpaque()
        xmlSetStructuredErrorFunc(context) { context, error in
            guard let context, let error else { return }
            let collector = Unmanaged<XMLErrorCollector>.fromOpaque(context).takeUnretainedValue()
            let message = error.pointee.message.map { String(cString: $0) } ?? "error XML"
            collector.errors.append((Int(error.pointee.line), message.trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        return body()
    }
}
