import Foundation
import XCTest

/// The report screen in the real binary, in tmux at 80x24: F5 opens it on last week's report
/// (today is Monday), the period and the report change with keys, and the view is exported to CSV.
final class ReportTerminalTests: CallDeskCase {
    func testReportsScreenPeriodKeysAndExport() throws {
        guard TmuxSession.isAvailable else { throw XCTSkip("tmux is not installed (.ci/run installs it)") }
        try setUpShop()
        _ = try ok(at: "2026-11-05 10:00", "call", "log", "sat:RO-2026-0001", "--outcome", "reached", "--overall", "5",
                   "--rating", "speed=5")
        _ = try ok(at: "2026-11-09 15:00", "call", "log", "sat:RO-2026-0002", "--outcome", "reached", "--overall", "2",
                   "--rating", "staff=1", "--words", "等太久了")
        let tmux = try TmuxSession(["--store", store], env: ["REVISIT_USER": "li.na", "REVISIT_NOW": "2026-11-16 11:00"])
        try tmux.waitFor("Call queue")
        try tmux.send("F5")
        let week = try tmux.waitFor("Weekly report 2026-W46")
        XCTAssertEqual(week[0].trimmingCharacters(in: .whitespaces), "Revisit · Reports")
        XCTAssertTrue(week.contains { $0.hasPrefix("Calls made 1 · Reached 1 · Reach rate 100.0%") }, week.joined(separator: "\n"))
        // Name in 31 cells, a 40-cell bar from 50 to 100 with the target 93.0 in cell 34, the figure in 7.
        let noBar = "service advisor" + String(repeating: " ", count: 16 + 1 + 34) + "│" + String(repeating: " ", count: 5)
        XCTAssertTrue(week.contains { $0.hasPrefix(noBar + "    0.0") }, week.joined(separator: "\n"))
        XCTAssertTrue(week.allSatisfy { $0.count <= 80 })

        try tmux.send("m")
        try tmux.waitFor("Monthly report 2026-10")
        try tmux.send("]")
        let month = try tmux.waitFor("Monthly report 2026-11")
        XCTAssertTrue(month.contains { $0.hasPrefix("CSI 50.0 (target 93.0, below target)") }, month.joined(separator: "\n"))
        let fullBar = "reception" + String(repeating: " ", count: 8 + 1) + String(repeating: "█", count: 34) + "│" +
            String(repeating: "█", count: 5)
        XCTAssertTrue(month.contains { $0.hasPrefix(fullBar + "  100.0      -      -") }, month.joined(separator: "\n"))
        try tmux.send("e")
        try tmux.waitFor("revisit-monthly-2026-11.csv")
        try tmux.send("C-u")
        try tmux.type(tmp.appendingPathComponent("nov.csv").path)
        try tmux.send("Enter")
        try tmux.waitFor("Wrote 8 files in \(tmp.path)")
        let bytes = try Data(contentsOf: tmp.appendingPathComponent("nov.problems.csv"))
        XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF])
        XCTAssertTrue(String(decoding: bytes, as: UTF8.self).contains("等太久了"))
        try tmux.quit()
    }
}
