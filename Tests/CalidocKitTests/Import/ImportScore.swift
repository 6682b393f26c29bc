import Foundation
import Yams
@testable import CalidocKit

/// The share of a Política's items an import placed correctly: every paragraph, every item's
/// fields (name, text, number, examples, involvement, links) is one unit, compared by position
/// as plain text (markup and whitespace aside); a unit the import added or left out counts as
/// wrong. Ids, `motivo` and `responde_a` are not in a document and are not counted.
struct ImportScore {
    private(set) var total = 0
    private(set) var correct = 0
    private(set) var misses: [String] = []

    var share: Double { total == 0 ? 1 : Double(correct) / Double(total) }

    static func plain(_ text: String?) -> String {
        guard let text else { return "" }
        return RichText.paragraphSources(text).map { ImportText.plain($0) }.joined(separator: "\n")
    }

    mutating func check(_ label: String, _ expected: String?, _ actual: String?) {
        let wanted = Self.plain(expected)
        let got = Self.plain(actual)
        guard !(wanted.isEmpty && got.isEmpty) else { return }
        total += 1
        if wanted == got { correct += 1 } else { misses.append("\(label): esperado «\(wanted.prefix(90))» obtenido «\(got.prefix(90))»") }
    }

    mutating func check<T: Equatable>(_ label: String, same expected: T?, _ actual: T?) {
        guard expected != nil || actual != nil else { return }
        total += 1
        if expected == actual { correct += 1 } else { misses.append("\(label): esperado \(String(describing: expected)) obtenido \(String(describing: actual))") }
    }

    mutating func paragraphs(_ label: String, _ expected: [Paragraph]?, _ actual: [Paragraph]?) {
        let wanted = (expected ?? []).map(\.texto)
        let got = (actual ?? []).map(\.texto)
        for index in 0..<max(wanted.count, got.count) {
            check("\(label)[\(index)]", index < wanted.count ? wanted[index] : nil, index < got.count ? got[index] : "(sobra)")
        }
    }

    mutating func items<T>(_ label: String, _ expected: [T], _ actual: [T], _ compare: (inout ImportScore, String, T?, T?) -> Void) {
        for index in 0..<max(expected.count, actual.count) {
            compare(&self, "\(label)[\(index)]", index < expected.count ? expected[index] : nil, index < actual.count ? actual[index] : nil)
        }
    }

    /// Ids of `actual` resolved to positions so `oe-1`/`obj-tiempos` compare by what they name.
    static func positions(_ ids: [String]?, in all: [String?]) -> [Int]? {
        ids.map { $0.compactMap { id in all.firstIndex(of: id) }.sorted() }
    }

    /// Scores `actual` against `expected`.
    static func score(expected e: Policy, actual a: Policy) -> ImportScore {
        var s = ImportScore()
        s.paragraphs("contexto.parrafos", e.contexto.parrafos, a.contexto.parrafos)
        s.paragraphs("contexto.parrafos_finales", e.contexto.parrafosFinales, a.contexto.parrafosFinales)
        let ed = e.definicionesEstrategicas, ad = a.definicionesEstrategicas
        s.check("mision", ed.mision, ad.mision)
        s.check("vision", ed.vision, ad.vision)
        s.check("definiciones.titulo", ed.titulo, ad.titulo)
        s.paragraphs("definiciones.introduccion", ed.introduccion, ad.introduccion)
        s.items("definiciones.objetivos", ed.objetivos, ad.objetivos) { s, l, x, y in s.check(l, x?.texto, y?.texto ?? "(falta)") }
        s.section("principios", e.principios, a.principios) { s, l, x, y in
            s.check(l + ".nombre", x?.nombre, y?.nombre ?? "(falta)")
            s.check(l + ".descripcion", x?.descripcion, y?.descripcion ?? "(falta)")
        }
        let eo = e.objetivos.items.map(\.id), ao = a.objetivos.items.map(\.id)
        let es = ed.objetivos.map { Optional($0.id) }, asg = ad.objetivos.map { Optional($0.id) }
        s.section("objetivos", e.objetivos, a.objetivos) { s, l, x, y in
            s.check(l + ".titulo", x?.titulo, y?.titulo ?? "(falta)")
            s.check(l + ".texto", x?.texto, y?.texto)
            s.check(l + ".objetivos_institucionales", same: positions(x?.objetivosInstitucionales, in: es), positions(y?.objetivosInstitucionales, in: asg))
        }
        s.paragraphs("relacion.introduccion", e.relacion.introduccion, a.relacion.introduccion)
        s.items("relacion.relaciones", e.relacion.relaciones ?? [], a.relacion.relaciones ?? []) { s, l, x, y in
            if x?.texto != nil { s.check(l + ".texto", x?.texto, y?.texto ?? "(falta)") }
            s.check(l + ".objetivos_politica", same: positions(x?.objetivosPolitica, in: eo), positions(y?.objetivosPolitica, in: ao))
            s.check(l + ".objetivos_institucionales", same: positions(x?.objetivosInstitucionales, in: es), positions(y?.objetivosInstitucionales, in: asg))
        }
        s.paragraphs("relacion.cierre", e.relacion.cierre, a.relacion.cierre)
        s.section("usuarios", e.usuarios, a.usuarios) { s, l, x, y in
            s.check(l + ".nombre", x?.nombre, y?.nombre ?? "(falta)")
            s.check(l + ".numero_aproximado", same: x?.numeroAproximado, y?.numeroAproximado)
            s.check(l + ".caracteristicas", x?.caracteristicas, y?.caracteristicas)
            s.check(l + ".ejemplos", same: x?.ejemplos?.map { plain($0) }, y?.ejemplos?.map { plain($0) })
            s.check(l + ".vinculacion", x?.vinculacion, y?.vinculacion)
        }
        s.section("actores", e.actores, a.actores) { s, l, x, y in
            s.check(l + ".actor", x?.actor, y?.actor ?? "(falta)")
            s.check(l + ".involucramiento", same: x?.involucramiento, y?.involucramiento)
            s.check(l + ".rol", x?.rol, y?.rol ?? "(falta)")
            s.check(l + ".responsabilidades", same: x?.responsabilidades.map { plain($0) }, y?.responsabilidades.map { plain($0) })
        }
        s.section("directrices", e.directrices, a.directrices) { s, l, x, y in
            s.check(l + ".titulo", x?.titulo, y?.titulo ?? "(falta)")
            s.check(l + ".texto", x?.texto, y?.texto)
        }
        s.section("glosario", e.glosario, a.glosario) { s, l, x, y in
            s.check(l + ".termino", x?.termino, y?.termino ?? "(falta)")
            s.check(l + ".definicion", x?.definicion, y?.definicion ?? "(falta)")
        }
        return s
    }

    mutating func section<T>(_ label: String, _ expected: Section<T>, _ actual: Section<T>, _ compare: (inout ImportScore, String, T?, T?) -> Void) {
        paragraphs(label + ".introduccion", expected.introduccion, actual.introduccion)
        items(label + ".items", expected.items, actual.items, compare)
        paragraphs(label + ".cierre", expected.cierre, actual.cierre)
    }

    /// The policy of a `politica.yaml` file.
    static func policy(at url: URL) throws -> Policy {
        try YAMLDecoder().decode(Policy.self, from: String(contentsOf: url, encoding: .utf8))
    }
}
