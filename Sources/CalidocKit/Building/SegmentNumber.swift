/// The approximate number of a user segment (`numero_aproximado`) as the Política prints it.
///
/// The reference documents write the figure inside the segment's text ("cuenta con una población
/// de 7.112.808 habitantes", "Los 52 municipios"); when the text already states it, printing it
/// again would say it twice. Otherwise it follows the segment's name, "(aprox. 1.850.000)", in
/// Chilean figures: the segment may be people or organisations, so no noun is guessed.
enum SegmentNumber {
    /// The words printed after the segment's name, or `nil` when its text states the figure.
    static func printed(_ segment: UserSegment) -> String? {
        guard let number = segment.numeroAproximado, !isStated(number, segment) else { return nil }
        return "aprox. " + ChileanNumber.format(number)
    }

    /// Whether the segment's printed text states `number` (as 1.933 or 1933), or lists that many examples.
    static func isStated(_ number: Int, _ segment: UserSegment) -> Bool {
        if (segment.ejemplos ?? []).count == number { return true }
        let texts = [segment.nombre, segment.caracteristicas ?? "", segment.vinculacion ?? ""] + (segment.ejemplos ?? [])
        let figures = Set(texts.flatMap(Self.figures))
        return figures.contains(number)
    }

    /// The whole numbers written in a text: digits with optional thousands dots. Read as bytes (the
    /// digits and the dot are ASCII): the Política asks this of every segment's texts on every preview.
    static func figures(_ text: String) -> [Int] {
        var result: [Int] = []
        var current = 0
        var digits = 0
        var overflow = false
        func finish() {
            if digits > 0, !overflow { result.append(current) }
            current = 0
            digits = 0
            overflow = false
        }
        let bytes = Array(text.utf8)
        for (index, byte) in bytes.enumerated() {
            if byte >= 0x30 && byte <= 0x39 {
                let (times, overflowed) = current.multipliedReportingOverflow(by: 10)
                let (sum, overflowedAgain) = times.addingReportingOverflow(Int(byte - 0x30))
                overflow = overflow || overflowed || overflowedAgain
                current = sum
                digits += 1
            } else if byte == 0x2E, digits > 0, index + 1 < bytes.count, bytes[index + 1] >= 0x30, bytes[index + 1] <= 0x39 {
                continue
            } else {
                finish()
            }
        }
        finish()
        return result
    }
}
