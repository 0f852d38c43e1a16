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
