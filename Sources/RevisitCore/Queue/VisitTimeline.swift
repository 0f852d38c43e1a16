/// Indexes over the visits by what the queue rules ask: visits by delivery day, each vehicle's
/// visits in delivery order with its maintenance anchor, each customer's latest paying visit.
/// Kept up to date visit by visit (cheap when visits arrive in delivery order), so a queue
/// over a large store reads a few days' buckets instead of every visit. Vehicles get a slot
/// number the first time they are seen, so the per-vehicle indexes hash a plate key once per visit.
public struct VisitTimeline: Sendable {
    private var visitsByDay: [Int: [Int]] = [:]
    private var ownPlateSlots: [String: Int] = [:]
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
    private var ownLastPaying: [String: (visit: Int, day: Int)] = [:]
    /// A timeline read from a state image holds those two tables as the image listed them and
    /// builds them when first asked (see `BuiltOnce`): a queue reads the list of latest paying
    /// visits whole and never looks a plate up, and hashing 130,000 plates and 100,000 customer
    /// ids was a tenth of an open. A change makes them this timeline's own first (`ownTables`).
    private var imageTables: (plateSlots: BuiltOnce<[String: Int]>, lastPaying: BuiltOnce<[String: (visit: Int, day: Int)]>,
                              lastPayingList: [(customerID: String, visit: Int, day: Int)])?

    private var plateSlots: [String: Int] { imageTables?.plateSlots.value ?? ownPlateSlots }
    private var lastPaying: [String: (visit: Int, day: Int)] { imageTables?.lastPaying.value ?? ownLastPaying }

    private mutating func ownTables() {
        guard let imageTables else { return }
        (ownPlateSlots, ownLastPaying) = (imageTables.plateSlots.value, imageTables.lastPaying.value)
        self.imageTables = nil
    }

    public init() {}

    /// Every index at once, as a state image holds them (see `TimelineImage`). Throws unless
    /// the lists hold every visit once under a customer, once under a vehicle (in delivery
    /// order) and once under its delivery day, each visit in range. What the lists say of the
    /// visits otherwise (whose they are, the anchors, the latest paying visits) is taken as
    /// written: the image passed its hash check, and reading every visit to check it again
    /// cost most of an open. Each kind of list is gone through once.
    init(restoring image: TimelineImage, visits: VisitList, visitsByCustomer: [String: [Int]]) throws(ImageError) {
        var listed = [UInt8](repeating: 0, count: visits.count)
        func check(_ list: [Int], _ mark: UInt8, _ what: @autoclosure () -> String, inOrder: (Int, Int) -> Bool) throws(ImageError) {
            for (k, i) in list.enumerated() {
                guard i >= 0, i < visits.count, listed[i] & mark == 0, k == 0 || inOrder(list[k - 1], i) else {
                    throw .damaged("\(what())'s visit list has visit \(i) out of place")
                }
                listed[i] |= mark
            }
        }
        for (customerID, list) in visitsByCustomer { try check(list, 1, "customer \(customerID)", inOrder: <) }
        for (k, latest) in image.lastPaying.enumerated() {
            // In order of customer id, so none is there twice.
            guard latest.visit >= 0, latest.visit < visits.count, k == 0 || image.lastPaying[k - 1].customerID < latest.customerID else {
                throw .damaged("customer \(latest.customerID)'s latest paying visit is out of place")
            }
        }
        let plates = image.vehicles.map(\.plateKey)
        plateKeys = plates
        guard Self.unique(plates) else { throw .damaged("a vehicle has two visit lists") }
        let latest = image.lastPaying
        imageTables = (BuiltOnce { Dictionary(zip(plates, plates.indices)) { first, _ in first } },
                       BuiltOnce { Dictionary(latest.lazy.map { ($0.customerID, ($0.visit, $0.day)) }) { first, _ in first } },
                       latest)
        visitsBySlot = image.vehicles.map(\.visits)
        slotOfVisit = [Int](repeating: 0, count: visits.count)
        anchorBySlot.reserveCapacity(image.vehicles.count)
        for (slot, vehicle) in image.vehicles.enumerated() {
            try check(vehicle.visits, 2, "vehicle \(vehicle.plateKey)") { Self.deliveredBefore($0, $1, visits) }
            for i in vehicle.visits { slotOfVisit[i] = slot }
            guard vehicle.anchor.map({ $0.newestVisit == vehicle.visits.last }) ?? true else {
                throw .damaged("vehicle \(vehicle.plateKey)'s maintenance anchor is not its newest visit")
            }
            anchorBySlot.append(vehicle.anchor)
            if let anchor = vehicle.anchor { slotsByAnchor[anchor.key, default: []].append(slot) }
        }
        visitsByDay.reserveCapacity(image.days.count)
        for (day, list) in image.days {
            try check(list, 4, "day \(day)", inOrder: { _, _ in true })
            guard visitsByDay.updateValue(list, forKey: day) == nil else { throw .damaged("day \(day) has two visit lists") }
        }
        if let i = listed.firstIndex(where: { $0 != 7 }) {
            throw .damaged("visit \(visits.roNumber(of: i)) is missing from its customer's, its vehicle's or its day's list")
        }
    }

