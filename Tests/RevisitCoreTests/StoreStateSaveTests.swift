import XCTest
@testable import RevisitCore

/// Saving again (a changed phone, a sold car, a corrected order) keeps every index right.
final class StoreStateSaveTests: XCTestCase {
    func visit(_ ro: String, _ customer: String, day: String) -> Visit {
        Visit(roNumber: ro, customerID: customer, plateKey: "粤B12345", type: .repair,
              openedAt: CivilTime(day)!, deliveredAt: CivilTime(day)!)
    }

    func testResavedCustomerMovesItsPhoneIndex() {
        var s = StoreState()
        s.save(Customer(id: "C000001", name: "张伟", phones: ["138", "139"]))
        s.save(Customer(id: "C000002", name: "李娜", phones: ["137"]))
        s.save(Customer(id: "C000001", name: "张伟", phones: ["139", "186"]))
        XCTAssertNil(s.customer(byPhone: "138"))
        XCTAssertEqual(s.customer(byPhone: "186")?.id, "C000001")
        XCTAssertEqual(s.customer(byPhone: "137")?.id, "C000002")
        XCTAssertEqual(s.customerIDs, ["C000001", "C000002"])
        XCTAssertEqual(s.lastCustomerNumber, 2)
    }

    func testResavedVehicleFollowsItsOwner() {
        var s = StoreState()
        s.save(Vehicle(plate: "粤B·12345", model: "朗逸", ownerID: "C000001"))
        s.save(Vehicle(plate: "粤B 12345", model: "朗逸 2024", ownerID: "C000001"))
        XCTAssertEqual(s.vehicles(of: "C000001").map(\.model), ["朗逸 2024"], "same owner: listed once")
        s.save(Vehicle(plate: "粤B12345", model: "朗逸", ownerID: "C000002"))
        XCTAssertEqual(s.vehicles(of: "C000001"), [])
        XCTAssertEqual(s.vehicles(of: "C000002").map(\.plateKey), ["粤B12345"])
    }

    func testResavedVisitKeepsItsPlaceAndCustomer() {
        var s = StoreState()
        s.save(visit("RO-1", "C000001", day: "2026-01-02"))
        s.save(visit("RO-2", "C000001", day: "2026-03-02"))
        s.save(visit("RO-1", "C000002", day: "2026-01-05"))
        XCTAssertEqual(s.visits.map(\.roNumber), ["RO-1", "RO-2"])
        XCTAssertEqual(s.visitIndexByRO, ["RO-1": 0, "RO-2": 1])
        XCTAssertEqual(s.visits(of: "C000001").map(\.roNumber), ["RO-2"])
        XCTAssertEqual(s.visits(of: "C000002").map(\.deliveredAt), [CivilTime("2026-01-05")!])
        s.save(visit("RO-2", "C000001", day: "2026-03-03"))
        XCTAssertEqual(s.visitIndexesByCustomer["C000001"], [1])
    }

    func testReservingCapacityChangesNothingVisible() {
        var s = StoreState()
        s.reserveCapacity(forNew: [CustomerSaved.type: 1000, VehicleSaved.type: 1000, VisitSaved.type: 4000, "x": 9])
        XCTAssertEqual(s.customers.count + s.vehicles.count + s.visits.count, 0)
        s.save(visit("RO-1", "C000001", day: "2026-01-02"))
        XCTAssertEqual(s.visits(of: "C000001").count, 1)
    }
}
