/// How a complaint reached the desk.
public enum ComplaintChannel: String, CaseIterable, Sendable {
    case followUpCall = "follow-up-call", inboundCall = "inbound-call", walkIn = "walk-in", letter, online
}

/// What the complaint is about, as the desk classifies it.
public enum ComplaintCategory: String, CaseIterable, Sendable {
    case serviceQuality = "service-quality", partsQuality = "parts-quality", warrantyClaim = "warranty-claim"
    case repairQuality = "repair-quality", vehicleQuality = "vehicle-quality", technicalProblem = "technical-problem"
    case booking, reception, other
}

/// A crisis (危机事件) puts a complaint at the top of every queue and escalates it at once.
public enum ComplaintCrisis: String, CaseIterable, Sendable {
    case none, safety, largeSum = "large-sum", media, lawyer, police
    case consumerAssociation = "consumer-association", government, otherRisk = "other-risk"

    public var isCrisis: Bool { self != .none }
}

public enum ComplaintStatus: String, CaseIterable, Sendable {
    case open, inProgress = "in-progress", waiting, resolved, closed

    /// The complaint clocks run only in these statuses: they pause while `waiting`
    /// and stop once `resolved` or `closed` (until a reopen starts them again).
    public var clockRuns: Bool { self == .open || self == .inProgress }

    /// Still on the desk's plate (shown in the supervisor's queue).
    public var isLive: Bool { self != .closed }
}

extension RawRepresentable where RawValue == String, Self: CaseIterable {
    /// "a, b or c": the spellings a refusal lists.
    public static var spellings: String {
        let all = allCases.map(\.rawValue)
        return all.count < 2 ? all.joined() : all.dropLast().joined(separator: ", ") + " or " + all.last!
    }

    /// Parses a spelling, or says which spellings exist.
    public static func parse(_ text: String, what: String) throws(CommandError) -> Self {
        guard let value = Self(rawValue: text.trimmed.lowercased()) else {
            throw .invalid("\(what) \(String(reflecting: text)) is not known; use \(spellings)")
        }
        return value
    }
}
