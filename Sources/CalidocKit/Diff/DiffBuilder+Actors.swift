import Foundation

extension DiffBuilder {
    /// The statements for one actor present in both versions: its name, its role, and the
    /// responsibilities it gains, loses or has reworded, each said in a sentence of its own with the
    /// texts quoted (no diff notation: these sentences go on the Comité's slides as they are).
    func actorChanges(_ before: Actor, _ after: Actor, old: Int, new: Int) -> [Change] {
        let describe: (Actor) -> String = { "\($0.actor) \($0.rol) \($0.responsabilidades.joined(separator: " "))" }
        let reason = after.motivo.map { ", " + $0 } ?? ""
        let who = quote(after.actor)
        func modified(_ statement: String, list: [String] = []) -> Change {
            change(.modificado, "rol", id: after.id, old: old, new: new, oldText: describe(before), newText: describe(after),
                   motivo: after.motivo, respondeA: after.respondeA, statement: statement, list: list)
        }
        var changes: [Change] = []
        if before.actor != after.actor {
            changes.append(modified(language.pick("Se modifica el nombre del actor \(quote(before.actor)) a \(who)\(reason).",
                                                  "The actor \(quote(before.actor)) is renamed \(who)\(reason).")))
        }
        if before.involucramiento != after.involucramiento {
            changes.append(modified(language.pick(
                "Se modifica el involucramiento de \(who) de \(quote(before.involucramiento.spanishLabel)) a \(quote(after.involucramiento.spanishLabel))\(reason).",
                "The involvement of \(who) changes from \(quote(before.involucramiento.englishLabel)) to \(quote(after.involucramiento.englishLabel))\(reason).")))
        }
        if RichText.plain(before.rol) != RichText.plain(after.rol) {
            changes.append(modified(language.pick("Se modifica el rol de \(who)\(reason): \(quote(after.rol)).",
                                                  "The role of \(who) changes\(reason): \(quote(after.rol)).")))
        }
        var added = after.responsabilidades.filter { !before.responsabilidades.contains($0) }
        var removed = before.responsabilidades.filter { !after.responsabilidades.contains($0) }
        // One responsibility reworded (same place, small edit): say the edit rather than a removal plus an addition.
        if added.count == 1, removed.count == 1, let edit = WordingEdit.between(removed[0], added[0]) {
            let how: String
            switch edit {
            case .inserted(let words): how = language.pick("incorporando \(quote(words))", "adding \(quote(words))")
            case .removed(let words): how = language.pick("eliminando \(quote(words))", "removing \(quote(words))")
            case .replaced(let old, let new):
                how = language.pick("reemplazando \(quote(old)) por \(quote(new))", "replacing \(quote(old)) with \(quote(new))")
            }
            changes.append(modified(language.pick(
                "Se modifica una responsabilidad/función de \(who)\(reason), \(how): \(quote(added[0])).",
                "A responsibility/function of \(who) changes\(reason), \(how): \(quote(added[0])).")))
            added = []
            removed = []
        }
        if added.count == 1 {
            changes.append(modified(language.pick("Se agrega una responsabilidad/función a \(who)\(reason): \(quote(added[0])).",
                                                  "A responsibility/function is added to \(who)\(reason): \(quote(added[0])).")))
        } else if added.count > 1 {
            changes.append(modified(language.pick("Se agregan responsabilidades/funciones a \(who)\(reason):",
                                                  "Responsibilities/functions are added to \(who)\(reason):"),
                                    list: added.map(RichText.plain)))
        }
        if removed.count == 1 {
            changes.append(modified(language.pick("Se elimina una responsabilidad/función de \(who)\(reason): \(quote(removed[0])).",
                                                  "A responsibility/function of \(who) is removed\(reason): \(quote(removed[0])).")))
        } else if removed.count > 1 {
            changes.append(modified(language.pick("Se eliminan responsabilidades/funciones de \(who)\(reason):",
                                                  "Responsibilities/functions of \(who) are removed\(reason):"),
                                    list: removed.map(RichText.plain)))
        }
        return changes
    }
}
