import Mustache

/// What Mustache sees of a ``TemplateObject``: its keys, looked up as ``TemplateObject/lookup(_:)``
/// says, each value handed over in the form Mustache renders for its kind.
///
/// Under a ``RenderBudget`` (a workspace's own templates) every text looked up and every list item
/// rendered is charged; once the budget is spent lookups find nothing and lists end, so the
/// rendering unwinds at once.
struct TemplateScope: MustacheParent {
    let object: TemplateObject
    let budget: RenderBudget?

    func child(named name: String) -> Any? {
        if let budget, budget.isExhausted { return nil }
        guard let value = object.lookup(name) else { return nil }
        switch value {
        case .text(let text):
            return charge(text, for: name)
        case .html(let html):
            return charge(html.xhtml, for: name)
        case .flag, .list, .object:
            return value.mustache(key: name, budget: budget)
        }
    }

    private func charge(_ text: String, for key: String) -> String? {
        guard let budget else { return text }
        return budget.charge(text.utf8.count, for: key) ? text : nil
    }
}

/// What Mustache sees of a list: a sequence of its items (charged to the budget, if any) that
/// also answers the list transforms (`first`, `last`, `reversed`, `count`, `empty`).
struct TemplateList: MustacheSequence, MustacheTransformable {
    let items: [TemplateValue]
    let key: String
    let budget: RenderBudget?

    struct Iterator: IteratorProtocol {
        var base: IndexingIterator<[TemplateValue]>
        let list: TemplateList

        mutating func next() -> Any? {
            guard let item = base.next() else { return nil }
            if let budget = list.budget, !budget.charge(budget.itemCost(list.key), for: list.key) { return nil }
            return item.mustache(key: list.key, budget: list.budget)
        }
    }

    func makeIterator() -> Iterator { Iterator(base: items.makeIterator(), list: self) }

    func transform(_ name: String) -> Any? {
        switch name {
        case "first": items.first.map { $0.mustache(key: key, budget: budget) }
        case "last": items.last.map { $0.mustache(key: key, budget: budget) }
        case "reversed": TemplateList(items: items.reversed(), key: key, budget: budget)
        case "count": items.count
        case "empty": items.isEmpty
        default: nil
        }
    }
}

extension TemplateValue {
    /// The form Mustache renders: text as `String` (escaped by `{{ }}`, as is by `{{{ }}}`), flags as
    /// `Bool`, lists and objects as the wrappers above. An item of a list keeps its empty text.
    func mustache(key: String, budget: RenderBudget?) -> Any {
        switch self {
        case .text(let text): text
        case .html(let html): html.xhtml
        case .flag(let flag): flag
        case .list(let items): TemplateList(items: items, key: key, budget: budget)
        case .object(let object): TemplateScope(object: object, budget: budget)
        }
    }
}
