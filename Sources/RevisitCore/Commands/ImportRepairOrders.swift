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
    public var mayChangeDirectory: Bool { true }
    public let orders: [RepairOrder]
    /// The orders' keys, asked for once the customers are matched.
    let keys: @Sendable () -> OrderKeys

    public init(orders: [RepairOrder]) {
        self.init(orders: orders, keys: { OrderKeys(orders) })
    }

    /// `keys` hands over `OrderKeys(orders)`, which the caller may be working out on another
    /// core meanwhile: the customers are matched before it is asked for.
    public init(orders: [RepairOrder], keys: @escaping @Sendable () -> OrderKeys) {
        self.orders = orders
        self.keys = keys
    }

    public func decide(_ context: CommandContext) throws(CommandError) -> (events: [any DomainEvent], outcome: ImportSummary) {
        var batch = ImportBatch(state: context.state, expectedOrders: orders.count)
        let matches = batch.matchCustomers(orders)
        batch.take(orders, matches, keys())
        return (batch.events, batch.summary)
    }
}
