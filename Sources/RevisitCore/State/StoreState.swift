/// Everything the journal says, rebuilt in memory with the indexes the screens need.
/// Events change it only through the `save` methods, so the indexes never drift.
public struct StoreState: Sendable {
    /// Customers and vehicles with their indexes, once decoded; empty while `image` holds them.
    private var directory = Directory()
    /// The customers and vehicles of the state image this state was read from, until one changes.
    private var image: ImageDirectory?
    public private(set) var visits = VisitList()
    private var repairOrders = RepairOrderIndex()
    public private(set) var visitIndexesByCustomer: [String: [Int]] = [:]
    /// Goes up whenever a customer or vehicle changes, so a search index knows it is stale.
    public private(set) var directoryRevision = 0
    /// The highest customer number handed out, so new ids never repeat.
    public private(set) var lastCustomerNumber = 0
    /// Calls, attempts and claims; changed only by their own events.
    public internal(set) var calls = CallLedger()
    /// Complaints; changed only by their own events.
    public internal(set) var complaints = ComplaintBook()

    public init() {}

    public var customers: EntityTable<Customer> { table(\.customers, \.customers) }
    public var vehicles: EntityTable<Vehicle> { table(\.vehicles, \.vehicles) }

    /// Records looked up in the image, until every one has been decoded (for a search, a card,
    /// a cache being written): from then on in those, rather than decoded again one by one.
    private func table<Value>(_ records: (ImageDirectory) -> ImageRecords<Value>,
                              _ decoded: (Directory) -> [String: Value]) -> EntityTable<Value> {
        guard let image else { return EntityTable(image: nil, decoded: decoded(directory)) }
        if let built = image.builtDirectory { return EntityTable(image: nil, decoded: decoded(built)) }
        return EntityTable(image: records(image), decoded: [:])
    }
    // These three need every customer or vehicle decoded: a state read from an image builds
    // them the first time one is asked for.
    /// Customer ids in the order they were first added.
    public var customerIDs: [String] { (image?.directory ?? directory).customerIDs }
    public var customerIDByPhone: [String: String] { (image?.directory ?? directory).customerIDByPhone }
    public var plateKeysByCustomer: [String: [String]] { (image?.directory ?? directory).plateKeysByCustomer }

    // Each save hashes a key as few times as it can (see `Directory`), and loading a store
    // calls these once per journal line.

    mutating func save(_ customer: consuming Customer) {
        decodeDirectory()
        directoryRevision += 1
        if let n = CustomerID.number(customer.id) { lastCustomerNumber = max(lastCustomerNumber, n) }
        calls.customerSaved(customer)
        directory.save(customer)
    }

    mutating func save(_ vehicle: consuming Vehicle) {
        decodeDirectory()
        directoryRevision += 1
        directory.save(vehicle)
    }

    /// Before a customer or vehicle changes: the image's, decoded, become this state's own.
    /// Called by every change; a store calls it ahead of a save that may make one.
    public mutating func decodeDirectory() {
        guard let image else { return }
        directory = image.directory
        self.image = nil
    }

    mutating func save(_ visit: consuming Visit) {
        var replaced: (index: Int, visit: Visit)?
        if let i = repairOrders.index(of: visit.roNumber, in: visits) {
            let old = visits[i]
            replaced = (i, old)
            if old.customerID != visit.customerID {
                Self.remove(i, from: &visitIndexesByCustomer, under: old.customerID)
                // kept in index order, as if the visit had always been this customer's
                let list = visitIndexesByCustomer[visit.customerID] ?? []
                visitIndexesByCustomer[visit.customerID, default: []].insert(i, at: list.firstIndex { $0 > i } ?? list.count)
            }
            visits.replace(i, with: visit)
        } else {
            repairOrders.add(visit.roNumber, at: visits.count)
            visitIndexesByCustomer[visit.customerID, default: []].append(visits.count)
            visits.append(visit)
        }
        calls.timeline.visitSaved(at: replaced?.index ?? visits.count - 1, replacing: replaced?.visit,
                                  visits: visits, visitsByCustomer: visitIndexesByCustomer)
    }

    // MARK: from a state image (see `StateImage`)

    /// A state image's piece of visits, kept encoded, without their indexes:
    /// `restoreVisitIndexes` and `restoreRepairOrders` put them in place.
    mutating func restoreVisits(_ bytes: UnsafeRawBufferPointer, records: Int, keptAliveBy keeper: (AnyObject & Sendable)?) throws(ImageError) {
        try visits.appendEncoded(bytes, records: records, keptAliveBy: keeper)
    }

    /// The index by repair order a state image held, once its visits are read.
    mutating func restoreRepairOrders(_ index: RepairOrderIndex) { repairOrders = index }

    mutating func restoreVisitList(_ list: [Int], of customerID: String) { visitIndexesByCustomer[customerID] = list }

