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

    /// One pass over every customer's visits: per customer the latest paying delivery before
    /// the month's first day and the latest before the day after its last decide.
    public init(month: ReportPeriod, state: StoreState) {
        let start = month.firstDay.days, end = month.dayAfter.days
        let startWindow = CustomerActivity.windowStart(for: month.firstDay).days
        let endWindow = CustomerActivity.windowStart(for: month.dayAfter).days
        state.visits.summaries.withUnsafeBufferPointer { visits in
            for (customerID, indexes) in state.visitIndexesByCustomer {
                var beforeStart = Int.min, beforeEnd = Int.min
                for i in indexes where visits[i].type.isPaying {
                    let delivered = visits[i].deliveredAt.date.days
                    if delivered < start { beforeStart = max(beforeStart, delivered) }
                    if delivered < end { beforeEnd = max(beforeEnd, delivered) }
                }
                guard beforeStart >= startWindow else { continue }
                activeAtStart += 1
                if beforeEnd < endWindow { lostCustomerIDs.append(customerID) }
            }
        }
        lostCustomerIDs.sort()
        lost = lostCustomerIDs.count
    }
}
