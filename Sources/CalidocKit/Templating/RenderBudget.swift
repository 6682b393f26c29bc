import Mustache

/// Counts what one rendering produces and stops it once it exceeds its limit.
///
/// The context is handed to Mustache wrapped: every list is a ``BudgetedList`` that charges each
/// item it yields (the text its section renders per item, from ``TemplateBounds/itemCosts()``), and
/// every text looked up is charged its length. Once the limit is passed, lists yield nothing more and
/// lookups find nothing, so the rendering unwinds at once instead of running for minutes; the caller
/// then refuses the template, naming the list that grew too large.
final class RenderBudget {
    private let costs: [String: Int]
    private var remaining: Int
    /// The key of the list (or text) being rendered when the limit was passed.
    private(set) var exhaustedKey: String?

    init(costs: [String: Int], limit: Int) {
        self.costs = costs
        self.remaining = limit
    }

    var isExhausted: Bool { exhaustedKey != nil }

    /// Charges `amount` for `key`; `false` once the limit is passed.
    func charge(_ amount: Int, for key: String) -> Bool {
        guard exhaustedKey == nil else { return false }
        remaining -= min(amount, remaining + 1)
        if remaining < 0 {
            exhaustedKey = key
            return false
        }
        return true
    }

    /// Cost of one item of the list under `key`.
    func itemCost(_ key: String) -> Int { costs[key] ?? TemplateBounds.minimumItemCost }

    /// `value` with its lists and mappings wrapped so that rendering them is charged.
    func wrap(_ value: Any, key: String) -> Any {
        switch value {
        case let mapping as [String: Any]: BudgetedMapping(values: mapping, budget: self)
        case let list as [Any]: BudgetedList(elements: list, key: key, budget: self)
        default: value
        }
    }
}

/// A context mapping whose lookups are charged to a budget.
struct BudgetedMapping: MustacheParent {
    let values: [String: Any]
    let budget: RenderBudget

    func child(named name: String) -> Any? {
        guard !budget.isExhausted, let value = values[name] else { return nil }
        if let text = value as? String {
            return budget.charge(text.utf8.count, for: name) ? text : nil
        }
        return budget.wrap(value, key: name)
    }
}

/// A context list whose items are charged to a budget as they are rendered.
struct BudgetedList: MustacheSequence, MustacheTransformable {
    let elements: [Any]
    let key: String
    let budget: RenderBudget

    struct Iterator: IteratorProtocol {
        var base: IndexingIterator<[Any]>
        let list: BudgetedList

        mutating func next() -> Any? {
            guard let element = base.next(), list.budget.charge(list.budget.itemCost(list.key), for: list.key) else {
                return nil
            }
            return list.budget.wrap(element, key: list.key)
        }
    }

    func makeIterator() -> Iterator { Iterator(base: elements.makeIterator(), list: self) }

    /// Transforms (`{{#first(lista)}}` …) act on the plain list, as without a budget.
    func transform(_ name: String) -> Any? {
        elements.transform(name).map { budget.wrap($0, key: key) }
    }
}