    /// Checks the customers' visit lists read and the timeline's against the visits, then puts
    /// the timeline in place.
    mutating func restoreVisitIndexes(_ timeline: TimelineImage) throws(ImageError) {
        calls.timeline = try VisitTimeline(restoring: timeline, visits: visits, visitsByCustomer: visitIndexesByCustomer)
    }

    /// The customers and vehicles of a state image, into a state that has none (see `StateAssembly`).
    mutating func restoreDirectory(_ image: ImageDirectory) {
        precondition(self.image == nil && directory.isEmpty, "customers and vehicles are restored only into a state without any")
        self.image = image
        lastCustomerNumber = image.lastCustomerNumber
        directoryRevision += 1
    }

    /// Lists of a key that loses its last item go, so the indexes hold the same whether built
    /// event by event or from the entities alone (see `StateImage`).
    static func remove<T: Equatable>(_ item: T, from lists: inout [String: [T]], under key: String) {
        lists[key]?.removeAll { $0 == item }
        if lists[key]?.isEmpty == true { lists[key] = nil }
    }

    /// Room for the events about to be replayed (counts by event type, upper bounds), so
    /// loading a large store does not grow and rehash every index many times over.
    public mutating func reserveCapacity(forNew counts: [String: Int]) {
        let newCustomers = counts[CustomerSaved.type] ?? 0
        let newVehicles = counts[VehicleSaved.type] ?? 0
        let newVisits = counts[VisitSaved.type] ?? 0
        if newCustomers > 0 || newVehicles > 0 {
            decodeDirectory()
            directory.reserveCapacity(customers: newCustomers, vehicles: newVehicles)
        }
        if newVisits > 0 {
            reserveCapacity(visits: newVisits, customerLists: newCustomers)
            calls.timeline.reserveCapacity(visits: newVisits, vehicles: newVehicles, customers: newCustomers)
        }
        if let newCalls = counts[CallLogged.type], newCalls > 0 { calls.reserveCapacity(forNewCalls: newCalls) }
    }

    /// Room for a state image's visits (kept encoded) and its customers' visit lists.
    mutating func reserveCapacity(imageVisits count: Int, customerLists: Int) {
        visits.reserveCapacity(encoded: count)
        visitIndexesByCustomer.reserveCapacity(visitIndexesByCustomer.count + customerLists)
    }

    /// Room for this many more visits saved (replayed lines, an import), and visit lists of this
    /// many more customers.
    mutating func reserveCapacity(visits count: Int, customerLists: Int) {
        visits.reserveCapacity(saved: count)
        repairOrders.reserveCapacity(count)
        visitIndexesByCustomer.reserveCapacity(visitIndexesByCustomer.count + customerLists)
    }

    // MARK: lookups

    public func customer(byPhone digits: String) -> Customer? {
        customerIDByPhone[digits].flatMap { customers[$0] }
    }

    public func vehicles(of customerID: String) -> [Vehicle] {
        (plateKeysByCustomer[customerID] ?? []).compactMap { vehicles[$0] }
    }

    /// The customer's visits, newest delivery first.
    public func visits(of customerID: String) -> [Visit] {
        (visitIndexesByCustomer[customerID] ?? []).sorted { visits.deliveredAt($0) > visits.deliveredAt($1) }.map { visits[$0] }
    }

    /// Finds a customer by id, by phone (any punctuation) or by plate.
    public func findCustomer(_ key: String) -> Customer? {
        let k = key.trimmed
        if let c = customers[k] ?? customers[k.uppercased()] { return c }
        if case .success(let phone) = Phone.parse(k), let c = customer(byPhone: phone.digits) { return c }
        if let v = vehicles[Plate.key(k)] { return customers[v.ownerID] }
        return nil
    }
}

public enum CustomerID {
    public static func make(_ number: Int) -> String { "C" + Digits.pad(number, 6) }

    static func number(_ id: String) -> Int? {
        guard id.hasPrefix("C") else { return nil }
        return Int(id.dropFirst())
    }
}

extension StoreState {
    /// The index in `visits` of the visit with this repair order number.
    public func visitIndex(ofRO ro: String) -> Int? { repairOrders.index(of: ro, in: visits) }

    /// Every visit's index by its repair order number, made afresh each time (for checks and
    /// tests; a lookup is `visitIndex(ofRO:)`).
    public var visitIndexByRO: [String: Int] {
        Dictionary(visits.indices.map { (visits.roNumber(of: $0), $0) }) { first, _ in first }
    }

    /// The customer's most recently delivered visit, without sorting them all.
    public func lastVisit(of customerID: String) -> Visit? {
        (visitIndexesByCustomer[customerID] ?? []).max { visits.deliveredAt($0) < visits.deliveredAt($1) }.map { visits[$0] }
    }

    /// The newest paying (non-promo) visit: whether the customer still comes back.
    public func lastPayingVisit(of customerID: String) -> Visit? {
        (visitIndexesByCustomer[customerID] ?? []).filter { visits.type(of: $0).isPaying }
            .max { visits.deliveredAt($0) < visits.deliveredAt($1) }.map { visits[$0] }
    }
}
