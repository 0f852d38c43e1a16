@testable import RevisitCore

/// Hand-built stores for the report tests: visits (and later calls and complaints) at fixed times.
struct ReportFixture {
    var state = StoreState()
    private var roCounter = 0

    mutating func visit(_ customerID: String, _ type: VisitType, delivered: String, rework: Bool = false) {
        roCounter += 1
        let at = CivilTime(delivered.count == 10 ? delivered + " 16:00" : delivered)!
        let visit = Visit(roNumber: "RO-\(roCounter)", customerID: customerID, plateKey: "P\(customerID)", type: type,
                          openedAt: at.adding(days: -1), deliveredAt: at, rework: rework)
        VisitSaved(visit).apply(to: &state)
    }
}
