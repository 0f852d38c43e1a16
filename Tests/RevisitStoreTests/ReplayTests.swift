import Foundation
import XCTest
import RevisitCore
@testable import RevisitStore

/// Loading replays each line straight from the journal's bytes; what it builds must equal what
/// was saved, escapes and all, and lines it cannot read are named by seq.
final class ReplayTests: XCTestCase {
    let admin = StaffMember(login: "boss", name: "Boss", role: .admin)
    let now = CivilTime("2026-11-23 10:00")!

    /// Runs `body` on a new empty store that is removed afterwards.
    func withNewStore(_ body: (URL) throws -> Void) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("revisit-replay-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try RevisitStore.create(at: dir, admin: admin)
        try body(dir)
    }

    struct Save: Command {
        var events: [any DomainEvent]
        func decide(_ context: CommandContext) throws(CommandError) -> (events: [any DomainEvent], outcome: Int) {
            (events, events.count)
        }
    }

    func testEscapedFieldsAndEveryValueKindComeBackEqual() throws { try withNewStore { dir in
        let customer = Customer(id: "C000007", name: "张\t伟\\", phones: ["13800138000", "13912345678"],
                                address: "深圳\n南山区", classes: [.retained, .lostSale], clubMember: true,
                                birthday: CivilDate("1980-05-01"), doNotCall: "不要\r打", wrongPhones: ["13912345678"])
        let vehicle = Vehicle(plate: "粤B·88K21", vin: "LSVAM4187C2184847", model: "朗逸", kind: "轿车", ownerID: "C000007")
        let visit = Visit(roNumber: "RO-9", customerID: "C000007", plateKey: vehicle.plateKey, type: .bodywork,
                          openedAt: CivilTime("2026-11-02 09:10")!, deliveredAt: CivilTime("2026-11-04 16:30")!,
                          mileage: 15230, items: "钣喷\t补漆", serviceAdvisor: "王芳", amountCents: -100,
                          nextServiceDate: CivilDate("2027-05-02"), nextServiceMileage: 25000, rework: true)
        let writer = try RevisitStore(opening: dir)
        _ = try writer.perform(Save(events: [CustomerSaved(customer), VehicleSaved(vehicle), VisitSaved(visit)]),
                               as: self.admin, now: self.now)

        let reader = try RevisitStore(opening: dir)
        XCTAssertEqual(reader.unreadableEvents, [])
        XCTAssertEqual(reader.state.customers["C000007"], customer)
        XCTAssertEqual(reader.state.vehicles[vehicle.plateKey], vehicle)
        XCTAssertEqual(Array(reader.state.visits), [visit])
        XCTAssertEqual(reader.state.customer(byPhone: "13912345678")?.id, "C000007")
    } }

    func testUnknownTypesAndBadFieldsAreReportedBySeq() throws { try withNewStore { dir in
        let journal = try Journal(directory: dir.appendingPathComponent("journal"))
        try journal.append { _ in [
            PendingRecord(author: "boss", type: "visit.saved", fields: VisitSaved(Visit(
                roNumber: "RO-1", customerID: "C000001", plateKey: "X", type: .repair,
                openedAt: self.now, deliveredAt: self.now)).fields),
            PendingRecord(author: "boss", type: "no.such.event", fields: ["x"]),
            PendingRecord(author: "boss", type: "visit.saved",
                          fields: ["RO-2", "C000001", "X", "repair", "2026-11-31 10:00", "2026-11-02", "", "", "", "", "", "", "0"]),
            PendingRecord(author: "boss", type: "visit.saved",
                          fields: ["RO-3", "C000001", "X", "repair", "2026-11-02", "2026-11-02", "12km", "", "", "", "", "", "0"]),
        ] }
        let store = try RevisitStore(opening: dir)
        XCTAssertEqual(store.state.visits.map(\.roNumber), ["RO-1"])
        XCTAssertEqual(store.unreadableEvents, [
            "seq 2: no.such.event: unknown event type",
            "seq 3: visit.saved: field 5 is not a time",
            "seq 4: visit.saved: field 7 is not a whole number",
        ])
    } }
}
