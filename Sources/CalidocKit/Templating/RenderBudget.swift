/// Counts what one rendering produces and stops it once it exceeds its limit.
///
/// The context is handed to Mustache as a ``TemplateScope`` holding the budget: every list item
/// yielded is charged (the text its section renders per item, from ``TemplateBounds/itemCosts()``),
/// and every text looked up is charged its length. Once the limit is passed, lists yield nothing more and
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
}
