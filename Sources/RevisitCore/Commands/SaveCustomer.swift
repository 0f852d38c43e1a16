/// Writes a customer's file as given (the card's edits, marking do-not-call, correcting a phone).
public struct SaveCustomer: Command {
    public var mayChangeDirectory: Bool { true }
    public var customer: Customer

    public init(_ customer: Customer) { self.customer = customer }

    public func decide(_ context: CommandContext) throws(CommandError) -> (events: [any DomainEvent], outcome: Customer) {
        guard context.state.customers[customer.id] != nil else { throw .notFound("no customer \(customer.id)") }
        guard !customer.name.trimmed.isEmpty else { throw .invalid("customer \(customer.id): name is empty") }
        for phone in customer.phones {
            if case .failure(let why) = Phone.parse(phone) { throw .invalid("phone \(String(reflecting: phone)) \(why)") }
            if let other = context.state.customerIDByPhone[phone], other != customer.id {
                throw .conflict("phone \(phone) already belongs to customer \(other)")
            }
        }
        if let reason = customer.doNotCall, reason.trimmed.isEmpty {
            throw .invalid("do-not-call needs a reason")
        }
        return ([CustomerSaved(customer)], customer)
    }
}
