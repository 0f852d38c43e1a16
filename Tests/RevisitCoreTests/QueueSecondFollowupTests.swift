import XCTest
@testable import RevisitCore

final class QueueSecondFollowupTests: XCTestCase {
    var world = QueueWorld()
    let f2: Set<TaskKind> = [.secondFollowup]

    override func setUp() {
        world = QueueWorld()
        world.visit("RO-1", delivered: "2026-03-02 16:30")
    }

    func testDueAWeekAfterAReachedSatisfactionCall() throws {
        try world.log("sat:RO-1", .reached, now: "2026-03-05 10:20") { $0.overall = 5 }
        let task = try XCTUnwrap(world.task("f2:K000001", "2026-03-12 10:00"))
        XCTAssertEqual(task.firstDueAt, at("2026-03-12 10:00"))
        XCTAssertEqual(task.overdueAt, at("2026-03-19 18:00"))
        XCTAssertEqual(task.expiresAt, at("2026-03-27 00:00"))
        XCTAssertEqual(task.visitRO, "RO-1")
        XCTAssertEqual(task.plateKey, "粤B12345")
        XCTAssertEqual(world.ids("2026-03-12 09:59", f2), [])
        XCTAssertEqual(world.ids("2026-03-12 10:00", f2), ["f2:K000001"])
        XCTAssertEqual(world.ids("2026-03-26 23:59", f2), ["f2:K000001"])
        XCTAssertEqual(world.ids("2026-03-27 00:00", f2), [])
        try world.log("f2:K000001", .reached, now: "2026-03-12 10:30")
        XCTAssertEqual(world.ids("2026-03-12 10:31"), [], "a second follow-up makes no third")
    }

    func testOnlyAfterReachingTheCustomer() throws {
        try world.log("sat:RO-1", .noAnswer, now: "2026-03-05 10:20")
        XCTAssertEqual(world.ids("2026-03-12 10:00", f2), [])
        XCTAssertNil(world.task("f2:K000001", "2026-03-12 10:00"))
    }

    func testZeroDaysTurnsItOff() throws {
        try world.log("sat:RO-1", .reached, now: "2026-03-05 10:20")
        world.config.rules.secondFollowupDays = 0
        XCTAssertEqual(world.ids("2026-03-12 10:00"), [])
        XCTAssertNil(world.task("f2:K000001", "2026-03-12 10:00"))
    }
}
