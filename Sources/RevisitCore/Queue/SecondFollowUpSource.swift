/// The second follow-up: some days after a satisfaction call that reached the customer.
/// Due at the first calling window of call day + `secondFollowupDays`, overdue once calling
/// ends `secondFollowupOverdueDays` later, expired after `secondFollowupExpireDays` from due.
/// `secondFollowupDays = 0` turns it off.
public struct SecondFollowUpSource: TaskSource {
    public let kind = TaskKind.secondFollowup

    public func openTasks(_ query: TaskQuery) -> [CallTask] {
        let r = query.rules
        guard r.secondFollowupDays > 0 else { return [] }
        let ledger = query.state.calls
        let calls: [Int]
        if let c = query.customerID {
            calls = ledger.callIndexes(of: c).filter { ledger.calls.summaries[$0].isReachedSatisfaction }
        } else {
            let latest = query.asOf.date.days - r.secondFollowupDays
            calls = (latest - r.secondFollowupExpireDays ... latest).flatMap { ledger.reachedSatisfactionCalls(madeOn: $0) }
        }
        return calls.compactMap { i -> CallTask? in
            let call = ledger.calls[i]
            guard CallPermission.allows(call.customerID, in: query.state) else { return nil }
            let draft = self.draft(call, query)
            guard draft.firstDueAt <= query.asOf else { return nil }
            let task = draft.settled(query)
            return task.status.isOpen ? task : nil
        }
    }

    public func task(id: String, _ query: TaskQuery) -> CallTask? {
        guard query.rules.secondFollowupDays > 0, id.hasPrefix(kind.idPrefix + ":"),
              let call = query.state.calls.call(id: String(id.dropFirst(kind.idPrefix.count + 1))),
              call.taskKind == .satisfaction, call.outcome == .reached, call.callAt <= query.asOf else { return nil }
        return draft(call, query).settled(query)
    }

    private func draft(_ call: Call, _ query: TaskQuery) -> CallTask {
        let r = query.rules
        let due = call.callAt.date.adding(days: r.secondFollowupDays)
        let plate = call.visitRO.flatMap { query.state.visitIndex(ofRO: $0) }.map { query.state.visits.plateKey(of: $0) } ?? ""
        return CallTask(
            id: "\(kind.idPrefix):\(call.id)", kind: kind, customerID: call.customerID,
            plateKey: plate, visitRO: call.visitRO,
            firstDueAt: query.schedule.firstCall(on: due),
            overdueAt: query.schedule.lastCallEnds(on: due.adding(days: r.secondFollowupOverdueDays)),
            expiresAt: .startOfDay(due.adding(days: r.secondFollowupExpireDays + 1)))
    }
}
