/// Calls, task attempts and claims (the rep's-day issue fills this in).
public struct CallLedger: Sendable {
    public init() {}
}
