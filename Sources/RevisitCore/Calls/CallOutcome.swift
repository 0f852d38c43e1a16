/// How a call ended. Spelled in the journal and the CLI as the raw values.
public enum CallOutcome: String, CaseIterable, Sendable {
    case reached
    case noAnswer = "no-answer"
    case busy
    case callback
    case wrongNumber = "wrong-number"
    case refused

    /// No-answer and busy count toward the attempts after which a task closes as unreachable.
    public var isFailedAttempt: Bool { self == .noAnswer || self == .busy }
    /// The customer was spoken to, so the survey answers may be recorded.
    public var spokeToCustomer: Bool { self == .reached }
}

/// Why a lost customer stopped coming, as recorded on a win-back call.
public enum WinBackCause: String, CaseIterable, Sendable {
    case price, distance
    case serviceQuality = "service-quality"
    case movedAway = "moved-away"
    case carSold = "car-sold"
    case other
}
