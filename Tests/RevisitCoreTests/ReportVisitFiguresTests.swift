import XCTest
@testable import RevisitCore

final class ReportVisitFiguresTests: XCTestCase {
    let october = ReportPeriod(.month, parsing: "2026-10")!

    // Active on 2026-10-01: a paying delivery 2025-10-01 ... 2026-09-30.
    // Active on 2026-11-01: a paying delivery 2025-11-01 ... 2026-10-31.
    func testChurnBoundaries() {
        var f = ReportFixture()
        f.visit("A", .maintenance, delivered: "2025-10-01")          // first day of the start window: lost
        f.visit("B", .repair, delivered: "2025-09-30")               // one day too early: never active
        f.visit("C", .maintenance, delivered: "2025-10-15")
        f.visit("C", .repair, delivered: "2026-10-20")               // came back in October: kept
        f.visit("D", .insurance, delivered: "2025-10-31 23:59")      // last day that drops out by the end: lost
        f.visit("E", .bodywork, delivered: "2025-11-01")             // still inside the end window: kept
        f.visit("F", .promo, delivered: "2026-09-01")                // promo only: never active
        f.visit("G", .warranty, delivered: "2025-10-05")
        f.visit("G", .promo, delivered: "2026-10-10")                // promo does not bring G back: lost
        f.visit("H", .maintenance, delivered: "2026-10-01 08:00")    // delivered on the first day: not active on it
        f.visit("I", .delivery, delivered: "2026-09-30")             // kept
        f.visit("J", .maintenance, delivered: "2025-10-20")
        f.visit("J", .maintenance, delivered: "2026-10-31 23:59")    // last minute of the month: kept
        f.visit("K", .repair, delivered: "2025-10-10")
        f.visit("K", .repair, delivered: "2026-11-01 00:00")         // the day after the month is too late: lost
        let churn = Churn(month: october, state: f.state)
        XCTAssertEqual(churn.activeAtStart, 8) // A C D E G I J K
        XCTAssertEqual(churn.lostCustomerIDs, ["A", "D", "G", "K"])
        XCTAssertEqual(churn.lost, 4)
        XCTAssertEqual(churn.rate?.description, "50.0")
    }

    func testChurnOfAnEmptyBaseIsNil() {
        var f = ReportFixture()
        f.visit("A", .promo, delivered: "2026-09-01")
        let churn = Churn(month: october, state: f.state)
        XCTAssertEqual(churn.activeAtStart, 0)
        XCTAssertNil(churn.rate)
    }

    func testActivityWindowAroundLeapDays() {
        var f = ReportFixture()
        f.visit("A", .maintenance, delivered: "2025-02-28")
        f.visit("B", .maintenance, delivered: "2025-03-01")
        f.visit("C", .maintenance, delivered: "2027-02-28")
        f.visit("D", .maintenance, delivered: "2027-02-27")
        let march1 = CivilDate("2026-03-01")!, leapDay = CivilDate("2028-02-29")!
        XCTAssertFalse(CustomerActivity.isActive("A", on: march1, in: f.state))
        XCTAssertTrue(CustomerActivity.isActive("B", on: march1, in: f.state))
        XCTAssertEqual(CustomerActivity.activeCount(on: march1, in: f.state), 1)
        XCTAssertTrue(CustomerActivity.isActive("C", on: leapDay, in: f.state))
        XCTAssertFalse(CustomerActivity.isActive("D", on: leapDay, in: f.state))
        XCTAssertFalse(CustomerActivity.isActive("B", on: CivilDate("2025-03-01")!, in: f.state), "not on its own delivery day")
        XCTAssertTrue(CustomerActivity.isActive("B", on: CivilDate("2025-03-02")!, in: f.state))
    }

    func testReworkRate() {
        var f = ReportFixture()
        f.visit("A", .repair, delivered: "2026-10-02", rework: true)
        f.visit("B", .repair, delivered: "2026-10-03")
        f.visit("C", .warranty, delivered: "2026-10-04")
        f.visit("D", .warranty, delivered: "2026-10-31 23:59", rework: true)
        f.visit("E", .maintenance, delivered: "2026-10-05")
        f.visit("F", .bodywork, delivered: "2026-10-06", rework: true)   // flagged, counts above the line only
        f.visit("G", .repair, delivered: "2026-09-30 23:59", rework: true) // September
        f.visit("H", .repair, delivered: "2026-11-01 00:00")               // November
        let rework = Rework(period: october, state: f.state)
        XCTAssertEqual(rework.reworked, 3)           // A D F
        XCTAssertEqual(rework.repairsAndWarranty, 4) // A B C D
        XCTAssertEqual(rework.rate?.description, "75.0")
        XCTAssertNil(Rework(period: ReportPeriod(.month, parsing: "2026-08")!, state: f.state).rate)
    }
}
