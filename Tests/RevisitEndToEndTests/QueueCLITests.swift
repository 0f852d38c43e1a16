import Foundation
import XCTest

/// `revisit queue`, `call next`, `call log` and `customer show` through the real binary.
/// The sample's visits: RO-2026-0001 maintenance 2026-11-02 (张伟), RO-2026-0002 repair
/// 2026-11-05 (李娜), RO-2026-0004 delivery 2026-11-08 (张伟), RO-2026-0006 maintenance 2026-11-10 (Kim).
final class QueueCLITests: CallDeskCase {
    static let header = "task,kind,due_at,overdue,customer,name,phone,plate,attempts,claimed_by\n"

    func queue(_ asOf: String, _ extra: String...) throws -> String {
        try ok(at: "2026-11-30 09:00", ["queue", "--as-of", asOf, "--format", "csv"] + extra)
    }

    func testTheQueueAtSeveralMomentsKindByKind() throws {
        try setUpShop()
        XCTAssertEqual(try queue("2026-11-05 09:59"), Self.header)
        XCTAssertEqual(try queue("2026-11-12 10:00"), Self.header
            + "sat:RO-2026-0001,satisfaction,2026-11-05 10:00,yes,C000001,张伟,13800138000,粤B·12345,0,\n"
            + "sat:RO-2026-0002,satisfaction,2026-11-08 10:00,no,C000002,李娜,13912345678,粤B·88K21,0,\n"
            + "new:RO-2026-0004,new-car,2026-11-11 10:00,no,C000001,张伟,13800138000,粤B·D3456,0,\n")
        XCTAssertEqual(try queue("2026-11-13 10:00", "--kind", "satisfaction"), Self.header
            + "sat:RO-2026-0001,satisfaction,2026-11-05 10:00,yes,C000001,张伟,13800138000,粤B·12345,0,\n"
            + "sat:RO-2026-0002,satisfaction,2026-11-08 10:00,yes,C000002,李娜,13912345678,粤B·88K21,0,\n"
            + "sat:RO-2026-0006,satisfaction,2026-11-13 10:00,no,C000003,Kim Minjun,01012345678,서울12가3456,0,\n")
        XCTAssertEqual(try queue("2026-11-18 00:00", "--kind", "satisfaction"), Self.header
            + "sat:RO-2026-0002,satisfaction,2026-11-08 10:00,yes,C000002,李娜,13912345678,粤B·88K21,0,\n"
            + "sat:RO-2026-0006,satisfaction,2026-11-13 10:00,yes,C000003,Kim Minjun,01012345678,서울12가3456,0,\n",
                       "RO-2026-0001 expired at the end of delivery + 15 days")
        XCTAssertEqual(try queue("2027-04-25 10:00", "--kind", "maintenance"), Self.header
            + "maint:粤B12345:2027-05-02,maintenance,2027-04-25 10:00,no,C000001,张伟,13800138000,粤B·12345,0,\n")
        XCTAssertEqual(try queue("2027-11-08 11:30", "--kind", "win-back"), Self.header
            + "win:C000002:2027-11-05,win-back,2027-11-05 17:00,no,C000002,李娜,13912345678,粤B·88K21,0,\n"
            + "win:C000001:2027-11-08,win-back,2027-11-08 11:30,no,C000001,张伟,13800138000,粤B·D3456,0,\n")
        let json = try ok(at: "2026-11-30 09:00", "queue", "--as-of", "2026-11-12 10:00", "--format", "json")
        let object = try self.json(json)
        let tasks = try XCTUnwrap(object["tasks"] as? [[String: Any]])
        XCTAssertEqual(tasks.map { $0["task"] as? String }, ["sat:RO-2026-0001", "sat:RO-2026-0002", "new:RO-2026-0004"])
        XCTAssertEqual(tasks.first?["overdue_at"] as? String, "2026-11-09 18:00")
        XCTAssertEqual(tasks.first?["expires_at"] as? String, "2026-11-18 00:00")
        let bad = try run("li.na", at: "2026-11-12 10:00", ["queue", "--kind", "lunch"])
        XCTAssertEqual(bad.status, 1)
        XCTAssertEqual(bad.stderr, "revisit: --kind \"lunch\" is not known; use satisfaction, second-followup, new-car, maintenance, win-back or complaint-recall\n")
    }
}
