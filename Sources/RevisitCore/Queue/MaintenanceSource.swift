/// The maintenance reminder, one per vehicle: due at the first calling window `maintenanceLeadDays`
/// before the next service date (see `MaintenanceAnchor`), overdue from that date, expired
/// `maintenanceExpireDays` after it. A maintenance visit delivered after the task was first
/// due closes it (serviced); a newer visit that moves the date replaces it (rescheduled).
public struct MaintenanceSource: TaskSource {
    public let kind = TaskKind.maintenance

    public func openTasks(_ query: TaskQuery) -> [CallTask] {
        candidates(query).compactMap { slot, anchor -> CallTask? in
            let draft = draft(slot: slot, anchor: anchor, query)
            guard draft.firstDueAt <= query.asOf, CallPermission.allows(draft.customerID, in: query.state) else { return nil }
            let task = settle(draft, slot: slot, anchor: anchor, query)
            return task.status.isOpen ? task : nil
        }
    }

    /// Each vehicle (by timeline slot) that may have a live reminder, with its anchor at `query.asOf`.
    private func candidates(_ query: TaskQuery) -> [(Int, MaintenanceAnchor)] {
        let state = query.state, timeline = state.calls.timeline
        let atAsOf = { (slot: Int) in timeline.anchor(ofSlot: slot, at: query.asOf, state.visits).map { (slot, $0) } }
        if let c = query.customerID {
            return state.vehicles(of: c).compactMap { timeline.slot(ofPlate: $0.plateKey) }.compactMap(atAsOf)
        }
        // A live reminder's service date lies between asOf - expire and asOf + lead.
        let r = query.rules
        let low = query.asOf.date.adding(days: -r.maintenanceExpireDays), high = query.asOf.date.adding(days: r.maintenanceLeadDays)
        var found: [(Int, MaintenanceAnchor)] = []
        for basis in MaintenanceAnchor.Basis.allCases {
            for day in anchorDays(basis, serviceDates: low...high, r) {
                for slot in timeline.slots(anchoredAt: basis, day: day) {
                    // Vehicles with visits after asOf are recomputed below.
                    guard let a = timeline.currentAnchor(ofSlot: slot), state.visits.deliveredAt(a.newestVisit) <= query.asOf else { continue }
                    found.append((slot, a))
                }
            }
        }
        var later = Set<Int>()
        for i in timeline.visits(deliveredOnOrAfter: query.asOf.date.days) where state.visits.deliveredAt(i) > query.asOf {
            let slot = timeline.slot(ofVisit: i)
            guard later.insert(slot).inserted, let candidate = atAsOf(slot) else { continue }
            found.append(candidate)
        }
        return found
    }

    /// Anchor days whose service date can fall in `dates` (month arithmetic clamps, hence the margin).
    private func anchorDays(_ basis: MaintenanceAnchor.Basis, serviceDates dates: ClosedRange<CivilDate>, _ r: RuleSpans) -> ClosedRange<Int> {
        let months = switch basis {
        case .nextServiceDate: 0
        case .lastMaintenance: r.maintenanceIntervalMonths
        case .delivery: r.firstServiceAfterDeliveryMonths
        }
        let margin = months == 0 ? 0 : 3
        return dates.lowerBound.adding(months: -months).days - margin ... dates.upperBound.adding(months: -months).days + margin
    }

    public func task(id: String, _ query: TaskQuery) -> CallTask? {
        guard id.hasPrefix(kind.idPrefix + ":"), let colon = id.lastIndex(of: ":"),
              let date = CivilDate(id[id.index(after: colon)...]) else { return nil }
        let plate = String(id[id.index(id.startIndex, offsetBy: kind.idPrefix.count + 1)..<colon])
        let state = query.state
        guard let slot = state.calls.timeline.slot(ofPlate: plate) else { return nil }
        let visits = state.calls.timeline.visits(ofSlot: slot, by: query.asOf, state.visits)
        // The newest anchor with this date whose task had come due before a newer visit replaced it.
        var end = visits.endIndex
        while end > visits.startIndex {
            if let anchor = MaintenanceAnchor.of(visits[visits.startIndex..<end], in: state.visits),
               anchor.serviceDate(query.rules) == date {
                let draft = draft(slot: slot, anchor: anchor, query)
                guard draft.firstDueAt <= query.asOf else { return nil }
                guard end < visits.endIndex else { return settle(draft, slot: slot, anchor: anchor, query) }
                let next = state.visits[visits[end]]
                guard draft.firstDueAt <= next.deliveredAt else { return nil }
                var task = settle(draft, slot: slot, anchor: anchor, query.at(next.deliveredAt))
                if task.status.isOpen {
                    task.close(next.type == .maintenance ? .serviced : .rescheduled, at: next.deliveredAt)
                    task.claimedBy = nil; task.claimUntil = nil
                }
                return task
            }
            end -= 1
        }
        return nil
    }

    private func draft(slot: Int, anchor: MaintenanceAnchor, _ query: TaskQuery) -> CallTask {
        let r = query.rules
        let date = anchor.serviceDate(r)
        let plate = query.state.calls.timeline.plateKey(ofSlot: slot)
        let newest = anchor.newestVisit
        return CallTask(
            id: kind.idPrefix + ":" + plate + ":" + TaskIDText.date(date), kind: kind,
            customerID: query.state.vehicles[plate]?.ownerID ?? query.state.visits.customerID(of: newest),
            plateKey: plate, visitRO: query.state.visits.roNumber(of: newest),
            firstDueAt: query.schedule.firstCall(on: date.adding(days: -r.maintenanceLeadDays)),
            overdueAt: .startOfDay(date),
            expiresAt: .startOfDay(date.adding(days: r.maintenanceExpireDays + 1)))
    }

    /// Calls and clock, then the service visit: a maintenance visit after the task came due closes it.
    /// Only a visit newer than the first due time can do that, so most vehicles skip the search.
    private func settle(_ draft: CallTask, slot: Int, anchor: MaintenanceAnchor, _ query: TaskQuery) -> CallTask {
        var task = draft.settled(query)
        let state = query.state
        let visits = state.visits
        guard !isClosed(task), draft.firstDueAt < visits.deliveredAt(anchor.newestVisit) else { return task }
        let serviced = state.calls.timeline.visits(ofSlot: slot, by: query.asOf, visits).first {
            visits.type(of: $0) == .maintenance && visits.deliveredAt($0) > draft.firstDueAt
                && visits.deliveredAt($0) < (draft.expiresAt ?? query.asOf)
        }
        if let serviced {
            task.close(.serviced, at: visits.deliveredAt(serviced))
            task.claimedBy = nil; task.claimUntil = nil
        }
        return task
    }

    private func isClosed(_ t: CallTask) -> Bool { if case .closed = t.status { true } else { false } }
}
