import Foundation
import XCTest

/// `revisit complaint ...` through the real binary and store. 2026-11-23 is a Monday.
final class ComplaintCLITests: EndToEndCase {
    func setUpShop() throws {
        XCTAssertEqual(try revisit("init").status, 0)
        for (login, name, role, dept) in [("li.na", "李娜", "rep", "customer-service"), ("wang.wu", "王五", "rep", "customer-service"),
                                          ("chen.jing", "陈静", "supervisor", "customer-service"), ("zhao.lei", "赵磊", "advisor", "workshop")] {
            let r = try revisit("staff", "add", login, "--name", name, "--role", role, "--department", dept)
            XCTAssertEqual(r.status, 0, r.stderr)
        }
        XCTAssertEqual(try revisit("import", "repair-orders", try write("ro.csv", ImportCLITests.sampleCSV)).status, 0)
    }

    func run(_ who: String, _ args: String...) throws -> RevisitProcess.Result {
        try RevisitProcess.run(args + ["--store", store], env: ["REVISIT_USER": who, "REVISIT_NOW": "2026-11-23 09:00"])
    }

    func ok(_ who: String, _ args: String..., file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let r = try RevisitProcess.run(args + ["--store", store], env: ["REVISIT_USER": who, "REVISIT_NOW": "2026-11-23 09:00"])
        XCTAssertEqual(r.status, 0, r.stderr, file: file, line: line)
        return r.stdout
    }

