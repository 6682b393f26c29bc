import CalidocKit
import PropertyBased

/// Generators of format-neutral ``Document`` models: every block and inline kind, nested a few
/// levels deep, awkward text, ids and an embedded image.
enum DocumentGenerators {
    typealias Text = TextGenerators

    /// A 1×1 PNG, the one resource every generated document carries.
    static let image = Resource(
        name: "imagen.png", mediaType: "image/png",
        data: [
            0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
            0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
            0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x60, 0x00, 0x02, 0x00,
            0x00, 0x05, 0x00, 0x01, 0xE9, 0xFA, 0xDC, 0xD8, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44,
            0xAE, 0x42, 0x60, 0x82,
        ],
        pixelWidth: 1, pixelHeight: 1)

    /// Ids as templates and inputs give them, including ones that are not XML names.
    static let attributes: AnyGenerator<Attributes> = Gen.frequency([
        (weight: 3, gen: Gen.always(Attributes.empty).eraseToAny()),
        (weight: 1, gen: zip(
            Text.element(of: ["sec-1", "obj_tiempos", "1-inicial", "a b", "ñandú", "x:y", "<&>"]),
            Text.element(of: [[String](), ["salto-pagina"], ["negrita"], ["tabla-indicadores"]])
        ).map { Attributes(id: $0, classes: $1) }.eraseToAny()),
    ]).eraseToAny()

    static let picture: AnyGenerator<Image> = zip(Text.text, Gen.int(in: 5...160).optional)
        .map { Image(source: image.name, alt: $0, widthMM: $1.map(Double.init), heightMM: $1.map(Double.init)) }
        .eraseToAny()

    /// One to four inlines, nested `depth` levels at most.
    static func inlines(depth: Int) -> AnyGenerator<[Inline]> {
        inline(depth: depth).array(of: 1...4).eraseToAny()
    }

    static func inline(depth: Int) -> AnyGenerator<Inline> {
        let text = Text.text.map { Inline.text($0) }.eraseToAny()
        guard depth > 0 else { return text }
        let nested = inlines(depth: depth - 1)
        let change = zip(Text.element(of: [TrackedChange.Kind.insertion, .deletion]), Text.text, PlanGenerators.date)
            .map { TrackedChange(kind: $0, author: $1, date: $2) }
        let links = Text.element(of: ["https://ejemplo.cl/?a=1&b=2", "mailto:x@y.cl", "#sec-1", "a b"])
        let spans = Text.element(of: [[String](), ["negrita"], ["cursiva"], ["x y"]])
        let choices: [(weight: Double, gen: AnyGenerator<Inline>)] = [
            (weight: 6, gen: text),
            (weight: 1, gen: nested.map { Inline.strong($0) }.eraseToAny()),
            (weight: 1, gen: nested.map { Inline.emphasis($0) }.eraseToAny()),
            (weight: 1, gen: nested.map { Inline.underline($0) }.eraseToAny()),
            (weight: 1, gen: zip(links, nested).map { Inline.link(url: $0, content: $1) }.eraseToAny()),
            (weight: 1, gen: Gen.always(Inline.lineBreak).eraseToAny()),
            (weight: 1, gen: zip(spans, nested).map { Inline.span(classes: $0, content: $1) }.eraseToAny()),
            (weight: 1, gen: picture.map { Inline.image($0) }.eraseToAny()),
            (weight: 1, gen: zip(change, nested).map { Inline.tracked($0, $1) }.eraseToAny()),
        ]
        return Gen.frequency(choices).eraseToAny()
    }

    /// One to four blocks, nested `depth` levels at most.
    static func blocks(depth: Int) -> AnyGenerator<[Block]> {
        block(depth: depth).array(of: 1...4).eraseToAny()
    }

    static func block(depth: Int) -> AnyGenerator<Block> {
        let content = inlines(depth: 2)
        let paragraph = zip(content, attributes).map { Block.paragraph(content: $0, attributes: $1) }.eraseToAny()
        let leaves: [(weight: Double, gen: AnyGenerator<Block>)] = [
            (weight: 4, gen: paragraph),
            (weight: 2, gen: zip(Gen.int(in: 1...4), content, attributes)
                .map { Block.heading(level: $0, content: $1, attributes: $2) }.eraseToAny()),
            (weight: 1, gen: zip(Text.text, Gen.int(in: 1...4)).map { Block.tableOfContents(title: $0, maxLevel: $1) }.eraseToAny()),
            (weight: 1, gen: zip(picture, inlines(depth: 1).optional, attributes)
                .map { Block.figure(Figure(image: $0, caption: $1 ?? [], attributes: $2)) }.eraseToAny()),
        ]
        guard depth > 0 else { return Gen.frequency(leaves).eraseToAny() }
        let nested = blocks(depth: depth - 1)
        let kinds: [ListBlock.Kind] = [.bulleted, .decimal, .lowerRoman, .upperRoman, .lowerAlpha]
        return Gen.frequency(leaves + [
            (weight: 1, gen: zip(Text.element(of: kinds), Gen.int(in: 1...5), nested.array(of: 0...3), attributes)
                .map { Block.list(ListBlock(kind: $0, start: $1, items: $2, attributes: $3)) }.eraseToAny()),
            (weight: 1, gen: table(cells: nested)),
            (weight: 1, gen: zip(nested, attributes).map { Block.blockQuote(blocks: $0, attributes: $1) }.eraseToAny()),
            (weight: 1, gen: zip(nested, attributes).map { Block.section(blocks: $0, attributes: $1) }.eraseToAny()),
        ]).eraseToAny()
    }

    /// A table of one to three columns, with or without header rows and column widths.
    static func table(cells: AnyGenerator<[Block]>) -> AnyGenerator<Block> {
        zip(Gen.int(in: 1...3), Gen.int(in: 0...1), Gen.int(in: 1...3), cells.array(of: 9), Text.text.optional, Gen.bool)
            .map { columns, headers, rows, pool, caption, widths in
                var next = 0
                func row(header: Bool) -> TableRow {
                    TableRow(cells: (0..<columns).map { _ in
                        defer { next += 1 }
                        return TableCell(isHeader: header, blocks: pool.isEmpty ? [] : pool[next % pool.count])
                    })
                }
                return Block.table(Table(
                    caption: caption.map { [.text($0)] } ?? [],
                    columnWidths: widths ? (1...columns).map(Double.init) : [],
                    headerRows: (0..<headers).map { _ in row(header: true) },
                    bodyRows: (0..<rows).map { _ in row(header: false) }))
            }.eraseToAny()
    }

    /// A whole document: metadata with awkward text, two levels of nesting, the image resource.
    static let document: AnyGenerator<Document> = zip(Text.text, Text.text, Text.optionalText, blocks(depth: 2))
        .map { title, institution, subtitle, blocks in
            Document(
                metadata: DocumentMetadata(
                    title: title, subtitle: subtitle, institution: institution, version: "1", date: "2025-03-31",
                    kind: "prueba"),
                blocks: blocks, resources: [image])
        }.eraseToAny()
}
