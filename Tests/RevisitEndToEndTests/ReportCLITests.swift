import Foundation
import XCTest

/// `revisit report` through the real binary, on the sample shop with calls logged at known
/// times. Survey defaults: speed -> reception, staff -> service-advisor, quality -> workshop.
final class ReportCLITests: CallDeskCase {
    override func setUpWithError() throws {
        try super.setUpWithError()
        try setUpShop()
        _ = try ok(at: "2026-11-05 10:00", "call", "log", "sat:RO-2026-0001", "--outcome", "reached",
                   "--overall", "5", "--rating", "speed=5", "--rating", "quality=4")                          // K1
        _ = try ok("wang.wu", at: "2026-11-08 10:00", "call", "log", "sat:RO-2026-0002", "--outcome", "no-answer") // K2
        _ = try ok("wang.wu", at: "2026-11-09 15:00", "call", "log", "sat:RO-2026-0002", "--outcome", "reached",
                   "--overall", "2", "--rating", "staff=1", "--words", "=SUM(A1) 太贵")                       // K3 problem
        _ = try ok(at: "2026-11-14 09:00", "call", "log", "sat:RO-2026-0006", "--outcome", "reached",
                   "--at", "2026-11-13 10:00", "--overall", "4")                                              // K4, entered a day later
    }

    func report(at now: String = "2026-11-30 09:00", _ args: String...) throws -> [String: Any] {
        try json(try ok(at: now, ["report"] + args + ["--format", "json"]))
    }

