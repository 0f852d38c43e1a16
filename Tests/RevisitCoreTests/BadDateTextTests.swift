import XCTest
@testable import RevisitCore

final class BadDateTextTests: XCTestCase {
    func testADateWrittenRightButImpossibleSaysWhichPart() {
        let cases: KeyValuePairs = [
            "2026-02-30": "is not a date: 2026-02 has no day 30",
            "2025-02-29": "is not a date: 2025-02 has no day 29",
            "2026-04-00": "is not a date: 2026-04 has no day 0",
            "2026-13-01": "is not a date: there is no month 13",
            "0026-01-01": "is not a date: years run from 1900 to 9999",
        ]
        for (text, message) in cases { XCTAssertEqual(BadDateText.date(text), message, text) }
    }

    func testADateWrittenAnotherWayAsksForTheForm() {
        for text in ["2026/02/03", "20260203", "2026-2-3", "", "tomorrow", "２０２６-02-03"] {
            XCTAssertEqual(BadDateText.date(text), "is not a date as YYYY-MM-DD", text)
        }
    }

    func testATimeSaysWhetherItsDayOrItsClockIsImpossible() {
        let cases: KeyValuePairs = [
            "2026-02-30 09:00": "is not a time: 2026-02 has no day 30",
            "2026-02-30": "is not a time: 2026-02 has no day 30",
            "2026-11-30 24:00": "is not a time: hours run from 00 to 23",
            "2026-11-30T09:60": "is not a time: minutes run from 00 to 59",
            "2026/11/30 25:00": "is not a time as YYYY-MM-DD HH:MM",
            "2026-11-30 9:00": "is not a time as YYYY-MM-DD HH:MM",
        ]
        for (text, message) in cases { XCTAssertEqual(BadDateText.time(text), message, text) }
        XCTAssertEqual(BadDateText.time("x", noun: "date", shape: "YYYY-MM-DD or YYYY-MM-DD HH:MM"),
                       "is not a date as YYYY-MM-DD or YYYY-MM-DD HH:MM")
    }

    func testNoRealDayIsCalledImpossible() {
        var day = CivilDate(year: 2023, month: 12, day: 25)!
        for _ in 0 ..< 800 {
            XCTAssertEqual(BadDateText.date(day.description), "is not a date as YYYY-MM-DD", day.description)
            day = day.adding(days: 1)
        }
    }
}
