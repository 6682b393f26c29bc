import CalidocKit
import CalidocServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Versiones, Sesiones del Comité and Archivo, on a copy of the GORE sample (three versions).
@Suite struct VersionPagesTests {
    static let base = "/espacios/gore-santiago"

    /// A temporary folder holding a copy of the GORE sample as `gore-santiago/`.
    static func goreCopy() throws -> (root: URL, workspace: URL) {
        let root = FileManager.default.temporaryDirectory.appending(path: "calidoc-serve-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let workspace = root.appending(path: "gore-santiago")
        try FileManager.default.copyItem(at: ServerFixture.gore, to: workspace)
        return (root, workspace)
    }

    static func get(_ client: some TestClientProtocol, _ uri: String) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .get, headers: ServerFixture.headers())
    }

    static func post(_ client: some TestClientProtocol, _ uri: String, _ fields: [(String, String)], csrf: Bool = true) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .post, headers: ServerFixture.headers(ServerFixture.formType),
                                 body: ServerFixture.form((csrf ? [("csrf", ServerFixture.csrf)] : []) + fields))
    }

    /// Every form control has a label pointing at it.
    static func expectLabelled(_ page: HTMLQuery, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let ids = page.texts("//main//*[self::input[not(@type='hidden')] or self::select or self::textarea]/@id")
        let labels = Set(page.texts("//label/@for"))
        #expect(!ids.isEmpty, sourceLocation: sourceLocation)
        for id in ids { #expect(labels.contains(id), "no label for #\(id)", sourceLocation: sourceLocation) }
    }

    @Test func workspacePageLinksTheNewPages() async throws {
        let (root, _) = try Self.goreCopy()
        try await ServerFixture.application(root: root).test(.router) { client in
            let page = HTMLQuery(ServerFixture.text(try await Self.get(client, Self.base)))
            let links = page.texts("//nav[@aria-labelledby='titulo-mas']//a/@href")
            #expect(links == ["\(Self.base)/versiones", "\(Self.base)/sesiones", "\(Self.base)/revision", "\(Self.base)/archivo"])
        }
    }

    @Test func historyAndComparisonWithTheLibrarysStatements() async throws {
        let (root, workspace) = try Self.goreCopy()
        try await ServerFixture.application(root: root).test(.router) { client in
            let response = try await Self.get(client, "\(Self.base)/versiones")
            #expect(response.status == .ok)
            let page = HTMLQuery(ServerFixture.text(response))
            #expect(page.text("//h1")?.hasPrefix("Versiones") == true)
            #expect(page.texts("//section[@aria-labelledby='titulo-historial']//tbody/tr/td[4]") == ["la carpeta del espacio de trabajo", "versiones/2-resultados", "versiones/1-inicial"])
            #expect(page.texts("//select[@name='anterior']//option[@selected]/@value") == ["versiones/2-resultados"])
            #expect(page.texts("//select[@name='nueva']//option[@selected]/@value") == ["."])
            #expect(page.count("//section[@id='comparacion']") == 0)
            Self.expectLabelled(page)

            // Compare 1 → 2: exactly the library's statements, in order.
            let compared = try await Self.get(client, "\(Self.base)/versiones?anterior=versiones/1-inicial&nueva=versiones/2-resultados")
            let comparison = HTMLQuery(ServerFixture.text(compared))
            let expected = ChangeSet.compute(old: try WorkspaceValidation.validated(at: workspace.appending(path: "versiones/1-inicial")),
                                             new: try WorkspaceValidation.validated(at: workspace.appending(path: "versiones/2-resultados")))
            let items = comparison.texts("//section[@id='comparacion']//ol[@class='lista-cambios']/li")
            #expect(items.count == expected.allChanges.count && !items.isEmpty)
            for (item, change) in zip(items, expected.allChanges) {
                let statement = change.enunciado.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                #expect(item.hasPrefix(statement), "\(item) ≠ \(statement)")
            }
            #expect(comparison.texts("//section[@id='comparacion']//h3").contains { $0.contains("Objetivos") })
            let links = comparison.texts("//section[@id='comparacion']//a[@download]/@href")
            #expect(links.count == OutputFormat.serving(.changeSummary).count + OutputFormat.serving(.redline).count)
            #expect(links.contains("\(Self.base)/versiones/descargas/control-de-cambios.docx?anterior=versiones/1-inicial&nueva=versiones/2-resultados"))

            // The JSON download is the library's change set; the DOCX redline has tracked changes.
            let json = try await Self.get(client, "\(Self.base)/versiones/descargas/cambios.json?anterior=versiones/1-inicial&nueva=versiones/2-resultados")
            #expect(json.status == .ok)
            #expect(try JSONDecoder().decode(ChangeSet.self, from: Data(buffer: json.body)) == expected)
            let redline = try await Self.get(client, "\(Self.base)/versiones/descargas/control-de-cambios.docx?anterior=versiones/1-inicial&nueva=versiones/2-resultados")
            #expect(redline.status == .ok)
            #expect(redline.headers[.contentType] == OutputFormat.docx.mediaType)
            #expect(redline.headers[.contentDisposition]?.contains("control-de-cambios-1-a-2.docx") == true)
            let document = PackageXML(try ZipReader(bytes: [UInt8](Data(buffer: redline.body))).data("word/document.xml") ?? [])
            #expect(document.wellFormed && document.count("w:ins") > 0 && document.count("w:del") > 0)

            // A version not in the list, or a format the registry does not offer, is not found.
            for uri in ["\(Self.base)/versiones/descargas/cambios.docx?anterior=..&nueva=.",
                        "\(Self.base)/versiones/descargas/control-de-cambios.md?anterior=versiones/1-inicial&nueva=.",
                        "\(Self.base)/versiones/descargas/cambios.pptx?anterior=versiones/1-inicial&nueva=."] {
                #expect(try await Self.get(client, uri).status == .notFound, "\(uri)")
            }
            let unknown = HTMLQuery(ServerFixture.text(try await Self.get(client, "\(Self.base)/versiones?anterior=/etc&nueva=.")))
            #expect(unknown.text("//section[@id='comparacion']//p[@role='alert']") == "Elija dos versiones de la lista.")
        }
    }

    @Test func aVersionWithErrorsIsNamedWithItsProblems() async throws {
        let (root, workspace) = try Self.goreCopy()
        let url = workspace.appending(path: "versiones/1-inicial/politica.yaml")
        try Data(try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "principios:", with: "principioz:").utf8).write(to: url)
        try await ServerFixture.application(root: root).test(.router) { client in
            let page = HTMLQuery(ServerFixture.text(try await Self.get(client, "\(Self.base)/versiones?anterior=versiones/1-inicial&nueva=.")))
            #expect(page.text("//section[@id='comparacion']//p[@role='alert']")?.contains("«1-inicial» tiene errores") == true)
            #expect(page.count("//section[@id='comparacion']//li[contains(@class, 'problema')]") > 0)
            #expect(page.count("//section[@id='comparacion']//a[@download]") == 0)
        }
    }

    @Test func saveAsANewVersion() async throws {
        let (root, workspace) = try Self.goreCopy()
        try await ServerFixture.application(root: root).test(.router) { client in
            let forbidden = try await Self.post(client, "\(Self.base)/versiones", [("etiqueta", "4"), ("fecha", "2025-03-01")], csrf: false)
            #expect(forbidden.status == .forbidden)
            let taken = try await Self.post(client, "\(Self.base)/versiones", [("etiqueta", "2"), ("fecha", "2025-03-01"), ("descripcion", "x")])
            #expect(taken.status == .unprocessableContent)
            let refused = HTMLQuery(ServerFixture.text(taken))
            #expect(refused.text("//p[@role='alert']") == VersionSnapshot.Failure.labelInUse("2").message(.es))
            #expect(refused.texts("//input[@name='descripcion']/@value") == ["x"])
            #expect(!FileManager.default.fileExists(atPath: workspace.appending(path: "versiones/3").path))

            let saved = try await Self.post(client, "\(Self.base)/versiones", [("etiqueta", "4"), ("fecha", "2025-03-01"), ("descripcion", "Cuarta")])
            #expect(saved.status == .seeOther)
            #expect(saved.headers[.location] == "\(Self.base)/versiones?guardada=versiones/3")
            let page = HTMLQuery(ServerFixture.text(try await Self.get(client, "\(Self.base)/versiones?guardada=versiones/3")))
            #expect(page.text("//p[@role='status']")?.contains("«versiones/3»") == true)
            #expect(page.texts("//section[@aria-labelledby='titulo-historial']//tbody/tr/td[1]").first?.hasPrefix("4") == true)
            #expect(page.count("//section[@aria-labelledby='titulo-historial']//tbody/tr") == 4)
            #expect(VersionHistory.list(workspace: workspace).map { $0.version?.etiqueta } == ["4", "3", "2", "1"])
        }
    }

    @Test func sessionPageCreatesTheFileAndServesTheDeck() async throws {
        let (root, workspace) = try Self.goreCopy()
        try await ServerFixture.application(root: root).test(.router) { client in
            let page = HTMLQuery(ServerFixture.text(try await Self.get(client, "\(Self.base)/sesiones")))
            #expect(page.texts("//tr[@id='sesion-3']//a[@download]/@href") == OutputFormat.serving(.deck).map { "\(Self.base)/sesiones/descargas/sesion-3.\($0.fileExtension)" })
            #expect(page.texts("//input[@name='numero']/@value") == ["4"])
            #expect(page.texts("//tr[@id='sesion-3']/td[3]/text()") == ["Resultados: versión 1 → versión 2", "Recomendaciones: versión 2 → versión 3"])
            // The proposal is `calidoc session new`'s: the pairs of the sample's session 3.
            #expect(page.texts("//select[@name='resultados-anterior']/option[@selected]/@value") == ["versiones/1-inicial"])
            #expect(page.texts("//select[@name='resultados-nueva']/option[@selected]/@value") == ["versiones/2-resultados"])
            #expect(page.texts("//select[@name='recomendaciones-anterior']/option[@selected]/@value") == ["versiones/2-resultados"])
            #expect(page.texts("//select[@name='recomendaciones-nueva']/option[@selected]/@value") == ["."])
            #expect(page.texts("//fieldset/legend").count == 2)
            Self.expectLabelled(page)

            let fields = [("numero", "4"), ("fecha", "2025-05-12"), ("resultados-anterior", "versiones/1-inicial"), ("resultados-nueva", "versiones/2-resultados"),
                          ("recomendaciones-anterior", "versiones/2-resultados"), ("recomendaciones-nueva", ".")]
            let created = try await Self.post(client, "\(Self.base)/sesiones", fields)
            #expect(created.status == .seeOther)
            let session = try SessionLoader.load(number: 4, in: workspace)
            #expect(session.fecha == "2025-05-12" && session.cambiosRecomendaciones == VersionPair(anterior: "versiones/2-resultados", nueva: "."))
            // Never over an existing session; a path that is not a listed version is refused.
            let again = try await Self.post(client, "\(Self.base)/sesiones", fields)
            #expect(again.status == .unprocessableContent)
            #expect(HTMLQuery(ServerFixture.text(again)).text("//p[@role='alert']")?.contains("ya existe") == true)
            var outside = fields
            outside[0] = ("numero", "5")
            outside[2] = ("resultados-anterior", "../otro")
            #expect(try await Self.post(client, "\(Self.base)/sesiones", outside).status == .unprocessableContent)
            #expect(!FileManager.default.fileExists(atPath: workspace.appending(path: "sesiones/5.yaml").path))

            let deck = try await Self.get(client, "\(Self.base)/sesiones/descargas/sesion-4.pptx")
            #expect(deck.status == .ok)
            #expect(deck.headers[.contentType] == OutputFormat.pptx.mediaType)
            let package = try ZipReader(bytes: [UInt8](Data(buffer: deck.body)))
            let slides = package.entryNames.filter { $0.hasPrefix("ppt/slides/slide") && $0.hasSuffix(".xml") }
            let titles = slides.flatMap { PackageXML(package.data($0) ?? []).texts["a:t"] ?? [] }
            #expect(slides.count > 5)
            #expect(titles.contains { $0.contains("Cambios a partir de los resultados") })
            #expect(titles.contains { $0.contains("Cambios a partir de las recomendaciones") })
            #expect(try await Self.get(client, "\(Self.base)/sesiones/descargas/sesion-9.pptx").status == .notFound)
            #expect(try await Self.get(client, "\(Self.base)/sesiones/descargas/sesion-4.docx").status == .notFound)
        }
    }

    @Test func editorWarnsBeforeTheFormDropsHandwrittenComments() async throws {
        let (root, _) = try Self.goreCopy()
        try await ServerFixture.application(root: root).test(.router) { client in
            // The GORE manifest has a comment between its values (under «pmg»).
            let page = HTMLQuery(ServerFixture.text(try await Self.get(client, "\(Self.base)/archivos/calidoc.yaml")))
            #expect(page.text("//p[@role='note' and contains(@class, 'comentarios')]")?.contains("comentarios escritos a mano") == true)
        }
    }

    @Test func previewFrameIsSameOriginButRunsNoScript() async throws {
        let (root, _) = try Self.goreCopy()
        try await ServerFixture.application(root: root).test(.router) { client in
            // Same origin so the editor's script can keep the frame's scroll position; never scripts in it.
            let frame = try await Self.get(client, "\(Self.base)/vista-previa/politica")
            let policy = frame.headers[.contentSecurityPolicy] ?? ""
            #expect(policy.hasSuffix("sandbox allow-same-origin") && policy.contains("default-src 'none'") && !policy.contains("allow-scripts"))
            // A download opened in the browser stays in a sandbox of its own.
            let download = try await Self.get(client, "\(Self.base)/versiones/descargas/cambios.html?anterior=versiones/1-inicial&nueva=.")
            #expect(download.headers[.contentSecurityPolicy]?.hasSuffix("; sandbox") == true)
        }
    }

    @Test func archivePageSaysIntactOnlyWhenVerified() async throws {
        let (root, workspace) = try Self.goreCopy()
        try await ServerFixture.application(root: root).test(.router) { client in
            let empty = HTMLQuery(ServerFixture.text(try await Self.get(client, "\(Self.base)/archivo")))
            #expect(empty.count("//*[@id='estado-archivo']") == 0)
            #expect(!(empty.text("//main") ?? "").contains("intacto"))

            let signed = workspace.appending(path: "resolucion-firmada.pdf")
            try Data("%PDF-1.4\n% sin firma\n".utf8).write(to: signed)
            let archive = try VersionArchive(workspace: workspace)
            _ = try archive.add(signed: [signed], inputs: workspace, details: .init(document: "politica", version: "3", resolution: "Res. Exenta N° 1.234"))
            let intact = HTMLQuery(ServerFixture.text(try await Self.get(client, "\(Self.base)/archivo")))
            #expect(intact.text("//*[@id='estado-archivo']")?.hasPrefix("Archivo intacto") == true)
            #expect(intact.texts("//section[@aria-labelledby='titulo-entradas']//tbody/tr/td[4]") == ["Res. Exenta N° 1.234"])

            // One archived byte changed: the page lists the problem and never says intact.
            let objects = workspace.appending(path: "archivo/objetos")
            let files = FileManager.default.enumerator(at: objects, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
            let victim = try #require(files.first { (try? Data(contentsOf: $0))?.starts(with: Data("%PDF".utf8)) == true })
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: victim.path)
            var bytes = try Data(contentsOf: victim)
            bytes[0] = UInt8(ascii: "X")
            try bytes.write(to: victim)
            let altered = ServerFixture.text(try await Self.get(client, "\(Self.base)/archivo"))
            let page = HTMLQuery(altered)
            #expect(page.text("//*[@id='estado-archivo']")?.contains("NO está íntegro") == true)
            #expect(page.count("//li[contains(@class, 'problema')]") > 0)
            #expect(!altered.contains("intacto"))
            #expect(page.count("//section[@aria-labelledby='titulo-entradas']") == 0)
        }
    }
}

