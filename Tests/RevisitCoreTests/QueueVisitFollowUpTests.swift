import XCTest
@testable import RevisitCore

/// Satisfaction and new-car tasks: due, overdue and expiry boundaries, calling windows, ids.
final class QueueVisitFollowUpTests: XCTestCase {
    var world = QueueWorld()

    override func setUp() {
        world = QueueWorld()
        world.visit("RO-2026-0001", type: .repair, delivered: "2026-03-02 16:30")
    }

    func testSatisfactionTaskCarriesItsTimesAndSubject() throws {
        let task = try XCTUnwrap(world.task("sat:RO-2026-0001", "2026-03-05 10:00"))
        XCTAssertEqual(task.kind, .satisfaction)
        XCTAssertEqual(task.customerID, "C000001")
        XCTAssertEqual(task.plateKey, "粤B12345")
        XCTAssertEqual(task.visitRO, "RO-2026-0001")
        XCTAssertEqual(task.firstDueAt, at("2026-03-05 10:00"))
        XCTAssertEqual(task.dueAt, at("2026-03-05 10:00"))
        XCTAssertEqual(task.overdueAt, at("2026-03-09 18:00"))
        XCTAssertEqual(task.expiresAt, at("2026-03-18 00:00"))
        XCTAssertEqual(task.status, .open)
        XCTAssertEqual(task.attempts, 0)
    }

    func testDueAtTheFirstWindowOfDeliveryPlusThree() {
        XCTAssertEqual(world.ids("2026-03-05 09:59"), [])
        XCTAssertEqual(world.ids("2026-03-05 10:00"), ["sat:RO-2026-0001"])
    }

    func testOverdueOnceTheLastWindowOfDeliveryPlusSevenEnds() throws {
        let before = try XCTUnwrap(world.queue("2026-03-09 17:59").first)
        XCTAssertFalse(before.isOverdue(at: at("2026-03-09 17:59")))
        let after = try XCTUnwrap(world.queue("2026-03-09 18:00").first)
        XCTAssertTrue(after.isOverdue(at: at("2026-03-09 18:00")))
    }

    func testExpiresAfterDeliveryPlusFifteenAndStaysCountable() throws {
        XCTAssertEqual(world.ids("2026-03-17 23:59"), ["sat:RO-2026-0001"])
        XCTAssertEqual(world.ids("2026-03-18 00:00"), [])
        let expired = try XCTUnwrap(world.task("sat:RO-2026-0001", "2026-03-18 00:00"))
        XCTAssertEqual(expired.status, .expired)
        XCTAssertEqual(expired.endedAt, at("2026-03-18 00:00"))
    }

    func testEveryServiceTypeGetsASatisfactionCallButPromoDoesNot() {
        for (n, type) in [VisitType.maintenance, .warranty, .insurance, .bodywork, .promo, .delivery].enumerated() {
            world.visit("RO-\(type.rawValue)", customer: n + 2, plate: "粤B9000\(n)", type: type, delivered: "2026-03-02 09:00")
        }
        XCTAssertEqual(world.ids("2026-03-05 10:00", [.satisfaction]),
                       ["sat:RO-2026-0001", "sat:RO-bodywork", "sat:RO-insurance", "sat:RO-maintenance", "sat:RO-warranty"])
        XCTAssertNil(world.task("sat:RO-promo", "2026-03-05 10:00"))
    }

    func testNewCarCallFollowsADelivery() throws {
        world.visit("RO-NEW-1", customer: 2, plate: "京A00001", type: .delivery, delivered: "2026-03-10 11:00")
        world.config.rules.newCarDueDays = 3
        XCTAssertEqual(world.ids("2026-03-13 09:59", [.newCar]), [])
        let task = try XCTUnwrap(world.queue("2026-03-13 10:00", [.newCar]).first)
        XCTAssertEqual(task.id, "new:RO-NEW-1")
        XCTAssertEqual(task.overdueAt, at("2026-03-17 18:00"))
        XCTAssertEqual(task.expiresAt, at("2026-03-26 00:00"))
        XCTAssertNil(world.task("sat:RO-NEW-1", "2026-03-13 10:00"), "a delivery gets no satisfaction call")
    }

    func testConfiguredWindowsInAnyOrderSetDueAndOverdue() throws {
        world.config.callingWindows = [TimeWindow(start: 14 * 60, end: 16 * 60), TimeWindow(start: 9 * 60, end: 11 * 60)]
        let task = try XCTUnwrap(world.task("sat:RO-2026-0001", "2026-03-05 09:00"))
        XCTAssertEqual(task.dueAt, at("2026-03-05 09:00"))
        XCTAssertEqual(task.overdueAt, at("2026-03-09 16:00"))
    }

    func testSpansComeFromTheConfig() throws {
        world.config.rules.satisfactionDueDays = 2
        world.config.rules.satisfactionOverdueDays = 4
        world.config.rules.satisfactionExpireDays = 6
        let task = try XCTUnwrap(world.task("sat:RO-2026-0001", "2026-03-04 10:00"))
        XCTAssertEqual([task.firstDueAt, task.overdueAt, task.expiresAt], [at("2026-03-04 10:00"), at("2026-03-06 18:00"), at("2026-03-09 00:00")])
        XCTAssertEqual(world.ids("2026-03-08 23:59"), ["sat:RO-2026-0001"])
        XCTAssertEqual(world.ids("2026-03-09 00:00"), [])
    }

    func testAVisitMovedToAnotherDayMovesItsTask() {
        world.visit("RO-2026-0001", type: .repair, delivered: "2026-03-12 16:30")
        XCTAssertEqual(world.ids("2026-03-05 10:00"), [])
        XCTAssertEqual(world.ids("2026-03-15 10:00"), ["sat:RO-2026-0001"])
    }

    func testQueueOrderIsOverdueFirstThenDueTimeThenId() throws {
        world.visit("RO-B", customer: 2, plate: "粤B2", delivered: "2026-03-05 12:00")
        world.visit("RO-A", customer: 3, plate: "粤B3", delivered: "2026-03-05 08:00")
        world.visit("RO-C", customer: 4, plate: "粤B4", delivered: "2026-03-01 08:00")
        // None overdue yet: by due time; RO-A and RO-B share 03-08 10:00, so by id.
        XCTAssertEqual(world.ids("2026-03-08 17:00"), ["sat:RO-C", "sat:RO-2026-0001", "sat:RO-A", "sat:RO-B"])
        // RO-C's retry makes it due after RO-A and RO-B, yet being overdue it stays on top.
        try world.log("sat:RO-C", .noAnswer, now: "2026-03-09 11:00")
        XCTAssertEqual(world.queue("2026-03-09 18:00").map(\.dueAt),
                       [at("2026-03-05 10:00"), at("2026-03-09 15:00"), at("2026-03-08 10:00"), at("2026-03-08 10:00")])
        XCTAssertEqual(world.ids("2026-03-09 18:00"), ["sat:RO-2026-0001", "sat:RO-C", "sat:RO-A", "sat:RO-B"])
    }
}
