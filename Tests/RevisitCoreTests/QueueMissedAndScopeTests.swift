import XCTest
@testable import RevisitCore

final class QueueMissedAndScopeTests: XCTestCase {
    var world = QueueWorld()

    override func setUp() {
        world = QueueWorld()
        world.visit("RO-EXP", customer: 1, plate: "粤B1", delivered: "2026-03-02 16:30")   // expires 2026-03-18 00:00
        world.visit("RO-UNR", customer: 2, plate: "粤B2", delivered: "2026-03-02 09:00")
        world.visit("RO-OK", customer: 3, plate: "粤B3", delivered: "2026-03-02 09:00")
        world.visit("RO-LATE", customer: 4, plate: "粤B4", delivered: "2026-03-20 09:00")
    }

    func testMissedSatisfactionCallsInAPeriod() throws {
        for time in ["2026-03-05 10:00", "2026-03-05 15:00", "2026-03-16 11:00"] {
            try world.log("sat:RO-UNR", .noAnswer, now: time)
        }
        try world.log("sat:RO-OK", .reached, now: "2026-03-05 10:00")
        let missed = MissedFollowUps.satisfaction(world.query("2026-04-01 00:00"), from: at("2026-03-16 00:00"), to: at("2026-03-23 00:00"))
        XCTAssertEqual(missed.map(\.id), ["sat:RO-UNR", "sat:RO-EXP"])
        XCTAssertEqual(missed.map(\.endedAt), [at("2026-03-16 11:00"), at("2026-03-18 00:00")])
        XCTAssertEqual(MissedFollowUps.satisfaction(world.query("2026-04-01 00:00"), from: at("2026-03-18 00:01"),
                                                    to: at("2026-03-23 00:00")).map(\.id), [])
    }

    func testACustomersOpenTasks() throws {
        world.visit("RO-M", customer: 1, plate: "粤B1", type: .maintenance, delivered: "2026-01-10 11:00")
        let tasks = CallQueue.open(world.query("2026-07-05 10:00", customer: "C000001"))
        XCTAssertEqual(tasks.map(\.id), ["maint:粤B1:2026-07-10"])
        let march = CallQueue.open(world.query("2026-03-06 10:00", customer: "C000001"))
        XCTAssertEqual(march.map(\.id), ["sat:RO-EXP"])
        XCTAssertEqual(CallQueue.open(world.query("2026-03-06 10:00", customer: "C000004")).map(\.id), [],
                       "a task not yet due is not on the card")
    }

    func testDoNotCallCustomersAreLeftOut() throws {
        var c = try XCTUnwrap(world.state.customers["C000002"])
        c.doNotCall = "投诉过"
        world.apply([CustomerSaved(c)])
        XCTAssertEqual(world.ids("2026-03-05 10:00"), ["sat:RO-EXP", "sat:RO-OK"])
    }
}