    /// Whether these are the indexes of `count` visits.
    func holdsVisits(_ count: Int) -> Bool { slotOfVisit.count == count }

    /// The indexes as a state image holds them (what `init(restoring:…)` takes); days in order.
    var image: TimelineImage {
        TimelineImage(
            vehicles: plateKeys.indices.map { (plateKeys[$0], visitsBySlot[$0], anchorBySlot[$0]) },
            days: visitsByDay.keys.sorted().map { ($0, visitsByDay[$0]!) },
            lastPaying: imageTables?.lastPayingList
                ?? ownLastPaying.keys.sorted().map { ($0, ownLastPaying[$0]!.visit, ownLastPaying[$0]!.day) })
    }

    /// Whether no key is there twice. Keys are told apart by a hash of their bytes first, and
    /// compared as text only when two hashes meet (never, in practice): hashing them as text
    /// costs far more for Chinese and Korean plates.
    private static func unique(_ keys: [String]) -> Bool {
        var hashes = Set<UInt64>(minimumCapacity: keys.count)
        for key in keys where !hashes.insert(KeyHash.of(key)).inserted {
            return Set(keys).count == keys.count
        }
        return true
    }

    /// Room for this many more visits and vehicles, and customers with a paying visit.
    mutating func reserveCapacity(visits: Int, vehicles: Int, customers: Int) {
        ownTables()
        slotOfVisit.reserveCapacity(slotOfVisit.count + visits)
        ownPlateSlots.reserveCapacity(plateKeys.count + vehicles)
        plateKeys.reserveCapacity(plateKeys.count + vehicles)
        visitsBySlot.reserveCapacity(plateKeys.count + vehicles)
        anchorBySlot.reserveCapacity(plateKeys.count + vehicles)
        ownLastPaying.reserveCapacity(ownLastPaying.count + customers)
    }

