import Foundation
import Testing
@testable import CalidocKit

@Suite struct DocumentModelTests {
    static func document(_ kind: DocumentKind, _ url: URL) throws -> Document {
        let workspace = try #require(WorkspaceLoader.load(at: url).workspace)
        return try DocumentBuilder(workspace: workspace).build(kind, from: workspace)
    }

    @Test(arguments: [
        ("gore-politica.dump.txt", DocumentKind.politica, "gore-santiago"),
        ("servicio-politica.dump.txt", DocumentKind.politica, "servicio-tramites"),
        ("servicio-plan.dump.txt", DocumentKind.plan, "servicio-tramites"),
        ("servicio-diagnostico.dump.txt", DocumentKind.diagnostico, "servicio-tramites"),
        ("servicio-informe.dump.txt", DocumentKind.informe, "servicio-tramites"),
    ])
    func goldenDocumentModel(golden: String, kind: DocumentKind, sample: String) throws {
        let document = try Self.document(kind, TestPaths.samples.appending(path: sample))
        Golden.check(document.dump(), named: golden)
    }

    /// The rendered policy says, section by section, what the seed says.
    @Test func renderedPolicyMatchesTheSeedSectionBySection() throws {
        let document = try Self.document(.politica, TestPaths.gore)
        let seed = try SeedTranscriptionTests.seedPolicyText()
        let headings = ["I. Contexto", "II. Principios orientadores de la Política", "III. Objetivos estratégicos de la Política",
                        "IV. Relación de la Política con las definiciones estratégicas institucionales",
                        "V. Caracterización de usuarios y usuarias de los servicios", "VI. Actores y roles",
                        "VII. Directrices y líneas de acción", "VIII. Glosario"]
        let sections = document.blocks.compactMap { block -> [Block]? in
            if case .section(let blocks, _) = block { return blocks }
            return nil
        }
        #expect(sections.count == 8)
        for (index, section) in sections.enumerated() {
            let text = SeedTranscriptionTests.normalized(Self.text(of: section))
            #expect(text.hasPrefix(headings[index]))
            // Each seed section, from its heading to the next, must be found in the rendered section.
            let start = try #require(seed.range(of: headings[index]))
            let end = index + 1 < headings.count ? seed.range(of: headings[index + 1])?.lowerBound ?? seed.endIndex : seed.endIndex
            var seedSection = String(seed[start.lowerBound..<end]).trimmingCharacters(in: .whitespaces)
            var rendered = text
            if index == 4 {
                // calidoc prints each segment's typed `numero_aproximado` after its name when the
                // segment's text does not state it (78 and 4 in the GORE sample); the seed has no such words.
                rendered = rendered.replacingOccurrences(of: #" \(aprox\. [0-9.]+\)"#, with: "", options: .regularExpression)
            }
            if index == 5 {
                // The seed's actor table repeats its header after a page break; the caption is ours.
                seedSection = seedSection.replacingOccurrences(of: " ACTOR ROL RESPONSABILIDADES / FUNCIONES gestión", with: " gestión")
                rendered = rendered.replacingOccurrences(of: " Estructura de actores y roles ACTOR", with: " ACTOR")
            }
            #expect(Self.words(rendered) == Self.words(seedSection), "section \(headings[index]) differs")
        }
    }

    /// Words only: list numbers and punctuation placement differ between the seed's text extraction and ours.
    static func words(_ text: String) -> [String] {
        text.split { !$0.isLetter && !$0.isNumber }.map(String.init).filter { !($0.allSatisfy(\.isNumber) && $0.count <= 2) }
    }

    static func text(of blocks: [Block]) -> String {
        var parts: [String] = []
        for block in blocks {
            switch block {
            case .heading(_, let content, _), .paragraph(let content, _): parts.append(content.plainText)
            case .list(let list): for item in list.items { parts.append(text(of: item)) }
            case .table(let table):
                parts.append(table.caption.plainText)
                for row in table.headerRows + table.bodyRows { for cell in row.cells { parts.append(text(of: cell.blocks)) } }
            case .figure(let figure): parts.append(figure.caption.plainText)
            case .blockQuote(let children, _), .section(let children, _): parts.append(text(of: children))
            case .tableOfContents: continue
            }
        }
        return parts.joined(separator: " ")
    }

    @Test func actorsTableHasTheSeedColumns() throws {
        let document = try Self.document(.politica, TestPaths.gore)
        let dump = document.dump()
        #expect(dump.contains("Table columns=3 widths=[2.0, 3.0, 4.0] .actores caption=\"Estructura de actores y roles\""))
        let tables = Self.tables(in: document.blocks)
        let actors = try #require(tables.first)
        #expect(actors.headerRows.first?.cells.map { Self.text(of: $0.blocks) } == ["ACTOR", "ROL", "RESPONSABILIDADES / FUNCIONES"])
        #expect(actors.bodyRows.count == 8)
        #expect(Self.text(of: actors.bodyRows[1].cells[1].blocks).hasPrefix("Involucrado en la gobernanza de la Política: Liderar la toma de decisiones, representando"))
    }

    static func tables(in blocks: [Block]) -> [Table] {
        blocks.flatMap { block -> [Table] in
            switch block {
            case .table(let table): [table]
            case .section(let children, _), .blockQuote(let children, _): tables(in: children)
            case .heading, .paragraph, .list, .figure, .tableOfContents: []
            }
        }
    }

    @Test func userTextCannotBreakTheMarkup() throws {
        let tricky = "Texto con <script>alert(1)</script> & \"comillas\" 'simples' 😀 ñandú Ñuñoa\nsegunda línea"
        var workspace = try #require(WorkspaceLoader.load(at: TestPaths.servicio).workspace)
        workspace.policy?.glosario.items[0].definicion = tricky
        workspace.policy?.principios.items[0].nombre = "A < B && C > D"
        let document = try DocumentBuilder(workspace: workspace).build(.politica, from: workspace)
        let text = Self.text(of: document.blocks)
        #expect(text.contains("Texto con <script>alert(1)</script> & \"comillas\" 'simples' 😀 ñandú Ñuñoa segunda línea"))
        #expect(text.contains("A < B && C > D:"))
    }
}
