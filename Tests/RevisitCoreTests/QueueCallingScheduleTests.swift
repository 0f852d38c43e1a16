import XCTest
@testable import RevisitCore

final class QueueCallingScheduleTests: XCTestCase {
    let schedule = CallingSchedule(ShopConfig().callingWindows)

    func testTimesInsideAWindowStay() {
        XCTAssertEqual(schedule.nextCallingTime(atOrAfter: at("2026-03-05 10:00")), at("2026-03-05 10:00"))
        XCTAssertEqual(schedule.nextCallingTime(atOrAfter: at("2026-03-05 11:59")), at("2026-03-05 11:59"))
        XCTAssertEqual(schedule.nextCallingTime(atOrAfter: at("2026-03-05 17:59")), at("2026-03-05 17:59"))
    }

    func testTimesOutsideMoveToTheNextWindowStart() {
        XCTAssertEqual(schedule.nextCallingTime(atOrAfter: at("2026-03-05 00:00")), at("2026-03-05 10:00"))
        XCTAssertEqual(schedule.nextCallingTime(atOrAfter: at("2026-03-05 12:00")), at("2026-03-05 15:00"))
        XCTAssertEqual(schedule.nextCallingTime(atOrAfter: at("2026-03-05 14:59")), at("2026-03-05 15:00"))
        XCTAssertEqual(schedule.nextCallingTime(atOrAfter: at("2026-03-05 18:00")), at("2026-03-06 10:00"))
        XCTAssertEqual(schedule.nextCallingTime(atOrAfter: at("2026-12-31 23:30")), at("2027-01-01 10:00"))
    }

    func testDayBoundsAndNoWindowsMeansAllDay() {
        XCTAssertEqual(schedule.firstCall(on: day("2026-03-05")), at("2026-03-05 10:00"))
        XCTAssertEqual(schedule.lastCallEnds(on: day("2026-03-05")), at("2026-03-05 18:00"))
        let allDay = CallingSchedule([])
        XCTAssertEqual(allDay.nextCallingTime(atOrAfter: at("2026-03-05 23:59")), at("2026-03-05 23:59"))
        XCTAssertEqual(allDay.lastCallEnds(on: day("2026-03-05")), at("2026-03-06 00:00"))
    }
}
