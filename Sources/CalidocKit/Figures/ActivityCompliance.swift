/// The computed results of one activity of the Plan: its indicator's value from the last measurement
/// and how far that goes towards the meta. Computed, never typed.
public struct ActivityCompliance: Hashable, Sendable {
    /// The activity in `plan.yaml` (`nil` when the report names an id the Plan does not have).
    public let activity: PlanActivity?
    /// What the report says of it.
    public let progress: ActivityProgress

    /// Creates the results of `progress` against the Plan's `activity`.
    public init(activity: PlanActivity?, progress: ActivityProgress) {
        self.activity = activity
        self.progress = progress
    }

    /// The results of every entry of `report`, in the report's order.
    public static func all(_ report: PlanProgress, plan: ImprovementPlan?) -> [ActivityCompliance] {
        report.actividades.map { entry in
            ActivityCompliance(activity: plan?.actividades.first { $0.id == entry.actividad }, progress: entry)
        }
    }

    /// Whether the indicator is a percentage (value = numerator / denominator × 100).
    public var isPercentage: Bool { activity?.indicador?.unidad?.trimmingCharacters(in: .whitespaces) == "%" }

    /// The value of a measurement in the indicator's unit; `nil` when its denominator is 0 or a
    /// figure is not a finite number (validation reports both).
    public func value(of measurement: Measurement) -> Double? {
        guard measurement.denominador != 0, measurement.numerador.isFinite, measurement.denominador.isFinite else { return nil }
        let ratio = measurement.numerador / measurement.denominador
        let value = isPercentage ? ratio * 100 : ratio
        return value.isFinite ? value : nil
    }

    /// The latest measured value.
    public var latestValue: Double? {
        guard let last = progress.mediciones?.last else { return nil }
        return value(of: last)
    }

    /// The meta as a number (`nil` when absent or "no comprometida").
    public var goal: Double? {
        if case .value(let goal)? = activity?.indicador?.meta { return goal }
        return nil
    }

    /// Whether lower values are better: the baseline is above the meta (a waiting time to reduce).
    public var decreasing: Bool {
        guard let baseline = activity?.indicador?.lineaBase, let goal else { return false }
        return baseline > goal
    }

    /// Compliance against the meta, in % (100 = meta reached); `nil` without a measurement or a
    /// numeric meta. For a decreasing indicator it is the share of the gap from the baseline closed.
    public var percentOfGoal: Double? {
        guard let value = latestValue, let goal else { return nil }
        if decreasing, let baseline = activity?.indicador?.lineaBase {
            let gap = baseline - goal
            guard gap > 0 else { return nil }
            return max(0, (baseline - value) / gap * 100)
        }
        guard goal > 0 else { return value >= goal ? 100 : nil }
        return value / goal * 100
    }

    /// Whether the latest value reaches the meta.
    public var reachesGoal: Bool? {
        guard let value = latestValue, let goal else { return nil }
        return decreasing ? value <= goal : value >= goal
    }

    /// A number as the report prints it; values beyond what a report can mean print as "—" (the
    /// validator refuses them before).
    public static func display(_ value: Double?, decimals: Int = 1) -> String {
        guard let value, value.isFinite, abs(value) < 1e12 else { return "—" }
        return ChileanNumber.compact(value, maximumDecimals: decimals)
    }
}
