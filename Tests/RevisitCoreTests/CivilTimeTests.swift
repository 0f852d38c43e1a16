import XCTest
@testable import RevisitCore

final class CivilTimeTests: XCTestCase {
    func testDateRoundTripsThroughDays() {
        for text in ["1970-01-01", "2000-02-29", "2026-11-23", "2027-12-31", "1999-03-01"] {
            XCTAssertEqual(CivilDate(text)?.description, text)
        }
        XCTAssertEqual(CivilDate("1970-01-02")?.days, 1)
        XCTAssertEqual(CivilDate("2026-11-23")?.days, 20780) // python: (date(2026,11,23) - date(1970,1,1)).days
    }

    func testImpossibleDatesAreRefused() {
        for text in ["2026-02-29", "2026-13-01", "2026-04-31", "2026-1-01", "20261101", "2026-11-0a", ""] {
            XCTAssertNil(CivilDate(text), text)
        }
        XCTAssertNil(CivilTime("2026-11-23 24:00"))
        XCTAssertNil(CivilTime("2026-11-23 12:60"))
    }

    func testWeekdayIsISO() {
        XCTAssertEqual(CivilDate("2026-11-23")?.weekday, 1) // a Monday
        XCTAssertEqual(CivilDate("2026-11-29")?.weekday, 7)
        XCTAssertEqual(CivilDate("1970-01-01")?.weekday, 4)
    }

    func testAddingMonthsClampsToMonthEnd() {
        XCTAssertEqual(CivilDate("2026-01-31")!.adding(months: 1).description, "2026-02-28")
        XCTAssertEqual(CivilDate("2026-11-02")!.adding(months: 6).description, "2027-05-02")
        XCTAssertEqual(CivilDate("2026-11-30")!.adding(months: -12).description, "2025-11-30")
    }

    func testTimeParsesBothForms() {
        XCTAssertEqual(CivilTime("2026-11-02 15:40")?.description, "2026-11-02 15:40")
        XCTAssertEqual(CivilTime("2026-11-02")?.description, "2026-11-02 00:00")
        XCTAssertEqual(CivilTime("2026-11-02 15:40")?.minuteOfDay, 15 * 60 + 40)
    }
}