    /// Called by `StoreState` after it stored the visit at `index` (`old` is what it replaced).
    mutating func visitSaved(at index: Int, replacing old: Visit?, visits: VisitList, visitsByCustomer: [String: [Int]]) {
        ownTables()
        let day = visits.deliveredAt(index).date.days
        let slot = self.slot(for: visits.plateKey(of: index))
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
            let customerID = visits.customerID(of: index)
            if old.customerID != customerID {
                refreshLastPaying(customerID, visits, visitsByCustomer[customerID] ?? [])
            }
        } else if visits.type(of: index).isPaying {
            Self.keepLatest(&ownLastPaying[visits.customerID(of: index), default: (-1, 0)], index, visits)
        }
    }

    private mutating func slot(for plate: String) -> Int {
        let (s, isNew) = ownPlateSlots.slot(for: plate, filingIfAbsent: plateKeys.count)
        if isNew {
            plateKeys.append(plate)
            visitsBySlot.append([])
            anchorBySlot.append(nil)
        }
        return s
    }

    private mutating func insertInDeliveryOrder(_ index: Int, slot: Int, _ visits: VisitList) {
        var at = visitsBySlot[slot].count
        while at > 0, Self.deliveredBefore(index, visitsBySlot[slot][at - 1], visits) { at -= 1 }
        if at == visitsBySlot[slot].count {   // the usual case, without a general insert's work
            visitsBySlot[slot].append(index)
        } else {
            visitsBySlot[slot].insert(index, at: at)
        }
    }

    /// Delivery order: by delivery time, then the order visits were first stored.
    static func deliveredBefore(_ a: Int, _ b: Int, _ visits: VisitList) -> Bool {
        let ta = visits.deliveredAt(a), tb = visits.deliveredAt(b)
        return ta != tb ? ta < tb : a < b
    }

    private mutating func refreshAnchor(_ slot: Int, _ visits: VisitList) {
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

    private mutating func refreshLastPaying(_ customerID: String, _ visits: VisitList, _ indexes: [Int]) {
        let latest = indexes.filter { visits.type(of: $0).isPaying }.max { Self.deliveredBefore($0, $1, visits) }
        ownLastPaying[customerID] = latest.map { ($0, visits.deliveredAt($0).date.days) }
    }

    /// Makes `latest` (visit -1 for none yet) the visit at `index` if that was delivered later.
    private static func keepLatest(_ latest: inout (visit: Int, day: Int), _ index: Int, _ visits: VisitList) {
        guard latest.visit < 0 || deliveredBefore(latest.visit, index, visits) else { return }
        latest = (index, visits.deliveredAt(index).date.days)
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
    func visits(ofSlot slot: Int, by time: CivilTime, _ visits: VisitList) -> ArraySlice<Int> {
        let list = visitsBySlot[slot]
        var end = list.count
        while end > 0, visits.deliveredAt(list[end - 1]) > time { end -= 1 }
        return list[..<end]
    }

    /// The vehicle's anchor over all its visits.
    func currentAnchor(ofSlot slot: Int) -> MaintenanceAnchor? { anchorBySlot[slot] }

    /// The vehicle's maintenance anchor at `time`: only visits delivered by then count.
    func anchor(ofSlot slot: Int, at time: CivilTime, _ visits: VisitList) -> MaintenanceAnchor? {
        if let a = anchorBySlot[slot], visits.deliveredAt(a.newestVisit) <= time { return a }
        return MaintenanceAnchor.of(self.visits(ofSlot: slot, by: time, visits), in: visits)
    }

    /// Vehicles whose current anchor (over all visits) is `basis` on `day`.
    func slots(anchoredAt basis: MaintenanceAnchor.Basis, day: Int) -> [Int] {
        slotsByAnchor[MaintenanceAnchor.Key(basis: basis, day: day)] ?? []
    }

    /// Customers whose latest paying visit of all was delivered on or before `day`, with that visit.
    func customers(lastPayingOnOrBefore day: Int) -> [(customerID: String, visit: Int)] {
        if let list = imageTables?.lastPayingList { return list.lazy.filter { $0.day <= day }.map { ($0.customerID, $0.visit) } }
        return ownLastPaying.lazy.filter { $0.value.day <= day }.map { ($0.key, $0.value.visit) }
    }

    /// The customer's latest paying visit delivered by `time`.
    func lastPayingVisit(of customerID: String, by time: CivilTime, _ state: StoreState) -> Int? {
        let visits = state.visits
        if let i = lastPaying[customerID]?.visit, visits.deliveredAt(i) <= time { return i }
        return (state.visitIndexesByCustomer[customerID] ?? [])
            .filter { visits.type(of: $0).isPaying && visits.deliveredAt($0) <= time }
            .max { Self.deliveredBefore($0, $1, state.visits) }
    }
}
