/// What puts a call on the list. The raw values are the spellings of the CLI and the journal.
public enum TaskKind: String, CaseIterable, Sendable {
    case satisfaction
    case secondFollowup = "second-followup"
    case newCar = "new-car"
    case maintenance
    case winBack = "win-back"
    case complaintRecall = "complaint-recall"

    /// The prefix of this kind's task ids (`sat:RO-2026-0001`).
    public var idPrefix: String {
        switch self {
        case .satisfaction: "sat"
        case .secondFollowup: "f2"
        case .newCar: "new"
        case .maintenance: "maint"
        case .winBack: "win"
        case .complaintRecall: "recall"
        }
    }

    public init?(taskID: String) {
        guard let colon = taskID.firstIndex(of: ":") else { return nil }
        let prefix = taskID[..<colon]
        guard let kind = TaskKind.allCases.first(where: { $0.idPrefix == prefix }) else { return nil }
        self = kind
    }
}
