/// The complaints part of the monthly report.
///
/// A complaint is listed when it was received in the month, or received before it and
/// *still open at its end*: its status after the month's last minute was open, in progress
/// or waiting (not yet resolved or closed). Each is shown as it stands when the report is
/// made (`asOf`), so its resolution, recall and reaction appear even when they came later.
enum ComplaintLines {
    static func lines(month: ReportPeriod, state: StoreState, asOf: CivilTime,
                      recallWords: (String) -> String?) -> [ComplaintLine] {
        let lastMinute = month.endTime.adding(minutes: -1)
        var lines: [ComplaintLine] = []
        for complaint in state.complaints.all {
            guard let c = complaint.asOf(asOf), c.receivedAt < month.endTime else { continue }
            if !month.contains(c.receivedAt) {
                guard let atEnd = c.asOf(lastMinute), isUnresolved(atEnd.status) else { continue }
            }
            lines.append(line(c, state: state, asOf: asOf, recallWords: recallWords))
        }
        return lines.sorted { $0.receivedAt != $1.receivedAt ? $0.receivedAt < $1.receivedAt : $0.id < $1.id }
    }

    static func isUnresolved(_ status: ComplaintStatus) -> Bool {
        status == .open || status == .inProgress || status == .waiting
    }

    static func line(_ c: Complaint, state: StoreState, asOf: CivilTime, recallWords: (String) -> String?) -> ComplaintLine {
        let resolved = resolvedAt(c)
        let recall = lastRecall(c)
        return ComplaintLine(
            id: c.id, receivedAt: c.receivedAt, customerID: c.customerID,
            customerName: state.customers[c.customerID]?.name ?? "", words: c.words,
            category: c.category.rawValue, crisis: c.crisis.rawValue, owner: c.owner, responsible: c.responsible,
            deadline: c.deadline, status: c.status.rawValue, resolvedAt: resolved,
            onTime: onTime(deadline: c.deadline, resolvedAt: resolved, asOf: asOf),
            recallSatisfied: recall?.satisfied,
            reaction: recall.map { r in r.callID.isEmpty ? r.note : recallWords(r.callID) ?? r.note } ?? "")
    }

    /// When the complaint last went from open, in progress or waiting to resolved or closed,
    /// if it is resolved or closed now.
    static func resolvedAt(_ c: Complaint) -> CivilTime? {
        guard !isUnresolved(c.status) else { return nil }
        return c.history.last { entry in
            entry.changes.contains { change in
                guard case .status(let from, let to) = change else { return false }
                return isUnresolved(from) && !isUnresolved(to)
            }
        }?.at
    }

    /// Resolved on or before the deadline day: on time; after it, or unresolved once the
    /// deadline day is over: late; otherwise (no deadline, or not yet due) not known.
    static func onTime(deadline: CivilDate?, resolvedAt: CivilTime?, asOf: CivilTime) -> Bool? {
        guard let deadline else { return nil }
        if let resolvedAt { return resolvedAt.date <= deadline }
        return asOf.date > deadline ? false : nil
    }

    static func lastRecall(_ c: Complaint) -> (satisfied: Bool, callID: String, note: String)? {
        for entry in c.history.reversed() {
            for case .recall(let satisfied, let callID) in entry.changes { return (satisfied, callID, entry.note) }
        }
        return nil
    }

    /// Counts by category in `ComplaintCategory`'s order, only the categories that occur.
    static func byCategory(_ lines: [ComplaintLine]) -> [NamedCount] {
        ComplaintCategory.allCases.compactMap { category in
            let n = lines.count { $0.category == category.rawValue }
            return n > 0 ? NamedCount(name: category.rawValue, count: n) : nil
        }
    }
}
