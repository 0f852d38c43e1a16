/// One resolution of a complaint, and the recall call (二次回访) it asks for: the owner
/// calls the customer to confirm they are satisfied. A complaint resolved again after a
/// reopen asks for a new recall, so each resolution has its own `ordinal` and task id.
public struct ComplaintRecallDue: Hashable, Sendable {
    public var complaintID: String
    /// 1 for the first resolution, 2 after one reopen, ...
    public var ordinal: Int
    public var owner: String
    public var customerID: String
    public var plateKey: String?
    public var resolvedAt: CivilTime
    /// When the complaint stopped being resolved (closed or reopened); nil while it still is.
    public var endedAt: CivilTime?
    /// The resolution time when that falls inside a calling window, else the start of the next window.
    public var dueAt: CivilTime

    /// The queue task's id: `recall:P000001-1`.
    public var taskID: String { "\(ComplaintRecallDue.taskPrefix)\(complaintID)-\(ordinal)" }

    static let taskPrefix = "recall:"

    /// (complaint id, ordinal) from a task id made by `taskID`.
    public static func parse(taskID: String) -> (complaintID: String, ordinal: Int)? {
        guard taskID.hasPrefix(taskPrefix), let dash = taskID.lastIndex(of: "-"),
              let ordinal = Int(taskID[taskID.index(after: dash)...]), ordinal > 0 else { return nil }
        let id = String(taskID[taskID.index(taskID.startIndex, offsetBy: taskPrefix.count)..<dash])
        return id.isEmpty ? nil : (id, ordinal)
    }
}

extension Complaint {
    /// Each time the complaint became resolved by `asOf`, with when it stopped being resolved.
    public func resolutions(until asOf: CivilTime) -> [(resolvedAt: CivilTime, endedAt: CivilTime?)] {
        var spans: [(resolvedAt: CivilTime, endedAt: CivilTime?)] = []
        for entry in history where entry.at <= asOf {
            for case .status(let from, let to) in entry.changes {
                if from == .resolved, !spans.isEmpty { spans[spans.count - 1].endedAt = entry.at }
                if to == .resolved { spans.append((entry.at, nil)) }
            }
        }
        return spans
    }
}

extension ComplaintBook {
    /// Every resolution by `asOf` and the recall it asks for (to the owner as of `asOf`), of
    /// the given complaints or all.
    public func recalls(asOf: CivilTime, schedule: CallingSchedule, complaintIDs: [String]? = nil) -> [ComplaintRecallDue] {
        (complaintIDs?.compactMap { self[$0] } ?? all).flatMap { complaint -> [ComplaintRecallDue] in
            guard let c = complaint.asOf(asOf) else { return [] }
            return c.resolutions(until: asOf).enumerated().map { i, r in
                ComplaintRecallDue(complaintID: c.id, ordinal: i + 1, owner: c.owner,
                                   customerID: c.customerID, plateKey: c.plateKey, resolvedAt: r.resolvedAt,
                                   endedAt: r.endedAt, dueAt: schedule.nextCallingTime(atOrAfter: r.resolvedAt))
            }
        }
    }

    /// The recalls still to make at `asOf` (one for every complaint that stands resolved),
    /// of one customer or all. At or after the latest change only the complaints resolved
    /// now are looked at; an earlier moment replays them all.
    public func openRecalls(asOf: CivilTime, schedule: CallingSchedule, customerID: String? = nil) -> [ComplaintRecallDue] {
        let candidates: [String]?   // nil: every complaint
        if let customerID {
            candidates = idsByCustomer[customerID] ?? []
        } else if let latest = latestChange, asOf >= latest {
            candidates = resolvedIDs.sorted()
        } else {
            candidates = nil
        }
        return recalls(asOf: asOf, schedule: schedule, complaintIDs: candidates).filter { $0.endedAt == nil }
    }

    /// The recalls still to make at `asOf`, oldest due first.
    public func recallsDue(asOf: CivilTime, config: ShopConfig) -> [ComplaintRecallDue] {
        openRecalls(asOf: asOf, schedule: CallingSchedule(config.callingWindows))
            .sorted { ($0.dueAt, $0.complaintID) < ($1.dueAt, $1.complaintID) }
    }
}
