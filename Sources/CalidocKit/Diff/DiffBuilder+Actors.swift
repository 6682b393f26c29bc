import Foundation

extension DiffBuilder {
    /// The statements for one actor present in both versions: its name, its role, and the
    /// responsibilities it gains, loses or has reworded, each said in a sentence of its own with the
    /// texts quoted (no diff notation: these sentences go on the Comité's slides as they are).
    func actorChanges(_ before: Actor, _ after: Actor, old: Int, new: Int) -> [Change] {
        let describe: (Actor) -> String = { "\($0.actor) \($0.rol) \($0.responsabilidades.joined(separator: " "))" }
        var values = ["actor": quote(after.actor), "nombre_actor": after.actor, "motivo": Self.reason(after.motivo)]
        func modified(_ statement: String, list: [String] = []) -> Change {
            change(.modificado, "rol", id: after.id, old: old, new: new, oldText: describe(before), newText: describe(after),
                   motivo: after.motivo, respondeA: after.respondeA, statement: statement, list: list)
        }
        func with(_ extra: [String: String]) -> [String: String] {
            values.merging(extra) { _, given in given }
        }
        var changes: [Change] = []
        if before.actor != after.actor {
            changes.append(modified(say(.actor(.renombrado), with(["actor_anterior": quote(before.actor)]))))
        }
        if before.involucramiento != after.involucramiento {
            let label = { (involvement: Involvement) in language == .es ? involvement.spanishLabel : involvement.englishLabel }
            changes.append(modified(say(.actor(.involucramiento), with(["anterior": quote(label(before.involucramiento)),
                                                                      "nuevo": quote(label(after.involucramiento))]))))
        }
        if RichText.plain(before.rol) != RichText.plain(after.rol) {
            changes.append(modified(say(.actor(.rol_modificado), with(["rol": quote(after.rol)]))))
        }
        var added = after.responsabilidades.filter { !before.responsabilidades.contains($0) }
        var removed = before.responsabilidades.filter { !after.responsabilidades.contains($0) }
        // One responsibility reworded (same place, small edit): say the edit rather than a removal plus an addition.
        if added.count == 1, removed.count == 1, let edit = WordingEdit.between(removed[0], added[0]) {
            values["texto"] = quote(added[0])
            switch edit {
            case .inserted(let words):
                changes.append(modified(say(.actor(.responsabilidad_incorporando), with(["palabras": quote(words)]))))
            case .removed(let words):
                changes.append(modified(say(.actor(.responsabilidad_eliminando), with(["palabras": quote(words)]))))
            case .replaced(let old, let new):
                changes.append(modified(say(.actor(.responsabilidad_reemplazando), with(["anterior": quote(old), "nuevo": quote(new)]))))
            }
            added = []
            removed = []
        }
        if added.count == 1 {
            changes.append(modified(say(.actor(.responsabilidad_agregada), with(["texto": quote(added[0])]))))
        } else if added.count > 1 {
            changes.append(modified(say(.actor(.responsabilidades_agregadas), values), list: added.map(RichText.plain)))
        }
        if removed.count == 1 {
            changes.append(modified(say(.actor(.responsabilidad_eliminada), with(["texto": quote(removed[0])]))))
        } else if removed.count > 1 {
            changes.append(modified(say(.actor(.responsabilidades_eliminadas), values), list: removed.map(RichText.plain)))
        }
        return changes
    }
}
