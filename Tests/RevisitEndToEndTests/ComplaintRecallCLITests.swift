import Foundation
import XCTest

/// The complaint recall through the real binary: the task in `revisit queue` for the owner,
/// `call log --satisfied no` reopening the complaint, `--satisfied yes` closing it.
final class ComplaintRecallCLITests: CallDeskCase {
    func testRecallAppearsForTheOwnerAndTheCallClosesOrReopens() throws {
        try setUpShop()
        XCTAssertEqual(try ok(at: "2026-11-23 10:00", "complaint", "open", "--customer", "粤B·12345",
                              "--category", "repair-quality", "--words", "异响"), "P000001\n")
        _ = try ok(at: "2026-11-23 10:10", "complaint", "update", "P000001", "--status", "in-progress", "--contacted")
        _ = try ok(at: "2026-11-23 12:30", "complaint", "update", "P000001", "--status", "resolved", "--resolution", "紧固底盘")

        let header = "task,kind,due_at,overdue,customer,name,phone,plate,attempts,claimed_by\n"
        let queue = { (asOf: String) in
            try self.ok(at: "2026-11-30 09:00", "queue", "--as-of", asOf, "--kind", "complaint-recall", "--format", "csv")
        }
        XCTAssertEqual(try queue("2026-11-23 14:59"), header)
        XCTAssertEqual(try queue("2026-11-23 15:00"), header
            + "recall:P000001-1,complaint-recall,2026-11-23 15:00,no,C000001,张伟,13800138000,粤B·12345,0,\n")

        let other = try refused("wang.wu", at: "2026-11-23 15:10", "call", "log", "recall:P000001-1", "--outcome", "reached",
                                "--satisfied", "yes")
        XCTAssertEqual(other, "revisit: task recall:P000001-1 is for li.na; only they or a supervisor may call\n")
        _ = try ok(at: "2026-11-23 15:10", "call", "log", "recall:P000001-1", "--outcome", "reached", "--satisfied", "no",
                   "--words", "还是响")
        var shown = try json(try ok(at: "2026-11-23 15:10", "complaint", "show", "P000001", "--format", "json"))
        XCTAssertEqual(shown["status"] as? String, "in-progress")
        XCTAssertEqual(shown["reopened"] as? Int, 1)
        XCTAssertEqual(try queue("2026-11-23 15:11"), header)

        _ = try ok(at: "2026-11-24 11:00", "complaint", "update", "P000001", "--status", "resolved")
        XCTAssertEqual(try queue("2026-11-24 11:00"), header
            + "recall:P000001-2,complaint-recall,2026-11-24 11:00,no,C000001,张伟,13800138000,粤B·12345,0,\n")
        _ = try ok(at: "2026-11-24 11:05", "call", "log", "recall:P000001-2", "--outcome", "reached", "--satisfied", "yes",
                   "--words", "这次好了，谢谢")
        shown = try json(try ok(at: "2026-11-24 11:05", "complaint", "show", "P000001", "--format", "json"))
        XCTAssertEqual(shown["status"] as? String, "closed")
        XCTAssertEqual(shown["improvement_summary"] as? String, "这次好了，谢谢")
        XCTAssertEqual((shown["history"] as? [[String: Any]])?.last?["what"] as? String,
                       "recall K000002: satisfied; status resolved -> closed; summary for improvement recorded")
        XCTAssertEqual(try queue("2026-11-24 11:06"), header)
    }
}