/// The comparison on the page is worded with the newer version's own phrase catalogue
/// (`plantillas/frases/es.yaml`), as its downloads and `calidoc diff` are.
@Suite struct ComparisonWordingTests {
    @Test func theNewerVersionsCatalogueWordsThePage() async throws {
        let (root, workspace) = try VersionPagesTests.goreCopy()
        let manifest = workspace.appending(path: "calidoc.yaml")
        try Data((try String(contentsOf: manifest, encoding: .utf8) + "plantillas: mis-plantillas\n").utf8).write(to: manifest)
        let phrases = workspace.appending(path: "mis-plantillas/frases")
        try FileManager.default.createDirectory(at: phrases, withIntermediateDirectories: true)
        try Data("""
            articulos:
              masculino: {el: EL, los: LOS, del: DEL, un_nuevo: UN NUEVO}
              femenino: {el: LA, los: LAS, del: DE LA, un_nuevo: UNA NUEVA}
            """.utf8).write(to: phrases.appending(path: "es.yaml"))
        let old = try WorkspaceValidation.validated(at: workspace.appending(path: "versiones/2-resultados"))
        let new = try WorkspaceValidation.validated(at: workspace)
        let worded = ChangeSet.compute(old: old, new: new, options: DiffOptions(phrases: try PhraseCatalogue.forWorkspace(new, language: .es)))
        let plain = ChangeSet.compute(old: old, new: new)
        #expect(worded.allChanges.map(\.enunciado) != plain.allChanges.map(\.enunciado))
        try await ServerFixture.application(root: root).test(.router) { client in
            let page = try await VersionPagesTests.get(client, "\(VersionPagesTests.base)/versiones?anterior=versiones/2-resultados&nueva=.")
            let items = HTMLQuery(ServerFixture.text(page)).texts("//section[@id='comparacion']//ol[@class='lista-cambios']/li")
            #expect(items.count == worded.allChanges.count && !items.isEmpty)
            for (item, change) in zip(items, worded.allChanges) {
                #expect(item.hasPrefix(change.enunciado.split(whereSeparator: \.isWhitespace).joined(separator: " ")), "\(item)")
            }
        }
    }
}

