import XCTest
@testable import RevisitCore

final class ReportPeriodTests: XCTestCase {
    func day(_ text: String) -> CivilDate { CivilDate(text)! }
    func week(_ text: String) -> ReportPeriod? { ReportPeriod(.week, parsing: text) }

    func testDayPeriod() throws {
        let p = try XCTUnwrap(ReportPeriod(.day, parsing: "2026-11-23"))
        XCTAssertEqual(p.description, "2026-11-23")
        XCTAssertEqual(p.dayCount, 1)
        XCTAssertTrue(p.contains(CivilTime("2026-11-23 00:00")!))
        XCTAssertTrue(p.contains(CivilTime("2026-11-23 23:59")!))
        XCTAssertFalse(p.contains(CivilTime("2026-11-24 00:00")!))
        XCTAssertFalse(p.contains(CivilTime("2026-11-22 23:59")!))
        XCTAssertEqual(p.previous.description, "2026-11-22")
        XCTAssertEqual(p.next.description, "2026-11-24")
        XCTAssertEqual(ReportPeriod(.day, parsing: "2026-12-31")!.next.description, "2027-01-01")
    }

    /// The report a desk reads on a day: today's daily report, the last whole week's and month's.
    func testTheDuePeriodIsTodayOrTheLastWholeWeekOrMonth() {
        let due = { (kind: ReportPeriod.Kind, today: String) in ReportPeriod.due(kind, on: self.day(today)).description }
        XCTAssertEqual(due(.day, "2026-11-30"), "2026-11-30")
        XCTAssertEqual(due(.week, "2026-11-30"), "2026-W48", "on Monday, last week's, not the day-old week")
        XCTAssertEqual(due(.week, "2026-11-29"), "2026-W47", "on Sunday the week is not over yet")
        XCTAssertEqual(due(.month, "2026-12-03"), "2026-11")
        XCTAssertEqual(due(.month, "2026-11-30"), "2026-10")
        XCTAssertEqual(due(.week, "2027-01-04"), "2026-W53")
        XCTAssertEqual(due(.month, "2027-01-01"), "2026-12")
    }

    // Expected weeks from python3: date.isocalendar() / date.fromisocalendar().
    func testISOWeeksAcrossYearEnds() throws {
        XCTAssertEqual(ReportPeriod(.week, containing: day("2026-11-23")).description, "2026-W48")
        XCTAssertEqual(week("2026-W47")?.firstDay, day("2026-11-16"))
        XCTAssertEqual(week("2026-W47")?.lastDay, day("2026-11-22"))
        XCTAssertEqual(ReportPeriod(.week, containing: day("2026-12-31")).description, "2026-W53")
        XCTAssertEqual(ReportPeriod(.week, containing: day("2027-01-01")).description, "2026-W53")
        XCTAssertEqual(ReportPeriod(.week, containing: day("2027-01-03")).description, "2026-W53")
        XCTAssertEqual(ReportPeriod(.week, containing: day("2027-01-04")).description, "2027-W01")
        XCTAssertEqual(ReportPeriod(.week, containing: day("2025-12-29")).description, "2026-W01")
        XCTAssertEqual(ReportPeriod(.week, containing: day("2024-12-30")).description, "2025-W01")
        XCTAssertEqual(ReportPeriod(.week, containing: day("2021-01-03")).description, "2020-W53")
        XCTAssertEqual(week("2026-W53")?.firstDay, day("2026-12-28"))
        XCTAssertEqual(week("2026-W53")?.lastDay, day("2027-01-03"))
        XCTAssertEqual(week("2026-W01")?.firstDay, day("2025-12-29"))
        XCTAssertEqual(week("2026-W53")?.next.description, "2027-W01")
        XCTAssertEqual(week("2027-W01")?.previous.description, "2026-W53")
        XCTAssertEqual(week("2026-W01")?.previous.description, "2025-W52")
        XCTAssertNil(week("2027-W53"), "2027 has 52 ISO weeks")
        XCTAssertNotNil(week("2020-W53"))
        XCTAssertNotNil(week("2032-W53"))
        XCTAssertEqual(ISOWeek.weeks(in: 2015), 53)
        XCTAssertEqual(ISOWeek.weeks(in: 2027), 52)
    }

    func testWeekContainsMondayToSunday() throws {
        let p = try XCTUnwrap(week("2026-W47"))
        XCTAssertEqual(p.days.map(\.description), ["2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19",
                                                   "2026-11-20", "2026-11-21", "2026-11-22"])
        XCTAssertTrue(p.contains(CivilTime("2026-11-22 23:59")!))
        XCTAssertFalse(p.contains(CivilTime("2026-11-23 00:00")!))
        XCTAssertFalse(p.contains(CivilTime("2026-11-15 23:59")!))
        XCTAssertEqual(ReportPeriod(.week, containing: day("2026-11-22")), p)
    }

    func testMonthPeriod() throws {
        let p = try XCTUnwrap(ReportPeriod(.month, parsing: "2026-10"))
        XCTAssertEqual(p.description, "2026-10")
        XCTAssertEqual(p.firstDay, day("2026-10-01"))
        XCTAssertEqual(p.lastDay, day("2026-10-31"))
        XCTAssertEqual(p.dayAfter, day("2026-11-01"))
        XCTAssertEqual(p.previous.description, "2026-09")
        XCTAssertEqual(ReportPeriod(.month, parsing: "2026-12")!.next.description, "2027-01")
        XCTAssertEqual(ReportPeriod(.month, parsing: "2027-01")!.previous.description, "2026-12")
        XCTAssertEqual(ReportPeriod(.month, parsing: "2028-02")!.dayCount, 29)
        XCTAssertEqual(ReportPeriod(.month, containing: day("2026-10-31")), p)
        XCTAssertEqual(p.shifted(by: -12).description, "2025-10")
        XCTAssertEqual(p.shifted(by: 3).description, "2027-01")
    }

    func testBadPeriodsAreRefused() {
        for text in ["2026-11-31", "2026-1-01", "26-11-01", "2026/11/01", ""] { XCTAssertNil(ReportPeriod(.day, parsing: text), text) }
        for text in ["2026-W00", "2026-W54", "2026-W5", "2026W47", "2026-w47", "2026-47", "2026-11-23"] {
            XCTAssertNil(week(text), text)
        }
        for text in ["2026-13", "2026-00", "2026-1", "2026-10-01", "0000-01", "9999-12"] {
            XCTAssertNil(ReportPeriod(.month, parsing: text), text)
        }
    }

    func testNavigationStopsAtTheCalendarEdge() {
        let last = ReportPeriod(.month, parsing: "9998-12")!
        XCTAssertEqual(last.next, last)
        let first = ReportPeriod(.day, parsing: "1901-01-01")!
        XCTAssertEqual(first.previous, first)
    }
}
