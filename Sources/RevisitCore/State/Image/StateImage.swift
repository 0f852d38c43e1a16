/// A compact binary copy of a `StoreState`: its entities (customers, vehicles, visits,
/// complaints, claims, calls), each with every stored property, and the two kinds of list the
/// indexes are slowest to build one entity at a time from: the call chains and the visit
/// lists (each customer's visits, each vehicle's). Reading one back saves the entities again
/// in an order that gives the same indexes the journal's events built, much faster than
/// replaying the events (no lines to check, split and parse), and puts the lists in place.
/// Calls, visits, customers and vehicles are the exception: they are kept as their records and
/// decoded when read (`CallList`, `VisitList`, `ImageDirectory`), with who may not be called
/// listed apart, and the visit timeline's indexes are held whole (`TimelineImage`).
///
/// Bump `version` whenever an entity's stored properties, an enum's cases, the sections or a
/// record's layout, or what an event does to an entity change: an image of another version is
/// never read (its trailer lists one place per section this version knows, so a section added
/// without a new version would be read out of place).
public enum StateImage {
    public static let version = 8

    /// In the order they are written and read. Claims follow the calls, as a call ends its
    /// task's claim; the visit lists follow the visits they list; calls and their chains can
    /// also be read on a thread of their own (see `StateAssembly`).
    public enum Section: Int, CaseIterable, Sendable {
        case customers, vehicles, visits, calls, callChains, claims
        /// The calls made each day, with the reached satisfaction calls among them.
        case callDays
        /// The complaints (kept encoded, see `ImageComplaints`) and what the book keeps beside
        /// each (`ComplaintFacts`), in the order they were opened.
        case complaints, complaintFacts
        /// Each customer's visits (`StoreState.visitIndexesByCustomer`), then the timeline's
        /// indexes (`TimelineImage`): each vehicle's visits in delivery order with its anchor (by
        /// slot), each day's visits, each customer's latest paying visit.
        case customerVisits, vehicleVisits, visitDays, lastPaying
        /// Customers who may not be called (see `CallLedger.mayCall`), as the customers are not
        /// decoded when the image is read.
        case uncallable
        /// The index by repair order, read in place (see `RepairOrderTable`): its chunks, and
        /// the orders it leaves out with their visits.
        case repairOrderSlots, repairOrdersApart

        /// Sections one thread can read while another reads the rest: they touch nothing the
        /// others build (calls, visits and complaints name customers and vehicles only by id). This
        /// split shares the work most evenly now that calls, customers, vehicles, visits and
        /// complaints are kept encoded and the timeline is read whole: the visits, their indexes
        /// and the complaints are the rest (`finish` puts the complaints in place).
        public static let readApart: [Section] = [.customers, .vehicles, .calls, .callChains, .callDays, .uncallable]
    }