/// Signed versions kept in the archive are versions too: offered in «Comparar dos versiones»,
/// compared and downloaded from their checked export; a modified archived file is reported, never read.
@Suite struct ArchivedVersionComparisonTests {
    @Test func anArchivedVersionIsComparedLikeAFolder() async throws {
        let (root, workspace) = try VersionPagesTests.goreCopy()
        let archive = try VersionArchive(workspace: workspace)
        let signed = root.appending(path: "firmada.pdf")
        try Data("%PDF-1.4\n".utf8).write(to: signed)
        // The first version, as it was approved: archived from its own folder.
        let (archived, _) = try archive.add(signed: [signed], inputs: workspace.appending(path: "versiones/1-inicial"),
                                            details: .init(document: "politica", version: "1", resolution: "Res. Exenta N° 5"))
        let base = VersionPagesTests.base
        try await ServerFixture.application(root: root).test(.router) { client in
            let page = HTMLQuery(ServerFixture.text(try await VersionPagesTests.get(client, "\(base)/versiones")))
            let options = page.texts("//select[@name='anterior']/optgroup[@label='Versiones firmadas archivadas']/option/@value")
            #expect(options == ["archivo:\(archived.id)"])
            #expect(page.text("//select[@name='anterior']//option[@value='archivo:\(archived.id)']")?.contains("Res. Exenta N° 5") == true)
            // The history table lists folders only.
            #expect(page.count("//section[@aria-labelledby='titulo-historial']//tbody/tr") == 3)

            func statements(_ old: String, _ new: String) async throws -> [String] {
                let response = try await VersionPagesTests.get(client, "\(base)/versiones?anterior=\(old)&nueva=\(new)")
                #expect(response.status == .ok)
                return HTMLQuery(ServerFixture.text(response)).texts("//section[@id='comparacion']//ol[@class='lista-cambios']/li")
            }
            let fromFolder = try await statements("versiones/1-inicial", ".")
            let fromArchive = try await statements("archivo:\(archived.id)", ".")
            #expect(!fromFolder.isEmpty && fromArchive == fromFolder)
            let same = try await VersionPagesTests.get(client, "\(base)/versiones?anterior=archivo:\(archived.id)&nueva=versiones/1-inicial")
            #expect(HTMLQuery(ServerFixture.text(same)).text("//section[@id='comparacion']//p[@class='aviso ok']") == "Las dos versiones dicen lo mismo: no hay cambios.")
            let download = try await VersionPagesTests.get(client, "\(base)/versiones/descargas/cambios.md?anterior=archivo:\(archived.id)&nueva=.")
            #expect(download.status == .ok && String(buffer: download.body).contains("Se "))
            let unknown = try await VersionPagesTests.get(client, "\(base)/versiones/descargas/cambios.md?anterior=archivo:99&nueva=.")
            #expect(unknown.status == .notFound)

            // A modified archived input: the comparison says so; nothing is compared.
            let manifest = try #require(archived.archivos.first { $0.rol == "entrada" && $0.nombre == "calidoc.yaml" })
            let object = archive.folder.appending(path: "objetos/\(manifest.sha256.prefix(2))/\(manifest.sha256.dropFirst(2))")
            try Data("institucion: {nombre: Otra}\n".utf8).write(to: object)
            let damaged = try await VersionPagesTests.get(client, "\(base)/versiones?anterior=archivo:\(archived.id)&nueva=.")
            let damagedPage = HTMLQuery(ServerFixture.text(damaged))
            #expect(damagedPage.count("//section[@id='comparacion']//ol[@class='lista-cambios']") == 0)
            #expect(ServerFixture.text(damaged).contains("fue modificado"))
        }
    }
}
