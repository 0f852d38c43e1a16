/// One thing a history entry changed. Replaying a complaint's entries in order rebuilds it,
/// which is how a complaint is seen "as of" any earlier moment.
public enum ComplaintChange: Hashable, Sendable, CustomStringConvertible {
    case opened
    case status(from: ComplaintStatus, to: ComplaintStatus)
    /// The customer was contacted (the first one stops the first-contact clock).
    case contacted
    case category(ComplaintCategory)
    case crisis(ComplaintCrisis)
    case department(String)
    case responsible(String)
    case owner(String)
    /// A deadline, signed by the entry's author.
    case deadline(CivilDate)
    case resolution(String)
    /// The second call (二次回访) after resolution: satisfied closes, not satisfied reopens.
    case recall(satisfied: Bool, callID: String)
    /// The summary for improvement kept when a complaint closes.
    case summary(String)

    public var description: String {
        switch self {
        case .opened: "opened"
        case .status(let from, let to): "status \(from.rawValue) -> \(to.rawValue)"
        case .contacted: "contacted the customer"
        case .category(let c): "category \(c.rawValue)"
        case .crisis(let c): "crisis \(c.rawValue)"
        case .department(let d): "department \(d)"
        case .responsible(let p): "responsible \(p)"
        case .owner(let o): "owner \(o)"
        case .deadline(let d): "deadline \(d)"
        case .resolution: "resolution recorded"
        case .recall(let satisfied, let call):
            "recall\(call.isEmpty ? "" : " " + call): " + (satisfied ? "satisfied" : "not satisfied")
        case .summary: "summary for improvement recorded"
        }
    }
}

/// Who changed what, when, and why.
public struct ComplaintHistoryEntry: Hashable, Sendable {
    public var at: CivilTime
    public var by: String
    public var changes: [ComplaintChange]
    public var note: String

    public init(at: CivilTime, by: String, changes: [ComplaintChange], note: String = "") {
        self.at = at; self.by = by; self.changes = changes; self.note = note
    }

    /// "status open -> in-progress; deadline 2026-11-27 (signed by wang.fang)"
    public var what: String {
        changes.map { change in
            if case .deadline = change { return "\(change) (signed by \(by))" }
            return change.description
        }.joined(separator: "; ")
    }
}
