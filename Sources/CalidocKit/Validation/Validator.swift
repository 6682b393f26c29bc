/// Runs every validation rule on a decoded workspace.
public enum Validator {
    /// The rules, in the order their findings are reported.
    static let rules: [any ValidationRule] = [
        DuplicateIdRule(),
        ReferenceRule(),
        ActorInvolvementRule(),
        ObjectiveLinkRule(),
        UserSegmentRule(),
        GuidelineAreaRule(),
        PlanActivityRule(),
        ProgressRule(),
        RequestStatisticsRule(),
        ProcedureRule(),
        SatisfactionRule(),
        ParticipationRule(),
        DateRule(),
        WorkspacePathRule(),
        PlaceholderTextRule(),
        RoleLabelRule(),
        UnpairedMarkerRule(),
    ]

    /// Every problem the rules find.
    ///
    /// - Parameter unreadable: Files present but not decoded (their own errors say why); rules that
    ///   need them do not report them as missing.
    public static func validate(_ workspace: Workspace, sourceMap: SourceMap, unreadable: Set<InputFile> = []) -> [Diagnostic] {
        let context = ValidationContext(sourceMap: sourceMap, unreadable: unreadable)
        return rules.flatMap { $0.check(workspace, context: context) }
    }
}
