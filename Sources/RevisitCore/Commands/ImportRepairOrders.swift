public struct ImportSummary: Sendable, Equatable, CustomStringConvertible {
    public var customersAdded = 0, customersUpdated = 0
    public var vehiclesAdded = 0, vehiclesUpdated = 0
    public var visitsAdded = 0, visitsUpdated = 0
    public init() {}

    public var description: String {
        "customers \(customersAdded) added, \(customersUpdated) updated; " +
        "vehicles \(vehiclesAdded) added, \(vehiclesUpdated) updated; " +
        "visits \(visitsAdded) added, \(visitsUpdated) updated"
    }
}

/// Brings validated repair orders into the store: a customer is matched by phone, a vehicle
/// by plate, a visit by repair-order number. Only what is new or changed yields an event,
/// so importing the same file twice adds nothing.
public struct ImportRepairOrders: Command {
    public var orders: [RepairOrder]

    public init(orders: [RepairOrder]) { self.orders = orders }

    public func decide(_ context: CommandContext) throws(CommandError) -> (events: [any DomainEvent], outcome: ImportSummary) {
        var batch = ImportBatch(state: context.state, expectedOrders: orders.count)
        for order in orders { batch.take(order) }
        return (batch.events, batch.summary)
    }
}

/// The working set of one import: what this batch has already added or changed sits in
/// front of the stored state, so later rows see earlier ones without copying the state.
struct ImportBatch {
    let state: StoreState
    var customers: [String: Customer] = [:]       // by id
    var customerIDByPhone: [String: String] = [:]
    var vehicles: [String: Vehicle] = [:]         // by plate key
    /// Where the visit saved for each ro number sits in `events`.
    var visitEvents: [String: Int] = [:]
    var nextCustomerNumber: Int
    var events: [any DomainEvent] = []
    var summary = ImportSummary()

    init(state: StoreState, expectedOrders: Int) {
        self.state = state
        nextCustomerNumber = state.lastCustomerNumber + 1
        // Room for a visit per order. (Customers and vehicles are fewer, by how much no one knows:
        // reserving as many would spread a few over many pages of a hash table.)
        visitEvents.reserveCapacity(expectedOrders)
        events.reserveCapacity(expectedOrders)
    }

    mutating func take(_ order: RepairOrder) {
        let customerID = saveCustomer(order)
        let plateKey = saveVehicle(order, ownerID: customerID)
        saveVisit(order, customerID: customerID, plateKey: plateKey)
    }

    mutating func saveCustomer(_ o: RepairOrder) -> String {
        let existingID = customerIDByPhone[o.phone] ?? state.customerIDByPhone[o.phone]
        guard let id = existingID, let old = customers[id] ?? state.customers[id] else {
            let id = CustomerID.make(nextCustomerNumber)
            nextCustomerNumber += 1
            let c = Customer(id: id, name: o.customerName, phones: [o.phone], address: o.address,
                             classes: [.retained], clubMember: o.clubMember)
            record(c)
            summary.customersAdded += 1
            return id
        }
        var c = old
        c.name = o.customerName
        if !o.address.isEmpty { c.address = o.address }
        c.clubMember = o.clubMember
        if c != old {
            record(c)
            summary.customersUpdated += 1
        }
        return id
    }

    mutating func record(_ c: Customer) {
        customers[c.id] = c
        for p in c.phones { customerIDByPhone[p] = c.id }
        events.append(CustomerSaved(c))
    }

    mutating func saveVehicle(_ o: RepairOrder, ownerID: String) -> String {
        let key = Plate.key(o.plate)
        let old = vehicles[key] ?? state.vehicles[key]
        var v = old ?? Vehicle(plate: o.plate, model: o.model, ownerID: ownerID)
        v.plate = o.plate
        v.model = o.model
        v.ownerID = ownerID
        if !o.vin.isEmpty { v.vin = o.vin }
        if !o.vehicleKind.isEmpty { v.kind = o.vehicleKind }
        if v != old {
            vehicles[key] = v
            events.append(VehicleSaved(v))
            if old == nil { summary.vehiclesAdded += 1 } else { summary.vehiclesUpdated += 1 }
        }
        return key
    }

    mutating func saveVisit(_ o: RepairOrder, customerID: String, plateKey: String) {
        let v = Visit(roNumber: o.roNumber, customerID: customerID, plateKey: plateKey, type: o.visitType,
                      openedAt: o.openedAt, deliveredAt: o.deliveredAt, mileage: o.mileage, items: o.items,
                      serviceAdvisor: o.serviceAdvisor, amountCents: o.amountCents,
                      nextServiceDate: o.nextServiceDate, nextServiceMileage: o.nextServiceMileage,
                      rework: o.rework)
        let saved = visitEvents[o.roNumber].flatMap { (events[$0] as? VisitSaved)?.visit }
        let old = saved ?? state.visitIndexByRO[o.roNumber].map { state.visits[$0] }
        guard v != old else { return }
        visitEvents[o.roNumber] = events.count
        events.append(VisitSaved(v))
        if old == nil { summary.visitsAdded += 1 } else { summary.visitsUpdated += 1 }
    }
}
