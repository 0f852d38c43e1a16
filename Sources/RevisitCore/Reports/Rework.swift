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
        for visit in state.visits where period.contains(visit.deliveredAt) {
            if visit.rework { reworked += 1 }
            if visit.type == .repair || visit.type == .warranty { repairsAndWarranty += 1 }
        }
    }
}
