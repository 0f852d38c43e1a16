/// What an import finds each order's vehicle and visit by: its plate key, the slot of that key
/// (slots numbered as the keys first appear) and the last earlier order with the same order
/// number. None of it depends on the stored state or the customers, so a caller with another
/// core can work it out there while the customers are matched (`ImportRepairOrders(orders:keys:)`).
public struct OrderKeys: Sendable {
    private(set) var plateKeys: [String] = []
    private(set) var plateSlots: [Int] = []
    /// Per order, the last earlier order with the same ro number, or -1.
    private(set) var earlierWithSameRO: [Int] = []

    public init(_ orders: [RepairOrder]) {
        plateKeys.reserveCapacity(orders.count)
        plateSlots.reserveCapacity(orders.count)
        earlierWithSameRO.reserveCapacity(orders.count)
        // Room for a plate per order: fewer than that fill it sparsely, but it is never grown,
        // each growth hashing every key again.
        var slotByPlateKey: [String: Int] = [:]
        slotByPlateKey.reserveCapacity(orders.count)
        var lastByRO: [String: Int] = [:]
        lastByRO.reserveCapacity(orders.count)
        for i in orders.indices {
            let key = Plate.key(orders[i].plate)
            plateKeys.append(key)
            plateSlots.append(slotByPlateKey.slot(for: key, filingIfAbsent: slotByPlateKey.count).slot)
            earlierWithSameRO.append(lastByRO.updateValue(i, forKey: orders[i].roNumber) ?? -1)
        }
    }
}