    /// Encodes `state` section by section; `emit` receives each section's records in pieces of
    /// about `pieceBytes`, with how many records each piece holds.
    public static func write(_ state: StoreState, pieceBytes: Int = 1 << 20,
                             _ emit: (Section, _ records: Int, _ bytes: [UInt8]) throws -> Void) rethrows {
        var w = ImageWriter(capacity: pieceBytes + 64 << 10)
        var records = 0
        func flush(_ section: Section, whenOver limit: Int) throws {
            guard records > 0, w.bytes.count >= limit else { return }
            try emit(section, records, w.bytes)
            w.removeAll()
            records = 0
        }
        func add(_ section: Section, _ write: (inout ImageWriter) -> Void) throws {
            write(&w)
            records += 1
            try flush(section, whenOver: pieceBytes)
        }
        func each<T>(_ section: Section, _ items: some Sequence<T>, _ write: (T, inout ImageWriter) -> Void) throws {
            for item in items { try add(section) { write(item, &$0) } }
            try flush(section, whenOver: 0)
        }
        try each(.customers, state.customerIDs.lazy.compactMap { state.customers[$0] }) { customer, w in
            ImageRecords<Customer>.write(to: &w) { customer.write(to: &$0) }
        }
        try each(.vehicles, state.vehiclesInOwnerOrder()) { vehicle, w in
            ImageRecords<Vehicle>.write(to: &w) { vehicle.write(to: &$0) }
        }
        try each(.visits, state.visits.indices) { state.visits.write($0, to: &$1) }
        try each(.calls, state.calls.calls.indices) { state.calls.calls.write($0, to: &$1) }
        try state.calls.forEachChainRecord(sliceBytes: pieceBytes / 2) { record in
            try add(.callChains) { record.write(to: &$0) }
        }
        try flush(.callChains, whenOver: 0)
        try each(.claims, state.calls.claims.sorted { $0.key < $1.key }) { claim, w in
            w.string(claim.key)
            claim.value.write(to: &w)
        }
        try each(.callDays, state.calls.dayLists) { day, w in
            w.int(day.day)
            w.indexes(day.calls.map { Int($0) })
            w.indexes(day.reached)
        }
        let complaints = state.complaints.all
        try each(.complaints, complaints) { complaint, w in
            ImageRecords<Complaint>.write(to: &w) { complaint.write(to: &$0) }
        }
        try each(.complaintFacts, complaints.lazy.map(ComplaintFacts.init)) { $0.write(to: &$1) }
        try each(.customerVisits, state.visitListsInCustomerOrder()) { list, w in
            w.string(list.key)
            w.indexes(list.visits)
        }
        let timeline = state.calls.timeline.image
        try each(.vehicleVisits, timeline.vehicles) { vehicle, w in
            w.string(vehicle.plateKey)
            w.indexes(vehicle.visits)
            w.optional(vehicle.anchor) { $1.write(to: &$0) }
        }
        try each(.visitDays, timeline.days) { day, w in
            w.int(day.day)
            w.indexes(day.visits)
        }
        try each(.lastPaying, timeline.lastPaying) { latest, w in
            w.string(latest.customerID)
            w.int(latest.visit)
            w.int(latest.day)
        }
        try each(.uncallable, state.calls.uncallableIDs) { id, w in w.string(id) }
        let repairOrders = RepairOrderTable.write(state.visits)
        try each(.repairOrderSlots, repairOrders.chunks) { chunk, w in w.data(chunk) }
        try each(.repairOrdersApart, repairOrders.others) { order, w in
            w.string(order.ro)
            w.int(order.index)
        }
    }
}

extension StoreState {
    /// Every vehicle, each owner's in the order the owner's list holds them (customers in the
    /// order they were added), so saving them again in this order rebuilds those lists as they were.
    func vehiclesInOwnerOrder() -> [Vehicle] {
        var out: [Vehicle] = []
        out.reserveCapacity(vehicles.count)
        let known = customerIDs.filter { customers[$0] != nil }
        let others = plateKeysByCustomer.keys.filter { customers[$0] == nil }.sorted()
        for owner in known + others {
            for key in plateKeysByCustomer[owner] ?? [] { if let v = vehicles[key], v.ownerID == owner { out.append(v) } }
        }
        if out.count != vehicles.count {   // never expected; kept so an image can never drop one
            let listed = Set(out.map(\.plateKey))
            out += vehicles.values.filter { !listed.contains($0.plateKey) }.sorted { $0.plateKey < $1.plateKey }
        }
        return out
    }

    /// Each customer's visit list, customers in the order they were added, then any others by id.
    func visitListsInCustomerOrder() -> [(key: String, visits: [Int])] {
        let known = customerIDs.filter { visitIndexesByCustomer[$0] != nil }
        let others = visitIndexesByCustomer.keys.filter { customers[$0] == nil }.sorted()
        return (known + others).map { ($0, visitIndexesByCustomer[$0]!) }
    }
}

/// Builds a state from an image's pieces, in section order. Two assemblies can share the work:
/// one reads the sections `Section.readApart` names, another the rest, and `join` puts them together.
public struct StateAssembly: Sendable {
    public private(set) var state = StoreState()
    /// The customers and vehicles read, put in place by `finish` or taken by `join`.
    private var customers = ImageRecords<Customer> { r throws(ImageError) in try Customer(from: &r) }
    private var vehicles = ImageRecords<Vehicle> { r throws(ImageError) in try Vehicle(from: &r) }
    /// The complaints read, put in place by `finish`.
    private var complaints = ImageRecords<Complaint> { r throws(ImageError) in try Complaint(from: &r) }
    /// Which calls the day lists read so far hold (see `CallLedger.restoreDay`).
    private var callsListed: [Bool] = []
    /// The index by repair order read, put in place by `finish`.
    private var repairOrderTable = RepairOrderTable()
    private var repairOrdersApart: [String: Int] = [:]
    /// The timeline's indexes read, put in place by `finish`.
    private var timeline = TimelineImage()

    public init() {}

