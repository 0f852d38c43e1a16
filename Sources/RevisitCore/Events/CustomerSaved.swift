/// A customer's file as it now stands (added or changed).
public struct CustomerSaved: DomainEvent, Equatable {
    public static let type = "customer.saved"
    public var customer: Customer

    public init(_ customer: Customer) { self.customer = customer }

    public init(fields reader: any FieldReader) throws(EventDecodingError) {
        let f = try FieldDecoder(reader, type: Self.type, minimumCount: 3)
        var classes = Set<CustomerClass>()
        for name in f.list(4) {
            guard let c = CustomerClass(rawValue: name) else {
                throw EventDecodingError(type: Self.type, reason: "unknown customer class \(name)")
            }
            classes.insert(c)
        }
        customer = Customer(
            id: f.string(0), name: f.string(1), phones: f.list(2), address: f.string(3),
            classes: classes, clubMember: f.bool(5), keyCustomer: f.bool(6),
            birthday: try f.optionalDate(7), doNotCall: f.optionalString(8),
            wrongPhones: Set(f.list(9)))
    }

    public var fields: [String] {
        let c = customer
        return [c.id, c.name, FieldEncoding.list(c.phones), c.address,
                FieldEncoding.list(c.classes.map(\.rawValue).sorted()),
                FieldEncoding.bool(c.clubMember), FieldEncoding.bool(c.keyCustomer),
                FieldEncoding.optional(c.birthday), c.doNotCall ?? "",
                FieldEncoding.list(c.wrongPhones.sorted())]
    }

    public func apply(to state: inout StoreState) { state.save(customer) }
}
