/// Indexes over the visits by what the queue rules ask: visits by delivery day, each vehicle's
/// visits in delivery order with its maintenance anchor, each customer's latest paying visit.
/// Kept up to date visit by visit (cheap when visits arrive in delivery order), so a queue
/// over a large store reads a few days' buckets instead of every visit. Vehicles get a slot
/// number the first time they are seen, so the per-vehicle indexes hash a plate key once per visit.
public struct VisitTimeline: Sendable {
    private var visitsByDay: [Int: [Int]] = [:]
    private var plateSlots: [String: Int] = [:]
    private var plateKeys: [String] = []
    /// Per visit index, its vehicle's slot.
    private var slotOfVisit: [Int] = []
    /// Per slot, visit indexes in delivery order.
    private var visitsBySlot: [[Int]] = []
    /// Per slot, the anchor over all the vehicle's visits.
    private var anchorBySlot: [MaintenanceAnchor?] = []
    /// Vehicles by their current anchor: a few dozen per key, so a list (appended to, and
    /// searched when a vehicle moves on) costs less to keep than a set.
    private var slotsByAnchor: [MaintenanceAnchor.Key: [Int]] = [:]
    /// Customer id -> the latest paying visit (any type but promo) over all visits, with its
    /// delivery day: one table to keep while loading, read whole by the win-back rule.
    private var lastPaying: [String: (visit: Int, day: Int)] = [:]

    public init() {}

    /// Every index at once, from each vehicle's visits (by slot, in delivery order) and each
    /// customer's, as a state image holds them (see `StateImage`). Throws unless the lists hold
    /// every visit once, under its own customer and its own vehicle, in order. Each kind of list
    /// is gone through once, checked and indexed in the same pass: the lists reach the visits out
    /// of memory order, and a second pass cost as much again.
    init(restoring vehicleVisits: [(plateKey: String, visits: [Int])], visits: [Visit],
         visitsByCustomer: [String: [Int]]) throws(ImageError) {
        var listed = [UInt8](repeating: 0, count: visits.count)
        lastPaying.reserveCapacity(visitsByCustomer.count)
        for (customerID, list) in visitsByCustomer {
            var latest = (visit: -1, day: 0)
            for (k, i) in list.enumerated() {
                guard visits.indices.contains(i), visits[i].customerID == customerID, k == 0 || list[k - 1] < i else {
                    throw .damaged("customer \(customerID)'s visit list has visit \(i) out of place")
                }
                listed[i] |= 1
                if visits[i].type.isPaying { Self.keepLatest(&latest, i, visits) }
            }
            if latest.visit >= 0 { lastPaying[customerID] = latest }
        }
        plateKeys = vehicleVisits.map(\.plateKey)
        plateSlots = Dictionary(zip(plateKeys, plateKeys.indices)) { first, _ in first }
        guard plateSlots.count == plateKeys.count else { throw .damaged("a vehicle has two visit lists") }
        visitsBySlot = vehicleVisits.map(\.visits)
        slotOfVisit = [Int](repeating: 0, count: visits.count)
        anchorBySlot.reserveCapacity(vehicleVisits.count)
        for (slot, list) in visitsBySlot.enumerated() {
            for (k, i) in list.enumerated() {
                guard visits.indices.contains(i), visits[i].plateKey == plateKeys[slot], listed[i] & 2 == 0,
                      k == 0 || Self.deliveredBefore(list[k - 1], i, visits) else {
                    throw .damaged("vehicle \(plateKeys[slot])'s visit list has visit \(i) out of place")
                }
                listed[i] |= 2
                slotOfVisit[i] = slot
            }
            let anchor = MaintenanceAnchor.of(list[...], in: visits)
            anchorBySlot.append(anchor)
            if let anchor { slotsByAnchor[anchor.key, default: []].append(slot) }
        }
        for i in visits.indices {
            guard listed[i] == 3 else {
                throw .damaged("visit \(visits[i].roNumber) is missing from its customer's or its vehicle's list")
            }
            visitsByDay[visits[i].deliveredAt.date.days, default: []].append(i)
        }
    }

