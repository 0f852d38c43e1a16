/// The working set of one import: what this batch has already added or changed sits in
/// front of the stored state, so later rows see earlier ones without copying the state.
///
/// Each phone, plate key and order number is hashed once per row: it finds (or files) a slot,
/// and the customer or vehicle of that slot is kept in an array, the latest version of it.
struct ImportBatch {
    let state: StoreState
    /// Customers seen by this batch (added, changed, or stored and matched), latest version.
    var customers: [Customer] = []
    var customerSlotByPhone: [String: Int] = [:]
    /// Vehicles seen by this batch, latest version, by the slot of their plate key.
    var vehicles: [Vehicle] = []
    var vehicleSlotByPlateKey: [String: Int] = [:]
    /// Where the visit saved for each ro number sits in `events`.
    var visitEvents: [String: Int] = [:]
    var nextCustomerNumber: Int
    var events: [any DomainEvent] = []
    var summary = ImportSummary()

    static let importedClasses: Set<CustomerClass> = [.retained]

    init(state: StoreState, expectedOrders: Int) {
        self.state = state
        nextCustomerNumber = state.lastCustomerNumber + 1
        // A visit per order, and at most a customer, a vehicle and a visit event per order: the
        // pages of `events` beyond those used are never touched. (The customers and vehicles
        // are fewer, by how much no one knows: they grow as they come.)
        visitEvents.reserveCapacity(expectedOrders)
        events.reserveCapacity(expectedOrders * 3)
    }

    mutating func take(_ order: RepairOrder) {
        let customerID = saveCustomer(order)
        let plateKey = saveVehicle(order, ownerID: customerID)
        saveVisit(order, customerID: customerID, plateKey: plateKey)
    }

    mutating func saveCustomer(_ o: RepairOrder) -> String {
        guard let slot = customerSlot(phone: o.phone) else {
            let c = Customer(id: CustomerID.make(nextCustomerNumber), name: o.customerName, phones: [o.phone],
                             address: o.address, classes: Self.importedClasses, clubMember: o.clubMember)
            nextCustomerNumber += 1
            customers.append(c)
            events.append(CustomerSaved(c))
            summary.customersAdded += 1
            return c.id
        }
        let old = customers[slot]
        var c = old
        c.name = o.customerName
        if !o.address.isEmpty { c.address = o.address }
        c.clubMember = o.clubMember
        if c != old {
            customers[slot] = c
            // A changed customer answers to all of its phones from here on, as the state will.
            for other in c.phones where other != o.phone { customerSlotByPhone[other] = slot }
            events.append(CustomerSaved(c))
            summary.customersUpdated += 1
        }
        return c.id
    }

    /// The slot of the customer with this phone, bringing a stored one into `customers`; nil
    /// when there is none, the phone then filed under the slot the new customer will take.
    /// (A stored customer reached again by another of its phones may take a second slot: it
    /// is unchanged so far, or its change would have filed all its phones under the first.)
    mutating func customerSlot(phone: String) -> Int? {
        let (slot, isNew) = customerSlotByPhone.slot(for: phone, filingIfAbsent: customers.count)
        guard isNew else { return slot }
        guard let id = state.customerIDByPhone[phone], let stored = state.customers[id] else { return nil }
        customers.append(stored)
        return slot
    }

    mutating func saveVehicle(_ o: RepairOrder, ownerID: String) -> String {
        let key = Plate.key(o.plate)
        let (slot, isNew) = vehicleSlotByPlateKey.slot(for: key, filingIfAbsent: vehicles.count)
        let old = isNew ? state.vehicles[key] : vehicles[slot]
        var v = old ?? Vehicle(plateKey: key, plate: o.plate, model: o.model, ownerID: ownerID)
        v.plate = o.plate
        v.model = o.model
        v.ownerID = ownerID
        if !o.vin.isEmpty { v.vin = o.vin }
        if !o.vehicleKind.isEmpty { v.kind = o.vehicleKind }
        if isNew { vehicles.append(v) } else if v != old { vehicles[slot] = v }
        if v != old {
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
        let (at, isNew) = visitEvents.slot(for: o.roNumber, filingIfAbsent: events.count)
        let old = isNew ? state.visitIndexByRO[o.roNumber].map { state.visits[$0] } : (events[at] as? VisitSaved)?.visit
        guard v != old else {
            if isNew { visitEvents[o.roNumber] = nil }
            return
        }
        if !isNew { visitEvents[o.roNumber] = events.count }
        events.append(VisitSaved(v))
        if old == nil { summary.visitsAdded += 1 } else { summary.visitsUpdated += 1 }
    }
}
