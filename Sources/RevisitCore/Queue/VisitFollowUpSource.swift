/// A call some days after a visit: the satisfaction call after service work, the new-car
/// call after a delivery. Due at the first calling window of delivery + due days, overdue
/// once calling ends on delivery + overdue days, expired after delivery + expire days.
public struct VisitFollowUpSource: TaskSource {
    public let kind: TaskKind
    let visitTypes: Set<VisitType>
    let spans: @Sendable (RuleSpans) -> (due: Int, overdue: Int, expire: Int)

    public static let satisfaction = VisitFollowUpSource(
        kind: .satisfaction, visitTypes: [.maintenance, .repair, .warranty, .insurance, .bodywork],
        spans: { ($0.satisfactionDueDays, $0.satisfactionOverdueDays, $0.satisfactionExpireDays) })

    public static let newCar = VisitFollowUpSource(
        kind: .newCar, visitTypes: [.delivery],
        spans: { ($0.newCarDueDays, $0.newCarOverdueDays, $0.newCarExpireDays) })

    public func openTasks(_ query: TaskQuery) -> [CallTask] {
        let span = spans(query.rules)
        let asOfDay = query.asOf.date.days
        let candidates: [Int] = if let c = query.customerID {
            query.state.visitIndexesByCustomer[c] ?? []
        } else {
            (asOfDay - span.expire ... max(asOfDay - span.expire, asOfDay - span.due))
                .flatMap { query.state.calls.timeline.visits(deliveredOn: $0) }
        }
        return candidates.compactMap { i -> CallTask? in
            guard visitTypes.contains(query.state.visits.type(of: i)) else { return nil }
            let visit = query.state.visits[i]
            guard CallPermission.allows(visit.customerID, in: query.state) else { return nil }
            let draft = self.draft(visit, query)
            guard draft.firstDueAt <= query.asOf else { return nil }
            let task = draft.settled(query)
            return task.status.isOpen ? task : nil
        }
    }

    public func task(id: String, _ query: TaskQuery) -> CallTask? {
        let ro = String(id.dropFirst(kind.idPrefix.count + 1))
        guard id.hasPrefix(kind.idPrefix + ":"), let i = query.state.visitIndex(ofRO: ro) else { return nil }
        return task(visitIndex: i, query)
    }

    /// The task following the visit at `index`, if the rule makes one by `query.asOf`.
    func task(visitIndex index: Int, _ query: TaskQuery) -> CallTask? {
        let visit = query.state.visits[index]
        guard visitTypes.contains(visit.type), visit.deliveredAt <= query.asOf else { return nil }
        return draft(visit, query).settled(query)
    }

    private func draft(_ visit: Visit, _ query: TaskQuery) -> CallTask {
        let span = spans(query.rules)
        let delivered = visit.deliveredAt.date
        return CallTask(
            id: "\(kind.idPrefix):\(visit.roNumber)", kind: kind, customerID: visit.customerID,
            plateKey: visit.plateKey, visitRO: visit.roNumber,
            firstDueAt: query.schedule.firstCall(on: delivered.adding(days: span.due)),
            overdueAt: query.schedule.lastCallEnds(on: delivered.adding(days: span.overdue)),
            expiresAt: .startOfDay(delivered.adding(days: span.expire + 1)))
    }
}
