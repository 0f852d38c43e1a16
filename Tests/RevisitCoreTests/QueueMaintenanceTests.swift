import XCTest
@testable import RevisitCore

/// The maintenance reminder: where the next service date comes from, its clock, and what closes it.
final class QueueMaintenanceTests: XCTestCase {
    var world = QueueWorld()
    let maint: Set<TaskKind> = [.maintenance]

    func testLastMaintenancePlusSixMonths() throws {
        world.visit("RO-1", type: .maintenance, delivered: "2026-01-10 11:00")
        let id = "maint:粤B12345:2026-07-10"
        let task = try XCTUnwrap(world.task(id, "2026-07-03 10:00"))
        XCTAssertEqual(task.firstDueAt, at("2026-07-03 10:00"))
        XCTAssertEqual(task.overdueAt, at("2026-07-10 00:00"))
        XCTAssertEqual(task.expiresAt, at("2026-08-10 00:00"))
        XCTAssertEqual(task.visitRO, "RO-1")
        XCTAssertEqual(task.customerID, "C000001")
        XCTAssertEqual(world.ids("2026-07-03 09:59", maint), [])
        XCTAssertEqual(world.ids("2026-07-03 10:00", maint), [id])
        XCTAssertFalse(world.queue("2026-07-09 23:59", maint)[0].isOverdue(at: at("2026-07-09 23:59")))
        XCTAssertTrue(world.queue("2026-07-10 00:00", maint)[0].isOverdue(at: at("2026-07-10 00:00")))
        XCTAssertEqual(world.ids("2026-08-09 23:59", maint), [id])
        XCTAssertEqual(world.ids("2026-08-10 00:00", maint), [])
        XCTAssertEqual(world.task(id, "2026-08-10 00:00")?.status, .expired)
    }

    func testTheNewestVisitsNextServiceDateWins() {
        world.visit("RO-1", type: .maintenance, delivered: "2026-01-10 11:00", next: "2026-05-02")
        XCTAssertEqual(world.ids("2026-04-25 10:00", maint), ["maint:粤B12345:2026-05-02"])
        // A newer repair without a date falls back to the last maintenance + 6 months.
        world.visit("RO-2", type: .repair, delivered: "2026-02-01 11:00")
        XCTAssertEqual(world.ids("2026-04-25 10:00", maint), [])
        XCTAssertEqual(world.ids("2026-07-03 10:00", maint), ["maint:粤B12345:2026-07-10"])
        XCTAssertEqual(world.queue("2026-07-03 10:00", maint).first?.visitRO, "RO-2")
    }

    func testTheNextServiceDateACardShowsIsTheReminders() {
        let rules = world.config.rules
        world.visit("RO-1", type: .maintenance, delivered: "2026-01-10 11:00", next: "2026-05-02")
        world.visit("RO-2", type: .maintenance, delivered: "2026-04-28 11:00")
        // The newest maintenance, with no date of its own, counts from its delivery, not from RO-1's date.
        XCTAssertEqual(world.state.nextServiceDate(ofPlate: "粤B12345", at: at("2026-11-30 09:00"), rules: rules), day("2026-10-28"))
        XCTAssertEqual(world.state.nextServiceDate(ofPlate: "粤B12345", at: at("2026-03-01 09:00"), rules: rules), day("2026-05-02"),
                       "before RO-2 was delivered")
        XCTAssertNil(world.state.nextServiceDate(ofPlate: "粤B12345", at: at("2026-01-01 09:00"), rules: rules))
        world.visit("RO-R", customer: 2, plate: "京A1", type: .repair, delivered: "2026-01-31 15:00")
        XCTAssertNil(world.state.nextServiceDate(ofPlate: "京A1", at: at("2026-11-30 09:00"), rules: rules))
        XCTAssertNil(world.state.nextServiceDate(ofPlate: "京A404", at: at("2026-11-30 09:00"), rules: rules))
    }

