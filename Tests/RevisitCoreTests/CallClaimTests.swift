import XCTest
@testable import RevisitCore

/// Several reps at once: claims, `call next`, releases, expired claims.
final class CallClaimTests: XCTestCase {
    var world = QueueWorld()

    override func setUp() {
        world = QueueWorld()
        world.visit("RO-1", customer: 1, plate: "粤B1", delivered: "2026-03-01 09:00")
        world.visit("RO-2", customer: 2, plate: "粤B2", delivered: "2026-03-02 09:00")
        world.visit("RO-3", customer: 3, plate: "粤B3", delivered: "2026-03-02 10:00")
    }

    func claim(_ id: String, as login: String, now: String) throws(CommandError) -> CallTask {
        try world.perform(ClaimTask(taskID: id, config: world.config), as: login, now: now)
    }

    func next(as login: String, now: String) throws(CommandError) -> CallTask {
        try world.perform(ClaimNextTask(config: world.config), as: login, now: now)
    }

    func testAClaimHoldsForFifteenMinutesAgainstOtherReps() throws {
        let task = try claim("sat:RO-2", as: "li.na", now: "2026-03-05 10:00")
        XCTAssertEqual(task.claimedBy, "li.na")
        XCTAssertEqual(task.claimUntil, at("2026-03-05 10:15"))
        XCTAssertEqual(world.queue("2026-03-05 10:05").map { $0.claimedBy ?? "-" }, ["-", "li.na", "-"])
        XCTAssertRefused(try claim("sat:RO-2", as: "wang.fang", now: "2026-03-05 10:14"), .conflict,
                         "task sat:RO-2 is claimed by li.na until 2026-03-05 10:15")
        XCTAssertEqual(try claim("sat:RO-2", as: "wang.fang", now: "2026-03-05 10:15").claimedBy, "wang.fang",
                       "an expired claim no longer holds")
    }

    func testClaimingAgainRenews() throws {
        _ = try claim("sat:RO-1", as: "li.na", now: "2026-03-05 10:00")
        XCTAssertEqual(try claim("sat:RO-1", as: "li.na", now: "2026-03-05 10:10").claimUntil, at("2026-03-05 10:25"))
        XCTAssertEqual(world.state.calls.tasksClaimed(by: "li.na", at: at("2026-03-05 10:20")), ["sat:RO-1"])
    }

    func testCallNextHandsEachRepADifferentTask() throws {
        XCTAssertEqual(try next(as: "li.na", now: "2026-03-05 10:00").id, "sat:RO-1")
        XCTAssertEqual(try next(as: "wang.fang", now: "2026-03-05 10:00").id, "sat:RO-2")
        XCTAssertEqual(try next(as: "li.na", now: "2026-03-05 10:01").id, "sat:RO-3", "not the rep's own claim again")
        XCTAssertRefused(try next(as: "wang.fang", now: "2026-03-05 10:02"), .notFound,
                         "no unclaimed task is due at 2026-03-05 10:02")
        XCTAssertEqual(try next(as: "wang.fang", now: "2026-03-05 10:15").id, "sat:RO-1", "claims lapse")
    }

    func testCallNextByKind() throws {
        world.visit("RO-N", customer: 4, plate: "粤B4", type: .delivery, delivered: "2026-03-02 09:00")
        let task = try world.perform(ClaimNextTask(kinds: [.newCar], config: world.config), now: "2026-03-05 10:00")
        XCTAssertEqual(task.id, "new:RO-N")
    }

    func testLoggingRespectsAndReleasesTheClaim() throws {
        _ = try claim("sat:RO-1", as: "li.na", now: "2026-03-05 10:00")
        XCTAssertRefused(try world.log("sat:RO-1", .reached, as: "wang.fang", now: "2026-03-05 10:05"), .conflict,
                         "task sat:RO-1 is claimed by li.na until 2026-03-05 10:15")
        try world.log("sat:RO-1", .noAnswer, now: "2026-03-05 10:05")
        XCTAssertNil(world.state.calls.activeClaim(on: "sat:RO-1", at: at("2026-03-05 10:06")))
        XCTAssertNil(world.queue("2026-03-05 16:00").first { $0.id == "sat:RO-1" }?.claimedBy)
    }

    func testReleaseByTheHolderOnly() throws {
        _ = try claim("sat:RO-1", as: "li.na", now: "2026-03-05 10:00")
        XCTAssertRefused(try world.perform(ReleaseTask(taskID: "sat:RO-1"), as: "wang.fang", now: "2026-03-05 10:01"),
                         .conflict, "task sat:RO-1 is claimed by li.na until 2026-03-05 10:15")
        try world.perform(ReleaseTask(taskID: "sat:RO-1"), as: "li.na", now: "2026-03-05 10:02")
        XCTAssertEqual(try claim("sat:RO-1", as: "wang.fang", now: "2026-03-05 10:03").claimedBy, "wang.fang")
        XCTAssertRefused(try world.perform(ReleaseTask(taskID: "sat:RO-2"), as: "li.na", now: "2026-03-05 10:04"),
                         .notFound, "task sat:RO-2 is not claimed by li.na")
    }

    func testAHeldTaskCanBeLoggedAfterItExpiredButNotWithoutTheClaim() throws {
        // sat:RO-3 expires at 2026-03-18 00:00.
        _ = try claim("sat:RO-3", as: "li.na", now: "2026-03-17 23:55")
        XCTAssertRefused(try world.log("sat:RO-2", .reached, now: "2026-03-18 00:05"), .conflict,
                         "task sat:RO-2 is expired since 2026-03-18 00:00, not open at 2026-03-18 00:05")
        XCTAssertEqual(try world.log("sat:RO-3", .reached, now: "2026-03-18 00:05").taskID, "sat:RO-3")
        XCTAssertEqual(world.task("sat:RO-3", "2026-03-18 00:06")?.status, .closed(.reached))
    }

    func testClosedOrUnknownTasksCannotBeClaimed() throws {
        try world.log("sat:RO-1", .reached, now: "2026-03-05 10:00")
        XCTAssertRefused(try claim("sat:RO-1", as: "li.na", now: "2026-03-05 10:01"), .conflict,
                         "task sat:RO-1 is reached since 2026-03-05 10:00, not open at 2026-03-05 10:01")
        XCTAssertRefused(try claim("sat:RO-9", as: "li.na", now: "2026-03-05 10:01"), .notFound,
                         "task sat:RO-9: no such task at 2026-03-05 10:01")
        XCTAssertRefused(try claim("RO-1", as: "li.na", now: "2026-03-05 10:01"), .invalid,
                         "task \"RO-1\": not a task id (kinds: satisfaction, second-followup, new-car, maintenance, win-back or complaint-recall)")
    }
}
