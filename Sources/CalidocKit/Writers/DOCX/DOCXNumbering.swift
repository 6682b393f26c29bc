/// `word/numbering.xml`: one abstract definition per list kind, and one `w:num` per list
/// instance so every list restarts where it should (`w:startOverride`).
struct DOCXNumbering {
    /// One list instance: its kind, nesting level and first number.
    struct Instance {
        let kind: ListBlock.Kind
        let level: Int
        let start: Int
    }

    private(set) var instances: [Instance] = []

    /// Registers a list and returns its `w:numId`.
    mutating func register(_ list: ListBlock, level: Int) -> Int {
        instances.append(Instance(kind: list.kind, level: level, start: list.start))
        return instances.count
    }

    static let kinds: [ListBlock.Kind] = [.bulleted, .decimal, .upperRoman, .lowerRoman, .lowerAlpha]

    static func abstractId(_ kind: ListBlock.Kind) -> Int {
        kinds.firstIndex(of: kind) ?? 0
    }

    func part() -> [UInt8] {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:numbering xmlns:w=\"\(DOCXStyles.namespace)\">"
        for kind in Self.kinds {
            xml += "<w:abstractNum w:abstractNumId=\"\(Self.abstractId(kind))\"><w:multiLevelType w:val=\"multilevel\"/>"
            for level in 0..<9 {
                let (format, text) = Self.format(kind, level: level)
                let indent = 720 + level * 360
                xml += "<w:lvl w:ilvl=\"\(level)\"><w:start w:val=\"1\"/><w:numFmt w:val=\"\(format)\"/>"
                xml += "<w:lvlText w:val=\"\(text)\"/><w:lvlJc w:val=\"left\"/>"
                xml += "<w:pPr><w:ind w:left=\"\(indent)\" w:hanging=\"360\"/></w:pPr></w:lvl>"
            }
            xml += "</w:abstractNum>"
        }
        for (index, instance) in instances.enumerated() {
            xml += "<w:num w:numId=\"\(index + 1)\"><w:abstractNumId w:val=\"\(Self.abstractId(instance.kind))\"/>"
            xml += "<w:lvlOverride w:ilvl=\"\(instance.level)\"><w:startOverride w:val=\"\(max(instance.start, 0))\"/></w:lvlOverride></w:num>"
        }
        return Array((xml + "</w:numbering>").utf8)
    }

    static func format(_ kind: ListBlock.Kind, level: Int) -> (String, String) {
        let placeholder = "%\(level + 1)"
        switch kind {
        case .bulleted: return ("bullet", level % 2 == 0 ? "•" : "◦")
        case .decimal: return ("decimal", placeholder + ".")
        case .upperRoman: return ("upperRoman", placeholder + ".")
        case .lowerRoman: return ("lowerRoman", placeholder + ".")
        case .lowerAlpha: return ("lowerLetter", placeholder + ")")
        }
    }
}
