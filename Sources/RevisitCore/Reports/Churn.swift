/// Customers lost in a month: active on its first day, no longer active on the day after its
/// last (see `CustomerActivity` for "active"). The rate is lost / active at the start × 100.
public struct Churn: Hashable, Sendable {
    public var activeAtStart = 0
    public var lost = 0
    /// The lost customers' ids, sorted.
    public var lostCustomerIDs: [String] = []

    public var rate: Percentage? { Percentage(lost, of: activeAtStart) }

    public init(activeAtStart: Int = 0, lost: Int = 0, lostCustomerIDs: [String] = []) {
        self.activeAtStart = activeAtStart; self.lost = lost; self.lostCustomerIDs = lostCustomerIDs
    }

    /// One pass over every customer's visits, two look-backs each (the month's first day and
    /// the day after its last).
    public init(month: ReportPeriod, state: StoreState) {
        let start = month.firstDay, end = month.dayAfter
        for (customerID, indexes) in state.visitIndexesByCustomer {
            let atStart = CustomerActivity.latestPayingDelivery(indexes, before: start, in: state)
            guard CustomerActivity.isActive(lastPayingBefore: atStart, on: start) else { continue }
            activeAtStart += 1
            let atEnd = CustomerActivity.latestPayingDelivery(indexes, before: end, in: state)
            if !CustomerActivity.isActive(lastPayingBefore: atEnd, on: end) { lostCustomerIDs.append(customerID) }
        }
        lostCustomerIDs.sort()
        lost = lostCustomerIDs.count
    }
}
