public struct VehicleSaved: DomainEvent, Equatable {
    public static let type = "vehicle.saved"
    public var vehicle: Vehicle

    public init(_ vehicle: Vehicle) { self.vehicle = vehicle }

    public init(fields reader: any FieldReader) throws(EventDecodingError) {
        let f = try FieldDecoder(reader, type: Self.type, minimumCount: 5)
        vehicle = Vehicle(plate: f.string(0), vin: f.string(1), model: f.string(2),
                          kind: f.string(3), ownerID: f.string(4))
    }

    public var fields: [String] {
        [vehicle.plate, vehicle.vin, vehicle.model, vehicle.kind, vehicle.ownerID]
    }

    public func apply(to state: inout StoreState) { state.save(vehicle) }
}
