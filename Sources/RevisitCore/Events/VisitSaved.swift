public struct VisitSaved: DomainEvent, Equatable {
    public static let type = "visit.saved"
    public var visit: Visit

    public init(_ visit: Visit) { self.visit = visit }

    public init(fields reader: any FieldReader) throws(EventDecodingError) {
        let f = try FieldDecoder(reader, type: Self.type, minimumCount: 13)
        visit = Visit(
            roNumber: f.string(0), customerID: f.string(1), plateKey: f.string(2),
            type: try f.enumValue(3, VisitType.self),
            openedAt: try f.time(4), deliveredAt: try f.time(5),
            mileage: try f.optionalInt(6), items: f.string(7), serviceAdvisor: f.string(8),
            amountCents: try f.optionalInt(9), nextServiceDate: try f.optionalDate(10),
            nextServiceMileage: try f.optionalInt(11), rework: f.bool(12))
    }

    public var fields: [String] {
        let v = visit
        return [v.roNumber, v.customerID, v.plateKey, v.type.rawValue, v.openedAt.description,
                v.deliveredAt.description, FieldEncoding.optional(v.mileage), v.items, v.serviceAdvisor,
                FieldEncoding.optional(v.amountCents), FieldEncoding.optional(v.nextServiceDate),
                FieldEncoding.optional(v.nextServiceMileage), FieldEncoding.bool(v.rework)]
    }

    public func apply(to state: inout StoreState) { state.save(visit) }
}