    /// A person's language in the staff file comes before the store's and the terminal's: a
    /// Korean rep on a server whose locale is English reads the report in Korean.
    func testTheReportIsWrittenInThePersonsLanguage() throws {
        XCTAssertEqual(try revisit("staff", "add", "kim.sy", "--name", "김서연", "--role", "rep", "--language", "ko").status, 0)
        let korean = try ok("kim.sy", at: "2026-11-30 09:00", "report", "weekly", "--week", "2026-W46")
        XCTAssertTrue(korean.hasPrefix("주간 보고서 2026-W46"), korean)
        let english = try ok("li.na", at: "2026-11-30 09:00", "report", "weekly", "--week", "2026-W46")
        XCTAssertTrue(english.hasPrefix("Weekly report 2026-W46"), english)
        XCTAssertTrue(try ok(at: "2026-11-30 09:00", "staff", "list").contains("kim.sy\trep\t\t김서연\tko"))
        let refused = try revisit("staff", "add", "x.y", "--name", "X", "--role", "rep", "--language", "fr")
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("--language fr is not one of en, zh, ko, es"), refused.stderr)
    }

    func testFiguresOfEachReport() throws {
        let daily = try report("daily", "--date", "2026-11-09")
        XCTAssertEqual(daily["calls_made"] as? Int, 1)
        XCTAssertEqual(daily["csi"] as? Double, 0.0)
        XCTAssertEqual((daily["problem_customers"] as? [[String: Any]])?.map { $0["call_id"] as? String }, ["K000003"])
        XCTAssertEqual((daily["problem_customers"] as? [[String: Any]])?.first?["departments"] as? [String], ["service-advisor"])

        let w45 = try report("weekly", "--week", "2026-W45")            // 11-02 .. 11-08: K1, K2
        XCTAssertEqual(w45["calls_made"] as? Int, 2)
        XCTAssertEqual(w45["reach_rate"] as? Double, 50.0)
        XCTAssertEqual(w45["csi"] as? Double, 100.0)
        let w46 = try report("weekly", "--date", "2026-11-13")          // 11-09 .. 11-15: K3, K4 (made the 13th)
        XCTAssertEqual(w46["period"] as? String, "2026-W46")
        XCTAssertEqual(w46["calls_made"] as? Int, 2)
        XCTAssertEqual(w46["csi"] as? Double, 50.0)
        XCTAssertEqual((w46["reps"] as? [[String: Any]])?.map { $0["login"] as? String }, ["li.na", "wang.wu"])

        let month = try report(at: "2026-12-03 09:00", "monthly")       // the month whose report is due: 2026-11
        XCTAssertEqual(month["period"] as? String, "2026-11")
        XCTAssertEqual(month["calls_made"] as? Int, 4)
        XCTAssertEqual(month["reached"] as? Int, 3)
        XCTAssertEqual(month["reach_rate"] as? Double, 75.0)
        XCTAssertEqual(month["csi"] as? Double, 66.7)                   // 5, 2, 4: two of three
        let departments = try XCTUnwrap(month["csi_by_department"] as? [String: Any])
        XCTAssertEqual(departments["reception"] as? Double, 100.0)
        XCTAssertEqual(departments["service-advisor"] as? Double, 0.0)
        XCTAssertEqual(departments["workshop"] as? Double, 100.0)
        XCTAssertTrue(departments["parts"] is NSNull)
        XCTAssertTrue(month["csi_previous"] is NSNull)
        XCTAssertEqual(month["rework_rate"] as? Double, 0.0)            // RO-2026-0002, the one repair, no rework
    }

    func testCSVForExcelAndText() throws {
        let out = tmp.appendingPathComponent("nov.csv").path
        let written = try ok(at: "2026-11-30 09:00", "report", "monthly", "--month", "2026-11", "--format", "csv", "--out", out)
        XCTAssertTrue(written.hasPrefix(out + "\n"), written)
        let problems = try Data(contentsOf: tmp.appendingPathComponent("nov.problems.csv"))
        XCTAssertEqual(Array(problems.prefix(3)), [0xEF, 0xBB, 0xBF])
        let text = String(decoding: problems.dropFirst(3), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("ID,Time,Rep,Customer,"), text)
        XCTAssertTrue(text.contains(",'=SUM(A1) 太贵,"), text)
        XCTAssertFalse(text.contains(",=SUM"), text)
        XCTAssertTrue(text.hasSuffix("\r\n"))

        let lines = try ok(at: "2026-11-30 09:00", "report", "weekly", "--week", "2026-W46").split(separator: "\n")
        XCTAssertEqual(lines.first, "Weekly report 2026-W46 (2026-11-09 to 2026-11-15)")
        XCTAssertTrue(lines.contains("Calls made 2 · Reached 2 · Reach rate 100.0%"), lines.joined(separator: "\n"))
    }

    func testBadPeriodsAreRefused() throws {
        XCTAssertEqual(try refused(at: "2026-11-30 09:00", "report", "monthly", "--month", "2026-13"),
                       "revisit: --month \"2026-13\" is not a month: there is no month 13\n")
        XCTAssertEqual(try refused(at: "2026-11-30 09:00", "report", "daily", "--date", "2026-11-31"),
                       "revisit: --date \"2026-11-31\" is not a day: 2026-11 has no day 31\n")
        XCTAssertEqual(try refused(at: "2026-11-30 09:00", "report", "monthly", "--month", "1899-05"),
                       "revisit: --month \"1899-05\" is not a month as YYYY-MM (a real month in the years 1901-9998)\n")
        XCTAssertEqual(try refused(at: "2026-11-30 09:00", "report", "weekly", "--week", "2027-W53"),
                       "revisit: --week \"2027-W53\" is not a week as YYYY-Www (a real week in the years 1901-9998)\n")
        XCTAssertEqual(try refused(at: "2026-11-30 09:00", "report", "daily", "--week", "2026-W46"),
                       "revisit: --week does not fit the daily report; use --date YYYY-MM-DD\n")
        XCTAssertEqual(try refused(at: "2026-11-30 09:00", "report", "weekly", "--date", "2026-11-09", "--week", "2026-W46"),
                       "revisit: give only one of --date, --week or --month (got --date and --week)\n")
        let missing = tmp.appendingPathComponent("no/such/dir/x.json").path
        XCTAssertEqual(try refused(at: "2026-11-30 09:00", "report", "daily", "--format", "json", "--out", missing),
                       "revisit: --out \(missing): there is no folder \(tmp.appendingPathComponent("no/such/dir").path)\n")
    }
}
