import CalidocKit
import Foundation
import Hummingbird

/// The language of a page: `?lang=en` or `?lang=es` first, else the browser's Accept-Language,
/// else Spanish. A language chosen in the address is kept in every link of the page.
struct PageLanguage: Sendable {
    /// The language.
    let language: MessageLanguage
    /// Whether it came from `?lang=`, so links must carry it on.
    let explicit: Bool

    init(language: MessageLanguage, explicit: Bool) {
        self.language = language
        self.explicit = explicit
    }

    /// The language of `request`.
    init(request: Request) {
        if let chosen = request.uri.queryParameters["lang"].flatMap({ MessageLanguage(rawValue: String($0)) }) {
            self.init(language: chosen, explicit: true)
        } else {
            self.init(language: Self.preferred(request.headers[.acceptLanguage]), explicit: false)
        }
    }

    /// The first of Spanish or English in an Accept-Language header, by quality then order.
    static func preferred(_ header: String?) -> MessageLanguage {
        guard let header else { return .es }
        var best: (MessageLanguage, Double)?
        for item in header.split(separator: ",") {
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let tag = parts.first else { continue }
            let quality = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            let language: MessageLanguage? = tag.hasPrefix("es") ? .es : tag.hasPrefix("en") ? .en : nil
            if let language, quality > 0, quality > (best?.1 ?? 0) { best = (language, quality) }
        }
        return best?.0 ?? .es
    }

    /// `path` with `lang=` added when the language was chosen in the address.
    func link(_ path: String) -> String {
        guard explicit else { return path }
        return path + (path.contains("?") ? "&" : "?") + "lang=\(language.rawValue)"
    }

    /// Spanish or English text.
    func pick(_ spanish: String, _ english: String) -> String { language.pick(spanish, english) }
}
