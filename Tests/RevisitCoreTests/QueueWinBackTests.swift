import XCTest
@testable import RevisitCore

/// Win-back: the line of 12 months without a paying visit, and the 90-day quiet period.
final class QueueWinBackTests: XCTestCase {
    var world = QueueWorld()
    let win: Set<TaskKind> = [.winBack]

    func testDueWhenTheLastPayingVisitTurnsTwelveMonthsOld() throws {
        world.visit("RO-1", type: .repair, delivered: "2025-03-04 16:30")
        XCTAssertEqual(world.ids("2026-03-04 16:29", win), [])
        XCTAssertEqual(world.ids("2026-03-04 16:30", win), ["win:C000001:2026-03-04"])
        let task = try XCTUnwrap(world.queue("2026-03-04 16:30", win).first)
        XCTAssertNil(task.overdueAt)
        XCTAssertNil(task.expiresAt)
        XCTAssertEqual(task.visitRO, "RO-1")
        XCTAssertEqual(world.ids("2028-01-01 10:00", win), ["win:C000001:2026-03-04"], "never expires")
    }

    func testOutsideCallingHoursItWaitsForTheNextWindow() {
        world.visit("RO-1", type: .repair, delivered: "2025-03-04 12:30")
        XCTAssertEqual(world.ids("2026-03-04 14:59", win), [])
        XCTAssertEqual(world.queue("2026-03-04 15:00", win).map(\.dueAt), [at("2026-03-04 15:00")])
        world.visit("RO-2", customer: 2, plate: "京A2", type: .maintenance, delivered: "2025-03-04 19:00")
        XCTAssertEqual(world.ids("2026-03-05 10:00", win), ["win:C000001:2026-03-04", "win:C000002:2026-03-05"])
    }

    func testPromoVisitsDoNotCountAsComingBackButPayingOnesDo() {
        world.visit("RO-1", type: .repair, delivered: "2025-03-04 16:30")
        world.visit("RO-P", type: .promo, delivered: "2025-12-01 10:00")
        XCTAssertEqual(world.ids("2026-03-05 10:00", win), ["win:C000001:2026-03-04"])
        world.visit("RO-2", type: .insurance, delivered: "2026-03-05 11:00")
        XCTAssertEqual(world.ids("2026-03-05 11:00", win), [])
        XCTAssertEqual(world.ids("2026-03-05 10:59", win), ["win:C000001:2026-03-04"], "as of before that visit")
        XCTAssertEqual(world.ids("2027-03-05 11:00", win), ["win:C000001:2027-03-05"])
    }

    func testNoNewTaskForNinetyDaysAfterReachingTheCustomer() throws {
        world.visit("RO-1", type: .repair, delivered: "2025-03-04 16:30")
        let call = try world.log("win:C000001:2026-03-04", .reached, now: "2026-03-05 10:00") { $0.cause = .distance }
        XCTAssertEqual(call.winBackCause, .distance)
        XCTAssertEqual(world.ids("2026-03-05 10:01", win), [])
        XCTAssertEqual(world.ids("2026-06-03 09:59", win), [])
        XCTAssertEqual(world.ids("2026-06-03 10:00", win), ["win:C000001:2026-06-03"])
        XCTAssertEqual(world.task("win:C000001:2026-03-04", "2026-06-03 10:00")?.status, .closed(.reached))
    }

    func testAFailedAttemptRetriesTheSameTask() throws {
        world.visit("RO-1", type: .repair, delivered: "2025-03-04 16:30")
        try world.log("win:C000001:2026-03-04", .noAnswer, now: "2026-03-04 17:00")
        XCTAssertEqual(world.queue("2026-03-05 10:00", win).map(\.dueAt), [at("2026-03-05 10:00")])
        XCTAssertEqual(world.queue("2026-03-05 10:00", win).map(\.attempts), [1])
    }

    func testCustomersWithVisitsAfterAsOfAreJudgedByWhatCameBefore() {
        world.visit("RO-1", type: .repair, delivered: "2024-01-02 11:00")
        world.visit("RO-2", type: .repair, delivered: "2026-06-01 11:00")
        XCTAssertEqual(world.ids("2025-06-01 10:00", win), ["win:C000001:2025-01-02"])
        XCTAssertEqual(world.ids("2026-06-01 11:00", win), [])
    }
}
