/// One repair order: a car's visit to the shop.
public struct Visit: Hashable, Sendable {
    public var roNumber: String
    public var customerID: String
    public var plateKey: String
    public var type: VisitType
    public var openedAt: CivilTime
    public var deliveredAt: CivilTime
    public var mileage: Int?
    public var items: String
    public var serviceAdvisor: String
    /// In cents (fen); nil when the order did not say.
    public var amountCents: Int?
    public var nextServiceDate: CivilDate?
    public var nextServiceMileage: Int?
    public var rework: Bool

    public init(roNumber: String, customerID: String, plateKey: String, type: VisitType,
                openedAt: CivilTime, deliveredAt: CivilTime, mileage: Int? = nil, items: String = "",
                serviceAdvisor: String = "", amountCents: Int? = nil, nextServiceDate: CivilDate? = nil,
                nextServiceMileage: Int? = nil, rework: Bool = false) {
        self.roNumber = roNumber; self.customerID = customerID; self.plateKey = plateKey
        self.type = type; self.openedAt = openedAt; self.deliveredAt = deliveredAt
        self.mileage = mileage; self.items = items; self.serviceAdvisor = serviceAdvisor
        self.amountCents = amountCents; self.nextServiceDate = nextServiceDate
        self.nextServiceMileage = nextServiceMileage; self.rework = rework
    }
}
