/// Whether a customer still comes back.
///
/// A customer is *active on a day D* when they have a paying visit (any type but promo)
/// delivered in the 12 months before D: on a delivery date from `D.adding(months: -12)`
/// (the same day of the month a year earlier, clamped to the month's end) through the day
/// before D. A delivery on D itself does not count for D. So for D = 2026-03-01 the window is
/// 2025-03-01 ... 2026-02-28, and for D = 2028-02-29 it is 2027-02-28 ... 2028-02-28.
public enum CustomerActivity {
    /// The first delivery day that still makes a customer active on `day`.
    public static func windowStart(for day: CivilDate) -> CivilDate { day.adding(months: -12) }

    /// Whether a customer whose latest paying delivery before `day` was on `lastPaying` is active on `day`.
    public static func isActive(lastPayingBefore lastPaying: CivilDate?, on day: CivilDate) -> Bool {
        guard let lastPaying else { return false }
        return lastPaying >= windowStart(for: day) && lastPaying < day
    }

    /// The latest paying delivery day before `day` among the visits at `indexes`.
    static func latestPayingDelivery(_ indexes: [Int], before day: CivilDate, in state: StoreState) -> CivilDate? {
        var latest: Int?
        for i in indexes where state.visits.type(of: i).isPaying {
            let delivered = state.visits.deliveredAt(i).date.days
            if day.days > delivered, delivered > (latest ?? Int.min) { latest = delivered }
        }
        return latest.map(CivilDate.init(days:))
    }

    public static func isActive(_ customerID: String, on day: CivilDate, in state: StoreState) -> Bool {
        let indexes = state.visitIndexesByCustomer[customerID] ?? []
        return isActive(lastPayingBefore: latestPayingDelivery(indexes, before: day, in: state), on: day)
    }

    /// How many customers are active on `day`: one pass over the visits.
    public static func activeCount(on day: CivilDate, in state: StoreState) -> Int {
        state.visitIndexesByCustomer.values.reduce(0) { count, indexes in
            count + (isActive(lastPayingBefore: latestPayingDelivery(indexes, before: day, in: state), on: day) ? 1 : 0)
        }
    }
}
