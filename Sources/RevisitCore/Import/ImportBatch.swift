/// The working set of one import: what this batch has already added or changed sits in
/// front of the stored state, so later rows see earlier ones without copying the state.
///
/// The customers are matched first, all orders through, each phone hashed once (it finds or
/// files a slot); then each order's events are made in order, its vehicle and earlier visit
/// found by its `OrderKeys` without hashing. Customers and vehicles are kept in arrays by slot,
/// the latest version of each.
struct ImportBatch {
    let state: StoreState
    /// Customers seen by this batch (added, changed, or stored and matched), latest version.
    var customers: [Customer] = []
    var customerSlotByPhone: [String: Int] = [:]
    /// Each customer version an order saves, in order.
    var customerSaves: [Customer] = []
    /// Vehicles seen by this batch, latest version, by the slot of their plate key.
    var vehicles: [Vehicle] = []
    /// Per order taken, where the latest visit saved for its ro number sits in `events`, or -1.
    var visitEventOfOrder: [Int] = []
    var nextCustomerNumber: Int
    var events: [any DomainEvent] = []
    var summary = ImportSummary()

    /// One order's customer: the slot, and what it saves (an index in `customerSaves`) or -1.
    struct CustomerMatch {
        var slot: Int
        var save: Int
    }

    static let importedClasses: Set<CustomerClass> = [.retained]

    init(state: StoreState, expectedOrders: Int) {
        self.state = state
        nextCustomerNumber = state.lastCustomerNumber + 1
        // At most a customer, a vehicle and a visit event per order: the pages of `events`
        // beyond those used are never touched. (The customers and vehicles are fewer, by how
        // much no one knows: they grow as they come.)
        events.reserveCapacity(expectedOrders * 3)
        visitEventOfOrder.reserveCapacity(expectedOrders)
    }

    /// Every order's customer, in order.
    mutating func matchCustomers(_ orders: [RepairOrder]) -> [CustomerMatch] {
        var matches: [CustomerMatch] = []
        matches.reserveCapacity(orders.count)
        // Through a buffer pointer, each order is lent where it lies: `orders[i]` copies it out.
        orders.withUnsafeBufferPointer { orders in
            for i in orders.indices { matches.append(matchCustomer(orders[i])) }
        }
        return matches
    }

    /// Every order's events, in order: its customer's (as `matches` found), its vehicle's, its visit's.
    mutating func take(_ orders: [RepairOrder], _ matches: [CustomerMatch], _ keys: OrderKeys) {
        orders.withUnsafeBufferPointer { orders in
            for i in orders.indices {
                let match = matches[i]
                if match.save >= 0 { events.append(CustomerSaved(customerSaves[match.save])) }
                let customerID = customers[match.slot].id
                saveVehicle(orders[i], key: keys.plateKeys[i], slot: keys.plateSlots[i], ownerID: customerID)
                saveVisit(orders[i], earlier: keys.earlierWithSameRO[i], customerID: customerID, plateKey: keys.plateKeys[i])
            }
        }
    }

    mutating func matchCustomer(_ o: RepairOrder) -> CustomerMatch {
        guard let slot = customerSlot(phone: o.phone) else {
            let c = Customer(id: CustomerID.make(nextCustomerNumber), name: o.customerName, phones: [o.phone],
                             address: o.address, classes: Self.importedClasses, clubMember: o.clubMember)
            nextCustomerNumber += 1
            customers.append(c)
            summary.customersAdded += 1
            return CustomerMatch(slot: customers.count - 1, save: saving(c))
        }
        // Compared field by field, so the usual unchanged customer is not copied to find that out.
        let changes = customers[slot].name != o.customerName || customers[slot].clubMember != o.clubMember
            || (!o.address.isEmpty && customers[slot].address != o.address)
        guard changes else { return CustomerMatch(slot: slot, save: -1) }
        customers[slot].name = o.customerName
        if !o.address.isEmpty { customers[slot].address = o.address }
        customers[slot].clubMember = o.clubMember
        // A changed customer answers to all of its phones from here on, as the state will.
        for other in customers[slot].phones where other != o.phone { customerSlotByPhone[other] = slot }
        summary.customersUpdated += 1
        return CustomerMatch(slot: slot, save: saving(customers[slot]))
    }

    private mutating func saving(_ c: Customer) -> Int {
        customerSaves.append(c)
        return customerSaves.count - 1
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

    /// `slot` is new to the batch when it is the next one: slots are numbered as keys first appear.
    mutating func saveVehicle(_ o: RepairOrder, key: String, slot: Int, ownerID: String) {
        if slot == vehicles.count {
            guard let stored = state.vehicles[key] else {
                let v = Vehicle(plateKey: key, plate: o.plate, vin: o.vin, model: o.model, kind: o.vehicleKind, ownerID: ownerID)
                vehicles.append(v)
                events.append(VehicleSaved(v))
                summary.vehiclesAdded += 1
                return
            }
            vehicles.append(stored)
        }
        // Compared field by field, so the usual unchanged vehicle is not copied to find that out.
        let changes = vehicles[slot].plate != o.plate || vehicles[slot].model != o.model || vehicles[slot].ownerID != ownerID
            || (!o.vin.isEmpty && vehicles[slot].vin != o.vin) || (!o.vehicleKind.isEmpty && vehicles[slot].kind != o.vehicleKind)
        guard changes else { return }
        vehicles[slot].plate = o.plate
        vehicles[slot].model = o.model
        vehicles[slot].ownerID = ownerID
        if !o.vin.isEmpty { vehicles[slot].vin = o.vin }
        if !o.vehicleKind.isEmpty { vehicles[slot].kind = o.vehicleKind }
        events.append(VehicleSaved(vehicles[slot]))
        summary.vehiclesUpdated += 1
    }

    /// `earlier` is the last earlier order with the same ro number, or -1.
    mutating func saveVisit(_ o: RepairOrder, earlier: Int, customerID: String, plateKey: String) {
        let v = Visit(roNumber: o.roNumber, customerID: customerID, plateKey: plateKey, type: o.visitType,
                      openedAt: o.openedAt, deliveredAt: o.deliveredAt, mileage: o.mileage, items: o.items,
                      serviceAdvisor: o.serviceAdvisor, amountCents: o.amountCents,
                      nextServiceDate: o.nextServiceDate, nextServiceMileage: o.nextServiceMileage,
                      rework: o.rework)
        let savedAt = earlier < 0 ? -1 : visitEventOfOrder[earlier]
        let old = savedAt < 0 ? state.visitIndex(ofRO: o.roNumber).map { state.visits[$0] }
                              : (events[savedAt] as? VisitSaved)?.visit
        guard v != old else { return visitEventOfOrder.append(savedAt) }
        visitEventOfOrder.append(events.count)
        events.append(VisitSaved(v))
        if old == nil { summary.visitsAdded += 1 } else { summary.visitsUpdated += 1 }
    }
}
