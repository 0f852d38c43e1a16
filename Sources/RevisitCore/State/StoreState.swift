/// Everything the journal says, rebuilt in memory with the indexes the screens need.
/// Events change it only through the `save` methods, so the indexes never drift.
public struct StoreState: Sendable {
    public private(set) var customers: [String: Customer] = [:]
    /// Customer ids in the order they were first added.
    public private(set) var customerIDs: [String] = []
    public private(set) var customerIDByPhone: [String: String] = [:]
    public private(set) var vehicles: [String: Vehicle] = [:]
    public private(set) var plateKeysByCustomer: [String: [String]] = [:]
    public private(set) var visits: [Visit] = []
    public private(set) var visitIndexByRO: [String: Int] = [:]
    public private(set) var visitIndexesByCustomer: [String: [Int]] = [:]
    /// The highest customer number handed out, so new ids never repeat.
    public private(set) var lastCustomerNumber = 0
    /// Calls, attempts and claims; changed only by their own events.
    public internal(set) var calls = CallLedger()
    /// Complaints; changed only by their own events.
    public internal(set) var complaints = ComplaintBook()

    public init() {}

    mutating func save(_ customer: Customer) {
        if let old = customers[customer.id] {
            for phone in old.phones where customerIDByPhone[phone] == customer.id {
                customerIDByPhone[phone] = nil
            }
        } else {
            customerIDs.append(customer.id)
        }
        customers[customer.id] = customer
        for phone in customer.phones { customerIDByPhone[phone] = customer.id }
        if let n = CustomerID.number(customer.id) { lastCustomerNumber = max(lastCustomerNumber, n) }
    }

    mutating func save(_ vehicle: Vehicle) {
        if let old = vehicles[vehicle.plateKey], old.ownerID != vehicle.ownerID {
            plateKeysByCustomer[old.ownerID]?.removeAll { $0 == vehicle.plateKey }
        }
        if vehicles[vehicle.plateKey]?.ownerID != vehicle.ownerID {
            plateKeysByCustomer[vehicle.ownerID, default: []].append(vehicle.plateKey)
        }
        vehicles[vehicle.plateKey] = vehicle
    }

    mutating func save(_ visit: Visit) {
        if let i = visitIndexByRO[visit.roNumber] {
            let old = visits[i]
            if old.customerID != visit.customerID {
                visitIndexesByCustomer[old.customerID]?.removeAll { $0 == i }
                visitIndexesByCustomer[visit.customerID, default: []].append(i)
            }
            visits[i] = visit
        } else {
            visitIndexByRO[visit.roNumber] = visits.count
            visitIndexesByCustomer[visit.customerID, default: []].append(visits.count)
            visits.append(visit)
        }
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
        (visitIndexesByCustomer[customerID] ?? []).map { visits[$0] }
            .sorted { $0.deliveredAt > $1.deliveredAt }
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