    /// Whether these are the indexes of `count` visits.
    func holdsVisits(_ count: Int) -> Bool { slotOfVisit.count == count }

    /// Each vehicle's visits in delivery order, by slot (what `init(restoring:…)` takes).
    var visitListsBySlot: LazyMapSequence<Range<Int>, (plateKey: String, visits: [Int])> {
        plateKeys.indices.lazy.map { (self.plateKeys[$0], self.visitsBySlot[$0]) }
    }

    /// Room for this many more visits and vehicles, and customers with a paying visit.
    mutating func reserveCapacity(visits: Int, vehicles: Int, customers: Int) {
        slotOfVisit.reserveCapacity(slotOfVisit.count + visits)
        plateSlots.reserveCapacity(plateKeys.count + vehicles)
        plateKeys.reserveCapacity(plateKeys.count + vehicles)
        visitsBySlot.reserveCapacity(plateKeys.count + vehicles)
        anchorBySlot.reserveCapacity(plateKeys.count + vehicles)
        lastPaying.reserveCapacity(lastPaying.count + customers)
    }

    /// Called by `StoreState` after it stored the visit at `index` (`old` is what it replaced).
    mutating func visitSaved(at index: Int, replacing old: Visit?, visits: [Visit], visitsByCustomer: [String: [Int]]) {
        // Read in place: a copy of the visit would retain and release each of its texts.
        let day = visits[index].deliveredAt.date.days
        let slot = self.slot(for: visits[index].plateKey)
        if index == slotOfVisit.count { slotOfVisit.append(slot) } else { slotOfVisit[index] = slot }
        if let old {
            let oldDay = old.deliveredAt.date.days
            if oldDay != day {
                visitsByDay[oldDay]?.removeAll { $0 == index }
                visitsByDay[day, default: []].append(index)
            }
            let oldSlot = self.slot(for: old.plateKey)
            visitsBySlot[oldSlot].removeAll { $0 == index }
            if oldSlot != slot { refreshAnchor(oldSlot, visits) }
        } else {
            visitsByDay[day, default: []].append(index)
        }
        insertInDeliveryOrder(index, slot: slot, visits)
        refreshAnchor(slot, visits)
        if let old {
            refreshLastPaying(old.customerID, visits, visitsByCustomer[old.customerID] ?? [])
            let customerID = visits[index].customerID
            if old.customerID != customerID {
                refreshLastPaying(customerID, visits, visitsByCustomer[customerID] ?? [])
            }
        } else if visits[index].type.isPaying {
            Self.keepLatest(&lastPaying[visits[index].customerID, default: (-1, 0)], index, visits)
        }
    }

    private mutating func slot(for plate: String) -> Int {
        let (s, isNew) = plateSlots.slot(for: plate, filingIfAbsent: plateKeys.count)
        if isNew {
            plateKeys.append(plate)
            visitsBySlot.append([])
            anchorBySlot.append(nil)
        }
        return s
    }

    private mutating func insertInDeliveryOrder(_ index: Int, slot: Int, _ visits: [Visit]) {
        var at = visitsBySlot[slot].count
        while at > 0, Self.deliveredBefore(index, visitsBySlot[slot][at - 1], visits) { at -= 1 }
        if at == visitsBySlot[slot].count {   // the usual case, without a general insert's work
            visitsBySlot[slot].append(index)
        } else {
            visitsBySlot[slot].insert(index, at: at)
        }
    }

    /// Delivery order: by delivery time, then the order visits were first stored.
    static func deliveredBefore(_ a: Int, _ b: Int, _ visits: [Visit]) -> Bool {
        let ta = visits[a].deliveredAt, tb = visits[b].deliveredAt
        return ta != tb ? ta < tb : a < b
    }

