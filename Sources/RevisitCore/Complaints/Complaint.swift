/// A complaint (投诉) as it now stands, with the history of every change that made it so.
/// The fields below the fixed ones are the result of replaying `history`; only
/// `record(_:)` changes them, so the two never disagree.
public struct Complaint: Hashable, Sendable {
    // Fixed when the complaint is opened.
    public let id: String
    public let customerID: String
    /// Plate key of the vehicle concerned, if any.
    public let plateKey: String?
    /// The call the complaint came from, if any.
    public let callID: String?
    public let receivedAt: CivilTime
    public let channel: ComplaintChannel
    /// The customer's words verbatim, byte for byte; never trimmed or normalised.
    public let words: String

    /// Received by; first-person responsibility: the owner makes the follow-up calls.
    public private(set) var owner: String
    public private(set) var category = ComplaintCategory.other
    public private(set) var crisis = ComplaintCrisis.none
    public private(set) var department = ""
    /// Login of the responsible person; empty until assigned.
    public private(set) var responsible = ""
    public private(set) var deadline: CivilDate?
    public private(set) var deadlineSignedBy = ""
    public private(set) var resolution = ""
    public private(set) var improvementSummary = ""
    public private(set) var status = ComplaintStatus.open
    public private(set) var reopened = 0
    public private(set) var firstContactAt: CivilTime?
    public private(set) var history: [ComplaintHistoryEntry] = []

    public init(id: String, customerID: String, plateKey: String?, callID: String?, owner: String,
                receivedAt: CivilTime, channel: ComplaintChannel, words: String) {
        self.id = id; self.customerID = customerID; self.plateKey = plateKey; self.callID = callID
        self.owner = owner; self.receivedAt = receivedAt; self.channel = channel; self.words = words
    }

    /// Applies an entry's changes and appends it to the history.
    public mutating func record(_ entry: ComplaintHistoryEntry) {
        for change in entry.changes {
            switch change {
            case .opened, .recall: break
            case .status(let from, let to):
                if to == .inProgress && (from == .resolved || from == .closed) { reopened += 1 }
                status = to
            case .contacted: if firstContactAt == nil { firstContactAt = entry.at }
            case .category(let c): category = c
            case .crisis(let c): crisis = c
            case .department(let d): department = d
            case .responsible(let p): responsible = p
            case .owner(let o): owner = o
            case .deadline(let d): deadline = d; deadlineSignedBy = entry.by
            case .resolution(let r): resolution = r
            case .summary(let s): improvementSummary = s
            }
        }
        history.append(entry)
    }

    public var lastChangedAt: CivilTime { history.last?.at ?? receivedAt }

    /// The complaint as it stood at `time`: nil before it was received, else its history
    /// replayed up to and including `time`.
    public func asOf(_ time: CivilTime) -> Complaint? {
        guard receivedAt <= time else { return nil }
        guard time < lastChangedAt else { return self }
        var past = Complaint(id: id, customerID: customerID, plateKey: plateKey, callID: callID,
                             owner: history.first?.by ?? owner, receivedAt: receivedAt, channel: channel, words: words)
        for entry in history where entry.at <= time { past.record(entry) }
        return past
    }

    /// When the complaint last became resolved, if it is resolved now.
    public var resolvedAt: CivilTime? {
        guard status == .resolved else { return nil }
        return history.last { entry in
            entry.changes.contains { if case .status(_, .resolved) = $0 { true } else { false } }
        }?.at
    }

    /// `(from, status)` spans of the complaint's life up to `end`, in order.
    public func statusSpans(until end: CivilTime) -> [(from: CivilTime, to: CivilTime, status: ComplaintStatus)] {
        var spans: [(from: CivilTime, to: CivilTime, status: ComplaintStatus)] = []
        var start = receivedAt, current = ComplaintStatus.open
        for entry in history where entry.at <= end {
            for case .status(_, let to) in entry.changes where to != current {
                if entry.at > start { spans.append((start, entry.at, current)) }
                start = entry.at; current = to
            }
        }
        if end > start { spans.append((start, end, current)) }
        return spans
    }
}
