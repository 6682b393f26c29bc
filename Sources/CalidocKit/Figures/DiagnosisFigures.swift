/// Derived figures of the diagnosis sources, as the PMG consolidated report computes them.
extension RequestYear {
    /// % respondidos = respondidos / recibidos × 100.
    public var answeredShare: Ratio { Ratio(respondidos, of: recibidos) }
    /// % fuera de plazo = respondidos en más de 20 días hábiles / respondidos × 100 (denominator: answered).
    public var lateShare: Ratio? { respondidosMas20Dias.map { Ratio($0, of: respondidos) } }
}

extension SAIPYear {
    /// % respondidas = respondidas / recibidas × 100.
    public var answeredShare: Ratio { Ratio(respondidas, of: recibidas) }
    /// % fuera de plazo = respondidas en más de 20 días hábiles / respondidas × 100.
    public var lateShare: Ratio? { mas20Dias.map { Ratio($0, of: respondidas) } }
}

extension ProcedureYear {
    /// % fuera de plazo = transacciones sobre el tiempo esperado / transacciones gestionadas × 100.
    public var lateShare: Ratio? {
        guard let fueraDePlazo, let total else { return nil }
        return Ratio(fueraDePlazo, of: total)
    }
}

extension ParticipationInstance {
    /// Participantes / total, shown truncated as in the GORE deck (151 of 275 → "54 %").
    public var share: Ratio { Ratio(participantes, of: total) }
}
