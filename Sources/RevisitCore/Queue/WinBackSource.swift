/// Win-back: a customer whose latest paying visit (any type but promo) is more than
/// `winBackMonths` old gets a task when crossing that line (at the next calling time).
/// Once a win-back task closes (reached, or otherwise ended), the next one comes no
/// sooner than `winBackQuietDays` later, if the customer has still not come back.
/// Win-back tasks are never overdue and never expire.
public struct WinBackSource: TaskSource {
    public let kind = TaskKind.winBack

    public func openTasks(_ query: TaskQuery) -> [CallTask] {
        candidates(query).compactMap { customerID, lastPaying -> CallTask? in
            guard CallPermission.allows(customerID, in: query.state),
                  let last = chain(customerID, lastPaying: lastPaying, query).last, last.status.isOpen else { return nil }
            return last
        }
    }

    /// Customers who may be lost at `query.asOf`, each with their latest paying visit by then.
    private func candidates(_ query: TaskQuery) -> [(String, Int)] {
        let state = query.state, timeline = state.calls.timeline
        let atAsOf = { (c: String) in timeline.lastPayingVisit(of: c, by: query.asOf, state).map { (c, $0) } }
        if let c = query.customerID { return atAsOf(c).map { [$0] } ?? [] }
        // Month arithmetic clamps at month ends, hence a few days' margin; `chain` checks exactly.
        let cutoff = query.asOf.date.adding(months: -query.rules.winBackMonths).days + 3
        var found = timeline.customers(lastPayingOnOrBefore: cutoff).map { ($0.customerID, $0.visit) }
        // Customers with paying visits after asOf: their latest paying visit then was an earlier one.
        var seen = Set<String>()
        for i in timeline.visits(deliveredOnOrAfter: query.asOf.date.days) {
            guard state.visits.type(of: i).isPaying, state.visits.deliveredAt(i) > query.asOf,
                  case let customerID = state.visits.customerID(of: i), seen.insert(customerID).inserted,
                  let candidate = atAsOf(customerID) else { continue }
            found.append(candidate)
        }
        return found
    }

    public func task(id: String, _ query: TaskQuery) -> CallTask? {
        let parts = id.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == kind.idPrefix else { return nil }
        let customerID = String(parts[1])
        guard let last = query.state.calls.timeline.lastPayingVisit(of: customerID, by: query.asOf, query.state) else { return nil }
        return chain(customerID, lastPaying: last, query).first { $0.id == id }
    }

    /// The customer's win-back tasks of the current lost spell, oldest first, as of `query.asOf`.
    func chain(_ customerID: String, lastPaying: Int, _ query: TaskQuery) -> [CallTask] {
        // Only the visit's time, plate and order number: the queue asks this of every lost
        // customer, tens of thousands, and decoding each visit whole was most of that.
        let visits = query.state.visits
        let delivered = visits.deliveredAt(lastPaying)
        let crossing = CivilTime(date: delivered.date.adding(months: query.rules.winBackMonths), minute: delivered.minuteOfDay)
        var due = query.schedule.nextCallingTime(atOrAfter: crossing)
        var tasks: [CallTask] = []
        lazy var plateKey = visits.plateKey(of: lastPaying)
        lazy var roNumber = visits.roNumber(of: lastPaying)
        while due <= query.asOf {
            let task = CallTask(id: kind.idPrefix + ":" + customerID + ":" + TaskIDText.date(due.date), kind: kind, customerID: customerID,
                                plateKey: plateKey, visitRO: roNumber,
                                firstDueAt: due, overdueAt: nil, expiresAt: nil).settled(query)
            tasks.append(task)
            guard !task.status.isOpen, let ended = task.endedAt else { break }
            due = query.schedule.nextCallingTime(atOrAfter: ended.adding(days: query.rules.winBackQuietDays))
        }
        return tasks
    }
}
