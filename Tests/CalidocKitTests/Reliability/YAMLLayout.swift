import PropertyBased
import Yams

/// The ways a person or an editor may lay out the same YAML: accents escaped or literal, long lines
/// folded, CRLF line ends, flow or block collections, multi-line text as literal, folded or quoted
/// scalars, a `---` start, wider indentation. A round trip must not depend on any of them.
struct YAMLLayout: Sendable, CustomStringConvertible {
    var allowUnicode: Bool
    var width: Int
    var crlf: Bool
    var flow: Bool
    var multilineStyle: Int
    var explicitStart: Bool
    var indent: Int

    static var multilineStyles: [Node.Scalar.Style] { [.any, .literal, .folded, .doubleQuoted, .singleQuoted] }

    /// Every layout, shrinking towards Yams' defaults.
    static let generator: AnyGenerator<YAMLLayout> = zip(
        Gen.bool, TextGenerators.element(of: [0, 24]), Gen.bool, Gen.bool(0.25),
        Gen.int(in: 0...(multilineStyles.count - 1)), Gen.bool, TextGenerators.element(of: [0, 4])
    ).map {
        YAMLLayout(allowUnicode: $0, width: $1, crlf: $2, flow: $3, multilineStyle: $4, explicitStart: $5, indent: $6)
    }.eraseToAny()

    /// An encoder writing this layout.
    var encoder: YAMLEncoder {
        let encoder = YAMLEncoder()
        encoder.options = YAMLEncoder.Options(
            indent: indent, width: width, allowUnicode: allowUnicode, lineBreak: crlf ? .crln : .ln,
            explicitStart: explicitStart, sequenceStyle: flow ? .flow : .any, mappingStyle: flow ? .flow : .any,
            newLineScalarStyle: Self.multilineStyles[multilineStyle])
        return encoder
    }

    var description: String {
        "YAMLLayout(unicode: \(allowUnicode), width: \(width), crlf: \(crlf), flow: \(flow), "
            + "multiline: \(Self.multilineStyles[multilineStyle]), ---: \(explicitStart), indent: \(indent))"
    }
}