    private mutating func refreshAnchor(_ slot: Int, _ visits: [Visit]) {
        let new = MaintenanceAnchor.of(visitsBySlot[slot][...], in: visits)
        let old = anchorBySlot[slot]
        anchorBySlot[slot] = new
        guard old?.key != new?.key else { return }
        if let old { Self.remove(slot, from: &slotsByAnchor[old.key, default: []]) }
        if let new { slotsByAnchor[new.key, default: []].append(slot) }
    }

    /// Takes `slot` out of an unordered list (each slot is filed under one key at a time).
    private static func remove(_ slot: Int, from list: inout [Int]) {
        guard let at = list.lastIndex(of: slot) else { return }
        list.swapAt(at, list.count - 1)
        list.removeLast()
    }

    private mutating func refreshLastPaying(_ customerID: String, _ visits: [Visit], _ indexes: [Int]) {
        let latest = indexes.filter { visits[$0].type.isPaying }.max { Self.deliveredBefore($0, $1, visits) }
        lastPaying[customerID] = latest.map { ($0, visits[$0].deliveredAt.date.days) }
    }

    /// Makes `latest` (visit -1 for none yet) the visit at `index` if that was delivered later.
    private static func keepLatest(_ latest: inout (visit: Int, day: Int), _ index: Int, _ visits: [Visit]) {
        guard latest.visit < 0 || deliveredBefore(latest.visit, index, visits) else { return }
        latest = (index, visits[index].deliveredAt.date.days)
    }

    // MARK: lookups for the rules

    func visits(deliveredOn day: Int) -> [Int] { visitsByDay[day] ?? [] }

    /// Indexes of visits delivered on `day` or later (for moments in the past, whose
    /// latest-visit indexes must be recomputed).
    func visits(deliveredOnOrAfter day: Int) -> [Int] {
        visitsByDay.lazy.filter { $0.key >= day }.flatMap(\.value)
    }

    func slot(ofPlate plate: String) -> Int? { plateSlots[plate] }
    func slot(ofVisit index: Int) -> Int { slotOfVisit[index] }
    func plateKey(ofSlot slot: Int) -> String { plateKeys[slot] }

    /// The vehicle's visits delivered by `time`, in delivery order.
    func visits(ofSlot slot: Int, by time: CivilTime, _ visits: [Visit]) -> ArraySlice<Int> {
        let list = visitsBySlot[slot]
        var end = list.count
        while end > 0, visits[list[end - 1]].deliveredAt > time { end -= 1 }
        return list[..<end]
    }

    /// The vehicle's anchor over all its visits.
    func currentAnchor(ofSlot slot: Int) -> MaintenanceAnchor? { anchorBySlot[slot] }

    /// The vehicle's maintenance anchor at `time`: only visits delivered by then count.
    func anchor(ofSlot slot: Int, at time: CivilTime, _ visits: [Visit]) -> MaintenanceAnchor? {
        if let a = anchorBySlot[slot], visits[a.newestVisit].deliveredAt <= time { return a }
        return MaintenanceAnchor.of(self.visits(ofSlot: slot, by: time, visits), in: visits)
    }

    /// Vehicles whose current anchor (over all visits) is `basis` on `day`.
    func slots(anchoredAt basis: MaintenanceAnchor.Basis, day: Int) -> [Int] {
        slotsByAnchor[MaintenanceAnchor.Key(basis: basis, day: day)] ?? []
    }

    /// Customers whose latest paying visit of all was delivered on or before `day`, with that visit.
    func customers(lastPayingOnOrBefore day: Int) -> [(customerID: String, visit: Int)] {
        lastPaying.lazy.filter { $0.value.day <= day }.map { ($0.key, $0.value.visit) }
    }

    /// The customer's latest paying visit delivered by `time`.
    func lastPayingVisit(of customerID: String, by time: CivilTime, _ state: StoreState) -> Int? {
        if let i = lastPaying[customerID]?.visit, state.visits[i].deliveredAt <= time { return i }
        return (state.visitIndexesByCustomer[customerID] ?? [])
            .filter { state.visits[$0].type.isPaying && state.visits[$0].deliveredAt <= time }
            .max { Self.deliveredBefore($0, $1, state.visits) }
    }
}