    /// Room for the records of the sections this assembly will read, given every section's count.
    public mutating func reserve(_ counts: [StateImage.Section: Int], reading sections: [StateImage.Section]) {
        func count(_ s: StateImage.Section) -> Int { sections.contains(s) ? counts[s] ?? 0 : 0 }
        customers.reserveCapacity(count(.customers))
        vehicles.reserveCapacity(count(.vehicles))
        state.calls.reserveCapacity(forImageCalls: count(.calls))
        state.reserveCapacity(imageVisits: count(.visits), customerLists: count(.customerVisits))
        complaints.reserveCapacity(count(.complaints))
        state.complaints.reserveCapacity(count(.complaintFacts))
    }

    /// Reads one piece of `records` records of `section`. The state keeps some sections' bytes
    /// (see `KeptBytes`): `bytes` themselves when `keeper` keeps them valid, else a copy.
    public mutating func read(_ section: StateImage.Section, records: Int, from bytes: UnsafeRawBufferPointer,
                              keptAliveBy keeper: (AnyObject & Sendable)? = nil) throws(ImageError) {
        switch section {
        case .calls: return try state.calls.restoreCalls(bytes, records: records, keptAliveBy: keeper)
        case .customers: return try customers.append(bytes, records: records, keptAliveBy: keeper)
        case .vehicles: return try vehicles.append(bytes, records: records, keptAliveBy: keeper)
        case .complaints: return try complaints.append(bytes, records: records, keptAliveBy: keeper)
        case .visits: return try state.restoreVisits(bytes, records: records, keptAliveBy: keeper)
        default: break
        }
        var r = ImageReader(bytes)
        for _ in 0 ..< records {
            switch section {
            case .complaintFacts: state.complaints.restore(try ComplaintFacts(from: &r))
            case .claims: state.calls.restoreClaim(try r.string(), try Claim(from: &r))
            case .calls, .customers, .vehicles, .visits, .complaints: break   // read whole above, kept encoded
            case .callChains: try state.calls.read(try ChainImageRecord(from: &r))
            case .callDays:
                if callsListed.count != state.calls.calls.count { callsListed = [Bool](repeating: false, count: state.calls.calls.count) }
                try state.calls.restoreDay(try r.int(), calls: try r.indexes().map { Int32(truncatingIfNeeded: $0) }, reached: try r.indexes(),
                                           listed: &callsListed)
            case .customerVisits:
                let customerID = try r.string()
                state.restoreVisitList(try r.indexes(), of: customerID)
            case .vehicleVisits:
                timeline.vehicles.append((try r.string(), try r.indexes(), try r.optional { r throws(ImageError) in try MaintenanceAnchor(from: &r) }))
            case .visitDays: timeline.days.append((try r.int(), try r.indexes()))
            case .lastPaying: timeline.lastPaying.append((try r.string(), try r.int(), try r.int()))
            case .uncallable: state.calls.restoreUncallable(try r.string())
            case .repairOrderSlots: try repairOrderTable.append(chunk: try r.stringBytes(), keptAliveBy: keeper)
            case .repairOrdersApart: repairOrdersApart[try r.string()] = try r.int()
            }
        }
        guard r.isAtEnd else { throw .damaged("a piece of \(section) holds more than its \(records) records") }
    }

    /// Adds what `other` read (the sections `Section.readApart` names) to what this one read (the rest).
    public mutating func join(_ other: StateAssembly) {
        state.restoreDirectory(ImageDirectory(customers: other.customers, vehicles: other.vehicles))
        state.calls.takeCalls(from: other.state.calls)
    }

    /// Once every section this assembly reads is read: the visit lists are checked against the
    /// visits and the timeline is built from them, and the customers and vehicles read (when
    /// this assembly read them, not one to `join`) are put in place. Throws when the lists do
    /// not list every visit once, under its own customer and vehicle.
    public mutating func finish() throws(ImageError) {
        try state.restoreVisitIndexes(timeline)
        timeline = TimelineImage()
        try repairOrderTable.finish(visits: state.visits.count)
        try state.complaints.restoreRecords(complaints)
        state.restoreRepairOrders(RepairOrderIndex(repairOrderTable, others: repairOrdersApart))
        if customers.count + vehicles.count > 0 {
            state.restoreDirectory(ImageDirectory(customers: customers, vehicles: vehicles))
        }
    }

    /// Whether every call read was filed in the chains the image held: an image cut short
    /// between its calls and their chains is damaged.
    public var callsAreIndexed: Bool { state.calls.holdsEveryImageCall }

    /// Whether the timeline holds every visit read (see `finish`).
    public var visitsAreIndexed: Bool { state.calls.timeline.holdsVisits(state.visits.count) }
}
