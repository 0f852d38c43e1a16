import XCTest
@testable import RevisitCore

/// Default hours: Monday to Saturday 08:30-18:00. 2026-11-23 is a Monday, 11-29 a Sunday.
final class BusinessClockTests: XCTestCase {
    func t(_ s: String) -> CivilTime { ComplaintFixture.time(s) }

    func clock(holidays: [String] = []) -> BusinessClock {
        var hours = BusinessHours()
        hours.holidays = Set(holidays.compactMap { CivilDate($0) })
        return BusinessClock(hours)
    }

    func testMinutesInsideOneDay() {
        let c = clock()
        XCTAssertEqual(c.dayLength, 570)
        XCTAssertEqual(c.businessMinutes(from: t("2026-11-23 10:00"), to: t("2026-11-23 11:00")), 60)
        XCTAssertEqual(c.businessMinutes(from: t("2026-11-23 07:00"), to: t("2026-11-23 08:31")), 1)
        XCTAssertEqual(c.businessMinutes(from: t("2026-11-23 17:30"), to: t("2026-11-23 23:00")), 30)
        XCTAssertEqual(c.businessMinutes(from: t("2026-11-23 00:00"), to: t("2026-11-24 00:00")), 570)
        XCTAssertEqual(c.businessMinutes(from: t("2026-11-23 11:00"), to: t("2026-11-23 10:00")), 0)
    }

    func testSundayIsOutsideBusinessHours() {
        let c = clock()
        XCTAssertFalse(c.isBusinessDay(CivilDate("2026-11-29")!))
        XCTAssertTrue(c.isBusinessDay(CivilDate("2026-11-28")!))
        XCTAssertEqual(c.businessMinutes(from: t("2026-11-29 09:00"), to: t("2026-11-30 08:30")), 0)
        // Friday 17:00 to Monday 09:30: 60 on Friday, all of Saturday, 60 on Monday.
        XCTAssertEqual(c.businessMinutes(from: t("2026-11-27 17:00"), to: t("2026-11-30 09:30")), 60 + 570 + 60)
        XCTAssertEqual(c.adding(businessMinutes: 60, to: t("2026-11-27 17:30")), t("2026-11-28 09:00"))
        XCTAssertEqual(c.adding(businessMinutes: 60, to: t("2026-11-28 17:30")), t("2026-11-30 09:00"))
        XCTAssertEqual(c.adding(businessMinutes: 60, to: t("2026-11-29 12:00")), t("2026-11-30 09:30"))
    }

    func testHolidaysAreOutsideBusinessHours() {
        let c = clock(holidays: ["2026-11-30", "2026-11-29"]) // Monday, and a Sunday that changes nothing
        XCTAssertFalse(c.isBusinessDay(CivilDate("2026-11-30")!))
        XCTAssertEqual(c.adding(businessMinutes: 60, to: t("2026-11-28 17:30")), t("2026-12-01 09:00"))
        XCTAssertEqual(c.businessMinutes(from: t("2026-11-28 17:30"), to: t("2026-12-01 09:00")), 60)

        // National Day week: 2026-10-01 (Thursday) to 10-07; Wednesday 09-30 17:00 + 90 minutes.
        let golden = clock(holidays: (1...7).map { "2026-10-0\($0)" })
        XCTAssertEqual(golden.adding(businessMinutes: 90, to: t("2026-09-30 17:00")), t("2026-10-08 09:00"))
        XCTAssertEqual(golden.businessMinutes(from: t("2026-09-30 17:00"), to: t("2026-10-08 09:00")), 90)
    }

    func testAddingStopsAtTheEarliestMoment() {
        let c = clock()
        XCTAssertEqual(c.adding(businessMinutes: 0, to: t("2026-11-29 12:00")), t("2026-11-29 12:00"))
        XCTAssertEqual(c.adding(businessMinutes: 60, to: t("2026-11-23 07:00")), t("2026-11-23 09:30"))
        XCTAssertEqual(c.adding(businessMinutes: 60, to: t("2026-11-23 17:00")), t("2026-11-23 18:00"))
        XCTAssertEqual(c.adding(businessMinutes: 61, to: t("2026-11-23 17:00")), t("2026-11-24 08:31"))
    }

    func testBusinessDaysAreWindowLengths() {
        let c = clock()
        XCTAssertEqual(c.adding(businessDays: 2, to: t("2026-11-23 10:00")), t("2026-11-25 10:00"))
        // Friday 10:00 + 2 business days: Saturday is open, Sunday is not.
        XCTAssertEqual(c.adding(businessDays: 2, to: t("2026-11-27 10:00")), t("2026-11-30 10:00"))
        XCTAssertEqual(clock(holidays: ["2026-11-30"]).adding(businessDays: 2, to: t("2026-11-27 10:00")),
                       t("2026-12-01 10:00"))
    }

    func testAddingAndCountingAgreeEverywhere() {
        let c = clock(holidays: ["2026-11-25", "2026-12-01", "2026-12-02"])
        var start = t("2026-11-21 06:00")
        while start < t("2026-12-06 00:00") {
            for n in [1, 29, 60, 569, 570, 571, 1140, 2000] {
                let end = c.adding(businessMinutes: n, to: start)
                XCTAssertEqual(c.businessMinutes(from: start, to: end), n, "\(start) + \(n)")
                XCTAssertEqual(c.businessMinutes(from: start, to: end.adding(minutes: -1)), n - 1, "\(start) + \(n)")
            }
            start = start.adding(minutes: 97)
        }
    }

    func testAWeekOfNoOpenDaysCountsEveryMinute() {
        var hours = BusinessHours()
        hours.weekdays = []
        let c = BusinessClock(hours)
        XCTAssertEqual(c.businessMinutes(from: t("2026-11-29 10:00"), to: t("2026-11-29 11:00")), 60)
        XCTAssertEqual(c.adding(businessMinutes: 90, to: t("2026-11-29 23:00")), t("2026-11-30 00:30"))
    }
}