    func testOpenWorkAndListAtSeveralMoments() throws {
        try setUpShop()
        let words = "  车子\"咔咔\"响,\n修了两次  "
        XCTAssertEqual(try ok("li.na", "complaint", "open", "--customer", "粤B·12345", "--category", "repair-quality",
                              "--words", words, "--responsible", "zhao.lei", "--deadline", "2026-11-24",
                              "--at", "2026-11-23 10:00"), "P000001\n")
        XCTAssertEqual(try ok("wang.wu", "complaint", "open", "--customer", "13912345678", "--category", "parts-quality",
                              "--words", "配件不对", "--crisis", "media", "--call", "K000004", "--at", "2026-11-23 11:00"), "P000002\n")
        XCTAssertEqual(try ok("li.na", "complaint", "update", "P000001", "--status", "in-progress", "--contacted",
                              "--note", "已回电", "--at", "2026-11-23 10:40"), "P000001 in-progress\n")
        _ = try ok("li.na", "complaint", "update", "P000001", "--status", "waiting", "--note", "等配件", "--at", "2026-11-24 10:00")
        _ = try ok("li.na", "complaint", "update", "P000001", "--status", "in-progress", "--at", "2026-11-24 11:00")

        let header = "id,received_at,customer,category,crisis,status,owner,responsible,deadline,escalated,overdue,first_contact_breached,reopened\n"
        XCTAssertEqual(try ok("chen.jing", "complaint", "list", "--as-of", "2026-11-23 12:00", "--format", "csv"), header
            + "P000001,2026-11-23 10:00,C000001,repair-quality,none,in-progress,li.na,zhao.lei,2026-11-24,no,no,no,0\n"
            + "P000002,2026-11-23 11:00,C000002,parts-quality,media,open,wang.wu,,,yes,no,no,0\n")
        // A day later: P000002 has had no contact; P000001 is waiting.
        XCTAssertEqual(try ok("chen.jing", "complaint", "list", "--as-of", "2026-11-24 10:30", "--format", "csv", "--order", "queue"), header
            + "P000002,2026-11-23 11:00,C000002,parts-quality,media,open,wang.wu,,,yes,no,yes,0\n"
            + "P000001,2026-11-23 10:00,C000001,repair-quality,none,waiting,li.na,zhao.lei,2026-11-24,no,no,no,0\n")
        // The hour waiting moves the end of the deadline from midnight to 09:30 the next morning.
        XCTAssertTrue(try ok("chen.jing", "complaint", "list", "--as-of", "2026-11-25 09:29", "--format", "csv")
            .contains("P000001,2026-11-23 10:00,C000001,repair-quality,none,in-progress,li.na,zhao.lei,2026-11-24,no,no,no,0\n"))
        XCTAssertTrue(try ok("chen.jing", "complaint", "list", "--as-of", "2026-11-25 09:30", "--format", "csv")
            .contains("P000001,2026-11-23 10:00,C000001,repair-quality,none,in-progress,li.na,zhao.lei,2026-11-24,no,yes,no,0\n"))
        XCTAssertEqual(try ok("chen.jing", "complaint", "list", "--as-of", "2026-11-25 09:30", "--status", "open"),
                       "P000002  2026-11-23 11:00  C000002  李娜  parts-quality  open  owner wang.wu  responsible -  deadline -  "
                       + "CRISIS ESCALATED NO-CONTACT\n")

        let shown = try ok("li.na", "complaint", "show", "P000001", "--format", "json")
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(shown.utf8)) as? [String: Any])
        XCTAssertEqual(Array((json["words"] as? String ?? "").utf8), Array(words.utf8))
        XCTAssertEqual((json["history"] as? [[String: Any]])?.map { $0["what"] as? String },
                       ["opened; category repair-quality; department workshop; responsible zhao.lei; deadline 2026-11-24 (signed by li.na)",
                        "status open -> in-progress; contacted the customer", "status in-progress -> waiting",
                        "status waiting -> in-progress"])
        let card = try ok("li.na", "customer", "show", "13800138000", "--format", "json")
        let customer = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(card.utf8)) as? [String: Any])
        XCTAssertEqual((customer["complaints"] as? [[String: Any]])?.map { $0["id"] as? String }, ["P000001"])

        // Once P000001 is closed, --live leaves it out, as the supervisor's queue does.
        _ = try ok("li.na", "complaint", "update", "P000001", "--status", "resolved", "--resolution", "换了配件", "--at", "2026-11-25 10:00")
        _ = try ok("chen.jing", "complaint", "update", "P000001", "--status", "closed", "--note", "客户已确认", "--at", "2026-11-25 11:00")
        let live = try ok("chen.jing", "complaint", "list", "--as-of", "2026-11-25 12:00", "--live", "--order", "queue", "--format", "csv")
        XCTAssertEqual(live.split(separator: "\n").map { String($0.prefix(8)) }, ["id,recei", "P000002,"])
        XCTAssertEqual(try ok("chen.jing", "complaint", "list", "--as-of", "2026-11-25 12:00", "--format", "csv").split(separator: "\n").count, 3,
                       "without it, every complaint")
        let both = try run("chen.jing", "complaint", "list", "--live", "--status", "closed")
        XCTAssertEqual(both.status, 1)
        XCTAssertEqual(both.stderr, "revisit: --live lists the complaints not closed; it cannot go with --status closed\n")
    }

    func testRefusalsSayWhoMayAndChangeNothing() throws {
        try setUpShop()
        _ = try ok("li.na", "complaint", "open", "--customer", "C000001", "--category", "booking", "--words", "约不上",
                   "--responsible", "zhao.lei", "--at", "2026-11-23 10:00")
        let before = try journalBytes()
        let notOwner = try run("wang.wu", "complaint", "update", "P000001", "--note", "x", "--at", "2026-11-23 10:10")
        XCTAssertEqual(notOwner.status, 1)
        XCTAssertEqual(notOwner.stderr, "revisit: only the owner (li.na) or a supervisor may update complaint P000001; you are rep wang.wu\n")
        let reassign = try run("li.na", "complaint", "update", "P000001", "--responsible", "wang.wu", "--at", "2026-11-23 10:10")
        XCTAssertEqual(reassign.status, 1)
        XCTAssertEqual(reassign.stderr, "revisit: only a supervisor may reassign complaint P000001; you are rep li.na\n")
        let badCategory = try run("li.na", "complaint", "open", "--customer", "C000001", "--category", "noise", "--words", "x")
        XCTAssertEqual(badCategory.status, 1)
        XCTAssertTrue(badCategory.stderr.hasPrefix("revisit: --category \"noise\" is not known; use service-quality, "), badCategory.stderr)
        let unknown = try run("li.na", "complaint", "show", "P000042")
        XCTAssertEqual(unknown.status, 1)
        XCTAssertEqual(unknown.stderr, "revisit: no complaint P000042\n")
        XCTAssertEqual(try journalBytes(), before)

        XCTAssertEqual(try ok("chen.jing", "complaint", "update", "p1", "--responsible", "wang.wu", "--note", "换人",
                              "--at", "2026-11-23 10:20"), "P000001 open\n")
    }
}
