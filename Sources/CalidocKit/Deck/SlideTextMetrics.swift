/// How much room slide text takes, estimated from Liberation Sans's widths
/// (``LiberationSansMetrics``) with the sizes and frames the ODP and PPTX writers use, so a
/// content slide is filled before its text continues on the next one.
///
/// Both decks are 16:9; lengths here are on the ODP slide (28 × 15.75 cm), where the body is
/// ``bodySize`` points; the PPTX slide is 1.21 times larger with its text in proportion
/// (``pptxBodySize``), so the same text wraps alike on both.
enum SlideTextMetrics {
    /// Body text size on the ODP slide, in points (never below 18 for a readable slide).
    static let bodySize = 20.0
    /// Body text size on the PPTX slide (33.87 cm wide), in points.
    static let pptxBodySize = 24.0
    /// Width of the body frame, in points (25.2 cm).
    static let bodyWidth = 25.2 / 2.54 * 72
    /// Height of the body frame, in points: the smaller of the two decks' frames (the PPTX body,
    /// 13.72 cm, is 11.34 cm at the ODP's scale).
    static let bodyHeight = 11.34 / 2.54 * 72
    /// Space between paragraphs, in points (the ODP's 0.15 cm; the PPTX's 4 pt before).
    static let paragraphSpacing = 4.25
    /// Indentation of each list level, in points (0.66 cm, the PPTX's 285 750 EMU at this scale).
    static let levelIndent = 0.66 / 2.54 * 72
    /// The share of the frame's height an estimate may fill: renderers break lines a little
    /// differently, and the last line of a slide must not touch the footer.
    static let margin = 0.94
    /// The share of the frame's width a line may fill in the estimate.
    static let widthMargin = 0.98

    /// The height of a block at list level `level`, in points. A figure fills the slide.
    static func height(of block: Block, level: Int) -> Double {
        switch block {
        case .heading(_, let content, _):
            return paragraphHeight(content, level: level, bold: true)
        case .paragraph(let content, _):
            return paragraphHeight(content, level: level, bold: false)
        case .list(let list):
            return list.items.reduce(0) { $0 + height(ofItem: $1, level: level + 1) }
        case .table(let table):
            return Double(table.headerRows.count + table.bodyRows.count) * (lineHeight + paragraphSpacing)
        case .figure:
            return bodyHeight
        case .blockQuote(let children, _), .section(let children, _):
            return children.reduce(0) { $0 + height(of: $1, level: level) }
        case .tableOfContents:
            return lineHeight + paragraphSpacing
        }
    }

    /// The height of a list item at `level` (1 for a top-level list): its first paragraph
    /// carries the number, the rest and nested lists go one level deeper.
    static func height(ofItem item: [Block], level: Int) -> Double {
        item.enumerated().reduce(0) { total, entry in
            let (position, block) = entry
            if case .list = block { return total + height(of: block, level: level) }
            return total + height(of: block, level: position == 0 ? level : level + 1)
        }
    }

    /// One line of body text, in points.
    static var lineHeight: Double { bodySize * LiberationSansMetrics.lineHeight }

    /// The lines a paragraph takes at `level` (0 for a paragraph, 1 for a top-level list item),
    /// wrapping words as a renderer does.
    static func lines(_ content: [Inline], level: Int, bold: Bool) -> Int {
        let available = (bodyWidth * widthMargin - Double(level) * levelIndent) * 1000 / bodySize
        let space = Double(LiberationSansMetrics.width(" ", bold: false))
        var lines = 1
        var used = 0.0
        for (word, isBold) in words(content, bold: bold) {
            if word == "\n" {
                lines += 1
                used = 0
                continue
            }
            let width = Double(LiberationSansMetrics.width(word, bold: isBold))
            if used > 0, used + space + width > available {
                lines += 1
                used = width
            } else {
                used += (used > 0 ? space : 0) + width
            }
            // A word longer than the line breaks inside it.
            while used > available {
                lines += 1
                used -= available
            }
        }
        return lines
    }

    private static func paragraphHeight(_ content: [Inline], level: Int, bold: Bool) -> Double {
        Double(lines(content, level: level, bold: bold)) * lineHeight + paragraphSpacing
    }

    /// The words of inline content with whether each is bold (a word split by formatting counts
    /// as two, which only errs wide).
    private static func words(_ content: [Inline], bold: Bool) -> [(String, Bool)] {
        content.flatMap { inline -> [(String, Bool)] in
            switch inline {
            case .text(let text):
                return text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map { (String($0), bold) }
            case .strong(let children): return words(children, bold: true)
            case .span(let classes, let children): return words(children, bold: bold || SpanStyle(classes: classes).bold)
            case .emphasis(let children), .underline(let children), .link(_, let children): return words(children, bold: bold)
            case .tracked(let change, let children): return change.kind == .insertion ? words(children, bold: bold) : []
            case .lineBreak: return [("\n", bold)]
            case .image(let image): return [("[\(image.alt)]", bold)]
            }
        }
    }
}
