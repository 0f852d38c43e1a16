import XCTest
@testable import RevisitCore

/// Missed satisfaction follow-ups, churn and rework as the built reports show them.
final class ReportMissedAndChurnTests: XCTestCase {
    var f = ReportFixture()

    override func setUp() {
        f = ReportFixture()
        for c in ["C20", "C21", "C22", "C23", "C24", "C25", "C30", "C31"] { f.customer(c) }
        f.visit("C20", .repair, delivered: "2026-10-25 16:00", ro: "V-EXP")          // expires 2026-11-10 00:00
        f.visit("C21", .maintenance, delivered: "2026-11-10 09:00", ro: "V-UNR")     // three failed calls: unreachable
        f.visit("C22", .repair, delivered: "2026-11-01 09:00", rework: true, ro: "V-OK")
        f.visit("C23", .warranty, delivered: "2026-11-20 09:00", ro: "V-LATE")       // expires 2026-12-06 00:00
        f.visit("C24", .bodywork, delivered: "2026-10-10 09:00", ro: "V-OCT")        // expires 2026-10-26 00:00
        f.visit("C25", .promo, delivered: "2026-05-01 09:00", ro: "V-PROMO")         // no satisfaction call for a promo
        f.visit("C30", .maintenance, delivered: "2025-11-05 09:00")
        f.visit("C31", .maintenance, delivered: "2026-06-01 09:00")
        f.call("C21", at: "2026-11-13 10:00", .noAnswer, task: "sat:V-UNR")
        f.call("C21", at: "2026-11-16 15:00", .busy, task: "sat:V-UNR")
        f.call("C21", at: "2026-11-17 10:00", .noAnswer, task: "sat:V-UNR")
        f.call("C22", at: "2026-11-04 10:00", overall: 5, task: "sat:V-OK")
    }

    func testMissedFollowUpsInTheMonthAndTheWeeks() throws {
        let november = f.report(.month, "2026-11", asOf: "2026-12-03 09:00")
        let missed = try XCTUnwrap(november.missedFollowups)
        XCTAssertEqual(missed.map(\.taskID), ["sat:V-EXP", "sat:V-UNR"])
        XCTAssertEqual(missed.map(\.reason), ["expired", "unreachable"])
        XCTAssertEqual(missed.map(\.endedAt.description), ["2026-11-10 00:00", "2026-11-17 10:00"])
        XCTAssertEqual(missed.map(\.attempts), [0, 3])
        XCTAssertEqual(missed.map(\.visitRO), ["V-EXP", "V-UNR"])
        XCTAssertEqual(missed.map(\.customerName), ["客户C20", "客户C21"])
        XCTAssertEqual(f.report(.week, "2026-W46", asOf: "2026-12-03 09:00").missedFollowups?.map(\.taskID), ["sat:V-EXP"])
        XCTAssertEqual(f.report(.week, "2026-W47", asOf: "2026-12-03 09:00").missedFollowups?.map(\.taskID), ["sat:V-UNR"])
        XCTAssertEqual(f.report(.month, "2026-10", asOf: "2026-12-03 09:00").missedFollowups?.map(\.taskID), ["sat:V-OCT"])
    }

    func testARunningPeriodCountsOnlyWhatHasHappened() {
        XCTAssertEqual(f.report(.month, "2026-12", asOf: "2026-12-03 09:00").missedFollowups, [])
        XCTAssertEqual(f.report(.month, "2026-12", asOf: "2026-12-10 09:00").missedFollowups?.map(\.taskID), ["sat:V-LATE"])
        XCTAssertEqual(f.report(.month, "2026-11", asOf: "2026-11-12 09:00").missedFollowups?.map(\.taskID), ["sat:V-EXP"])
    }

    func testChurnAndReworkInTheMonthlyReport() throws {
        let month = try XCTUnwrap(f.report(.month, "2026-11", asOf: "2026-12-03 09:00").month)
        // Active on 11-01 (a paying delivery 2025-11-01 ... 2026-10-31): C20, C24, C30, C31.
        // C30's only visit (2025-11-05) leaves the window of 12-01 (2025-12-01 ... 2026-11-30): lost.
        XCTAssertEqual(month.churn.activeAtStart, 4)
        XCTAssertEqual(month.churn.lostCustomerIDs, ["C30"])
        XCTAssertEqual(month.churn.rate?.description, "25.0")
        // Repair and warranty delivered in November: V-OK (rework) and V-LATE.
        XCTAssertEqual(month.rework, Rework(reworked: 1, repairsAndWarranty: 2))
        XCTAssertEqual(month.rework.rate?.description, "50.0")
    }
}
