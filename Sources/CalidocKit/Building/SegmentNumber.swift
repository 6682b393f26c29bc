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

    /// The whole numbers written in a text: digits with optional thousands dots.
    static func figures(_ text: String) -> [Int] {
        var result: [Int] = []
        var current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            if character.isASCII && character.isNumber {
                current.append(character)
            } else if character == ".", !current.isEmpty, index + 1 < characters.count, characters[index + 1].isASCII, characters[index + 1].isNumber {
                continue
            } else {
                if let value = Int(current) { result.append(value) }
                current = ""
            }
        }
        if let value = Int(current) { result.append(value) }
        return result
    }
}
