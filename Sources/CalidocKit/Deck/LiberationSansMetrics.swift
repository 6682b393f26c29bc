/// Advance widths of Liberation Sans (regular and bold), the font calidoc's decks name and
/// LibreOffice renders them with (Debian `fonts-liberation2`; metric-compatible with Arial, so
/// PowerPoint lays the text out alike). In thousandths of an em, read once from the fonts'
/// `hmtx` tables for the characters Spanish slide text uses; any other character counts as the
/// widest common letter, so an estimate errs towards more lines, never fewer.
enum LiberationSansMetrics {
    /// The characters of ``regular`` and ``bold``, in order.
    private static let characters = Array(
        " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~¡«°´·»¿ÁÉÍÑÓÚÜáéíñóúü–—‘’“”…•")

    private static let regular: [Int] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556,
        556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556,
        556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 333,
        556, 400, 333, 333, 556, 611, 667, 667, 278, 722, 778, 722, 722, 556, 556, 278, 556, 556, 556, 556, 556, 1000, 222, 222,
        333, 333, 1000, 350,
    ]

    private static let bold: [Int] = [
        278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556,
        556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611,
        611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584, 333,
        556, 400, 333, 333, 556, 611, 722, 667, 278, 722, 778, 722, 722, 556, 556, 278, 611, 611, 611, 611, 556, 1000, 278, 278,
        500, 500, 1000, 350,
    ]

    private static let index: [Character: Int] = Dictionary(characters.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })

    /// Width of a character not in the table (an uppercase letter's: errs wide).
    static let fallback = 722

    /// The line pitch LibreOffice gives single-spaced slide text in this font, in ems (measured
    /// with `pdftotext -bbox` on the PPTX deck: 28.8 pt lines at 24 pt; the font's ascent,
    /// descent and line gap add up to 1.15).
    static let lineHeight = 1.2

    /// The width of `text` in thousandths of an em.
    static func width(_ text: some StringProtocol, bold isBold: Bool) -> Int {
        let table = isBold ? bold : regular
        var total = 0
        for character in text {
            total += index[character].map { table[$0] } ?? fallback
        }
        return total
    }
}
