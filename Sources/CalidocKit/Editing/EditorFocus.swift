/// Where the keyboard focus goes when the form comes back after «Agregar», «Quitar», «Subir» or
/// «Bajar»: without it, the browser starts again at the top of a long form and a person on the
/// keyboard (or a screen reader) loses their place. Rendered as `autofocus`, so it works without
/// JavaScript.
public enum EditorFocus: Sendable, Equatable {
    /// The first control inside the item at `path` (the new card, the moved card, the card that took
    /// a removed one's place).
    case item(path: String)
    /// The «Agregar» button of the list at `path` (after its last item was removed).
    case addButton(listPath: String)

    /// Where `action` leaves the focus, for a list that now has `count` items.
    static func after(_ action: EditorAction, listPath: String, index: Int?, count: Int) -> EditorFocus? {
        switch action {
        case .save:
            return nil
        case .add:
            return .item(path: "\(listPath).\(count - 1)")
        case .move(_, let up):
            guard let index else { return nil }
            let moved = up ? index - 1 : index + 1
            return .item(path: "\(listPath).\((0..<count).contains(moved) ? moved : index)")
        case .remove:
            guard let index, count > 0 else { return .addButton(listPath: listPath) }
            return .item(path: "\(listPath).\(min(index, count - 1))")
        }
    }

    /// Whether a control at `path` (its components) is inside the focused item.
    func contains(_ path: [String]) -> Bool {
        guard case .item(let item) = self else { return false }
        let name = path.joined(separator: ".")
        return name == item || name.hasPrefix(item + ".")
    }
}
