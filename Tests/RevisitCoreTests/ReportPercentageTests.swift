import XCTest
@testable import RevisitCore

final class ReportPercentageTests: XCTestCase {
    func testRoundsHalfUpToOneDecimal() {
        XCTAssertEqual(Percentage(37, of: 40)?.description, "92.5")   // exactly 92.5
        XCTAssertEqual(Percentage(1, of: 3)?.description, "33.3")     // 33.333...
        XCTAssertEqual(Percentage(2, of: 3)?.description, "66.7")     // 66.666...
        XCTAssertEqual(Percentage(369, of: 400)?.description, "92.3") // 92.25, half up
        XCTAssertEqual(Percentage(1, of: 8)?.description, "12.5")     // 12.5 exactly
        XCTAssertEqual(Percentage(1, of: 16)?.description, "6.3")     // 6.25, half up
        XCTAssertEqual(Percentage(1, of: 2000)?.description, "0.1")   // 0.05, half up
        XCTAssertEqual(Percentage(1, of: 2001)?.description, "0.0")   // 0.04997...
        XCTAssertEqual(Percentage(0, of: 7)?.description, "0.0")
        XCTAssertEqual(Percentage(5, of: 5)?.description, "100.0")
    }

    func testEmptyIsNil() {
        XCTAssertNil(Percentage(0, of: 0))
        XCTAssertNil(Tally().percentage)
    }

    func testChangeIsSigned() {
        let now = Percentage(37, of: 40)!, before = Percentage(19, of: 20)! // 92.5 and 95.0
        XCTAssertEqual(now.change(from: before).description, "-2.5")
        XCTAssertEqual(before.change(from: now).signedDescription, "+2.5")
        XCTAssertEqual(now.change(from: now).signedDescription, "0.0")
        XCTAssertEqual(Percentage(tenths: -4).description, "-0.4")
    }

    func testSettingToTenths() {
        XCTAssertEqual(Percentage(setting: 93).tenths, 930)
        XCTAssertEqual(Percentage(setting: 92.5).tenths, 925)
    }

    func testTally() {
        var t = Tally()
        for hit in [true, true, false] { t.count(hit) }
        XCTAssertEqual(t, Tally(hits: 2, total: 3))
        XCTAssertEqual((t + Tally(hits: 1, total: 1)).percentage?.description, "75.0")
    }
}
