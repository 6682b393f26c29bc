import Foundation
@testable import CalidocKit

/// A document with every block and inline kind, nesting, spans, awkward text and a long table.
enum KitchenSink {
    /// A 2×2 red PNG.
    static let png: [UInt8] = Array(Data(base64Encoded:
        "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==")!)

    static func paragraph(_ text: String) -> Block { .paragraph(content: [.text(text)], attributes: .empty) }

    static func document(rows: Int = 200) -> Document {
        let metadata = DocumentMetadata(
            title: "Documento de prueba <&>", institution: "Institución «Ñuñoa» & Cía", version: "9", date: "2025-03-04",
            logo: "logo.png", kind: "prueba", subject: "Comité")
        let nested = ListBlock(kind: .bulleted, items: [
            [paragraph("viñeta 1"), .list(ListBlock(kind: .lowerAlpha, items: [[paragraph("a anidada")], [paragraph("b anidada")]]))],
            [paragraph("viñeta 2")],
            [],
        ])
        let spanning = Table(
            caption: [.text("Tabla con celdas combinadas")], columnWidths: [1, 2, 3],
            headerRows: [TableRow(cells: [
                TableCell(isHeader: true, blocks: [paragraph("A")]),
                TableCell(isHeader: true, columnSpan: 2, blocks: [paragraph("B+C")]),
            ])],
            bodyRows: [
                TableRow(cells: [
                    TableCell(rowSpan: 2, blocks: [paragraph("alto")]),
                    TableCell(blocks: [paragraph("b1")]),
                    TableCell(blocks: [.list(ListBlock(kind: .decimal, items: [[paragraph("uno")], [paragraph("dos")]]))]),
                ]),
                TableRow(cells: [TableCell(blocks: [paragraph("b2")]), TableCell(blocks: [])]),
            ])
        let long = Table(
            headerRows: [TableRow(cells: [TableCell(isHeader: true, blocks: [paragraph("N°")]), TableCell(isHeader: true, blocks: [paragraph("Valor")])])],
            bodyRows: (1...max(rows, 1)).map { index in
                TableRow(cells: [TableCell(isHeader: true, blocks: [paragraph("\(index)")]), TableCell(blocks: [paragraph("fila \(index)")])])
            })
        return Document(metadata: metadata, blocks: [
            .heading(level: 1, content: [.text("Título del documento")], attributes: Attributes(classes: ["titulo"])),
            .paragraph(content: [.text("Subtítulo")], attributes: Attributes(classes: ["subtitulo"])),
            .tableOfContents(title: "Índice", maxLevel: 3),
            .section(blocks: [
                .heading(level: 2, content: [.text("I. Texto")], attributes: .empty),
                .paragraph(content: [
                    .text("Normal, "), .strong([.text("negrita")]), .text(", "), .emphasis([.text("cursiva")]), .text(", "),
                    .underline([.text("subrayado")]), .text(", "), .link(url: "https://www.gob.cl/?a=1&b=2", content: [.text("enlace")]),
                    .lineBreak, .text("tab\taquí, tres   espacios, < & > \" ' 😀 ñandú \u{1}control"),
                    .span(classes: ["negrita"], content: [.text(" span")]),
                ], attributes: .empty),
                .heading(level: 3, content: [.text("Listas")], attributes: .empty),
                .list(nested),
                .list(ListBlock(kind: .upperRoman, start: 3, items: [[paragraph("tres")], [paragraph("cuatro")]])),
                .list(ListBlock(kind: .decimal, items: [[paragraph("primero")], [paragraph("segundo")]])),
                .list(ListBlock(kind: .decimal, items: [[paragraph("reinicia en 1")]])),
                .list(ListBlock(kind: .lowerRoman, items: [[paragraph("i romano")]])),
                .heading(level: 4, content: [.text("Cita")], attributes: .empty),
                .blockQuote(blocks: [paragraph("Una cita."), .list(ListBlock(kind: .bulleted, items: [[paragraph("en cita")]]))], attributes: .empty),
            ], attributes: Attributes(id: "texto", classes: ["salto-pagina"])),
            .section(blocks: [], attributes: Attributes(classes: ["salto-pagina"])),
            .section(blocks: [
                .heading(level: 2, content: [.text("II. Tablas y figuras")], attributes: .empty),
                .table(spanning),
                .figure(Figure(image: Image(source: "logo.png", alt: "Logo rojo", widthMM: 20), caption: [.text("Figura 1")])),
                .paragraph(content: [.text("Imagen en línea: "), .image(Image(source: "logo.png", alt: "mini")), .text(" fin.")], attributes: .empty),
                .table(Table(headerRows: [], bodyRows: [])),
                .table(long),
                .paragraph(content: [.text("Último párrafo del documento.")], attributes: .empty),
            ], attributes: Attributes(classes: ["salto-pagina"])),
        ], resources: [Resource(name: "logo.png", mediaType: "image/png", data: png, pixelWidth: 2, pixelHeight: 2)])
    }
}
