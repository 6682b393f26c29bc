import Foundation
@testable import CalidocKit

/// A small deterministic random generator (SplitMix64), so property failures can be replayed by seed.
struct DiffRandom: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Generates policy lists and mutated versions of them (hand-rolled property testing).
struct DiffGenerator {
    var random: DiffRandom
    /// Whether items carry ids (otherwise they are matched by similarity).
    var withIds: Bool
    private var counter = 0

    init(seed: UInt64, withIds: Bool) {
        random = DiffRandom(seed: seed)
        self.withIds = withIds
    }

    /// Words drawn from a large made-up vocabulary, so unrelated items share few words.
    mutating func words(_ count: Int) -> String {
        (0..<count).map { _ in "p\(Int.random(in: 0..<5_000, using: &random))" }.joined(separator: " ")
    }

    mutating func nextId(_ prefix: String) -> String? {
        counter += 1
        return withIds ? "\(prefix)-\(counter)" : nil
    }

    /// A sentence with a few of its words replaced: still most words survive (Dice ≈ 0.8).
    mutating func reword(_ text: String) -> String {
        var tokens = text.split(separator: " ").map(String.init)
        for _ in 0..<max(1, tokens.count / 8) {
            let index = Int.random(in: 0..<tokens.count, using: &random)
            tokens[index] = "n\(Int.random(in: 0..<5_000, using: &random))"
        }
        return tokens.joined(separator: " ")
    }

    /// A random mutation of a list: removals, rewordings, one move, additions.
    mutating func mutate<Item>(_ items: [Item], make: (inout DiffGenerator) -> Item, reword: (inout DiffGenerator, Item) -> Item) -> [Item] {
        var result = items.filter { _ in Int.random(in: 0..<10, using: &random) != 0 }
        for index in result.indices where Int.random(in: 0..<5, using: &random) == 0 {
            result[index] = reword(&self, result[index])
        }
        if result.count > 2 && Bool.random(using: &random) {
            let item = result.remove(at: Int.random(in: 0..<result.count, using: &random))
            result.insert(item, at: Int.random(in: 0...result.count, using: &random))
        }
        for _ in 0..<Int.random(in: 0...2, using: &random) {
            result.insert(make(&self), at: Int.random(in: 0...result.count, using: &random))
        }
        return result
    }

    mutating func objective() -> PolicyObjective {
        PolicyObjective(id: nextId("obj"), titulo: words(4), texto: words(14), motivo: Bool.random(using: &random) ? "motivo de prueba" : nil)
    }

    mutating func principle() -> Principle { Principle(id: nextId("pri"), nombre: words(3), descripcion: words(15)) }

    mutating func guideline() -> Guideline { Guideline(id: nextId("dir"), titulo: words(5), texto: words(12)) }

    mutating func term() -> GlossaryEntry { GlossaryEntry(id: nextId("glo"), termino: words(2), definicion: words(12)) }

    mutating func actor() -> Actor {
        Actor(id: nextId("act"), actor: words(3), involucramiento: .gobernanza, rol: words(8), responsabilidades: [words(8), words(6)])
    }

    /// A policy with `count` items per list, on top of `base`.
    mutating func policy(_ base: Policy, count: Int) -> Policy {
        var policy = base
        policy.objetivos.items = (0..<count).map { _ in objective() }
        policy.principios.items = (0..<count).map { _ in principle() }
        policy.directrices.items = (0..<count).map { _ in guideline() }
        policy.glosario.items = (0..<count).map { _ in term() }
        policy.actores.items = (0..<count).map { _ in actor() }
        return policy
    }

    /// A later version of `policy`.
    mutating func mutated(_ policy: Policy) -> Policy {
        var next = policy
        next.objetivos.items = mutate(policy.objetivos.items, make: { $0.objective() }) { gen, item in
            var item = item
            item.texto = gen.reword(item.texto ?? "")
            return item
        }
        next.principios.items = mutate(policy.principios.items, make: { $0.principle() }) { gen, item in
            var item = item
            item.descripcion = gen.reword(item.descripcion)
            return item
        }
        next.directrices.items = mutate(policy.directrices.items, make: { $0.guideline() }) { gen, item in
            var item = item
            item.texto = gen.reword(item.texto ?? "")
            return item
        }
        next.glosario.items = mutate(policy.glosario.items, make: { $0.term() }) { gen, item in
            var item = item
            item.definicion = gen.reword(item.definicion)
            return item
        }
        next.actores.items = mutate(policy.actores.items, make: { $0.actor() }) { gen, item in
            var item = item
            item.rol = gen.reword(item.rol)
            return item
        }
        return next
    }
}

/// The list sections the apply property covers, with the text each change carries for an item.
enum ListProjection: CaseIterable {
    case objetivos, principios, directrices, glosario, actores

    var element: String {
        switch self {
        case .objetivos: "objetivo"
        case .principios: "principio"
        case .directrices: "linea_accion"
        case .glosario: "termino"
        case .actores: "rol"
        }
    }

    /// (id, text) of each item, in order, as the change statements carry them.
    func items(_ policy: Policy) -> [Entry] {
        switch self {
        case .objetivos: policy.objetivos.items.map { Entry(id: $0.id, text: DiffBuilder.joined($0.titulo, $0.texto)) }
        case .principios: policy.principios.items.map { Entry(id: $0.id, text: "\($0.nombre): \($0.descripcion)") }
        case .directrices: policy.directrices.items.map { Entry(id: $0.id, text: DiffBuilder.joined($0.titulo, $0.texto)) }
        case .glosario: policy.glosario.items.map { Entry(id: $0.id, text: "\($0.termino): \($0.definicion)") }
        case .actores: policy.actores.items.map { Entry(id: $0.id, text: "\($0.actor) \($0.rol) \($0.responsabilidades.joined(separator: " "))") }
        }
    }

    struct Entry: Hashable {
        var id: String?
        var text: String
    }

    /// Applies the changes of this list to the old items: removes, rewrites, moves and inserts by number.
    func apply(_ changes: [Change], to old: [Entry]) -> [Entry]? {
        let mine = changes.filter { $0.elemento == element }
        var removed = Set<Int>()
        var rewritten: [Int: String] = [:]
        var moved: [Int: Int] = [:]
        var inserted: [(Int, Entry)] = []
        for change in mine {
            switch change.tipo {
            case .eliminado:
                guard let number = change.numeroAnterior else { return nil }
                removed.insert(number)
            case .modificado:
                guard let number = change.numeroAnterior, let text = change.textoNuevo else { return nil }
                rewritten[number] = text
            case .movido:
                guard let from = change.numeroAnterior, let to = change.numeroNuevo else { return nil }
                moved[from] = to
            case .agregado:
                guard let number = change.numeroNuevo, let text = change.textoNuevo else { return nil }
                inserted.append((number, Entry(id: change.id, text: text)))
            case .ampliado, .agregado_general:
                return nil
            }
        }
        var kept: [Entry] = []
        for (index, entry) in old.enumerated() where !removed.contains(index + 1) {
            let updated = Entry(id: entry.id, text: rewritten[index + 1] ?? entry.text)
            if let target = moved[index + 1] { inserted.append((target, updated)) } else { kept.append(updated) }
        }
        for (position, entry) in inserted.sorted(by: { $0.0 < $1.0 }) {
            guard position - 1 <= kept.count else { return nil }
            kept.insert(entry, at: position - 1)
        }
        return kept
    }
}
