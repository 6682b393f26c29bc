/// The list styles of slide text: automatic styles in `content.xml`, one per list kind, as
/// Impress writes them (it numbers and indents slide lists only from automatic list styles, so
/// the named styles the ODT uses would leave "i." and "I." as plain bullets).
///
/// Impress lays list levels out by `text:space-before` and `text:min-label-width` (it does not
/// read the label-alignment mode the ODT's styles use).
enum ODPListStyles {
    /// Prefix of the automatic list styles' names (before the named style's name).
    static let prefix = "D_"

    /// (named style, bullet or number format, suffix) per list kind, as `ODFTextBody.list` names them.
    private static let kinds: [(name: String, format: String?, suffix: String)] = [
        ("List_20_1", nil, ""),
        ("Numbering_20_123", "1", "."),
        ("Numbering_20_IVX", "I", "."),
        ("Numbering_20_ivx", "i", "."),
        ("Numbering_20_abc", "a", ")"),
    ]

    /// Writes the automatic list styles into `styles` (`office:automatic-styles` of `content.xml`).
    static func write(into styles: XMLWriter) {
        for kind in kinds {
            styles.element("text:list-style", ["style:name": prefix + kind.name]) {
                for level in 1...5 {
                    let indent = ODFLength.cm(Double(level - 1) * 1.1)
                    if let format = kind.format {
                        styles.element("text:list-level-style-number", [
                            "text:level": String(level), "style:num-suffix": kind.suffix, "style:num-format": format,
                        ]) {
                            styles.element("style:list-level-properties", ["text:space-before": indent, "text:min-label-width": "1.1cm"])
                            // Impress draws numbers at a fraction of the text size unless told.
                            styles.element("style:text-properties", ["fo:font-size": "100%"])
                        }
                    } else {
                        styles.element("text:list-level-style-bullet", ["text:level": String(level), "text:bullet-char": level == 1 ? "•" : "–"]) {
                            styles.element("style:list-level-properties", ["text:space-before": indent, "text:min-label-width": "0.8cm"])
                            styles.element("style:text-properties", ["fo:font-size": "100%"])
                        }
                    }
                }
            }
        }
    }
}
