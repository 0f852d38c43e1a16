/// What a vehicle's next service date rests on, independent of the configured spans:
/// the newest visit's own next-service date, else the last maintenance visit, else a delivery.
public struct MaintenanceAnchor: Hashable, Sendable {
    public enum Basis: Int, Sendable, CaseIterable { case nextServiceDate, lastMaintenance, delivery }
    public var basis: Basis
    public var date: CivilDate
    /// Index in `StoreState.visits` of the vehicle's newest visit, the one the reminder follows.
    public var newestVisit: Int

    public func serviceDate(_ rules: RuleSpans) -> CivilDate {
        switch basis {
        case .nextServiceDate: date
        case .lastMaintenance: date.adding(months: rules.maintenanceIntervalMonths)
        case .delivery: date.adding(months: rules.firstServiceAfterDeliveryMonths)
        }
    }

    /// The anchor of a vehicle whose visits (indexes into `visits`) are given in delivery order.
    static func of(_ indexes: ArraySlice<Int>, in visits: VisitList) -> MaintenanceAnchor? {
        guard let newest = indexes.last else { return nil }
        if let d = visits.nextServiceDate(of: newest) { return .init(basis: .nextServiceDate, date: d, newestVisit: newest) }
        var delivery: Int?
        for i in indexes.reversed() {
            switch visits.type(of: i) {
            case .maintenance: return .init(basis: .lastMaintenance, date: visits.deliveredAt(i).date, newestVisit: newest)
            case .delivery where delivery == nil: delivery = i
            default: break
            }
        }
        return delivery.map { .init(basis: .delivery, date: visits.deliveredAt($0).date, newestVisit: newest) }
    }

    /// The anchor's bucket in the timeline: which basis, which day.
    var key: Key { Key(basis: basis, day: date.days) }

    struct Key: Hashable, Sendable {
        var basis: Basis
        var day: Int
    }
}

extension StoreState {
    /// The day the vehicle is next due for maintenance as its reminder counts it, from the
    /// visits delivered by `time`; nil for a vehicle with no visit to count from.
    public func nextServiceDate(ofPlate plateKey: String, at time: CivilTime, rules: RuleSpans) -> CivilDate? {
        let timeline = calls.timeline
        guard let slot = timeline.slot(ofPlate: plateKey) else { return nil }
        return timeline.anchor(ofSlot: slot, at: time, visits)?.serviceDate(rules)
    }
}
