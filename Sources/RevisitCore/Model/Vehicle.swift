public struct Vehicle: Hashable, Sendable {
    /// Plate key (see `Plate.key`), unique in the store.
    public var plateKey: String
    public var plate: String
    public var vin: String
    public var model: String
    public var kind: String
    public var ownerID: String

    public init(plate: String, vin: String = "", model: String, kind: String = "", ownerID: String) {
        self.init(plateKey: Plate.key(plate), plate: plate, vin: vin, model: model, kind: kind, ownerID: ownerID)
    }

    /// For a caller that has the plate's key already.
    init(plateKey: String, plate: String, vin: String = "", model: String, kind: String = "", ownerID: String) {
        self.plateKey = plateKey; self.plate = plate; self.vin = vin
        self.model = model; self.kind = kind; self.ownerID = ownerID
    }
}