    func testADeliveryAloneMeansThreeMonthsAndRepairsAloneMeanNothing() {
        world.visit("RO-N", type: .delivery, delivered: "2026-01-31 15:00")
        XCTAssertEqual(world.ids("2026-04-23 10:00", maint), ["maint:粤B12345:2026-04-30"], "31 January + 3 months clamps to 30 April")
        world.visit("RO-R", customer: 2, plate: "京A1", type: .repair, delivered: "2026-01-31 15:00")
        XCTAssertNil(world.queue("2026-07-31 10:00", maint).first { $0.plateKey == "京A1" })
    }

    func testAMaintenanceVisitAfterTheTaskCameDueClosesIt() throws {
        world.visit("RO-1", type: .maintenance, delivered: "2026-01-10 11:00")
        XCTAssertEqual(world.ids("2026-07-05 10:00", maint), ["maint:粤B12345:2026-07-10"])
        world.visit("RO-2", type: .maintenance, delivered: "2026-07-06 16:00")
        XCTAssertEqual(world.ids("2026-07-06 16:00", maint), [])
        let old = try XCTUnwrap(world.task("maint:粤B12345:2026-07-10", "2026-07-07 10:00"))
        XCTAssertEqual(old.status, .closed(.serviced))
        XCTAssertEqual(old.endedAt, at("2026-07-06 16:00"))
        XCTAssertEqual(world.ids("2026-12-30 09:59", maint), [], "the new reminder comes 7 days before 2027-01-06")
        XCTAssertEqual(world.ids("2026-12-30 10:00", maint), ["maint:粤B12345:2027-01-06"])
        // As of before the second visit the old reminder is still there.
        XCTAssertEqual(world.ids("2026-07-06 15:59", maint), ["maint:粤B12345:2026-07-10"])
    }

    func testANewerDateReschedulesTheOldReminder() throws {
        world.visit("RO-1", type: .maintenance, delivered: "2026-01-10 11:00")
        world.visit("RO-2", type: .repair, delivered: "2026-07-05 11:00", next: "2026-09-01")
        XCTAssertEqual(world.task("maint:粤B12345:2026-07-10", "2026-07-06 10:00")?.status, .closed(.rescheduled))
        XCTAssertEqual(world.ids("2026-08-25 10:00", maint), ["maint:粤B12345:2026-09-01"])
        XCTAssertNil(world.task("maint:粤B12345:2026-06-01", "2026-07-06 10:00"))
    }

    func testRemindersAreCalledLikeAnyTask() throws {
        world.visit("RO-1", type: .maintenance, delivered: "2026-01-10 11:00")
        let call = try world.log("maint:粤B12345:2026-07-10", .reached, now: "2026-07-03 10:30") {
            $0.mentionedServiceDate = day("2026-07-15")
        }
        XCTAssertEqual(call.mentionedServiceDate, day("2026-07-15"))
        XCTAssertEqual(world.ids("2026-07-03 10:31", maint), [])
    }

    func testAVehicleSoldToAnotherCustomerIsCalledAtTheNewOwner() {
        world.visit("RO-1", type: .maintenance, delivered: "2026-01-10 11:00")
        world.customer(2, name: "李雷")
        world.apply([VehicleSaved(Vehicle(plate: "粤B12345", model: "朗逸", ownerID: "C000002"))])
        XCTAssertEqual(world.queue("2026-07-03 10:00", maint).map(\.customerID), ["C000002"])
    }
}

extension QueueMaintenanceTests {
    func testVisitsStoredOutOfDeliveryOrderGiveTheSameReminder() {
        world.visit("RO-2", type: .repair, delivered: "2026-02-01 11:00")
        world.visit("RO-1", type: .maintenance, delivered: "2026-01-10 11:00", next: "2026-05-02")
        XCTAssertEqual(world.ids("2026-07-03 10:00", maint), ["maint:粤B12345:2026-07-10"])
        XCTAssertEqual(world.queue("2026-07-03 10:00", maint).first?.visitRO, "RO-2")
    }
}
