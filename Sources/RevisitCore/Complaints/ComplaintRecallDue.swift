/// What the call queue needs to put a complaint recall (二次回访) on the owner's list.
public struct ComplaintRecallDue: Hashable, Sendable {
    public var complaintID: String
    public var owner: String
    public var customerID: String
    public var plateKey: String?
    public var resolvedAt: CivilTime
    /// The first calling moment at or after the resolution, on a business day.
    public var dueAt: CivilTime
}

extension ComplaintBook {
    /// One recall for every complaint that stands resolved at `asOf`, oldest due first.
    /// A recall is due at the resolution time when that falls inside a calling window on a
    /// business day, else at the start of the next such window.
    public func recallsDue(asOf: CivilTime, config: ShopConfig) -> [ComplaintRecallDue] {
        let clock = BusinessClock(config.businessHours)
        return ids.compactMap { id -> ComplaintRecallDue? in
            guard let c = byID[id]?.asOf(asOf), let resolvedAt = c.resolvedAt else { return nil }
            let due = clock.nextCallingTime(atOrAfter: resolvedAt, windows: config.callingWindows)
            return ComplaintRecallDue(complaintID: c.id, owner: c.owner, customerID: c.customerID,
                                      plateKey: c.plateKey, resolvedAt: resolvedAt, dueAt: due)
        }.sorted { ($0.dueAt, $0.complaintID) < ($1.dueAt, $1.complaintID) }
    }
}

extension BusinessClock {
    /// `time` itself when it falls inside one of `windows` on a business day, else the start
    /// of the next window on a business day. With no windows, `time`.
    public func nextCallingTime(atOrAfter time: CivilTime, windows: [TimeWindow]) -> CivilTime {
        let sorted = windows.sorted { $0.start < $1.start }
        guard !sorted.isEmpty else { return time }
        var date = time.date
        // A year of closed days is a broken config, not a reason to loop for ever.
        for _ in 0..<366 {
            if isBusinessDay(date) {
                for w in sorted {
                    let start = CivilTime(date: date, hour: 0, minute: w.start)
                    let end = CivilTime(date: date, hour: 0, minute: w.end)
                    if time < end { return max(time, start) }
                }
            }
            date = date.adding(days: 1)
        }
        return time
    }
}
