/// The customers and vehicles of a state, with the indexes kept beside them: the order
/// customers were added, who has which phone, each owner's plates. `save` keeps them in step.
struct Directory: Sendable {
    var customers: [String: Customer] = [:]
    /// Customer ids in the order they were first added.
    var customerIDs: [String] = []
    var customerIDByPhone: [String: String] = [:]
    var vehicles: [String: Vehicle] = [:]
    var plateKeysByCustomer: [String: [String]] = [:]

    var isEmpty: Bool { customers.isEmpty && vehicles.isEmpty && plateKeysByCustomer.isEmpty }

    // Each save hashes a key as few times as it can: `updateValue` stores and returns the old
    // value in one lookup. Each takes the entity as its own (`consuming`), so one made just for
    // it is moved in rather than copied and then released, string by string.

    mutating func save(_ customer: consuming Customer) {
        let id = customer.id, phones = customer.phones
        if let old = customers.updateValue(customer, forKey: id) {
            for phone in old.phones where customerIDByPhone[phone] == id {
                customerIDByPhone[phone] = nil
            }
        } else {
            customerIDs.append(id)
        }
        for phone in phones { customerIDByPhone[phone] = id }
    }

    mutating func save(_ vehicle: consuming Vehicle) {
        let key = vehicle.plateKey, owner = vehicle.ownerID
        let old = vehicles.updateValue(vehicle, forKey: key)
        guard old?.ownerID != owner else { return }
        if let old { StoreState.remove(key, from: &plateKeysByCustomer, under: old.ownerID) }
        plateKeysByCustomer[owner, default: []].append(key)
    }

    mutating func reserveCapacity(customers newCustomers: Int, vehicles newVehicles: Int) {
        if newCustomers > 0 {
            let c = customers.count + newCustomers
            customers.reserveCapacity(c)
            customerIDs.reserveCapacity(c)
            customerIDByPhone.reserveCapacity(c)
        }
        if newVehicles > 0 {
            vehicles.reserveCapacity(vehicles.count + newVehicles)
            plateKeysByCustomer.reserveCapacity(plateKeysByCustomer.count + newVehicles)
        }
    }
}
