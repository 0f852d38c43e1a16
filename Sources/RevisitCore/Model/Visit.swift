/// One repair order: a car's visit to the shop. Laid out with little padding (a store holds
/// hundreds of thousands): the one-byte fields sit after an optional number, the optional
/// date is a day count with a marker for "none".
public struct Visit: Hashable, Sendable {
    public var roNumber: String
    public var customerID: String
    public var plateKey: String
    public var items: String
    public var serviceAdvisor: String
    public var openedAt: CivilTime
    public var deliveredAt: CivilTime
    private var nextServiceDays: Int
    public var mileage: Int?
    public var type: VisitType
    public var rework: Bool
    /// In cents (fen); nil when the order did not say.
    public var amountCents: Int?
    public var nextServiceMileage: Int?

    public var nextServiceDate: CivilDate? {
        get { nextServiceDays == Self.none ? nil : CivilDate(days: nextServiceDays) }
        set { nextServiceDays = newValue?.days ?? Self.none }
    }

    /// Beyond any date a journal field or an import can hold (four-digit years).
    private static let none = Int.min

    public init(roNumber: String, customerID: String, plateKey: String, type: VisitType,
                openedAt: CivilTime, deliveredAt: CivilTime, mileage: Int? = nil, items: String = "",
                serviceAdvisor: String = "", amountCents: Int? = nil, nextServiceDate: CivilDate? = nil,
                nextServiceMileage: Int? = nil, rework: Bool = false) {
        self.roNumber = roNumber; self.customerID = customerID; self.plateKey = plateKey
        self.type = type; self.openedAt = openedAt; self.deliveredAt = deliveredAt
        self.mileage = mileage; self.items = items; self.serviceAdvisor = serviceAdvisor
        self.amountCents = amountCents; self.nextServiceDays = nextServiceDate?.days ?? Self.none
        self.nextServiceMileage = nextServiceMileage; self.rework = rework
    }
}
