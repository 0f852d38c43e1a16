/// One validated row of a repair-order export.
public struct RepairOrder: Sendable, Equatable {
    public var roNumber: String
    public var customerName: String
    public var phone: String
    public var address: String
    public var plate: String
    public var vin: String
    public var model: String
    public var vehicleKind: String
    public var visitType: VisitType
    public var openedAt: CivilTime
    public var deliveredAt: CivilTime
    public var mileage: Int?
    public var items: String
    public var serviceAdvisor: String
    public var amountCents: Int?
    public var nextServiceDate: CivilDate?
    public var nextServiceMileage: Int?
    public var rework: Bool
    public var clubMember: Bool
}

/// A reason a row was refused, named by line and column.
public struct RowProblem: Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var column: String
    public var reason: String

    public init(line: Int, column: String, reason: String) {
        self.line = line; self.column = column; self.reason = reason
    }

    public var description: String { "\(line): \(column): \(reason)" }
}

public struct RowProblems: Error, Sendable, Equatable {
    public var problems: [RowProblem]
}
