/// Cars back for the same fault: visits flagged rework / visits of type repair or warranty,
/// both counted over visits delivered in the period, × 100. As issue 5 words it, the
/// numerator counts every visit flagged rework whatever its type (an import marks rework on
/// repair and warranty orders in practice, so the two readings agree on real data).
public struct Rework: Hashable, Sendable {
    public var reworked = 0
    public var repairsAndWarranty = 0

    public var rate: Percentage? { Percentage(reworked, of: repairsAndWarranty) }

    public init(reworked: Int = 0, repairsAndWarranty: Int = 0) {
        self.reworked = reworked; self.repairsAndWarranty = repairsAndWarranty
    }

    public init(period: ReportPeriod, state: StoreState) {
        let visits = state.visits
        for i in visits.indices where period.contains(visits.deliveredAt(i)) {
            if visits[i].rework { reworked += 1 }
            if visits.type(of: i) == .repair || visits.type(of: i) == .warranty { repairsAndWarranty += 1 }
        }
    }
}
